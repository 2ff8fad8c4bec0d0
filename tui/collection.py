"""The cyclic garbage collector held while the reader starts.

Start-up makes hundreds of thousands of long-lived objects (modules, classes,
the analysed articles, the widgets) and next to no garbage, yet the collector
would scan them all several times over before the first frame is drawn.
"""

from __future__ import annotations

import gc

_held = False  # whether collection waits for ``release_collection``


def hold_collection() -> None:
    """Pause the collector (unless it is off already) until ``release_collection``."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collection() -> None:
    """Collect again after ``hold_collection``; the objects made so far are left out of later scans."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
