"""The sources to gather, in the order given, and what they gave: paths to load, errors, warnings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..model import LoadError
from .options import FetchOptions
from .urls import is_url, read_url_list, shown

if TYPE_CHECKING:
    import tempfile

Role = Literal["any", "feed", "item"]  # a page or a feed; a feed only; a page only (a feed's item)


@dataclass
class Source:
    """One source in the order given: a path, or an address and what it gave."""

    path: str | None = None
    url: str | None = None
    role: Role = "any"
    files: list[Path] = field(default_factory=list)
    items: list[Source] = field(default_factory=list)  # a feed's items
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[LoadError] = field(default_factory=list)

    def fail(self, reason: str) -> None:
        """This source gave nothing, for ``reason``."""
        self.errors.append(LoadError(shown(self.url or ""), reason))


@dataclass
class Gathered:
    """The paths to load, in order (saved pages among them), and what went wrong gathering them."""

    paths: list[str | Path]
    display: dict[Path, str]  # a saved page's file -> the address it is shown under
    errors: list[LoadError]
    warnings: list[LoadError]
    temporary: tempfile.TemporaryDirectory[str] | None = None  # pages kept for this run only

    def close(self) -> None:
        """Remove the pages kept for this run only (call once they are loaded)."""
        if self.temporary is not None:
            self.temporary.cleanup()
            self.temporary = None


def sources_of(paths: Sequence[str], options: FetchOptions) -> tuple[list[Source], list[tuple[Source, str]]]:
    """Every source in order, and the local feed files among them (read before anything is fetched)."""
    sources = [Source(url=p) if is_url(p) else Source(path=p) for p in paths]
    for listing in options.url_lists:
        urls, errors = read_url_list(Path(listing))
        sources.append(Source(errors=errors))
        sources.extend(Source(url=url) for url in urls)
    feed_files: list[tuple[Source, str]] = []
    for feed in options.feeds:
        source = Source(url=feed, role="feed") if is_url(feed) else Source(role="feed")
        if not is_url(feed):
            feed_files.append((source, feed))
        sources.append(source)
    return sources, feed_files


def gathered(
    sources: list[Source],
    display: dict[Path, str],
    warnings: list[LoadError],
    temporary: tempfile.TemporaryDirectory[str] | None,
) -> Gathered:
    """What the sources gave, in their order (a feed's items where the feed was given); a page or a problem
    that two sources share comes where the first of them is."""
    found: list[str | Path] = []
    errors: dict[LoadError, None] = {}  # (in order, each once)
    noted: dict[LoadError, None] = {}
    pages: set[Path] = set()

    def collect(source: Source) -> None:
        if source.path is not None:
            found.append(source.path)
        found.extend(f for f in source.files if f not in pages)
        pages.update(source.files)
        errors.update(dict.fromkeys(source.errors))
        noted.update(dict.fromkeys(source.warnings))
        for item in source.items:
            collect(item)

    for source in sources:
        collect(source)
    return Gathered(found, display, list(errors), [*noted, *warnings], temporary)
