"""Generic actor nouns (role words with no name): their sector, and their country from a
demonym or from the passage (real spaCy model, sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Actor

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


def _with(found: tuple[Actor, ...], word: str) -> Actor:
    hits = [a for a in found if word in a.name.lower()]
    assert hits, [(a.name, a.sector) for a in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "word", "sector", "country"),
    [
        ("A suicide bomber struck a market in Somalia on Friday.", "bomber", "UAF", "SOM"),
        ("Striking Nigerian lecturers rejected the new pay offer.", "lecturers", "EDU", "NGA"),
        ("Ugandan investigators questioned the driver for six hours.", "investigators", "COP",
         "UGA"),
        ("Peruvian strikers blocked the highway near the mine.", "strikers", "LAB", "PER"),
        ("Kenyan inmates went on hunger strike over prison food.", "inmates", "CVL", "KEN"),
        ("Indian servicemen rescued the stranded climbers.", "servicemen", "MIL", "IND"),
        ("Two gunmen attacked a police post in Pakistan's Balochistan province.", "gunmen",
         "UAF", "PAK"),
        ("The Mexican senate approved the reform on Thursday.", "senate", "GOV", "MEX"),
    ],
)  # fmt: skip
def test_a_role_noun_is_an_actor_of_its_sector(
    actors: Run, text: str, word: str, sector: str, country: str
) -> None:
    a = _with(actors(text), word)
    assert (a.sector, a.country) == (sector, country)


def test_the_passage_gives_a_bare_role_noun_its_country(actors: Run) -> None:
    text = (
        "Fighting spread across northern Mozambique this week. "
        "The attackers burned a clinic and a school before dawn."
    )
    a = _with(actors(text), "attackers")
    assert (a.sector, a.country, a.country_from) == ("UAF", "MOZ", "context")


def test_a_role_noun_that_only_modifies_is_no_actor(actors: Run) -> None:
    found = actors("The Chilean teacher shortage worsened this year, the report said.")
    assert not any("teacher" in a.name.lower() for a in found)


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("Striking miners blocked the main road to the port.", "miners", "LAB"),
        ("Rights groups called for the release of the prisoners.", "rights groups", "NGO"),
        ("Human rights groups condemned the new law.", "rights groups", "NGO"),
        ("Aid agencies warned of famine in the north.", "aid agencies", "NGO"),
    ],
)  # fmt: skip
def test_a_group_of_society_is_an_actor_without_a_country(
    actors: Run, text: str, word: str, sector: str
) -> None:
    a = _with(actors(text), word)
    assert (a.sector, a.country) == (sector, None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Unrest spread across Bolivia this week. The junta imposed a curfew.", "junta"),
        ("Unrest spread across Bolivia this week. The regime imposed a curfew.", "regime"),
        ("Unrest spread across Bolivia this week. The government imposed a curfew.",
         "government"),
    ],
)  # fmt: skip
def test_the_passage_gives_the_state_nominal_its_country(actors: Run, text: str, word: str) -> None:
    a = _with(actors(text), word)
    assert (a.sector, a.country, a.country_from) == ("GOV", "BOL", "context")


def test_a_state_nominal_with_no_country_anywhere_stands_only_as_the_doer_of_an_act(
    actors: Run,
) -> None:
    # measured: letting every subject "government" stand with no country raised false
    # events on no-event text; as the subject of an act it stands, as the subject of a
    # description it does not (see tests/test_actors_s22_organs.py)
    found = actors("The government closed the border on Monday.")
    assert [a.country for a in found if "government" in a.name.lower()] == [None]
    found = actors("The government faces a hard choice on Monday.")
    assert not [a for a in found if "government" in a.name.lower()]


def test_the_authorities_stand_alone_with_no_country(actors: Run) -> None:
    # the one state nominal that measured a gain standing alone (dyads up, specificity held)
    a = _with(actors("The authorities detained forty students overnight."), "authorities")
    assert (a.sector, a.country) == ("GOV", None)
