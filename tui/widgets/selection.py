"""What the reader has selected: an actor, a quote, a mention, a place in the search results.

One frozen value that the reader screen holds in a reactive attribute: an
action makes a new value, and the widgets that show the selection (the info
line, the quote panel, the article's marks) update from it. ``subject`` says
what the info line speaks of: the last thing the reader chose or pointed at.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Subject = Literal["summary", "actor", "quote", "result", "match", "hovered-actor", "hovered-quote", "hovered-link"]
SearchKind = Literal[
    "quotes", "text", "find", "facts"
]  # every quote; every article's text; this article's; a fact table


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a search result is: a range of one document's text (and the quote, for a quote search)."""

    doc: str
    start: int
    end: int
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class SearchCursor:
    """The results of the last search (of quotes, of every article's text, or of this article) and the one open."""

    query: str = ""
    results: tuple[Spot, ...] = ()  # best first (quotes) or in text order
    position: int = -1
    kind: SearchKind = "quotes"

    @property
    def current(self) -> Spot | None:
        """The open result, if any."""
        return self.results[self.position % len(self.results)] if self.results and self.position >= 0 else None

    @property
    def finds_text(self) -> bool:
        """Whether the query's matches are marked in the text (a text search or a find in the article)."""
        return self.kind in ("text", "find") and bool(self.query)

    def step(self, step: int) -> SearchCursor:
        """The cursor moved ``step`` results on (wrapping round)."""
        if not self.results:
            return self
        return replace(self, position=(self.position + step) % len(self.results))


@dataclass(frozen=True, slots=True)
class ReaderSelection:
    """The selected actor, the current quote, the mention shown and the search cursor."""

    actor: str | None = None
    quote: str | None = None
    mention: int | None = None  # index of the selected actor's mention shown, among its mentions here
    search: SearchCursor = field(default_factory=SearchCursor)
    subject: Subject = "summary"
    hovered: str | None = None  # the actor, quote or link (its url) under the pointer, for the hovered-* subjects

    def with_actor(self, actor: str | None) -> ReaderSelection:
        """The selection with ``actor`` selected (None: no actor); the info line speaks of it."""
        return replace(self, actor=actor, subject="actor" if actor is not None else "summary")

    def with_quote(self, quote: str | None, subject: Subject = "quote") -> ReaderSelection:
        """The selection with ``quote`` current; the info line speaks of it."""
        return replace(self, quote=quote, subject=subject if quote is not None else "summary")

    def hovering(self, subject: Subject, key: str) -> ReaderSelection:
        """The selection with the pointer over an actor or a quote."""
        return replace(self, subject=subject, hovered=key)

    def for_new_article(self) -> ReaderSelection:
        """What stays selected when another article opens: the actor (from its first mention there) and the search."""
        return replace(self, quote=None, mention=None, subject="summary", hovered=None)


def step_through(keys: list[str], current: str | None, step: int) -> str:
    """The key ``step`` places after ``current`` in ``keys``, wrapping round; from outside, the first or the last."""
    if current in keys:
        return keys[(keys.index(current) + step) % len(keys)]
    return keys[0] if step > 0 else keys[-1]
