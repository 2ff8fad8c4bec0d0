"""BriefingApp: themes, state, the worker that loads and analyses, and the screens."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.filter import LineFilter, Monochrome, NoColor
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from .collection import release_collection
from .commands import PROVIDERS
from .core.limits import DEFAULT_MAX_BYTES
from .core.model import Briefing, Document
from .core.printable import printable
from .keymap_files import user_keymap
from .opening import LoadPhase, Opened, Stage
from .screens.reader import ReaderScreen
from .startup import Ready
from .state import State, config_dir, document_key
from .termination import exit_on_termination
from .themes import DEFAULT_THEME, HIGHLIGHT_DEFAULTS, load_themes
from .widgets.article_view import ArticleView

if TYPE_CHECKING:
    from .core.fetch.options import FetchOptions


class PhaseReached(Message):
    """Opening the articles moved on a step: show its briefing, report its problems."""

    def __init__(self, opened: Opened) -> None:
        super().__init__()
        self.opened = opened


class BriefingApp(App[None]):
    """A terminal reading dashboard for comparing news coverage."""

    TITLE = "briefing"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = App.COMMANDS | set(PROVIDERS)
    CSS = """
    BriefingApp:nocolor ArticleView > .article-view--selected { text-style: bold reverse; }
    BriefingApp:nocolor ArticleView > .article-view--current { text-style: bold underline; }
    BriefingApp:nocolor .titled { border-top: blank; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", key_display="?", id="app.help"),
    ]

    phase: reactive[LoadPhase] = reactive(LoadPhase(Stage.LOADING), init=False)
    """How far opening the articles has got; the reader observes it."""

    def __init__(
        self,
        paths: Sequence[str] = (),
        theme: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        state: State | None = None,
        web: FetchOptions | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self._told: set[str] = set()  # the problems already shown
        self.web = web  # feeds and lists of addresses, and how to fetch
        self.requested_theme = theme
        self.max_bytes = max_bytes
        self.state = state if state is not None else State.load()
        self.briefing: Briefing | None = None
        self.ready: Ready | None = None  # a small set analysed before the first frame
        self.keymap, keymap_problem = user_keymap(self.BINDINGS)  # the user's keys
        self.set_keymap(self.keymap)
        self._no_color = NoColor()
        self.exit_on_termination = False  # SIGTERM and SIGHUP close the app, the terminal restored (set by ``run``)
        self._theme_problems = self._register_themes()  # before the first frame, which then needs no restyling
        self._keymap_problems = [keymap_problem] if keymap_problem else []

    # -- themes ----------------------------------------------------------------------
    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(HIGHLIGHT_DEFAULTS)

    def _register_themes(self) -> list[str]:
        """Register the bundled and user themes and choose one; return the problems to tell the user."""
        themes, problems = load_themes(config_dir() / "themes")
        for theme in themes:
            self.register_theme(theme)
        self.theme_names = [theme.name for theme in themes]  # the bundled and the user's (not Textual's own)
        messages = [printable(f"{problem.path}: {problem.reason}; skipped") for problem in problems]
        wanted = self.requested_theme or self.state.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            if self.requested_theme:
                messages.append(f"No theme named \u201c{printable(wanted)}\u201d; using {DEFAULT_THEME}")
            wanted = DEFAULT_THEME
        elif self.requested_theme:
            self.state.save_theme(wanted)  # a theme asked for by name stays the choice
        self.theme = wanted
        return messages

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, with ``NO_COLOR`` taken at its word: no colours at all, not greys."""
        filters = super().get_line_filters()
        if not self.no_color:
            return filters
        return [self._no_color if isinstance(f, Monochrome) else f for f in filters]

    def watch_theme(self, theme: str) -> None:
        if self.is_running:
            self.state.save_theme(theme)
            self._notify_state_warnings()
            for view in self.query(ArticleView):
                view.notify_style_update()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, less the ones ours replace (its "Keys" panel and theme picker)."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Keys", "Theme"):
                yield command

    def action_go_to_article(self) -> None:
        """The palette with the articles alone: type a number or words of a title."""
        from .commands.articles import GoToArticle

        self.push_screen(
            CommandPalette(providers=[GoToArticle], placeholder="Go to article: a number or a title\u2026")
        )

    # -- start-up and the worker ------------------------------------------------------------
    def get_default_screen(self) -> Screen[None]:
        """The reader, with the articles if they are analysed already: the first frame shows them."""
        if self.ready is not None:
            documents = len(self.ready.briefing.documents)
            self.set_reactive(BriefingApp.phase, LoadPhase(Stage.ALIGNING, documents=documents))
            return ReaderScreen(self.ready.briefing)
        return ReaderScreen()

    def _notify_state_warnings(self) -> None:
        """Tell the user about state files that could not be read or written (once each)."""
        for warning in self.state.take_warnings():
            self.notify(printable(warning), severity="warning", markup=False)

    def on_mount(self) -> None:
        self.call_after_refresh(release_collection)  # (held while the reader started)
        if self.exit_on_termination:
            exit_on_termination(lambda status: self.exit(return_code=status))
        for warning in self._theme_problems:
            self.notify(warning, severity="warning", markup=False)
        self._notify_state_warnings()
        for problem in self._keymap_problems:
            self.notify(problem, severity="warning", title="Keymap", markup=False, timeout=10)
        if self.ready is not None:
            self.briefing = self.ready.briefing
            for problem in self.ready.problems:
                self.notify(problem, severity="warning", title="Not loaded", timeout=8, markup=False)
            self._report_paint_when_shown()
            # the articles are on the first frame; the worker (which imports the engine and aligns them
            # on a thread, holding the interpreter for long stretches) starts once that frame is drawn
            self.call_after_refresh(self._start_opening)
        else:
            self._start_opening()

    def _start_opening(self) -> None:
        self.run_worker(self._open, thread=True, exclusive=True, name="opening")

    @property
    def reader(self) -> ReaderScreen:
        """The reading screen (always at the bottom of the stack)."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        raise LookupError("no reader screen")

    def _open(self) -> None:
        """The worker: load and analyze the articles (unless they came analyzed), then align them."""
        from .core.pipeline import Cancelled
        from .opening import open_in_stages

        worker = get_current_worker()
        analyzed = self.ready.briefing if self.ready is not None else None
        try:
            for opened in open_in_stages(self.paths, self.max_bytes, self._progress, analyzed, self.web):
                if worker.is_cancelled:
                    return
                self.post_message(PhaseReached(opened))
        except Cancelled:
            return

    @property
    def aligned(self) -> bool:
        """Whether the shared passages are known yet."""
        return self.phase.stage is Stage.READY

    def _progress(self, phase: LoadPhase) -> None:
        """Progress of the loading worker, reported through the load phase (every page fetched; files for
        larger sets)."""
        from .core.pipeline import Cancelled

        if get_current_worker().is_cancelled or not self.is_running:
            raise Cancelled
        if phase.stage is Stage.FETCHING or phase.total >= 20:
            self.call_from_thread(self._set_phase, phase)

    def _set_phase(self, phase: LoadPhase) -> None:
        self.phase = phase

    def on_phase_reached(self, message: PhaseReached) -> None:
        opened = message.opened
        for problem in opened.problems:
            self.notify(problem, severity="warning", title="Not loaded", timeout=8, markup=False)
        self._told.update(opened.problems)
        for error in opened.briefing.errors:  # an internal error of the analysis across articles, said once
            text = printable(str(error))
            if text not in self._told and error.reason.startswith("internal error"):
                self._told.add(text)
                self.notify(text, severity="warning", title="Analysis", timeout=10, markup=False)
        self.briefing = opened.briefing
        self.phase = opened.phase
        self.reader.show_briefing(opened.briefing)
        if opened.phase.stage is not Stage.ANALYZING:  # (the articles are shown with their highlights)
            self._report_paint_when_shown()

    def _report_paint_when_shown(self) -> None:
        """For `briefing bench`: note the time once the analysed article is on screen, and quit."""
        path = os.environ.get("BRIEFING_PAINT_REPORT")
        if path:
            self.call_after_refresh(self._report_paint, path)  # when the screen has settled

    def _report_paint(self, path: str) -> None:
        Path(path).write_text(repr(time.time()), encoding="utf-8")
        self.exit()

    # -- reading positions ------------------------------------------------------------------
    def reading_position(self, doc: Document) -> int:
        """Where the reader left ``doc`` last time (a text offset)."""
        return self.state.position(doc.text)

    def remember_position(self, doc: Document, offset: int | None) -> None:
        """Remember where the reader is in ``doc``."""
        if offset is not None:
            self.state.remember(doc.text, offset)

    def last_article(self, documents: Sequence[Document]) -> int:
        """The index of the article read last time among ``documents`` (0 when it is not there)."""
        key = self.state.last_article
        return next((i for i, d in enumerate(documents) if key is not None and document_key(d.text) == key), 0)

    async def action_quit(self) -> None:
        try:
            reader = self.reader
            doc = reader.document
            if doc is not None:
                self.remember_position(doc, reader.query_one(ArticleView).top_offset())
                self.state.save_last_article(doc.text)
            self.state.save_positions()
        except LookupError:
            pass
        self.exit()

    def action_help(self) -> None:
        """Show the keys of the current screen (the focused view's first, then the screen's, then the app's)."""
        from .screens.help import EXTRA_KEYS, HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        groups = [*getattr(self.screen, "HELP_GROUPS", []), ("App", list(self.BINDINGS))]
        self.push_screen(HelpScreen(groups, self.keymap, getattr(self.screen, "HELP_EXTRA", EXTRA_KEYS)))


SWITCH_INTERVAL = 0.001  # seconds a thread holds the interpreter while another waits (Python's default: 0.005)


def run(
    paths: Sequence[str | Path],
    theme: str | None,
    max_bytes: int,
    ready: Ready | None = None,
    web: FetchOptions | None = None,
) -> int:
    """Run the reader until the user quits (``ready``: a small set analysed already; ``web``: feeds and lists
    of addresses to read too)."""
    app = BriefingApp([str(p) for p in paths], theme=theme, max_bytes=max_bytes, web=web)
    app.ready = ready
    app.exit_on_termination = True
    # Textual writes each frame from a thread of its own, which waits for the interpreter twice a frame (to
    # write, then to flush) while the interface or a worker runs: up to 5 ms each time by default, 1 ms here
    default_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(default_interval, SWITCH_INTERVAL))
    try:
        app.run()
    finally:
        sys.setswitchinterval(default_interval)
    for warning in app.state.take_warnings():  # (saving at quit failed: there is no screen left to say so)
        print(f"briefing: {printable(warning)}", file=sys.stderr)
    return app.return_code or 0
