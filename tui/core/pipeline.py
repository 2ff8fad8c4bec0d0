"""From paths to a ``Briefing``: per-file work in parallel and cached, the rest at once.

Loading a file, finding its candidate actor mentions and its quotation spans
depend on that file alone: large sets do this in a process pool (both cores),
and every result is cached under the hash of the file's bytes and the
analysis version, so reopening a large folder only redoes what changed.
Merging actors, attributing quotes and aligning passages need all documents
and run afterwards in this process.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .analyze import analyze
from .atomic import atomic_write_bytes
from .limits import DEFAULT_MAX_BYTES
from .load import Loaded, expand_paths, load_file
from .mentions import document_candidates
from .model import Briefing, Document, LoadError, pickled_by_fields
from .names import Candidate
from .quotes import QuoteSpan, find_quotes

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

ANALYSIS_VERSION = f"{__version__}-1"


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


PARALLEL_FROM = 48  # files; smaller sets are faster in one process than with worker start-up
FORKED_FROM = 32  # files, where workers can be forked (no other thread): they start in milliseconds
Progress = Callable[[int, int], None]  # (done, total); it may raise Cancelled to stop


class Cancelled(Exception):
    """Raised by a progress callback to stop loading (the reader was closed)."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Prepared:
    """What one file gives on its own: the document, its candidate mentions and quotation spans."""

    document: Document
    candidates: tuple[Candidate, ...]
    quotes: tuple[QuoteSpan, ...]
    warning: LoadError | None = None


def prepare_file(path: Path, display: str, max_bytes: int) -> Prepared | LoadError:
    """Load one file and do its per-document analysis (ids are set later)."""
    result, warning = load_file(path, "d0", display, max_bytes)
    if isinstance(result, LoadError):
        return result
    return Prepared(result, tuple(document_candidates(result)), tuple(find_quotes(result)), warning)


def _prepare_many(jobs: list[tuple[Path, str, int]]) -> list[Prepared | LoadError]:
    return [prepare_file(*job) for job in jobs]


class Cache:
    """Per-file results on disk, keyed by the hash of the file's bytes and the analysis version."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def key(self, path: Path, max_bytes: int) -> str | None:
        try:
            size = path.stat().st_size
            if size > max_bytes:
                return None
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return hashlib.sha256(f"{analysis_fingerprint()}:{max_bytes}:{digest}".encode()).hexdigest()[:40]

    def get(self, key: str) -> Prepared | None:
        try:
            with (self.folder / f"{key}.pickle").open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            return None
        return value if isinstance(value, Prepared) else None

    def put(self, key: str, value: Prepared) -> None:
        try:
            atomic_write_bytes(self.folder / f"{key}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a cache that cannot be written only costs time


def _can_fork() -> bool:
    """Whether worker processes can be forked: Linux, and no thread but this one (a fork copies no threads,
    so locks other threads hold would stay locked in the workers)."""
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


def _in_pool(
    todo: list[int],
    files: list[Path],
    names: list[str],
    max_bytes: int,
    results: list[Prepared | LoadError | None],
    workers: int,
    done: int,
    progress: Progress | None,
    forked: bool,
) -> int:
    """Prepare files in worker processes (``forked``, or spawned), filling ``results``; returns how many are done."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if forked:
        # the first file here, before forking: the workers inherit the loaded data and compiled patterns
        first, todo = todo[0], todo[1:]
        results[first] = prepare_file(files[first], names[first], max_bytes)
        done += 1
    # (spawned workers are safe beside the reader's threads)
    context: BaseContext = multiprocessing.get_context("fork" if forked else "spawn")
    chunk = max(1, len(todo) // (workers * 8))
    batches = [todo[k : k + chunk] for k in range(0, len(todo), chunk)]
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    except (OSError, RuntimeError, ValueError):
        return done  # no worker processes here: the rest is done in this process
    try:
        futures = [pool.submit(_prepare_many, [(files[i], names[i], max_bytes) for i in batch]) for batch in batches]
        for batch, future in zip(batches, futures):
            for i, result in zip(batch, future.result()):
                results[i] = result
            done += len(batch)
            if progress:
                progress(done, len(files))  # may raise to cancel
    except (BrokenProcessPool, OSError, RuntimeError, ValueError):
        pass  # the pool could not run here (no usable file descriptors, no fork): the rest is done here
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return done


def _with_id(prepared: Prepared, doc_id: str, display: str) -> Prepared:
    doc = replace(prepared.document, id=doc_id, path=display)
    candidates = tuple(c.in_document(doc_id) for c in prepared.candidates)
    warning = LoadError(display, prepared.warning.reason) if prepared.warning else None
    return Prepared(doc, candidates, prepared.quotes, warning)


def prepare_paths(  # noqa: C901 - split up with the start-up redesign
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    display: dict[Path, str] | None = None,
    cache: Cache | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> tuple[list[Prepared], Loaded]:
    """Every readable file under ``paths``, prepared, in order; ids d1, d2, ..."""
    items = list(expand_paths(paths))
    files = [item for item in items if not isinstance(item, LoadError)]
    file_index: dict[int, int] = {}  # position in items -> position in files
    for i, item in enumerate(items):
        if not isinstance(item, LoadError):
            file_index[i] = len(file_index)
    names = [(display or {}).get(f) or str(f) for f in files]
    results: list[Prepared | LoadError | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    if cache is not None:
        for i, path in enumerate(files):
            key = keys[i] = cache.key(path, max_bytes)
            hit = cache.get(key) if key else None
            if hit is not None:
                results[i] = hit
    todo = [i for i, r in enumerate(results) if r is None]
    todo_set = set(todo)
    done = len(files) - len(todo)
    if progress:
        progress(done, len(files))
    workers = workers if workers is not None else (os.cpu_count() or 1)
    forked = _can_fork()  # (forked workers start in milliseconds, spawned ones import everything first)
    if len(todo) >= (FORKED_FROM if forked else PARALLEL_FROM) and workers > 1:
        done = _in_pool(todo, files, names, max_bytes, results, workers, done, progress, forked)
    for i in todo:  # everything left (all of it for small sets, or if the pool could not run)
        if results[i] is None:
            results[i] = prepare_file(files[i], names[i], max_bytes)
            done += 1
            if progress and done % 10 == 0:
                progress(done, len(files))
    prepared: list[Prepared] = []
    warnings: list[LoadError] = []
    errors = []
    file_results = iter(results)
    for i, item in enumerate(items):  # errors in the order the paths were given
        if isinstance(item, LoadError):
            errors.append(item)
            continue
        result = next(file_results)
        assert result is not None
        if isinstance(result, LoadError):
            errors.append(result)
            continue
        k = file_index[i]
        key = keys[k]
        if cache is not None and key and k in todo_set:
            cache.put(key, result)
        ready = _with_id(result, f"d{len(prepared) + 1}", names[k])
        prepared.append(ready)
        if ready.warning:
            warnings.append(ready.warning)
    loaded = Loaded(tuple(p.document for p in prepared), tuple(errors), tuple(warnings))
    return prepared, loaded


def analyze_prepared(
    prepared: Sequence[Prepared], errors: Sequence[LoadError] = (), with_alignments: bool = True
) -> Briefing:
    """The whole analysis from prepared files (alignments may be left for later)."""
    return analyze(
        [p.document for p in prepared],
        errors,
        candidates=[p.candidates for p in prepared],
        quote_spans=[p.quotes for p in prepared],
        with_alignments=with_alignments,
    )


def default_cache() -> Cache | None:
    """The cache in the user's cache folder (``BRIEFING_CACHE_DIR`` overrides; empty disables it)."""
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override is not None:
        return Cache(Path(override)) if override else None
    from platformdirs import user_cache_dir

    return Cache(Path(user_cache_dir("briefing")) / "analysis")
