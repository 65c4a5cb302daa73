"""Places, stop 20: how a local paper names its places (a county named bare after its full
name, a person's town set off after ", of"), names of schools and landforms that hold a
place's name, and local US resolution against namesakes abroad.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from places_helpers import found_places, places_by_name
from tacitus.parse import Parse

# --- a county named bare after its full name ------------------------------------------


@pytest.mark.model
def test_a_county_named_bare_after_its_full_name_is_that_county(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Barrow County commissioners met on Tuesday in Winder. The sales tax collected in "
        "Barrow will pay for two new fire stations, the chairman said."
    )
    found = found_places(text, parse_text)
    full = [p for name, p in found if name == "Barrow County"]
    bare = [p for name, p in found if name == "Barrow"]
    assert full and bare, found
    assert bare[0].feature == "admin2"
    assert bare[0].geonameid == full[0].geonameid
    assert bare[0].admin1 == "Georgia"


@pytest.mark.model
def test_a_bare_county_name_that_is_a_common_word_stands_only_after_its_county(
    parse_text: Callable[[str], Parse],
) -> None:
    with_county = (
        "Hall County deputies closed the road on Monday. The money comes from sales taxes "
        "collected in Hall and Lumpkin."
    )
    without = "The money comes from sales taxes collected in Hall and Lumpkin."
    assert any(name == "Hall" for name, _ in found_places(with_county, parse_text))
    assert not any(name == "Hall" for name, _ in found_places(without, parse_text))


@pytest.mark.model
def test_a_surname_shared_with_a_county_stays_a_person(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Barrow County voters approved the bond. Commissioner Pat Barrow said the work "
        "would start in March, and Barrow thanked the voters."
    )
    names = [name for name, _ in found_places(text, parse_text)]
    assert names.count("Barrow County") == 1
    assert "Barrow" not in names


@pytest.mark.model
def test_a_notable_name_keeps_its_own_reading_beside_its_county(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Washington County officials asked for state money. The request went to lawmakers "
        "in Washington and in Atlanta last week."
    )
    got = places_by_name(text, parse_text)
    assert got["Washington"].feature != "admin2"


@pytest.mark.model
def test_a_compass_part_of_a_named_county_is_that_county(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "The Barrow County school board met in Winder on Monday. Parents in North Barrow "
        "asked for a new school, and the North Barrow High School band played."
    )
    found = found_places(text, parse_text)
    county = next(p for name, p in found if name == "Barrow County")
    part = [(name, p) for name, p in found if name == "North Barrow"]
    assert len(part) == 1, found  # the school's name holds no second one
    assert part[0][1].geonameid == county.geonameid


# --- a person's town after ", of" -------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, town",
    [
        ("The teenager, of Oakwood, was charged with theft on Friday.", "Oakwood"),
        ("The driver, of Braselton, was taken to a hospital with minor injuries.",
         "Braselton"),
        ("Two men were charged on Monday. The older man, of Jasper, Ala., was released on "
         "bond.", "Jasper"),
    ],
)  # fmt: skip
def test_a_persons_town_set_off_after_of_is_a_place(
    text: str, town: str, parse_text: Callable[[str], Parse]
) -> None:
    assert town in places_by_name(text, parse_text)


@pytest.mark.model
def test_a_persons_town_takes_the_state_of_the_article(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "GAINESVILLE, Ga. - Deputies arrested two men on Friday. The teenager, of Oakwood, "
        "was charged with theft."
    )
    got = places_by_name(text, parse_text)
    assert got["Oakwood"].admin1 == "Georgia"


@pytest.mark.model
def test_of_without_the_commas_is_no_hometown(parse_text: Callable[[str], Parse]) -> None:
    # "the Bank of Commerce": an institution's "of", not a person's town
    text = "He borrowed the money from the Bank of Commerce last spring."
    assert "Commerce" not in places_by_name(text, parse_text)


# --- a compass name before a kind word --------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, country, admin1",
    [
        ("Soldiers raided homes in the West Bank town of Tubas overnight.", "West Bank", "PSE",
         None),
        ("The North Carolina town of Blowing Rock opened a new library.", "North Carolina",
         "USA", "North Carolina"),
        ("A South Dakota town voted to ban fireworks this summer.", "South Dakota", "USA",
         "South Dakota"),
    ],
)  # fmt: skip
def test_a_name_that_opens_with_a_compass_word_stays_whole_before_a_kind_word(
    text: str, name: str, country: str, admin1: str | None, parse_text: Callable[[str], Parse]
) -> None:
    got = places_by_name(text, parse_text)
    assert name in got, got
    assert got[name].country == country
    if admin1 is not None:
        assert got[name].admin1 == admin1


# --- country adjectives that NER takes for a person -----------------------------------


@pytest.mark.model
def test_a_lone_adjective_tagged_as_a_person_is_still_its_country(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "The Kenyan capital Nairobi hosted the trade summit, and Ugandan and Tanzanian "
        "leaders attended."
    )
    got = {name: p for name, p in found_places(text, parse_text) if p.use == "adjectival"}
    assert got.get("Ugandan") is not None and got["Ugandan"].country == "UGA"
    assert got.get("Tanzanian") is not None and got["Tanzanian"].country == "TZA"


@pytest.mark.model
def test_a_surname_spelt_like_an_adjective_is_no_country(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Coach Tom English said the team had trained hard all week."
    assert not any(p.country == "GBR" for _, p in found_places(text, parse_text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word, country",
    [
        ("Two Filipina nurses were honoured at the hospital on Monday.", "Filipina", "PHL"),
        ("Kurdish fighters held the ridge overnight.", "Kurdish", None),
    ],
)
def test_more_adjectives_name_their_places(
    text: str, word: str, country: str | None, parse_text: Callable[[str], Parse]
) -> None:
    got = {name: p for name, p in found_places(text, parse_text) if p.use == "adjectival"}
    assert word in got, got
    assert got[word].country == country
    if country is None:  # a people's land that spans countries: the region's point
        assert got[word].lat is not None and 30 < got[word].lat < 40


@pytest.mark.model
def test_brits_are_british_not_the_south_african_town(
    parse_text: Callable[[str], Parse],
) -> None:
    got = places_by_name("Thousands of Brits booked holidays abroad this summer.", parse_text)
    assert got["Brits"].country == "GBR"


# --- where NER misses a small town ------------------------------------------------------


@pytest.mark.model
def test_to_after_a_verb_of_going_names_a_place(parse_text: Callable[[str], Parse]) -> None:
    # NER takes the town for a person; "fled to" says it is a where
    assert "Dawsonville" in places_by_name("Police: Suspect fled to Dawsonville", parse_text)


@pytest.mark.model
def test_a_headline_that_opens_with_a_towns_people_names_the_town(
    parse_text: Callable[[str], Parse],
) -> None:
    got = places_by_name("Oakwood man charged in Lula robbery", parse_text)
    assert "Oakwood" in got and got["Oakwood"].country == "USA"


@pytest.mark.model
def test_to_after_a_verb_of_saying_names_no_place(parse_text: Callable[[str], Parse]) -> None:
    # NER takes "Homer" for a person here too, and a letter goes to people as well
    assert "Homer" not in places_by_name("The mayor sent a letter to Homer on Friday.", parse_text)


# --- a local story as a whole ---------------------------------------------------------


@pytest.mark.model
def test_a_local_story_keeps_its_towns_and_county_in_its_state(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "DAHLONEGA, Ga. - Lumpkin County deputies arrested two men on Saturday after a chase "
        "that began near Auraria. The driver, of Murrayville, was held in the county jail; "
        "his passenger, of Cleveland, was released. Deputies in Lumpkin said the car had "
        "been stolen in North Lumpkin a week earlier."
    )
    found = found_places(text, parse_text)
    names = {name for name, _ in found}
    assert {"Lumpkin County", "Lumpkin", "North Lumpkin", "Cleveland"} <= names, names
    county = next(p for name, p in found if name == "Lumpkin County")
    assert county.admin1 == "Georgia"
    for name, p in found:
        if name in ("Lumpkin", "North Lumpkin"):
            assert p.geonameid == county.geonameid
        if name == "Cleveland":
            assert p.admin1 == "Georgia"  # not Ohio's city, the town beside the county


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Floods hit Ghana, Côte d'Ivoire and Liberia this week.", "Côte d'Ivoire", "CIV"),
        ("Snow closed the pass above Val d'Isère on Sunday.", "Val d'Isère", "FRA"),
    ],
)
def test_a_name_with_a_french_elision_is_found_whole(
    text: str, name: str, country: str, parse_text: Callable[[str], Parse]
) -> None:
    got = places_by_name(text, parse_text)
    assert name in got, got
    assert got[name].country == country


# --- names of institutions ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        ("The team from Dalton beat Lincoln High School in the final on Friday.", "Lincoln"),
        ("She was treated at Jackson Memorial Hospital after the crash.", "Jackson"),
        ("Students at Washington Middle School collected cans for the food bank.",
         "Washington"),
    ],
)  # fmt: skip
def test_a_name_before_a_schools_or_hospitals_words_is_the_institutions(
    text: str, name: str, parse_text: Callable[[str], Parse]
) -> None:
    assert name not in places_by_name(text, parse_text)


@pytest.mark.model
def test_a_town_before_a_police_force_still_stands(parse_text: Callable[[str], Parse]) -> None:
    # "Police" is no institution's head word here: the force is the town's own
    got = places_by_name("Kentucky State Police closed the road near Bowling Green.", parse_text)
    assert "Kentucky" in got and "Bowling Green" in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, town",
    [
        ("Malakal elders said the raid began at dawn.", "Malakal"),
        ("Aweil leaders asked for food aid.", "Aweil"),
    ],
)
def test_a_towns_elders_and_leaders_name_the_town(
    text: str, town: str, parse_text: Callable[[str], Parse]
) -> None:
    assert town in places_by_name(text, parse_text)


@pytest.mark.model
def test_a_companys_spokesman_names_no_town(parse_text: Callable[[str], Parse]) -> None:
    assert "Ford" not in places_by_name("Ford spokesman Tom Lee declined to comment.", parse_text)
