"""Start-up of the reader: analyse a small set while the user interface is being imported.

Importing Textual takes most of the start-up time, and a small set of
articles can be analysed meanwhile on the other core: the reader's first
frame then already shows every highlight. Nothing here imports Textual.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .core.model import Briefing

if TYPE_CHECKING:
    from .core.load import Loaded

SMALL_SET = 12  # files; larger sets are loaded by the reader's worker, with progress


@dataclass(frozen=True)
class Ready:
    """A briefing analysed before the app started, with the problems to report."""

    briefing: Briefing
    problems: list[str]


def analyse_now(paths: Sequence[str], max_bytes: int | None, limit: int = SMALL_SET) -> Ready | None:
    """Analyse a small set right away, without its alignments (None for larger sets)."""
    from .core.load import expand_paths
    from .resources import seed_paths

    items = list(expand_paths(paths)) if paths else seed_paths()
    if len(items) > limit:
        return None
    from .cli import prepare
    from .core.pipeline import analyze_prepared

    prepared, loaded = prepare(paths, megabytes(max_bytes))
    return Ready(analyze_prepared(prepared, loaded.errors, with_alignments=False), problems_of(loaded))


def megabytes(max_bytes: int | None) -> float:
    """The size limit in megabytes, as ``cli.prepare`` takes it (the default when None)."""
    return (max_bytes or 20 * 1024 * 1024) / (1024 * 1024)


def problems_of(loaded: Loaded) -> list[str]:
    """One line for every file that failed or loaded with a warning."""
    return [f"{e.path}: {e.reason}" for e in loaded.errors] + [f"{w.path}: {w.reason}" for w in loaded.warnings]


def analyse_in_background(paths: Sequence[str], max_bytes: int | None) -> Future[Ready | None] | None:
    """Start ``analyse_now`` in a forked process (Linux), or None where that cannot be done."""
    if not sys.platform.startswith("linux"):
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        future = executor.submit(analyse_now, list(paths), max_bytes)
        executor.shutdown(wait=False)
        return future
    except (OSError, RuntimeError, ValueError):
        return None


def collect(future: Future[Ready | None] | None, paths: Sequence[str], max_bytes: int | None) -> Ready | None:
    """The background result, or the same work done here if the background process failed."""
    if future is not None:
        try:
            return future.result(timeout=60)
        except Exception:  # noqa: BLE001 - any failure there: do it here instead
            pass
    return analyse_now(paths, max_bytes)
