"""Opening a set of articles: one headless entry point for the command line, the reader and the bench.

Paths (or the bundled seeds when there are none) are loaded and prepared
through the pipeline's cache, with progress reported to a callback. Sizes
are bytes everywhere; only the command line speaks of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .core.limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from .core.load import Loaded
    from .core.model import Briefing
    from .core.pipeline import Prepared

Progress = Callable[[int, int], None]


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


def problems_of(loaded: Loaded) -> list[str]:
    """One line for every file that failed or loaded with a warning."""
    return [f"{e.path}: {e.reason}" for e in loaded.errors] + [f"{w.path}: {w.reason}" for w in loaded.warnings]
