"""The key bar: the keys of the focused screen on one line, in a single widget.

Textual's ``Footer`` mounts a widget per key and mounts them again whenever
the focus moves, which costs more than the whole article view; this bar
renders the same keys as one line of text and repaints when they change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen


class KeyCell(NamedTuple):
    """Where one key sits on the bar (columns ``start`` to ``end``)."""

    start: int
    end: int
    key: str
    tooltip: str
    enabled: bool


class KeyBar(Widget, can_focus=False):
    """One line of keys and what they do; a click presses the key."""

    ALLOW_SELECT = False
    PINNED = ("app.help",)
    """Ids of the bindings kept at the right edge, beside the command palette key, whatever the width."""
    ESSENTIAL = ("app.quit",)
    """Ids of the bindings kept whatever the width, in their place on the left."""
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description", "key-bar--disabled"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom; height: 1; width: 1fr;
        color: $footer-foreground; background: $footer-background;
        .key-bar--key { color: $footer-key-foreground; background: $footer-key-background; text-style: bold; }
        .key-bar--description { color: $footer-description-foreground; background: $footer-description-background; }
        .key-bar--disabled { text-style: dim; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cells: list[KeyCell] = []
        self._ids: list[str] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.refresh()

    def render(self) -> Text:
        """The shown keys that fit, then the pinned ones (help, command palette) at the right edge."""
        styles = (
            self.get_component_rich_style("key-bar--key", partial=True),
            self.get_component_rich_style("key-bar--description", partial=True),
            self.get_component_rich_style("key-bar--disabled", partial=True),
        )
        keys: list[tuple[Text, str, str, bool]] = []
        pinned: list[tuple[Text, str, str, bool]] = []
        actions: set[str] = set()
        ids: list[str] = []  # the binding ids of ``keys``
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            is_palette = binding.key == self.app.COMMAND_PALETTE_BINDING
            if (is_palette and not self.app.ENABLE_COMMAND_PALETTE) or not (binding.show or is_palette):
                continue
            if binding.action in actions:
                continue  # "j,down": the first key of an action stands for it
            actions.add(binding.action)
            label = self._label(self.app.get_key_display(binding), binding.description, enabled, *styles)
            entry = (label, binding.key, tooltip or binding.description, enabled)
            if is_palette or binding.id in self.PINNED:
                pinned.append(entry)
            else:
                keys.append(entry)
                ids.append(binding.id or "")
        self._ids = ids
        width = self.size.width
        room = width - sum(label.cell_len for label, *_ in pinned) - 1
        kept = self._fitting(keys, room)
        text, cells = Text(no_wrap=True, overflow="crop"), []
        for label, key, tooltip, enabled in (entry for index, entry in enumerate(keys) if index in kept):
            cells.append(KeyCell(text.cell_len, text.cell_len + label.cell_len, key, tooltip, enabled))
            text.append_text(label)
        if pinned:
            text.append(" " * max(1, width - text.cell_len - sum(label.cell_len for label, *_ in pinned)))
        for label, key, tooltip, enabled in pinned:
            cells.append(KeyCell(text.cell_len, text.cell_len + label.cell_len, key, tooltip, enabled))
            text.append_text(label)
        self._cells = cells
        return text

    def _fitting(self, keys: list[tuple[Text, str, str, bool]], room: int) -> set[int]:
        """The indexes of the keys that fit in ``room`` columns: the essential ones, the screen's first, then in order.

        The screen's ``KEY_PRIORITY`` (binding ids) says which keys matter most there; the rest follow in
        the order they are declared. Keys that do not fit give way whole (the help screen lists them all).
        """
        priority = list(self.ESSENTIAL) + list(getattr(self.screen, "KEY_PRIORITY", ()))
        rank = {binding_id: n for n, binding_id in enumerate(priority)}
        order = sorted(range(len(keys)), key=lambda i: (rank.get(self._ids[i], len(rank)), i))
        kept: set[int] = set()
        used = 0
        for index in order:
            cells = keys[index][0].cell_len
            if used + cells <= room:
                kept.add(index)
                used += cells
            elif self._ids[index] not in rank:
                break  # (in declaration order from here on: no later key jumps a dropped one)
        return kept

    @staticmethod
    def _label(
        key: str, description: str, enabled: bool, key_style: Style, description_style: Style, disabled_style: Style
    ) -> Text:
        """A key and its description, in the bar's styles."""
        label = Text(f" {key} ", key_style)
        if description:
            label.append(f"{description} ", description_style)
        if not enabled:
            label.stylize(disabled_style)
        return label

    def cell_at(self, x: int) -> KeyCell | None:
        """The key shown at column ``x``, if any."""
        return next((cell for cell in self._cells if cell.start <= x < cell.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        cell = self.cell_at(event.x)
        self.tooltip = cell.tooltip if cell is not None and cell.tooltip else None

    def on_click(self, event: events.Click) -> None:
        cell = self.cell_at(event.x)
        if cell is None:
            return
        if cell.enabled:
            self.app.simulate_key(cell.key)
        else:
            self.app.bell()
