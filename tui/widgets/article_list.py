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


HEADING_LENGTH = 48  # characters of a story's title in its heading


def by_story(briefing: Briefing, order: Sequence[int]) -> list[list[int]]:
    """``order`` (document indexes) grouped by story: each story where its first article comes, its articles
    in ``order`` (an article no story holds is a story of its own)."""
    story_of = {doc: n for n, story in enumerate(briefing.stories) for doc in story.documents}
    groups: dict[object, list[int]] = {}
    for i in order:
        doc = briefing.documents[i].id
        groups.setdefault(story_of.get(doc, doc), []).append(i)
    return list(groups.values())


def story_heading(briefing: Briefing, members: Sequence[int]) -> Content:
    """The heading of a story in the list: its title (the article's own, for one alone) and how many articles."""
    doc = briefing.documents[members[0]]
    story = next((s for s in briefing.stories if doc.id in s.documents), None)
    title = (story.title if story else "") or doc.title or doc.path
    if len(title) > HEADING_LENGTH:  # a heading stays short beside the articles' own titles
        title = title[: HEADING_LENGTH - 1].rsplit(" ", 1)[0] + "\u2026"
    return Content.assemble(("\u258d", MUTED), (title, "bold italic"), (f"  {counted(len(members), 'article')}", MUTED))


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
    ArticleList > .option-list--option-disabled { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.positions: dict[int, int] = {}  # document index -> option index
        self.indexes: dict[int, int] = {}  # option index -> document index

    def show_briefing(self, briefing: Briefing, order: Sequence[int] | None = None) -> None:
        """List the documents of ``briefing`` with their counts, in ``order`` (indexes; default: as loaded),
        under a heading per story when they report more than one."""
        actors: dict[str, set[str]] = {d.id: set() for d in briefing.documents}
        for actor in briefing.actors:
            for m in actor.mentions:
                actors[m.doc].add(actor.id)
        quotes = {d.id: 0 for d in briefing.documents}
        for q in briefing.quotes:
            quotes[q.doc] += 1
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        docs = briefing.documents
        groups = by_story(briefing, order if order is not None else range(len(docs)))
        options: list[Option] = []
        self.positions = {}
        for members in groups:
            if len(groups) > 1:
                options.append(Option(story_heading(briefing, members), disabled=True))
            for i in members:
                self.positions[i] = len(options)
                options.append(
                    Option(article_prompt(i + 1, docs[i], len(actors[docs[i].id]), quotes[docs[i].id]), id=docs[i].id)
                )
        self.indexes = {position: i for i, position in self.positions.items()}
        self.clear_options()
        self.add_options(options)
        if docs:
            self.highlighted = next(
                (n for n, o in enumerate(self.options) if o.id == highlighted), min(self.indexes, default=0)
            )

    def show_index(self, index: int) -> None:
        """Highlight the article of document index ``index``."""
        position = self.positions.get(index)
        if position is not None and self.highlighted != position:
            self.highlighted = position
