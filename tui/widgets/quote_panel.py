"""The quotes of the current article, each with its speaker."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..core.model import Briefing, Quote
from .selection import ReaderSelection
from .styles import MUTED


def quote_prompt(quote: Quote, speaker: str | None) -> Content:
    """The quoted words (shortened) and who said them."""
    words = " ".join(quote.text.split())
    if len(words) > 90:
        words = words[:87].rstrip() + "\u2026"
    return Content.assemble(
        ("\u201c" + words + "\u201d", "italic"),
        ("\n\u2014 " + (speaker or "unattributed"), "bold" if speaker else MUTED),
    )


class QuotePanel(OptionList):
    """Selecting a quote scrolls the article to it; the current quote is highlighted."""

    DEFAULT_CSS = """
    QuotePanel { height: 1fr; border: none; scrollbar-gutter: stable; }
    """

    selection: reactive[ReaderSelection] = reactive(ReaderSelection, init=False)

    def show_quotes(self, briefing: Briefing, doc_id: str | None) -> list[Quote]:
        """List the quotes of ``doc_id``; returns them in order."""
        names = {a.id: a.name for a in briefing.actors}
        quotes = [q for q in briefing.quotes if q.doc == doc_id]
        self.clear_options()
        self.add_options(Option(quote_prompt(q, names.get(q.speaker or "")), id=q.id) for q in quotes)
        return quotes

    def watch_selection(self, selection: ReaderSelection) -> None:
        """Highlight the current quote (the highlight stays when the quote is cleared)."""
        if selection.quote is None:
            return
        try:
            index = self.get_option_index(selection.quote)
        except OptionDoesNotExist:  # a quote of another article
            return
        if self.highlighted != index:
            self.highlighted = index
