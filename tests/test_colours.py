"""Colours: every line of an article in the theme's colours, enough contrast everywhere, NO_COLOR honoured."""

from __future__ import annotations

import pytest
from app_helpers import ready

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
