"""Fetched pages on disk, for offline reading: each page's bytes in a plain file, its record in JSON beside it.

An entry is named by the hash of its address. Its record holds the address,
where the page was fetched from after redirects, when it was fetched, its
content type, the HTTP validators (``ETag``, ``Last-Modified``) for a later
conditional request, and the size and SHA-256 of its bytes. Both files are
written atomically, the bytes first. An entry whose record is unreadable,
of another format, or does not match its bytes is a miss: it is set aside
(``*.corrupt``) and counted for one warning. No code is ever read back.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

from ..atomic import atomic_write_bytes
from ..model import LoadError
from ..printable import path_name
from ..reading import Unreadable, read_file_bytes
from .urls import normal_url

FORMAT = "briefing.page"
VERSION = 1
MAX_RECORD_BYTES = 64 * 1024
SUFFIXES = {"page": ".html", "feed": ".xml"}  # the loaders read a page's file as HTML by its name
Kind = Literal["page", "feed"]
_TEXT_FIELDS = ("url", "final_url", "fetched", "kind", "file", "sha256")
_OPTIONAL_FIELDS = ("content_type", "etag", "last_modified")


class CorruptRecord(ValueError):
    """A record that is not what the cache writes."""


@dataclass(frozen=True, slots=True)
class Record:
    """What is known of one fetched page besides its bytes."""

    url: str  # the address, as the cache knows it (``normal_url``)
    final_url: str  # where the page was fetched from, after redirects
    fetched: str  # when it was fetched or last found current, UTC, ISO 8601
    kind: Kind
    file: str  # the name of the file of its bytes, in the cache folder
    size: int
    sha256: str
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """A page in the cache: its record and the file holding its bytes."""

    record: Record
    path: Path


def now() -> str:
    """The current time as the cache records it."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _record(raw: bytes) -> Record:
    """A record from its JSON, checked field by field."""
    data: Any = json.loads(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise CorruptRecord("another format or version")
    fields: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        if not isinstance(data.get(name), str) or not data[name]:
            raise CorruptRecord(f"no {name}")
        fields[name] = data[name]
    for name in _OPTIONAL_FIELDS:
        if data.get(name) is not None and not isinstance(data[name], str):
            raise CorruptRecord(f"{name} is not text")
        fields[name] = data.get(name)
    size = data.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise CorruptRecord("no size")
    if fields["kind"] not in SUFFIXES or Path(fields["file"]).name != fields["file"]:
        raise CorruptRecord("unknown kind or file")
    return Record(size=size, **fields)


class PageCache:
    """The fetched pages in ``folder`` (created when the first page is stored)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.set_aside = 0  # entries found unreadable by this object

    @staticmethod
    def key(url: str) -> str:
        """The name of the entry of ``url``."""
        return hashlib.sha256(normal_url(url).encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _record_path(self, url: str) -> Path:
        return self.folder / f"{self.key(url)}.json"

    def get(self, url: str) -> Entry | None:
        """The cached copy of ``url``, if there is one and its record and bytes agree."""
        path = self._record_path(url)
        try:
            raw = read_file_bytes(path, MAX_RECORD_BYTES)
        except Unreadable:
            if path.exists():
                self._set_aside(path, None)
            return None  # (mostly: not fetched yet)
        record: Record | None = None
        try:
            record = _record(raw)
            if record.url != normal_url(url):
                raise CorruptRecord("another address")
            body = self.folder / record.file
            data = read_file_bytes(body, record.size)
            if len(data) != record.size or hashlib.sha256(data).hexdigest() != record.sha256:
                raise CorruptRecord("the bytes do not match the record")
        except (ValueError, Unreadable, RecursionError):  # (CorruptRecord and JSON errors are ValueErrors)
            self._set_aside(path, self.folder / record.file if record is not None else None)
            return None
        return Entry(record, body)

    @staticmethod
    def read(entry: Entry) -> bytes:
        """The bytes of a cached page (a feed, to read its items).

        Raises:
            Unreadable: when the file is gone or has changed size.
        """
        return read_file_bytes(entry.path, entry.record.size)

    def put(
        self,
        url: str,
        final_url: str,
        kind: Kind,
        body: bytes,
        content_type: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Entry:
        """Store a fetched page (its bytes first, then its record); the copy it replaces is removed.

        Args:
            url: the address asked for; final_url: where the page came from, after redirects.
            kind: 'page' or 'feed'.
            body: the bytes, as they are saved.
            content_type, etag, last_modified: as the server sent them (or None).

        Raises:
            OSError: when the cache folder cannot be written.
        """
        digest = hashlib.sha256(body).hexdigest()
        name = f"{self.key(url)}-{digest[:16]}{SUFFIXES[kind]}"
        record = Record(
            normal_url(url), final_url, now(), kind, name, len(body), digest, content_type, etag, last_modified
        )
        old = self.get(url)
        atomic_write_bytes(self.folder / name, body)
        self._write(record)
        if old is not None and old.record.file != name:
            _remove(old.path)
        return Entry(record, self.folder / name)

    def touch(self, entry: Entry) -> Entry:
        """Record that ``entry`` was found current now (a 304 answer); it is kept as it was if that fails."""
        record = replace(entry.record, fetched=now())
        try:
            self._write(record)
        except OSError:
            return entry
        return Entry(record, entry.path)

    def _write(self, record: Record) -> None:
        data = {"format": FORMAT, "version": VERSION, **asdict(record)}
        atomic_write_bytes(self._record_path(record.url), json.dumps(data, indent=1).encode("utf-8"))

    def _set_aside(self, record: Path, body: Path | None) -> None:
        self.set_aside += 1
        for path in (record, body):
            if path is not None:
                try:
                    os.replace(path, path.with_name(path.name + ".corrupt"))
                except OSError:
                    _remove(path)

    def warning(self) -> LoadError | None:
        """One warning for every entry set aside so far, or None."""
        if not self.set_aside:
            return None
        n = self.set_aside
        entries = "page was" if n == 1 else "pages were"
        return LoadError(path_name(self.folder), f"{n} cached {entries} unreadable; set aside and fetched again")


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def default_page_cache() -> PageCache | None:
    """The page cache in the user's cache folder (``BRIEFING_PAGE_CACHE_DIR`` overrides; empty: none)."""
    override = os.environ.get("BRIEFING_PAGE_CACHE_DIR")
    if override is not None:
        return PageCache(Path(override)) if override else None
    from platformdirs import user_cache_dir

    return PageCache(Path(user_cache_dir("briefing")) / "pages")
