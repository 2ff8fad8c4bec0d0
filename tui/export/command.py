"""``briefing export``: the report of the loaded articles to standard output or to a file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from ..core.model import Briefing
from . import format_for, render
from .files import write_report
from .text import one_line


def export(briefing: Briefing, output: str | None, fmt: str | None, force: bool, stdout: BinaryIO) -> bool:
    """Write the report of ``briefing``; False (with one line on stderr) when the file could not be written.

    Args:
        briefing: the analysis to report.
        output: the file to write (None or '-': standard output).
        fmt: 'md' or 'html' (None: from the file's suffix, else Markdown).
        force: replace ``output`` if it exists.
        stdout: where the report goes without a file.
    """
    report = render(briefing, format_for(output, fmt))
    if output is None or output == "-":
        stdout.write(report.encode("utf-8"))
        stdout.flush()
        return True
    path = Path(output)
    shown = one_line(output)
    if path.is_dir():
        print(f"briefing: {shown}: is a folder; name a file to write", file=sys.stderr)
        return False
    try:
        write_report(path, report, replace=force)
    except FileExistsError:
        print(f"briefing: {shown}: already exists; add --force to replace it", file=sys.stderr)
        return False
    except OSError as exc:
        print(f"briefing: {shown}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return False
    print(f"briefing: report written to {shown}", file=sys.stderr)
    return True
