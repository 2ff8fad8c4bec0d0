"""The text engine: loading, segmentation and analysis. Pure Python, no UI imports."""

from .analyze import analyze
from .load import Loaded, load_paths
from .model import Actor, Alignment, Briefing, Document, LoadError, Mention, Passage, Quote, Span

__all__ = [
    "Actor",
    "Alignment",
    "Briefing",
    "Document",
    "LoadError",
    "Loaded",
    "Mention",
    "Passage",
    "Quote",
    "Span",
    "analyze",
    "load_paths",
]
