"""From paths to a ``Briefing``: per-file work in parallel and cached, the rest at once.

Loading a file, finding its candidate actor mentions and its quotation spans
depend on that file alone: large sets do this in a process pool (both cores),
and every result is cached under the hash of the file's bytes and the
analysis version, so reopening a large folder only redoes what changed.
Merging actors, attributing quotes and aligning passages need all documents
and run afterwards in this process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .analyze import analyze
from .budget import OverBudget, seconds_for, time_budget
from .cache import ANALYSIS_VERSION, Cache, analysis_fingerprint, content_digest
from .limits import DEFAULT_MAX_BYTES
from .load import Loaded, expand_paths, format_of_name, load_bytes, read_article
from .mentions import document_candidates
from .model import Briefing, Document, LoadError, pickled_by_fields
from .names import Candidate
from .pool import can_fork, in_pool
from .printable import path_name
from .quotes import QuoteSpan, find_quotes

__all__ = ["ANALYSIS_VERSION", "Cache", "Cancelled", "Prepared", "analysis_fingerprint", "prepare_paths"]

PARALLEL_FROM = 48  # files; smaller sets are faster in one process than with worker start-up
FORKED_FROM = 32  # files, where workers can be forked (no other thread): they start in milliseconds
KEEP_BYTES = 64 * 1024 * 1024  # bytes read for the cache keys kept for the analysis, so most files are read once
ENTRY_BYTES_PER_BYTE = 64  # a cache entry is at most this many times its file's size (plus 1 MB), or not read
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


def prepare_bytes(data: bytes, name: str, kind: str | None = None) -> Prepared | LoadError:
    """The per-document work on an article's bytes (ids are set later); an internal error costs this file alone."""
    seconds = seconds_for(len(data))
    try:
        with time_budget(seconds):
            result, warning = load_bytes(data, name, "d0", kind)
            if isinstance(result, LoadError):
                return result
            return Prepared(result, tuple(document_candidates(result)), tuple(find_quotes(result)), warning)
    except OverBudget:
        return LoadError(name, f"took longer than {seconds or 0:.0f} s to analyse; skipped")
    except Exception as exc:  # a fault in the engine on one document: that document is reported, the rest go on
        if os.environ.get("BRIEFING_DEBUG"):
            raise  # (--debug: the traceback)
        return LoadError(name, f"internal error while analysing: {exc.__class__.__name__}")


def prepare_file(
    path: Path, name: str, max_bytes: int, data: bytes | None = None
) -> tuple[str | None, Prepared | LoadError]:
    """Read a file once (unless its bytes are given), and prepare it.

    Returns:
        The digest of the bytes that were analysed (for the cache key; None when the file could not be
        read), and what they gave.
    """
    if data is None:
        read = read_article(path, name, max_bytes)
        if isinstance(read, LoadError):
            return None, read
        data = read
    return content_digest(data), prepare_bytes(data, name, format_of_name(path))


Job = tuple[Path, str, int, "bytes | None"]
Result = tuple["str | None", "Prepared | LoadError"]


def _prepare_many(jobs: list[Job]) -> list[Result]:
    return [prepare_file(*job) for job in jobs]


def _can_fork() -> bool:
    """Whether worker processes can be forked (see ``pool.can_fork``)."""
    return can_fork()


def _in_pool(
    jobs: dict[int, Job], results: dict[int, Result], workers: int, total: int, progress: Progress | None, forked: bool
) -> None:
    """Prepare files in worker processes (``forked``, or spawned), filling ``results`` as they come."""
    in_pool(_prepare_many, prepare_file, jobs, results, workers, total, progress, forked)


def _with_id(prepared: Prepared, doc_id: str, display: str) -> Prepared:
    doc = replace(prepared.document, id=doc_id, path=display)
    candidates = tuple(c.in_document(doc_id) for c in prepared.candidates)
    warning = LoadError(display, prepared.warning.reason) if prepared.warning else None
    return Prepared(doc, candidates, prepared.quotes, warning)


def _text_length(prepared: Prepared) -> int:
    """The length of the text every offset of a result points into."""
    return len(prepared.document.text)


def _look_up(
    files: list[Path], names: list[str], max_bytes: int, cache: Cache
) -> tuple[dict[int, Prepared | LoadError], dict[int, Job]]:
    """Read every file once for its key: what the cache has (and the files that cannot be read), and the
    jobs for the rest (with their bytes, up to ``KEEP_BYTES`` in all, so they need not be read again)."""
    found: dict[int, Prepared | LoadError] = {}
    jobs: dict[int, Job] = {}
    kept = 0
    for i, path in enumerate(files):
        data = read_article(path, names[i], max_bytes)
        if isinstance(data, LoadError):
            found[i] = data
            continue
        key = cache.key(content_digest(data), format_of_name(path))
        hit = cache.get(key, Prepared, _text_length, max_bytes=ENTRY_BYTES_PER_BYTE * len(data) + 1024 * 1024)
        if hit is not None:
            found[i] = hit
            continue
        keep = kept + len(data) <= KEEP_BYTES
        kept += len(data) if keep else 0
        jobs[i] = (path, names[i], max_bytes, data if keep else None)
    return found, jobs


def _prepare_all(
    files: list[Path],
    names: list[str],
    max_bytes: int,
    cache: Cache | None,
    workers: int | None,
    progress: Progress | None,
) -> list[Prepared | LoadError]:
    """Every file prepared, from the cache or afresh (in worker processes for many), in order."""
    if cache is not None:
        found, jobs = _look_up(files, names, max_bytes, cache)
    else:
        found, jobs = {}, {i: (path, names[i], max_bytes, None) for i, path in enumerate(files)}
    total = len(files)
    if progress:
        progress(len(found), total)
    results: dict[int, Result] = {}
    workers = workers if workers is not None else (os.cpu_count() or 1)
    forked = _can_fork()  # (forked workers start in milliseconds, spawned ones import everything first)
    if len(jobs) >= (FORKED_FROM if forked else PARALLEL_FROM) and workers > 1:
        _in_pool(jobs, results, workers, total, progress, forked)
    for i, job in jobs.items():  # everything left (all of it for small sets, or if the pool could not run)
        if i not in results:
            results[i] = prepare_file(*job)
            if progress and len(results) % 10 == 0:
                progress(len(found) + len(results), total)
    for i, (digest, result) in results.items():
        found[i] = result
        if cache is not None and digest is not None and isinstance(result, Prepared):
            cache.put(cache.key(digest, format_of_name(files[i])), result)  # under the bytes it came from
    return [found[i] for i in range(total)]


def prepare_paths(
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
    names = [(display or {}).get(f) or path_name(f) for f in files]
    results = iter(zip(_prepare_all(files, names, max_bytes, cache, workers, progress), names))
    prepared: list[Prepared] = []
    warnings: list[LoadError] = []
    errors: list[LoadError] = []
    for item in items:  # errors in the order the paths were given
        result, name = (item, "") if isinstance(item, LoadError) else next(results)
        if isinstance(result, LoadError):
            errors.append(result)
            continue
        ready = _with_id(result, f"d{len(prepared) + 1}", name)
        prepared.append(ready)
        if ready.warning:
            warnings.append(ready.warning)
    cache_warning = cache.warning() if cache is not None else None
    if cache_warning is not None:
        warnings.append(cache_warning)
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
