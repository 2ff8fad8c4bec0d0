"""The reading dashboard: articles, the current article with highlights, actors and quotes.

The screen holds the reader's selection (``ReaderSelection``) in one reactive
attribute: actions make a new selection, and the info line, the quote panel
and the article's marks follow it. The load phase is the app's; the screen
observes it and says in the header how far opening has got.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import OptionList

from ...core.model import Briefing, Document
from ...opening import LoadPhase, Stage
from ...widgets.actor_panel import ActorPanel
from ...widgets.article_header import ArticleHeader
from ...widgets.article_list import ArticleList
from ...widgets.article_view import ArticleView
from ...widgets.find_bar import FindBar
from ...widgets.info_line import InfoLine
from ...widgets.key_bar import KeyBar
from ...widgets.marks import ACTOR_CLASSES, LINK, QUOTE
from ...widgets.quote_panel import QuotePanel
from .actors import ACTOR_KEYS, ActorActions, actors_title
from .articles import ARTICLE_KEYS, COMPARE_KEYS, SORT_KEYS, ArticleActions, articles_title
from .base import ReaderBase
from .export import EXPORT_KEYS, ExportActions
from .links import LINK_KEYS, LinkActions
from .panes import PANE_KEYS, PaneActions
from .quotes import QUOTE_KEYS
from .search import SEARCH_KEYS, SearchActions


def phase_note(phase: LoadPhase) -> str:
    """What the header says about the load phase ('' once the articles are analysed)."""
    if phase.stage is Stage.FETCHING:
        return f"fetching pages: {phase.done} of {phase.total}\u2026" if phase.total else "fetching pages\u2026"
    if phase.stage is Stage.LOADING:
        return f"loading {phase.done} of {phase.total} articles\u2026" if phase.total else "loading\u2026"
    if phase.stage is Stage.ANALYZING:
        return f"analysing {phase.documents} article{'s' if phase.documents != 1 else ''}\u2026"
    if phase.stage is Stage.READY and not phase.documents:
        return "no articles to show"
    return ""


W = TypeVar("W", bound=Widget)


def titled(widget: W, title: str) -> W:
    """``widget`` with ``title`` in a bar along its top edge (its border; the title is not markup)."""
    widget.add_class("titled")
    widget.border_title = Content(title)
    return widget


class ReaderScreen(ArticleActions, ActorActions, SearchActions, LinkActions, PaneActions, ExportActions, ReaderBase):
    """Read one article at a time, with its actors and quotes beside it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *ARTICLE_KEYS,
        *SORT_KEYS,
        *QUOTE_KEYS,
        *ACTOR_KEYS,
        *PANE_KEYS,
        *COMPARE_KEYS,
        *SEARCH_KEYS,
        *LINK_KEYS,
        *EXPORT_KEYS,
    ]

    KEY_PRIORITY: ClassVar[tuple[str, ...]] = (
        "reader.next_article",
        "reader.compare",
        "reader.search",
        "reader.find",
        "reader.facts",
        "reader.next_quote",
        "reader.toggle_actors",
    )
    """The keys the key bar keeps first when not all fit (after quit, help and the palette)."""

    HELP_GROUPS: ClassVar[list[tuple[str, list[BindingType]]]] = [
        ("Reading", list(ArticleView.BINDINGS)),
        ("Articles", [*ARTICLE_KEYS, *SORT_KEYS, *COMPARE_KEYS]),
        ("Actors", ACTOR_KEYS),
        ("Panes", PANE_KEYS),
        ("Quotes and search", [*QUOTE_KEYS, *SEARCH_KEYS]),
        ("Find bar", list(FindBar.BINDINGS)),
        ("Links", LINK_KEYS),
        ("Export and copy", EXPORT_KEYS),
    ]

    HELP_EXTRA: ClassVar[list[tuple[str, str]]] = [
        ("tab / shift+tab", "move between panes"),
        ("enter", "open the highlighted article, actor or quote"),
        ("ctrl+p", "command palette: go to, select, compare, search, copy, export, themes"),
        ("mouse", "click an article, an actor or a quote; drag to select text, ctrl+c to copy"),
    ]

    DEFAULT_CSS = """
    ReaderScreen { layout: horizontal; }
    ReaderScreen #articles { width: 22%; min-width: 24; max-width: 40; height: 1fr; }
    ReaderScreen #article-pane { width: 1fr; min-width: 36; }
    ReaderScreen #side { width: 28%; min-width: 26; max-width: 48; }
    ReaderScreen .titled, ReaderScreen .titled:focus {
        border: none; border-top: panel $panel;
        border-title-color: $text-muted; border-title-style: bold; border-title-align: left;
    }
    """

    AUTO_FOCUS = "#article"  # (focused as the screen is composed: no second restyle when it is mounted)

    def __init__(self, briefing: Briefing | None = None) -> None:
        super().__init__()
        self._first = briefing  # shown when mounted, so the first frame already has the article
        self._mounted = False
        self._opened = False  # whether articles were shown yet
        self._resumed = False  # whether the screen was shown yet

    def compose(self) -> ComposeResult:
        yield titled(ArticleList(id="articles"), articles_title(self.sort_key))
        with Vertical(id="article-pane"):
            yield ArticleHeader(id="article-header")
            yield ArticleView(id="article")
            yield InfoLine(id="info").data_bind(ReaderBase.selection)
        with Vertical(id="side"):
            yield titled(ActorPanel(id="actors"), actors_title(self.actor_scope))
            yield titled(QuotePanel(id="quotes"), "QUOTES").data_bind(ReaderBase.selection)
        yield KeyBar()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles every widget when a screen is shown, to catch what changed while it was covered;
        # when the reader is first shown its widgets were styled a moment before, as they were mounted
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
        super()._on_screen_resume(event)

    def on_mount(self) -> None:
        self.view.focus()
        self.apply_reading_width()
        self._mounted = True
        self.watch(self.app, "phase", self._phase_changed, init=False)
        self.show_briefing(self._first or Briefing(documents=()))

    @property
    def note(self) -> str:
        """What the header says about the load phase."""
        return phase_note(self.host.phase)

    # -- showing the briefing and the article ------------------------------------------
    def show_briefing(self, briefing: Briefing) -> None:
        """Show (or refresh with) a new briefing, keeping the current article and position."""
        if not self._mounted:
            self._first = briefing  # shown by on_mount
            return
        same_documents = self.briefing is not None and self.briefing.documents == briefing.documents
        self.briefing = briefing
        self.list_articles()
        if same_documents and self.document is not None:
            # the analysis arrived for the article already on screen: add its highlights in place
            self.refresh_marks()
            self._show_panels(self.document)
            return
        if not self._opened and briefing.documents:
            self._opened = True  # the first articles: open the one read last time
            self.set_reactive(ReaderBase.document_index, self.host.last_article(briefing.documents))
        elif self.document_index >= len(briefing.documents):
            self.document_index = 0
        self._show_document()

    def _show_document(self) -> None:
        doc = self.document
        if doc is None or self.briefing is None:
            self._show_context(None)
            self.view.show(None)
            return
        self.selection = self.selection.for_new_article()
        self.refind()
        self.view.show(doc, self.marks_for(doc), top=self.host.reading_position(doc))
        self._show_panels(doc)
        self.query_one(ArticleList).show_index(self.document_index)

    def _show_panels(self, doc: Document) -> None:
        """The header, quotes, actors and info line of ``doc``."""
        assert self.briefing is not None
        self.quotes = self.query_one(QuotePanel).show_quotes(self.briefing, doc.id)
        self.query_one(ActorPanel).show_actors(self.briefing, doc.id, self.actor_scope)
        self._show_context(doc)

    def _show_context(self, doc: Document | None) -> None:
        """The header and the info line for ``doc`` and the load phase."""
        note = self.note
        self.query_one(ArticleHeader).show(doc, note)
        self.query_one(InfoLine).show_context(self.briefing, doc, note)

    def _phase_changed(self, phase: LoadPhase) -> None:
        self._show_context(self.document)

    def watch_document_index(self, old: int, new: int) -> None:
        doc_before = self.briefing.documents[old] if self.briefing and old < len(self.briefing.documents) else None
        if doc_before is not None:
            self.host.remember_position(doc_before, self.view.top_offset())
        self._show_document()

    # -- choosing with the mouse or enter ----------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, ArticleList):
            if event.option_index in event.option_list.indexes:
                self.document_index = event.option_list.indexes[event.option_index]
        elif isinstance(event.option_list, ActorPanel) and event.option.id:
            self.select_actor(event.option.id)
        elif isinstance(event.option_list, QuotePanel) and event.option.id:
            self.go_to_quote(event.option.id)

    def on_article_view_hovered(self, event: ArticleView.Hovered) -> None:
        quote = next((q for q in self.quotes for m in event.marks if m.key == q.id), None)
        actor = next((m.key for m in event.marks if m.component in ACTOR_CLASSES), None)
        link = next((m.key for m in event.marks if m.component == LINK), None)
        if link is not None:
            self.selection = self.selection.hovering("hovered-link", link)
        elif quote is not None:
            self.selection = self.selection.hovering("hovered-quote", quote.id)
        elif actor is not None:
            self.selection = self.selection.hovering("hovered-actor", actor)

    def on_article_view_clicked(self, event: ArticleView.Clicked) -> None:
        actor = next((m.key for m in event.marks if m.component in ACTOR_CLASSES), None)
        if actor is not None:
            self.select_actor(actor, at=event.offset)  # the text under the pointer stays put
            return
        quote = next((m.key for m in event.marks if m.component == QUOTE), None)
        if quote is not None:
            self.go_to_quote(quote)
