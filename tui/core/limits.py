"""Size limits, in bytes (the one unit the code uses; only the command line and messages speak of megabytes).

A megabyte here is 1,048,576 bytes (a mebibyte), both in ``--max-size MB`` and
in every message, so "the 20 MB limit" is the limit the user gave.
"""

from __future__ import annotations

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MIB  # files larger than this are refused
MAX_LIMIT_MB = 1024  # the largest --max-size accepted: a file of that size already needs gigabytes to analyse


def megabytes(size: int) -> str:
    """A size in bytes as megabytes for a message: '20 MB', '0.5 MB', '117.7 MB'."""
    value = f"{size / MIB:.1f}".rstrip("0").rstrip(".")
    if value == "0" and size:
        value = f"{size / MIB:.2g}"  # a small limit: 0.01 MB
    return f"{value} MB"
