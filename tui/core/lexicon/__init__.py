"""The language data of ``core/data`` in one typed object, built once: ``LEXICON``.

Each data file is declared once below, with the normalisation it is read under (see
``readers``); a file is read the first time its entry is used and kept from then on. The
combined entries (``common_words``, ``regions``, ``role_words``, ...) are built from the file
entries, never by reading a file again. Keys of folded entries are ``fold``-ed, so
"Fernández", "FERNANDEZ" and "fernandez" meet, as do "U.S." and "US".
"""

from __future__ import annotations

from functools import cached_property

from ..knowledge import fold_once
from . import readers as read
from .entries import Entry, Place, entry_files

__all__ = ["LEXICON", "Lexicon", "Place", "entry_files"]


class Lexicon:
    """Every word list and table of the package, each read from its data file on first use."""

    # names and people
    given_names = Entry("given_names.txt", read.folded_set)  # first names of many cultures
    given_name_words = Entry("given_name_words.txt", read.folded_set)  # 'mark', 'bill': names only before a surname
    given_name_genders = Entry("given_name_genders.tsv", read.genders)  # a hint for he/she
    nickname_groups = Entry("nicknames.tsv", read.nickname_groups)
    name_particles = Entry("name_particles.txt", read.as_written)  # de, van, der, bin, al, Ó, St
    person_titles = Entry("person_titles.txt", read.title_phrases)  # folded token tuples, longest first
    title_genders = Entry("title_genders.tsv", read.genders)
    role_nouns = Entry("role_nouns.txt", read.folded_set)  # lower-case role words before a name
    byline_roles = Entry("byline_roles.txt", read.folded_set)  # 'correspondent', 'political editor'
    family_roles = Entry("family_roles.txt", read.folded_set)  # 'wife', 'son', 'sister'
    generational_suffixes = Entry("generational_suffixes.txt", read.folded_set)  # jr, sr, iii after a surname
    # organisations
    org_heads = Entry("org_heads.txt", read.folded_set)  # head words of organisation names
    org_acronyms = Entry("org_acronyms.tsv", read.folded_pairs)  # folded acronym -> long form
    org_role_nouns = Entry("org_role_nouns.txt", read.folded_set)  # 'agency', 'company', 'ministry'
    company_suffixes = Entry("company_suffixes.txt", read.folded_set)  # 'inc', 'corp', 'ltd', 'plc'
    news_agency_names = Entry("news_agencies.txt", read.as_written)  # wire services and broadcasters
    stock_exchanges = Entry("stock_exchanges.txt", read.folded_set)  # 'nasdaq', 'nyse'
    common_acronyms = Entry("common_acronyms.txt", read.folded_set)  # 'tv', 'suv', 'ceo': no actor
    statement_nouns = Entry("statement_nouns.txt", read.folded_set)  # 'statement', 'post', 'notice'
    # places
    places = Entry("countries.tsv", read.places)  # every name, alias, capital and demonym of a state
    demonym_nouns = Entry("demonym_nouns.txt", read.folded_set)  # 'government', 'regime' after a demonym
    demonym_orgs = Entry("demonym_orgs.txt", read.folded_set)  # 'navy', 'coast guard' after a demonym
    place_heads = Entry("place_heads.txt", read.folded_set)  # head words of place names
    place_prefixes = Entry("place_prefixes.txt", read.folded_set)  # 'north', 'southern'
    place_name_prefixes = Entry("place_name_prefixes.txt", read.folded_set)  # 'san', 'fort', 'port'
    place_modifiers = Entry("place_modifiers.txt", read.folded_set)  # 'residents', 'county' after a place
    world_regions = Entry("regions.txt", read.folded_set)  # continents and regions
    subnational = Entry("subnational.txt", read.folded_set)  # states and provinces of federations
    # things that are not actors
    non_actor_heads = Entry("non_actor_heads.txt", read.folded_set)  # last words of laws, events, prizes
    non_actor_names = Entry("non_actor_names.txt", read.folded_set)  # holidays, awards, religions
    work_nouns = Entry("work_nouns.txt", read.folded_set)  # 'film', 'novel': a title follows
    # words and verbs
    common_capitalized = Entry("common_capitalized.txt", read.folded_set)  # capitalised at a sentence start
    sentence_starters = Entry("sentence_starters.txt", read.folded_set)  # 'the', 'a': a new sentence starts
    abbreviations = Entry("abbreviations.txt", read.abbreviations)  # -> whether it may end a sentence
    non_name_abbreviations = Entry("non_name_abbreviations.txt", read.folded_set)  # 'vs', 'etc', 'approx'
    name_joiners = Entry("name_joiners.txt", read.folded_set)  # 'of', 'for', '&', 'the' inside a name
    dateline_words = Entry("dateline_words.txt", read.folded_set)  # 'by', 'min', 'read' on a dateline
    stopwords = Entry("stopwords.txt", read.folded_set)
    synonyms = Entry("synonyms.txt", read.synonym_groups)  # word -> the name of its group
    speech_verb_list = Entry("speech_verbs.txt", read.folded_set)  # said, told, added, ...
    agent_verb_list = Entry("agent_verbs.txt", read.folded_set)  # auxiliaries and frequent news verbs
    attribution_words = Entry("attribution_words.txt", read.folded_set)  # 'according (to)'
    remark_verbs = Entry("remark_verbs.txt", read.folded_set)  # 'made', 'wrote', 'tweeted' (the remarks)
    term_cues = Entry("term_cues.txt", read.as_written)  # 'known as', 'so-called'
    # time
    month_numbers = Entry("months.tsv", read.month_numbers)  # month name as written -> number
    weekdays = Entry("weekdays.txt", read.folded_in_order)  # names and abbreviations
    relative_days = Entry("relative_days.txt", read.folded_set)  # 'yesterday', 'today', 'tomorrow'
    timezone_names = Entry("timezones.txt", read.as_written)  # GMT, IST, ... in file order
    sections = Entry("sections.txt", read.case_folded_set)  # section labels: "world", "u.s."
    # page furniture (regular expressions)
    credit_words = Entry("credit_words.txt", read.as_written)  # 'photo', 'getty', '©': a caption or credit
    furniture_patterns = Entry("furniture.txt", read.as_written)
    list_heading_patterns = Entry("list_headings.txt", read.as_written)
    # figures
    number_words = Entry("number_words.tsv", read.weights)  # 'three' -> 3, 'dozen' -> 12
    number_scales = Entry("number_scales.tsv", read.scales)  # 'million' -> 1e6, 'bn' (money only)
    currencies = Entry("currencies.tsv", read.pairs)  # '$', 'US$', 'euros' -> the currency's code
    count_units = Entry("count_units.tsv", read.folded_pairs)  # 'deaths' -> 'dead': what a number counts
    count_modifiers = Entry("count_modifiers.txt", read.folded_set)  # 'new' in '2,300 new jobs'
    count_roles = Entry("count_roles.tsv", read.folded_pairs)  # 'killing' 10 people -> the dead
    function_words = Entry("function_words.txt", read.folded_set)  # beyond the stopwords: 'within', 'm'
    # fitted models
    alignment_weights = Entry("alignment_model.tsv", read.weights)

    @cached_property
    def particles(self) -> frozenset[str]:
        """Folded name particles: de, van, der, bin, al, ..."""
        return frozenset(fold_once(p) for p in self.name_particles)

    @cached_property
    def particle_spellings(self) -> frozenset[str]:
        """Case-folded name particles, accents kept ('ó', 'ní'): how header lines compare their words."""
        return frozenset(p.casefold() for p in self.name_particles)

    @cached_property
    def titles_by_first_word(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Title phrases grouped by their first word, longest first."""
        grouped: dict[str, list[tuple[str, ...]]] = {}
        for title in self.person_titles:
            grouped.setdefault(title[0], []).append(title)
        return {k: tuple(v) for k, v in grouped.items()}

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of every title, folded: 'deputy', 'minister', 'secretary', ..."""
        return frozenset(w for t in self.person_titles for w in t)

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Words that name what a person is: role nouns and one-word titles ('commissioner', 'envoy')."""
        single = {t[0] for t in self.person_titles if len(t) == 1 and len(t[0]) > 3}
        return self.role_nouns | frozenset(single)

    def same_given_name(self, a: str, b: str) -> bool:
        """Two folded given names that are one name: equal, or a name and one of its nicknames."""
        return a == b or b in self.nickname_groups.get(a, ())

    @cached_property
    def org_long_forms(self) -> dict[str, str]:
        """Folded long form of a well-known organisation -> that long form."""
        return {fold_once(long): long for long in self.org_acronyms.values()}

    @cached_property
    def news_agencies(self) -> frozenset[str]:
        """Wire services and broadcasters named in bylines and attributions, folded."""
        return frozenset(fold_once(n) for n in self.news_agency_names)

    @cached_property
    def regions(self) -> frozenset[str]:
        """Continents and regions, and the states and provinces of federations: places, not actors."""
        return self.world_regions | self.subnational

    @cached_property
    def months(self) -> frozenset[str]:
        """Month names and their abbreviations, folded."""
        return frozenset(fold_once(m) for m in self.month_numbers)

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Words that are capitalised at a sentence start but are not names."""
        return self.common_capitalized | frozenset(self.weekdays) | self.months | self.sentence_starters

    @cached_property
    def calendar_words(self) -> frozenset[str]:
        """Weekdays and 'yesterday', 'today', 'tonight', 'tomorrow': never the end of a name ('Theresa May' keeps May)."""
        days = frozenset(w for w in self.weekdays if w.endswith("day"))
        return days | self.relative_days

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Verbs that attribute speech: said, told, added, ..."""
        return self.speech_verb_list | self.attribution_words

    @cached_property
    def agent_verbs(self) -> frozenset[str]:
        """Auxiliaries and frequent news verbs: after a name they show it acting ('Acme has', 'Roe beat')."""
        return self.agent_verb_list | self.speech_verbs

    @cached_property
    def timezones(self) -> frozenset[str]:
        """Time-zone abbreviations (GMT, IST, ...), which are not organisations."""
        return frozenset(self.timezone_names)


LEXICON = Lexicon()
