"""A deterministic synthetic corpus for benchmarks: clusters of articles about invented events.

Every event has its own people, organisations, states, figures and quotes.
Several outlets cover it: each article carries some of the event's facts
(word for word, as wire copy, or edited), some of its quotes with different
attributions, and background passages of its own, in its own order and
layout, for 400 to 1,200 words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

FIRST = [
    "Marta",
    "Jonas",
    "Aisha",
    "Tomasz",
    "Elena",
    "Kwame",
    "Li",
    "Carlos",
    "Sofia",
    "Omar",
    "Ingrid",
    "Ravi",
    "Nadia",
    "Pieter",
    "Amara",
    "Yusuf",
    "Hana",
    "Diego",
    "Leila",
    "Mateo",
    "Olga",
    "Kofi",
    "Mei",
    "Farid",
]
LAST = [
    "Oliveira",
    "van der Berg",
    "bin Rashid",
    "Nowak",
    "Petrova",
    "Mensah",
    "Wen",
    "de la Vega",
    "Lindqvist",
    "al-Farouk",
    "Haugen",
    "Menon",
    "Karimi",
    "de Jong",
    "Okafor",
    "Demir",
    "Sato",
    "Ruiz",
    "Haddad",
    "Moreno",
    "Ivanova",
    "Boateng",
    "Chen",
    "Rahimi",
]
ORG_HEADS = [
    "Ministry of Transport",
    "Port Authority",
    "Energy Agency",
    "Shipping Group",
    "Workers Union",
    "Central Bank",
    "Health Institute",
    "Water Commission",
    "Rail Corporation",
    "Mining Company",
]
ORG_NAMES = ["Northern", "Atlas", "Coastal", "United", "Meridian", "Harbour", "Summit", "Delta", "Pioneer", "Crest"]
STATES = [
    ("Portugal", "Lisbon"),
    ("Germany", "Berlin"),
    ("Kenya", "Nairobi"),
    ("Brazil", "Brasilia"),
    ("Japan", "Tokyo"),
    ("Canada", "Ottawa"),
    ("India", "New Delhi"),
    ("Turkey", "Ankara"),
    ("Mexico", "Mexico City"),
    ("Norway", "Oslo"),
    ("Egypt", "Cairo"),
    ("Australia", "Canberra"),
]
OUTLETS = [
    "The Harbour Times",
    "Daily Ledger",
    "Continental Press",
    "The Northern Review",
    "Metro Dispatch",
    "Savanna Post",
    "The Evening Courier",
]
THINGS = [
    "the port expansion",
    "the fuel subsidy",
    "the rail contract",
    "the mining licence",
    "the water treaty",
    "the power plant",
    "the fishing quota",
    "the bridge project",
    "the vaccine order",
    "the airport tender",
]

FACTS = [
    "{p1} said on {day} that {org1} would suspend {thing} after a review found costs of {n1} million.",
    "The decision follows weeks of talks between {org1} and officials in {cap1}, who had pressed for changes.",
    "{state2} has threatened to withdraw its support for {thing} unless the terms are renegotiated.",
    "According to figures released by {org2}, {n2} jobs depend on {thing} in the region.",
    "{p2}, who leads {org2}, called the review a necessary step and asked for a public hearing.",
    "Shares in {org1} fell {n3} percent in early trading after the announcement.",
    "{cap2} said it had not been consulted before the decision was made public.",
    "A court in {cap1} is due to hear a challenge to {thing} brought by {org2} next month.",
    "{p3}, an analyst, said the delay could cost the economy about {n1} million a year.",
    "The government of {state1} said it remained committed to {thing} but would wait for the review.",
]
EDITS = [
    ("said", "told reporters"),
    ("would", "will"),
    ("after", "once"),
    ("about", "roughly"),
    ("officials", "ministers"),
    ("announcement", "news"),
    ("next month", "in the coming weeks"),
]
QUOTES = [
    "We will not accept any delay that puts these jobs at risk.",
    "This is a hard decision, but it is the right one for the country.",
    "Nobody consulted us, and we will say so in court.",
    "The numbers simply do not add up, and everyone knows it.",
]
TOPIC_WORDS = (
    "harbour tariff cargo turbine reservoir vaccine copper drought wheat lithium bauxite pipeline "
    "refinery ferry tunnel runway reactor dam quarry vineyard orchard fishery timber cement steel "
    "textile cocoa coffee rubber cobalt nickel uranium solar wind hydrogen battery satellite cable "
    "bandwidth spectrum freight tanker container warehouse terminal dredging landfill sewage "
    "irrigation aquifer glacier wetland mangrove coral estuary delta plateau canyon"
).split()
VERBS = (
    "approved rejected delayed expanded audited financed insured licensed inspected relocated redesigned "
    "renegotiated subsidised privatised nationalised suspended restarted"
).split()
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@dataclass(frozen=True, slots=True)
class Event:
    """The facts, actors and quotes of one invented story."""

    slots: dict[str, str]
    facts: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]  # (words, speaker)


def make_event(rng: random.Random, number: int) -> Event:
    """A story with its own people, organisations, states and figures."""
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    orgs = [f"{rng.choice(ORG_NAMES)} {rng.choice(ORG_HEADS)}" for _ in range(2)]
    (s1, c1), (s2, c2) = rng.sample(STATES, 2)
    slots = {
        "p1": people[0],
        "p2": people[1],
        "p3": people[2],
        "org1": orgs[0],
        "org2": orgs[1],
        "state1": s1,
        "cap1": c1,
        "state2": s2,
        "cap2": c2,
        "thing": THINGS[number % len(THINGS)],
        "n1": str(rng.randint(20, 900)),
        "n2": f"{rng.randint(2, 40) * 100:,}",
        "n3": str(rng.randint(2, 19)),
        "day": rng.choice(DAYS),
    }
    topic = rng.sample(TOPIC_WORDS, 6)
    slots["thing"] = f"the {topic[0]} {topic[1]} plan"
    facts = tuple(f.format(**slots) for f in rng.sample(FACTS, 4)) + tuple(
        f"{slots[rng.choice(['p1', 'p2', 'org1', 'org2'])]} {rng.choice(VERBS)} the {a} and {b} "
        f"programme, with {rng.randint(2, 90)} {c} sites affected."
        for a, b, c in (rng.sample(topic, 3) for _ in range(8))
    )
    quotes = tuple((q, people[k % 3]) for k, q in enumerate(rng.sample(QUOTES, 3)))
    return Event(slots, facts, quotes)


def _edit(rng: random.Random, sentence: str) -> str:
    for old, new in rng.sample(EDITS, 2):
        sentence = sentence.replace(f" {old} ", f" {new} ", 1)
    return sentence


def _background(rng: random.Random, slots: dict[str, str]) -> str:
    """A passage of context found in one article only: fresh words every time."""
    sentences = []
    for _ in range(3):
        words = rng.sample(TOPIC_WORDS, 7) + rng.sample(VERBS, 2)
        sentences.append(
            f"{words[0].capitalize()} {words[7]} {words[1]} {words[2]} near {words[3]}, "
            f"{rng.randint(2, 90)} {words[4]} {words[8]} {words[5]} {words[6]} last year."
        )
    return " ".join(sentences)


def make_article(rng: random.Random, event: Event, outlet: str, words: int) -> str:
    """One outlet's article about ``event``, as text pasted from its web page."""
    s = event.slots
    facts = list(event.facts)
    rng.shuffle(facts)
    facts = facts[: rng.randint(6, len(facts))]
    wire = rng.random() < 0.4
    body = [f if wire else _edit(rng, f) for f in facts]
    for text, speaker in event.quotes:
        style = rng.randrange(3)
        if style == 0:
            body.append(f"\u201c{text}\u201d {speaker} said.")
        elif style == 1:
            body.append(f"\u201c{text[:-1]},\u201d said {speaker}, speaking in {s['cap1']}.")
        else:
            body.append(f"{speaker} told reporters: \u201c{text}\u201d")
    rng.shuffle(body)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        chunk = body[:2] or [_background(rng, s)]  # the event's facts first, then context
        body = body[2:]
        paragraph = " ".join(chunk)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    day = rng.randint(1, 28)
    header = [
        outlet,
        "World",
        f"{s['org1']} suspends {s['thing']} as {s['state2']} threatens to pull out",
        f"By {rng.choice(FIRST)} {rng.choice(LAST)}",
        f"{day} March 2026",
        "",
    ]
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs) + f"\n\n\u00a9 {outlet} 2026\n"


def articles(count: int, seed: int = 2026) -> list[str]:
    """``count`` articles in clusters of two to four about the same event."""
    rng = random.Random(seed)
    out: list[str] = []
    number = 0
    while len(out) < count:
        event = make_event(rng, number)
        number += 1
        for outlet in rng.sample(OUTLETS, rng.randint(2, 4)):
            if len(out) < count:
                out.append(make_article(rng, event, outlet, rng.randint(400, 1200)))
    return out


def write_corpus(folder: Path, count: int, seed: int = 2026) -> list[Path]:
    """Write ``count`` articles as .txt files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(articles(count, seed)):
        path = folder / f"{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
