"""Command palette providers, one module per feature; the app registers every one of ``PROVIDERS``.

A new feature adds its module here and its provider to the tuple.
"""

from __future__ import annotations

from .actors import SelectActor
from .articles import CompareWith, GoToArticle
from .copy import CopyCommands
from .links import OpenLink
from .search import SearchCommands
from .view import ViewCommands

PROVIDERS = (GoToArticle, CompareWith, SelectActor, SearchCommands, OpenLink, CopyCommands, ViewCommands)
