"""Opening a link with the system's opener (xdg-open, open, or the Windows shell), detached from the terminal.

The opener runs in its own session with no access to the reader's
terminal, so a text-mode browser cannot take the screen over. Only the
absolute http, https and mailto addresses the loaders keep get here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def opener_command(url: str) -> list[str] | None:
    """The command that opens ``url`` on this system (None where there is none)."""
    if sys.platform == "darwin":
        return ["open", url]
    for name in ("xdg-open", "gio", "wslview"):
        path = shutil.which(name)
        if path:
            return [path, "open", url] if name == "gio" else [path, url]
    return None


def open_externally(url: str) -> str | None:
    """Open ``url`` with the system's opener; a reason when it cannot be (None: it was started)."""
    from .core.load.links import usable_url

    if usable_url(url) != url:  # (checked again here: a link can come from the cache or elsewhere)
        return "only http, https and mailto links are opened"
    if sys.platform.startswith("win"):
        try:
            os.startfile(url)  # type: ignore[attr-defined]  # (Windows only)
        except OSError as exc:
            return f"cannot open the link ({exc.strerror or exc})"
        return None
    command = opener_command(url)
    if command is None:
        return "no program to open links with (xdg-open is not installed)"
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        return f"cannot open the link ({exc.strerror or exc})"
    return None
