"""Palette commands for the article's links: open any of them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


class OpenLink(ListedCommands):
    """'Open link: the words → the address' for every link of the article shown."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """One command per link, in the text's order."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.document is None:
            return
        doc = screen.document
        for link in doc.links:
            words = " ".join(doc.text[link.start : link.end].split())[:60]
            yield Command(
                f"Open link: {words} \u2192 {link.url[:100]}",
                partial(screen.open_link, link.url),
                "Open it with the system's opener",
            )
