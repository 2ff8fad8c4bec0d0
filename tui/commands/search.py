"""Palette commands for searching: every quote, the text of every article, this article."""

from __future__ import annotations

from collections.abc import Iterable

from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


class SearchCommands(ListedCommands):
    """Open a search."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The searches the reader offers."""
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            yield Command("Search quotes\u2026", screen.action_search, "Search every quote of every article")
            yield Command("Search all articles\u2026", screen.action_search_text, "Search the text of every article")
            yield Command("Find in article\u2026", screen.action_find, "Find words in the article shown")
