"""Session 20b: groups of people named by a common noun that act on their own ("employees
walked out", "mourners chanted"), with their sector and, where the article gives one, its
country (real spaCy model, sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.records import Record

pytestmark = pytest.mark.model

Code = Callable[..., Record]

#: an article plainly about Peru (its country named in three sentences, no other one)
PERU = (
    "Peru's congress met on Tuesday to debate the budget. Prices have risen across Peru "
    "since January. Many families in Peru say they cannot buy food. "
)


@pytest.mark.parametrize(
    ("sentence", "word", "sector"),
    [
        ("Hundreds of employees walked out of the plant over unpaid wages.", "employees", "LAB"),
        ("Mourners protested against the mayor after the funeral.", "Mourners", "CVL"),
        ("Teachers marched on the ministry to demand higher pay.", "Teachers", "EDU"),
        ("Angry supporters blocked the road outside the court.", "supporters", "CVL"),
        ("Youths clashed with police in the old city.", "Youths", "CVL"),
    ],
)
def test_a_crowd_named_by_a_plural_acts_with_its_sector(
    code: Code, sentence: str, word: str, sector: str
) -> None:
    rec = code(sentence)
    assert named(rec.actors, word).sector == sector
    assert any(e.source is not None and word in e.source.name for e in rec.events)


def test_a_crowd_takes_the_passage_country(code: Code) -> None:
    rec = code(PERU + "Striking employees blocked the highway on Thursday.")
    assert named(rec.actors, "employees").country == "PER"


def test_officials_alone_still_need_a_country(code: Code) -> None:
    rec = code("Ministers met on Friday to discuss the budget.")
    assert not [a for a in rec.actors if "Ministers" in a.name]


@pytest.mark.parametrize(
    ("sentence", "word", "sector"),
    [
        ("Asylum seekers staged a sit-in outside the immigration office.", "Asylum", "REF"),
        ("Shopkeepers shut their stores to protest the new tax.", "Shopkeepers", "BUS"),
        ("Peasants occupied the estate to demand land reform.", "Peasants", "AGR"),
        ("Truck drivers blocked the border crossing for a second day.", "drivers", "LAB"),
        ("Maoists attacked a police post in the forest district.", "Maoists", "REB"),
    ],
)
def test_crowds_the_kb_names_as_groups(code: Code, sentence: str, word: str, sector: str) -> None:
    who = named(code(sentence).actors, word)
    assert (who.kind, who.sector) == ("group", sector)


def test_a_crowd_group_takes_the_passage_country(code: Code) -> None:
    rec = code(PERU + "Pensioners rallied outside congress against cuts to benefits.")
    who = named(rec.actors, "Pensioners")
    assert (who.country, who.sector) == ("PER", "CVL")


@pytest.mark.parametrize(
    ("sentence", "word", "sector"),
    [
        ("Militant groups raided a village before dawn.", "Militant groups", "UAF"),
        ("Rebel groups shelled the town overnight.", "Rebel groups", "REB"),
        ("Civil society groups condemned the arrests.", "Civil society groups", "CVL"),
        ("Campaigners accused the mayor of wasting public money.", "Campaigners", "CVL"),
    ],
)
def test_groups_a_sector_word_qualifies_act(
    code: Code, sentence: str, word: str, sector: str
) -> None:
    rec = code(sentence)
    assert named(rec.actors, word).sector == sector
    assert any(e.source is not None and word in e.source.name for e in rec.events)


def test_opposition_figures_take_the_passage_country(code: Code) -> None:
    rec = code(PERU + "Opposition figures accused the cabinet of rigging the vote.")
    who = named(rec.actors, "Opposition figures")
    assert (who.country, who.sector) == ("PER", "OPP")


def test_opposition_figures_with_no_country_stand_with_their_sector(code: Code) -> None:
    # session 24: a sector word names the side as surely as a country would (measured on
    # our corpus' held-out split: dyad up, no-event specificity held)
    rec = code("Opposition figures accused the cabinet of rigging the vote.")
    who = named(rec.actors, "Opposition figures")
    assert (who.country, who.sector) == (None, "OPP")


@pytest.mark.parametrize(
    ("sentence", "code_"),
    [
        ("Western governments accused Moscow of meddling in the vote.", "WST"),
        ("Gulf countries pledged aid to Sudan after the floods.", "PGS"),
        ("Arab nations rejected the proposal at the summit.", "ARB"),
    ],
)
def test_a_bloc_of_countries_keeps_its_region_code(code: Code, sentence: str, code_: str) -> None:
    rec = code(sentence)
    bloc = [a for a in rec.actors if a.code == code_]
    assert bloc and bloc[0].kind == "group" and bloc[0].country is None
    assert any(e.source is not None and e.source.code == code_ for e in rec.events)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Attackers stormed a hotel in the port city on Friday.", "Attackers"),
        ("Masked men abducted three engineers near the border.", "Masked men"),
    ],
)
def test_unnamed_armed_men_act_as_a_group(code: Code, sentence: str, word: str) -> None:
    rec = code(sentence)
    assert named(rec.actors, word).sector == "UAF"
    assert any(e.plover == "ASSAULT" and e.source and word in e.source.name for e in rec.events)


def test_opposition_lawmakers_are_the_opposition(code: Code) -> None:
    rec = code(PERU + "Opposition lawmakers walked out of congress on Thursday.")
    who = named(rec.actors, "Opposition lawmakers")
    assert (who.country, who.sector) == ("PER", "OPP")
