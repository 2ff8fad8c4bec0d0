"""The help screen: every key and what it does, built from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS = [
    ("tab / shift+tab", "move between panes"),
    ("enter", "open the highlighted article, actor or quote"),
    ("ctrl+p", "command palette (themes, panels, help)"),
    ("mouse", "click an article, an actor or a quote; drag to select text, ctrl+c to copy"),
]


_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "escape",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}


def key_label(binding: Binding) -> str:
    """'j / down' for 'j,down'; '?' for 'question_mark'."""
    return " / ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in binding.key.split(","))


def help_rows(groups: list[tuple[str, list[BindingType]]]) -> list[tuple[str, str, str]]:
    """(group, keys, description) rows, with article 1..9 folded into one row."""
    rows: list[tuple[str, str, str]] = []
    for group, declared in groups:
        bindings = [b for b in declared if isinstance(b, Binding)]  # every binding here is a Binding object
        numbered = [b for b in bindings if b.action.startswith("open_article(")]
        for binding in bindings:
            if binding in numbered:
                if binding is numbered[0]:
                    rows.append((group, f"1\u2013{len(numbered)}", "open article N"))
                continue
            rows.append((group, key_label(binding), (binding.tooltip or binding.description).lower()))
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the screen below it; any key closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close")
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 76; height: 80%; border: round $primary; background: $surface;
                                  padding: 1 2; }
    """

    def __init__(self, groups: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.rows = help_rows(groups) + [("Also", keys, description) for keys, description in EXTRA_KEYS]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        current = None
        for group, keys, description in self.rows:
            if group != current:
                table.add_row(Text(group.upper(), style="dim bold"), "")
                current = group
            table.add_row(keys, description)
        with VerticalScroll():
            yield Static(Text("briefing \u2014 keys", style="bold"))
            yield Static(table)
            yield Static(Text("escape, q or ? closes this help", style="dim"))
