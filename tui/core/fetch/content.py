"""What a response holds: a page, a feed or something else, told by its content type and its first bytes.

Only HTML, XHTML and feeds (RSS, Atom, RDF) are read. A response
without a content type is told by its first bytes. A page is kept as UTF-8
when the server names another charset that its bytes decode in (a saved
page would carry that charset in its own tags; the loaders read UTF-8 first).
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["page", "feed"]

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
ACCEPT = (
    "text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.8,application/atom+xml;q=0.8,"
    "application/xml;q=0.5,text/xml;q=0.5"
)
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_PAGE_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I)


def media_type(content_type: str | None) -> str:
    """The media type of a ``Content-Type`` header, lower case, without its parameters ('' when none)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` header, or None."""
    match = re.search(r";\s*charset\s*=\s*\"?([A-Za-z0-9._:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def accepted(content_type: str | None) -> bool:
    """Whether a response of this content type is read at all (no type: told by the bytes)."""
    kind = media_type(content_type)
    return not kind or kind in PAGE_TYPES or kind in FEED_TYPES


def sniff(body: bytes) -> Kind | None:
    """'feed' or 'page' from the first bytes of a response, or None when they are neither."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf")
    if _FEED_START.match(head):
        return "feed"
    if _PAGE_START.match(head):
        return "page"
    return None


def kind_of(content_type: str | None, body: bytes) -> Kind | None:
    """What a response holds: 'page', 'feed', or None (not read).

    HTML and XHTML are pages, unless their bytes are a feed (servers send RSS
    as text/html too); the XML types are feeds when their bytes say so (an
    XHTML page sent as application/xml is a page); no type at all is told by
    the bytes.
    """
    kind = media_type(content_type)
    found = sniff(body)
    if kind in PAGE_TYPES:
        return "feed" if found == "feed" else "page"
    if kind in FEED_TYPES:
        return found or ("feed" if kind != "application/xml" and kind != "text/xml" else None)
    if not kind:
        return found
    return None


def as_saved(body: bytes, content_type: str | None) -> bytes:
    """A page's bytes as they are saved: UTF-8 when the server names a charset they decode in.

    Bytes that are UTF-8 already (or start with a byte-order mark), or that
    the named charset does not decode, are kept as they came: the loaders
    then tell the encoding as they do for a saved file.
    """
    charset = charset_of(content_type)
    if not charset or body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body
    try:
        body.decode("utf-8")
        return body
    except UnicodeDecodeError:
        pass
    try:
        return body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body
