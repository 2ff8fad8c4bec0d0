"""The lexicon: every data file declared once, read on first use and kept, under its one normalisation."""

from __future__ import annotations

from pathlib import Path

from tui.core.data import lines, word_set
from tui.core.knowledge import fold_once
from tui.core.lexicon import LEXICON, Lexicon, entry_files

DATA = Path(__file__).resolve().parents[1] / "tui" / "core" / "data"


def test_every_data_file_is_declared_once():
    files = list(entry_files(Lexicon).values())
    assert len(files) == len(set(files))
    shipped = {p.name for p in DATA.iterdir() if p.suffix in (".txt", ".tsv")}
    assert set(files) == shipped


def test_an_entry_is_read_once_and_kept():
    lexicon = Lexicon()
    first = lexicon.org_heads
    assert lexicon.org_heads is first
    assert "org_heads" in vars(lexicon)
    assert "place_heads" not in vars(lexicon)  # nothing is read before it is used


def test_folded_entries_meet_their_case_folded_readers():
    # the loader compares these lists case-folded, the actor rules folded: the entries serve both
    for name, entry in (
        ("org_heads.txt", LEXICON.org_heads),
        ("place_heads.txt", LEXICON.place_heads),
        ("byline_roles.txt", LEXICON.byline_roles),
        ("sentence_starters.txt", LEXICON.sentence_starters),
        ("stopwords.txt", LEXICON.stopwords),
        ("speech_verbs.txt", LEXICON.speech_verb_list),
    ):
        assert entry == word_set(name), name


def test_accented_particles_keep_their_accents_for_header_lines():
    assert "ó" in LEXICON.particle_spellings
    assert "o" in LEXICON.particles
    assert LEXICON.particles == {fold_once(p) for p in lines("name_particles.txt")}


def test_combined_entries():
    assert LEXICON.regions == LEXICON.world_regions | LEXICON.subnational
    assert {"monday", "today", "tomorrow"} <= LEXICON.calendar_words
    assert "mon" not in LEXICON.calendar_words
    assert LEXICON.same_given_name("bill", "william")
    assert LEXICON.places["us"].name == LEXICON.places["united states"].name
    assert LEXICON.abbreviations["jr"] is True  # written 'jr*': may end a sentence
    assert LEXICON.abbreviations["mr"] is False
