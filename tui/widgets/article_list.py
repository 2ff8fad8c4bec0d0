"""The list of loaded articles: title, outlet, date and counts of actors and quotes."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Briefing, Document
from .styles import MUTED, counted


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

    def show_briefing(self, briefing: Briefing) -> None:
        """List the documents of ``briefing`` with their counts."""
        actors: dict[str, set[str]] = {d.id: set() for d in briefing.documents}
        for actor in briefing.actors:
            for m in actor.mentions:
                actors[m.doc].add(actor.id)
        quotes = {d.id: 0 for d in briefing.documents}
        for q in briefing.quotes:
            quotes[q.doc] += 1
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(
            Option(article_prompt(n, d, len(actors[d.id]), quotes[d.id]), id=d.id)
            for n, d in enumerate(briefing.documents, 1)
        )
        if briefing.documents:
            self.highlighted = highlighted if highlighted is not None else 0
