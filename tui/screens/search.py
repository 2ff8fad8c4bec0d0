"""Quote search as you type: every quote of every article, ranked, with who carried it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..core.model import Briefing
from ..core.search import Echo, Hit, QuoteIndex, quote_echoes
from ..widgets.styles import MUTED, shorten


def echo_note(echoes: list[Echo]) -> str:
    """'also in 2 other articles (verbatim, trimmed)'; '' when no other article has it."""
    docs = {e.doc for e in echoes}
    if not docs:
        return "only in this article"
    kinds = ", ".join(sorted({e.relation for e in echoes}))
    return f"also in {len(docs)} other article{'s' if len(docs) != 1 else ''} ({kinds})"


class SearchScreen(ModalScreen[tuple[str, list[str], int] | None]):
    """Type to search; enter opens the highlighted quote in its article; escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", id="search.close", tooltip="close the search"),
        Binding("down", "cursor(1)", "Next", show=False, id="search.down", tooltip="highlight the next result"),
        Binding("up", "cursor(-1)", "Previous", show=False, id="search.up", tooltip="highlight the previous result"),
    ]

    HELP_GROUPS: ClassVar[list[tuple[str, list[BindingType]]]] = [("Quote search", BINDINGS)]

    DEFAULT_CSS = """
    SearchScreen { align: center top; }
    SearchScreen > Vertical { width: 90%; max-width: 120; height: 80%; margin-top: 2; border: round $primary;
                              background: $surface; }
    SearchScreen Input { border: none; background: $panel; }
    SearchScreen #count { height: 1; padding: 0 1; color: $text-muted; }
    SearchScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, briefing: Briefing, query: str = "") -> None:
        super().__init__()
        self.briefing = briefing
        self.index = QuoteIndex(briefing)
        self.echoes = quote_echoes(briefing)
        self.titles = {d.id: (n, d.title or d.path) for n, d in enumerate(briefing.documents, 1)}
        self.names = {a.id: a.name for a in briefing.actors}
        self.query_text = query
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(value=self.query_text, placeholder="Search quotes and speakers\u2026", id="query")
            yield Static("", id="count")
            yield OptionList(id="results")

    def on_mount(self) -> None:
        self._update(self.query_text)
        self.query_one(Input).focus()

    def _prompt(self, hit: Hit) -> Content:
        quote = hit.quote
        number, title = self.titles[quote.doc]
        return Content.assemble(
            ("\u201c" + shorten(quote.text, 158) + "\u201d", "italic"),
            ("\n\u2014 " + self.names.get(quote.speaker or "", "unattributed"), "bold"),
            (f"  ·  {number} {title[:60]}", MUTED),
            ("\n   " + echo_note(self.echoes.get(quote.id, [])), MUTED),
        )

    def _update(self, query: str) -> None:
        self.query_text = query
        self.hits = self.index.search(query)
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(Option(self._prompt(h), id=h.quote.id) for h in self.hits)
        if self.hits:
            results.highlighted = 0
        total = len(self.index.quotes)
        shown = f"{len(self.hits)} of {total} quotes" if query.strip() else f"all {total} quotes"
        self.query_one("#count", Static).update(Content.styled(shown + " · enter opens · esc closes", MUTED))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._open(self.query_one(OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option_index)

    def _open(self, index: int | None) -> None:
        if index is None or not self.hits:
            return
        self.dismiss((self.query_text, [h.quote.id for h in self.hits], index))

    def action_cursor(self, step: int) -> None:
        """Move the highlight in the results."""
        results = self.query_one(OptionList)
        if results.option_count:
            current = results.highlighted if results.highlighted is not None else -step
            results.highlighted = max(0, min(results.option_count - 1, current + step))

    def action_close(self) -> None:
        """Close without opening a quote."""
        self.dismiss(None)
