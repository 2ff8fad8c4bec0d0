"""Start-up of the reader: analyse a small set while the user interface is being imported.

Importing Textual takes most of the start-up time, and a small set of
articles can be analysed meanwhile on the other core: the reader's first
frame then already shows every highlight. Nothing here imports Textual.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

from .collection import release_collection
from .core.limits import DEFAULT_MAX_BYTES
from .core.model import Briefing
from .opening import open_briefing, problems_of

SMALL_SET = 12  # files; larger sets are loaded by the reader's worker, with progress


@dataclass(frozen=True)
class Ready:
    """A briefing analysed before the app started, with the problems to report."""

    briefing: Briefing
    problems: list[str]


def analyze_now(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, limit: int = SMALL_SET) -> Ready | None:
    """Analyse a small set right away, without its alignments (None for larger sets)."""
    from .core.load import expand_paths
    from .resources import seed_paths

    items = list(expand_paths(paths)) if paths else seed_paths()
    if len(items) > limit:
        return None
    loaded, briefing = open_briefing(paths, max_bytes, with_alignments=False)
    return Ready(briefing, problems_of(loaded))


@dataclass(frozen=True)
class Background:
    """A forked process analysing a small set, and the pipe its result comes back on."""

    pid: int
    pipe: int


def analyze_in_background(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Background | None:
    """Start ``analyze_now`` in a forked process (where there is ``fork``), or None where that cannot be done.

    A bare fork with a pipe: a process pool would cost more to start than
    the two seeds take to analyse.
    """
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        return None
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: analyse, send the pickled result, and leave without any clean-up of the parent's
        status = 1
        try:
            os.close(read_end)
            release_collection()  # (the analysis makes garbage)
            data = pickle.dumps(analyze_now(list(paths), max_bytes), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return Background(pid, read_end)


def _receive(background: Background, timeout: float) -> Ready | None:
    """The child's result; an error if it failed or took too long (then it is killed and reaped)."""
    try:
        data = _read_until_closed(background.pipe, timeout)
    except BaseException:  # too slow, or interrupted: the child is of no more use
        with contextlib.suppress(OSError):
            os.kill(background.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(background.pid, 0)
        raise
    _pid, status = os.waitpid(background.pid, 0)
    if status != 0:
        raise ChildProcessError(f"the background analysis failed (status {status})")
    result = pickle.loads(data)
    if result is not None and not isinstance(result, Ready):
        raise TypeError("the background analysis sent something else")
    return result


def _read_until_closed(pipe: int, timeout: float) -> bytes:
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([pipe], [], [], left)[0]:
            raise TimeoutError("the background analysis took too long")
        chunk = os.read(pipe, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def collect(
    background: Background | None, paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 60
) -> Ready | None:
    """The background result, or the same work done here if the background process failed."""
    if background is not None:
        try:
            return _receive(background, timeout)
        except Exception:
            pass
        finally:
            os.close(background.pipe)
    return analyze_now(paths, max_bytes)
