"""Places, stop 19: English counties against US towns, a "City, State" pair whose second name
is also a country ("Athens, Georgia"), big foreign cities in US stories with thin country
context, and the ranker's new features (damped country support, a county named bare).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from places_helpers import places_by_name
from tacitus.parse import Parse
from tacitus.places import ranker
from tacitus.places.gazetteer import ADMIN2, CITY, Candidate
from tacitus.places.resolve import Context


def _weights() -> dict[str, float]:
    return dict(zip(ranker.FEATURES, ranker.load().weights, strict=True))


# --- features -------------------------------------------------------------------------


def test_support_grows_with_the_evidence_and_saturates() -> None:
    town = Candidate(1, "Kent", "USA", "Ohio", 41.1, -81.4, 1, CITY, 30_000, True, False)
    k = ranker.FEATURES.index("support")
    got = [
        ranker.features(town, "Kent", Context({"USA": v}).evidence(None))[k]
        for v in (0.0, 0.3, 1.0, 4.0)
    ]
    assert got[0] == 0.0
    assert got[1] < got[2] < got[3] < 1.0
    # the share (context) is the same 1.0 for one vote or four: support tells them apart
    c = ranker.FEATURES.index("context")
    one = ranker.features(town, "Kent", Context({"USA": 1.0}).evidence(None))
    four = ranker.features(town, "Kent", Context({"USA": 4.0}).evidence(None))
    assert one[c] == four[c] == 1.0 and one[k] < four[k]


def test_bare_admin2_marks_a_county_named_as_written_only() -> None:
    county = Candidate(1, "Kent", "GBR", "England", 51.2, 0.7, 1, ADMIN2, 1_400_000, True, False)
    us = Candidate(2, "Kent County", "USA", "Michigan", 43.0, -85.5, 2, ADMIN2, 470_000, False,
                   False)  # fmt: skip
    k = ranker.FEATURES.index("bare_admin2")
    assert ranker.features(county, "Kent", None)[k] == 1.0
    assert ranker.features(us, "Kent", None)[k] == 0.0
    assert ranker.features(us, "Kent County", None)[k] == 0.0  # not its main name


def test_learned_weights_favour_support_and_meta_counts_the_new_passages() -> None:
    w = _weights()
    assert w["support"] > 0 and w["context"] > 0
    assert int(str(ranker.load().meta["passages"])) >= 420


# --- English counties ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Gritters were out across Kent overnight, and the port at Dover stayed open.", "Kent"),
        ("Bus drivers in Essex will strike next week, the union told members in Chelmsford.",
         "Essex"),
        ("Farmers in Devon and Cornwall counted their losses after the hailstorm.", "Devon"),
        ("Farmers in Devon and Cornwall counted their losses after the hailstorm.", "Cornwall"),
        ("A new hospital for Suffolk will be built on the edge of Ipswich.", "Suffolk"),
    ],
)  # fmt: skip
def test_an_english_county_in_an_english_story(
    text: str, name: str, parse_text: Callable[[str], Parse]
) -> None:
    got = places_by_name(text, parse_text)
    assert got[name].country == "GBR", (name, got[name].country, got[name].admin1)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, admin1",
    [
        ("Sailors lined the pier in Norfolk as the carrier left for the Atlantic, and traffic "
         "backed up into Virginia Beach.", "Norfolk", "Virginia"),
        ("The university in Kent, Ohio, cancelled classes after the storm.", "Kent", "Ohio"),
        ("Commuters from Surrey crowded the SkyTrain into Vancouver on Monday.", "Surrey",
         "British Columbia"),
    ],
)  # fmt: skip
def test_the_namesake_wins_where_its_neighbours_are_named(
    text: str, name: str, admin1: str, parse_text: Callable[[str], Parse]
) -> None:
    assert places_by_name(text, parse_text)[name].admin1 == admin1


# --- "City, State" where the state is also a country ------------------------------------


@pytest.mark.model
def test_athens_georgia_is_the_us_state_and_its_town(parse_text: Callable[[str], Parse]) -> None:
    got = places_by_name(
        "Fans packed the stadium in Athens, Georgia, for the final game.", parse_text
    )
    assert got["Georgia"].country == "USA" and got["Georgia"].feature == "admin1"
    assert got["Athens"].country == "USA" and got["Athens"].admin1 == "Georgia"


@pytest.mark.model
def test_a_city_of_the_country_georgia_keeps_the_country(
    parse_text: Callable[[str], Parse],
) -> None:
    got = places_by_name("Hundreds rallied in Kutaisi, Georgia, against the new law.", parse_text)
    assert got["Georgia"].country == "GEO" and got["Georgia"].feature == "country"
    assert got["Kutaisi"].country == "GEO"


# --- big foreign cities in US stories -----------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, iso3",
    [
        ("The Tucson violinist spent a year studying in Vienna before she joined the "
         "orchestra.", "Vienna", "AUT"),
        ("A Kansas City bakery run by a couple from Paris won the state prize for bread.",
         "Paris", "FRA"),
        ("A Des Moines church collected coats for refugees arriving in Berlin.", "Berlin",
         "DEU"),
    ],
)  # fmt: skip
def test_a_famous_foreign_city_in_a_us_story(
    text: str, name: str, iso3: str, parse_text: Callable[[str], Parse]
) -> None:
    assert places_by_name(text, parse_text)[name].country == iso3


@pytest.mark.model
def test_an_english_county_list_keeps_every_county_english(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Councils in Kent, Surrey and Hampshire asked for more money to fix potholes."
    got = places_by_name(text, parse_text)
    assert [got[n].country for n in ("Kent", "Surrey", "Hampshire")] == ["GBR"] * 3


# --- a list of countries is no "City, Country" pattern ------------------------------


@pytest.mark.model
def test_countries_listed_with_commas_stay_countries(parse_text: Callable[[str], Parse]) -> None:
    text = "Exporters in Chile, China, Japan and Peru reported higher copper sales."
    got = places_by_name(text, parse_text)
    assert {n: got[n].feature for n in ("Chile", "China", "Japan", "Peru")} == dict.fromkeys(
        ("Chile", "China", "Japan", "Peru"), "country"
    )
    assert got["China"].country == "CHN"


@pytest.mark.model
def test_a_town_named_after_a_country_still_takes_its_state(
    parse_text: Callable[[str], Parse],
) -> None:
    got = places_by_name("The plant in Lebanon, Pennsylvania, will hire 90 workers.", parse_text)
    assert got["Lebanon"].country == "USA" and got["Lebanon"].admin1 == "Pennsylvania"


# --- regions that towns borrowed the names of ---------------------------------------


@pytest.mark.model
def test_a_region_spanning_countries_beats_a_hamlet_beside_a_nearby_city(
    parse_text: Callable[[str], Parse],
) -> None:
    got = places_by_name(
        "The tanker sailed from the Middle East to Baltimore last week.", parse_text
    )
    assert got["Middle East"].feature == "region" and got["Middle East"].country is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Salmon from the Pacific were sold in Missouri markets this week.", "Pacific"),
        ("Hurricanes forming in the Atlantic worried farmers in Iowa.", "Atlantic"),
    ],
)  # fmt: skip
def test_after_the_article_an_ocean_is_the_ocean(
    text: str, name: str, parse_text: Callable[[str], Parse]
) -> None:
    got = places_by_name(text, parse_text)
    assert got[name].feature == "region", (name, got[name].country, got[name].feature)
