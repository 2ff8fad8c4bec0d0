"""Check that a change keeps the analysis byte-for-byte the same.

Runs ``briefing analyze --json`` from two source trees (a git revision, checked
out in a temporary worktree, and the working tree) on the seeds, both
development sets and a synthetic corpus, and compares the outputs: the same
bytes, or the same JSON value when only the layout of the text differs.

usage: python tests/tools/same_analysis.py [REV] [--articles N] [--also FOLDER ...]

Prints one line per input set and exits 1 when any output differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]


def _analysis(tree: Path, inputs: list[Path]) -> bytes:
    """The JSON analysis of ``inputs`` by the source in ``tree``."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    cmd = [sys.executable, "-m", "tui", "analyze", "--json", "--no-cache", *map(str, inputs)]
    return subprocess.run(cmd, env=env, capture_output=True, check=False, cwd=tree).stdout


def _parsed(output: bytes) -> object:
    """The JSON value of an output (so that two layouts of the same analysis compare equal)."""
    try:
        return json.loads(output)
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    """Compare the analysis of REV and the working tree; 0 when they are the same."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", default="HEAD")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--also", nargs="*", default=[], metavar="FOLDER", help="more folders to compare, one set each")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(TOP))
    from tui.corpus import write_corpus

    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(TOP), "worktree", "add", "-q", "--detach", str(base), args.rev], check=True)
        try:
            corpus = Path(tmp) / "corpus"
            write_corpus(corpus, args.articles)
            sets = {
                "seeds": [TOP / "seeds"],
                "devset": [TOP / "tests/devset"],
                "devset2": [TOP / "tests/devset2"],
                f"synthetic ({args.articles} articles)": [corpus],
            }
            sets.update({folder: [Path(folder)] for folder in args.also})
            for name, inputs in sets.items():
                before, after = _analysis(base, inputs), _analysis(TOP, inputs)
                same = bool(before) and (before == after or _parsed(before) == _parsed(after))
                differ += not same
                digest = hashlib.sha256(after).hexdigest()[:12]
                print(f"{'same' if same else 'DIFFERENT'}  {name}  ({len(after):,} bytes, {digest})")
        finally:
            subprocess.run(["git", "-C", str(TOP), "worktree", "remove", "--force", str(base)], check=False)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
