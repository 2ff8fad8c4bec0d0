"""The help screen: every key of the screen below it and what it does, built from the bindings themselves.

Keys are shown as the user's keymap sets them, and a key that a group
earlier in the list binds (the focused view's, then the screen's) is not
listed again under a later group, where it would do nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..widgets.styles import MUTED

EXTRA_KEYS = [
    ("tab / shift+tab", "move between panes"),
    ("ctrl+p", "command palette"),
    ("mouse", "drag to select text, ctrl+c to copy"),
]
"""Keys that no binding lists, shown under 'Also' unless the screen gives its own (``HELP_EXTRA``)."""

HelpGroups = Sequence[tuple[str, Sequence[BindingType]]]

_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "escape",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "colon": ":",
    "backslash": "\\",
    "ampersand": "&",
}


def key_label(keys: Sequence[str]) -> str:
    """'j / down' for ('j', 'down'); '?' for ('question_mark',)."""
    return " / ".join(_KEY_NAMES.get(k, k) for k in keys)


def _keys(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    """The keys of ``binding``, as the keymap sets them."""
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [k.strip() for k in keys.split(",") if k.strip()]


def help_rows(groups: HelpGroups, keymap: Mapping[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(group, keys, description) rows, with article 1..9 folded into one row and shadowed keys left out."""
    keymap = keymap or {}
    rows: list[tuple[str, str, str]] = []
    taken: set[str] = set()
    for group, declared in groups:
        bindings = [b for b in declared if isinstance(b, Binding)]  # every binding here is a Binding object
        numbered = [b for b in bindings if b.action.startswith("open_article(")]
        claimed: set[str] = set()
        for binding in bindings:
            keys = [k for k in _keys(binding, keymap) if k not in taken]
            claimed.update(keys)
            if not keys:
                continue  # every key of it does something else here
            if binding in numbered:
                if binding is numbered[0]:
                    rows.append((group, f"1\u2013{len(numbered)}", "open article N"))
                continue
            rows.append((group, key_label(keys), (binding.tooltip or binding.description).lower()))
        taken |= claimed
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the screen below it; escape, q or ? closes it; the vim and less keys scroll it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help.page_up"),
        Binding("g,home", "ends(0)", "Top", show=False, id="help.top"),
        Binding("G,end", "ends(1)", "Bottom", show=False, id="help.bottom"),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical { width: 80; max-width: 100%; height: 80%; border: round $primary; background: $surface;
                            padding: 0 1 0 2; }
    HelpScreen #help-title { height: 1; margin-top: 1; }
    HelpScreen VerticalScroll { height: 1fr; scrollbar-size-vertical: 1; margin: 1 0; }
    HelpScreen #help-hint { height: 1; color: $text-muted; }
    """

    def __init__(
        self,
        groups: HelpGroups,
        keymap: Mapping[str, str] | None = None,
        extra: Sequence[tuple[str, str]] = tuple(EXTRA_KEYS),
    ) -> None:
        super().__init__()
        self.rows = help_rows(groups, keymap) + [("Also", keys, description) for keys, description in extra]

    def compose(self) -> ComposeResult:
        width = max(len(keys) for _, keys, _ in self.rows)
        lines: list[Content] = []
        current = None
        for group, keys, description in self.rows:
            if group != current:
                lines += [Content("")] if current is not None else []
                lines.append(Content.styled(group.upper(), f"bold {MUTED}"))
                current = group
            lines.append(Content.assemble((keys.ljust(width), "bold"), "  ", description))
        with Vertical():
            yield Static(Content.styled("briefing \u2014 keys", "bold"), id="help-title")
            with VerticalScroll(can_focus=False):
                yield Static(Content("\n").join(lines), id="help-rows")
            yield Static("", id="help-hint", markup=False)

    def on_mount(self) -> None:
        scroll = self.query_one(VerticalScroll)
        self.watch(scroll, "scroll_y", self._show_hint)
        self.call_after_refresh(self._show_hint)

    def _show_hint(self) -> None:
        """The closing keys, and whether more of the list is above or below."""
        scroll = self.query_one(VerticalScroll)
        hint = "escape, q or ? closes"
        if scroll.max_scroll_y:
            where = "more below" if scroll.scroll_y < scroll.max_scroll_y else "end of the list"
            hint += f" · j / k, space / b scroll · {where}"
        self.query_one("#help-hint", Static).update(hint)

    def action_scroll(self, lines: int) -> None:
        """Scroll the list by ``lines``."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.scroll_y + lines, animate=False)

    def action_page(self, pages: int) -> None:
        """Scroll the list by ``pages`` screens."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.scroll_y + pages * max(1, scroll.size.height - 1), animate=False)

    def action_ends(self, bottom: int) -> None:
        """Go to the top (0) or the bottom (1) of the list."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.max_scroll_y if bottom else 0, animate=False)
