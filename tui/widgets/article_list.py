"""The list of loaded articles: title, outlet, date and counts of actors and quotes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..core.model import Briefing, Document


def article_prompt(number: int, doc: Document, actors: int, quotes: int) -> Text:
    """Two lines for an article: its number and title, then outlet, date and counts."""
    title = Text(f"{number} ", style="dim")
    title.append(doc.title or doc.path, style="bold")
    facts = " · ".join(f for f in (doc.outlet, doc.published) if f)
    counts = f"{actors} actors · {quotes} quotes"
    title.append("\n")
    title.append(f"{facts} · {counts}" if facts else counts, style="dim")
    return title


class ArticleList(OptionList):
    """Selecting an option opens that article."""

    DEFAULT_CSS = """
    ArticleList { height: 1fr; border: none; }
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
