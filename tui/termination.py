"""SIGTERM and SIGHUP end briefing the way an interrupt (SIGINT) does: work stopped, the terminal restored.

Without this, either signal kills the process at once: the reader leaves the
terminal in its alternate screen with the mouse reporting on and the cursor
hidden, and the worker processes of a large analysis are left running. The
command line turns them into ``Terminated``, a ``KeyboardInterrupt``, so the
same clean-up runs (worker processes are stopped); the reader, while its
event loop runs, closes the app (its driver restores the terminal).
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(KeyboardInterrupt):
    """The process was asked to end by a signal (its number is ``signum``)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_status(self) -> int:
        """The conventional exit status for a process ended by this signal (143 for SIGTERM)."""
        return 128 + self.signum


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Terminated(signum)


def raise_on_termination() -> None:
    """From now on SIGTERM and SIGHUP raise ``Terminated`` in the main thread (call it from the main thread)."""
    for signum in SIGNALS:
        try:
            signal.signal(signum, _raise)
        except (ValueError, OSError):  # not the main thread, or not allowed here
            pass


def exit_on_termination(exit: Callable[[int], None]) -> None:
    """In the running event loop: SIGTERM and SIGHUP call ``exit(status)``: the app closes and restores the terminal."""
    import asyncio

    loop = asyncio.get_running_loop()
    for signum in SIGNALS:
        try:
            loop.add_signal_handler(signum, exit, 128 + signum)
        except (NotImplementedError, RuntimeError, ValueError):  # no signals here (another thread, Windows)
            pass
