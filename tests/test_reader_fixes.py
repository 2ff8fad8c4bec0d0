"""The reader's small defects, each fixed with its test: mentions, clicks, list layout, relaunch."""

from __future__ import annotations

from pathlib import Path

from app_helpers import ready
from textual.widgets import OptionList

from tui.app import BriefingApp
from tui.widgets.actor_panel import ActorPanel
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.info_line import mentions_here


def _lines(widget: OptionList) -> list[str]:
    return ["".join(s.text for s in widget.render_line(y)).rstrip() for y in range(widget.size.height)]


async def test_m_after_changing_article_starts_at_the_first_mention():
    app = BriefingApp()
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        screen = app.reader
        screen.select_actor("a5")  # Carlos Fernández de Cossío, named in both articles
        await pilot.press("m")
        assert screen.selection.mention == 1
        await pilot.press("]")
        await pilot.press("m")
        assert screen.selection.mention == 0
        view = screen.query_one(ArticleView)
        first = mentions_here(screen.actor("a5"), screen.document)[0]
        assert view.line_of(first) >= int(view.scroll_y)  # in view


async def test_clicking_a_name_in_the_text_selects_it_without_moving_the_text():
    app = BriefingApp()
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot)
        screen = app.reader
        view = screen.query_one(ArticleView)
        actor = screen.actor("a1")  # Cuba, named many times
        here = mentions_here(actor, screen.document)
        view.scroll_to_offset(here[3], center=False)
        await pilot.pause()
        top = view.scroll_y
        line = view.line_of(here[3]) - int(view.scroll_y)
        start = view._layout.lines[view.line_of(here[3])][0]
        x = here[3] - start + view.gutter_width + 1 + view.styles.padding.left
        await pilot.click(ArticleView, offset=(x, line))
        await pilot.pause()
        assert screen.selected_actor == "a1"
        assert view.scroll_y == top
        assert screen.selection.mention == 3
        await pilot.press("m")
        assert screen.selection.mention == 4


async def test_the_article_list_shows_every_line_of_its_entries_when_it_scrolls(tmp_path: Path):
    for n in range(1, 15):
        (tmp_path / f"a{n:02}.txt").write_text(
            f"Article number {n} about the port strike in Lisbon harbour\n\n"
            'Dockers went back to work on Wednesday, said Maria Costa. "We are not done," she said.\n',
            encoding="utf-8",
        )
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(pilot)
        article_list = app.reader.query_one(ArticleList)
        assert article_list.max_scroll_y > 0
        article_list.scroll_end(animate=False)
        await pilot.pause()
        text = " ".join(_lines(article_list))
        assert text.count("quote") >= 4  # every entry shown whole, its counts included
        assert "quote" in " ".join(_lines(article_list)[-2:])  # the last entry's last line


async def test_a_resize_leaves_no_blank_row_in_the_actors_panel():
    app = BriefingApp()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        panel = app.reader.query_one(ActorPanel)
        for size in [(110, 40), (140, 40), (120, 30), (160, 45)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            lines = _lines(panel)
            used = len(lines) - next(i for i, line in enumerate(reversed(lines)) if line)
            assert "" not in lines[:used], (size, lines)


async def test_relaunching_opens_the_article_read_last():
    app = BriefingApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("]")
        assert app.reader.document.id == "d2"
        await pilot.press("q")
    again = BriefingApp()
    async with again.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert again.reader.document.id == "d2"
        assert again.reader.query_one(ArticleList).highlighted == 1
