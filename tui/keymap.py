"""The user's keys: ``<config dir>/briefing/keymap.toml`` maps binding ids to keys.

    reader.next_article = "n"            # one key
    reader.compare = ["c", "ctrl+s"]     # several
    [article]
    down = "j,down,ctrl+n"               # a table: article.down

Every binding has an id (the help screen and README list them). An entry
naming no binding, or keys that are not keys, is left out, and the lot is
reported in one line; the other entries apply.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from textual.binding import Binding, BindingType
from textual.keys import Keys, _character_to_key

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_NAMED = frozenset(k.value for k in Keys if not k.value.startswith("<")) | {"space", "enter", "tab", "backspace"}


def binding_ids(*binding_lists: Iterable[BindingType]) -> set[str]:
    """The ids of every binding in ``binding_lists``."""
    return {b.id for bindings in binding_lists for b in bindings if isinstance(b, Binding) and b.id}


def is_key(key: str) -> bool:
    """Whether ``key`` names a key Textual can bind: 'x', '?', 'ctrl+x', 'f5', 'question_mark', 'shift+tab'."""
    *modifiers, name = key.split("+")
    if not name or not set(modifiers) <= MODIFIERS:
        return False
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    if name in _NAMED or key in _NAMED:
        return True
    try:
        return len(unicodedata.lookup(name.replace("_", " "))) == 1
    except KeyError:
        return False


def _flatten(table: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    """('reader.compare', value) for keys written dotted or as tables."""
    for name, value in table.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", value


def _keys_of(value: Any) -> list[str] | None:
    """The keys of one entry (a string, comma-separated, or a list of strings); None if it is neither."""
    if isinstance(value, str):
        keys = [k.strip() for k in value.split(",")]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        keys = [k.strip() for k in value]
    else:
        return None
    return keys if keys and all(keys) else None


def parse_keymap(text: str, known: set[str]) -> tuple[dict[str, str], list[str]]:
    """The entries of a keymap file that apply (binding id -> 'key,key'), and what is wrong with the others.

    Raises:
        tomllib.TOMLDecodeError: the text is not TOML.
    """
    keymap: dict[str, str] = {}
    bad: list[str] = []
    for binding_id, value in _flatten(tomllib.loads(text)):
        keys = _keys_of(value)
        if binding_id not in known:
            bad.append(f"{binding_id} (no such binding)")
        elif keys is None:
            bad.append(f"{binding_id} (not a key or a list of keys)")
        elif not all(is_key(k) for k in keys):
            bad.append(f"{binding_id} (not a key: {', '.join(repr(k) for k in keys if not is_key(k))})")
        else:
            keymap[binding_id] = ",".join(_character_to_key(k) if len(k) == 1 else k for k in keys)
    return keymap, bad


def read_keymap(path: Path, known: Callable[[], set[str]]) -> tuple[dict[str, str], str | None]:
    """The user's keymap (empty when there is none), and one line about what was left out, if anything.

    Args:
        path: the keymap file.
        known: gives the binding ids there are (asked only when the file is there).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: cannot be read ({exc.__class__.__name__}); using the default keys"
    try:
        keymap, bad = parse_keymap(text, known())
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{path}: not valid TOML ({exc}); using the default keys"
    if not bad:
        return keymap, None
    return keymap, f"{path}: ignored {len(bad)} entr{'y' if len(bad) == 1 else 'ies'}: {'; '.join(bad)}"
