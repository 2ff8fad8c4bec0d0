"""Size limits, in bytes (the one unit the code uses; only the command line speaks of megabytes)."""

from __future__ import annotations

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MIB  # files larger than this are refused
