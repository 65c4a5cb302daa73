"""Places, stop 24: one name, one town in an article; lakes, beaches and peninsulas
named after a place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from places_helpers import found_places, places_by_name
from tacitus.parse import Parse
from tacitus.places import NEIGHBOUR_KM, _neighbours, _one_sense, gazetteer
from tacitus.places.gazetteer import CITY, Candidate
from tacitus.places.resolve import candidates, distance_km, rank
from tacitus.places.toponyms import Mention
from tacitus.records import Place


def _mention(start: int, text: str = "London") -> Mention:
    return Mention(start, start + len(text), start, start, start, text, None, "", False)


def _town(name: str, country: str, admin1: str | None = None) -> Candidate:
    towns = [c for c in candidates(gazetteer.load(), name, None) if c.country == country]
    towns = [c for c in towns if admin1 is None or c.admin1 == admin1]
    return max((c for c in towns if c.feature == CITY), key=lambda c: c.population)


def test_a_town_named_on_evidence_gives_the_name_elsewhere_its_reading() -> None:
    # "London" alone reads as England's; a mention whose sentence named Canada took
    # Ontario's, so the bare mentions of the same article mean Ontario's too
    gaz = gazetteer.load()
    england, ontario = _town("London", "GBR"), _town("London", "CAN")
    assert rank(candidates(gaz, "London", None))[0][1].id == england.id
    chosen = [(_mention(0), england), (_mention(40), ontario), (_mention(90), england)]
    out = _one_sense(gaz, list(chosen), {0, 1, 2})
    assert [c.id for _, c in out if c is not None] == [ontario.id] * 3


def test_a_mention_a_qualifier_fixed_keeps_its_town() -> None:
    # "Paris, Texas" once and "Paris" in another sentence about France: the qualified
    # mention is no vote and is not moved
    gaz = gazetteer.load()
    france, texas = _town("Paris", "FRA"), _town("Paris", "USA")
    chosen = [(_mention(0, "Paris"), texas), (_mention(50, "Paris"), france)]
    out = _one_sense(gaz, list(chosen), {1})
    assert [c.id for _, c in out if c is not None] == [texas.id, france.id]


def test_mentions_that_agree_are_left_alone() -> None:
    # every mention took the reading by size: nothing to follow, nothing moves
    gaz = gazetteer.load()
    england = _town("London", "GBR")
    chosen = [(_mention(0), england), (_mention(40), england)]
    assert _one_sense(gaz, list(chosen), {0, 1}) == chosen


def test_other_names_are_left_alone() -> None:
    gaz = gazetteer.load()
    ontario, perth = _town("London", "CAN"), _town("Perth", "AUS")
    chosen = [(_mention(0), ontario), (_mention(30, "Perth"), perth)]
    assert _one_sense(gaz, list(chosen), {0, 1}) == chosen


# --- a small town beside the article's other places -------------------------------------


def test_a_small_town_far_from_the_story_gives_way_to_a_namesake_next_to_it() -> None:
    # "a fire near Mountain Grove ... crews from Mansfield helped": not the Texas city
    gaz = gazetteer.load()
    grove = _town("Mountain Grove", "USA", "Missouri")
    texas, missouri = _town("Mansfield", "USA", "Texas"), _town("Mansfield", "USA", "Missouri")
    chosen = [(_mention(0, "Mountain Grove"), grove), (_mention(60, "Mansfield"), texas)]
    out = _neighbours(gaz, list(chosen), {0, 1})
    assert out[1][1] is not None and out[1][1].id == missouri.id
    assert out[0] == chosen[0]


def test_a_city_of_note_or_a_town_near_the_story_keeps_its_reading() -> None:
    gaz = gazetteer.load()
    grove = _town("Mountain Grove", "USA", "Missouri")
    # a city of some size may be named anywhere ("a student from Columbia, South Carolina"),
    # though a namesake lies next to the story's town
    boonville = _town("Boonville", "USA", "Missouri")
    big, near = _town("Columbia", "USA", "South Carolina"), _town("Columbia", "USA", "Missouri")
    assert distance_km(near.lat, near.lon, boonville.lat, boonville.lon) <= NEIGHBOUR_KM
    chosen = [(_mention(0, "Boonville"), boonville), (_mention(60, "Columbia"), big)]
    assert _neighbours(gaz, list(chosen), {0, 1}) == chosen
    # a town the ranker placed near the story's other places stays
    ava = _town("Ava", "USA", "Missouri")
    chosen = [(_mention(0, "Mountain Grove"), grove), (_mention(60, "Ava"), ava)]
    assert _neighbours(gaz, list(chosen), {0, 1}) == chosen
    # a story with no other town says nothing about where its town lies
    texas = _town("Mansfield", "USA", "Texas")
    assert _neighbours(gaz, [(_mention(0, "Mansfield"), texas)], {0})[0][1] == texas


# --- landforms named after a place ------------------------------------------------------


def _near(p: Place, lat: float, lon: float, km: float) -> bool:
    return p.lat is not None and p.lon is not None and distance_km(p.lat, p.lon, lat, lon) <= km


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        # a town's name after "Lake": the lake lies by the town the sentence names, not at
        # the namesake town in another state
        (
            "Sailors raced on Lake Mendota in Madison on Saturday as the ice cleared.",
            "Mendota",
            "Madison",
        ),
        (
            "Divers searched Lake Calhoun in Minneapolis for a missing kayaker.",
            "Calhoun",
            "Minneapolis",
        ),
        # a state's name before "Lake": the state's point is no lake's
        (
            "Anglers on Utah Lake near Provo and Orem reported a fish kill on Tuesday.",
            "Utah",
            "Provo",
        ),
    ],
)
def test_a_lake_named_after_a_place_lies_by_the_town_named_with_it(
    text: str, name: str, town: str, parse_text: Callable[[str], Parse]
) -> None:
    got = places_by_name(text, parse_text)
    t = got[town]
    assert t.lat is not None and t.lon is not None
    assert _near(got[name], t.lat, t.lon, 30.0), got[name]


@pytest.mark.model
def test_a_river_named_after_a_state_keeps_the_state(parse_text: Callable[[str], Parse]) -> None:
    # a river runs across its state: a town on it is no better a point than the state's
    text = "Barges were held on the Tennessee River near Decatur after the lock failed."
    assert places_by_name(text, parse_text)["Tennessee"].feature == "admin1"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Surfers packed Baker Beach in San Francisco on Sunday as the heat broke records.",
            "Beach",
        ),
        (
            "Fishermen off the Beara Peninsula in County Cork landed a record catch.",
            "Peninsula",
        ),
        (
            "Hikers who slept near Haleakala Crater said it was the coldest night in years.",
            "Crater",
        ),
    ],
)
def test_a_landforms_head_word_is_no_town(
    text: str, head: str, parse_text: Callable[[str], Parse]
) -> None:
    assert head not in places_by_name(text, parse_text)


@pytest.mark.model
def test_a_town_before_beach_far_from_the_article_takes_the_town_named_with_it(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Surfers packed Baker Beach in San Francisco on Sunday as the heat broke records."
    got = places_by_name(text, parse_text)
    assert _near(got["Baker"], 37.77, -122.42, 30.0), got["Baker"]


# --- "City, State" where the state holds no town of that name ------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DAMASCUS, Ga. -- The Early County commission met on Monday to discuss road repairs.",
            "DAMASCUS",
        ),
        (
            "Deputies found the stolen truck three miles north of Damascus, Ga., on Sunday.",
            "Damascus",
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_lies_in_the_state_named_after_it(
    text: str, name: str, parse_text: Callable[[str], Parse]
) -> None:
    # no Damascus in Georgia is ours (a village): not Damascus, Maryland, but Georgia
    got = places_by_name(text, parse_text)[name]
    assert got.country == "USA" and got.admin1 == "Georgia"
    assert got.geonameid is None  # no entry of ours: the state's point only


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the state holds the town: the town itself
        ("Protesters marched in Damascus, Syria, on Friday.", "Damascus", "Dimashq"),
        # a list of places, not a town and its state
        (
            "The fair will travel to Miami, New York, Denver and Boston this summer.",
            "Miami",
            "Florida",
        ),
    ],
)
def test_a_town_its_state_holds_or_a_list_keeps_its_reading(
    text: str, name: str, admin1: str, parse_text: Callable[[str], Parse]
) -> None:
    got = places_by_name(text, parse_text)[name]
    assert got.admin1 == admin1 and got.geonameid is not None


@pytest.mark.model
def test_the_town_a_dateline_placed_keeps_its_state_when_named_again(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "DAMASCUS, Ga. -- The Early County commission met on Monday. Damascus residents "
        "asked for a new fire station, and the mayor said the town would apply for a grant."
    )
    got = [p for name, p in found_places(text, parse_text) if name.lower() == "damascus"]
    assert len(got) == 2
    assert all(p.country == "USA" and p.admin1 == "Georgia" for p in got)
