"""The key bar: the screen's keys on one line, clickable, the help and palette keys always shown."""

from __future__ import annotations

from typing import ClassVar

from app_helpers import ready
from textual.binding import BindingType

from tui.app import BriefingApp
from tui.screens.help import HelpScreen
from tui.widgets.key_bar import KeyBar


def _text(bar: KeyBar) -> str:
    return bar.render().plain


async def test_the_bar_lists_the_reader_keys_and_ends_with_help_and_palette():
    app = BriefingApp()
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        text = _text(app.reader.query_one(KeyBar))
        for label in ("] Next article", "c Compare", "/ Search quotes", "q Quit"):
            assert label in text
        assert text.rstrip().endswith("? Keys  ^p palette")
        assert len(text) == 200


async def test_keys_that_do_not_fit_give_way_to_help_and_palette():
    app = BriefingApp()
    async with app.run_test(size=(60, 30)) as pilot:
        await ready(pilot)
        text = _text(app.reader.query_one(KeyBar))
        assert len(text) <= 60
        assert "Previous" not in text and " [ " not in text  # whole keys are dropped, never cut
        assert " q Quit " in text and " c Compare " in text  # the essential ones stay
        assert text.rstrip().endswith("? Keys  ^p palette")


async def test_clicking_a_key_presses_it():
    app = BriefingApp()
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        bar = app.reader.query_one(KeyBar)
        side = app.reader.query_one("#side")
        cell = next(c for c in bar._cells if c.key == "a")
        assert side.display
        await pilot.click(KeyBar, offset=(cell.start + 1, 0))
        await pilot.pause()
        assert not side.display
        help_cell = next(c for c in bar._cells if c.key == "question_mark")
        await pilot.click(KeyBar, offset=(help_cell.start + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_hovering_a_key_shows_its_tooltip():
    app = BriefingApp()
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        bar = app.reader.query_one(KeyBar)
        cell = next(c for c in bar._cells if c.key == "a")
        await pilot.hover(KeyBar, offset=(cell.start + 1, 0))
        assert bar.tooltip == "show or hide the actors and quotes panel"
        assert bar.cell_at(10_000) is None


async def test_the_split_view_shows_its_own_keys():
    app = BriefingApp()
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        text = _text(app.screen.query_one(KeyBar))
        assert "Next shared" in text and "Next article " not in text


async def test_an_action_with_several_keys_is_shown_once():
    from textual.app import App
    from textual.binding import Binding

    class Keys(App[None]):
        BINDINGS: ClassVar[list[BindingType]] = [Binding("j,down", "noop", "Down"), Binding("x", "noop2", "Other")]

        def compose(self):
            yield KeyBar()

    app = Keys()
    async with app.run_test(size=(80, 5)):
        text = _text(app.query_one(KeyBar))
        assert text.count("Down") == 1 and " j Down " in text and "Other" in text
