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
