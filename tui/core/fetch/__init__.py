"""Articles from the web: pages, feeds and lists of addresses, fetched politely and kept for offline reading.

This is the only part of briefing that touches the network. It turns the
addresses it is given into saved pages (files in the page cache, each with
the address it is shown under), so the loaders read a fetched page exactly
as they read a page saved by hand. ``httpx`` is imported only when a page
has to be fetched; opening pages from the cache needs no network and no
HTTP client.

- ``urls``: what counts as an address, how it is shown, lists of addresses.
- ``client``: one polite HTTP client (timeouts, redirects, size and type limits).
- ``reasons``: one short reason for every way a request can fail.
- ``content``: which content types are read, feeds told from pages, charsets.
- ``feeds``: the latest items of an RSS or Atom feed (feedparser).
- ``dispatch``: a few requests at once, one per host at a time.
- ``cache``: fetched pages as plain files with a JSON record of each.
- ``gather``: addresses, feeds and lists in, saved pages and one line per failure out.
"""

from __future__ import annotations

from .options import FetchOptions
from .urls import is_url, wants_fetching

__all__ = ["FetchOptions", "is_url", "wants_fetching"]
