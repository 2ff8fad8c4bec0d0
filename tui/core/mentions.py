"""Candidate actor mentions of one document, classified by kind with the evidence around them."""

from __future__ import annotations

import re
from functools import lru_cache

from . import knowledge as kb
from .data import word_set
from .model import Document, Span
from .names import Candidate, CandidateKind, Token, runs, split_run, tokenize

_TERMINAL = re.compile(r"[.!?\u2026:][\"\u201d\u2019')\]]*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s+[\w .]+?)?\s*(?:\([\w .]+\))?\s*[\u2014\u2013-]\s")
_FIRST_WORD = re.compile(r"\w")
_HEAD_WORD = re.compile(r"[^\W\d_][\w'-]*")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_NEXT_TWO_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_PLAIN_WORD = re.compile(r"[\w'-]+")
_ACRONYM_FORM = re.compile(r"[A-Z].*[A-Z]|\.")  # WHO or U.N., not the word "Who"
_CAMEL = re.compile(r"^(?!Mc|Mac|O'|D'|De|Di|Le|La|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,5}$")


def _headline(text: str, para: Span) -> bool:
    """A heading line in title case: capitalised words say little there."""
    body = text[para.start : para.end]
    if _TERMINAL.search(body) and not body.endswith("?"):
        return False
    words = [w for w in _HEAD_WORD.findall(body) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _classify(surface: str, tokens: list[Token]) -> tuple[CandidateKind, str | None] | None:
    """(kind, canonical) from general knowledge alone; None for places that are not actors."""
    return _classify_cached(surface, tuple(t.text for t in tokens))


@lru_cache(maxsize=32768)
def _classify_cached(surface: str, texts: tuple[str, ...]) -> tuple[CandidateKind, str | None] | None:
    tokens = [Token(0, len(t), t) for t in texts]
    folded = kb.fold(surface)
    place = kb.places().get(folded)
    if place is not None:
        if place.form == "demonym":
            return None
        return place.kind, place.name
    if folded in kb.org_acronyms() and _ACRONYM_FORM.search(surface):
        return "organization", kb.org_acronyms()[folded]
    if folded in kb.org_long_forms():
        return "organization", kb.org_long_forms()[folded]
    if folded in kb.news_agencies():
        return "organization", None
    if len(tokens) > 1 and all(t.text.isupper() for t in tokens if t.text[:1].isalpha()):
        return None  # "WHAT LEAKED", "THE COURT CASE": a shouted heading
    words = [t.folded for t in tokens]
    if len(words) > 1 and words[0] in kb.org_heads():
        return "organization", None  # "Ministry of the Sea", "Bank of the West"
    if folded in kb.regions() or (len(words) > 1 and words[-1] in kb.place_heads()):
        return None
    if len(words) > 1 and any(w in kb.org_heads() for w in words):
        return "organization", None
    if len(words) > 1 and words[0] in kb.place_prefixes():
        return None
    if len(tokens) == 1 and _ACRONYM.match(surface):
        if surface in kb.timezones():
            return None  # "14:32 IST"
        return "organization", None
    if len(tokens) == 1 and _CAMEL.match(surface):
        return "organization", None  # "VidaClick", "PayPal": brands
    if len(words) > 1 and (words[0] in kb.given_names() or words[-1] in kb.given_names()):
        return "person", None  # Kenji Ogasawara, Ogasawara Kenji
    return "unknown", None


def _surface(text: str, piece: list[Token]) -> str:
    return text[piece[0].start : piece[-1].end]


def _common(token: Token) -> bool:
    """An ordinary word in capitals (sentence start, weekday, month), not a known name."""
    if token.text.isupper() and len(token.text) > 1:
        return False  # US, WHO: acronyms, not the words us and who
    return token.folded in kb.common_words() and _classify(token.text, [token]) in (None, ("unknown", None))


def _after_punctuation(text: str, start: int) -> bool:
    """The word opens a clause: after a colon, dash, bullet, bracket or opening quote."""
    before = text[max(0, start - 4) : start].rstrip()
    return not before or before[-1] in ":;\u2014\u2013-\u2022(\"'\u201c\u2018\n"


def _next_word(text: str, end: int) -> tuple[str, int]:
    m = _NEXT_WORD.match(text, end, end + 40)
    return (m.group(1), m.end()) if m else ("", end)


def _institution(text: str, end: int) -> int:
    """End of 'navy', 'coast guard', 'health ministry' right after ``end`` (0 if none)."""
    m = _NEXT_TWO_WORDS.match(text, end, end + 60)
    if not m:
        return 0
    second = m.group(2)
    if second and (f"{m.group(1)} {second}" in kb.demonym_orgs() or second in kb.demonym_orgs()):
        return m.end()  # "foreign ministry", "health ministry", "coast guard"
    return m.end(1) if m.group(1) in kb.demonym_orgs() else 0


def _prev_words(text: str, start: int, n: int = 2) -> list[str]:
    """The last ``n`` words before ``start`` in the same sentence, lower-cased."""
    window = _SENTENCE_BREAK.split(text[max(0, start - 60) : start])[-1]
    return [w.casefold() for w in _PLAIN_WORD.findall(window)[-n:]]


_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an|its|their|[A-Z][\w.]*(?:'s|\u2019s))\s+)?((?:[\w-]+\s+){0,3}[\w-]+)")


def _appositive_role(text: str, end: int) -> bool:
    """'X, the port director,' or 'X, Cuba's deputy foreign minister': a role follows the name."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return False
    words = [w.casefold() for w in m.group(1).split()]
    return any(w in kb.role_nouns() for w in words)


def document_candidates(doc: Document) -> list[Candidate]:
    """Every candidate actor mention in ``doc``, left to right."""
    text = doc.text
    out: list[Candidate] = []
    sentences = iter(doc.sentences)
    pending = next(sentences, None)
    for para in doc.paragraphs:
        headline = _headline(text, para)
        dateline = _DATELINE.match(text, para.start, para.end)
        inside = []
        while pending is not None and pending.start < para.end:
            if pending.start >= para.start:
                inside.append(pending)
            pending = next(sentences, None)
        for sentence in inside:
            tokens = tokenize(text, sentence.start, sentence.end, names_only=True)
            first_word = _FIRST_WORD.search(text, sentence.start, sentence.end)
            first = first_word.start() if first_word else -1
            for run in runs(text, sentence, tokens):
                for piece, titled in split_run(run):
                    cand = _candidate(doc, piece, titled, headline, first)
                    if cand is None or (dateline and cand.end <= dateline.end() and cand.kind != "country"):
                        continue
                    out.append(cand)
    return out


def _candidate(doc: Document, piece: list[Token], titled: bool, headline: bool, first: int) -> Candidate | None:
    text = doc.text
    initial = piece[0].start == first
    opens = initial or _after_punctuation(text, piece[0].start)
    while piece and (opens or len(piece) == 1) and _common(piece[0]):
        function_word = piece[0].folded in word_set("sentence_starters.txt")
        known_name = _classify(_surface(text, piece), piece) if len(piece) > 1 else None
        if not function_word and len(piece) > 1 and (known_name is None or known_name[0] != "unknown"):
            break  # "High Court", "Supreme Court": the capitalised word belongs to the name
        piece = piece[1:]  # "This Wednesday", "On Sunday", "in March"
        initial = False
    if not piece or not any(t.capitalised for t in piece):
        return None
    based = False
    while len(piece) > 1 and piece[0].folded.endswith("-based"):
        piece, based = piece[1:], True  # "Piraeus-based Thalassa Navigation": a company
    start, end = piece[0].start, piece[-1].end
    surface = text[start:end]
    known = _classify(surface, piece)
    if based and known == ("unknown", None):
        known = ("organization", None)
    nxt, nxt_end = _next_word(text, end)
    if known is None or (known[0] == "unknown" and nxt in ("administration", "government", "campaign")):
        place = kb.places().get(kb.fold(surface))
        if nxt in kb.demonym_nouns() and place is not None:
            return Candidate(doc.id, start, nxt_end, text[start:nxt_end], place.kind, place.name)
        institution = _institution(text, end) if place is not None else 0
        if institution:
            return Candidate(doc.id, start, institution, text[start:institution], "organization", None)
        if nxt == "administration" and (known is None or known[0] in ("unknown", "person")):
            return Candidate(doc.id, start, nxt_end, text[start:nxt_end], "organization", None)
        if known is None:
            return None
    if known[0] == "country" and nxt in kb.demonym_nouns() and not piece[-1].possessive:
        end = nxt_end
        surface = text[start:end]
    kind, canonical = known
    if kind in ("country", "organization"):
        return Candidate(doc.id, start, end, surface, kind, canonical, weak=headline)
    before = _prev_words(text, start)  # the context only matters for people and unknown names
    titled = titled or (bool(before) and before[-1] in kb.role_nouns()) or _appositive_role(text, end)
    speaks = nxt in kb.speech_verbs() or (bool(before) and before[-1] in kb.speech_verbs())
    if kind == "unknown" and titled:
        kind = "person"
    weak = headline or (initial and len(piece) == 1 and kind == "unknown")
    return Candidate(doc.id, start, end, surface, kind, canonical, weak=weak, titled=titled, speaks=speaks)
