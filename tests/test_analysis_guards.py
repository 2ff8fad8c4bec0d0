"""An internal error in a step across all articles costs the article that causes it, or that step, alone."""

from __future__ import annotations

import pytest

import tui.core.analyze as analysis
from tui.core.analyze import ALL_ARTICLES, analyze
from tui.core.load import load_paths
from tui.resources import seed_paths


@pytest.fixture
def seeds():
    return load_paths(seed_paths()).documents


def test_a_crash_finding_one_articles_speakers_keeps_its_quotes_and_the_other_articles(monkeypatch, seeds):
    real = analysis.attribute

    def attribute(doc, actors, spans):
        if doc.id == seeds[0].id:
            raise TypeError("boom")
        return real(doc, actors, spans)

    monkeypatch.setattr(analysis, "attribute", attribute)
    briefing = analyze(seeds)
    assert [str(e) for e in briefing.errors] == [
        f"{seeds[0].path}: internal error while finding who said its quotations (TypeError)"
    ]
    first = [q for q in briefing.quotes if q.doc == seeds[0].id]
    assert first and all(q.speaker is None for q in first)
    assert any(q.speaker for q in briefing.quotes if q.doc == seeds[1].id)


def test_an_article_whose_actors_crash_the_merge_is_left_out_alone(monkeypatch, seeds):
    real = analysis.find_actors

    def find_actors(documents, candidates=None):
        if any(d.id == seeds[1].id for d in documents):
            raise ValueError("boom")
        return real(documents, candidates)

    monkeypatch.setattr(analysis, "find_actors", find_actors)
    briefing = analyze(seeds)
    assert [d.id for d in briefing.documents] == [seeds[0].id]
    assert briefing.actors and "internal error while finding its actors (ValueError)" in str(briefing.errors[0])


def test_a_crash_grouping_or_comparing_keeps_every_article_and_says_so(monkeypatch, seeds):
    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(analysis, "find_stories", broken)
    monkeypatch.setattr(analysis, "align", broken)
    briefing = analyze(seeds)
    assert len(briefing.documents) == 2 and briefing.actors and briefing.quotes
    assert [len(s.documents) for s in briefing.stories] == [1, 1] and briefing.alignments == ()
    assert [e.path for e in briefing.errors] == [ALL_ARTICLES, ALL_ARTICLES]
    assert "comparing them (KeyError)" in briefing.errors[1].reason


def test_the_command_line_says_an_analysis_problem_in_one_line_and_still_prints_the_analysis(
    monkeypatch, capsys, seeds
):
    import json

    from tui.cli import main

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(analysis, "find_stories", broken)
    status = main(["analyze", "--json", "--no-cache", *(str(p) for p in seed_paths())])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.splitlines() == [
        "briefing: the loaded articles: internal error while grouping them into stories (KeyError)"
    ]
    assert len(json.loads(out)["documents"]) == 2


async def test_the_reader_shows_the_articles_and_says_what_went_wrong(monkeypatch):
    from app_helpers import ready

    from tui.app import BriefingApp

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(analysis, "align", broken)
    app = BriefingApp()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        assert len(app.reader.briefing.documents) == 2
        messages = [str(n.message) for n in app._notifications]
        assert sum("internal error while comparing them (KeyError)" in m for m in messages) == 1
