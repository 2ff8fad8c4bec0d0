"""Colours: every line of an article in the theme's colours, enough contrast everywhere, NO_COLOR honoured."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator

import pytest
from app_helpers import ready
from textual.color import Color
from textual.pilot import Pilot
from textual.screen import ModalScreen
from tmux_helpers import colour_codes, needs_tmux, reader_in_tmux

from tui.app import BriefingApp
from tui.widgets.article_view import ArticleView

SIZE = (120, 30)


def _unstyled(view: ArticleView) -> list[tuple[int, str]]:
    """(line, text) of every segment of the view's lines drawn without the theme's background."""
    bare = []
    for y in range(view.size.height):
        for segment in view.render_line(y):
            if segment.text and (segment.style is None or segment.style.bgcolor is None):
                bare.append((y, segment.text))
    return bare


@pytest.mark.parametrize("theme", ["briefing-light", "briefing-dark"])
async def test_lines_without_a_highlight_keep_the_theme_colours(theme):
    app = BriefingApp(theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.reader.query_one(ArticleView)
        assert _unstyled(view) == []
        await pilot.press("c")
        await pilot.pause()
        for side in app.screen.query(ArticleView):
            assert _unstyled(side) == []


def _plain_backgrounds(view: ArticleView) -> set[str]:
    """The backgrounds of the view's lines drawn with no highlight (its base style), as drawn now."""
    view._cache.clear()  # (a line's strip is cached with the base style it was drawn in)
    found = set()
    for y in range(view.size.height):
        for segment in view.render_line(y):
            if segment.text.strip() and segment.style is not None and segment.style.bgcolor is not None:
                found.add(str(segment.style.bgcolor))
    return found


async def test_a_new_theme_gives_plain_lines_the_new_background():
    """The base style of the article's lines is worked out once per style change, not once a line."""
    app = BriefingApp(theme="briefing-dark")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.reader.query_one(ArticleView)
        dark = _plain_backgrounds(view)
        app.theme = "briefing-light"
        await pilot.pause()
        light = _plain_backgrounds(view)
        surface = Color.parse(app.current_theme.surface or "white").rich_color
        assert str(surface) in light and not dark & light


# -- contrast -----------------------------------------------------------------------------------
def _luminance(color: Color) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_GRAPHICS = re.compile(r"[\s\u2500-\u259f\u2800-\u28ff]*")  # scroll bars, borders, blocks


def low_contrast_cells(app: BriefingApp, minimum: float) -> list[tuple[float, int, str, str]]:
    """(ratio, row, text, style) of every run of text drawn below ``minimum`` on the screen.

    Over a modal screen only the modal's box counts: the screen below is faded on purpose.
    """
    found = []
    box = app.screen.children[0].region if isinstance(app.screen, ModalScreen) else None
    for row, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            x, start = x + segment.cell_length, x
            if box is not None and not (box.y <= row < box.bottom and box.x <= start < box.right):
                continue
            if _GRAPHICS.fullmatch(segment.text) or segment.style is None:
                continue
            style = segment.style
            assert style.color is not None and style.bgcolor is not None, (row, segment.text)
            fg, bg = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
            ratio = contrast(fg, bg)
            if ratio < minimum:
                found.append((round(ratio, 2), row, segment.text.strip()[:30], str(style)))
    return found


async def _states(pilot: Pilot) -> AsyncIterator[str]:
    """The screens and selections to measure, one after another."""
    await ready(pilot)
    yield "reader"
    pilot.app.notify("missing.txt: no such file or folder", severity="warning", title="Not loaded")
    pilot.app.notify("a message")
    await pilot.pause()
    yield "notifications"
    pilot.app.clear_notifications()
    reader = pilot.app.reader
    await pilot.press("}", "}")
    reader.select_actor(reader.briefing.actors[0].id)
    await pilot.pause()
    yield "a quote and an actor selected"
    await pilot.press("tab")
    await pilot.pause()
    yield "the actors panel focused"
    await pilot.press("question_mark")
    await pilot.pause()
    yield "help"
    await pilot.press("escape", "slash", "d", "i", "a")
    await pilot.pause()
    yield "quote search"
    await pilot.press("escape", "c")
    await pilot.pause()
    yield "split view"
    await pilot.press("}")
    await pilot.pause()
    yield "a shared passage"


@pytest.mark.parametrize(
    ("theme", "minimum"), [("briefing-dark", 4.5), ("briefing-light", 4.5), ("briefing-high-contrast", 7.0)]
)
async def test_every_text_has_enough_contrast(theme, minimum):
    app = BriefingApp(theme=theme)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        failures = {}
        async for state in _states(pilot):
            low = low_contrast_cells(app, minimum)
            if low:
                failures[state] = sorted(set(low))[:8]
        assert failures == {}


# -- NO_COLOR ---------------------------------------------------------------------------------------
@needs_tmux
def test_no_color_gives_no_colours_at_all_in_a_terminal(tmp_path):
    with reader_in_tmux(tmp_path, [], env={"NO_COLOR": "1"}) as pane:
        pane.wait_for("Donald Trump")
        time.sleep(1.0)  # (the shared passages arrive and the screen settles)
        pane.keys("}")
        time.sleep(0.5)
        screen = pane.capture(escapes=True)
        assert "\x1b[" in screen  # bold, italics and underlines are still drawn
        assert colour_codes(screen) == []
        pane.keys("q")


@needs_tmux
def test_colours_are_drawn_without_no_color(tmp_path):
    with reader_in_tmux(tmp_path, []) as pane:
        pane.wait_for("Donald Trump")
        assert colour_codes(pane.capture(escapes=True))
        pane.keys("q")
