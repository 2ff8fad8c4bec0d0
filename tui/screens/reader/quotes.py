"""The reader's quotes: stepping through the article's quotes, the quote search and its results."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType

from ...widgets.selection import SearchCursor, Subject, step_through
from .base import ReaderBase

QUOTE_KEYS: list[BindingType] = [
    Binding("}", "next_quote", "Next quote", id="reader.next_quote"),
    Binding("{", "previous_quote", "Previous quote", id="reader.previous_quote"),
]

SEARCH_KEYS: list[BindingType] = [
    Binding(
        "slash",
        "search",
        "Search quotes",
        key_display="/",
        id="reader.search",
        tooltip="search every quote of every article",
    ),
    Binding("n", "next_result", "Next result", show=False, id="reader.next_result", tooltip="next quote search result"),
    Binding(
        "N",
        "previous_result",
        "Previous result",
        show=False,
        id="reader.previous_result",
        tooltip="previous quote search result",
    ),
]


class QuoteActions(ReaderBase):
    """Go to a quote, step through the article's quotes, search every quote and step through the results."""

    def go_to_quote(self, quote_id: str, subject: Subject = "quote") -> None:
        """Scroll to a quote of this article, mark it and say who said it."""
        quote = next((q for q in self.quotes if q.id == quote_id), None)
        if quote is None:
            return
        self.selection = self.selection.with_quote(quote.id, subject)
        self.view.scroll_to_offset(quote.start)

    def _step_quote(self, step: int) -> None:
        if not self.quotes:
            return
        self.go_to_quote(step_through([q.id for q in self.quotes], self.selection.quote, step))

    def action_next_quote(self) -> None:
        """Go to the next quote of this article."""
        self._step_quote(1)

    def action_previous_quote(self) -> None:
        """Go to the previous quote of this article."""
        self._step_quote(-1)

    # -- the quote search ---------------------------------------------------------------------
    def action_search(self) -> None:
        """Open the quote search."""
        if self.briefing is None or not self.briefing.quotes:
            self.notify("No quotes to search yet", severity="warning")
            return
        from ..search import SearchScreen

        self.app.push_screen(SearchScreen(self.briefing, self.selection.search.query), self._search_done)

    def _search_done(self, result: tuple[str, list[str], int] | None) -> None:
        if result is None:
            return
        query, results, position = result
        self.selection = replace(self.selection, search=SearchCursor(query, tuple(results), position))
        self._open_result()

    def _open_result(self) -> None:
        quote_id = self.selection.search.current
        if quote_id is None or self.briefing is None:
            return
        quote = next(q for q in self.briefing.quotes if q.id == quote_id)
        index = next(i for i, d in enumerate(self.briefing.documents) if d.id == quote.doc)
        if index != self.document_index:
            self.document_index = index
        self.go_to_quote(quote.id, subject="result")

    def _step_result(self, step: int) -> None:
        if self.selection.search.results:
            self.selection = replace(self.selection, search=self.selection.search.step(step))
            self._open_result()

    def action_next_result(self) -> None:
        """Open the next search result."""
        self._step_result(1)

    def action_previous_result(self) -> None:
        """Open the previous search result."""
        self._step_result(-1)
