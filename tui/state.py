"""Small state files: preferences (config dir) and reading positions (data dir).

Writes are atomic (``core.atomic``), so a crash or a second briefing process never leaves a
half-written file. A file that cannot be read is set aside with a warning and
rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .core.atomic import atomic_write_text
from .core.printable import path_name
from .core.reading import Unreadable, read_file_bytes

APP_NAME = "briefing"
MAX_POSITIONS = 2000
MAX_STATE_BYTES = 16 * 1024 * 1024  # a state file is a few kilobytes; a larger one is not read


def config_dir() -> Path:
    """Where preferences and user themes live (``BRIEFING_CONFIG_DIR`` overrides)."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME))


def data_dir() -> Path:
    """Where reading positions live (``BRIEFING_DATA_DIR`` overrides)."""
    override = os.environ.get("BRIEFING_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


def read_json(path: Path) -> tuple[dict[str, Any], str | None]:
    """The JSON object in ``path`` (empty if missing), and a warning if it was corrupt and set aside.

    Only a regular file is read (a named pipe there would block), and at most ``MAX_STATE_BYTES`` of it.
    """
    if not os.path.lexists(path):
        return {}, None
    try:
        raw = read_file_bytes(path, MAX_STATE_BYTES)
    except Unreadable as exc:
        if not os.path.lexists(path):
            return {}, None
        return {}, f"{path_name(path)}: cannot be read ({exc}); using defaults"
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return data, None
    except (ValueError, RecursionError):  # (not JSON, not UTF-8, or nested too deeply to read)
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        try:
            os.replace(path, aside)
        except OSError:
            return {}, f"{path_name(path)}: unreadable; using defaults"
        return {}, f"{path_name(path)}: unreadable, set aside as {path_name(aside.name)}; starting afresh"


def document_key(text: str) -> str:
    """A stable key for an article: the hash of its text (survives renames and moves)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass
class State:
    """Preferences and reading positions, loaded once and saved on change."""

    config_path: Path
    positions_path: Path
    preferences: dict[str, Any] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> State:
        """Read both files (missing or corrupt ones give defaults and a warning)."""
        config_path = config_dir() / "preferences.json"
        positions_path = data_dir() / "positions.json"
        preferences, w1 = read_json(config_path)
        raw_positions, w2 = read_json(positions_path)
        positions = {k: v for k, v in raw_positions.items() if isinstance(k, str) and isinstance(v, int)}
        return cls(config_path, positions_path, preferences, positions, [w for w in (w1, w2) if w])

    @property
    def theme(self) -> str | None:
        """The theme the user chose last."""
        value = self.preferences.get("theme")
        return value if isinstance(value, str) else None

    def save_theme(self, name: str) -> None:
        """Remember the chosen theme."""
        if self.preferences.get("theme") == name:
            return
        self.preferences["theme"] = name
        self._save(self.config_path, self.preferences)

    def setting(self, name: str, default: Any) -> Any:
        """A preference of the reader's (a JSON value of the default's type), or ``default``."""
        value = self.preferences.get(name, default)
        return value if type(value) is type(default) else default

    def save_setting(self, name: str, value: Any) -> None:
        """Remember a preference of the reader's."""
        if self.preferences.get(name) != value:
            self.preferences[name] = value
            self._save(self.config_path, self.preferences)

    @property
    def last_article(self) -> str | None:
        """The key of the article read last (``document_key`` of its text)."""
        value = self.preferences.get("last_article")
        return value if isinstance(value, str) else None

    def save_last_article(self, text: str) -> None:
        """Remember the article read last, to open it again next time."""
        key = document_key(text)
        if self.preferences.get("last_article") != key:
            self.preferences["last_article"] = key
            self._save(self.config_path, self.preferences)

    def position(self, text: str) -> int:
        """The text offset where the reader left this article (0 if never opened)."""
        return self.positions.get(document_key(text), 0)

    def remember(self, text: str, offset: int) -> None:
        """Record the reading position of an article (saved by ``save_positions``)."""
        key = document_key(text)
        self.positions.pop(key, None)
        self.positions[key] = max(0, int(offset))
        while len(self.positions) > MAX_POSITIONS:
            self.positions.pop(next(iter(self.positions)))

    def save_positions(self) -> None:
        """Write the reading positions, merged with what another process may have saved meanwhile."""
        on_disk, _warning = read_json(self.positions_path)
        merged = {k: v for k, v in on_disk.items() if isinstance(v, int)}
        merged.update(self.positions)
        self._save(self.positions_path, merged)

    def take_warnings(self) -> list[str]:
        """The warnings not shown yet (reading or saving failed); they are shown once."""
        warnings, self.warnings = self.warnings, []
        return warnings

    def _save(self, path: Path, data: dict[str, Any]) -> None:
        try:
            atomic_write_text(path, json.dumps(data, indent=1, sort_keys=True))
        except OSError as exc:
            warning = f"{path_name(path)}: cannot be written ({exc.strerror or exc.__class__.__name__})"
            if warning not in self.warnings:
                self.warnings.append(warning)
