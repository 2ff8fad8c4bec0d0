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


def _text_rows(view) -> list[str]:
    return ["".join(s.text for s in view.render_line(y)) for y in range(view.size.height)]


async def test_the_reading_width_centres_short_lines_and_can_be_turned_off():
    from tui.state import State
    from tui.widgets.article_view import ArticleView

    app = BriefingApp()
    async with app.run_test(size=(200, 40)) as pilot:
        await ready(pilot)
        await pilot.press("l", "a")  # the article alone: 200 columns
        await pilot.pause()
        view = app.reader.query_one(ArticleView)
        rows = [r for r in _text_rows(view) if r.strip()]
        longest = max(len(r.strip()) for r in rows)
        assert 70 <= longest <= 88
        left = min(len(r) - len(r.lstrip()) for r in rows)
        right = view.scrollable_content_region.width - left - longest
        assert left > 40 and abs(left - right) <= 12  # centred (lines end raggedly)
        await pilot.press("w")
        await pilot.pause()
        assert max(len(r.strip()) for r in _text_rows(view) if r.strip()) > 120
    assert State.load().setting("reading_width", True) is False
