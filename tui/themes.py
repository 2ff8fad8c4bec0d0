"""Colour themes from TOML files: the bundled ``themes/`` and the user's own.

A theme file gives Textual's base colours and our highlight variables
(``person``, ``organization``, ``country``, ``quote``, ...). A bad file is
reported and skipped; the default theme is always there.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.theme import Theme

from .resources import bundled_dir

DEFAULT_THEME = "briefing-dark"
HIGHLIGHT_DEFAULTS = {
    "person": "#FFAF5F",
    "organization": "#87D7FF",
    "country": "#AFD787",
    "quote": "#D7AFFF",
    "selected-mention": "#5F5F00",
    "current-quote": "#3A3A5F",
    "shared-passage": "#203A2A",
    "changed-words": "#FFD75F",
    "differs": "#FF8787",
    "selected-mention-text": "#FFFFFF",
    "link": "#8FB8FF",
    "find-match": "#4A3A00",
    "find-match-text": "#FFFFFF",
    "find-current": "#FFD75F",
    "find-current-text": "#000000",
}
_BASE_KEYS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "warning",
    "error",
    "success",
    "boost",
)


@dataclass(frozen=True, slots=True)
class ThemeProblem:
    """A theme file that could not be used, and why."""

    path: str
    reason: str


def theme_from_file(path: Path) -> Theme:
    """Read one theme file; ValueError with a short reason when it is not a usable theme."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot be read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"is not valid TOML ({exc})") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("has no 'name'")
    if not isinstance(data.get("primary"), str):
        raise ValueError("has no 'primary' colour")
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
        raise ValueError("has a [variables] table that is not colour strings")
    base = {k: data[k] for k in _BASE_KEYS if isinstance(data.get(k), str)}
    theme = Theme(
        name=name.strip(), dark=bool(data.get("dark", True)), variables={**HIGHLIGHT_DEFAULTS, **variables}, **base
    )
    try:
        theme.to_color_system()  # colours are checked here
    except Exception as exc:
        raise ValueError(f"has a colour Textual cannot read ({exc})") from None
    return theme


def load_themes(user_dir: Path | None = None) -> tuple[list[Theme], list[ThemeProblem]]:
    """The bundled themes, then the user's (a user theme may replace a bundled one by name)."""
    themes: dict[str, Theme] = {}
    problems: list[ThemeProblem] = []
    folders = [bundled_dir("themes")] + ([user_dir] if user_dir is not None else [])
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = theme_from_file(path)
            except ValueError as exc:
                problems.append(ThemeProblem(str(path), str(exc)))
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
