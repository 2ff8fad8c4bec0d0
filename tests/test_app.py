"""The reader, driven by Pilot: every binding, mouse selection, themes, positions, safety."""

from __future__ import annotations

import json

import pytest
from app_helpers import ready

from tui.app import BriefingApp
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.state import State
from tui.widgets.actor_panel import ActorPanel
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.quote_panel import QuotePanel

SIZE = (140, 36)


def reader(app: BriefingApp) -> ReaderScreen:
    return app.reader


async def test_opens_the_seeds_with_titles_and_the_first_article():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        titles = [d.title for d in screen.briefing.documents]
        assert titles == [
            "Cuban Regime Confirms High-Level Contacts with the United States",
            "Cuban Official Confirms Limited Exchanges With U.S., Stops Short of Calling It a Dialogue",
        ]
        view = screen.query_one(ArticleView)
        assert view.document.id == "d1"
        components = {m.component for m in view.marks}
        assert {"article-view--person", "article-view--country", "article-view--quote"} <= components
        assert len(screen.query_one(ArticleList).options) == 2


async def test_next_previous_and_numbered_articles():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        await pilot.press("]")
        assert screen.document.id == "d2"
        await pilot.press("[")
        assert screen.document.id == "d1"
        await pilot.press("2")
        assert screen.query_one(ArticleView).document.id == "d2"
        await pilot.press("1")
        assert screen.document.id == "d1"
        await pilot.press("9")  # no ninth article: nothing happens
        assert screen.document.id == "d1"


async def test_scrolling_keys():
    app = BriefingApp()
    async with app.run_test(size=(110, 20)) as pilot:
        await ready(pilot)
        view = reader(app).query_one(ArticleView)
        view.focus()
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("space")
        assert view.scroll_y > 5
        page = view.scroll_y
        await pilot.press("b")
        assert view.scroll_y < page
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("down", "pagedown", "end", "home", "up")
        assert view.scroll_y == 0


async def test_tab_moves_between_panes():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        screen.query_one(ArticleList).focus()
        await pilot.press("tab")
        assert app.focused is screen.query_one(ArticleView)
        await pilot.press("tab")
        assert app.focused is screen.query_one(ActorPanel)
        await pilot.press("shift+tab")
        assert app.focused is screen.query_one(ArticleView)


async def test_actors_panel_toggles():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        side = reader(app).query_one("#side")
        assert side.display
        await pilot.press("a")
        assert not side.display
        await pilot.press("a")
        assert side.display


async def test_quote_keys_step_through_quotes_and_show_the_speaker():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        await pilot.press("}")
        first = screen.current_quote
        assert first == screen.quotes[0].id
        await pilot.press("}")
        assert screen.current_quote == screen.quotes[1].id
        await pilot.press("{")
        assert screen.current_quote == first
        await pilot.press("{")
        assert screen.current_quote == screen.quotes[-1].id
        info = str(screen.query_one("#info").render())
        assert "\u2014 Carlos Fern\u00e1ndez de Coss\u00edo" in info
        assert any(m.component == "article-view--current" for m in screen.query_one(ArticleView).marks)


async def test_help_lists_every_key_and_closes():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {f"{keys} {description}" for _, keys, description in app.screen.rows}
        for expected in (
            "] next article",
            "q quit",
            "j / down scroll down a line",
            "1\u20139 open article N",
            "} next quote",
            "a show or hide the actors and quotes panel",
            "? keys",
        ):
            assert expected in rows
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_q_quits():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_clicking_an_article_opens_it():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        article_list = screen.query_one(ArticleList)
        # the second option starts a few lines down the list: click on it
        await pilot.hover(ArticleList, offset=(3, 6))
        await pilot.click(ArticleList, offset=(3, 6))
        await pilot.pause()
        assert screen.document.id == "d2", article_list.highlighted


async def test_clicking_an_actor_marks_its_mentions_and_m_steps_through_them():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        panel = screen.query_one(ActorPanel)
        await pilot.hover(ActorPanel, offset=(3, 2))
        await pilot.click(ActorPanel, offset=(3, 2))  # the first person under the heading
        await pilot.pause()
        actor = panel.get_option_at_index(1).id
        assert screen.selected_actor == actor
        selected = [m for m in screen.query_one(ArticleView).marks if m.component == "article-view--selected"]
        assert selected and all(m.key == actor for m in selected)
        await pilot.press("m")
        assert screen.selection.mention == 1
        await pilot.press("M")
        assert screen.selection.mention == 0
        await pilot.press("escape")
        assert screen.selected_actor is None


async def test_clicking_a_quote_in_the_panel_goes_to_it():
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = reader(app)
        await pilot.hover(QuotePanel, offset=(3, 1))
        await pilot.click(QuotePanel, offset=(3, 1))
        await pilot.pause()
        assert screen.current_quote == screen.quotes[0].id


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light", "briefing-high-contrast"])
async def test_themes_by_name_and_saved(theme):
    app = BriefingApp(theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == theme
        assert app.get_css_variables()["person"]
    assert State.load().theme == theme


async def test_bad_theme_file_and_unknown_theme_fall_back(isolated_state):
    themes = isolated_state / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.toml").write_text("name = 'x'\nprimary = [", encoding="utf-8")
    (themes / "mine.toml").write_text(
        "name = 'mine'\nprimary = '#123456'\n[variables]\nperson = '#ff0000'\n", encoding="utf-8"
    )
    app = BriefingApp(theme="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "briefing-dark"
        messages = " ".join(n.message for n in app._notifications)
        assert "broken.toml" in messages and "not valid TOML" in messages
        assert "no-such-theme" in messages
        assert "mine" in app.available_themes


async def test_reading_position_is_remembered_between_runs():
    app = BriefingApp()
    async with app.run_test(size=(110, 20)) as pilot:
        await ready(pilot)
        view = reader(app).query_one(ArticleView)
        view.focus()
        await pilot.press("space", "space")
        offset = view.top_offset()
        assert offset > 0
        await pilot.press("q")
    again = BriefingApp()
    async with again.run_test(size=(110, 20)) as pilot:
        await ready(pilot)
        assert reader(again).query_one(ArticleView).top_offset() == offset


async def test_article_text_is_never_markup_and_never_reaches_the_terminal(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Markup and escapes\n\nThis has [bold]not bold[/bold] and [link=http://x]a link[/link] "
        "and \x1b]0;pwned\x07 a title change and \x1b[2J a clear.\n",
        encoding="utf-8",
    )
    app = BriefingApp([str(article)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = reader(app).query_one(ArticleView)
        shown = "".join(segment.text for y in range(view.size.height) for segment in view.render_line(y))
        assert "[bold]not bold[/bold]" in shown and "[link=http://x]" in shown
        assert "\x1b" not in shown and "pwned" not in shown


async def test_missing_files_are_reported_and_the_rest_loads(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Port strike ends\n\nDockers went back to work on Wednesday.\n", encoding="utf-8")
    app = BriefingApp([str(good), str(tmp_path / "missing.txt")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert [d.path for d in reader(app).briefing.documents] == [str(good)]
        assert any("missing.txt: no such file" in n.message for n in app._notifications)


def test_positions_file_is_json_written_atomically(isolated_state):
    state = State.load()
    state.remember("some text", 42)
    state.save_positions()
    data = json.loads((isolated_state / "data" / "positions.json").read_text())
    assert list(data.values()) == [42]
    assert not [p for p in (isolated_state / "data").iterdir() if p.name.endswith(".tmp")]


async def test_no_color_is_honoured(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.no_color
        # highlights still differ without colour: weight, underline, italics
        view = reader(app).query_one(ArticleView)
        assert view.get_component_rich_style("article-view--person", partial=True).bold
        assert view.get_component_rich_style("article-view--organization", partial=True).underline
        assert view.get_component_rich_style("article-view--country", partial=True).italic
        # the selected actor and the current quote stand out without colour too
        assert view.get_component_rich_style("article-view--selected", partial=True).reverse
        assert view.get_component_rich_style("article-view--current", partial=True).underline


async def test_command_palette_offers_themes_and_switching_saves_the_choice():
    from test_palette import palette_entries, run_command

    app = BriefingApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        entries = await palette_entries(pilot, "theme")
        assert {"Theme: briefing-light", "Theme: briefing-high-contrast"} <= set(entries)
        await pilot.press("escape")
        assert "Toggle actors panel" in await palette_entries(pilot, "toggle actors")
        await pilot.press("escape")
        await run_command(pilot, "theme briefing-light")
        assert app.theme == "briefing-light"
    assert State.load().theme == "briefing-light"


async def test_the_aligning_worker_starts_after_the_first_frame_of_an_analysed_set(monkeypatch):
    """The worker imports the engine and aligns on a thread; started before the first frame, it held the
    interpreter while that frame was being made."""
    from tui.startup import analyze_now
    from tui.widgets.article_view import ArticleView

    drawn: list[int] = []
    render_line = ArticleView.render_line

    def counting(self, y):  # type: ignore[no-untyped-def]
        drawn.append(y)
        return render_line(self, y)

    monkeypatch.setattr(ArticleView, "render_line", counting)
    drawn_when_started: list[int] = []
    opening = BriefingApp._open

    def _open(self):  # type: ignore[no-untyped-def]
        drawn_when_started.append(len(drawn))
        opening(self)

    monkeypatch.setattr(BriefingApp, "_open", _open)
    app = BriefingApp()
    app.ready = analyze_now([])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.aligned
    assert drawn_when_started and drawn_when_started[0] > 0


async def test_garbage_collection_held_at_start_up_resumes_once_the_article_is_drawn(monkeypatch):
    """The reader holds the collector while it starts (it would scan every object made so far several
    times before the first frame) and must not leave it off."""
    import gc

    from tui.collection import hold_collection
    from tui.startup import analyze_now
    from tui.widgets.article_view import ArticleView

    enabled_while_drawing: list[bool] = []
    render_line = ArticleView.render_line

    def noting(self, y):  # type: ignore[no-untyped-def]
        enabled_while_drawing.append(gc.isenabled())
        return render_line(self, y)

    monkeypatch.setattr(ArticleView, "render_line", noting)
    app = BriefingApp()
    app.ready = analyze_now([])
    hold_collection()
    try:
        assert not gc.isenabled()
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            assert gc.isenabled()
        assert enabled_while_drawing and not enabled_while_drawing[0]
    finally:
        gc.enable()
        gc.unfreeze()  # (the objects of the other tests are collected as before)


def test_holding_the_collector_leaves_it_off_when_it_was_off_already():
    import gc

    from tui.collection import hold_collection, release_collection

    gc.disable()
    try:
        hold_collection()
        release_collection()
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_the_article_is_styled_at_most_twice_before_its_first_line_is_drawn(monkeypatch):
    """Once as it is mounted and once as it takes the focus: Textual restyles a screen's every widget when
    the screen is shown, which the reader skips the first time (its widgets were styled a moment before)."""
    from textual.css.stylesheet import Stylesheet

    from tui.startup import analyze_now
    from tui.widgets.article_view import ArticleView

    styled: list[int] = []
    drawn: list[int] = []
    apply = Stylesheet.apply

    def counting_apply(self, node, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(node, ArticleView) and not drawn:
            styled.append(1)
        return apply(self, node, *args, **kwargs)

    render_line = ArticleView.render_line

    def noting(self, y):  # type: ignore[no-untyped-def]
        drawn.append(y)
        return render_line(self, y)

    monkeypatch.setattr(Stylesheet, "apply", counting_apply)
    monkeypatch.setattr(ArticleView, "render_line", noting)
    app = BriefingApp()
    app.ready = analyze_now([])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.screen.query_one(ArticleView).has_focus
    assert drawn and 1 <= len(styled) <= 2


async def test_a_small_set_is_analysed_before_the_first_frame_and_aligned_after():
    from tui.startup import analyze_now

    app = BriefingApp()
    app.ready = analyze_now([])
    assert app.ready is not None and app.ready.briefing.alignments == ()
    async with app.run_test(size=SIZE) as pilot:
        assert reader(app).document.id == "d1"  # on screen before any worker finished
        await ready(pilot)
        assert app.aligned and app.briefing.alignments
        await pilot.press("c")
        await pilot.pause()
        assert type(app.screen).__name__ == "CompareScreen"


def test_the_reader_runs_with_a_short_switch_interval_and_restores_the_interpreters(monkeypatch, isolated_state):
    """Textual's writer thread gets the interpreter within a millisecond while the reader runs (not Python's
    five), so each frame reaches the terminal sooner; the interval is put back when the reader ends."""
    import sys

    import tui.app as app_module

    seen: list[float] = []
    monkeypatch.setattr(BriefingApp, "run", lambda self, *a, **k: seen.append(sys.getswitchinterval()))
    before = sys.getswitchinterval()
    assert before > app_module.SWITCH_INTERVAL
    assert app_module.run([], None, 1 << 20) == 0
    assert seen == [app_module.SWITCH_INTERVAL]
    assert sys.getswitchinterval() == before
