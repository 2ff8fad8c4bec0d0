"""Worker processes for per-file work: started safely, stopped with their parent.

Where no other thread runs (the command line, the bench) workers are forked
and start in milliseconds; beside the reader's threads they are spawned.
Workers leave interruptions to the parent, which stops them when it is
interrupted or terminated; on Linux a worker whose parent is killed outright
is ended by the kernel, so none is ever left behind.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

J = TypeVar("J", bound=tuple[Any, ...])
R = TypeVar("R")


def _worker_start() -> None:
    """In each worker process: leave interruptions to the parent, and end with it.

    The parent stops the workers when it is interrupted or terminated; a
    worker whose parent is killed outright is ended by the kernel (Linux).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes at once (the parent was interrupted)."""
    terminate = getattr(pool, "terminate_workers", None)  # (Python 3.14)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass


def can_fork() -> bool:
    """Whether worker processes can be forked: Linux, and no thread but this one (a fork copies no threads,
    so locks other threads hold would stay locked in the workers)."""
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


def in_pool(
    run_batch: Callable[[list[J]], list[R]],
    run_one: Callable[..., R],
    jobs: dict[int, J],
    results: dict[int, R],
    workers: int,
    total: int,
    progress: Callable[[int, int], None] | None,
    forked: bool,
) -> None:
    """Run ``jobs`` in worker processes (``forked``, or spawned), filling ``results`` as they come.

    Args:
        run_batch: runs a list of jobs in a worker (a module-level function, so spawned workers find it).
        run_one: runs one job here (``run_one(*job)``).
        jobs: the jobs by position.
        results: filled with what each job gave, by position; what is missing when this returns
            (no workers could start, or they failed) is left for the caller to do.
        workers: how many processes.
        total: the number of files in all, for ``progress``.
        progress: called with (done, total) after every batch; it may raise to cancel.
        forked: fork the workers (only where no other thread runs) rather than spawn them.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    todo = list(jobs)
    if forked:
        # the first job here, before forking: the workers inherit the loaded data and compiled patterns
        first, todo = todo[0], todo[1:]
        results[first] = run_one(*jobs[first])
    # (spawned workers are safe beside the reader's threads)
    context: BaseContext = multiprocessing.get_context("fork" if forked else "spawn")
    chunk = max(1, len(todo) // (workers * 8))
    batches = [todo[k : k + chunk] for k in range(0, len(todo), chunk)]
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start)
    except (OSError, RuntimeError, ValueError):
        return  # no worker processes here: the rest is done in this process
    done_before = total - len(jobs)
    try:
        futures = [pool.submit(run_batch, [jobs[i] for i in batch]) for batch in batches]
        for batch, future in zip(batches, futures):
            results.update(zip(batch, future.result()))
            if progress:
                progress(done_before + len(results), total)  # may raise to cancel
    except (BrokenProcessPool, OSError, RuntimeError, ValueError):
        pass  # the pool could not run here (no usable file descriptors, no fork): the rest is done here
    except BaseException:
        _stop_workers(pool)  # interrupted, terminated or cancelled: no worker outlives this
        pool.shutdown(wait=True, cancel_futures=True)  # (the workers are gone: this only joins its own thread)
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
