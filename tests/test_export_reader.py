"""The reader's way out, driven by Pilot: e writes the report, y and Y copy quotes and passages with citations."""

from __future__ import annotations

from app_helpers import ready
from test_palette import palette_entries, run_command
from textual.pilot import Pilot

from tui.app import BriefingApp
from tui.export.cite import quote_citation
from tui.export.files import report_name
from tui.export.stories import story_of
from tui.screens.compare import CompareScreen


def notifications(app: BriefingApp) -> list[str]:
    return [n.message for n in app._notifications]


async def settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# -- e: the report ------------------------------------------------------------------------------------------------


async def test_e_writes_the_report_to_a_new_file_and_says_where(isolated_state):
    folder = isolated_state / "documents"
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await settle(pilot)
        story = story_of(app.screen.briefing, app.screen.document.id)
        first = folder / report_name(story, ".md")  # the story of the article shown
        assert first.read_text(encoding="utf-8").startswith("# Briefing report")
        assert f"Report written to {first}" in notifications(app)
        first.write_text("edited by hand", encoding="utf-8")
        await pilot.press("e")
        await settle(pilot)
        second = folder / report_name(story, ".md").replace(".md", "-2.md")
        assert second.read_text(encoding="utf-8").startswith("# Briefing report")
        assert first.read_text(encoding="utf-8") == "edited by hand"  # never replaced
        assert f"Report written to {second}" in notifications(app)


async def test_the_palette_writes_the_html_report(isolated_state):
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        entries = await palette_entries(pilot, "export report")
        assert "Export report of all articles as HTML" in entries
        assert "Export report of all articles as Markdown" in entries
        assert any("this story" in e for e in entries)  # the seeds are one story: its report is offered too
        await pilot.press("escape")
        await run_command(pilot, "export report of all articles as html")
        await settle(pilot)
        page = isolated_state / "documents" / "briefing-report.html"
        assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


async def test_a_report_that_cannot_be_written_says_why(isolated_state, monkeypatch):
    blocker = isolated_state / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_EXPORT_DIR", str(blocker))
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert f"The report could not be written to {blocker}: Not a directory" in notifications(app)
        assert app.is_running


# -- y and Y: citations ------------------------------------------------------------------------------------------


async def test_y_copies_the_current_quote_with_its_citation():
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        await pilot.press("y")
        assert app.clipboard == ""
        assert "No current quote: } and { step through the quotes" in notifications(app)
        await pilot.press("}", "}")
        await pilot.press("y")
        quote = next(q for q in app.reader.quotes if q.id == app.reader.current_quote)
        assert app.clipboard == quote_citation(app.reader.briefing, quote)
        assert app.clipboard.startswith("\u201cWe are not ready to debate our constitutional system")
        assert app.clipboard.endswith(
            "\u201d \u2014 Carlos Fern\u00e1ndez de Coss\u00edo, CubaHeadlines, 5 February 2026 "
            "(Cuban Regime Confirms High-Level Contacts with the United States)"
        )


async def test_shift_y_copies_the_passage_and_what_the_other_article_says_of_it():
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        reader = app.reader
        briefing = reader.briefing
        doc = reader.document
        # the quote 'extraordinary threat' is in a passage the second article also reports
        await pilot.press("}", "}", "}")
        quote = next(q for q in reader.quotes if q.id == reader.current_quote)
        assert quote.text == "extraordinary threat"
        await pilot.press("Y")
        lines = app.clipboard.split("\n")
        assert len(lines) >= 2
        assert lines[0].startswith("\u201cWashington has tightened sanctions")
        assert lines[0].endswith("\u201d \u2014 CubaHeadlines, 5 February 2026 (" + doc.title + ")")
        other = briefing.documents[1]
        assert all(line.endswith(f"\u2014 2 February 2026 ({other.title})") for line in lines[1:])
        assert "tariffs" in lines[1]


async def test_shift_y_in_the_split_view_copies_the_pair_with_both_sources():
    app = BriefingApp()
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await pilot.press("}", "}")
        pair = screen.pairs[1]
        await pilot.press("Y")
        left, right = (screen.briefing.document(p.doc) for p in (pair.a, pair.b))
        text_a = " ".join(left.text[pair.a.start : pair.a.end].split())
        text_b = " ".join(right.text[pair.b.start : pair.b.end].split())
        assert app.clipboard == (
            f"\u201c{text_a}\u201d \u2014 CubaHeadlines, 5 February 2026 ({left.title})\n"
            f"\u201c{text_b}\u201d \u2014 2 February 2026 ({right.title})"
        )
        entries = await palette_entries(pilot, "copy shared")
        assert "Copy shared passage with both sources" in entries
