"""What the user asked to fetch, and how: feeds, lists of addresses, the item limit, refreshing, timeouts."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_LIMIT = 20  # items of each feed
DEFAULT_TIMEOUT = 20.0  # seconds a server may keep a page waiting without sending anything
CONNECT_TIMEOUT = 10.0  # seconds to connect (at most the timeout)
DEADLINE_FACTOR = 3  # a whole page (every redirect and byte of it) within this many timeouts
MAX_AT_ONCE = 4  # requests at once, all hosts together
MAX_REDIRECTS = 5  # redirects followed for one page


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """The web sources beside the paths given, and how to fetch them.

    Attributes:
        feeds: RSS or Atom feeds, as addresses or local files (``--feed``).
        url_lists: text files of addresses, one a line (``--urls``).
        limit: the latest items read from each feed (``--limit``).
        refresh: fetch again what the cache holds, with conditional requests (``--refresh``).
        timeout: seconds a server may take to answer or to send more of a page (``--timeout``).
    """

    feeds: tuple[str, ...] = ()
    url_lists: tuple[str, ...] = ()
    limit: int = DEFAULT_LIMIT
    refresh: bool = False
    timeout: float = DEFAULT_TIMEOUT

    @property
    def connect_timeout(self) -> float:
        """Seconds to connect to a server."""
        return min(CONNECT_TIMEOUT, self.timeout)

    @property
    def deadline(self) -> float:
        """Seconds one page may take in all (a server trickling bytes is cut off too)."""
        return DEADLINE_FACTOR * self.timeout

    @property
    def has_sources(self) -> bool:
        """Whether feeds or lists of addresses are given."""
        return bool(self.feeds or self.url_lists)
