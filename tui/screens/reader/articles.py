"""The reader's articles: the next, the previous or the Nth, and the split view from here."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from ...opening import Stage
from .base import ReaderBase

ARTICLE_KEYS: list[BindingType] = [
    Binding("]", "next_article", "Next article", id="reader.next_article"),
    Binding("[", "previous_article", "Previous article", id="reader.previous_article"),
    *[
        Binding(str(n), f"open_article({n})", f"Article {n}", show=False, id=f"reader.article_{n}")
        for n in range(1, 10)
    ],
    Binding(
        "colon",
        "app.go_to_article",
        "Go to",
        key_display=":",
        show=False,
        id="reader.go_to",
        tooltip="go to an article by number or title",
    ),
]

COMPARE_KEYS: list[BindingType] = [
    Binding(
        "c",
        "compare",
        "Compare",
        id="reader.compare",
        tooltip="split view: this article beside another, shared passages aligned",
    ),
]


class ArticleActions(ReaderBase):
    """Open another article; compare this one with the next."""

    def _count(self) -> int:
        return len(self.briefing.documents) if self.briefing else 0

    def action_next_article(self) -> None:
        """Open the next article."""
        if self._count():
            self.document_index = (self.document_index + 1) % self._count()

    def action_previous_article(self) -> None:
        """Open the previous article."""
        if self._count():
            self.document_index = (self.document_index - 1) % self._count()

    def action_open_article(self, number: int) -> None:
        """Open article ``number`` (1-based)."""
        if 1 <= number <= self._count():
            self.document_index = number - 1

    def action_compare(self) -> None:
        """Open the split view on this article and the next one."""
        self.compare_with(None)

    def compare_with(self, other: int | None) -> None:
        """Open the split view on this article and article index ``other`` (None: the next one)."""
        if self.briefing is None or len(self.briefing.documents) < 2:
            self.notify("The split view needs two articles", severity="warning")
            return
        if self.host.phase.stage is not Stage.READY:
            self.notify("Still finding the shared passages; try again in a moment")
            return
        from ..compare import CompareScreen

        self.app.push_screen(CompareScreen(self.briefing, self.document_index, other))
