"""Work done in a forked process, its result sent back pickled on a pipe (standard library only, light).

The reader forks its analysis as the very first thing it does, before the
command line, the engine or Textual is imported: the child starts at once,
and the two processes share few pages that either must then copy.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Any, NamedTuple


class Background(NamedTuple):
    """A forked process at work, and the pipe its result comes back on."""

    pid: int
    pipe: int


def start(work: Callable[[], Any], before: Callable[[], None] | None = None) -> Background | None:
    """Run ``work`` in a forked process (where there is ``fork``); None where that cannot be done.

    The child's standard streams are closed to it (``/dev/null``): it never writes to the terminal, and a
    failure there shows only as a result that does not come.

    Args:
        work: what the child computes; its result must pickle.
        before: called first in the child (to resume garbage collection, say).

    Returns:
        The child and the read end of its pipe, or None.
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
    if pid == 0:  # the child: compute, send, and leave without any clean-up of the parent's
        status = 1
        try:
            os.close(read_end)
            _detach_streams()
            if before is not None:
                before()
            import pickle

            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return Background(pid, read_end)


def _detach_streams() -> None:
    """Point the child's standard streams, and Python's objects for them, at ``/dev/null``."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        sys.stdout = sys.stderr = open(null, "w", closefd=False)  # noqa: SIM115 (the child's, until it ends)


def receive(background: Background, timeout: float) -> Any:
    """The child's result (the pipe is left open); an error if it failed or took too long (then it is
    killed). The child is reaped either way.

    Args:
        background: the child.
        timeout: seconds to wait for all of its result.
    """
    import pickle

    try:
        data = _read_until_closed(background.pipe, timeout)
    except BaseException:  # too slow, or interrupted: the child is of no more use
        _stop(background)
        raise
    _pid, status = os.waitpid(background.pid, 0)
    if status != 0:
        raise ChildProcessError(f"the background work failed (status {status})")
    return pickle.loads(data)


def discard(background: Background | None) -> None:
    """Stop the child, reap it and close its pipe (its result is not wanted)."""
    if background is None:
        return
    _stop(background)
    with contextlib.suppress(OSError):
        os.close(background.pipe)


def _stop(background: Background) -> None:
    with contextlib.suppress(OSError):
        os.kill(background.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.waitpid(background.pid, 0)


def _read_until_closed(pipe: int, timeout: float) -> bytes:
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([pipe], [], [], left)[0]:
            raise TimeoutError("the background work took too long")
        chunk = os.read(pipe, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
