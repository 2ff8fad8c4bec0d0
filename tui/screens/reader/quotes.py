"""The reader's quotes: going to one, stepping through the article's quotes."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from ...widgets.selection import Subject, step_through
from .base import ReaderBase

QUOTE_KEYS: list[BindingType] = [
    Binding("}", "next_quote", "Next quote", id="reader.next_quote"),
    Binding("{", "previous_quote", "Previous quote", id="reader.previous_quote"),
    Binding(
        "v",
        "versions",
        "Versions",
        show=False,
        id="reader.versions",
        tooltip="every version of the current quote in other articles, side by side",
    ),
]


class QuoteActions(ReaderBase):
    """Go to a quote, step through the article's quotes."""

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

    def action_versions(self) -> None:
        """Show every version of the current quote (or the article's first) side by side."""
        quote = next((q for q in self.quotes if q.id == self.selection.quote), None) or next(iter(self.quotes), None)
        if quote is None or self.briefing is None:
            self.notify("No quote here to trace", severity="warning")
            return
        from ..provenance import ProvenanceScreen

        self.app.push_screen(ProvenanceScreen(self.briefing, quote))
