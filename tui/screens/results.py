"""A search screen: type, see the results ranked as you type, enter opens one, escape closes.

The quote search and the text search are both this screen with their own
``search``; each dismisses with a ``SearchCursor`` (the query, every
result, the one chosen) that the reader keeps for n and N.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..widgets.selection import SearchCursor, SearchKind, Spot
from ..widgets.styles import MUTED


class ResultsScreen(ModalScreen[SearchCursor | None]):
    """Subclasses say what a query finds (``search``) and how to count it (``count_text``)."""

    KIND: ClassVar[SearchKind] = "quotes"
    PLACEHOLDER: ClassVar[str] = "Search\u2026"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", id="search.close", tooltip="close the search"),
        Binding("down", "cursor(1)", "Next", show=False, id="search.down", tooltip="highlight the next result"),
        Binding("up", "cursor(-1)", "Previous", show=False, id="search.up", tooltip="highlight the previous result"),
    ]

    DEFAULT_CSS = """
    ResultsScreen { align: center top; }
    ResultsScreen > Vertical { width: 90%; max-width: 120; height: 80%; margin-top: 2; border: round $primary;
                               background: $surface; }
    ResultsScreen Input, ResultsScreen Input:focus { border: none; background: $panel; }
    ResultsScreen #count { height: 1; padding: 0 1; color: $text-muted; }
    ResultsScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query
        self.spots: list[Spot] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(value=self.query_text, placeholder=self.PLACEHOLDER, id="query")
            yield Static("", id="count")
            yield OptionList(id="results")

    def on_mount(self) -> None:
        self._update(self.query_text)
        self.query_one(Input).focus()

    def search(self, query: str) -> tuple[list[Spot], list[Content]]:
        """The results of ``query`` (best or first first) and the entries listed for them (maybe fewer)."""
        return [], []

    def count_text(self, query: str, found: int) -> str:
        """'3 of 40 quotes' above the results."""
        return f"{found} results"

    def _update(self, query: str) -> None:
        self.query_text = query
        self.spots, prompts = self.search(query)
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(Option(prompt) for prompt in prompts)
        if prompts:
            results.highlighted = 0
        count = self.count_text(query, len(self.spots))
        self.query_one("#count", Static).update(Content.styled(count + " · enter opens · esc closes", MUTED))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._open(self.query_one(OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option_index)

    def _open(self, index: int | None) -> None:
        if index is None or not self.spots:
            return
        self.dismiss(SearchCursor(self.query_text, tuple(self.spots), index, self.KIND))

    def action_cursor(self, step: int) -> None:
        """Move the highlight in the results."""
        results = self.query_one(OptionList)
        if results.option_count:
            current = results.highlighted if results.highlighted is not None else -step
            results.highlighted = max(0, min(results.option_count - 1, current + step))

    def action_close(self) -> None:
        """Close without opening a result."""
        self.dismiss(None)
