"""Cities and provinces as country cues, and acronyms as British papers write them (real
spaCy model, sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.actors.kb import load_kb
from tacitus.records import Actor

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


def test_the_places_file_is_loaded_apart_from_the_actors() -> None:
    kb = load_kb(())
    assert kb.places.full, "places.tsv gave no place"
    assert "karachi" in kb.places.full and "karachi" not in kb.actors.full
    # names two countries' large places bear are left out, as are given names
    assert "punjab" not in kb.places.full and "charlotte" not in kb.places.full


def test_a_city_before_a_title_gives_its_country(actors: Run) -> None:
    found = actors("Karachi police detained two traders on Friday.")
    police = named(found, "police")
    assert (police.country, police.sector, police.country_from) == ("PAK", "COP", "place")


def test_a_province_before_a_persons_title_gives_its_country(actors: Run) -> None:
    found = actors("Sindh Chief Minister Bilal Qureshi criticised the new tax.")
    person = named(found, "Qureshi")
    assert (person.country, person.country_from) == ("PAK", "place")


def test_a_state_inside_an_organisations_name_gives_its_country(actors: Run) -> None:
    found = actors("The Ohio Department of Health fined the clinic on Monday.")
    org = named(found, "Department of Health")
    assert (org.country, org.sector, org.country_from) == ("USA", "GOV", "place")


def test_a_group_in_a_city_takes_its_country(actors: Run) -> None:
    found = actors("Protesters in Kano blocked the main road for hours.")
    assert named(found, "Protesters").country == "NGA"


def test_a_small_namesake_of_a_big_city_gives_no_country(actors: Run) -> None:
    found = actors("The former Lahore town mayor Ali Raza was released on bail.")
    assert named(found, "Ali Raza").country is None


def test_a_place_away_from_the_title_yields_to_another_country_named(actors: Run) -> None:
    found = actors("Lahore city council leader Omar Farid met Indian officials on Monday.")
    assert named(found, "Omar Farid").country != "PAK"


def test_a_base_is_not_the_organisations_own_country(actors: Run) -> None:
    found = actors("The Nairobi-based Union of Bakers criticised the levy on flour.")
    assert all(a.country != "KEN" or a.country_from != "place" for a in found)


def test_a_city_alone_is_no_organisation(actors: Run) -> None:
    found = actors("Officials condemned the Quetta bombing on Tuesday.")
    assert not [a for a in found if a.name == "Quetta"]


def test_acronyms_match_as_one_capitalised_word(actors: Run) -> None:
    found = actors("Nato warned on Tuesday that Opec should raise output.")
    assert {(a.name, a.sector) for a in found} >= {("NATO", "IGO"), ("OPEC", "IGO")}


def test_a_short_acronym_does_not_match_as_a_word(actors: Run) -> None:
    found = actors("Is the plan sound? Au revoir, said the envoy.")
    assert not [a for a in found if a.sector == "IGO"]


def test_a_surname_alone_takes_the_one_country_its_known_bearers_share(actors: Run) -> None:
    found = actors("Clinton told reporters he would veto the farm bill.")
    person = named(found, "Clinton")
    assert (person.country, person.country_from) == ("USA", "kb")


def test_a_surname_borne_across_countries_or_with_another_first_name_gives_none(
    actors: Run,
) -> None:
    assert named(actors("Khan said he would resign."), "Khan").country is None
    other = named(actors("Rita Clinton, a nurse, said she would resign."), "Rita Clinton")
    assert other.country is None


def test_surname_country_rules() -> None:
    kb = load_kb(())
    assert kb.surname_country("Erdogan") == "TUR"
    assert kb.surname_country("Johnson") is None  # many countries' Johnsons
    assert kb.surname_country("May") is None  # a word and a month
    assert kb.surname_country("James") is None  # a given name


def test_a_city_attacked_stands_for_its_country(actors: Run) -> None:
    found = actors("Rebel fighters stormed Kunduz on Monday.")
    city = named(found, "Kunduz")
    assert (city.kind, city.country, city.country_from) == ("state", "AFG", "place")


def test_a_city_that_only_owns_a_place_is_no_actor(actors: Run) -> None:
    found = actors("Troops shelled the fighters hiding in Mosul's Old City.")
    assert not [a for a in found if a.name == "Mosul"]


def test_envoys_of_a_province_stay_an_actor_when_another_country_is_named(actors: Run) -> None:
    found = actors("Ministers met envoys of Sindh, which India had criticised.")
    envoys = [a for a in found if "envoys" in a.name]
    assert envoys and envoys[0].country != "IND"


def test_a_surname_that_comes_first_and_a_role_at_the_date() -> None:
    kb = load_kb(())
    assert kb.surname_country("Xi") == "CHN"  # the surname leads Chinese names
    assert kb.surname_country("Li") is None  # too many bearers, not nine in ten one country's
    # a person who held an office of no country then (the UN) gives none for that date
    assert kb.surname_country("Ban", "2010-05-01") is None


def test_a_dateline_city_is_no_actor(actors: Run) -> None:
    found = actors("KARACHI - Police arrested two men who attacked a shop on Monday.")
    assert not [a for a in found if a.kind == "state" and a.name.upper() == "KARACHI"]


def test_a_surname_that_only_modifies_a_noun_gets_no_country(actors: Run) -> None:
    found = actors("A Rasmussen poll showed the race was close on Monday.")
    assert all(a.country is None for a in found if a.name == "Rasmussen")


def test_a_capital_before_county_is_not_that_countrys(actors: Run) -> None:
    found = actors("Police in Nassau County arrested two men on Monday.")
    assert all(a.country != "BHS" for a in found)
