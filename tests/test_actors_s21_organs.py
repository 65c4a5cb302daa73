"""Bare state organs ("the government", "the junta", "the ministry"): the passage's country
when the passage is about one, none when it is split, and an actor with its sector even with
no country where it is acted on, joined to another party, or names a state's rulers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Actor

Run = Callable[[str], tuple[Actor, ...]]


def _named(found: tuple[Actor, ...], word: str) -> list[Actor]:
    return [a for a in found if a.name.lower().split()[-1] == word]


def _one(found: tuple[Actor, ...], word: str) -> Actor:
    hits = _named(found, word)
    assert len(hits) == 1, [a.name for a in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Protests spread across Kenya on Tuesday. The government imposed a curfew on the capital.",
         "government", "KEN"),
        ("Protests spread across Kenya on Tuesday. The regime freed two jailed reporters.",
         "regime", "KEN"),
        ("Fuel queues grew longer in Ghana. Traders blamed the ministry for the shortage.",
         "ministry", "GHA"),
    ],
)  # fmt: skip
def test_an_organ_takes_the_one_country_of_its_passage(
    actors: Run, text: str, word: str, country: str
) -> None:
    a = _one(actors(text), word)
    assert (a.country, a.sector, a.country_from) == (country, "GOV", "context")


def test_split_context_gives_no_country(actors: Run) -> None:
    # two countries, each named once: the passage is about neither more than the other
    found = actors("Talks between Peru and Chile stalled on Friday. Farmers blamed the government.")
    a = _one(found, "government")
    assert (a.country, a.sector, a.country_from) == (None, "GOV", None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The regime freed two jailed reporters on Sunday.", "regime"),
        ("The junta dissolved the electoral commission.", "junta"),
        ("Striking nurses denounced the government's pay offer.", "government"),
        ("Thousands of farmers marched against the government on Friday.", "government"),
        ("Rebel commanders and the government signed a ceasefire.", "government"),
        ("Traders blamed the ministry for the shortage.", "ministry"),
        ("Protesters tried to storm the parliament on Tuesday.", "parliament"),
        ("The mayor vetoed the city legislature's budget plan.", "legislature"),
    ],
)  # fmt: skip
def test_an_organ_with_no_country_anywhere_still_stands(actors: Run, text: str, word: str) -> None:
    a = _one(actors(text), word)
    assert (a.kind, a.country, a.sector) == ("group", None, "GOV")
    assert a.mentions  # a span a scorer can match


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government raised fuel prices on Monday.", "government"),
        ("The health ministry is struggling with a shortage of doctors.", "ministry"),
    ],
)  # fmt: skip
def test_a_subject_organ_with_no_country_stays_unnamed(actors: Run, text: str, word: str) -> None:
    # as the subject of a sentence that names no other party it would make no-event
    # sentences codable: whose government it is must be said
    assert not _named(actors(text), word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics attacked the Ministry of Tourism and Antiquities for the closures.",
         "Ministry of Tourism and Antiquities"),
        ("Lawmakers questioned the Ruritanian Government Press Office about the leak.",
         "Ruritanian Government Press Office"),
    ],
)  # fmt: skip
def test_an_organ_inside_a_longer_name_stays_part_of_it(actors: Run, text: str, name: str) -> None:
    found = actors(text)
    assert [a for a in found if a.name == name]
    assert not [a for a in found if a.name.lower() in ("government", "ministry", "the ministry")]
