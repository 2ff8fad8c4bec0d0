"""Shared helpers for the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.load import load_paths
from tui.core.model import Document


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (text or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load_one(write):
    """Load one article given as text; fail the test if it does not load."""

    def _load(name: str, content: str | bytes) -> Document:
        loaded = load_paths([write(name, content)])
        assert not loaded.errors, loaded.errors
        assert len(loaded.documents) == 1
        return loaded.documents[0]

    return _load


@pytest.fixture(autouse=True)
def isolated_state(tmp_path_factory, monkeypatch):
    """Every test gets its own empty config, data, cache, page cache and documents folders (never the user's)."""
    root = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(root / "cache"))
    monkeypatch.setenv("BRIEFING_EXPORT_DIR", str(root / "documents"))
    monkeypatch.setenv("BRIEFING_PAGE_CACHE_DIR", str(root / "pages"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return root


@pytest.fixture
def site(monkeypatch):
    """A local web server on 127.0.0.1 (a free port) for this test; no proxy is ever asked."""
    from web_server import start_site

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    served = start_site()
    yield served
    served.stop()
