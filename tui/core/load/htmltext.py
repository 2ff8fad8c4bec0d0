"""Plain text of an HTML fragment, block by block, without scripts, styles or markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .clean import clean_text, tidy_line

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer "
    "figure figcaption dd dt hr main aside nav".split()
)
_HIDDEN_TAGS = frozenset("script style noscript template svg math head title iframe object".split())
_FURNITURE_TAGS = frozenset("nav footer aside form figcaption button".split())


class _TextCollector(HTMLParser):
    """Collects text, breaking at block-level tags and skipping hidden ones."""

    def __init__(self, skip_furniture: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = _HIDDEN_TAGS | (_FURNITURE_TAGS if skip_furniture else frozenset())
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.skip:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def without_open_tags_at_end(html: str) -> str:
    """``html`` with the ``<`` after its last ``>`` escaped: they can only open tags that never close, and
    Python's HTML parser reads each of those to the end again (so thousands of them took minutes)."""
    end = html.rfind(">") + 1
    return html if "<" not in html[end:] else html[:end] + html[end:].replace("<", "&lt;")


def html_fragment_text(html: str, skip_furniture: bool = False) -> list[str]:
    """The non-empty text lines of an HTML fragment, one per block element."""
    collector = _TextCollector(skip_furniture)
    collector.feed(without_open_tags_at_end(html))
    collector.close()
    text = clean_text("".join(collector.parts))
    return [tidy_line(line) for line in text.split("\n") if line.strip()]
