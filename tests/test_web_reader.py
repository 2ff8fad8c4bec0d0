"""The reader on web pages: a progress line while pages arrive, usable meanwhile; a tmux run on a feed."""

from __future__ import annotations

import asyncio
import re
import threading

from app_helpers import ready
from tmux_helpers import needs_tmux, reader_in_tmux

from tui.app import BriefingApp
from tui.core.fetch import FetchOptions
from tui.opening import LoadPhase, Stage, open_in_stages
from tui.screens.reader import phase_note
from tui.widgets.article_header import ArticleHeader
from tui.widgets.article_list import ArticleList


async def phase_reached(app: BriefingApp, phase: LoadPhase, seconds: float = 20) -> None:
    """Wait until the app's loading phase is ``phase`` (the page that would end it is held by the server)."""
    for _ in range(int(seconds / 0.02)):
        if app.phase == phase:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the app never reached {phase}; it is at {app.phase}")


def test_what_the_header_says_while_fetching():
    assert phase_note(LoadPhase(Stage.FETCHING, 1, 4)) == "fetching pages: 1 of 4\u2026"
    assert phase_note(LoadPhase(Stage.FETCHING)) == "fetching pages\u2026"


def test_opening_in_stages_reports_each_page_fetched(site):
    pages = [site.saved(f"/p{n}.html", name) for n, name in enumerate(["bridge_courier.html", "bridge_wire.html"])]
    phases: list[LoadPhase] = []
    steps = list(open_in_stages(pages, progress=phases.append, web=FetchOptions()))
    fetching = [(p.done, p.total) for p in phases if p.stage is Stage.FETCHING]
    said = [step for n, step in enumerate(fetching) if n == 0 or fetching[n - 1] != step]
    assert said == [(0, 2), (1, 2), (2, 2)]  # (repeated while waiting)
    assert [d.path for d in steps[-1].briefing.documents] == pages


async def test_the_reader_shows_progress_while_a_slow_page_arrives_and_stays_usable(site):
    fast = site.saved("/fast.html", "bridge_courier.html")
    arrives = threading.Event()  # the slow page is answered once the test has looked
    slow = site.saved("/slow.html", "bridge_wire.html", hold=arrives)
    app = BriefingApp([fast, slow], web=FetchOptions())
    async with app.run_test(size=(120, 30)) as pilot:
        header = app.reader.query_one(ArticleHeader)
        await phase_reached(app, LoadPhase(Stage.FETCHING, 1, 2))  # the fast page is in
        await pilot.pause()
        assert "fetching pages: 1 of 2" in str(header.render())
        await pilot.press("question_mark")  # the reader answers meanwhile
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        arrives.set()
        await ready(pilot)
        assert app.phase.stage is Stage.READY
        assert [d.path for d in app.briefing.documents] == [fast, slow]
        entries = [str(app.reader.query_one(ArticleList).get_option_at_index(i).prompt) for i in range(2)]
        assert "Valmera closes Old Bridge" in entries[0]


async def test_a_page_that_fails_is_a_notification_shown_as_plain_text(site):
    fast = site.saved("/fast.html", "bridge_courier.html")
    missing = site.url("/[bold]gone[/bold].html")
    forged = site.url("/\x1b]0;owned\x07.html")
    app = BriefingApp([fast, missing, forged], web=FetchOptions())
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        messages = [n.message for n in app._notifications]
        assert f"{missing}: HTTP 404 (Not Found)" in messages
        assert not any("\x1b" in m for m in messages)
        assert any(m.startswith(site.url("/\\x1b]0;owned\\x07.html: ")) for m in messages)  # shown escaped
        (note,) = [n for n in app._notifications if n.message.startswith(missing)]
        assert note.markup is False  # the address's brackets are shown, never read as styles


@needs_tmux
def test_the_reader_on_a_feed_in_a_terminal_shows_the_articles_with_their_highlights(site, tmp_path):
    for path, name in (("/courier.html", "bridge_courier.html"), ("/ledger.html", "bridge_ledger.html")):
        site.saved(path, name)
    site.saved("/wire.html", "bridge_wire.html")
    feed = site.saved("/feed.xml", "feed.xml", content_type="application/rss+xml")
    env = {"BRIEFING_PAGE_CACHE_DIR": str(tmp_path / "pages"), "NO_PROXY": "*"}
    with reader_in_tmux(tmp_path, [feed], env=env) as pane:
        screen = pane.wait_for("inspection begins", timeout=30)  # the third item, in the list
        assert "Old Bridge shut for six weeks" in screen  # the newest item, open
        pane.wait_for("here \u00b7 3 art.", timeout=30)  # the actors panel: the articles are analysed
        styled = pane.capture(escapes=True)
        # the actor's mention is drawn bold (a person), unlike the words around it
        # the person is drawn bold in the theme's person colour, unlike the words before it
        mention = re.search(r"(\x1b\[[0-9;]*m)Mayor ((?:\x1b\[[0-9;]*m)+)Lucia Ferrante", styled)
        assert mention, styled
        plain, marked = mention.groups()
        assert "\x1b[1m" in marked and _colour(marked) and _colour(marked) != _colour(plain)
        # the quoted words are drawn in italics
        assert re.search(r"\x1b\[3m(?:\x1b\[[0-9;]*m)*serious but", styled), styled


def _colour(codes: str) -> str | None:
    """The foreground colour set by these escape sequences, if any."""
    found = re.findall(r"\x1b\[38;([0-9;]+)m", codes)
    return found[-1] if found else None


def test_fetching_stops_waiting_for_a_slow_server_when_the_reader_closes(site):
    """The progress callback raises once the reader is closed; fetching gives up at once, not when the server answers."""
    from tui.core.fetch.gather import gather
    from tui.core.pipeline import Cancelled

    slow = site.saved("/slow.html", "bridge_wire.html", delay=10)
    calls: list[tuple[int, int]] = []

    def closed_after_a_while(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > 3:
            raise Cancelled

    try:
        gather([slow], FetchOptions(), progress=closed_after_a_while)
    except Cancelled:
        pass
    else:
        raise AssertionError("fetching did not stop")
    assert calls[0] == (0, 1)  # said before anything arrived
    (request,) = site.requested("/slow.html")
    assert request.answered == 0.0  # the server had not answered yet


async def test_the_header_says_what_is_left_before_the_first_page_arrives(site):
    arrives = threading.Event()
    slow = site.saved("/slow.html", "bridge_wire.html", hold=arrives)
    app = BriefingApp([slow], web=FetchOptions())
    async with app.run_test(size=(120, 30)) as pilot:
        await phase_reached(app, LoadPhase(Stage.FETCHING, 0, 1))
        await pilot.pause()
        assert "fetching pages: 0 of 1" in str(app.reader.query_one(ArticleHeader).render())
        arrives.set()
        await ready(pilot)
        assert [d.path for d in app.briefing.documents] == [slow]
