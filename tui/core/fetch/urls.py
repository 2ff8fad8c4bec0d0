"""Web addresses: what counts as one, which are fetched, how they are shown, and lists of them in a file.

Nothing here imports an HTTP client: telling an address from a path, and
reading a list of addresses, must stay fast for the command line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..model import LoadError
from ..printable import path_name, printable
from .options import FetchOptions

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_FETCHED_SCHEMES = ("http", "https")
_COMMENT = re.compile(r"(?:^|\s)#.*$")
MAX_LIST_BYTES = 4 * 1024 * 1024  # a list of addresses larger than this is not read


def is_url(text: str) -> bool:
    """Whether ``text`` is written as an address (``scheme://...``) rather than a path."""
    return bool(_SCHEME.match(text))


def wants_fetching(paths: Sequence[str], options: FetchOptions | None) -> bool:
    """Whether opening ``paths`` (with ``options``) needs the web sources stage at all."""
    return any(is_url(p) for p in paths) or (options is not None and options.has_sources)


def url_problem(url: str) -> str | None:
    """Why ``url`` is not fetched (another scheme, no host, spaces or controls), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return "not a valid web address"
    if parts.scheme.lower() not in _FETCHED_SCHEMES:
        return f"only http and https addresses are fetched, not {printable(parts.scheme.lower())}"
    if not parts.hostname:
        return "not a valid web address (no host)"
    if any(c.isspace() or not c.isprintable() for c in url):
        return "not a valid web address (it holds spaces or control characters)"
    return None


def host_of(url: str) -> str:
    """The host of ``url``, lower case: requests to one host are made one at a time."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def normal_url(url: str) -> str:
    """``url`` as the cache knows it: scheme and host in lower case, no fragment, '/' for an empty path."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def shown(url: str) -> str:
    """How an address is shown anywhere (messages, the article list, the JSON's ``path``)."""
    return printable(url)


def read_url_list(path: Path) -> tuple[list[str], list[LoadError]]:
    """The addresses in a text file, one a line; blank lines and ``#`` comments are skipped.

    Returns:
        The addresses in order, and one error for the file if it cannot be read or holds none, or for
        each line that is not an http or https address (named ``FILE:LINE``).
    """
    from ..load.decode import DecodeError, decode_bytes
    from ..reading import Unreadable, read_file_bytes

    name = path_name(path)
    try:
        text = decode_bytes(read_file_bytes(path, MAX_LIST_BYTES))
    except (Unreadable, DecodeError) as exc:
        return [], [LoadError(name, f"list of addresses cannot be read: {exc}")]
    urls: list[str] = []
    errors: list[LoadError] = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = _COMMENT.sub("", line).strip()
        if not entry:
            continue
        problem = url_problem(entry) if is_url(entry) else "not a web address (http://... or https://...)"
        if problem:
            errors.append(LoadError(f"{name}:{number}", problem))
        else:
            urls.append(entry)
    if not urls and not errors:
        errors.append(LoadError(name, "list of addresses holds none"))
    return urls, errors
