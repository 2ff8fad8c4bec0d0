"""The list of loaded articles: title, outlet, date and counts of actors and quotes, in a chosen order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Briefing, Document
from .styles import MUTED, counted

SortOrder = Literal["loaded", "date", "outlet", "title"]
SORT_ORDERS: tuple[SortOrder, ...] = ("loaded", "date", "outlet", "title")
SORT_NAMES: dict[SortOrder, str] = {
    "loaded": "as loaded",
    "date": "by date",
    "outlet": "by outlet",
    "title": "by title",
}


def sort_order(documents: Sequence[Document], by: SortOrder) -> list[int]:
    """The indexes of ``documents`` in the order to list them.

    ``date``: newest first; ``outlet`` and ``title``: alphabetically, ignoring case; articles without the
    fact go last, and ties keep the order they were loaded in.
    """
    indexes = list(range(len(documents)))
    if by == "date":  # (a reversed sort keeps ties in their order)
        dated = sorted(
            (i for i in indexes if documents[i].published), key=lambda i: documents[i].published or "", reverse=True
        )
        return dated + [i for i in indexes if not documents[i].published]
    if by == "outlet":
        return sorted(indexes, key=lambda i: (documents[i].outlet is None, (documents[i].outlet or "").casefold()))
    if by == "title":
        return sorted(indexes, key=lambda i: (documents[i].title or documents[i].path).casefold())
    return indexes


def article_prompt(number: int, doc: Document, actors: int, quotes: int) -> Content:
    """An article: its number and title, then outlet and date, then its counts on a line of their own."""
    parts: list[tuple[str, str]] = [(f"{number} ", MUTED), (doc.title or doc.path, "bold")]
    facts = " · ".join(f for f in (doc.outlet, doc.published) if f)
    if facts:
        parts.append(("\n" + facts, MUTED))
    parts.append((f"\n{counted(actors, 'actor')} · {counted(quotes, 'quote')}", MUTED))
    return Content.assemble(*parts)


class ArticleList(OptionList):
    """Selecting an option opens that article."""

    DEFAULT_CSS = """
    ArticleList { height: 1fr; border: none; scrollbar-gutter: stable; }
    """

    def show_briefing(self, briefing: Briefing, order: Sequence[int] | None = None) -> None:
        """List the documents of ``briefing`` with their counts, in ``order`` (indexes; default: as loaded)."""
        actors: dict[str, set[str]] = {d.id: set() for d in briefing.documents}
        for actor in briefing.actors:
            for m in actor.mentions:
                actors[m.doc].add(actor.id)
        quotes = {d.id: 0 for d in briefing.documents}
        for q in briefing.quotes:
            quotes[q.doc] += 1
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        docs = briefing.documents
        self.clear_options()
        self.add_options(
            Option(article_prompt(i + 1, docs[i], len(actors[docs[i].id]), quotes[docs[i].id]), id=docs[i].id)
            for i in (order if order is not None else range(len(docs)))
        )
        if docs:
            self.highlighted = next((n for n, o in enumerate(self.options) if o.id == highlighted), 0)
