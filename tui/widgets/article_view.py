"""The article body: the text view with the article's highlights, the reading keys and the pointer.

The highlights are component classes, so themes recolour them; the view
says what is under the pointer and what was clicked, and when it scrolls.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message

from .marks import CURRENT_MATCH, HEADLINE, LINK, MATCH, Mark
from .text_view import TextView


class ArticleView(TextView, can_focus=True):
    """Shows one document with its actors and quotes highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        HEADLINE,
        "article-view--person",
        "article-view--organization",
        "article-view--country",
        "article-view--quote",
        "article-view--selected",
        "article-view--current",
        "article-view--shared",
        "article-view--changed",
        "article-view--only-here",
        "article-view--differs",
        LINK,
        MATCH,
        CURRENT_MATCH,
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 2;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    ArticleView > .article-view--headline { text-style: bold; }
    ArticleView > .article-view--person { color: $person; text-style: bold; }
    ArticleView > .article-view--organization { color: $organization; text-style: underline; }
    ArticleView > .article-view--country { color: $country; text-style: italic; }
    ArticleView > .article-view--quote { color: $quote; text-style: italic; }
    ArticleView > .article-view--selected { color: $selected-mention-text; background: $selected-mention; text-style: bold; }
    ArticleView > .article-view--current { background: $current-quote; text-style: bold; }
    ArticleView > .article-view--shared { background: $shared-passage; }
    ArticleView > .article-view--changed { text-style: bold underline; color: $changed-words; }
    ArticleView > .article-view--only-here { color: $text-muted; }
    ArticleView > .article-view--differs { color: $differs; text-style: bold reverse; }
    ArticleView > .article-view--link { color: $link; text-style: underline; }
    ArticleView > .article-view--match { color: $find-match-text; background: $find-match; }
    ArticleView > .article-view--current-match { color: $find-current-text; background: $find-current; text-style: bold; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down", tooltip="scroll down a line"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up", tooltip="scroll up a line"),
        Binding(
            "space,pagedown", "page_down", "Page down", show=False, id="article.page_down", tooltip="scroll down a page"
        ),
        Binding("b,pageup", "page_up", "Page up", show=False, id="article.page_up", tooltip="scroll up a page"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top", tooltip="go to the top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom", tooltip="go to the bottom"),
    ]

    class Hovered(Message):
        """The pointer is over a highlighted range (or left it: ``marks`` empty)."""

        def __init__(self, view: ArticleView, marks: tuple[Mark, ...]) -> None:
            super().__init__()
            self.view = view
            self.marks = marks

    class Scrolled(Message):
        """The view scrolled vertically (for keeping another view in step)."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

    class Clicked(Message):
        """A highlighted range was clicked, at text ``offset``."""

        def __init__(self, view: ArticleView, marks: tuple[Mark, ...], offset: int) -> None:
            super().__init__()
            self.view = view
            self.marks = marks
            self.offset = offset

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._hovered: tuple[Mark, ...] = ()
        self.pointer_offset: int | None = None  # the text offset under the mouse pointer

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = self.offset_at(event.x - self.gutter.left, event.y - self.gutter.top)
        self.pointer_offset = offset
        marks = self.marks_at(offset) if offset is not None else ()
        if marks != self._hovered:
            self._hovered = marks
            self.post_message(self.Hovered(self, marks))

    def on_leave(self, event: events.Leave) -> None:
        self.pointer_offset = None

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x - self.gutter.left, event.y - self.gutter.top)
        if offset is not None:
            marks = self.marks_at(offset)
            if marks:
                self.post_message(self.Clicked(self, marks, offset))
