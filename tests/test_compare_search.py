"""The split view and quote search, driven by Pilot."""

from __future__ import annotations

from app_helpers import ready

from tui.app import BriefingApp
from tui.core.search import QuoteIndex, quote_echoes
from tui.screens.compare import CompareScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen
from tui.widgets.article_view import ArticleView

SIZE = (150, 40)


async def open_compare(pilot) -> CompareScreen:
    await ready(pilot)
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CompareScreen)
    return pilot.app.screen


async def test_c_opens_the_split_view_with_shared_passages():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        summary = str(screen.query_one("#summary").render())
        count = int(summary.split(" shared passages")[0])
        assert count >= 5 and count == len(screen.pairs)
        left, right = screen.query_one("#left", ArticleView), screen.query_one("#right", ArticleView)
        assert (left.document.id, right.document.id) == ("d1", "d2")
        for view in (left, right):
            components = {m.component for m in view.marks}
            assert {"article-view--shared", "article-view--changed"} <= components
            labels = {m.key for m in view.gutter_marks}
            assert any(label[0].isdigit() for label in labels) and "\u00b7" in labels  # numbered pairs, only-here


async def test_pair_keys_put_both_passages_side_by_side():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        left, right = screen.query_one("#left", ArticleView), screen.query_one("#right", ArticleView)
        for _ in range(4):
            await pilot.press("}")
            await pilot.pause()
            al = screen.pairs[screen.pair_index]
            row_left = left.line_of(al.a.start) - int(left.scroll_y)
            row_right = right.line_of(al.b.start) - int(right.scroll_y)
            assert row_left == row_right or int(right.scroll_y) in (0, right.max_scroll_y)
        await pilot.press("{")
        assert screen.pair_index == 2


async def test_synchronised_scrolling_and_toggle():
    app = BriefingApp()
    async with app.run_test(size=(150, 24)) as pilot:
        screen = await open_compare(pilot)
        left, right = screen.query_one("#left", ArticleView), screen.query_one("#right", ArticleView)
        left.focus()
        await pilot.press("space")
        await pilot.pause()
        assert right.scroll_y > 0
        await pilot.press("s")
        assert not screen.sync
        before = right.scroll_y
        await pilot.press("space")
        await pilot.pause()
        assert right.scroll_y == before
        assert "sync off" in str(screen.query_one("#summary").render())


async def test_right_article_keys_tab_and_escape_back_to_the_same_place():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        reader = app.reader
        await ready(pilot)
        reader.query_one(ArticleView).scroll_to(y=5, animate=False, immediate=True)
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        await pilot.press("]")  # with two articles the right side stays the other one
        assert screen.query_one("#right", ArticleView).document.id == "d2"
        await pilot.press("[")
        assert screen.query_one("#right", ArticleView).document.id == "d2"
        screen.query_one("#left", ArticleView).focus()
        await pilot.press("tab")
        assert app.focused is screen.query_one("#right", ArticleView)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        assert reader.query_one(ArticleView).scroll_y == 5 and reader.document.id == "d1"


async def test_slash_searches_as_you_type_and_enter_opens_the_quote():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"meaningful")
        await pilot.pause()
        texts = [h.quote.text for h in app.screen.hits]
        assert texts[:2] == ["meaningful", "ready to have a serious, meaningful and responsible dialogue."] or set(
            texts[:2]
        ) == {"meaningful", "ready to have a serious, meaningful and responsible dialogue."}
        await pilot.press("down")
        assert app.screen.query_one("#results").highlighted == 1
        await pilot.press("up", "enter")
        await pilot.pause()
        reader = app.reader
        assert isinstance(app.screen, ReaderScreen)
        opened = next(q for q in reader.briefing.quotes if q.id == reader.current_quote)
        assert opened.text == texts[0]
        await pilot.press("n")
        second = next(q for q in reader.briefing.quotes if q.id == reader.current_quote)
        assert second.text == texts[1] and reader.document.id == second.doc
        await pilot.press("N")
        assert reader.current_quote == opened.id


async def test_speaker_names_find_their_quotes_and_escape_closes():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"Trump")
        await pilot.pause()
        names = {a.id: a.name for a in app.reader.briefing.actors}
        top = [names.get(h.quote.speaker) for h in app.screen.hits[:4]]
        assert top == ["Donald Trump"] * 4
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


def test_echoes_say_who_carried_a_quote():
    from tui.core.pipeline import analyze_prepared
    from tui.opening import open_articles

    briefing = analyze_prepared(open_articles([])[0])
    echoes = quote_echoes(briefing)
    by_text = {q.text: q.id for q in briefing.quotes}
    assert [e.relation for e in echoes[by_text["meaningful"]]] == ["trimmed"]
    assert QuoteIndex(briefing).search("")[0].quote.id == briefing.quotes[0].id


def test_split_view_snapshot(snap_compare):
    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("c", "}", "}")
        await pilot.pause()

    assert snap_compare(BriefingApp(), terminal_size=SIZE, run_before=run_before)


def test_search_screen_snapshot(snap_compare):
    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("slash", *"meaningful")
        await pilot.pause()

    assert snap_compare(BriefingApp(), terminal_size=SIZE, run_before=run_before)
