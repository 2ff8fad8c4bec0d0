"""Load articles from files and folders into ``Document`` objects.

Bad files never stop the others: each becomes a ``LoadError`` with one
sentence saying what is wrong, and loading goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..limits import DEFAULT_MAX_BYTES
from ..model import Document, LoadError
from .assemble import EmptyArticle, assemble
from .decode import DecodeError, decode_bytes
from .header import Block, Meta
from .links import attach_links

ARTICLE_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@dataclass(frozen=True, slots=True)
class Loaded:
    """What loading a set of paths gave: documents, errors, and warnings about loaded files."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]
    warnings: tuple[LoadError, ...] = ()


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path]:
    """Article files under ``folder``, recursively, in a stable order; links followed once."""
    try:
        stat = folder.stat()
    except OSError:
        return
    key = (stat.st_dev, stat.st_ino)
    if key in seen:
        return  # a symlink loop, or a folder reached twice
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            yield from _walk(path, seen)
        elif path.suffix.casefold() in ARTICLE_SUFFIXES:
            yield path


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | LoadError]:
    """Files to load, in order: files as given, folders expanded; missing paths as errors."""
    seen: set[tuple[int, int]] = set()
    files_seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = list(_walk(path, seen))
            if not found:
                yield LoadError(str(path), "folder holds no .txt, .md or .html files")
            for file in found:
                if file not in files_seen:
                    files_seen.add(file)
                    yield file
        elif path.exists() or path.is_symlink():
            if path not in files_seen:
                files_seen.add(path)
                yield path
        else:
            yield LoadError(str(path), "no such file or folder")


def source_format(path: Path, text: str) -> str:
    """'txt', 'md' or 'html', from the suffix, or from the content when the suffix says nothing."""
    kind = ARTICLE_SUFFIXES.get(path.suffix.casefold())
    if kind:
        return kind
    head = text.lstrip()[:500].casefold()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if head.startswith("---\n"):
        return "md"
    return "txt"


def _read(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise DecodeError(f"file is {size / 1e6:.0f} MB, larger than the {max_bytes / 1e6:.0f} MB limit")
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DecodeError(f"file is larger than the {max_bytes / 1e6:.0f} MB limit")
    return data


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder (a broken link?)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or str(exc)).rstrip(".").lower() or "cannot be read"


def parse_article(text: str, kind: str) -> tuple[Meta, list[Block], str | None]:
    """Metadata, blocks and an optional warning for a decoded article of the given kind."""
    if kind == "md":
        from .markdown import load_markdown

        return load_markdown(text)
    if kind == "html":
        from .html import load_html

        meta, blocks = load_html(text)
        return meta, blocks, None
    from .txt import load_txt

    meta, blocks = load_txt(text)
    return meta, blocks, None


def load_file(
    path: Path, doc_id: str, display: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document | LoadError, LoadError | None]:
    """One file as a document (or the reason it cannot be one), and any warning."""
    name = display or str(path)
    try:
        data = _read(path, max_bytes)
        if not data.strip():
            return LoadError(name, "empty file"), None
        text = decode_bytes(data)
        kind = source_format(path, text)
        meta, blocks, warning = parse_article(text, kind)
        document = attach_links(assemble(blocks, meta, doc_id=doc_id, path=name, source_format=kind), blocks)
    except OSError as exc:
        return LoadError(name, _reason(exc)), None
    except (DecodeError, EmptyArticle) as exc:
        return LoadError(name, str(exc)), None
    except RecursionError:
        return LoadError(name, "too deeply nested to read"), None
    return document, (LoadError(name, warning) if warning else None)


def load_paths(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, display: dict[Path, str] | None = None
) -> Loaded:
    """Load every article under ``paths``; documents get ids d1, d2, ... in order."""
    documents: list[Document] = []
    errors: list[LoadError] = []
    warnings: list[LoadError] = []
    for item in expand_paths(paths):
        if isinstance(item, LoadError):
            errors.append(item)
            continue
        name = (display or {}).get(item) or str(item)
        result, warning = load_file(item, f"d{len(documents) + 1}", name, max_bytes)
        if isinstance(result, LoadError):
            errors.append(result)
        else:
            documents.append(result)
        if warning:
            warnings.append(warning)
    return Loaded(tuple(documents), tuple(errors), tuple(warnings))
