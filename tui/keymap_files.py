"""The user's keymap file, and every binding id of the app's screens and views that it may name."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import BindingType

from .state import config_dir


def user_keymap(app_bindings: Iterable[BindingType]) -> tuple[dict[str, str], str | None]:
    """The user's keymap (``<config dir>/briefing/keymap.toml``), read when there is one (the reader needs
    nothing of it otherwise), with the one line that reports its bad entries.

    Args:
        app_bindings: the app's own bindings (ids a keymap may name beside those of the screens).

    Returns:
        Binding ids to keys, and the problem line (None when there is none).
    """
    path = config_dir() / "keymap.toml"
    if not path.exists():
        return {}, None
    from .keymap import read_keymap

    app = list(app_bindings)
    return read_keymap(path, lambda: every_binding_id(app))


def every_binding_id(app_bindings: Iterable[BindingType]) -> set[str]:
    """The id of every binding of the app and of every screen and view (what a keymap may name)."""
    from .keymap import binding_ids
    from .screens.compare import CompareScreen
    from .screens.facts import FactTableScreen
    from .screens.help import HelpScreen
    from .screens.provenance import ProvenanceScreen
    from .screens.reader import ReaderScreen
    from .screens.search import SearchScreen
    from .widgets.article_view import ArticleView
    from .widgets.fact_grid import FactGrid

    views = (ReaderScreen, ArticleView, CompareScreen, SearchScreen, HelpScreen, FactTableScreen, FactGrid)
    return binding_ids(app_bindings, *(view.BINDINGS for view in (*views, ProvenanceScreen)))
