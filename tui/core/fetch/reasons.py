"""One short reason for every way fetching a page can fail: the words the user reads after the address."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from http import HTTPStatus
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ssl


class Failed(Exception):
    """A page could not be fetched or is not read; the message says why, in a few words."""


def http_status(code: int) -> str:
    """'HTTP 404 (Not Found)': the code, and its standard name (never the server's own words)."""
    try:
        return f"HTTP {code} ({HTTPStatus(code).phrase})"
    except ValueError:
        return f"HTTP {code}"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the exceptions it was raised from, outermost first (at most a few)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 8:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _tls_reason(error: ssl.SSLError) -> str:
    import ssl

    if isinstance(error, ssl.SSLCertVerificationError) and error.verify_message:
        return f"TLS error: certificate not trusted ({error.verify_message})"
    detail = (error.reason or error.__class__.__name__).replace("_", " ").lower()
    return f"TLS error: {detail}"


_OS_REASONS = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset by the server",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable",
}
_DNS_WORDS = ("name or service not known", "nodename nor servname", "name resolution", "getaddrinfo", "no address")


def _os_reason(exc: BaseException) -> str | None:
    """The reason told by an operating-system error behind a failure, if there is one."""
    import socket
    import ssl  # (both loaded already by the HTTP client that failed)

    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLError):
            return _tls_reason(cause)
        if isinstance(cause, socket.gaierror):
            return "DNS lookup failed: no such host (or no network)"
        if isinstance(cause, OSError) and cause.errno in _OS_REASONS:
            return _OS_REASONS[cause.errno]
    text = str(exc).lower()
    if any(words in text for words in _DNS_WORDS):
        return "DNS lookup failed: no such host (or no network)"
    if "certificate" in text or "ssl" in text:
        return f"TLS error: {exc}"
    return None


def failure_reason(exc: BaseException, timeout: float, connect_timeout: float) -> str:
    """Why a request raised ``exc`` (an ``httpx`` error, ``Failed``, or an OS error)."""
    import httpx

    if isinstance(exc, Failed):
        return str(exc)
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (no answer in {connect_timeout:g} s)"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out (the server sent nothing for {timeout:g} s)"
    reason = _os_reason(exc)
    if reason:
        return reason
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server broke off the response"
    if isinstance(exc, httpx.DecodingError):
        return "the response's compression is broken"
    if isinstance(exc, (httpx.ConnectError, OSError)):
        return f"cannot connect ({exc or exc.__class__.__name__})"
    return f"request failed ({exc.__class__.__name__}: {exc})"
