"""The reading dashboard: articles, the current article with highlights, actors and quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static

from ..core.model import Actor, Briefing, Document, Quote
from ..widgets.actor_panel import ActorPanel
from ..widgets.article_header import ArticleHeader
from ..widgets.article_list import ArticleList
from ..widgets.article_view import ArticleView, Mark
from ..widgets.key_bar import KeyBar
from ..widgets.quote_panel import QuotePanel

if TYPE_CHECKING:
    from ..app import BriefingApp

KIND_CLASS = {
    "person": "article-view--person",
    "organization": "article-view--organization",
    "country": "article-view--country",
}


def article_marks(
    briefing: Briefing, doc_id: str, selected_actor: str | None = None, current_quote: str | None = None
) -> list[Mark]:
    """Highlights of one article: its headline, quotes, actor mentions by kind, the selected actor, the current quote."""
    marks: list[Mark] = []
    doc = briefing.document(doc_id)
    if doc.headline:
        marks.append(Mark(doc.headline.start, doc.headline.end, "article-view--headline"))
    for q in briefing.quotes:
        if q.doc == doc_id:
            marks.append(Mark(q.start, q.end, "article-view--quote", q.id))
            if q.id == current_quote:
                marks.append(Mark(q.start, q.end, "article-view--current", q.id))
    marks += actor_marks(briefing, doc_id)
    for actor in briefing.actors:
        if actor.id == selected_actor:
            marks += [
                Mark(m.start, m.end, "article-view--selected", actor.id) for m in actor.mentions if m.doc == doc_id
            ]
    return marks


def actor_marks(briefing: Briefing, doc_id: str) -> list[Mark]:
    """Every actor mention of one article, styled by the actor's kind."""
    marks: list[Mark] = []
    for actor in briefing.actors:
        component = KIND_CLASS.get(actor.kind)
        if component:
            marks += [Mark(m.start, m.end, component, actor.id) for m in actor.mentions if m.doc == doc_id]
    return marks


class ReaderScreen(Screen[None]):
    """Read one article at a time, with its actors and quotes beside it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("]", "next_article", "Next article", id="reader.next_article"),
        Binding("[", "previous_article", "Previous article", id="reader.previous_article"),
        *[
            Binding(str(n), f"open_article({n})", f"Article {n}", show=False, id=f"reader.article_{n}")
            for n in range(1, 10)
        ],
        Binding("}", "next_quote", "Next quote", id="reader.next_quote"),
        Binding("{", "previous_quote", "Previous quote", id="reader.previous_quote"),
        Binding(
            "a",
            "toggle_actors",
            "Actors",
            id="reader.toggle_actors",
            tooltip="show or hide the actors and quotes panel",
        ),
        Binding(
            "m",
            "next_mention",
            "Next mention",
            show=False,
            id="reader.next_mention",
            tooltip="next mention of the selected actor",
        ),
        Binding(
            "M",
            "previous_mention",
            "Previous mention",
            show=False,
            id="reader.previous_mention",
            tooltip="previous mention of the selected actor",
        ),
        Binding(
            "escape",
            "clear_selection",
            "Clear",
            show=False,
            id="reader.clear",
            tooltip="clear the selected actor and quote",
        ),
        Binding(
            "c",
            "compare",
            "Compare",
            id="reader.compare",
            tooltip="split view: this article beside another, shared passages aligned",
        ),
        Binding(
            "slash",
            "search",
            "Search quotes",
            key_display="/",
            id="reader.search",
            tooltip="search every quote of every article",
        ),
        Binding(
            "n", "next_result", "Next result", show=False, id="reader.next_result", tooltip="next quote search result"
        ),
        Binding(
            "N",
            "previous_result",
            "Previous result",
            show=False,
            id="reader.previous_result",
            tooltip="previous quote search result",
        ),
    ]

    DEFAULT_CSS = """
    ReaderScreen #body { height: 1fr; }
    ReaderScreen #articles { width: 22%; min-width: 20; max-width: 40; }
    ReaderScreen #article-pane { width: 1fr; min-width: 40; }
    ReaderScreen #side { width: 28%; min-width: 26; max-width: 48; }
    ReaderScreen #side.-hidden { display: none; }
    ReaderScreen .pane-title { height: 1; padding: 0 1; background: $panel; color: $text-muted; text-style: bold; }
    ReaderScreen #info { height: auto; max-height: 3; padding: 0 2; background: $panel; color: $text-muted; }
    ReaderScreen ArticleList { width: 1fr; }
    """

    document_index: reactive[int] = reactive(0, init=False)

    @property
    def _app(self) -> BriefingApp:
        """The app, with the briefing's own methods (reading positions, the alignment state)."""
        return cast("BriefingApp", self.app)

    def __init__(self, briefing: Briefing | None = None, note: str = "") -> None:
        super().__init__()
        self.briefing: Briefing | None = None
        self._first = (briefing, note)  # shown when mounted, so the first frame already has the article
        self._mounted = False
        self.selected_actor: str | None = None
        self.current_quote: str | None = None
        self.quotes: list[Quote] = []
        self.note = ""
        self.search_query = ""
        self.search_results: list[str] = []
        self.search_position = -1

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="articles"):
                yield Static("ARTICLES", classes="pane-title")
                yield ArticleList(id="article-list")
            with Vertical(id="article-pane"):
                yield ArticleHeader(id="article-header")
                yield ArticleView(id="article")
                yield Static("", id="info")
            with Vertical(id="side"):
                yield Static("ACTORS", classes="pane-title")
                yield ActorPanel(id="actors")
                yield Static("QUOTES", classes="pane-title")
                yield QuotePanel(id="quotes")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self._mounted = True
        briefing, note = self._first
        if briefing is not None:
            self.show_briefing(briefing, note)

    # -- data -------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        """The article shown now."""
        if self.briefing is None or not self.briefing.documents:
            return None
        return self.briefing.documents[min(self.document_index, len(self.briefing.documents) - 1)]

    def show_briefing(self, briefing: Briefing, note: str = "") -> None:
        """Show (or refresh with) a new briefing, keeping the current article and position."""
        if not self._mounted:
            self._first = (briefing, note)  # shown by on_mount
            return
        same_documents = self.briefing is not None and self.briefing.documents == briefing.documents
        self.briefing = briefing
        self.note = note
        self.query_one(ArticleList).show_briefing(briefing)
        if same_documents and self.document is not None:
            # the analysis arrived for the article already on screen: add its highlights in place
            self.query_one(ArticleHeader).show(self.document, note)
            self._refresh_marks()
            self.quotes = self.query_one(QuotePanel).show_quotes(briefing, self.document.id)
            self.query_one(ActorPanel).show_actors(briefing, self.document.id)
            self._set_info(self._summary(self.document))
            return
        if self.document_index >= len(briefing.documents):
            self.document_index = 0
        self._show_document()

    def _show_document(self) -> None:
        doc = self.document
        view = self.query_one(ArticleView)
        self.query_one(ArticleHeader).show(doc, self.note)
        if doc is None or self.briefing is None:
            view.show(None)
            self._set_info(Text(self.note or "No articles", style="dim"))
            return
        self.current_quote = None
        view.show(doc, article_marks(self.briefing, doc.id, self.selected_actor), top=self._app.reading_position(doc))
        self.quotes = self.query_one(QuotePanel).show_quotes(self.briefing, doc.id)
        self.query_one(ActorPanel).show_actors(self.briefing, doc.id)
        article_list = self.query_one(ArticleList)
        if article_list.highlighted != self.document_index:
            article_list.highlighted = self.document_index
        self._set_info(self._summary(doc))

    def _summary(self, doc: Document) -> Text:
        assert self.briefing is not None
        actors = sum(1 for a in self.briefing.actors if any(m.doc == doc.id for m in a.mentions))
        text = Text(f"{doc.word_count} words · {actors} actors · {len(self.quotes)} quotes", style="dim")
        return text

    def _set_info(self, text: Text) -> None:
        self.query_one("#info", Static).update(text)

    def _refresh_marks(self) -> None:
        doc = self.document
        if doc is None or self.briefing is None:
            return
        self.query_one(ArticleView).set_marks(
            article_marks(self.briefing, doc.id, self.selected_actor, self.current_quote)
        )

    def watch_document_index(self, old: int, new: int) -> None:
        doc_before = self.briefing.documents[old] if self.briefing and old < len(self.briefing.documents) else None
        if doc_before is not None:
            self._app.remember_position(doc_before, self.query_one(ArticleView).top_offset())
        self._show_document()

    # -- articles -----------------------------------------------------------------
    def _count(self) -> int:
        return len(self.briefing.documents) if self.briefing else 0

    def action_next_article(self) -> None:
        """Open the next article."""
        if self._count():
            self.document_index = (self.document_index + 1) % self._count()

    def action_previous_article(self) -> None:
        """Open the previous article."""
        if self._count():
            self.document_index = (self.document_index - 1) % self._count()

    def action_open_article(self, number: int) -> None:
        """Open article ``number`` (1-based)."""
        if 1 <= number <= self._count():
            self.document_index = number - 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, ArticleList):
            self.document_index = event.option_index
        elif isinstance(event.option_list, ActorPanel) and event.option.id:
            self.select_actor(event.option.id)
        elif isinstance(event.option_list, QuotePanel) and event.option.id:
            self.go_to_quote(event.option.id)

    # -- actors -------------------------------------------------------------------------
    def action_toggle_actors(self) -> None:
        """Show or hide the actors and quotes panel."""
        self.query_one("#side").toggle_class("-hidden")

    def select_actor(self, actor_id: str | None) -> None:
        """Mark every mention of an actor (None: clear), and go to its first one here."""
        self.selected_actor = actor_id
        self._refresh_marks()
        actor = self._actor(actor_id)
        if actor is None:
            self._set_info(self._summary(self.document) if self.document else Text(""))
            return
        here = self._mentions_here(actor)
        if here:
            self._go_to_mention(actor, 0)
        else:
            self._set_info(
                Text(
                    f"{actor.name}: not named in this article ({len(actor.mentions)} mentions elsewhere)",
                    style="italic",
                )
            )

    def _actor(self, actor_id: str | None) -> Actor | None:
        if self.briefing is None or actor_id is None:
            return None
        return next((a for a in self.briefing.actors if a.id == actor_id), None)

    def _mentions_here(self, actor: Actor) -> list[int]:
        doc = self.document
        return sorted(m.start for m in actor.mentions if doc is not None and m.doc == doc.id)

    def _go_to_mention(self, actor: Actor, index: int) -> None:
        here = self._mentions_here(actor)
        if not here:
            return
        index %= len(here)
        self._mention_index = index
        self.query_one(ArticleView).scroll_to_offset(here[index])
        info = Text(actor.name, style="bold")
        info.append(f"  ({actor.kind})  mention {index + 1} of {len(here)} here · m / M: next / previous", style="dim")
        if actor.aliases:
            info.append("\nalso: " + ", ".join(actor.aliases[:6]), style="dim")
        self._set_info(info)

    def _step_mention(self, step: int) -> None:
        actor = self._actor(self.selected_actor)
        if actor is None:
            highlighted = self.query_one(ActorPanel).highlighted_option
            if highlighted is None or highlighted.id is None:
                return
            self.select_actor(highlighted.id)
            return
        self._go_to_mention(actor, getattr(self, "_mention_index", -step) + step)

    def action_next_mention(self) -> None:
        """Go to the next mention of the selected actor."""
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        """Go to the previous mention of the selected actor."""
        self._step_mention(-1)

    def action_clear_selection(self) -> None:
        """Unmark the selected actor and the current quote."""
        self.current_quote = None
        self.select_actor(None)

    # -- split view and search -------------------------------------------------------------
    def action_compare(self) -> None:
        """Open the split view on this article and the next one."""
        if self.briefing is None or len(self.briefing.documents) < 2:
            self.notify("The split view needs two articles", severity="warning")
            return
        if not self._app.aligned:
            self.notify("Still finding the shared passages; try again in a moment")
            return
        from .compare import CompareScreen

        self.app.push_screen(CompareScreen(self.briefing, self.document_index))

    def action_search(self) -> None:
        """Open the quote search."""
        if self.briefing is None or not self.briefing.quotes:
            self.notify("No quotes to search yet", severity="warning")
            return
        from .search import SearchScreen

        self.app.push_screen(SearchScreen(self.briefing, self.search_query), self._search_done)

    def _search_done(self, result: tuple[str, list[str], int] | None) -> None:
        if result is None:
            return
        self.search_query, self.search_results, self.search_position = result
        self._open_result()

    def _open_result(self) -> None:
        if not self.search_results or self.briefing is None:
            return
        quote_id = self.search_results[self.search_position % len(self.search_results)]
        quote = next(q for q in self.briefing.quotes if q.id == quote_id)
        index = next(i for i, d in enumerate(self.briefing.documents) if d.id == quote.doc)
        if index != self.document_index:
            self.document_index = index
        self.go_to_quote(quote.id)
        info = self.quote_info(quote)
        info.append(
            f"   result {self.search_position % len(self.search_results) + 1} of "
            f"{len(self.search_results)} for “{self.search_query}” · n / N",
            style="dim",
        )
        self._set_info(info)

    def _step_result(self, step: int) -> None:
        if self.search_results:
            self.search_position = (self.search_position + step) % len(self.search_results)
            self._open_result()

    def action_next_result(self) -> None:
        """Open the next search result."""
        self._step_result(1)

    def action_previous_result(self) -> None:
        """Open the previous search result."""
        self._step_result(-1)

    # -- quotes -----------------------------------------------------------------------
    def go_to_quote(self, quote_id: str) -> None:
        """Scroll to a quote of this article, mark it and say who said it."""
        quote = next((q for q in self.quotes if q.id == quote_id), None)
        if quote is None:
            return
        self.current_quote = quote.id
        self._refresh_marks()
        self.query_one(ArticleView).scroll_to_offset(quote.start)
        self._set_info(self.quote_info(quote))
        panel = self.query_one(QuotePanel)
        index = self.quotes.index(quote)
        if panel.highlighted != index:
            panel.highlighted = index

    def quote_info(self, quote: Quote) -> Text:
        """'“...” — Speaker' for the info line."""
        speaker = self._actor(quote.speaker)
        words = " ".join(quote.text.split())
        text = Text("\u201c" + (words if len(words) < 160 else words[:157] + "\u2026") + "\u201d ", style="italic")
        text.append("\u2014 " + (speaker.name if speaker else "unattributed"), style="bold")
        if quote.kind == "partial":
            text.append("  (partial)", style="dim")
        return text

    def _step_quote(self, step: int) -> None:
        if not self.quotes:
            return
        ids = [q.id for q in self.quotes]
        if self.current_quote in ids:
            index = (ids.index(self.current_quote) + step) % len(ids)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.go_to_quote(ids[index])

    def action_next_quote(self) -> None:
        """Go to the next quote of this article."""
        self._step_quote(1)

    def action_previous_quote(self) -> None:
        """Go to the previous quote of this article."""
        self._step_quote(-1)

    # -- pointer over the article ----------------------------------------------------------
    def on_article_view_hovered(self, event: ArticleView.Hovered) -> None:
        quote = next((q for q in self.quotes for m in event.marks if m.key == q.id), None)
        actor = next((self._actor(m.key) for m in event.marks if m.component in KIND_CLASS.values()), None)
        if quote is not None:
            self._set_info(self.quote_info(quote))
        elif actor is not None:
            self._set_info(Text(f"{actor.name} ({actor.kind}) · {len(actor.mentions)} mentions", style="bold"))

    def on_article_view_clicked(self, event: ArticleView.Clicked) -> None:
        actor = next((m.key for m in event.marks if m.component in KIND_CLASS.values()), None)
        if actor is not None:
            self.select_actor(actor)
            return
        quote = next((m.key for m in event.marks if m.component == "article-view--quote"), None)
        if quote is not None:
            self.go_to_quote(quote)
