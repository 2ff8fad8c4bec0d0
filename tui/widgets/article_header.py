"""The header of the article pane: title, then outlet, author and date."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..core.model import Document


def header_text(doc: Document | None, note: str = "") -> Text:
    """Title in bold, then the facts the article gives about itself."""
    if doc is None:
        return Text(note or "No article", style="dim")
    text = Text(doc.title or doc.path, style="bold")
    facts = [f for f in (doc.outlet, f"by {doc.author}" if doc.author else None, doc.published) if f]
    text.append("\n" + (" · ".join(facts) if facts else doc.path), style="dim")
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
