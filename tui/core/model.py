"""The data every layer shares: documents (with their links), actors, quotes, alignments.

Every span is a pair of Python string indices into ``Document.text``, end
exclusive. All results are frozen dataclasses so they can be cached, passed
between threads and compared in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

T = TypeVar("T")


def pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle a frozen dataclass as a call of its constructor with its fields.

    The state functions ``dataclass(slots=True)`` provides call ``fields()``
    for every object and are four times slower to load; results cross
    process boundaries and the cache in the tens of thousands.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    get = attrgetter(*names)
    single = len(names) == 1

    def __reduce__(self: Any) -> tuple[type[T], tuple[Any, ...]]:
        values = get(self)
        return cls, (values,) if single else values

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of a document's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Link:
    """A link kept from a Markdown or HTML article: the linked words' span of the text and where it goes."""

    start: int
    end: int
    url: str  # absolute: http, https or mailto


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """One loaded article: metadata, its clean text (the headline first, then the body) and its segments."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    source_format: str = "txt"
    links: tuple[Link, ...] = ()  # in text order (Markdown and HTML articles; not in the analysis JSON)
    headline: Span | None = None  # the headline as the first paragraph of ``text`` (None: the article has none)

    @property
    def body(self) -> str:
        """The text after the headline (all of it when there is none)."""
        return self.text[self.headline.end :].lstrip("\n") if self.headline else self.text

    @property
    def word_count(self) -> int:
        """Number of whitespace-separated words in the body."""
        return len(self.text.split())


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be loaded, and why (one human sentence)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor in a document."""

    doc: str
    start: int
    end: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Actor:
    """A named actor merged across documents, with every surface form seen."""

    id: str
    name: str
    kind: Literal["person", "organization", "country", "other"]
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or partial quotation and the actor who said it, if known."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    kind: Literal["direct", "partial", "term"] = "direct"  # term: scare quotes, titles, nicknames (no speaker)
    evidence: str | None = None  # how the speaker was found: verb, colon, signature, pronoun, role, ...
    cue: str | None = None  # the words that named the speaker ('said', 'she added', ':')


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Passage:
    """A run of one or two sentences of a document."""

    doc: str
    start: int
    end: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Alignment:
    """Two passages of different documents that report the same fact."""

    a: Passage
    b: Passage
    score: float
    band: str = "paraphrase"  # verbatim | edited | paraphrase


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event, with a title for it."""

    id: str
    title: str
    documents: tuple[str, ...]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Fact:
    """A fact of a story that several of its articles report: one passage of each, in the articles' order."""

    id: str
    story: str
    passages: tuple[Passage, ...]
    score: float  # the confidence of the weakest alignment that joined it

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents that report it."""
        return tuple(p.doc for p in self.passages)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Two articles that differ on one fact: a figure, a date, a speaker, the words of a quote."""

    kind: str  # amount | percentage | count | date | day | time | age | speaker | wording
    a: Passage  # where the value is written in one article (the quote, for speaker and wording)
    b: Passage  # and in the other
    values: tuple[str, str]  # the two values as written (speakers' names; the words that differ)
    fact: str | None = None  # the fact they belong to, when it is one


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Briefing:
    """The complete analysis of a set of documents."""

    documents: tuple[Document, ...]
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    errors: tuple[LoadError, ...] = field(default=())
    terms: tuple[Quote, ...] = ()  # quotation marks around no statement: scare quotes, titles, nicknames
    stories: tuple[Story, ...] = ()  # the articles grouped by the event they report
    facts: tuple[Fact, ...] = ()  # the facts several articles of a story report, grouped from the alignments
    discrepancies: tuple[Discrepancy, ...] = ()  # where the articles of a story differ on a fact

    def document(self, doc_id: str) -> Document:
        """The document with this id (KeyError if there is none)."""
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)
