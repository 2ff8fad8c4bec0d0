"""The latest items of a feed (RSS, Atom or RDF, read by feedparser): their addresses.

feedparser is given the feed's bytes as a stream, never a string: given a
string it would fetch an address or open a file of that name itself.
"""

from __future__ import annotations

import calendar
import io
from typing import Any
from urllib.parse import urljoin

from .urls import normal_url, url_problem


def _when(entry: Any) -> float | None:
    """When an item was published (or updated), as seconds since the epoch, if the feed says."""
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return float(calendar.timegm(moment)) if moment else None
    except (TypeError, ValueError, OverflowError):
        return None


def feed_items(body: bytes, url: str, limit: int) -> tuple[list[str], str | None]:
    """The addresses of a feed's latest ``limit`` items, newest first, and why there are none.

    Items are taken newest first when every item is dated, else in the
    feed's own order (feeds list their newest items first). Relative links
    are resolved against the feed's address; items without an http or https
    link are left out.

    Args:
        body: the feed's bytes.
        url: the feed's address, for relative links (or its file's name).
        limit: the most items to take.

    Returns:
        The addresses, and None, or no addresses and the reason.
    """
    import feedparser

    base = url if url_problem(url) is None else ""  # (a feed file's relative links go by the feed's own link)
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base} if base else None)
    home = base or str((parsed.get("feed") or {}).get("link") or "")
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            return [], "not a feed (its XML cannot be read)"
        return [], "feed has no items"
    times = [_when(entry) for entry in entries]
    if all(t is not None for t in times):
        order = sorted(range(len(entries)), key=lambda i: -(times[i] or 0.0))
        entries = [entries[i] for i in order]
    links: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        link = entry.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        link = urljoin(home, link.strip())
        if url_problem(link) is None and normal_url(link) not in seen:
            seen.add(normal_url(link))
            links.append(link)
        if len(links) >= limit:
            break
    if not links:
        return [], "feed has no items with a web address"
    return links, None
