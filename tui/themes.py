"""Colour themes from TOML files: the bundled ``themes/`` and the user's own.

A theme file gives Textual's base colours and our highlight variables
(``person``, ``organization``, ``country``, ``quote``, ...). A bad file is
reported and skipped; the default theme is always there.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.theme import Theme

from .core.printable import path_name
from .core.reading import Unreadable, read_file_bytes
from .resources import bundled_dir

MAX_THEME_BYTES = 1024 * 1024  # a theme is a few hundred bytes
_THEME_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.+-]{0,63}")

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


def _variable_problem(name: str, value: str) -> str | None:
    """Why a theme variable cannot be used, or None: it must be a colour (a text style for ``*-text-style``),
    as Textual's own style sheet parser reads it where such a variable is used."""
    from textual.css.stylesheet import Stylesheet

    if not re.fullmatch(r"[a-z0-9-]{1,64}", name):
        return f"has a variable with a name that is not plain ({path_name(name)!r})"
    style = name.endswith("text-style")
    sheet = Stylesheet(variables={name: value})
    sheet.add_source(f"Widget {{ {'text-style' if style else 'color'}: ${name}; }}", read_from=("theme", ""))
    try:
        sheet.parse()
    except Exception:  # (the parser raises several kinds of error; any of them means the value is not usable)
        return f"has a variable {name} that is not a {'text style' if style else 'colour'}"
    return None


def theme_from_file(path: Path, check_variables: bool = True) -> Theme:
    """Read one theme file; ValueError with a short reason when it is not a usable theme (the bundled
    themes are known good: their variables need no check)."""
    try:
        data = tomllib.loads(read_file_bytes(path, MAX_THEME_BYTES).decode("utf-8"))
    except Unreadable as exc:
        raise ValueError(f"cannot be read ({exc})") from None
    except UnicodeDecodeError:
        raise ValueError("cannot be read (not UTF-8 text)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"is not valid TOML ({exc})") from None
    except RecursionError:
        raise ValueError("is nested too deeply to read") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("has no 'name'")
    if not _THEME_NAME.fullmatch(name.strip()):
        raise ValueError("has a 'name' that is not plain (letters, digits, spaces and . _ + - only)")
    if not isinstance(data.get("primary"), str):
        raise ValueError("has no 'primary' colour")
    variables = data.get("variables", {})
    if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
        raise ValueError("has a [variables] table that is not colour strings")
    for key, value in variables.items() if check_variables else ():
        problem = _variable_problem(key, value)
        if problem:
            raise ValueError(problem)
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
    folders = [(bundled_dir("themes"), False)] + ([(user_dir, True)] if user_dir is not None else [])
    for folder, untrusted in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = theme_from_file(path, check_variables=untrusted)
            except ValueError as exc:
                problems.append(ThemeProblem(path_name(path), str(exc)))
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
