"""Bare state organs as the subjects of acts: "the government imposed a curfew" stands as the
act's source, with the passage's country when it is about one, none when it is split or names
none; a figure or a description does not ("the ministry shot down reports", "the government
faces a crisis", "the governments", "the government of the day")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import tacitus
from tacitus.records import Actor

Run = Callable[[str], tuple[Actor, ...]]


def _named(found: tuple[Actor, ...], word: str) -> list[Actor]:
    return [a for a in found if a.name.lower().split()[-1] == word]


def _one(found: tuple[Actor, ...], word: str) -> Actor:
    hits = _named(found, word)
    assert len(hits) == 1, [a.name for a in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government arrested twelve student leaders on Sunday.", "government"),
        ("The interior ministry banned the weekly march of the teachers' union.", "ministry"),
        ("The government threatened to dissolve the teachers' union.", "government"),
        ("The government vowed to punish the rebels who attacked the convoy.", "government"),
        ("It is unclear whether the government will free the detained reporters.", "government"),
        ("The military government lifted the curfew ahead of the vote.", "government"),
    ],
)  # fmt: skip
def test_an_acting_organ_with_no_country_anywhere_stands(actors: Run, text: str, word: str) -> None:
    a = _one(actors(text), word)
    assert (a.kind, a.country, a.sector, a.country_from) == ("group", None, "GOV", None)


def test_a_split_passage_gives_an_acting_organ_no_country(actors: Run) -> None:
    text = (
        "Talks between Peru and Chile stalled on Friday. "
        "The government imposed a curfew on the border towns."
    )
    a = _one(actors(text), "government")
    assert (a.country, a.sector, a.country_from) == (None, "GOV", None)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fuel protests spread across Malawi. The government arrested twelve student leaders.",
         "MWI"),
        ("NAIROBI, Kenya - The ministry banned the weekly march of the teachers' union.", "KEN"),
    ],
)  # fmt: skip
def test_an_acting_organ_takes_the_one_country_of_its_passage(
    actors: Run, text: str, country: str
) -> None:
    found = actors(text)
    organ = [a for a in found if a.sector == "GOV" and a.kind == "group"]
    assert [(a.country, a.country_from) for a in organ] == [(country, "context")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # verbs of force done to no one: figures
        ("The finance ministry shot down reports of a devaluation.", "ministry"),
        ("The government is killing free speech by degrees.", "government"),
        ("The interior ministry is battling a backlog of passport requests.", "ministry"),
        ("The government vowed to punish waste in the public sector.", "government"),
        # descriptions, not acts: no pattern of the verb fits
        ("The government faces a crisis of confidence.", "government"),
        ("The government has a point about the deficit.", "government"),
        ("The parliament is in recess until September.", "parliament"),
        ("The cabinet will weigh whether to lift the curfew on Monday.", "cabinet"),
        # generic organs
        ("The government of the day imposed new tariffs on steel.", "government"),
        ("The governments imposed new tariffs on steel.", "governments"),
    ],
)  # fmt: skip
def test_a_figurative_or_described_organ_stays_unnamed(actors: Run, text: str, word: str) -> None:
    assert not _named(actors(text), word)


def test_the_acting_organ_is_the_events_source() -> None:
    rec = tacitus.extract("The government threatened to dissolve the teachers' union.")
    sources = {e.source.name for e in rec.events if e.source is not None}
    assert "government" in {s.lower().split()[-1] for s in sources}


def test_a_figurative_organ_gives_no_event() -> None:
    rec = tacitus.extract("The finance ministry shot down reports of a devaluation.")
    assert not [e for e in rec.events if e.plover]


@pytest.mark.parametrize(
    "text",
    [
        "Protests spread across Kenya. The finance ministry shot down reports of a devaluation.",
        "Protests spread across Kenya. The government is killing free speech by degrees.",
    ],
)
def test_a_figure_of_force_gives_no_organ_even_with_the_passages_country(
    actors: Run, text: str
) -> None:
    found = actors(text)
    assert not [a for a in found if a.sector == "GOV" and a.kind == "group"]


def test_an_organ_that_uses_force_on_people_keeps_the_passages_country(actors: Run) -> None:
    a = _one(
        actors("Protests spread across Kenya. The government killed twelve protesters."),
        "government",
    )
    assert (a.country, a.country_from) == ("KEN", "context")


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Chile recalled its ambassador from Peru after protesters burned its flag in Lima.",
         "protesters", "PER"),
        ("Norway and Sweden condemned Belarus after police beat strikers in Minsk.",
         "police", "BLR"),
        ("Ghana and Togo signed a border pact as farmers blocked roads in Kumasi.",
         "farmers", "GHA"),
    ],
)  # fmt: skip
def test_a_body_at_home_takes_the_country_its_clause_places_it_in(
    actors: Run, text: str, word: str, country: str
) -> None:
    # the sentence names two countries or more: the passage gives none, the act's place does
    a = _one(actors(text), word)
    assert (a.country, a.country_from) == (country, "context")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # soldiers and gunmen act abroad too: the place of the act is no evidence of theirs
        ("Chile recalled its ambassador from Peru after soldiers burned a flag in Lima.",
         "soldiers"),
        ("India and Pakistan traded accusations after gunmen attacked a hotel in Mumbai.",
         "gunmen"),
        # a capital whose country the sentence does not name may be another's namesake
        ("Norway and Sweden condemned the crackdown after police beat strikers in Minsk.",
         "police"),
    ],
)  # fmt: skip
def test_no_clause_country_for_bodies_that_travel_or_unnamed_capitals(
    actors: Run, text: str, word: str
) -> None:
    a = _one(actors(text), word)
    assert a.country is None


def test_relief_at_home_gives_no_organ_but_help_to_a_party_does(actors: Run) -> None:
    # "to help" do something to no one: relief at home, no party it is done to
    found = actors("The government deployed soldiers to help clear the rubble after the storm.")
    assert not _named(found, "government")
    found = actors("The government sent troops to help the rebels in the north.")
    assert [a.country for a in _named(found, "government")] == [None]
