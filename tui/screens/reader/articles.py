"""The reader's articles: the next, the previous or the Nth, and the split view from here."""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.content import Content

from ...opening import Stage
from ...widgets.article_list import SORT_NAMES, SORT_ORDERS, ArticleList, SortOrder, by_story, sort_order
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

SORT_KEYS: list[BindingType] = [
    Binding(
        "s",
        "sort",
        "Sort",
        show=False,
        id="reader.sort",
        tooltip="sort the article list: as loaded, by date, by outlet, by title",
    ),
]

COMPARE_KEYS: list[BindingType] = [
    Binding(
        "c",
        "compare",
        "Compare",
        id="reader.compare",
        tooltip="split view: this article beside the one of its story that shares most with it",
    ),
    Binding(
        "f",
        "facts",
        "Facts",
        id="reader.facts",
        tooltip="the fact table of this article's story: what each source reports, where they differ",
    ),
]


class ArticleActions(ReaderBase):
    """Open another article; compare this one with the next."""

    def _count(self) -> int:
        return len(self.briefing.documents) if self.briefing else 0

    def _step_article(self, step: int) -> None:
        """Open the article ``step`` places on in the list's order."""
        if self._count() and len(self.order) == self._count():
            position = self.order.index(self.document_index)
            self.document_index = self.order[(position + step) % len(self.order)]

    def action_next_article(self) -> None:
        """Open the next article in the list."""
        self._step_article(1)

    def action_previous_article(self) -> None:
        """Open the previous article in the list."""
        self._step_article(-1)

    # -- the list's order ------------------------------------------------------------------
    @property
    def sort_key(self) -> SortOrder:
        """How the article list is sorted (remembered between runs)."""
        key = self.host.state.setting("sort", "loaded")
        return key if key in SORT_ORDERS else "loaded"

    def list_articles(self) -> None:
        """List the articles in the chosen order, the one shown highlighted."""
        if self.briefing is None:
            return
        by = self.sort_key
        self.order = [i for group in by_story(self.briefing, sort_order(self.briefing.documents, by)) for i in group]
        article_list = self.query_one(ArticleList)
        article_list.show_briefing(self.briefing, self.order)
        article_list.show_index(self.document_index)
        article_list.border_title = Content(articles_title(by))

    def action_sort(self) -> None:
        """Sort the article list the next way: as loaded, by date, by outlet, by title."""
        self.sort_by(SORT_ORDERS[(SORT_ORDERS.index(self.sort_key) + 1) % len(SORT_ORDERS)])

    def sort_by(self, key: SortOrder) -> None:
        """Sort the article list by ``key`` (remembered)."""
        self.host.state.save_setting("sort", key)
        self.list_articles()
        self.notify(f"Articles {SORT_NAMES[key]}", timeout=2)

    def action_open_article(self, number: int) -> None:
        """Open article ``number`` (1-based)."""
        if 1 <= number <= self._count():
            self.document_index = number - 1

    def action_compare(self) -> None:
        """Open the split view on this article and the article of its story that shares most with it."""
        self.compare_with(None)

    def compare_with(self, other: int | None) -> None:
        """Open the split view on this article and article index ``other`` (None: its story's best counterpart)."""
        if self.briefing is None or len(self.briefing.documents) < 2:
            self.notify("The split view needs two articles", severity="warning")
            return
        if self.host.phase.stage is not Stage.READY:
            self.notify("Still finding the shared passages; try again in a moment")
            return
        from ...core.compare import counterparts
        from ..compare import CompareScreen

        if other is None:
            doc = self.briefing.documents[self.document_index]
            partners = counterparts(self.briefing, doc.id)
            if not partners:
                self.notify("No other article reports this story: it is alone in its story", timeout=4)
                return
            other = next(i for i, d in enumerate(self.briefing.documents) if d.id == partners[0][0])
        self.app.push_screen(CompareScreen(self.briefing, self.document_index, other))


def articles_title(by: SortOrder) -> str:
    """The article list's title when it is sorted ``by``."""
    return "ARTICLES" + ("" if by == "loaded" else f" \u00b7 {SORT_NAMES[by]}")
