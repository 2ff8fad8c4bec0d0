"""A palette provider over a list of commands whose titles may be any text.

Titles name articles, actors and themes, which come from files: they are
shown as plain text and highlighted by offsets (Textual's own highlighter
reads its candidate as markup). Help texts are fixed strings of ours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content


class Command(NamedTuple):
    """One entry of the palette."""

    title: str  # any text (never markup)
    run: Callable[[], object]
    help: str = ""  # a fixed text of ours (the palette reads it as markup)
    score: float | None = None  # a score of the provider's own for this query (None: fuzzy matching)


def highlighted(matcher: Matcher, title: str) -> Content:
    """``title`` as plain text, with the characters the query matched in the match style."""
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if score:
        for offset in offsets:
            if not title[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ListedCommands(Provider):
    """Subclasses list their commands for the screen the palette was opened on."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """The commands to offer (``query``: what has been typed, for providers that score it themselves)."""
        return ()

    async def discover(self) -> Hits:
        """Every command, before anything is typed."""
        for command in self.commands():
            yield DiscoveryHit(Content(command.title), command.run, text=command.title, help=command.help or None)

    async def search(self, query: str) -> Hits:
        """The commands that match ``query``, best first."""
        matcher = self.matcher(query)
        for command in self.commands(query):
            score = command.score if command.score is not None else matcher.match(command.title)
            if score > 0:
                display = highlighted(matcher, command.title)
                yield Hit(score, display, command.run, text=command.title, help=command.help or None)
