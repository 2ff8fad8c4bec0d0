"""The reader: the dashboard screen and its features (articles, actors, quotes), one module each."""

from __future__ import annotations

from .base import ReaderHost
from .screen import ReaderScreen, phase_note

__all__ = ["ReaderHost", "ReaderScreen", "phase_note"]
