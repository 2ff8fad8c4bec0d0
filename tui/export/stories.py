"""Where stories, the fact table and discrepancies come into the report.

The analysis is growing ``Briefing.stories``, ``Briefing.facts`` and
``Briefing.discrepancies``. Each function here reads one of them when the
briefing has it, through a small adapter that takes what the report needs
(ids, titles, passages, values) and drops what does not fit the documents, and
falls back to what the analysis has today when it does not:

- ``stories_of``: the briefing's stories, else the whole set as one story;
- ``facts_of``: the story's facts, else its aligned passages grouped across sources;
- ``discrepancies_of``: the story's discrepancies, else None (not analysed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..core.model import Briefing, Passage
from .text import one_line

WHOLE_SET = "all"


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story as the report shows it: its documents' ids, in the briefing's order."""

    id: str
    title: str
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FactView:
    """A fact several sources report: one passage or more of each, in the order of the sources."""

    passages: tuple[Passage, ...]
    band: str | None = None  # how closely they agree (verbatim, edited, paraphrase), when known

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents that report it, each once."""
        return tuple(dict.fromkeys(p.doc for p in self.passages))


@dataclass(frozen=True, slots=True)
class DiscrepancyView:
    """Two sources that differ on a fact: what kind of value, the two passages and the two values."""

    kind: str
    a: Passage
    b: Passage
    values: tuple[str, str]


def whole_set(briefing: Briefing) -> StoryView:
    """Every document of ``briefing`` as one story."""
    return StoryView(WHOLE_SET, "All articles", tuple(d.id for d in briefing.documents))


def _document_id(item: Any) -> str | None:
    value = getattr(item, "id", item)
    return value if isinstance(value, str) else None


def _story(item: Any, known: dict[str, int]) -> StoryView | None:
    """A story of the analysis as a ``StoryView`` (None when it names no loaded document)."""
    ids = (_document_id(d) for d in getattr(item, "documents", None) or ())
    documents = tuple(sorted({d for d in ids if d in known}, key=known.__getitem__))
    if not documents:
        return None
    title = getattr(item, "title", None)
    story_id = getattr(item, "id", None)
    return StoryView(
        story_id if isinstance(story_id, str) else documents[0],
        one_line(title) if isinstance(title, str) and title.strip() else "",
        documents,
    )


def stories_of(briefing: Briefing) -> tuple[StoryView, ...]:
    """The stories of ``briefing``; a document no story holds is a story of its own; no stories: the whole set."""
    known = {d.id: i for i, d in enumerate(briefing.documents)}
    stories = [s for s in (_story(item, known) for item in getattr(briefing, "stories", None) or ()) if s]
    if not stories:
        return (whole_set(briefing),)
    held = {d for s in stories for d in s.documents}
    stories += [StoryView(d.id, "", (d.id,)) for d in briefing.documents if d.id not in held]
    return tuple(sorted(stories, key=lambda s: known[s.documents[0]]))


def story_of(briefing: Briefing, doc_id: str) -> StoryView:
    """The story that holds document ``doc_id`` (the whole set when there are no stories)."""
    return next((s for s in stories_of(briefing) if doc_id in s.documents), whole_set(briefing))


def _passage(briefing: Briefing, item: Any) -> Passage | None:
    """``item`` (anything with ``doc``, ``start`` and ``end``) as a passage, None when it is not one of the text."""
    doc, start, end = (getattr(item, name, None) for name in ("doc", "start", "end"))
    if not isinstance(doc, str) or not isinstance(start, int) or not isinstance(end, int):
        return None
    try:
        text = briefing.document(doc).text
    except KeyError:
        return None
    return Passage(doc, start, end) if 0 <= start < end <= len(text) else None


def _in_order(briefing: Briefing, passages: Iterable[Passage]) -> tuple[Passage, ...]:
    order = {d.id: i for i, d in enumerate(briefing.documents)}
    return tuple(sorted(set(passages), key=lambda p: (order[p.doc], p.start, p.end)))


def _fact(briefing: Briefing, item: Any, story: StoryView) -> FactView | None:
    found = (_passage(briefing, p) for p in getattr(item, "passages", None) or ())
    passages = _in_order(briefing, (p for p in found if p is not None and p.doc in story.documents))
    if len({p.doc for p in passages}) < 2:
        return None
    band = getattr(item, "band", None)
    return FactView(passages, band if isinstance(band, str) else None)


def aligned_facts(briefing: Briefing, story: StoryView) -> tuple[FactView, ...]:
    """The story's aligned passages as facts: a passage of the earlier source with every passage aligned to it.

    A fact whose passages all belong to a larger one already listed is left out; a fact's band is the
    loosest of its alignments (paraphrase, then edited, then verbatim).
    """
    members = set(story.documents)
    order = {d.id: i for i, d in enumerate(briefing.documents)}

    def place(p: Passage) -> tuple[int, int, int]:
        return order[p.doc], p.start, p.end

    partners: dict[Passage, set[Passage]] = defaultdict(set)
    bands: dict[Passage, set[str]] = defaultdict(set)
    for al in briefing.alignments:
        if al.a.doc in members and al.b.doc in members:
            first, second = sorted((al.a, al.b), key=place)
            partners[first].add(second)
            bands[first].add(al.band)
    groups = sorted(
        ((anchor, _in_order(briefing, (anchor, *others))) for anchor, others in partners.items()),
        key=lambda g: (-len(g[1]), place(g[0])),
    )
    listed: set[Passage] = set()
    facts = []
    for anchor, passages in groups:
        if listed.issuperset(passages):
            continue
        listed.update(passages)
        band = next((b for b in ("paraphrase", "edited", "verbatim") if b in bands[anchor]), None)
        facts.append(FactView(passages, band))
    return tuple(sorted(facts, key=lambda f: (-len(f.documents), place(f.passages[0]))))


def facts_of(briefing: Briefing, story: StoryView) -> tuple[FactView, ...]:
    """The facts that several sources of ``story`` report: the briefing's facts, else its aligned passages."""
    facts = [f for f in (_fact(briefing, item, story) for item in getattr(briefing, "facts", None) or ()) if f]
    return tuple(facts) if facts else aligned_facts(briefing, story)


def _values(briefing: Briefing, item: Any, a: Passage, b: Passage) -> tuple[str, str]:
    values = getattr(item, "values", None)
    if not (isinstance(values, (tuple, list)) and len(values) == 2):
        values = (getattr(item, "value_a", None), getattr(item, "value_b", None))
    texts = (briefing.document(a.doc).text[a.start : a.end], briefing.document(b.doc).text[b.start : b.end])
    return (
        one_line(values[0]) if isinstance(values[0], str) else one_line(texts[0]),
        one_line(values[1]) if isinstance(values[1], str) else one_line(texts[1]),
    )


def _discrepancy(briefing: Briefing, item: Any, story: StoryView) -> DiscrepancyView | None:
    a, b = _passage(briefing, getattr(item, "a", None)), _passage(briefing, getattr(item, "b", None))
    if a is None or b is None or a.doc not in story.documents or b.doc not in story.documents:
        return None
    kind = getattr(item, "kind", None)
    return DiscrepancyView(
        one_line(kind) if isinstance(kind, str) else "difference", a, b, _values(briefing, item, a, b)
    )


def discrepancies_of(briefing: Briefing, story: StoryView) -> tuple[DiscrepancyView, ...] | None:
    """Where the sources of ``story`` differ; None when the analysis does not look for discrepancies."""
    items = getattr(briefing, "discrepancies", None)
    if items is None:
        return None
    found = (_discrepancy(briefing, item, story) for item in items)
    return tuple(d for d in found if d is not None)
