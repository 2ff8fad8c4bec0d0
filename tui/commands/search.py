"""Palette commands for searching: every quote, and more as the searches grow."""

from __future__ import annotations

from collections.abc import Iterable

from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


class SearchCommands(ListedCommands):
    """Open the quote search."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The searches the reader offers."""
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            yield Command("Search quotes\u2026", screen.action_search, "Search every quote of every article")
