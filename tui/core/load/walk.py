"""The files to load under the paths given: folders read recursively, every skip reported.

Folders are read in name order, hidden entries skipped, links followed once.
Everything that is not read says so in one line: a folder that cannot be
read, a link that leads back to a folder already read or round in a circle,
a walk that goes too deep or over too many entries (a link to ``/`` inside a
folder would otherwise walk the whole file system).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..model import LoadError
from ..printable import path_name
from ..reading import os_reason

ARTICLE_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MAX_ENTRIES = 100_000  # entries looked at under one folder given, links followed included
MAX_DEPTH = 64  # folders inside folders


@dataclass
class _Walk:
    """The state of the walk under one folder given: folders seen (shared by all paths), entries counted."""

    seen: set[tuple[int, int]]
    entries: int = 0
    stopped: bool = False
    files: list[Path | LoadError] = field(default_factory=list)


def _enter(folder: Path, walk: _Walk, linked: bool) -> list[os.DirEntry[str]] | None:
    """The entries of ``folder`` in name order, or None when it is not read (the reason is recorded)."""
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in walk.seen:
            if linked:
                walk.files.append(LoadError(path_name(folder), "link to a folder already read (a loop); not followed"))
            return None
        walk.seen.add(key)
        entries: list[os.DirEntry[str]] = []
        with os.scandir(folder) as listing:
            for entry in listing:
                walk.entries += 1
                if walk.entries > MAX_ENTRIES:
                    walk.stopped = True
                    break
                entries.append(entry)
    except OSError as exc:
        walk.files.append(LoadError(path_name(folder), f"folder cannot be read: {os_reason(exc)}"))
        return None
    return sorted(entries, key=lambda e: e.name)


def _walk(folder: Path, walk: _Walk, depth: int = 0, linked: bool = False) -> None:
    """Add the article files under ``folder`` (and the reasons for what is skipped) to ``walk.files``."""
    if depth > MAX_DEPTH:
        walk.files.append(LoadError(path_name(folder), f"more than {MAX_DEPTH} folders deep; not read"))
        return
    entries = _enter(folder, walk, linked)
    for entry in entries or ():
        if walk.stopped:
            return
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError as exc:  # a link that cannot be followed
            if exc.errno == errno.ELOOP:
                walk.files.append(LoadError(path_name(path), "link loop (too many levels of symbolic links)"))
            elif path.suffix.casefold() in ARTICLE_SUFFIXES:
                walk.files.append(LoadError(path_name(path), os_reason(exc)))
            continue
        if is_dir:
            _walk(path, walk, depth + 1, linked=entry.is_symlink())
        elif path.suffix.casefold() in ARTICLE_SUFFIXES:
            walk.files.append(path)


def _folder_files(folder: Path, seen: set[tuple[int, int]]) -> list[Path | LoadError]:
    """The files and problems under one folder given."""
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            return []  # given twice, or inside a folder given before: read once
    except OSError:
        pass
    walk = _Walk(seen)
    _walk(folder, walk)
    if walk.stopped:
        walk.files.append(
            LoadError(
                path_name(folder),
                f"more than {MAX_ENTRIES:,} entries under this folder (a link to a large folder?); the rest is not read",
            )
        )
    elif not walk.files:
        walk.files.append(LoadError(path_name(folder), "folder holds no .txt, .md or .html files"))
    return walk.files


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | LoadError]:
    """Files to load, in order: files as given, folders expanded; what cannot be read as errors."""
    seen: set[tuple[int, int]] = set()
    files_seen: set[Path] = set()
    for raw in paths:
        if not os.fspath(raw):
            yield LoadError("''", "empty path, not a file or folder")
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
        except OSError as exc:  # a name too long, ...
            yield LoadError(path_name(path), os_reason(exc))
            continue
        if is_dir:
            for item in _folder_files(path, seen):
                if isinstance(item, LoadError):
                    yield item
                elif item not in files_seen:
                    files_seen.add(item)
                    yield item
        elif exists:
            if path not in files_seen:
                files_seen.add(path)
                yield path
        else:
            yield LoadError(path_name(path), "no such file or folder")
