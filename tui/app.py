"""BriefingApp: themes, state, the worker that loads and analyses, and the screens."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from .core.limits import DEFAULT_MAX_BYTES
from .core.model import Briefing, Document
from .opening import problems_of
from .screens.help import HelpScreen
from .screens.reader import ReaderScreen
from .startup import Ready
from .state import State, config_dir
from .themes import DEFAULT_THEME, HIGHLIGHT_DEFAULTS, load_themes
from .widgets.article_view import ArticleView


class Loaded(Message):
    """Documents are loaded (not analysed yet): show them at once."""

    def __init__(self, briefing: Briefing, problems: list[str]) -> None:
        super().__init__()
        self.briefing = briefing
        self.problems = problems


class Analysed(Message):
    """The analysis is ready."""

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing


class BriefingApp(App[None]):
    """A terminal reading dashboard for comparing news coverage."""

    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", key_display="?", id="app.help"),
    ]

    def __init__(
        self,
        paths: Sequence[str] = (),
        theme: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        state: State | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.requested_theme = theme
        self.max_bytes = max_bytes
        self.state = state if state is not None else State.load()
        self.briefing: Briefing | None = None
        self.ready: Ready | None = None  # a small set analysed before the first frame
        self._theme_problems = self._register_themes()  # before the first frame, which then needs no restyling

    # -- themes ----------------------------------------------------------------------
    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(HIGHLIGHT_DEFAULTS)

    def _register_themes(self) -> list[str]:
        """Register the bundled and user themes and choose one; return the problems to tell the user."""
        themes, problems = load_themes(config_dir() / "themes")
        for theme in themes:
            self.register_theme(theme)
        messages = [f"{problem.path}: {problem.reason}; using the default theme" for problem in problems]
        wanted = self.requested_theme or self.state.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            if self.requested_theme:
                messages.append(f"No theme named {wanted!r}; using {DEFAULT_THEME}")
            wanted = DEFAULT_THEME
        elif self.requested_theme:
            self.state.save_theme(wanted)  # a theme asked for by name stays the choice
        self.theme = wanted
        return messages

    def watch_theme(self, theme: str) -> None:
        if self.is_running:
            self.state.save_theme(theme)
            for view in self.query(ArticleView):
                view.notify_style_update()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Keys", "Show every key and what it does", self.action_help)
        if isinstance(screen, ReaderScreen):
            yield SystemCommand("Toggle actors panel", "Show or hide actors and quotes", screen.action_toggle_actors)
        for name in sorted(self.available_themes):
            if name.startswith("briefing"):
                yield SystemCommand(
                    f"Theme: {name}", "Switch to this colour theme", lambda name=name: setattr(self, "theme", name)
                )

    # -- start-up and the worker ------------------------------------------------------------
    def get_default_screen(self) -> Screen[None]:
        """The reader, with the articles if they are analysed already: the first frame shows them."""
        if self.ready is not None:
            return ReaderScreen(self.ready.briefing)
        return ReaderScreen(Briefing(documents=()), note="loading\u2026")

    def on_mount(self) -> None:
        for warning in [*self._theme_problems, *self.state.warnings]:
            self.notify(warning, severity="warning")
        if self.ready is None:
            self.run_worker(self._load_and_analyse, thread=True, exclusive=True, name="analysis")
            return
        self.briefing = self.ready.briefing
        for problem in self.ready.problems:
            self.notify(problem, severity="warning", title="Not loaded", timeout=8)
        self._report_paint_when_shown()
        self.run_worker(self._align, thread=True, exclusive=True, name="alignment")

    @property
    def reader(self) -> ReaderScreen:
        """The reading screen (always at the bottom of the stack)."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        raise LookupError("no reader screen")

    def _load_and_analyse(self) -> None:
        from .core.pipeline import Cancelled, analyze_prepared
        from .opening import open_articles

        worker = get_current_worker()
        try:
            prepared, loaded = open_articles(self.paths, self.max_bytes, progress=self._progress)
        except Cancelled:
            return
        self.post_message(Loaded(Briefing(documents=loaded.documents, errors=loaded.errors), problems_of(loaded)))
        if worker.is_cancelled or not loaded.documents:
            return
        briefing = analyze_prepared(prepared, loaded.errors)
        if not worker.is_cancelled:
            self.post_message(Analysed(briefing))

    def _align(self) -> None:
        """Find the shared passages after the first frame (the reader does not show them)."""
        from .core.analyze import with_alignments

        assert self.briefing is not None
        briefing = with_alignments(self.briefing)
        if not get_current_worker().is_cancelled:
            self.post_message(Analysed(briefing))

    @property
    def aligned(self) -> bool:
        """Whether the shared passages are known yet."""
        return self.briefing is not None and not any(w.name == "alignment" for w in self.workers)

    def _progress(self, done: int, total: int) -> None:
        """Progress of the loading worker, shown in the article header while there is no article yet."""
        from .core.pipeline import Cancelled

        if get_current_worker().is_cancelled or not self.is_running:
            raise Cancelled
        if total >= 20:
            self.call_from_thread(self._show_progress, done, total)

    def _show_progress(self, done: int, total: int) -> None:
        try:
            reader = self.reader
        except LookupError:
            return
        if reader.document is None:
            with contextlib.suppress(NoMatches):  # (the reader may not be composed yet)
                reader.query_one("#article-header", Static).update(f"loading {done} of {total} articles\u2026")

    def on_loaded(self, message: Loaded) -> None:
        for problem in message.problems:
            self.notify(problem, severity="warning", title="Not loaded", timeout=8)
        self.briefing = message.briefing
        count = len(message.briefing.documents)
        note = f"analysing {count} article{'s' if count != 1 else ''}\u2026" if count else "no articles to show"
        self.reader.show_briefing(message.briefing, note=note)

    def on_analysed(self, message: Analysed) -> None:
        self.briefing = message.briefing
        self.reader.show_briefing(message.briefing)
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

    async def action_quit(self) -> None:
        try:
            reader = self.reader
            doc = reader.document
            if doc is not None:
                self.remember_position(doc, reader.query_one(ArticleView).top_offset())
            self.state.save_positions()
        except LookupError:
            pass
        self.exit()

    def action_help(self) -> None:
        """Show the keys of the current screen."""
        if isinstance(self.screen, HelpScreen):
            return
        groups = [
            ("Reading", list(ArticleView.BINDINGS)),
            ("Articles, actors, quotes", list(ReaderScreen.BINDINGS)),
            ("App", list(self.BINDINGS)),
        ]
        extra = getattr(self.screen, "HELP_GROUPS", None)
        if extra:
            groups = list(extra) + groups
        self.push_screen(HelpScreen(groups))


def run(paths: Sequence[str | Path], theme: str | None, max_bytes: int, ready: Ready | None = None) -> int:
    """Run the reader until the user quits (``ready``: a small set analysed already)."""
    app = BriefingApp([str(p) for p in paths], theme=theme, max_bytes=max_bytes)
    app.ready = ready
    app.run()
    return app.return_code or 0
