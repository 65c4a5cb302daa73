"""Places, stop 23: names inside people's and teams' names, datelines in lower case or
inside an agency's entity, hyphenated names with "au" ("Port-au-Prince"), alternate spellings
that are English words, and a people's word NER tags that spells a village.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from places_helpers import found_places, places_by_name
from tacitus.parse import Parse
from tacitus.places import gazetteer
from tacitus.places.resolve import distance_km
from tacitus.places.toponyms import CLUB_PREFIXES, teams

# --- the data (no model) --------------------------------------------------------------


def test_team_nicknames_leave_out_words_of_other_senses() -> None:
    names = teams()
    assert {"Suns", "Red Sox", "Maple Leafs", "Braves"} <= names
    # a police force, a union, a storm, a mountain range, rockets and earthquakes follow
    # places' names too
    assert not {"Rangers", "Union", "Storm", "Rockies", "Rockets", "Earthquakes"} & names
    assert all(n[:1].isupper() or n[:1].isdigit() for n in names)


def test_club_prefixes_are_no_places_themselves() -> None:
    assert "Real" in CLUB_PREFIXES and "Bayern" not in CLUB_PREFIXES


@pytest.mark.parametrize(
    ("word", "country", "feature"),
    [("Tigrayan", "ETH", 1), ("Midwesterners", "USA", 5), ("Appalachian", "USA", 5)],
)
def test_demonyms_of_regions_and_provinces(word: str, country: str, feature: int) -> None:
    c = gazetteer.load().country_of_adjective(word)
    assert c is not None, word
    assert c.country == country and c.feature == feature


# --- people's names -------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "U.S. Secretary of Defense Lloyd Austin said on Tuesday that more aid would follow.",
        "Former Secretary of Energy Rick Austin toured a solar farm last spring.",
    ],
)
def test_a_surname_after_a_title_chain_is_no_town(
    text: str, parse_text: Callable[[str], Parse]
) -> None:
    assert "Austin" not in places_by_name(text, parse_text)


@pytest.mark.model
def test_a_province_after_of_in_a_title_stays_a_place(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Chief Minister of Punjab Maryam Nawaz opened a hospital in Lahore on Monday."
    by = places_by_name(text, parse_text)
    assert by["Punjab"].country == "PAK"
    assert by["Lahore"].use == "name"


@pytest.mark.model
def test_a_title_case_headline_verb_is_no_given_name(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Secretary Blinken Visits China Amid Trade Tensions"
    assert places_by_name(text, parse_text)["China"].country == "CHN"


# --- teams ----------------------------------------------------------------------------


@pytest.mark.model
def test_a_town_before_a_nickname_is_the_team(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "The Phoenix Suns signed a veteran guard on Monday. The team will open its season "
        "at home in Phoenix next week."
    )
    got = found_places(text, parse_text)
    uses = [p.use for name, p in got if name == "Phoenix"]
    assert uses == ["metonymic", "name"]


@pytest.mark.model
def test_a_longer_name_after_the_nickname_is_no_team(parse_text: Callable[[str], Parse]) -> None:
    text = "The Chicago Bulls Foundation gave $2 million to reading programs last year."
    got = dict(found_places(text, parse_text))
    assert "Chicago" in got and got["Chicago"].use != "metonymic"


@pytest.mark.model
def test_a_town_as_a_side_of_a_game_is_its_team(parse_text: Callable[[str], Parse]) -> None:
    text = "Boston beat the Knicks 104-97 on Friday, and Denver lost to Phoenix in overtime."
    by = places_by_name(text, parse_text)
    assert {by[n].use for n in ("Boston", "Denver", "Phoenix")} == {"metonymic"}


@pytest.mark.model
def test_a_vote_defeated_is_no_game(parse_text: Callable[[str], Parse]) -> None:
    text = "Israel defeated the draft resolution at the United Nations in New York."
    by = places_by_name(text, parse_text)
    assert by["Israel"].use != "metonymic"
    assert by["New York"].use == "name"


@pytest.mark.model
def test_a_club_word_before_a_city_makes_a_club(parse_text: Callable[[str], Parse]) -> None:
    text = "Real Madrid signed a young winger from a club in Lisbon on Tuesday."
    by = places_by_name(text, parse_text)
    assert by["Madrid"].use == "metonymic"
    assert by["Lisbon"].country == "PRT" and by["Lisbon"].use == "name"


# --- datelines ------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town", "iso3"),
    [
        ("kyiv, ukraine — Power came back to most homes by the evening, the utility said.",
         "kyiv", "UKR"),
        ("caracas, venezuela (AP) — Teachers marched for higher pay on Thursday.",
         "caracas", "VEN"),
        ("gaza — Aid trucks waited at the crossing for a third day.", "gaza", "PSE"),
        ("kyiv (Reuters) - Air raid sirens sounded across the capital overnight.", "kyiv",
         "UKR"),
    ],
)  # fmt: skip
def test_a_dateline_in_lower_case_names_its_town(
    text: str, town: str, iso3: str, parse_text: Callable[[str], Parse]
) -> None:
    got = found_places(text, parse_text)
    assert got, text
    name, place = got[0]
    assert name == town and place.country == iso3
    assert place.feature == "city" and place.use == "name"


@pytest.mark.model
def test_a_lower_case_dateline_after_a_title_with_more_places(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Drones hit three cities overnight\n\n"
        "kyiv, ukraine — Drones struck Kharkiv and Odesa overnight, officials said."
    )
    names = [name for name, _ in found_places(text, parse_text)]
    assert names[:2] == ["kyiv", "ukraine"]
    assert {"Kharkiv", "Odesa"} <= set(names)


@pytest.mark.model
def test_lower_case_words_before_a_colon_are_no_dateline(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "reading: the council will publish its list of books next month."
    assert found_places(text, parse_text) == []


@pytest.mark.model
def test_a_dateline_inside_an_agency_entity_is_a_place_as_such(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "BEIRUT (Reuters) - Power cuts hit most of the city on Sunday, officials said."
    got = found_places(text, parse_text)
    assert got[0][0] == "BEIRUT"
    assert got[0][1].country == "LBN" and got[0][1].use == "name"


# --- names with "au", and words that are alternate spellings ---------------------------


@pytest.mark.model
def test_a_hyphenated_name_with_au_is_one_place(parse_text: Callable[[str], Parse]) -> None:
    text = "Gangs blocked the roads out of Port-au-Prince for a fourth day on Monday."
    by = places_by_name(text, parse_text)
    assert "Port" not in by
    assert by["Port-au-Prince"].country == "HTI"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Big Oil spent millions on advertising before the vote.", "Big"),
        ("Human Rights Watch called for an inquiry into the arrests.", "Human"),
    ],
)
def test_an_english_word_glued_to_a_name_is_no_alternate_spelling(
    text: str, word: str, parse_text: Callable[[str], Parse]
) -> None:
    assert word not in places_by_name(text, parse_text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anger on the Arab street grew after the verdict.", "Arab"),
        ("Mayan temples draw thousands of visitors every winter.", "Mayan"),
    ],
)
def test_a_peoples_word_is_no_village(
    text: str, word: str, parse_text: Callable[[str], Parse]
) -> None:
    assert word not in places_by_name(text, parse_text)


# --- a part of a town after its possessive ----------------------------------------------


@pytest.mark.model
def test_a_part_named_after_a_towns_possessive_lies_in_the_town(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Shootings in Chicago's South Side fell by a third last summer, the police said."
    by = places_by_name(text, parse_text)
    chicago, part = by["Chicago"], by["South Side"]
    assert part.lat is not None and part.lon is not None
    assert chicago.lat is not None and chicago.lon is not None
    assert distance_km(part.lat, part.lon, chicago.lat, chicago.lon) < 60


@pytest.mark.model
def test_a_small_name_after_a_big_towns_possessive_is_found(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Rents in Atlanta's Buckhead rose faster than anywhere else last year."
    by = places_by_name(text, parse_text)
    assert "Buckhead" in by, sorted(by)
    assert by["Buckhead"].admin1 == "Georgia"


@pytest.mark.model
def test_a_big_city_after_a_possessive_keeps_its_own_reading(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "The gallery sent two paintings from Vienna to Naples's Rome office, its agent said."
    by = places_by_name(text, parse_text)
    assert by["Rome"].country == "ITA"
    assert by["Rome"].lat is not None and abs(by["Rome"].lat - 41.9) < 0.5


# --- rivers and lakes named after a town ----------------------------------------------


@pytest.mark.model
def test_a_river_named_after_a_far_town_lies_by_the_articles_places(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Heavy rain swelled the Tar River in Greenville, N.C., and closed two bridges."
    got = dict(found_places(text, parse_text))
    assert got["Tar"].country == "USA" and got["Tar"].admin1 == "North Carolina"


@pytest.mark.model
def test_a_river_by_its_own_town_keeps_the_town(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "Boats were pulled from the Savannah River on Monday as the storm neared Savannah "
        "and Tybee Island."
    )
    got = found_places(text, parse_text)
    towns = [p for name, p in got if name == "Savannah"]
    assert len(towns) == 2
    assert {(p.country, p.admin1) for p in towns} == {("USA", "Georgia")}
    assert towns[0].lat == towns[1].lat


@pytest.mark.model
def test_a_county_in_the_state_the_article_names_keeps_its_river(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Regulators in Ohio fined a paper plant for dumping waste into the Scioto River."
    by = places_by_name(text, parse_text)
    assert by["Scioto"].admin1 == "Ohio"
    assert by["Scioto"].feature != "admin1"


# --- bases and airports ----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Two Marines from Camp Lejeune were hurt in a training crash on Tuesday.",
         "Camp Lejeune", "North Carolina"),
        ("Soldiers at Fort Carson were told to prepare for a winter exercise.",
         "Fort Carson", "Colorado"),
        ("Fog delayed 80 flights at Hartsfield-Jackson on Friday morning.",
         "Hartsfield-Jackson", "Georgia"),
    ],
)  # fmt: skip
def test_a_base_or_airport_resolves_to_its_town(
    text: str, name: str, admin1: str, parse_text: Callable[[str], Parse]
) -> None:
    by = places_by_name(text, parse_text)
    assert name in by, sorted(by)
    assert by[name].country == "USA" and by[name].admin1 == admin1


# --- towns NER takes for people, paired with towns ---------------------------------------


@pytest.mark.model
def test_a_town_paired_with_a_town_is_no_surname(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "GAINESVILLE -- The Hall County school board voted Monday to build a school near "
        "Flowery Branch. Buford and Cumming have seen the same growth, the board said."
    )
    by = places_by_name(text, parse_text)
    assert "Buford" in by, sorted(by)
    assert by["Buford"].admin1 == "Georgia"


@pytest.mark.model
def test_two_presidents_paired_are_no_towns(parse_text: Callable[[str], Parse]) -> None:
    text = "Carter and Reagan debated in Cleveland in 1980, a week before the vote."
    by = places_by_name(text, parse_text)
    assert "Carter" not in by and "Reagan" not in by
    assert by["Cleveland"].admin1 == "Ohio"


@pytest.mark.model
def test_midtown_before_a_city_is_a_part_of_it(parse_text: Callable[[str], Parse]) -> None:
    text = "A water main broke on Peachtree Street in Midtown Atlanta on Sunday morning."
    got = found_places(text, parse_text)
    assert {p.admin1 for _, p in got} == {"Georgia"}, got
    assert dict(got)["Midtown Atlanta"].country == "USA"


@pytest.mark.model
def test_a_small_town_as_a_side_with_a_score_is_found(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "The Lady Tigers beat Toccoa 58-51 on Friday to reach the regional final in Athens."
    by = places_by_name(text, parse_text)
    assert "Toccoa" in by, sorted(by)
    assert by["Toccoa"].admin1 == "Georgia" and by["Toccoa"].use == "metonymic"


@pytest.mark.model
def test_a_tennis_player_beaten_is_no_place_of_the_game(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Nadal beat Murray 6-4, 6-3 in the final in Madrid on Sunday."
    by = places_by_name(text, parse_text)
    assert by["Madrid"].use == "name"
    assert "Murray" not in by or by["Murray"].use == "metonymic"


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Napa Valley", "California"), ("Piedmont Triad", "North Carolina"), ("Bootheel", "Missouri")],
)
def test_us_regions_a_local_paper_names(name: str, admin1: str) -> None:
    hits = [c for c in gazetteer.load().lookup(name) if c.feature == 5]
    assert hits and hits[0].country == "USA" and hits[0].admin1 == admin1


@pytest.mark.model
def test_a_war_won_in_a_final_battle_is_no_game(parse_text: Callable[[str], Parse]) -> None:
    text = "Ukraine defeated the invading army in the final battle for the city last spring."
    by = places_by_name(text, parse_text)
    assert by["Ukraine"].use != "metonymic"
