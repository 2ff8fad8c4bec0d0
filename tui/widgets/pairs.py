"""The split view's pairs: the label of each passage in the margin, which pairs show their changed words,
and the line that names the values a pair differs on.

Pure functions of the aligned pairs, used by the split view.
"""

from __future__ import annotations

from rich.text import Text

from ..core.model import Alignment, Discrepancy, Passage
from .styles import one_line


def pair_labels(passages: list[tuple[int, int]], differing: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """One gutter label per distinct passage: its first pair's number, '+N' for the other pairs it is in, and
    '\u2260' when a value in it differs from the other article."""
    numbers: dict[tuple[int, int], list[int]] = {}
    for number, passage in enumerate(passages, 1):
        numbers.setdefault(passage, []).append(number)
    labels = {}
    for (start, end), found in numbers.items():
        label = str(found[0]) + (f"+{len(found) - 1}" if len(found) > 1 else "")
        if any(start <= s and e <= end for s, e in differing):
            label += "\u2260"
        labels[(start, end)] = label
    return labels


def best_partners(pairs: list[Alignment]) -> list[Alignment]:
    """The pairs in which a passage of either side meets its best-scored partner."""
    best_a: dict[int, Alignment] = {}
    best_b: dict[int, Alignment] = {}
    for al in pairs:
        if al.a.start not in best_a or al.score > best_a[al.a.start].score:
            best_a[al.a.start] = al
        if al.b.start not in best_b or al.score > best_b[al.b.start].score:
            best_b[al.b.start] = al
    return list({id(al): al for al in (*best_a.values(), *best_b.values())}.values())


def within(inner: Passage, outer: Passage) -> bool:
    """Whether ``inner`` lies inside ``outer`` (one document)."""
    return inner.doc == outer.doc and outer.start <= inner.start and inner.end <= outer.end


def differences_text(differences: list[Discrepancy], current: Alignment | None) -> Text | str:
    """The line under the split view's panes: the values on which the current pair differs, or, with no pair
    chosen, how many values differ."""
    if current is None:
        if not differences:
            return ""
        return f"{len(differences)} values differ: \u2260 in the margin; }} to step through the pairs"
    inside = [d for d in differences if within(d.a, current.a) and within(d.b, current.b)]
    if not inside:
        return ""
    text = Text("differs: ", style="bold")
    text.append("; ".join(f"{d.kind} {one_line(d.values[0])} \u2260 {one_line(d.values[1])}" for d in inside))
    return text
