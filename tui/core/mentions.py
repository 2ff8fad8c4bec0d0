"""Candidate actor mentions of one document, classified by kind with the evidence around them."""

from __future__ import annotations

import re

from . import context
from . import knowledge as kb
from .classify import COMMON_ZIPF, RARE_ZIPF, Known, classify
from .frequency import zipf
from .lexicon import LEXICON
from .model import Document, Span
from .names import Candidate, Token, runs, split_run, tokenize
from .sentence_end import SENTENCE_OR_COLON_END

_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s+[\w .]+?)?\s*(?:\([\w .]+\))?\s*[\u2014\u2013-]\s")
_FIRST_WORD = re.compile(r"\w")
_HEAD_WORD = re.compile(r"[^\W\d_][\w'-]*")
_AGE_WORD = re.compile(r"\d|-year-old$|-time$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_UNKNOWN: Known = ("unknown", None)
_QUOTED_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019]\s")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z\u00c0-\u00de]")


def _headline(text: str, para: Span) -> bool:
    """A heading line in title case or in capitals: capitalised words say little there."""
    body = text[para.start : para.end]
    if len(body) > 300:
        return False  # (a paragraph of prose)
    letters = len(_LETTER.findall(body))
    if letters > 8 and len(_UPPER.findall(body)) >= 0.8 * letters:
        return True  # "FIRED IN THE CAPITAL!!"
    if (SENTENCE_OR_COLON_END.search(body) and not body.endswith("?")) or _QUOTED_SENTENCE.search(body):
        return False  # (a paragraph holding a quoted sentence is no headline: '"Roads first." - Jane Roe')
    words = [w for w in _HEAD_WORD.findall(body) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _surface(text: str, piece: list[Token]) -> str:
    return text[piece[0].start : piece[-1].end]


def _common(token: Token) -> bool:
    """An ordinary word in capitals (sentence start, weekday, month, 'Said' before a name), not a known name."""
    if token.text.isupper() and len(token.text) > 1:
        return False  # US, WHO: acronyms, not the words us and who
    common = token.folded in LEXICON.common_words or token.folded in LEXICON.speech_verbs
    return common and classify(token.text, [token]) in (None, _UNKNOWN)


def document_candidates(doc: Document) -> list[Candidate]:
    """Every candidate actor mention in ``doc``, left to right."""
    text = doc.text
    out: list[Candidate] = []
    lower = frozenset(_LOWER_WORD.findall(text))  # the words the article writes in lower case
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
                for piece, title in split_run(run):
                    cand = _candidate(doc, piece, title, headline, first, lower)
                    if cand is None or (dateline and cand.end <= dateline.end()):
                        continue  # (a dateline names where the story was filed, not an actor)
                    out.append(cand)
    return out


def _strip_openers(text: str, piece: list[Token], initial: bool) -> tuple[list[Token], bool]:
    """Drop ordinary words that open a sentence or clause ('This Wednesday', 'On Sunday', 'Yesterday X').

    Returns the rest, and whether it stands where any word is capitalised (a sentence or clause start,
    or right after an opening word such as 'The' or 'Our'), so that its capital says nothing.
    """
    opens = initial or context.after_punctuation(text, piece[0].start)
    while piece and (opens or len(piece) == 1) and _common(piece[0]):
        function_word = piece[0].folded in LEXICON.sentence_starters
        known_name = classify(_surface(text, piece), piece) if len(piece) > 1 else None
        if not function_word and len(piece) > 1 and (known_name is None or known_name[0] != "unknown"):
            break  # "High Court", "Supreme Court": the capitalised word belongs to the name
        piece = piece[1:]
        opens = opens and function_word
    return piece, opens


def _descriptive(token: Token, lower: frozenset[str], opens: bool) -> bool:
    """A capitalised ordinary word that describes whoever is named next: 'Actress', 'Legendary', 'Sixty-year-old'.

    An ordinary word is a frequent English word that the article also writes in lower case (so 'Mark',
    a given name too, is not one unless the article says 'mark').
    """
    if token.folded in LEXICON.given_names or token.folded in LEXICON.particles or token.text.isupper():
        return False
    if _AGE_WORD.search(token.text) or token.folded in LEXICON.role_nouns or _ordinary(token, lower):
        return True
    # ("Swimmer Jane Roe", "Fired Jim Roe" opening a line)
    return opens and token.folded not in LEXICON.given_name_words and zipf(token.folded) >= RARE_ZIPF


def _ordinary(token: Token, lower: frozenset[str]) -> bool:
    """A common English word that the article also writes in lower case."""
    return token.folded in lower and zipf(token.folded) >= COMMON_ZIPF - 0.5


def _strip_descriptors(piece: list[Token], lower: frozenset[str], opens: bool) -> tuple[list[Token], str]:
    """'Actress Jane Roe', 'Legendary Swimmer Jane Roe', 'Chipmaker Acme': the description is not the name.

    Returns the piece without its leading description, and the kind the description gives ('person',
    'organization', or '' when there is none).
    """
    if len(piece) < 2 or not piece[1].capitalised:
        return piece, ""
    first = piece[0].folded
    if first in LEXICON.org_role_nouns and first not in LEXICON.org_heads and first not in LEXICON.role_nouns:
        return piece[1:], "organization"  # "Chipmaker Acme", "Carmaker Volvo"
    given = next((k for k, t in enumerate(piece) if t.folded in LEXICON.given_names), 0)
    if given > 0 and all(_descriptive(t, lower, opens and k == 0) for k, t in enumerate(piece[:given])):
        return piece[given:], "person"
    return piece, ""


def _strip_based(piece: list[Token]) -> tuple[list[Token], bool]:
    """'Piraeus-based Thalassa Navigation', 'Palo Alto-based Acme': a company, named after the '-based'."""
    cut = max((k for k, t in enumerate(piece[:-1]) if t.folded.endswith("-based")), default=-1)
    return (piece[cut + 1 :], True) if cut >= 0 else (piece, False)


def _strip_calendar(piece: list[Token]) -> list[Token]:
    """'Acme Monday', 'Jane Roe Saturday': a day or month after a name is not part of it."""
    while len(piece) > 1 and piece[-1].folded in LEXICON.calendar_words:
        piece = piece[:-1]
    return piece


def _known_kind(text: str, piece: list[Token], based: bool, headline: bool) -> Known | None:
    """What knowledge says the piece is; in a headline in capitals, a name to look for among those found."""
    surface = _surface(text, piece)
    if context.work_title(text, piece[0].start, piece[-1].end) or context.ticker(text, piece[0].start, piece[-1].end):
        return None
    known = classify(surface, piece)
    if len(piece) == 1 and known == ("organization", None) and kb.fold(surface) in LEXICON.org_heads:
        # "Congress", "Parliament": an institution by its own name; "the Government", "the Court" is a reference
        return None if context.after_determiner(text, piece[0].start) else known
    if known is None and headline and surface.isupper() and len(piece) > 1:
        return _UNKNOWN  # "RED SOX MAKE AN OFFER": read for the names it holds
    if based and known == _UNKNOWN:
        return "organization", None
    return known


def _candidate(
    doc: Document, piece: list[Token], title: str, headline: bool, first: int, lower: frozenset[str]
) -> Candidate | None:
    text = doc.text
    piece, initial = _strip_openers(text, piece, piece[0].start == first)
    if not piece:
        return None
    piece, described = _strip_descriptors(piece, lower, initial)
    initial = initial and not described  # ("Actress Jane Roe": the name's capitals are its own)
    piece, based = _strip_based(piece)
    based = based or described == "organization"
    piece = _strip_calendar(piece)
    if not any(t.capitalised for t in piece):
        return None
    start, end = piece[0].start, piece[-1].end
    known = _known_kind(text, piece, based, headline)
    nxt, nxt_end = context.next_word(text, end)
    if known is None or (known[0] == "unknown" and nxt in ("administration", "government", "campaign")):
        institution = _with_institution(doc, start, end, known, nxt, nxt_end)
        if institution is not None or known is None:
            return institution
    surface = text[start:end]
    if known[0] == "country" and nxt in LEXICON.demonym_nouns and not piece[-1].possessive:
        end = nxt_end
        surface = text[start:end]
    kind, canonical = known
    if kind in ("country", "organization"):
        # a sentence that opens with "Police" or "Court" may mean any police or court
        generic = initial and len(piece) == 1 and canonical is None and piece[0].folded in LEXICON.org_heads
        return Candidate(doc.id, start, end, surface, kind, canonical, weak=headline or generic)
    before = context.prev_words(text, start)  # the context only matters for people and unknown names
    titled = (
        bool(title)
        or described == "person"
        or (bool(before) and before[-1] in LEXICON.role_nouns)
        or context.appositive_role(text, end)
        or context.person_like(text, end)
    )
    speaks = nxt in LEXICON.speech_verbs or (bool(before) and before[-1] in LEXICON.speech_verbs)
    if kind == "unknown" and titled:
        kind = "person"
    if kind == "unknown" and len(piece) > 1 and all(_ordinary(t, lower) for t in piece):
        return None  # "Most Wanted", "Heavyweight Champion", "Golden Compass": ordinary words in capitals
    weak = headline or (initial and len(piece) == 1 and kind == "unknown")
    return Candidate(
        doc.id,
        start,
        end,
        surface,
        kind,
        canonical,
        weak=weak,
        titled=titled,
        speaks=speaks,
        place_like=context.place_like(text, start, end),
        org_like=context.organisation_like(text, start, end),
        gender=LEXICON.title_genders.get(title, ""),
        agent=context.agent_like(text, end),
        relative=bool(before) and before[-1] in LEXICON.family_roles,
    )


def _with_institution(
    doc: Document, start: int, end: int, known: Known | None, nxt: str, nxt_end: int
) -> Candidate | None:
    """A state or a name followed by the word of an institution: 'Cuban government', 'Trump administration'."""
    text = doc.text
    place = LEXICON.places.get(kb.fold(text[start:end]))
    if nxt in LEXICON.demonym_nouns and place is not None:
        return Candidate(doc.id, start, nxt_end, text[start:nxt_end], place.kind, place.name)
    institution = context.institution(text, end) if place is not None else 0
    if institution:
        return Candidate(doc.id, start, institution, text[start:institution], "organization", None)
    if nxt == "administration" and (known is None or known[0] in ("unknown", "person")):
        return Candidate(doc.id, start, nxt_end, text[start:nxt_end], "organization", None)
    return None
