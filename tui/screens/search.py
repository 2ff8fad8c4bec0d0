"""Quote search as you type: every quote of every article, ranked, with who carried it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content

from ..core.model import Briefing
from ..core.search import Echo, Hit, QuoteIndex, quote_echoes
from ..widgets.selection import Spot
from ..widgets.styles import MUTED, shorten
from .results import ResultsScreen


def echo_note(echoes: list[Echo]) -> str:
    """'also in 2 other articles (verbatim, trimmed)'; '' when no other article has it."""
    docs = {e.doc for e in echoes}
    if not docs:
        return "only in this article"
    kinds = ", ".join(sorted({e.relation for e in echoes}))
    return f"also in {len(docs)} other article{'s' if len(docs) != 1 else ''} ({kinds})"


class SearchScreen(ResultsScreen):
    """Type to search quotes and speakers; enter opens the highlighted quote in its article; escape closes."""

    KIND = "quotes"
    PLACEHOLDER = "Search quotes and speakers\u2026"
    HELP_GROUPS: ClassVar[list[tuple[str, list[BindingType]]]] = [("Quote search", ResultsScreen.BINDINGS)]

    def __init__(self, briefing: Briefing, query: str = "") -> None:
        self.briefing = briefing
        self.index = QuoteIndex(briefing)
        self.echoes = quote_echoes(briefing)
        self.titles = {d.id: (n, d.title or d.path) for n, d in enumerate(briefing.documents, 1)}
        self.names = {a.id: a.name for a in briefing.actors}
        self.hits: list[Hit] = []
        super().__init__(query)

    def _prompt(self, hit: Hit) -> Content:
        quote = hit.quote
        number, title = self.titles[quote.doc]
        return Content.assemble(
            ("\u201c" + shorten(quote.text, 158) + "\u201d", "italic"),
            ("\n\u2014 " + self.names.get(quote.speaker or "", "unattributed"), "bold"),
            (f"  ·  {number} {title[:60]}", MUTED),
            ("\n   " + echo_note(self.echoes.get(quote.id, [])), MUTED),
        )

    def search(self, query: str) -> tuple[list[Spot], list[Content]]:
        """Every quote that matches, best first."""
        self.hits = self.index.search(query)
        spots = [Spot(h.quote.doc, h.quote.start, h.quote.end, h.quote.id) for h in self.hits]
        return spots, [self._prompt(h) for h in self.hits]

    def count_text(self, query: str, found: int) -> str:
        """'3 of 13 quotes', or 'all 13 quotes' before anything is typed."""
        total = len(self.index.quotes)
        return f"{found} of {total} quotes" if query.strip() else f"all {total} quotes"
