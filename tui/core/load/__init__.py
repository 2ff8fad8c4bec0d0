"""Load articles from files and folders into ``Document`` objects.

Bad files never stop the others: each becomes a ``LoadError`` with one
sentence saying what is wrong, and loading goes on. ``load_bytes`` is the
one way in for an article's bytes, whatever they come from (a file read by
``read_article``, or anything else), shown under the name it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..limits import DEFAULT_MAX_BYTES
from ..model import Document, LoadError
from ..printable import path_name
from ..reading import Unreadable, read_file_bytes
from .assemble import EmptyArticle, assemble
from .decode import DecodeError, decode_article
from .header import Block, Meta
from .links import attach_links
from .walk import ARTICLE_SUFFIXES, expand_paths

__all__ = [
    "ARTICLE_SUFFIXES",
    "Loaded",
    "expand_paths",
    "format_of_name",
    "load_bytes",
    "load_file",
    "load_paths",
    "read_article",
]


@dataclass(frozen=True, slots=True)
class Loaded:
    """What loading a set of paths gave: documents, errors, and warnings about loaded files."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]
    warnings: tuple[LoadError, ...] = ()


def format_of_name(name: str | PurePath) -> str | None:
    """'txt', 'md' or 'html' from the ending of a file name, or None when it says nothing."""
    return ARTICLE_SUFFIXES.get(PurePath(name).suffix.casefold())


def source_format(kind: str | None, text: str) -> str:
    """``kind`` when known, or 'txt', 'md' or 'html' from the content."""
    if kind:
        return kind
    head = text.lstrip()[:500].casefold()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if head.startswith("---\n"):
        return "md"
    return "txt"


def read_article(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | LoadError:
    """The bytes of the article file at ``path`` (shown as ``name``), or why it cannot be read."""
    try:
        data = read_file_bytes(path, max_bytes)
    except Unreadable as exc:
        return LoadError(name, str(exc))
    if not data.strip():
        return LoadError(name, "empty file")
    return data


def parse_article(text: str, kind: str) -> tuple[Meta, list[Block], str | None]:
    """Metadata, blocks and an optional warning for a decoded article of the given kind."""
    if kind == "md":
        from .markdown import load_markdown

        return load_markdown(text)
    if kind == "html":
        from .html import load_html

        return load_html(text)
    from .txt import load_txt

    meta, blocks = load_txt(text)
    return meta, blocks, None


def load_bytes(
    data: bytes, name: str, doc_id: str = "d0", kind: str | None = None
) -> tuple[Document | LoadError, LoadError | None]:
    """An article's bytes as a document (or the reason they cannot be one), and any warning.

    Args:
        data: the bytes, as read (at most the size limit).
        name: how the article is shown (a path or an address, already through ``printable``).
        doc_id: the document's id.
        kind: 'txt', 'md' or 'html'; None: from the ending of ``name``, else from the content.
    """
    try:
        if not data.strip():
            return LoadError(name, "empty file"), None
        text, decode_warning = decode_article(data)
        kind = source_format(kind or format_of_name(name), text)
        meta, blocks, warning = parse_article(text, kind)
        document = attach_links(assemble(blocks, meta, doc_id=doc_id, path=name, source_format=kind), blocks)
    except (DecodeError, EmptyArticle) as exc:
        return LoadError(name, str(exc)), None
    except RecursionError:
        return LoadError(name, "too deeply nested to read"), None
    warnings = "; ".join(w for w in (decode_warning, warning) if w)
    return document, (LoadError(name, warnings) if warnings else None)


def load_file(
    path: Path, doc_id: str, display: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document | LoadError, LoadError | None]:
    """One file as a document (or the reason it cannot be one), and any warning."""
    name = display or path_name(path)
    data = read_article(path, name, max_bytes)
    if isinstance(data, LoadError):
        return data, None
    return load_bytes(data, name, doc_id, format_of_name(path))


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
        name = (display or {}).get(item) or path_name(item)
        result, warning = load_file(item, f"d{len(documents) + 1}", name, max_bytes)
        if isinstance(result, LoadError):
            errors.append(result)
        else:
            documents.append(result)
        if warning:
            warnings.append(warning)
    return Loaded(tuple(documents), tuple(errors), tuple(warnings))
