"""Writing a report to a file: never over an existing file unless asked, never half written.

A new file is written next to its final name and linked into place in one
step that fails if the name is taken (two writers cannot both win, and a
crash leaves no partial report). Replacing a file, when asked, is an atomic
rename over it.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .stories import WHOLE_SET, StoryView

MAX_NUMBERED = 999


def documents_folder() -> Path:
    """Where the reader puts reports: ``BRIEFING_EXPORT_DIR``, else the user's documents folder, else the current one."""
    override = os.environ.get("BRIEFING_EXPORT_DIR")
    if override:
        return Path(override)
    try:
        from platformdirs import user_documents_dir

        documents = Path(user_documents_dir())
    except Exception:  # a platform without a documents folder
        return Path.cwd()
    return documents if documents.is_dir() and os.access(documents, os.W_OK) else Path.cwd()


def slug(title: str, limit: int = 48) -> str:
    """'Cuban Regime Confirms ...' as 'cuban-regime-confirms-...': letters and digits of the title, accents dropped."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    out = "-".join(words)[:limit].rstrip("-")
    return out


def report_name(story: StoryView | None, suffix: str) -> str:
    """'briefing-report.md' for every article, 'briefing-report-<story title>.md' for one story."""
    tail = slug(story.title) if story is not None and story.id != WHOLE_SET else ""
    return f"briefing-report{'-' + tail if tail else ''}{suffix}"


def _place(path: Path, text: str, replace: bool) -> None:
    """Write ``text`` to a temporary file beside ``path``, then move it into place in one step."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where a folder should be: not the "already exists" of the report itself
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent)) from None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # a report to share, not a private temporary file
        if replace:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # fails when the name is taken
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: claim the name, then rename over the claim
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
            os.replace(tmp, path)
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def write_new(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in one step; FileExistsError (and nothing written) if ``path`` exists."""
    _place(path, text, replace=False)


def write_report(path: Path, text: str, replace: bool = False) -> None:
    """Write a report to ``path``: replacing it only when ``replace`` (else FileExistsError if it exists)."""
    _place(path, text, replace)


def write_numbered(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` under ``name`` in ``folder``, or 'name-2', 'name-3', ... when it is taken; return the path."""
    stem, suffix = os.path.splitext(name)
    for n in range(1, MAX_NUMBERED + 1):
        path = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        try:
            write_new(path, text)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{folder / name} and {MAX_NUMBERED - 1} numbered names after it exist")
