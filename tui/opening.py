"""Opening a set of articles: one headless entry point for the command line, the reader and the bench.

Paths (or the bundled seeds when there are none) are loaded and prepared
through the pipeline's cache, with progress reported to a callback. The
reader opens them in stages (loading, analyzing, aligning, ready) and
shows each step's result as soon as it is there. Sizes are bytes
everywhere; only the command line speaks of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from .core.limits import DEFAULT_MAX_BYTES
from .core.model import Briefing

if TYPE_CHECKING:
    from .core.load import Loaded
    from .core.pipeline import Prepared

Progress = Callable[[int, int], None]


class Stage(Enum):
    """The steps of opening a set of articles, in order."""

    LOADING = "loading"  # files read and prepared
    ANALYZING = "analyzing"  # actors and quotes of every document
    ALIGNING = "aligning"  # the passages the documents share
    READY = "ready"  # everything known


@dataclass(frozen=True, slots=True)
class LoadPhase:
    """Where opening has got to: the stage, the files prepared so far, the documents loaded."""

    stage: Stage
    done: int = 0  # files prepared (while loading)
    total: int = 0  # files to prepare (while loading; 0 when not counted)
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
) -> tuple[list[Prepared], Loaded]:
    """Load and prepare ``paths``, or the bundled seeds when there are none.

    Args:
        paths: files and folders, as the user gave them.
        max_bytes: files larger than this are refused.
        use_cache: read and write the user's analysis cache.
        progress: called with (done, total) while files are prepared.

    Returns:
        The prepared files in order, and what loading gave (documents, errors, warnings).
    """
    from .core.pipeline import default_cache, prepare_paths
    from .resources import seed_paths

    cache = default_cache() if use_cache else None
    if paths:
        return prepare_paths(paths, max_bytes=max_bytes, cache=cache, progress=progress)
    seeds = seed_paths()
    display = {p: f"seeds/{p.name}" for p in seeds}
    return prepare_paths(seeds, max_bytes=max_bytes, display=display, cache=cache, progress=progress)


def open_briefing(
    paths: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
    progress: Progress | None = None,
    with_alignments: bool = True,
) -> tuple[Loaded, Briefing]:
    """Open ``paths`` and analyse them.

    Args:
        paths: files and folders (none: the bundled seeds).
        max_bytes: the size limit per file.
        use_cache: read and write the user's analysis cache.
        progress: called with (done, total) while files are prepared.
        with_alignments: also find the shared passages (the reader finds them after its first frame).

    Returns:
        What loading gave, and the analysis of the documents that loaded.
    """
    from .core.pipeline import analyze_prepared

    prepared, loaded = open_articles(paths, max_bytes, use_cache, progress)
    return loaded, analyze_prepared(prepared, loaded.errors, with_alignments=with_alignments)


def open_in_stages(
    paths: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[LoadPhase], None] | None = None,
    analyzed: Briefing | None = None,
) -> Iterator[Opened]:
    """Open ``paths`` a step at a time: the documents, then their actors and quotes, then their shared passages.

    Args:
        paths: files and folders (none: the bundled seeds).
        max_bytes: the size limit per file.
        progress: told the loading phase, with the files prepared so far, while files are prepared.
        analyzed: the analysis without alignments, when it was done already (then only the alignment is left).

    Yields:
        Each step as it is done, the last one with the phase ``READY``.
    """
    from .core.analyze import with_comparison
    from .core.pipeline import analyze_prepared

    if analyzed is None:

        def loading(done: int, total: int) -> None:
            if progress is not None:
                progress(LoadPhase(Stage.LOADING, done, total))

        prepared, loaded = open_articles(paths, max_bytes, progress=loading)
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


def problems_of(loaded: Loaded) -> list[str]:
    """One line for every file that failed or loaded with a warning."""
    return [f"{e.path}: {e.reason}" for e in loaded.errors] + [f"{w.path}: {w.reason}" for w in loaded.warnings]
