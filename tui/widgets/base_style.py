"""The base style of a line-API widget's lines, worked out once per style change rather than once a line.

A widget's ``rich_style`` combines the styles of all its ancestors (their
backgrounds blended in), which is most of the cost of a plain line. It only
changes when Textual restyles the widget, which it says by calling
``notify_style_update`` (a new theme, a pseudo-class, an ancestor's change).
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


class BaseStyled(Widget):
    """A widget whose lines start from ``base_style``: its ``rich_style``, kept until its styles change.

    Listed after the widget's own base (``class View(ScrollView, BaseStyled)``): Textual takes a widget's
    default CSS along its first base only.
    """

    _base: Style | None = None

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None

    @property
    def base_style(self) -> Style:
        """The style of the widget's text before any highlight."""
        if self._base is None:
            self._base = self.rich_style
        return self._base
