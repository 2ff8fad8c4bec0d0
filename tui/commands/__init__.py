"""Command palette providers, one module per feature; the app registers every one of ``PROVIDERS``.

Each entry imports its module when the palette first opens (Textual takes a callable that returns the
provider), so none of them costs start-up time. A new feature adds its module and an entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.command import Provider


def _lazy(module: str, name: str) -> Callable[[], type[Provider]]:
    """A callable that imports ``tui.commands.<module>`` and returns its provider ``name``."""

    def provider() -> type[Provider]:
        cls: type[Provider] = getattr(import_module(f"{__name__}.{module}"), name)
        return cls

    provider.__qualname__ = provider.__name__ = name
    return provider


PROVIDERS: tuple[Callable[[], type[Provider]], ...] = (
    _lazy("articles", "GoToArticle"),
    _lazy("articles", "CompareWith"),
    _lazy("actors", "SelectActor"),
    _lazy("search", "SearchCommands"),
    _lazy("links", "OpenLink"),
    _lazy("copy", "CopyCommands"),
    _lazy("export", "ExportCommands"),
    _lazy("stories", "StoryCommands"),
    _lazy("view", "ViewCommands"),
)
