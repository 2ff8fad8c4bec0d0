"""Stories of a mixed set of articles, and the facts of each story across its sources."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from tui.core.analyze import analyze
from tui.core.facts import facts_of_story, unshared
from tui.core.load import load_paths
from tui.resources import seed_paths

TESTS = Path(__file__).parent


def _given_stories(paths: list[Path]) -> set[frozenset[str]]:
    """The stories as the sets define them: the seeds are one; a dev set's file names name theirs."""
    stories: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        label = "seeds" if path.parent.name == "seeds" else path.stem.split("_")[1]
        stories[label].add(str(path))
    return {frozenset(s) for s in stories.values()}


def test_a_mixed_folder_of_several_events_is_grouped_exactly_as_its_sets_define():
    loaded = load_paths([*seed_paths(), TESTS / "devset", TESTS / "devset2", TESTS / "discrepancies"])
    briefing = analyze(loaded.documents)
    path_of = {d.id: d.path for d in briefing.documents}
    found = {frozenset(path_of[d] for d in s.documents) for s in briefing.stories}
    assert found == _given_stories([Path(d.path) for d in briefing.documents])
    assert all(s.title for s in briefing.stories)


def test_each_fact_holds_one_passage_of_each_of_its_sources_and_stays_in_its_story():
    briefing = analyze(load_paths([TESTS / "devset", TESTS / "devset2"]).documents)
    story_of = {doc: s.id for s in briefing.stories for doc in s.documents}
    assert briefing.facts
    for fact in briefing.facts:
        docs = [p.doc for p in fact.passages]
        assert len(docs) == len(set(docs)) >= 2
        assert {story_of[d] for d in docs} == {fact.story}
    assert any(len(f.passages) >= 3 for f in briefing.facts)  # facts across more than two sources


def test_the_facts_of_a_story_come_most_sources_first_and_the_rest_is_unshared():
    briefing = analyze(load_paths([TESTS / "devset"]).documents)
    story = max(briefing.stories, key=lambda s: len(s.documents))
    facts = facts_of_story(briefing, story.id)
    counts = [len(f.passages) for f in facts]
    assert counts == sorted(counts, reverse=True)
    doc = story.documents[0]
    shared = [(p.start, p.end) for f in facts for p in f.passages if p.doc == doc]
    for span in unshared(briefing, doc):
        assert not any(s < span.end and span.start < e for s, e in shared)
    assert unshared(briefing, doc)
