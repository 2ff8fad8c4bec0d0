"""Opening articles in stages: the load phase the app holds and the reader shows."""

from __future__ import annotations

from app_helpers import ready

from tui.app import BriefingApp
from tui.opening import LoadPhase, Stage, open_in_stages
from tui.screens.reader import phase_note
from tui.widgets.article_header import ArticleHeader


def test_the_stages_come_in_order_each_with_more_of_the_analysis():
    phases = []
    steps = list(open_in_stages([], progress=phases.append))
    assert [s.phase.stage for s in steps] == [Stage.ANALYZING, Stage.ALIGNING, Stage.READY]
    loaded, analyzed, aligned = (s.briefing for s in steps)
    assert loaded.documents and not loaded.actors
    assert analyzed.actors and analyzed.quotes and not analyzed.alignments
    assert aligned.alignments and aligned.actors == analyzed.actors
    assert all(s.phase.documents == 2 for s in steps)
    assert phases and all(p.stage is Stage.LOADING and 0 <= p.done <= p.total == 2 for p in phases)


def test_nothing_to_open_is_ready_at_once_with_the_problems(tmp_path):
    steps = list(open_in_stages([str(tmp_path / "missing.txt")]))
    assert [s.phase.stage for s in steps] == [Stage.READY]
    assert steps[0].phase.documents == 0 and "missing.txt" in steps[0].problems[0]


def test_an_analysis_done_already_is_only_aligned():
    first = list(open_in_stages([]))[1].briefing
    steps = list(open_in_stages([], analyzed=first))
    assert [s.phase.stage for s in steps] == [Stage.READY] and steps[0].briefing.alignments


def test_what_the_header_says_in_each_phase():
    assert phase_note(LoadPhase(Stage.LOADING)) == "loading\u2026"
    assert phase_note(LoadPhase(Stage.LOADING, 3, 40)) == "loading 3 of 40 articles\u2026"
    assert phase_note(LoadPhase(Stage.ANALYZING, documents=1)) == "analysing 1 article\u2026"
    assert phase_note(LoadPhase(Stage.ALIGNING, documents=2)) == ""
    assert phase_note(LoadPhase(Stage.READY, documents=0)) == "no articles to show"


async def test_the_reader_follows_the_phase_the_app_holds():
    app = BriefingApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert app.phase == LoadPhase(Stage.READY, documents=2) and app.aligned
        header = app.reader.query_one(ArticleHeader)
        app.phase = LoadPhase(Stage.ANALYZING, documents=2)
        await pilot.pause()
        assert "analysing 2 articles" in str(header.render())
        app.phase = LoadPhase(Stage.ALIGNING, documents=2)
        await pilot.pause()
        assert "analysing" not in str(header.render())
        await pilot.press("c")  # the shared passages are not known in this phase
        await pilot.pause()
        assert type(app.screen).__name__ == "ReaderScreen"
