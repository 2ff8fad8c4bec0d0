"""The people found so far, indexed by name, and the rules that say which person a name refers to.

A person is known by a ``PersonKey``: the folded tokens of the first full
name it was found under, and a generational suffix ("jr"), which is never
ignored (Donald Trump and Donald Trump Jr. are two people).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import LEXICON
from .names import Candidate

_FUZZY_MIN = 90

Tokens = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PersonKey:
    """A person: the folded tokens of the name first seen, and a generational suffix ('jr') or ''."""

    tokens: Tokens
    gen: str = ""


def name_tokens(folded: str) -> tuple[Tokens, str]:
    """Tokens of a person's name without a generational suffix, and that suffix.

    Args:
        folded: the name, folded (``knowledge.fold``).

    Returns:
        The name's tokens ('al-Kuwari' is two) and the suffix ('jr', 'ii', ...) or ''.
    """
    tokens = tuple(folded.replace("-", " ").split())  # al-Kuwari = Al Kuwari, Kim Jong-un = Kim Jong Un
    if len(tokens) > 2:  # middle initials say nothing more: Donald J. Trump = Donald Trump
        tokens = (tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1])
    if len(tokens) > 1 and tokens[-1].strip(".") in LEXICON.generational_suffixes:
        return tokens[:-1], tokens[-1].strip(".")
    return tokens, ""


def _short_form(word: str, given: str) -> bool:
    """'lachie' of 'lachlan', 'bill' of 'william': a nickname, or a word of five letters or more sharing the first four."""
    if LEXICON.same_given_name(given, word) and word != given:
        return True
    return len(word) >= 5 and len(word) < len(given) + 2 and word[:4] == given[:4] and word != given


def _rest(tokens: Tokens) -> tuple[int, Tokens]:
    """What a name with another given name shares with it: its length and its other words (its one word)."""
    return len(tokens), tokens[1:] or tokens


@dataclass(frozen=True, slots=True)
class _Match:
    """A person a shorter or different name may refer to, and the full name that matched."""

    name: Tokens
    key: PersonKey


class PersonIndex:
    """People by full name, first and last word, and given name in each article, with where each was mentioned.

    Every index is insertion-ordered (dicts, not sets), so ties are settled
    the same way in every process.
    """

    def __init__(self) -> None:
        self.keys_of: dict[Tokens, dict[PersonKey, None]] = defaultdict(dict)  # a full name -> people with it
        self.by_last: dict[str, dict[Tokens, None]] = defaultdict(dict)
        self.by_first: dict[str, dict[Tokens, None]] = defaultdict(dict)
        self.rank: dict[Tokens, int] = {}  # the order full names were first seen in
        self.by_rest: dict[tuple[int, Tokens], dict[Tokens, None]] = defaultdict(dict)  # see _rest
        self.docs_of: dict[Tokens, set[str]] = defaultdict(set)
        self.names_in: dict[str, dict[Tokens, int]] = defaultdict(dict)  # an article -> its full names, by place
        self.fulls_by_given: dict[tuple[str, str], list[Tokens]] = defaultdict(list)  # (article, given name)
        self.givens_by_prefix: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)  # (article, 4 letters)
        self.seen_at: dict[tuple[str, Tokens], list[tuple[int, PersonKey]]] = defaultdict(list)
        self.gender_of: dict[PersonKey, str] = {}  # 'm', 'f' or '' (from a given name or a title)
        self.principal: set[tuple[str, PersonKey]] = set()  # named in full in an article, not as a relative
        self.named_in: dict[tuple[str, PersonKey], list[int]] = defaultdict(list)  # every mention, by article

    def add(self, cand: Candidate, key: PersonKey) -> None:
        """Record that ``cand``, a full name, names the person ``key``."""
        tokens, _gen = name_tokens(cand.folded)
        if tokens not in self.keys_of:
            self.by_last[tokens[-1]][tokens] = None
            self.by_first[tokens[0]][tokens] = None
            self.rank[tokens] = len(self.rank)
            self.by_rest[_rest(tokens)][tokens] = None
        self.keys_of[tokens][key] = None
        if not cand.relative:
            self.principal.add((cand.doc, key))
        self.docs_of[tokens].add(cand.doc)
        here = self.names_in[cand.doc]
        if tokens not in here:
            here[tokens] = len(here)
            if len(tokens) > 1:
                self.fulls_by_given[(cand.doc, tokens[0])].append(tokens)
                self.givens_by_prefix[(cand.doc, tokens[0][:4])][tokens[0]] = None
        self.seen_at[(cand.doc, tokens)].append((cand.start, key))
        self.note(cand, key)

    def note(self, cand: Candidate, key: PersonKey) -> None:
        """Record a mention of the person ``key`` (a full name or a shorter one), and what it says of gender."""
        self.named_in[(cand.doc, key)].append(cand.start)
        if not self.gender_of.get(key):
            tokens = name_tokens(cand.folded)[0]
            given = LEXICON.given_name_genders.get(tokens[0], "") if len(tokens) > 1 else ""
            self.gender_of[key] = cand.gender or given

    # -- the matching rules ----------------------------------------------------------------
    def same_person(self, tokens: Tokens, gen: str) -> PersonKey | None:
        """A person of this very name: the same tokens, a spelling variant, or the two names swapped."""
        exact = PersonKey(tokens, gen)
        if tokens in self.keys_of and exact in self.keys_of[tokens]:
            return exact
        similar = self._spelling_variants(tokens)
        if len(tokens) == 2 and tokens[::-1] in self.keys_of:
            similar.append(tokens[::-1])  # Ogasawara Kenji = Kenji Ogasawara
        similar += [
            other for other in self.by_rest.get(_rest(tokens), ()) if LEXICON.same_given_name(tokens[0], other[0])
        ]  # Bill Roe = William Roe
        for other in similar:
            for key in self.keys_of[other]:
                if key.gen == gen:
                    return key
        return None

    def _spelling_variants(self, tokens: Tokens) -> list[Tokens]:
        """Names of as many words, from the same letter, that share the first or the last word and are spelled
        almost alike in all ('Mohamed Morsi' for Mohammed Morsi), in the order they were found. (Looking only
        among the names sharing a word keeps the work in step with the number of names.)"""
        from rapidfuzz import fuzz

        joined = " ".join(tokens)
        sharing = {**self.by_first.get(tokens[0], {}), **self.by_last.get(tokens[-1], {})}
        alike = [
            other
            for other in sharing
            if len(other) == len(tokens)
            and other[0][:1] == tokens[0][:1]
            and fuzz.ratio(joined, " ".join(other), score_cutoff=_FUZZY_MIN)
        ]
        return sorted(alike, key=self.rank.__getitem__)

    def by_family_name(self, tokens: Tokens, gen: str) -> list[_Match]:
        """People whose name ends with ``tokens`` ('Trump', 'de Cossio'), or that ``tokens`` ends with."""
        n = len(tokens)
        matches: list[_Match] = []
        for full in self.by_last.get(tokens[-1], ()):
            if 2 <= len(full) < n and tokens[-len(full) :] == full:
                matches.extend(_Match(full, k) for k in self.keys_of[full] if k.gen == gen)  # Ludo + van der Meulen
            elif len(full) > n and full[-n:] == tokens:
                matches.extend(_Match(full, k) for k in self.keys_of[full] if not gen or k.gen == gen)
        return matches

    def by_first_token(self, token: str, gen: str, doc: str) -> list[_Match]:
        """People named first by ``token``: a family name written first (Xi Jinping -> Xi), or a first name
        used alone in the article that named the person in full (Lena)."""
        matches: list[_Match] = []
        for full in self.by_first.get(token, ()):
            if len(full) > 1 and (full[0] not in LEXICON.given_names or doc in self.docs_of[full]):
                matches.extend(_Match(full, k) for k in self.keys_of[full] if not gen or k.gen == gen)
        return matches

    def choose(self, cand: Candidate, matches: list[_Match], size_of: Callable[[PersonKey], int]) -> PersonKey:
        """The one of several people a name refers to.

        Args:
            cand: the mention to place.
            matches: the people its name may refer to (not empty).
            size_of: how many mentions each person has so far.

        Returns:
            After a gendered title ('Mrs Roe'), only people of that gender count. Then the only one; else,
            of the people this article names, the one it names far more often than the others ('Trump'
            is the candidate named twenty times, not his wife named once), else the most recent one before
            the mention; else the most mentioned one in all the articles, without a generational suffix.
        """
        _tokens, gen = name_tokens(cand.folded)
        if not gen and any(not m.key.gen for m in matches):
            matches = [m for m in matches if not m.key.gen]  # "Trump" is not Trump Jr.
        found = list(dict.fromkeys(m.key for m in matches))
        if cand.gender:
            same = [k for k in found if self.gender_of.get(k, "") in ("", cand.gender)]
            found = same or found
        else:  # "Trump said" is the candidate, not his wife or son introduced as such
            found = [k for k in found if (cand.doc, k) in self.principal] or found
        if len(found) == 1:
            return found[0]
        here = {k: len(self.named_in.get((cand.doc, k), ())) for k in found}
        named_here = sorted((k for k in found if here[k]), key=lambda k: -here[k])
        if named_here:
            if len(named_here) == 1 or here[named_here[0]] >= 2 * here[named_here[1]]:
                return named_here[0]  # the prominent one
            recent = self._most_recent_before(cand, named_here)
            return recent or named_here[0]
        plain = [k for k in found if not k.gen]
        return max(plain or found, key=size_of)

    def _most_recent_before(self, cand: Candidate, keys: list[PersonKey]) -> PersonKey | None:
        """Of ``keys``, the person mentioned last before ``cand`` in its article."""
        before = [
            (start, key) for key in keys for start in self.named_in.get((cand.doc, key), ()) if start < cand.start
        ]
        return max(before, key=lambda seen: seen[0])[1] if before else None

    def person_for(self, cand: Candidate, size_of: Callable[[PersonKey], int]) -> PersonKey | None:
        """The person ``cand`` refers to, if any: the same name, then a longer or shorter one.

        Args:
            cand: a mention that may name a known person.
            size_of: how many mentions each person has so far (to settle ties).

        Returns:
            The person's key, or None when the name matches nobody found so far.
        """
        tokens, gen = name_tokens(cand.folded)
        if len(tokens) > 1:
            same = self.same_person(tokens, gen)
            if same is not None:
                return same
        matches = self.by_family_name(tokens, gen)
        if len(tokens) == 1:
            matches += self.by_first_token(tokens[0], gen, cand.doc) or self.by_nickname(tokens[0], cand.doc)
        return self.choose(cand, matches, size_of) if matches else None

    def by_nickname(self, token: str, doc: str) -> list[_Match]:
        """People of the article whose given name this word is a short form of ('Lachie' for Lachlan Roe, 'Bill'
        for William Roe); only when it fits exactly one of them."""
        prefixed = self.givens_by_prefix.get((doc, token[:4]), {}).keys()
        givens = LEXICON.nickname_groups.get(token, frozenset()) | prefixed
        fulls = [full for given in givens for full in self.fulls_by_given.get((doc, given), ())]
        fulls.sort(key=self.names_in.get(doc, {}).__getitem__)  # in the article's order
        found = [
            _Match(full, key)
            for full in fulls
            if _short_form(token, full[0])
            for _start, key in self.seen_at[(doc, full)][:1]
        ]
        return found if len({m.key for m in found}) == 1 else []
