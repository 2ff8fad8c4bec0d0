"""The header of the article pane: outlet, author and date (and the title when the text has no headline)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ..core.model import Document
from .styles import MUTED


def header_text(doc: Document | None, note: str = "") -> Content:
    """The facts the article gives about itself; the title in bold first when the text does not begin with it
    (a headline is the first paragraph of the article view, with its highlights)."""
    if doc is None:
        return Content.styled(note or "No article", MUTED)
    facts = [f for f in (doc.outlet, f"by {doc.author}" if doc.author else None, doc.published) if f]
    parts: list[tuple[str, str]] = [(" · ".join(facts) or doc.path, MUTED)]
    if doc.headline is None:
        parts = [(doc.title or doc.path, "bold"), ("\n" + (" · ".join(facts) or doc.path), MUTED)]
    if note:
        parts.append(("  " + note, f"{MUTED} italic"))
    return Content.assemble(*parts)


class ArticleHeader(Static):
    """Shows the current article's metadata (never parsed as markup)."""

    DEFAULT_CSS = """
    ArticleHeader { height: auto; padding: 0 2; background: $panel; }
    """

    def show(self, doc: Document | None, note: str = "") -> None:
        """Show ``doc``'s metadata."""
        self.update(header_text(doc, note))
