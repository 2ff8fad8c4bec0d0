"""One polite HTTP client: a User-Agent naming briefing, timeouts, redirects and sizes bounded.

Redirects are followed here, hop by hop, so that every hop is checked (only
http and https, never back to an address already visited, at most
``MAX_REDIRECTS``) and takes its host's turn: at most one request to a host
is made at a time. A page is refused before its body is read when its
status, content type or announced length says it will not be read, and
reading stops as soon as it is larger than the size limit or takes longer
than its deadline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ... import __version__
from ..limits import megabytes
from .content import ACCEPT, accepted, media_type
from .dispatch import HostGate
from .options import MAX_AT_ONCE, MAX_REDIRECTS, FetchOptions
from .reasons import Failed, http_status
from .urls import host_of, normal_url, url_problem

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"briefing/{__version__} (a terminal reader for comparing news coverage)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Validators:
    """The validators of a cached copy, sent to ask whether it changed (a conditional request)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional request headers."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Response:
    """What a server gave for a page: its bytes (none for 304 Not Modified) and the headers that are kept."""

    url: str  # the address asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 when the cached copy is still current
    body: bytes = b""
    content_type: str | None = None
    validators: Validators | None = None


def too_large(size: int | None, max_bytes: int) -> str:
    """The reason for a page over the size limit."""
    if size is None:
        return f"page is larger than the {megabytes(max_bytes)} limit"
    return f"page is {megabytes(size)}, larger than the {megabytes(max_bytes)} limit"


class Client:
    """Fetches pages with one ``httpx.Client`` shared by every thread (its connections are reused)."""

    def __init__(self, options: FetchOptions, max_bytes: int, gate: HostGate) -> None:
        import httpx

        self.options = options
        self.max_bytes = max_bytes
        self.gate = gate
        self._http = httpx.Client(
            timeout=httpx.Timeout(options.timeout, connect=options.connect_timeout),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=MAX_AT_ONCE, max_keepalive_connections=MAX_AT_ONCE),
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def get(self, url: str, validators: Validators | None = None) -> Response:
        """Fetch ``url``, following redirects.

        Raises:
            Failed: with the reason, when the page is not read (status, type, size, redirects, deadline).
            httpx.HTTPError: when the request itself fails (``reasons.failure_reason`` words it).
        """
        deadline = time.monotonic() + self.options.deadline
        headers = validators.headers() if validators else {}
        visited = {normal_url(url)}
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            with self.gate.slot(host_of(current)):
                outcome = self._request(url, current, headers, deadline)
            if isinstance(outcome, Response):
                return outcome
            problem = url_problem(outcome)
            if problem:
                raise Failed(f"redirected to an address that is not fetched ({problem})")
            if normal_url(outcome) in visited:
                raise Failed("redirect loop (redirected back to an address already visited)")
            visited.add(normal_url(outcome))
            current = outcome
        raise Failed(f"more than {MAX_REDIRECTS} redirects")

    def _request(self, url: str, current: str, headers: dict[str, str], deadline: float) -> Response | str:
        """One request: the response, or the address it redirects to."""
        with self._http.stream("GET", current, headers=headers) as response:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise Failed(f"{http_status(status)} without an address to go to")
                return urljoin(str(response.url), str(location).strip())
            if status == 304 and headers:
                return Response(url, str(response.url), 304, validators=_validators(response))
            if not 200 <= status < 300 or status == 204:
                raise Failed(http_status(status))
            content_type = response.headers.get("content-type")
            if not accepted(content_type):
                raise Failed(
                    f"not an article: the server sent {media_type(content_type)}, not HTML or an RSS or Atom feed"
                )
            length = _length(response)
            if length is not None and length > self.max_bytes:
                raise Failed(too_large(length, self.max_bytes))
            body = self._body(response, deadline)
            return Response(url, str(response.url), 200, body, content_type, _validators(response))

    def _body(self, response: httpx.Response, deadline: float) -> bytes:
        """The body, decoded from its transfer compression, stopped at the size limit or the deadline."""
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise Failed(too_large(None, self.max_bytes))
            if time.monotonic() > deadline:
                raise Failed(f"timed out (the page took more than {self.options.deadline:g} s in all)")
            chunks.append(chunk)
        return b"".join(chunks)


def _validators(response: httpx.Response) -> Validators:
    """The validators a server sent with a page, for a later conditional request."""
    return Validators(response.headers.get("etag"), response.headers.get("last-modified"))


def _length(response: httpx.Response) -> int | None:
    """The announced length of an uncompressed body, if the server gave one."""
    if response.headers.get("content-encoding", "identity").lower() not in ("", "identity"):
        return None  # (the length of the compressed bytes)
    try:
        return int(response.headers.get("content-length", ""))
    except ValueError:
        return None
