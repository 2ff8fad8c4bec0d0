"""A few requests at once, one per host at a time.

``HostGate`` holds each host's turn for the length of one request; the
``Dispatcher`` runs jobs on at most ``MAX_AT_ONCE`` threads and takes first
the job whose host nobody is fetching from, so a feed of twenty pages from
one site never keeps the pages of other sites waiting. The threads are
daemons: a reader that quits does not wait for a slow server.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from .options import MAX_AT_ONCE

IDLE_SECONDS = 0.2  # how often a caller waiting for results is asked whether to go on
J = TypeVar("J")
R = TypeVar("R")


class HostGate:
    """At most one request to each host at a time: a request waits for its host's turn."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._busy: set[str] = set()

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold ``host``'s turn (waiting for it) while the block runs."""
        with self._changed:
            while host in self._busy:
                self._changed.wait()
            self._busy.add(host)
        try:
            yield
        finally:
            with self._changed:
                self._busy.discard(host)
                self._changed.notify_all()


class Dispatcher(Generic[J, R]):
    """Runs ``work`` on jobs in a few daemon threads; results come back in the order they are done.

    Args:
        work: what to do with a job (it should not raise; an exception is handed back as its result).
        host: the host a job starts at; jobs of a host that another job holds wait for it.
        workers: threads at most.
    """

    def __init__(self, work: Callable[[J], R], host: Callable[[J], str], workers: int = MAX_AT_ONCE) -> None:
        self._work = work
        self._host = host
        self._workers = workers
        self._changed = threading.Condition()
        self._pending: list[J] = []
        self._held: set[str] = set()  # hosts a running job started at
        self._threads: list[threading.Thread] = []
        self._done: queue.SimpleQueue[tuple[J, R | BaseException]] = queue.SimpleQueue()
        self._outstanding = 0
        self._stopped = False

    def submit(self, job: J) -> None:
        """Queue ``job``; a thread is started for it when fewer than ``workers`` run."""
        with self._changed:
            self._pending.append(job)
            self._outstanding += 1
            if len(self._threads) < self._workers:
                thread = threading.Thread(target=self._run, name="briefing-fetch", daemon=True)
                self._threads.append(thread)
                thread.start()
            self._changed.notify_all()

    def results(self, idle: Callable[[], None] | None = None) -> Iterator[tuple[J, R | BaseException]]:
        """Every job's result as it is done, until no job is left (jobs may be submitted meanwhile).

        Args:
            idle: called every ``IDLE_SECONDS`` while no result comes; it may raise to stop waiting (a
                reader that quits does not wait for a slow server).
        """
        while True:
            with self._changed:
                if not self._outstanding:
                    return
            try:
                job, result = self._done.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                if idle is not None:
                    idle()
                continue
            with self._changed:
                self._outstanding -= 1
            yield job, result

    def stop(self) -> None:
        """Start no more jobs; the threads end after their current one."""
        with self._changed:
            self._stopped = True
            self._pending.clear()
            self._changed.notify_all()

    def _next(self) -> J | None:
        """The first pending job whose host is free (waiting for one), or None once stopped."""
        with self._changed:
            while not self._stopped:
                for i, job in enumerate(self._pending):
                    host = self._host(job)
                    if host not in self._held:
                        self._held.add(host)
                        return self._pending.pop(i)
                self._changed.wait()
            return None

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                result: R | BaseException = self._work(job)
            except BaseException as exc:  # handed back, so the caller never waits for a result that is lost
                result = exc
            with self._changed:
                self._held.discard(self._host(job))
                self._changed.notify_all()
            self._done.put((job, result))
