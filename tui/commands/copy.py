"""Palette commands that copy to the clipboard: the current quote with who said it, the article, its reference."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.model import Briefing, Document, Quote
from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


def reference(doc: Document) -> str:
    """'Title. Outlet, by Author, 2026-02-05. (path)' for citing an article."""
    facts = ", ".join(f for f in (doc.outlet, f"by {doc.author}" if doc.author else None, doc.published) if f)
    title = " ".join((doc.title or doc.path).split())
    return f"{title}." + (f" {facts}." if facts else "") + f" ({doc.path})"


def quote_citation(briefing: Briefing, quote: Quote) -> str:
    """'“...” — Speaker, in Title. Outlet, 2026-02-05. (path)'."""
    speaker = next((a.name for a in briefing.actors if a.id == quote.speaker), "unattributed")
    words = " ".join(quote.text.split())
    return f"\u201c{words}\u201d \u2014 {speaker}, in {reference(briefing.document(quote.doc))}"


class CopyCommands(ListedCommands):
    """Copy what the reader shows, as plain text."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The copy commands of the reader."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.briefing is None or screen.document is None:
            return
        briefing, doc = screen.briefing, screen.document
        quote = next((q for q in briefing.quotes if q.id == screen.current_quote), None)
        if quote is not None:
            yield Command(
                "Copy quote with its speaker and source",
                lambda: self._copy(quote_citation(briefing, quote), "the quote"),
                "The current quote, who said it and where",
            )
        yield Command("Copy article text", lambda: self._copy(doc.text, "the article's text"), "The whole body text")
        yield Command(
            "Copy article reference", lambda: self._copy(reference(doc), "the reference"), "Title, outlet, date, file"
        )

    def _copy(self, text: str, what: str) -> None:
        self.app.copy_to_clipboard(text)
        self.app.notify(f"Copied {what}", timeout=3)
