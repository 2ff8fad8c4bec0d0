"""Start-up of the reader: analyse a small set while the user interface is being imported.

Importing Textual takes most of the start-up time, and a small set of
articles can be analysed meanwhile on the other core: the reader's first
frame then already shows every highlight. Nothing here imports Textual.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import background
from .background import Background
from .collection import release_collection
from .core.limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from .core.model import Briefing

SMALL_SET = 12  # files; larger sets are loaded by the reader's worker, with progress


@dataclass(frozen=True)
class Ready:
    """A briefing analysed before the app started, with the problems to report."""

    briefing: Briefing
    problems: list[str]


def analyze_now(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, limit: int = SMALL_SET) -> Ready | None:
    """Analyse a small set right away, without its alignments (None for larger sets)."""
    from .core.load import expand_paths
    from .opening import open_briefing, problems_of
    from .resources import seed_paths

    items = list(expand_paths(paths)) if paths else seed_paths()
    if len(items) > limit:
        return None
    loaded, briefing = open_briefing(paths, max_bytes, with_alignments=False)
    return Ready(briefing, problems_of(loaded))


def analyze_in_background(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Background | None:
    """Start ``analyze_now`` in a forked process (where there is ``fork``), or None where that cannot be done.

    A bare fork with a pipe: a process pool would cost more to start than
    the two seeds take to analyse.
    """
    return background.start(lambda: analyze_now(list(paths), max_bytes), before=release_collection)


def _receive(child: Background, timeout: float) -> Ready | None:
    """The child's result; an error if it failed, took too long or sent something else."""
    result = background.receive(child, timeout)
    if result is not None and not isinstance(result, Ready):
        raise TypeError("the background analysis sent something else")
    return result


def collect(
    child: Background | None, paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 60
) -> Ready | None:
    """The background result, or the same work done here if the background process failed."""
    if child is not None:
        try:
            return _receive(child, timeout)
        except Exception:
            pass
        finally:
            with contextlib.suppress(OSError):
                os.close(child.pipe)
    return analyze_now(paths, max_bytes)
