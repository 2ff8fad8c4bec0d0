"""Web sources in, saved pages out: addresses, feeds and lists of addresses turned into files to load.

The sources keep the order they were given in (the paths and addresses on
the command line, then each list's addresses, then each feed's items); a
feed stands for its items. Every address is looked up in the page cache
first and fetched only when it is not there (or ``refresh`` asks for it:
then with a conditional request, and the cached copy is kept when the
server says it is current or cannot be reached). What comes out is the
list of paths to load, with the address each saved page is shown under,
and one error for each source that gave nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..limits import DEFAULT_MAX_BYTES
from ..model import LoadError
from ..printable import path_name
from ..reading import Unreadable, read_file_bytes
from .cache import Entry, PageCache, default_page_cache
from .client import Client, Response, Validators, too_large
from .content import as_saved, kind_of, media_type
from .dispatch import Dispatcher, HostGate
from .feeds import feed_items
from .options import FetchOptions
from .reasons import failure_reason
from .sources import Gathered, Source, gathered, sources_of
from .urls import host_of, normal_url, shown, url_problem

if TYPE_CHECKING:
    import tempfile

Progress = Callable[[int, int], None]  # (addresses done, addresses known so far); it may raise to stop


@dataclass(frozen=True, slots=True)
class _Job:
    source: Source
    cached: Entry | None  # the copy a refresh asks about


class _Gathering:
    """The state of one gathering: the cache, the client and threads (once needed), the progress."""

    def __init__(self, options: FetchOptions, max_bytes: int, cache: PageCache | None, progress: Progress | None):
        self.options = options
        self.max_bytes = max_bytes
        self.cache = cache
        self.store = cache
        self.progress = progress
        self.temporary: tempfile.TemporaryDirectory[str] | None = None
        self.display: dict[Path, str] = {}
        self.warnings: list[LoadError] = []
        self.leads: dict[str, Source] = {}  # the first source of each address: it is fetched for all
        self.followers: list[tuple[Source, Source]] = []  # later sources of an address, and its first
        self.known = 0
        self.done = 0
        self.client: Client | None = None
        self.dispatcher: Dispatcher[_Job, Response] | None = None

    # -- starting and finishing each address -------------------------------------------------
    def start(self, source: Source) -> None:
        """Look ``source``'s address up in the cache, or queue it to be fetched."""
        url = source.url or ""
        self.known += 1
        problem = url_problem(url)
        if problem:
            source.fail(problem)
            self.finish()
            return
        lead = self.leads.setdefault(normal_url(url), source)
        if lead is not source:  # an address given twice is fetched once; it gives the same for both
            self.followers.append((source, lead))
            self.finish()
            return
        cached = self.cache.get(url) if self.cache is not None else None
        if cached is not None and not self.options.refresh:
            self.accept(source, cached)
            return
        self._fetcher().submit(_Job(source, cached))

    def finish(self) -> None:
        """One more address done: say so."""
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.known)

    def accept(self, source: Source, entry: Entry) -> None:
        """Take a page or a feed (from the cache or just stored) as what ``source`` gave."""
        kind = entry.record.kind
        if kind == "page" and source.role == "feed":
            source.fail("not a feed (a web page)")
        elif kind == "feed" and source.role == "item":
            source.fail("a feed, not an article")
        elif entry.record.size > self.max_bytes:
            source.fail(too_large(entry.record.size, self.max_bytes))
        elif kind == "page":
            source.files.append(entry.path)
            self.display[entry.path] = shown(source.url or "")
        else:
            try:
                body = PageCache.read(entry)
            except Unreadable as exc:
                source.fail(f"the cached feed cannot be read: {exc}")
            else:
                self.expand(source, body, source.url or "", shown(source.url or ""))
        self.finish()

    def expand(self, source: Source, body: bytes, base: str, name: str) -> None:
        """A feed's items as sources of their own, started at once (``name``: the feed, as shown)."""
        links, reason = feed_items(body, base, self.options.limit)
        if reason:
            source.errors.append(LoadError(name, reason))
        for link in links:
            item = Source(url=link, role="item")
            source.items.append(item)
            self.start(item)

    # -- fetching ---------------------------------------------------------------------------
    def _fetcher(self) -> Dispatcher[_Job, Response]:
        """The threads that fetch (and the HTTP client they share), made when first needed."""
        if self.dispatcher is None:
            gate = HostGate()
            client = self.client = Client(self.options, self.max_bytes, gate)

            def fetch(job: _Job) -> Response:
                record = job.cached.record if job.cached is not None else None
                validators = Validators(record.etag, record.last_modified) if record is not None else None
                return client.get(job.source.url or "", validators)

            self.dispatcher = Dispatcher(fetch, lambda job: host_of(job.source.url or ""))
        return self.dispatcher

    def run(self) -> None:
        """Fetch everything queued (and the items of the feeds among it), handling each answer as it comes."""
        if self.dispatcher is None:
            return

        def idle() -> None:
            if self.progress is not None:
                self.progress(self.done, self.known)  # (it raises to stop: the reader was closed)

        idle()  # (what is left to fetch is known now)
        try:
            for job, outcome in self.dispatcher.results(idle):
                self.answered(job, outcome)
        finally:
            self.dispatcher.stop()
        if self.client is not None:
            self.client.close()

    def share(self) -> None:
        """Give every later source of an address what its first source gave (each is loaded where it comes
        first in the order given, whichever was fetched first)."""
        for source, lead in self.followers:
            source.files, source.items = lead.files, lead.items
            source.errors, source.warnings = lead.errors, lead.warnings

    def answered(self, job: _Job, outcome: Response | BaseException) -> None:
        """Handle a server's answer (or the failure) for one address."""
        source = job.source
        if isinstance(outcome, BaseException):
            if not isinstance(outcome, Exception):
                raise outcome
            reason = failure_reason(outcome, self.options.timeout, self.options.connect_timeout)
            if job.cached is None:
                source.fail(reason)
                self.finish()
                return
            source.warnings.append(
                LoadError(
                    shown(source.url or ""),
                    f"not refreshed ({reason}); the copy of {job.cached.record.fetched} is shown",
                )
            )
            self.accept(source, job.cached)
        elif outcome.status == 304 and job.cached is not None:
            self.accept(source, self._touched(job.cached))
        else:
            self.received(source, outcome)

    def received(self, source: Source, response: Response) -> None:
        """A page or feed that arrived: stored, then taken."""
        kind = kind_of(response.content_type, response.body)
        if kind is None:
            what = media_type(response.content_type) or "no content type"
            source.fail(f"not an article: neither HTML nor an RSS or Atom feed ({what})")
            self.finish()
            return
        body = as_saved(response.body, response.content_type) if kind == "page" else response.body
        validators = response.validators or Validators()
        page = (source.url or "", response.final_url, kind, body, response.content_type, validators.etag)
        try:
            entry = self._store().put(*page, validators.last_modified)
        except OSError as exc:
            entry = self._kept_for_now(exc).put(*page, validators.last_modified)
        self.accept(source, entry)

    def _touched(self, entry: Entry) -> Entry:
        return self.store.touch(entry) if self.store is not None else entry

    def _store(self) -> PageCache:
        return self.store if self.store is not None else self._kept_for_now(None)

    def _kept_for_now(self, exc: OSError | None) -> PageCache:
        """A folder for this run's pages, when there is no cache or it cannot be written (said once)."""
        if self.temporary is None:
            import tempfile

            self.temporary = tempfile.TemporaryDirectory(prefix="briefing-pages-")
            if exc is not None and self.cache is not None:
                reason = (exc.strerror or exc.__class__.__name__).lower()
                self.warnings.append(
                    LoadError(
                        path_name(self.cache.folder), f"page cache cannot be written ({reason}); pages are not kept"
                    )
                )
        self.store = PageCache(Path(self.temporary.name))
        return self.store


def _read_feed_file(gathering: _Gathering, source: Source, path: str) -> None:
    """A feed given as a file: its items, as sources of their own (the file itself is not loaded)."""
    name = path_name(path)
    try:
        body = read_file_bytes(Path(path), gathering.max_bytes)
    except Unreadable as exc:
        source.errors.append(LoadError(name, f"feed cannot be read: {exc}"))
        return
    gathering.expand(source, body, name, name)


def gather(
    paths: Sequence[str],
    options: FetchOptions | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cache: PageCache | Literal["default"] | None = "default",
) -> Gathered:
    """The paths to load for ``paths`` (files, folders and addresses) and the web sources of ``options``.

    Args:
        paths: as the user gave them; addresses among them are fetched (a feed stands for its items).
        options: feeds, lists of addresses, the item limit, refreshing, the timeout.
        max_bytes: the size limit of a page (and of a feed).
        progress: told (addresses done, addresses known so far) as each is done.
        cache: the page cache ("default": the user's; None: pages kept for this run only).

    Returns:
        The paths in order with the address of each saved page, the errors and the warnings. Call
        ``close`` once the paths are loaded.
    """
    options = options or FetchOptions()
    gathering = _Gathering(options, max_bytes, default_page_cache() if cache == "default" else cache, progress)
    sources, feed_files = sources_of(paths, options)
    for source, path in feed_files:
        _read_feed_file(gathering, source, path)
    for source in sources:
        if source.url is not None:
            gathering.start(source)
    gathering.run()
    gathering.share()
    warnings = list(gathering.warnings)
    if gathering.cache is not None and (warning := gathering.cache.warning()) is not None:
        warnings.append(warning)
    return gathered(sources, gathering.display, warnings, gathering.temporary)
