"""Score how briefing groups a mixed set of articles into stories.

usage: python tests/tools/score_stories.py [--cmd CMD] SET [SET ...]

Each SET is a folder whose articles report one story (``FOLDER``), or a folder
whose articles name their story in the second part of the file name
(``FOLDER:name``, as tests/devset does: 101_tanker_..., 104_swap_...). All sets
are analysed together in one call, and the stories found are compared with
the stories given: the share of sets found exactly, and pairwise precision,
recall and F1 (two articles are a pair when they are in one story).

Prints one JSON line; exits 1 when some story is not found exactly.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shlex
import subprocess
import sys
from pathlib import Path

SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}


def _articles(spec: str) -> dict[str, str]:
    """Every article of a set, with the story it belongs to."""
    folder, _, how = spec.partition(":")
    found = {}
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.casefold() in SUFFIXES and not path.name.startswith("."):
            story = path.name.split("_")[1] if how == "name" else "whole"
            found[str(path.resolve())] = f"{folder}/{story}"
    return found


def main(argv: list[str] | None = None) -> int:
    """Analyse the sets together and score the stories found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", metavar="SET")
    parser.add_argument("--cmd", default=f"{sys.executable} -m tui analyze --json --no-cache")
    args = parser.parse_args(argv)
    truth: dict[str, str] = {}
    for spec in args.sets:
        truth.update(_articles(spec))
    result = subprocess.run(shlex.split(args.cmd) + list(truth), capture_output=True, text=True, check=False)
    analysis = json.loads(result.stdout)
    path_of = {d["id"]: str(Path(d["path"]).resolve()) for d in analysis["documents"]}
    found = {path_of[doc]: story["id"] for story in analysis.get("stories", []) for doc in story["documents"]}
    docs = sorted(truth)
    same_true = {(a, b) for a, b in itertools.combinations(docs, 2) if truth[a] == truth[b]}
    same_found = {(a, b) for a, b in itertools.combinations(docs, 2) if a in found and found.get(a) == found.get(b)}
    precision = len(same_true & same_found) / len(same_found) if same_found else 1.0
    recall = len(same_true & same_found) / len(same_true) if same_true else 1.0
    stories = {story for story in truth.values()}
    exact = 0
    for story in stories:
        members = {d for d in docs if truth[d] == story}
        groups = {found.get(d) for d in members}
        if len(groups) == 1 and None not in groups:
            group = next(iter(groups))
            exact += {d for d in docs if found.get(d) == group} == members
    out = {
        "articles": len(docs),
        "stories": len(stories),
        "stories_found": len({*found.values()}),
        "exact": round(exact / len(stories), 3),
        "pair_precision": round(precision, 3),
        "pair_recall": round(recall, 3),
        "pair_f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
    }
    print(json.dumps(out))
    return 0 if exact == len(stories) else 1


if __name__ == "__main__":
    sys.exit(main())
