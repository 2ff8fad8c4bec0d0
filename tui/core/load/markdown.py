"""Markdown with optional YAML front matter, rendered to plain-text blocks with markdown-it-py."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from .clean import clean_text, tidy_line
from .dates import parse_date
from .header import Block, Meta
from .htmltext import html_fragment_text
from .links import block_with_links, usable_url

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)(?:\n|^)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)

_KEYS = {
    "title": ("title", "headline", "name"),
    "outlet": ("outlet", "source", "publication", "publisher", "site", "site_name", "sitename", "newspaper"),
    "author": ("author", "authors", "byline", "by", "creator", "writer"),
    "published": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "pubdate",
        "date_published",
        "datepublished",
        "created",
        "first_published",
    ),
}


MAX_FRONT_MATTER = 64 * 1024  # characters; front matter is a few lines, anything larger is not read
_MAX_FIELD = 2000  # characters kept of one metadata value
_MAX_NAMES = 20  # names kept of a list (authors)


class FrontMatterError(ValueError):
    """The front matter is not valid YAML, or not readable safely (the body still loads)."""


@cache
def _loader() -> type[Any]:
    """PyYAML's safe loader, with dates and numbers that Python cannot hold kept as text.

    ``date: 2026-02-30`` or a number of 5,000 digits would otherwise raise a
    ``ValueError`` from inside the loader.
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    def lenient(tag: str) -> None:
        strict = yaml.SafeLoader.yaml_constructors[tag]

        def construct(loader: yaml.SafeLoader, node: Any) -> Any:
            try:
                return strict(loader, node)
            except (ValueError, OverflowError):
                return loader.construct_scalar(node)

        FrontMatterLoader.add_constructor(tag, construct)

    for tag in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        lenient(tag)
    return FrontMatterLoader


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front-matter fields (keys lower-cased) and the Markdown after them."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    source = match.group("yaml")
    if len(source) > MAX_FRONT_MATTER:
        raise FrontMatterError(f"front matter is longer than {MAX_FRONT_MATTER // 1024} KB; not read")
    try:
        data = yaml.load(source, Loader=_loader())  # (a subclass of the safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{where}") from None
    except RecursionError:
        raise FrontMatterError("front matter is nested too deeply to read") from None
    if not isinstance(data, dict):
        return {}, text[match.end() :]
    return {str(k).casefold(): v for k, v in data.items() if isinstance(k, (str, int, float))}, text[match.end() :]


def _scalar_text(value: Any) -> str | None:
    """A plain value (text, number, date) as clean text of bounded length; None for anything else.

    Lists and mappings are never turned into text: YAML aliases can make a
    few bytes of front matter stand for billions of nested items.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float, date)):
        return None
    text = tidy_line(clean_text(str(value)[:_MAX_FIELD]))
    return text or None


def _named(value: Any) -> str | None:
    """A plain value, or the plain name or title of a mapping (``author: {name: ...}``)."""
    if isinstance(value, dict):
        return _scalar_text(value.get("name") or value.get("title"))
    return _scalar_text(value)


def _as_text(value: Any) -> str | None:
    if isinstance(value, list):
        names = [_named(v) for v in value[:_MAX_NAMES]]
        return " and ".join(n for n in names if n) or None
    return _named(value)


def meta_from_front_matter(fields: dict[str, Any]) -> Meta:
    """Map the usual front-matter keys onto our metadata."""
    found: dict[str, str | None] = {}
    for target, keys in _KEYS.items():
        value = next((fields[k] for k in keys if fields.get(k) not in (None, "")), None)
        if target == "published":
            found[target] = parse_date(value) if isinstance(value, (str, int, float, date)) else None
        else:
            found[target] = _as_text(value)
    return Meta(**found)


def _inline_text(token: Any) -> tuple[str, list[tuple[str, str | None]]]:
    """The text of an inline token, and its links: (the linked words, the url if it is usable)."""
    parts: list[str] = []
    anchors: list[tuple[str, str | None]] = []
    link: tuple[str | None, int] | None = None  # (url, where its words begin in parts)
    for child in token.children or ():
        if child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "link_open":
            link = (usable_url(child.attrs.get("href")), len(parts))
        elif child.type == "link_close" and link is not None:
            anchors.append(("".join(parts[link[1] :]), link[0]))
            link = None
        # images (their alt text is a caption) and inline HTML tags are dropped
    return tidy_line(clean_text("".join(parts))), anchors


def markdown_blocks(markdown: str) -> list[Block]:
    """The blocks of rendered Markdown: headings, paragraphs, list items, table rows, code."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(markdown)
    blocks: list[Block] = []
    heading = in_cell = False
    row: list[str] = []
    for token in tokens:
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = token.type.endswith("_open")
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if any(row):
                blocks.append(Block(" | ".join(row)))
        elif token.type == "inline":
            text, anchors = _inline_text(token)
            if in_cell:
                row.append(text)
            elif text:
                blocks.append(block_with_links(text, heading, anchors))
        elif token.type in ("fence", "code_block"):
            blocks.extend(Block(tidy_line(line)) for line in clean_text(token.content).split("\n") if line.strip())
        elif token.type == "html_block":
            blocks.extend(Block(line) for line in html_fragment_text(token.content))
    return blocks


def load_markdown(text: str) -> tuple[Meta, list[Block], str | None]:
    """Metadata, body blocks, and a warning when the front matter was unreadable."""
    warning = None
    try:
        fields, body = split_front_matter(text)
    except FrontMatterError as exc:
        warning = str(exc)
        fields, body = {}, _FRONT_MATTER.sub("", text, count=1)
    return meta_from_front_matter(fields), markdown_blocks(body), warning
