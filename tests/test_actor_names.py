"""Actor names are proper names or clean noun phrases (real spaCy model, sentences of our
own): no counts, no acts they are the object of, no dateline before a dash."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.actors import extract_actors
from tacitus.actors.kb import load_kb
from tacitus.parse import Parse
from tacitus.records import Actor, Article

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


@pytest.fixture(scope="module")
def found(parse_text: Callable[[str], Parse]) -> Run:
    def run(text: str) -> tuple[Actor, ...]:
        return extract_actors(Article("t", text), parse_text(text), load_kb(()))

    return run


@pytest.fixture(scope="module")
def names(parse_text: Callable[[str], Parse]) -> Callable[[str], dict[str, Actor]]:
    def run(text: str) -> dict[str, Actor]:
        found = extract_actors(Article("t", text), parse_text(text), load_kb(()))
        return {a.name: a for a in found}

    return run


def test_a_count_before_a_group_is_not_its_name(names: Callable[[str], dict[str, Actor]]) -> None:
    got = names("At least 23 villagers were killed when Malian troops raided the market.")
    assert "villagers" in got and not [n for n in got if "23" in n or "least" in n]
    got = names("A further 1200 refugees crossed into Chad on Sunday.")
    assert "refugees" in got and not [n for n in got if "1200" in n]


def test_an_act_aimed_at_a_group_is_not_its_name(names: Callable[[str], dict[str, Actor]]) -> None:
    got = names("Uganda launched air and ground assaults on Congolese militia fighters.")
    assert not [n for n in got if "assaults" in n]
    fighters = [a for n, a in got.items() if n.endswith("fighters")]
    assert fighters and fighters[0].country == "COD"


def test_a_long_phrase_keeps_only_the_group_after_its_own_country(
    names: Callable[[str], dict[str, Actor]],
) -> None:
    got = names("The AU extended its deadline of ten days for the Malian military on Friday.")
    assert not [n for n in got if "deadline" in n]
    assert any(a.country == "MLI" and "military" in n for n, a in got.items())


def test_a_dateline_before_a_dash_is_not_part_of_the_name(
    names: Callable[[str], dict[str, Actor]],
) -> None:
    got = names("Lusaka - Dozens of Zambian students protested outside the ministry on Monday.")
    assert not [n for n in got if "-" in n or "Dozens" in n]
    students = [a for n, a in got.items() if "students" in n]
    assert students and students[0].country == "ZMB"


def test_a_hyphen_inside_a_title_stays(names: Callable[[str], dict[str, Actor]]) -> None:
    got = names("UN Secretary-General Ana Lindqvist urged calm in Juba.")
    assert "Ana Lindqvist" in got and got["Ana Lindqvist"].sector == "IGO"


def test_names_of_acts_and_counts_are_no_organisations(
    names: Callable[[str], dict[str, Actor]],
) -> None:
    got = names("The Ohio Senate passed House Concurrent Resolution 17 on Monday.")
    assert not [n for n in got if "Resolution" in n or "17" in n]
    got = names("The governor lifted the State of Emergency in the county on Friday.")
    assert "State of Emergency" not in got


def test_a_hyphenated_title_gives_its_sector(names: Callable[[str], dict[str, Actor]]) -> None:
    got = names("Vice-President Marta Ruiz defended Colombia's new budget.")
    assert got["Marta Ruiz"].sector == "GOV" and got["Marta Ruiz"].country == "COL"


def test_an_organisation_owned_by_a_country_takes_it_and_lends_it(found: Run) -> None:
    got = found(
        "Egypt's Foreign Ministry's spokesman Karim Nabil condemned the raid. "
        "Sudan's Foreign Ministry rejected the claim."
    )
    ministries = sorted(a.country or "" for a in got if a.name == "Foreign Ministry")
    assert ministries == ["EGY", "SDN"]  # two ministries, not one
    nabil = [a for a in got if a.name == "Karim Nabil"]
    assert nabil and (nabil[0].country, nabil[0].country_from) == ("EGY", "institution")


# --- coreference: pronouns and surnames -------------------------------------------------------


def _mentions(a: Actor, text: str) -> list[str]:
    return [text[s:e] for s, e in a.mentions]


def test_he_goes_to_the_nearest_speaker_not_the_first_named(found: Run) -> None:
    text = (
        "President Ana Ruiz met farmers on Monday. Agriculture Minister Jorge Paz spoke to "
        "reporters after the meeting. He said prices would rise."
    )
    got = {a.name: a for a in found(text)}
    assert "He" in _mentions(got["Jorge Paz"], text)
    assert "He" not in _mentions(got["Ana Ruiz"], text)


def test_a_surname_with_she_joins_the_woman_not_her_brother(found: Run) -> None:
    text = (
        "Senator Maria Costa praised the bill.\n\nGovernor Paul Costa, her brother, opposed "
        "it. Costa said she would vote for it."
    )
    got = {a.name: a for a in found(text)}
    assert "Costa" in _mentions(got["Maria Costa"], text)
    assert "Costa" not in _mentions(got["Paul Costa"], text)


def test_each_he_goes_to_the_subject_of_its_own_report(found: Run) -> None:
    text = (
        "Prime Minister Omar Haddad met King Faisal. Haddad said he was pleased with the "
        "talks, and the king said he agreed."
    )
    got = {a.name: a for a in found(text)}
    assert _mentions(got["Omar Haddad"], text).count("he") == 1
    assert _mentions(got["Faisal"], text).count("he") == 1
