"""The analysis cache: what one file gave, on disk as versioned JSON, checked whenever it is read back.

An entry is named by the hash of the engine's code and data, the file's
format and the file's bytes, and holds a JSON object: the format name and
version, the engine fingerprint, and the result as plain lists, numbers and
text (``records``). Reading one back can only give instances of the expected
classes, with clean text and offsets inside the text, or nothing: JSON
cannot carry code, and an entry that is unreadable, of another version or
fails a check is a miss, set aside as ``*.corrupt`` and counted for one
warning. Entries are written atomically and readable by their owner only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__
from .atomic import atomic_write_bytes
from .limits import MIB
from .model import LoadError
from .printable import path_name
from .reading import Unreadable, read_file_bytes
from .records import RecordError, decode, dumps, encode, loads

T = TypeVar("T")

FORMAT = "briefing.cache"
VERSION = 1
ANALYSIS_VERSION = f"{__version__}-1"
MAX_ENTRY_BYTES = 1024 * MIB  # an entry holds the text of a file of at most the size limit, and its spans


@cache
def analysis_fingerprint() -> str:
    """The analysis version and a hash of the engine's code and data: any change empties the cache."""
    digest = hashlib.sha256(ANALYSIS_VERSION.encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".tsv"):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_digest(data: bytes) -> str:
    """The hash of a file's bytes, for its cache key: taken from the very bytes that are analysed."""
    return hashlib.sha256(data).hexdigest()


class Cache:
    """Per-file results on disk, keyed by the file's bytes, its format and the engine."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.set_aside = 0  # entries found unreadable by this object

    def key(self, digest: str, kind: str | None) -> str:
        """The name of the entry for a file whose bytes have this ``content_digest`` and of this format
        ('txt', 'md', 'html', or None: told by the content)."""
        return hashlib.sha256(f"{analysis_fingerprint()}:{kind or '-'}:{digest}".encode()).hexdigest()[:40]

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str, kind: type[T], length: Callable[[T], int], max_bytes: int = MAX_ENTRY_BYTES) -> T | None:
        """The entry ``key`` as a ``kind``, if there is one and it passes every check.

        Args:
            key: the entry's name (``key``).
            kind: the dataclass it holds.
            length: the length of the text its offsets point into (all of them must lie inside it).
            max_bytes: a larger entry is not read (it cannot be what a file of that size gave).
        """
        path = self._path(key)
        try:
            raw = read_file_bytes(path, min(max_bytes, MAX_ENTRY_BYTES))
        except Unreadable:
            if path.is_file():  # there, but too large (or unreadable): not what a file gave
                self._set_aside(path)
            return None  # (no such entry, mostly)
        try:
            entry = loads(raw)
            if (
                not isinstance(entry, dict)
                or entry.get("format") != FORMAT
                or entry.get("version") != VERSION
                or entry.get("engine") != analysis_fingerprint()
            ):
                raise RecordError("another format, version or engine")
            value, offsets = decode(entry.get("value"), kind)
            if not offsets.within(length(value)):
                raise RecordError("an offset outside the text")
        except Exception:  # whatever is wrong with an entry (RecordError, RecursionError, MemoryError...): a miss
            self._set_aside(path)
            return None
        return value  # type: ignore[no-any-return]

    def _set_aside(self, path: Path) -> None:
        self.set_aside += 1
        try:
            os.replace(path, path.with_name(path.name + ".corrupt"))
        except OSError:
            try:
                path.unlink()
            except OSError:
                pass  # it stays a miss every time; the warning says so

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (a dataclass instance) as the entry ``key``."""
        entry = {"format": FORMAT, "version": VERSION, "engine": analysis_fingerprint(), "value": encode(value)}
        try:
            atomic_write_bytes(self._path(key), dumps(entry))
        except (OSError, ValueError):  # (RecordError is a ValueError)
            pass  # a cache that cannot be written only costs time

    def warning(self) -> LoadError | None:
        """One warning for every entry set aside so far, or None."""
        if not self.set_aside:
            return None
        n = self.set_aside
        entries = "entry was" if n == 1 else "entries were"
        return LoadError(path_name(self.folder), f"{n} analysis cache {entries} unreadable; set aside and rebuilt")
