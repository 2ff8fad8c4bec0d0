"""The reader on small and large terminals: panes that fit, the essential keys in view."""

from __future__ import annotations

from app_helpers import ready

from tui.app import BriefingApp
from tui.screens.reader.panes import PaneWishes
from tui.widgets.key_bar import KeyBar


def test_which_panes_fit():
    wishes = PaneWishes()
    assert wishes.fit(140) == {"list": True, "side": True}
    assert wishes.fit(80) == {"list": True, "side": False}  # the actors panel gives way first
    assert wishes.fit(50) == {"list": False, "side": False}
    side_first = wishes.toggled("side", shown=False)
    assert side_first.fit(80) == {"list": False, "side": True}  # asked for last: it wins
    assert side_first.fit(140) == {"list": True, "side": True}
    no_list = wishes.toggled("list", shown=True)
    assert no_list.fit(140) == {"list": False, "side": True}


def _inside(app: BriefingApp) -> list[str]:
    """Widgets drawn partly outside the screen."""
    width = app.size.width
    return [repr(w) for w in app.screen.query("*") if w.display and w.region.width and w.region.right > width]


async def test_80_by_24_fits_and_keeps_the_essential_keys():
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.reader
        articles, side, pane = (screen.query_one(s) for s in ("#articles", "#side", "#article-pane"))
        assert articles.display and not side.display
        assert _inside(app) == [] and pane.region.width >= 36
        bar = screen.query_one(KeyBar).render().plain
        for label in ("] Next article", "c Compare", "/ Search quotes", "q Quit", "? Keys", "^p palette"):
            assert label in bar
        await pilot.press("a")
        await pilot.pause()
        assert side.display and not articles.display and _inside(app) == []
        assert side.region.right == 80
        await pilot.press("l")
        await pilot.pause()
        assert articles.display and not side.display


async def test_a_wide_terminal_shows_every_pane_and_a_narrow_one_the_article():
    app = BriefingApp()
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        screen = app.reader
        assert screen.query_one("#articles").display and screen.query_one("#side").display
        await pilot.resize_terminal(56, 24)
        await pilot.pause()
        assert not screen.query_one("#articles").display and not screen.query_one("#side").display
        assert _inside(app) == []
        await pilot.press("a")
        await pilot.pause()
        assert not screen.query_one("#side").display
        assert any("needs a terminal" in n.message for n in app._notifications)
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert screen.query_one("#side").display
