"""The help screen: it scrolls with the reading keys, keeps its close hint in view, lists the keys that work."""

from __future__ import annotations

from app_helpers import ready
from textual.containers import VerticalScroll

from tui.app import BriefingApp
from tui.screens.help import HelpScreen


def _shown(app: BriefingApp) -> str:
    """The text of every line on the screen."""
    return "\n".join("".join(s.text for s in strip) for strip in app.screen._compositor.render_strips())


async def test_a_short_terminal_keeps_the_close_hint_and_says_the_list_scrolls():
    app = BriefingApp()
    async with app.run_test(size=(120, 45)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.pause()
        shown = _shown(app)
        assert "escape, q or ? closes" in shown
        assert "more below" in shown


async def test_j_and_k_scroll_the_help():
    app = BriefingApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        assert "end of the list" in _shown(app)
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_from_the_split_view_lists_its_keys_and_not_the_readers():
    app = BriefingApp()
    async with app.run_test(size=(150, 40)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {f"{keys} {description}" for _, keys, description in app.screen.rows}
        assert "] compare with the next article" in rows
        assert "} next shared passage, side by side" in rows
        assert not any(r.split(" ", 1)[1] == "next article" for r in rows)
        assert not any("quote" in description for _, _, description in app.screen.rows)
        assert "q quit" in rows and "j / down scroll down a line" in rows
