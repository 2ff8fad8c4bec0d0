"""Palette commands that copy to the clipboard: the quote or passage with its sources, the article, its reference.

The quote and the passage are copied by the screen's own actions (``y``, ``Y``), so the palette and the keys
give the same citation.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..export.cite import reference
from ..screens.compare import CompareScreen
from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


class CopyCommands(ListedCommands):
    """Copy what the reader or the split view shows, as plain text with its sources."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The copy commands of the screen the palette was opened on."""
        screen = self.screen
        if isinstance(screen, CompareScreen):
            if screen.current_pair() is not None:
                yield Command(
                    "Copy shared passage with both sources",
                    screen.action_copy_pair,
                    "The current pair (Y): each passage with its outlet, date and title",
                )
            return
        if not isinstance(screen, ReaderScreen) or screen.briefing is None or screen.document is None:
            return
        doc = screen.document
        if screen.current_quote is not None:
            yield Command(
                "Copy quote with its speaker and source",
                screen.action_copy_quote,
                "The current quote (y): “…” — speaker, outlet, date (title)",
            )
        yield Command(
            "Copy passage with its sources",
            screen.action_copy_passage,
            "The passage at the cursor (Y), and what other sources say of it",
        )
        yield Command(
            "Copy article text", lambda: screen.copy_cited(doc.text, "the article's text"), "The whole body text"
        )
        yield Command(
            "Copy article reference",
            lambda: screen.copy_cited(reference(doc), "the reference"),
            "Title, outlet, date, file",
        )
