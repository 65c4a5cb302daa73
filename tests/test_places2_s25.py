"""Places, session 25 (second helper): a name that is both a province's and a city's
("Washington", "New York", "Sao Paulo", "Quebec") is the province where the words around it
say so ("upstate", "northern", "the state of", "Gov." after it, "Town, State"); a first
name joined to a couple's full name ("Warwick and Ruth Dawes") is a person, not a town.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from places_helpers import found_places
from tacitus.parse import Parse


def _named(text: str, name: str, parse_text: Callable[[str], Parse]) -> list[str]:
    return [p.feature or "" for n, p in found_places(text, parse_text) if n == name]


# --- the province where the words say so -------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dairy farms in upstate New York lost money for a third year running.",
        "The state of New York will appeal the ruling, its lawyers said.",
        "New York Gov. Ellen Marsh vetoed the measure late on Friday.",
        "The governor of New York toured the flooded valley by helicopter.",
        "A bridge near Utica, New York, was closed for repairs until spring.",
        "Turnout in New York state was the lowest in two decades.",
    ],
)
def test_words_around_the_name_make_it_the_province(
    text: str, parse_text: Callable[[str], Parse]
) -> None:
    assert _named(text, "New York", parse_text) == ["admin1"]


@pytest.mark.model
def test_a_town_and_a_comma_before_the_name_keep_the_town_in_that_province(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "The trucker, who lives in Binghamton, New York, was charged on Tuesday."
    found = dict(found_places(text, parse_text))
    assert found["Binghamton"].admin1 == "New York"
    assert found["New York"].feature == "admin1"


@pytest.mark.model
def test_a_governor_word_after_washington_is_the_state_and_the_bare_name_the_capital(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Washington Gov. Tom Reyes signed the water bill in Olympia. "
        "Two days later he flew to Washington to lobby Congress."
    )
    kinds = _named(text, "Washington", parse_text)
    assert kinds == ["admin1", "city"], kinds


@pytest.mark.model
def test_the_governor_of_a_province_named_like_its_great_city_is_the_province(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "The governor of Sao Paulo declared an emergency after the floods."
    assert _named(text, "Sao Paulo", parse_text) == ["admin1"]


@pytest.mark.model
def test_a_compass_word_before_a_province_named_like_a_town_is_the_province(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Forest fires in northern Quebec forced two towns out, officials in Montreal said."
    found = dict(found_places(text, parse_text))
    assert found["Quebec"].feature == "admin1", found["Quebec"]


@pytest.mark.model
def test_a_list_of_cities_after_a_comma_keeps_a_great_city_a_city(
    parse_text: Callable[[str], Parse],
) -> None:
    """A comma after a town makes the next name its province only where no list goes on."""
    text = "The airline flies to Lagos, Sao Paulo, Lisbon and Toronto from its new hub."
    assert _named(text, "Sao Paulo", parse_text) == ["city"]


# --- a couple's first name -------------------------------------------------------------


@pytest.mark.model
def test_a_first_name_joined_to_a_couples_full_name_is_no_town(
    parse_text: Callable[[str], Parse],
) -> None:
    """Warwick is a town in Rhode Island and in England; here a husband."""
    text = (
        "Retired farmers Warwick and Ruth Dawes marked 60 years of marriage in Ames on "
        'Saturday. "We never fought much," Warwick told the paper.'
    )
    found = found_places(text, parse_text)
    assert [n for n, _ in found] == ["Ames"], found
    assert found[0][1].admin1 == "Iowa"


@pytest.mark.model
def test_two_places_joined_by_and_stay_places(parse_text: Callable[[str], Parse]) -> None:
    text = "Flights between Paris and London were cancelled after the storm on Friday."
    assert [n for n, _ in found_places(text, parse_text)] == ["Paris", "London"]


# --- a word NER names nothing, that only an old name or a spelling makes a city ----------


@pytest.mark.model
def test_a_word_that_only_an_alternate_name_makes_a_city_is_no_place_unsupported(
    parse_text: Callable[[str], Parse],
) -> None:
    """ "Molotov" is an old name of Perm: with no place label, preposition or subject's
    verb, the word modifying "cocktails" is no city."""
    text = "Officers seized petrol bombs and Molotov cocktails from a garage near Lille."
    assert [n for n, _ in found_places(text, parse_text)] == ["Lille"]


@pytest.mark.model
def test_a_short_form_of_a_great_city_as_a_subject_still_stands(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Rio is the host of the summit, and its beaches were closed to tourists on Monday."
    found = dict(found_places(text, parse_text))
    assert "Rio" in found and found["Rio"].country == "BRA", found


# --- a person's surname alone after the full name ---------------------------------------


@pytest.mark.model
def test_the_surname_of_a_person_named_in_full_is_no_small_town(
    parse_text: Callable[[str], Parse],
) -> None:
    """Halden is a Norwegian town of 30,000; here a nurse, whom NER names in full first."""
    text = (
        "Nurse Lisa Halden, 34, died on Sunday of flu complications in Kansas City. "
        "Halden worked nights at the county hospital."
    )
    names = [n for n, _ in found_places(text, parse_text)]
    assert "Halden" not in names and "Kansas City" in names, names


@pytest.mark.model
def test_a_surname_after_a_preposition_of_place_stays_a_town(
    parse_text: Callable[[str], Parse],
) -> None:
    """The guard leaves a town the text places: "in Halden, Norway" is the town."""
    text = (
        "The engineer Tove Halden designed the ferry. It was launched in Halden, Norway, on Monday."
    )
    found = [p for n, p in found_places(text, parse_text) if n == "Halden"]
    assert found and found[0].country == "NOR", found


@pytest.mark.model
def test_a_city_of_note_named_like_a_persons_surname_stays_a_city(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "The singer Whitney Houston grew up in Newark. Houston was flooded again this week "
        "after two days of rain."
    )
    assert "Houston" in [n for n, _ in found_places(text, parse_text)]
