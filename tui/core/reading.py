"""Read a file's bytes safely: regular files only, the size checked before reading, never more than the limit.

Named pipes, devices and sockets are refused before anything is read (a pipe
would block for ever, ``/dev/zero`` never ends and reports a size of 0), and
the file is opened without blocking and checked again once open, in case it
was swapped meanwhile. At most the limit plus one byte is ever read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .limits import megabytes

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


class Unreadable(Exception):
    """The file cannot be read as an article; the message says why, in a few words."""


def os_reason(exc: OSError) -> str:
    """A short reason for an operating-system error ('permission denied', ...)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder (a broken link?)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or exc.__class__.__name__).rstrip(".").lower() or "cannot be read"


def _kind(mode: int) -> str | None:
    """Why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe); save it to a file first"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    return "not a regular file"


def _check(info: os.stat_result, max_bytes: int) -> None:
    reason = _kind(info.st_mode)
    if reason:
        raise Unreadable(reason)
    if info.st_size > max_bytes:
        size, limit = megabytes(info.st_size), megabytes(max_bytes)
        if size == limit:  # just over: the rounded figures would read the same
            size = f"{info.st_size:,} bytes"
        raise Unreadable(f"file is {size}, larger than the {limit} limit")


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, if it holds at most ``max_bytes``.

    Raises:
        Unreadable: with the reason, for anything else (missing, not a regular file, too large, an OS error).
    """
    try:
        _check(os.stat(path), max_bytes)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise Unreadable(os_reason(exc)) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            _check(info, max_bytes)  # (the path may have been replaced since it was looked at)
            want = info.st_size + 1
            data = handle.read(want)
            if len(data) == want:  # it grew since: read on, up to one byte more than the limit
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise Unreadable(os_reason(exc)) from None
    if len(data) > max_bytes:
        raise Unreadable(f"file is larger than the {megabytes(max_bytes)} limit")
    return data
