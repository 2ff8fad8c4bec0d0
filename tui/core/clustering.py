"""Average-linkage clustering over sparse similarities, and a test that a group splits into two clear parts."""

from __future__ import annotations

import heapq
from collections import defaultdict


def _similarity(sims: dict[tuple[int, int], float], i: int, j: int) -> float:
    return sims.get((i, j) if i < j else (j, i), 0.0)


def average_linkage(n: int, sims: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Groups of the items ``0..n-1``: the two groups most alike on average merge while that average
    stays at least ``threshold``.

    Args:
        n: how many items.
        sims: similarities of item pairs ``(i, j)``, ``i < j``; a pair left out counts as 0.
        threshold: the least average similarity of two groups that merge.

    Returns:
        The groups, each sorted, in order of their first item.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), s in sims.items():
        sums[i][j] = sums[j][i] = s
    heap = [(-s, i, j) for (i, j), s in sims.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, i, j = heapq.heappop(heap)
        if i not in members or j not in members:
            continue
        average = sums[i].get(j, 0.0) / (len(members[i]) * len(members[j]))
        if abs(average + negative) > 1e-12:
            continue  # a stale entry: the groups changed since it was pushed
        members[i] += members.pop(j)
        for k, s in sums.pop(j).items():
            if k == i:
                continue
            sums[k].pop(j, None)
            total = sums[i].get(k, 0.0) + s
            sums[i][k] = sums[k][i] = total
        sums[i].pop(j, None)
        for k, total in sums[i].items():
            average = total / (len(members[i]) * len(members[k]))
            if average >= threshold:
                heapq.heappush(heap, (-average, min(i, k), max(i, k)))
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def mean_similarity(a: list[int], b: list[int], sims: dict[tuple[int, int], float]) -> float:
    """The average similarity between the items of ``a`` and those of ``b`` (within ``a`` when they are one)."""
    pairs = [_similarity(sims, i, j) for i in a for j in b if i != j]
    return sum(pairs) / len(pairs) if pairs else 0.0


def clear_split(
    n: int, sims: dict[tuple[int, int], float], threshold: float, least: int, ratio: float
) -> list[list[int]] | None:
    """Two parts of ``n`` items that are far more alike within than between, or None.

    The items are clustered; the two largest clusters of at least ``least`` items are the parts, when
    their members are on average ``ratio`` times as alike among themselves as across; the smaller clusters
    join the part they are most like.
    """
    groups = average_linkage(n, sims, threshold)
    big = sorted((g for g in groups if len(g) >= least), key=len, reverse=True)[:2]
    if len(big) < 2:
        return None
    within = (mean_similarity(big[0], big[0], sims) + mean_similarity(big[1], big[1], sims)) / 2
    if within < ratio * max(mean_similarity(big[0], big[1], sims), 1e-9):
        return None
    parts = [list(big[0]), list(big[1])]
    for group in groups:
        if group not in big:
            max(parts, key=lambda part: mean_similarity(group, part, sims)).extend(group)
    return [sorted(part) for part in parts]
