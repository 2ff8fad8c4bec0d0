"""A time budget for the work on one file: work that runs away is stopped, and the file reported.

Every part of the engine is meant to be linear in the size of its input;
the budget is the safety net for an input shape nobody foresaw, so that one
file can never hold up a whole batch. It is generous (a minute, plus a
margin per megabyte well beyond what the stress shapes need), is set for
files of 64 KB and more (smaller ones take milliseconds), and works in
any thread: when it runs out, ``OverBudget`` is raised in the thread doing
the work, at its next Python instruction (a long call into C code, such as
a single regular expression or the HTML parser, finishes first).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .limits import MIB

ENABLED = True  # (the stress measurements turn it off to see the engine's own growth)
BASE_SECONDS = 60.0
SECONDS_PER_MB = 15.0
FROM_BYTES = 64 * 1024  # smaller files take milliseconds: no timer for them (starting one costs more)


class OverBudget(BaseException):
    """The work on one file took longer than its time budget.

    A ``BaseException``, like ``KeyboardInterrupt``: the ``except Exception``
    of a library does not swallow it.
    """


def seconds_for(size: int) -> float | None:
    """The time budget for a file of ``size`` bytes (None: no budget, for small files)."""
    return BASE_SECONDS + SECONDS_PER_MB * size / MIB if size >= FROM_BYTES else None


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> bool:
    """Raise ``exception`` in the thread ``thread_id`` at its next instruction (None: take it back if not yet raised)."""
    try:
        import ctypes

        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return False
    value = ctypes.py_object(exception) if exception is not None else None
    return bool(set_async_exc(ctypes.c_ulong(thread_id), value))


class _Alarm:
    """A timer that raises OverBudget in the thread that set it, unless cancelled first."""

    def __init__(self, seconds: float) -> None:
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.done = self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        with self.lock:
            if self.done:
                return
            self.fired = _raise_in(self.thread_id, OverBudget) or self.fired
            again = threading.Timer(1.0, self._fire)  # until the work stops (in case it swallowed the exception)
            again.daemon = True
            self.timer = again
            again.start()

    def cancel(self) -> bool:
        """Stop the timer; whether it went off (its exception is then taken back if it is still pending)."""
        with self.lock:
            self.done = True
            fired = self.fired
            self.timer.cancel()
        if fired:
            _raise_in(self.thread_id, None)
        return fired


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the body with a time budget: OverBudget is raised in it (or at its end) when the time runs out."""
    if not ENABLED or seconds is None:
        yield
        return
    alarm = _Alarm(seconds)
    alarm.timer.start()
    try:
        yield
    finally:
        fired = alarm.cancel()
    if fired:
        raise OverBudget
