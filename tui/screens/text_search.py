"""Text search as you type: the words of every article, each match shown in its sentence, the words marked."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content

from ..core.find import MIN_QUERY, find_in_documents, normalise_query, sentence_around
from ..core.model import Briefing
from ..widgets.selection import Spot
from ..widgets.styles import MUTED
from .results import ResultsScreen

SHOWN = 300  # results listed (n and N step through all of them)
CONTEXT = 70  # characters of the sentence on each side of a match


class TextSearchScreen(ResultsScreen):
    """Type words; every article's matches are listed in order; enter opens one, marked, with the others."""

    KIND = "text"
    PLACEHOLDER = "Search the text of every article\u2026"
    HELP_GROUPS: ClassVar[list[tuple[str, list[BindingType]]]] = [("Text search", ResultsScreen.BINDINGS)]

    def __init__(self, briefing: Briefing, query: str = "") -> None:
        self.briefing = briefing
        self.titles = {d.id: (n, d.title or d.path) for n, d in enumerate(briefing.documents, 1)}
        super().__init__(query)

    def _prompt(self, spot: Spot) -> Content:
        """The match in its sentence, the words marked, then the article's number and title."""
        doc = self.briefing.document(spot.doc)
        sentence = sentence_around(doc, spot.start)
        text = doc.text
        start, end = max(sentence.start, spot.start - CONTEXT), min(sentence.end, spot.end + CONTEXT)
        if start > sentence.start:  # begin and end the excerpt at whole words
            start = next((i + 1 for i in range(start, spot.start) if text[i].isspace()), start)
        if end < sentence.end:
            end = next((i for i in range(end, spot.end, -1) if text[i].isspace()), end)
        before = ("\u2026" if start > sentence.start else "") + " ".join(text[start : spot.start].split())
        after = " ".join(text[spot.end : end].split()) + ("\u2026" if end < sentence.end else "")
        before += " " if before and text[spot.start - 1].isspace() else ""
        after = (" " if after and text[spot.end : spot.end + 1].isspace() else "") + after
        number, title = self.titles[spot.doc]
        return Content.assemble(
            before,
            (" ".join(text[spot.start : spot.end].split()), "bold reverse"),
            after,
            (f"\n   {number} {title[:70]}", MUTED),
        )

    def search(self, query: str) -> tuple[list[Spot], list[Content]]:
        """Every match of the words, article by article, in the text's order (the first ``SHOWN`` listed)."""
        spots = [Spot(f.doc, f.start, f.end) for f in find_in_documents(self.briefing.documents, query)]
        return spots, [self._prompt(spot) for spot in spots[:SHOWN]]

    def count_text(self, query: str, found: int) -> str:
        """'12 matches in 3 articles'."""
        if len(normalise_query(query)) < MIN_QUERY:
            return f"type at least {MIN_QUERY} letters"
        articles = len({spot.doc for spot in self.spots}) if self.spots else 0
        return f"{found} match{'es' if found != 1 else ''} in {articles} article{'s' if articles != 1 else ''}"
