"""The briefing report: a view of a ``Briefing`` as Markdown or as one self-contained HTML page.

Pure Python (no Textual, no Rich), like the command line's summary: the report
is rendered from the analysis, never from a second one. ``report.py`` gathers
what a story's report says, ``stories.py`` is where stories, the fact table and
discrepancies come in, ``markdown.py`` and ``html.py`` write it out,
``cite.py`` makes the citations the reader copies, and ``files.py`` writes a
report without ever replacing a file unasked.
"""

from __future__ import annotations

from typing import Literal

from ..core.model import Briefing
from .stories import StoryView

Format = Literal["md", "html"]
FORMATS: tuple[Format, ...] = ("md", "html")
SUFFIXES: dict[str, Format] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def format_for(path: str | None, requested: str | None = None) -> Format:
    """The format of a report: the one asked for, else the one the file's suffix names, else Markdown."""
    if requested in FORMATS:
        return "html" if requested == "html" else "md"
    if path:
        from pathlib import PurePath

        return SUFFIXES.get(PurePath(path).suffix.lower(), "md")
    return "md"


def render(briefing: Briefing, fmt: Format = "md", story: StoryView | None = None) -> str:
    """The report of ``briefing`` (every story, or ``story`` alone) in ``fmt``."""
    from .report import build_report

    report = build_report(briefing, story)
    if fmt == "html":
        from .html import to_html

        return to_html(report)
    from .markdown import to_markdown

    return to_markdown(report)
