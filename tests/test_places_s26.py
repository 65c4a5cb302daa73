"""Places, session 26: a great city and the province of its name ("New York", "Washington")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import _great_namesake, _only_province, article_places, gazetteer
from tacitus.records import Article, Place

Parser = Callable[[str], Parse]


def named(text: str, parse_text: Parser) -> dict[str, Place]:
    """The places of a text, keyed by the name as written (the last mention of each)."""
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {p.name: p for _, p in resolved}


def test_a_great_city_named_like_its_province_is_a_namesake() -> None:
    gaz = gazetteer.load()
    assert _great_namesake(gaz.lookup("New York"))
    assert _great_namesake(gaz.lookup("Sao Paulo"))
    # a country's name is no namesake city, nor is a province without a great city
    assert not _great_namesake(gaz.lookup("Mexico"))
    assert not _great_namesake(gaz.lookup("Oregon"))


def test_only_a_province_when_no_country_or_sizeable_town_shares_the_name() -> None:
    gaz = gazetteer.load()
    assert _only_province(gaz.lookup("Idaho"), {"USA"})
    assert not _only_province(gaz.lookup("Idaho"), {"CAN"})
    assert not _only_province(gaz.lookup("Chicago"), {"USA"})
    assert not _only_province(gaz.lookup("Washington"), {"USA"})  # a twin says nothing


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Landlords in New York raised rents by a tenth, a tenants' group said on Friday.",
        "The subway in New York will run a shorter schedule over the holiday weekend.",
        "She left New York for Denver in 1987 and never went back.",
    ],
)
def test_bare_new_york_is_the_city(text: str, parse_text: Parser) -> None:
    p = named(text, parse_text)["New York"]
    assert p.feature == "city" and p.lat is not None and abs(p.lat - 40.7) < 0.3


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dairy farms across upstate New York are closing at a rate of two a week.",
        "The New York Senate voted on Monday to raise the minimum wage.",
        "Drought hit the state of New York harder than its neighbours this summer.",
        "Hail fell across New York, Vermont and New Hampshire on Sunday afternoon.",
    ],
)
def test_new_york_with_state_words_is_the_state(text: str, parse_text: Parser) -> None:
    assert named(text, parse_text)["New York"].feature == "admin1"


@pytest.mark.model
def test_a_twin_listed_with_provinces_is_a_province(parse_text: Parser) -> None:
    got = named("Smoke from the fires covered Washington and Montana for a week.", parse_text)
    assert got["Washington"].feature == "admin1" and got["Washington"].admin1 == "Washington"
    got = named("Hydro rates in Quebec and Manitoba are the lowest in the country.", parse_text)
    assert got["Quebec"].feature == "admin1"


@pytest.mark.model
def test_a_twin_listed_with_cities_stays_a_city(parse_text: Parser) -> None:
    got = named("Flights between New York and Miami were cancelled on Tuesday.", parse_text)
    assert got["New York"].feature == "city"
    got = named("Envoys met in Washington and Paris to discuss the truce.", parse_text)
    assert got["Washington"].admin1 == "District of Columbia"


@pytest.mark.model
def test_a_great_namesake_abroad_is_the_city(parse_text: Parser) -> None:
    got = named("Thousands marched in Sao Paulo on Saturday against the pension plan.", parse_text)
    assert got["Sao Paulo"].feature == "city"
    # a country's name stays the country
    assert named("Mexico raised its tariffs on steel.", parse_text)["Mexico"].feature == "country"


@pytest.mark.model
def test_the_tightest_home_state_wins_over_looser_namesakes(parse_text: Parser) -> None:
    # Greenwood, Franklin and Johnson County lie within 15 km of each other in Indiana only
    text = (
        "Firefighters from Greenwood and Franklin were called to a barn fire in rural "
        "Johnson County on Sunday, and no one was hurt."
    )
    got = named(text, parse_text)
    assert {got[n].admin1 for n in ("Greenwood", "Franklin", "Johnson County")} == {"Indiana"}


@pytest.mark.model
def test_a_local_pair_keeps_its_state(parse_text: Parser) -> None:
    got = named("Chicopee and Springfield will share a new bus garage, officials said.", parse_text)
    assert got["Springfield"].admin1 == "Massachusetts" == got["Chicopee"].admin1


@pytest.mark.parametrize(
    ("name", "iso3", "lat", "lon"),
    [("Sulawesi", "IDN", -2.0, 121.0), ("Kyushu", "JPN", 32.6, 130.8),
     ("Vancouver Island", "CAN", 49.6, -125.6), ("Majorca", "ESP", 39.6, 2.9)],
)  # fmt: skip
def test_large_islands_news_names_bare_are_regions(
    name: str, iso3: str, lat: float, lon: float
) -> None:
    got = [c for c in gazetteer.load().lookup(name) if c.feature_name == "region"]
    assert got and got[0].country == iso3
    assert abs(got[0].lat - lat) < 1.0 and abs(got[0].lon - lon) < 1.0


@pytest.mark.model
def test_an_island_off_which_a_boat_sank_is_found(parse_text: Parser) -> None:
    got = named("A fishing boat sank off Sulawesi on Tuesday; eleven crew were saved.", parse_text)
    assert got["Sulawesi"].country == "IDN"


@pytest.mark.model
def test_a_province_by_another_name_after_the_is_found(parse_text: Parser) -> None:
    got = named("Fishermen in the Basque Country went on strike over quotas.", parse_text)
    assert "Basque Country" in got and got["Basque Country"].country == "ESP"
    # an organisation's name that a small town shares stays out
    got = named("Volunteers from the Red Cross handed out blankets.", parse_text)
    assert "Red Cross" not in got


@pytest.mark.model
def test_a_british_region_is_no_us_county_of_its_first_word(parse_text: Parser) -> None:
    # "Lake" + the designator "District" once gave Lake County, Illinois
    got = named("Hikers were rescued in the Lake District after a storm on Saturday.", parse_text)
    assert "Lake" not in got and got["Lake District"].country == "GBR"


@pytest.mark.model
def test_a_us_countys_name_before_district_is_no_county(parse_text: Parser) -> None:
    got = named("Crowds filled the Garden District in New Orleans for the parade.", parse_text)
    assert all(p.feature != "admin2" for p in got.values())
    assert got["New Orleans"].admin1 == "Louisiana"
    # a district abroad keeps its designator
    got = named("Floods cut roads in the Kisumu District on Monday.", parse_text)
    assert got["Kisumu"].country == "KEN"


@pytest.mark.model
def test_a_governor_in_the_sentence_makes_new_york_the_state(parse_text: Parser) -> None:
    text = "Gov. Ana Ruiz said New York would hire 300 more nurses for rural hospitals."
    assert named(text, parse_text)["New York"].feature == "admin1"
    # another state's governor says nothing of New York
    text = "Gov. Tom Fahey of Connecticut said trains into New York would run late all week."
    assert named(text, parse_text)["New York"].feature == "city"
