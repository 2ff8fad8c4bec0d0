"""Stories: the articles of a loaded set grouped by the event they report.

Articles are first grouped by what they are about (``story_features``: words
weighted by their rarity in English, actors, dates weeks apart), by
average-linkage clustering. A group large enough to hold two events of one
kind (two fights of one boxer, two fires at one chain's shops) is split when
its articles fall into two parts far more alike within than across, judged
by what tells the group's articles apart. A story's title is the headline of
its most central article.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .clustering import average_linkage, clear_split
from .model import Actor, Document, Story
from .story_features import Counts, Vector, absolute_vectors, article_counts, cosines, relative_vectors

SAME_STORY = 0.12  # average similarity above which two groups of articles report one story
SPLIT_AT = 0.05  # within a group, the similarity at which its events are told apart ...
SPLIT_LEAST = 4  # ... into parts of at least this many articles ...
SPLIT_RATIO = 2.0  # ... that are this many times as alike within as across


def _groups(documents: Sequence[Document], counts: list[Counts], vectors: list[Vector]) -> list[list[int]]:
    """The documents' positions, grouped into stories."""
    topics = average_linkage(len(documents), cosines(vectors, documents), SAME_STORY)
    groups: list[list[int]] = []
    for topic in topics:
        if len(topic) < 2 * SPLIT_LEAST:
            groups.append(topic)
            continue
        members = [documents[i] for i in topic]
        sims = cosines(relative_vectors([counts[i] for i in topic]), members)
        parts = clear_split(len(topic), sims, SPLIT_AT, SPLIT_LEAST, SPLIT_RATIO)
        groups += [[topic[k] for k in part] for part in parts] if parts else [topic]
    return sorted(groups, key=lambda group: group[0])


def find_stories(documents: Sequence[Document], actors: Sequence[Actor]) -> tuple[Story, ...]:
    """The stories of ``documents``, in order of their first article; ids s1, s2, ...

    Args:
        documents: the loaded articles.
        actors: their actors (an actor named by several articles ties them together).

    Returns:
        Every story with its title and its documents' ids (an article alone is a story of its own).
    """
    if not documents:
        return ()
    counts = article_counts(documents, actors)
    vectors = absolute_vectors(counts)
    groups = _groups(documents, counts, vectors)
    stories = []
    for number, group in enumerate(groups, 1):
        centre = _centroid([vectors[i] for i in group])
        central = max(group, key=lambda i: (_dot(vectors[i], centre), -i))  # the most like the others
        doc = documents[central]
        title = doc.title or doc.text[: doc.sentences[0].end if doc.sentences else 80].strip()
        stories.append(Story(f"s{number}", title, tuple(documents[i].id for i in group)))
    return tuple(stories)


def _centroid(vectors: list[Vector]) -> Vector:
    """The sum of ``vectors``."""
    total: Vector = {}
    for vector in vectors:
        for f, w in vector.items():
            total[f] = total.get(f, 0.0) + w
    return total


def _dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return math.fsum(w * b.get(f, 0.0) for f, w in a.items())
