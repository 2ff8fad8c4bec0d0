"""What every part of the reader shares: the briefing, the article shown, the selection, the app."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, cast

from textual.reactive import reactive
from textual.screen import Screen

from ...core.model import Actor, Briefing, Document, Quote
from ...opening import LoadPhase
from ...state import State
from ...widgets.article_view import ArticleView
from ...widgets.marks import Mark, article_marks, match_marks
from ...widgets.selection import ReaderSelection


class ReaderHost(Protocol):
    """What the reader needs of the app: the load phase and the reading positions."""

    phase: LoadPhase
    state: State

    def reading_position(self, doc: Document) -> int:
        """Where the reader left ``doc`` last time (a text offset)."""
        ...

    def remember_position(self, doc: Document, offset: int | None) -> None:
        """Remember where the reader is in ``doc``."""
        ...

    def last_article(self, documents: Sequence[Document]) -> int:
        """The index of the article read last time among ``documents``."""
        ...


class ReaderBase(Screen[None]):
    """The reader's state; its features (articles, actors, quotes) build on it."""

    document_index: reactive[int] = reactive(0, init=False)
    selection: reactive[ReaderSelection] = reactive(ReaderSelection, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.briefing: Briefing | None = None
        self.quotes: list[Quote] = []  # the quotes of the article shown, in order
        self.order: list[int] = []  # the indexes of the documents as the article list shows them

    @property
    def host(self) -> ReaderHost:
        """The app, as far as the reader uses it."""
        return cast(ReaderHost, self.app)

    @property
    def document(self) -> Document | None:
        """The article shown now."""
        if self.briefing is None or not self.briefing.documents:
            return None
        return self.briefing.documents[min(self.document_index, len(self.briefing.documents) - 1)]

    @property
    def view(self) -> ArticleView:
        """The article view."""
        return self.query_one(ArticleView)

    @property
    def selected_actor(self) -> str | None:
        """The id of the selected actor, if any."""
        return self.selection.actor

    @property
    def current_quote(self) -> str | None:
        """The id of the current quote, if any."""
        return self.selection.quote

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id (None when there is none)."""
        if self.briefing is None or actor_id is None:
            return None
        return next((a for a in self.briefing.actors if a.id == actor_id), None)

    def marks_for(self, doc: Document) -> list[Mark]:
        """The highlights of ``doc`` for the selection: actors, quotes, the selected ones, search matches."""
        assert self.briefing is not None
        selection = self.selection
        marks = article_marks(self.briefing, doc.id, selection.actor, selection.quote)
        search = selection.search
        if search.finds_text:
            current = search.current
            here = (current.start, current.end) if current is not None and current.doc == doc.id else None
            marks += match_marks(doc, search.query, here)
        return marks

    def refresh_marks(self) -> None:
        """Mark the article again for the selection."""
        doc = self.document
        if doc is not None and self.briefing is not None:
            self.view.set_marks(self.marks_for(doc))

    def watch_selection(self, old: ReaderSelection, new: ReaderSelection) -> None:
        def marked(s: ReaderSelection) -> tuple[object, ...]:
            return s.actor, s.quote, s.search.query, s.search.kind, s.search.current

        if marked(old) != marked(new):
            self.refresh_marks()
