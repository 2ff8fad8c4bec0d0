"""Find in the article (ctrl+f) and text search across all articles (F): incremental, marked, n and N."""

from __future__ import annotations

from app_helpers import ready

from tui.app import BriefingApp
from tui.core.find import find_all
from tui.screens.text_search import TextSearchScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.find_bar import FindBar
from tui.widgets.marks import CURRENT_MATCH, MATCH

SIZE = (140, 36)


def _matches(view: ArticleView) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    marks = view.marks
    return [(m.start, m.end) for m in marks if m.component == MATCH], [
        (m.start, m.end) for m in marks if m.component == CURRENT_MATCH
    ]


def _info(app: BriefingApp) -> str:
    return str(app.reader.query_one("#info").render())


async def test_find_in_the_article_marks_every_match_as_you_type_and_n_steps():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen, view = app.reader, app.reader.query_one(ArticleView)
        await pilot.press("ctrl+f")
        assert app.focused is screen.query_one(FindBar)
        await pilot.press("h", "a", "v")
        await pilot.pause()
        expected = [(s.start, s.end) for s in find_all(screen.document.text, "hav")]
        matches, current = _matches(view)
        assert matches == expected and len(expected) >= 2 and current == [expected[0]]
        assert f"match 1 of {len(expected)}" in _info(app)
        await pilot.press("enter")  # the bar closes, the matches stay
        assert app.focused is view
        await pilot.press("n")
        assert _matches(view)[1] == [expected[1]]
        assert f"match 2 of {len(expected)}" in _info(app)
        await pilot.press("N")
        assert _matches(view)[1] == [expected[0]]
        await pilot.press("]")  # the same words found in the next article
        assert screen.document.id == "d2"
        there = [(s.start, s.end) for s in find_all(screen.document.text, "hav")]
        assert _matches(view)[0] == there
        await pilot.press("ctrl+f")
        await pilot.press("escape")  # closes the bar and clears the matches
        assert _matches(view) == ([], [])


async def test_find_ignores_case_and_accents():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+f", *"fernandez de cossio")
        await pilot.pause()
        matches, _ = _matches(app.reader.query_one(ArticleView))
        text = app.reader.document.text
        assert matches and all(text[s:e] == "Fernández de Cossío" for s, e in matches)


async def test_text_search_across_articles_marks_the_words_and_opens_the_match():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(app.screen, TextSearchScreen)
        await pilot.press(*"dialogue")
        await pilot.pause()
        search = app.screen
        docs = {spot.doc for spot in search.spots}
        assert docs == {"d1", "d2"}
        assert "matches in 2 articles" in str(search.query_one("#count").render())
        first = search.query_one("#results").get_option_at_index(0).prompt
        marked = [first.plain[s.start : s.end] for s in first.spans if "reverse" in str(s.style)]
        assert marked == ["dialogue"]
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = app.reader
        spot = screen.selection.search.current
        assert spot == search.spots[1] and screen.document.id == spot.doc
        view = screen.query_one(ArticleView)
        assert _matches(view)[1] == [(spot.start, spot.end)]
        assert "in every article" in _info(app)
        for _ in range(len(search.spots)):
            await pilot.press("n")
        assert screen.selection.search.current == spot  # round every result, through both articles
