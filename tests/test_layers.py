"""The core is a pure text engine: it never imports the UI toolkit."""

from __future__ import annotations

import subprocess
import sys


def test_core_does_not_import_textual():
    code = (
        "import importlib, pkgutil, sys, tui.core, tui.cli, tui.startup\n"
        "for module in pkgutil.walk_packages(tui.core.__path__, 'tui.core.'):\n"
        "    importlib.import_module(module.name)\n"
        "from tui.core.load import load_paths\n"
        "from tui.resources import seed_paths\n"
        "from tui.core.analyze import analyze\n"
        "analyze(load_paths(seed_paths()).documents)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
