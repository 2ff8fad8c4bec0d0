"""Palette commands for articles: go to one (any number, by number or title), compare with one."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from ..core.model import Document
from ..screens.reader import ReaderScreen
from .base import Command, ListedCommands


def article_title(number: int, doc: Document) -> str:
    """'3 Port strike ends (The Harbour Times)'."""
    title = " ".join((doc.title or doc.path).split())
    return f"{number} {title}" + (f" ({doc.outlet})" if doc.outlet else "")


def _number_score(query: str, number: int) -> float | None:
    """A typed number picks its article first; None: match the title."""
    typed = query.strip().lstrip("#")
    if not typed.isdigit():
        return None
    return 1.0 if int(typed) == number else (0.5 if str(number).startswith(typed) else 0.0)


class GoToArticle(ListedCommands):
    """'Go to article: N title' for every article (the reader's ``:`` opens the palette with these alone)."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """One command per article."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.briefing is None:
            return
        for number, doc in enumerate(screen.briefing.documents, 1):
            yield Command(
                f"Go to article: {article_title(number, doc)}",
                partial(screen.action_open_article, number),
                "Open this article",
                _number_score(query, number),
            )


class CompareWith(ListedCommands):
    """'Compare with: N title': the split view of the article shown and another."""

    def commands(self, query: str = "") -> Iterable[Command]:
        """One command per other article, once the shared passages are known."""
        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.briefing is None or screen.document is None:
            return
        here = screen.document
        for number, doc in enumerate(screen.briefing.documents, 1):
            if doc.id != here.id:
                yield Command(
                    f"Compare with: {article_title(number, doc)}",
                    partial(screen.compare_with, number - 1),
                    "Open the split view: the article shown beside this one",
                    _number_score(query, number),
                )
