"""Opening a set of articles: one headless entry point for the command line, the reader and the bench.

Paths (or the bundled seeds when there are none) are loaded and prepared
through the pipeline's cache, with progress reported to a callback. Web
addresses among the paths, feeds and lists of addresses are first turned
into saved pages (``core.fetch``), which then load like any file. The
reader opens them in stages (fetching, loading, analyzing, aligning,
ready) and shows each step's result as soon as it is there. Sizes are
bytes everywhere; only the command line speaks of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from .core.limits import DEFAULT_MAX_BYTES
from .core.model import Briefing

if TYPE_CHECKING:
    from .core.fetch import FetchOptions
    from .core.load import Loaded
    from .core.pipeline import Cache as AnalysisCache
    from .core.pipeline import Prepared

Progress = Callable[[int, int], None]


class Stage(Enum):
    """The steps of opening a set of articles, in order."""

    FETCHING = "fetching"  # web pages and feeds fetched (or found in the page cache)
    LOADING = "loading"  # files read and prepared
    ANALYZING = "analyzing"  # actors and quotes of every document
    ALIGNING = "aligning"  # the passages the documents share
    READY = "ready"  # everything known


@dataclass(frozen=True, slots=True)
class LoadPhase:
    """Where opening has got to: the stage, the files prepared so far, the documents loaded."""

    stage: Stage
    done: int = 0  # files prepared (while loading), addresses done (while fetching)
    total: int = 0  # files to prepare (while loading; 0 when not counted), addresses known so far (while fetching)
    documents: int = 0  # documents loaded (from analyzing on)


@dataclass(frozen=True, slots=True)
class Opened:
    """One step of opening done: the phase it leads to, the briefing so far, the problems found loading."""

    phase: LoadPhase
    briefing: Briefing
    problems: tuple[str, ...] = ()


def open_articles(
    paths: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
    progress: Progress | None = None,
    web: FetchOptions | None = None,
    fetching: Progress | None = None,
) -> tuple[list[Prepared], Loaded]:
    """Load and prepare ``paths``, or the bundled seeds when there are none (and no web sources).

    Args:
        paths: files, folders and web addresses, as the user gave them.
        max_bytes: files (and pages) larger than this are refused.
        use_cache: read and write the user's analysis cache.
        progress: called with (done, total) while files are prepared.
        web: feeds and lists of addresses to read too, and how to fetch.
        fetching: called with (addresses done, addresses known so far) while pages are fetched.

    Returns:
        The prepared files in order, and what loading gave (documents, errors, warnings).
    """
    from .core.fetch import wants_fetching
    from .core.pipeline import default_cache, prepare_paths
    from .resources import seed_paths

    cache = default_cache() if use_cache else None
    if wants_fetching(paths, web):
        return _open_with_web(paths, max_bytes, cache, progress, web, fetching)
    if paths:
        return prepare_paths(paths, max_bytes=max_bytes, cache=cache, progress=progress)
    seeds = seed_paths()
    display = {p: f"seeds/{p.name}" for p in seeds}
    return prepare_paths(seeds, max_bytes=max_bytes, display=display, cache=cache, progress=progress)


def _open_with_web(
    paths: Sequence[str],
    max_bytes: int,
    cache: AnalysisCache | None,
    progress: Progress | None,
    web: FetchOptions | None,
    fetching: Progress | None,
) -> tuple[list[Prepared], Loaded]:
    """Fetch the web sources into saved pages, then load them with the files, in the order given."""
    from .core.fetch.gather import gather
    from .core.load import Loaded
    from .core.pipeline import prepare_paths

    gathered = gather(paths, web, max_bytes, fetching)
    try:
        prepared, loaded = prepare_paths(
            gathered.paths, max_bytes=max_bytes, display=gathered.display, cache=cache, progress=progress
        )
    finally:
        gathered.close()  # (pages kept for this run only are loaded now)
    errors = (*gathered.errors, *loaded.errors)
    return prepared, Loaded(loaded.documents, errors, (*gathered.warnings, *loaded.warnings))


def open_briefing(
    paths: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
    progress: Progress | None = None,
    with_alignments: bool = True,
    web: FetchOptions | None = None,
) -> tuple[Loaded, Briefing]:
    """Open ``paths`` and analyse them.

    Args:
        paths: files, folders and web addresses (none, and no web sources: the bundled seeds).
        max_bytes: the size limit per file.
        use_cache: read and write the user's analysis cache.
        progress: called with (done, total) while files are prepared.
        with_alignments: also find the shared passages (the reader finds them after its first frame).
        web: feeds and lists of addresses to read too, and how to fetch.

    Returns:
        What loading gave, and the analysis of the documents that loaded.
    """
    from .core.pipeline import analyze_prepared

    prepared, loaded = open_articles(paths, max_bytes, use_cache, progress, web)
    return loaded, analyze_prepared(prepared, loaded.errors, with_alignments=with_alignments)


def open_in_stages(
    paths: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[LoadPhase], None] | None = None,
    analyzed: Briefing | None = None,
    web: FetchOptions | None = None,
) -> Iterator[Opened]:
    """Open ``paths`` a step at a time: the documents, then their actors and quotes, then their shared passages.

    Args:
        paths: files, folders and web addresses (none, and no web sources: the bundled seeds).
        max_bytes: the size limit per file.
        progress: told the fetching phase, with the addresses done so far, while pages are fetched, and the
            loading phase, with the files prepared so far, while files are prepared.
        analyzed: the analysis without alignments, when it was done already (then only the alignment is left).
        web: feeds and lists of addresses to read too, and how to fetch.

    Yields:
        Each step as it is done, the last one with the phase ``READY``.
    """
    from .core.analyze import with_comparison
    from .core.pipeline import analyze_prepared

    if analyzed is None:

        def loading(done: int, total: int) -> None:
            if progress is not None:
                progress(LoadPhase(Stage.LOADING, done, total))

        def fetching(done: int, total: int) -> None:
            if progress is not None:
                progress(LoadPhase(Stage.FETCHING, done, total))

        prepared, loaded = open_articles(paths, max_bytes, progress=loading, web=web, fetching=fetching)
        count = len(loaded.documents)
        documents = Briefing(documents=loaded.documents, errors=loaded.errors)
        yield Opened(
            LoadPhase(Stage.ANALYZING if count else Stage.READY, documents=count), documents, tuple(problems_of(loaded))
        )
        if not count:
            return
        analyzed = analyze_prepared(prepared, loaded.errors, with_alignments=False)
        yield Opened(LoadPhase(Stage.ALIGNING, documents=count), analyzed)
    yield Opened(LoadPhase(Stage.READY, documents=len(analyzed.documents)), with_comparison(analyzed))


MAX_NOTES = 5  # problems shown one by one; more are grouped into one message


def problem_lines(loaded: Loaded) -> list[str]:
    """One line for every file or address that failed or loaded with a warning (names through the cleaner)."""
    from .core.printable import printable

    return [printable(f"{p.path}: {p.reason}") for p in (*loaded.errors, *loaded.warnings)]


def group_problems(lines: list[str], limit: int = MAX_NOTES) -> list[str]:
    """The messages to show for these problem lines: one each when there are few, else one listing the
    first of them and how many more (thousands of notifications would hold up the reader)."""
    if len(lines) <= limit:
        return lines
    shown = "\n".join(lines[: limit - 1])
    return [
        f"{len(lines):,} files not loaded or loaded with warnings:\n{shown}\n"
        f"\u2026 and {len(lines) - limit + 1:,} more ('briefing analyze' on the same paths lists them all)"
    ]


def problems_of(loaded: Loaded) -> list[str]:
    """The messages about the files or addresses that failed or loaded with a warning: one each, or grouped
    when many."""
    return group_problems(problem_lines(loaded))
