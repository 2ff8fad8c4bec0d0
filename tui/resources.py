"""Where the bundled seed articles and themes are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """The folder ``seeds`` or ``themes``: inside the installed wheel, else at the repo's top."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def seed_paths() -> list[Path]:
    """The bundled seed articles, in name order."""
    folder = bundled_dir("seeds")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
