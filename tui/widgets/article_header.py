"""The header of the article pane: outlet, author and date (and the title when the text has no headline)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..core.model import Document


def header_text(doc: Document | None, note: str = "") -> Text:
    """The facts the article gives about itself; the title in bold first when the text does not begin with it."""
    if doc is None:
        return Text(note or "No article", style="dim")
    facts = [f for f in (doc.outlet, f"by {doc.author}" if doc.author else None, doc.published) if f]
    text = Text(" · ".join(facts) if facts else doc.path, style="dim")
    if doc.headline is None:  # (a headline is the first paragraph of the article view, with its highlights)
        text = Text(doc.title or doc.path, style="bold").append("\n").append_text(text)
    if note:
        text.append("  " + note, style="dim italic")
    return text


class ArticleHeader(Static):
    """Shows the current article's metadata (never parsed as markup)."""

    DEFAULT_CSS = """
    ArticleHeader { height: auto; padding: 0 2; background: $panel; }
    """

    def show(self, doc: Document | None, note: str = "") -> None:
        """Show ``doc``'s metadata."""
        self.update(header_text(doc, note))
