"""Places, stop 21: local US news (towns a local paper names bare in a state it names, roads
after a state's abbreviation, datelines in title case, neighbourhoods whose namesakes lie
far away) and world news (Arabic names without their article, joining words inside names,
town names NER takes for people), and the scorer of our own passage sets.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from places_helpers import found_places, places_by_name
from tacitus.errors import InputError
from tacitus.evaluate.places import OWN, read_marked
from tacitus.parse import Parse
from tacitus.places import gazetteer
from tacitus.places.resolve import distance_km

# --- the scorer of our own sets -------------------------------------------------------


def test_our_marked_sets_read_with_spans_points_and_abbreviations(tmp_path: Path) -> None:
    f = tmp_path / "mine.marked.txt"
    f.write_text(
        "# a comment\n"
        "X1\t[[ROME|USA/Georgia:city]], [[Ga.|USA/Georgia:admin1]] -- Boats left the "
        "[[Etowah River|@34.25,-85.17]] at dawn.\n",
        encoding="utf-8",
    )
    (art,) = read_marked(f, gazetteer.load())
    assert [art.text[g.start : g.end] for g in art.toponyms] == ["ROME", "Ga.", "Etowah River"]
    rome, state, river = art.toponyms
    assert rome.lat is not None and rome.lon is not None
    assert distance_km(rome.lat, rome.lon, 34.26, -85.16) < 20  # Rome, Georgia, not Italy
    assert state.lat is not None and state.lon is not None
    assert distance_km(state.lat, state.lon, 32.7, -83.4) < 200  # the state's point
    assert (river.lat, river.lon) == (34.25, -85.17)


def test_a_mark_with_no_gazetteer_entry_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "bad.marked.txt"
    f.write_text("X1\tA fire in [[Nowhereville|USA/Georgia:city]].\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_marked(f, gazetteer.load())


def test_our_own_sets_are_large_enough_and_compile() -> None:
    sizes = {f.name: len(read_marked(f, gazetteer.load())) for f in OWN.glob("*.marked.txt")}
    assert sizes.get("local_us.marked.txt", 0) >= 40
    assert sizes.get("world.marked.txt", 0) >= 25


# --- local US news --------------------------------------------------------------------


@pytest.mark.model
def test_towns_named_bare_in_a_state_the_article_names_are_found(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "DALTON, Ga. -- The carpet plant will add a shift in March. Chatsworth lost its "
        "last mill a year ago, the plant manager said."
    )
    got = places_by_name(text, parse_text)
    for town in ("Chatsworth",):
        assert town in got, sorted(got)
        assert (got[town].country, got[town].admin1) == ("USA", "Georgia")


@pytest.mark.model
def test_as_far_as_names_a_where(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "The clinic in Gainesville sees patients from as far as Toccoa, nurses said, and "
        "the waiting room is full by nine."
    )
    got = places_by_name(text, parse_text)
    assert "Toccoa" in got and got["Toccoa"].admin1 == "Georgia"


@pytest.mark.model
def test_a_state_abbreviation_before_a_number_is_a_road(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Deputies stopped the truck on U.S. 441 north of Clayton, Ga., late on Friday."
    names = [name for name, _ in found_places(text, parse_text)]
    assert "U.S." not in names
    assert "Clayton" in names and "Ga." in names


@pytest.mark.model
def test_a_title_case_dateline_opens_the_article(parse_text: Callable[[str], Parse]) -> None:
    text = "Statesboro -- Students at the university returned to class on Monday after the storm."
    got = places_by_name(text, parse_text)
    assert "Statesboro" in got and got["Statesboro"].admin1 == "Georgia"


@pytest.mark.model
def test_a_highway_patrol_is_no_street(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "A woman from Cookeville died in a crash on Interstate 40, the Tennessee Highway "
        "Patrol said on Sunday."
    )
    names = [name for name, _ in found_places(text, parse_text)]
    assert not any("Highway" in n for n in names), names


@pytest.mark.model
def test_a_town_on_the_stopword_list_stands_after_from_when_ner_places_it(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "A man from Independence was charged with arson, the Jackson County prosecutor said. "
        "He set fire to a house in Kansas City."
    )
    got = places_by_name(text, parse_text)
    assert "Independence" in got and got["Independence"].admin1 == "Missouri"


@pytest.mark.model
def test_a_neighbourhood_named_like_a_far_town_lies_in_the_article_s_city(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Neighbors in the Buckhead neighborhood asked the city to slow traffic. Atlanta "
        "transportation officials said they would study the request."
    )
    got = places_by_name(text, parse_text)
    assert "Buckhead" in got
    p = got["Buckhead"]
    assert p.lat is not None and p.lon is not None
    assert distance_km(p.lat, p.lon, 33.75, -84.39) < 50


# --- world news -----------------------------------------------------------------------


@pytest.mark.model
def test_an_arabic_name_without_its_article_is_found(parse_text: Callable[[str], Parse]) -> None:
    text = "Shelling hit a market in Qamishli on Sunday, local officials said."
    got = places_by_name(text, parse_text)
    assert "Qamishli" in got and got["Qamishli"].country == "SYR"


@pytest.mark.model
def test_joining_words_inside_a_name_keep_it_whole(parse_text: Callable[[str], Parse]) -> None:
    text = "Aid trucks reached Deir ez-Zor after a week on the road from the border."
    names = [name for name, _ in found_places(text, parse_text)]
    assert "Deir ez-Zor" in names and "Zor" not in names


@pytest.mark.model
def test_a_town_ner_takes_for_a_person_is_placed_by_a_country_adjective(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Rockets were fired toward Kiryat Shmona, the Israeli military said."
    got = places_by_name(text, parse_text)
    assert "Kiryat Shmona" in got and got["Kiryat Shmona"].country == "ISR"


@pytest.mark.model
def test_a_two_word_country_adjective_that_ner_takes_for_a_person_is_the_adjective(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Sri Lankan police arrested two fishermen off the northern coast on Monday."
    got = places_by_name(text, parse_text)
    assert "Sri Lankan" in got
    assert got["Sri Lankan"].country == "LKA" and got["Sri Lankan"].use == "adjectival"


@pytest.mark.model
def test_a_local_paper_s_towns_meet_in_their_home_state(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Gainesville city schools will start a week later this fall, the board decided. "
        "Parents in Hall County asked for the change, and Jackson County schools may follow."
    )
    got = places_by_name(text, parse_text)
    for name in ("Gainesville", "Hall County", "Jackson County"):
        assert name in got, sorted(got)
        assert (got[name].country, got[name].admin1) == ("USA", "Georgia"), name


@pytest.mark.model
def test_a_kind_of_place_alone_is_no_place(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "Children at SOS Village Gulu were safe, the charity said. Roads around Gulu "
        "reopened on Monday."
    )
    names = [name for name, _ in found_places(text, parse_text)]
    assert "Village" not in names and "Gulu" in names


@pytest.mark.model
def test_a_bare_town_stands_in_the_home_state_the_article_never_names(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Firefighters from Cornelia and Demorest helped crews in Clarkesville on Sunday. "
        "Toccoa was spared, the fire chief said."
    )
    got = places_by_name(text, parse_text)
    assert "Toccoa" in got and got["Toccoa"].admin1 == "Georgia"


@pytest.mark.model
def test_a_big_namesake_in_another_state_gives_way_to_the_home_state(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Cleveland -- The county hospital will close its maternity ward, the board said. "
        "Mothers will drive to Greenville or Indianola to give birth."
    )
    got = places_by_name(text, parse_text)
    assert "Cleveland" in got and got["Cleveland"].admin1 == "Mississippi"


def test_the_home_state_needs_neighbours_not_scattered_namesakes() -> None:
    from tacitus.places.resolve import home_state
    from tacitus.places.toponyms import Mention

    def mention(text: str, k: int) -> Mention:
        return Mention(k * 20, k * 20 + len(text), k, k + 1, 0, text, None, "GPE", True)

    gaz = gazetteer.load()
    near = [mention(t, k) for k, t in enumerate(["Cleveland", "Greenville", "Indianola"])]
    assert home_state(gaz, near) == ("USA", "Mississippi")
    assert home_state(gaz, near[:2]) is None  # two names say too little


@pytest.mark.model
def test_off_an_island_names_a_where(parse_text: Callable[[str], Parse]) -> None:
    text = "A fishing boat capsized off Lampedusa on Tuesday, and coast guards rescued 40."
    got = places_by_name(text, parse_text)
    assert "Lampedusa" in got and got["Lampedusa"].country == "ITA"


@pytest.mark.model
def test_a_town_in_the_possessive_before_a_player_is_where_the_player_is_from(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "COMMERCE, Ga. -- Wrestling: Jefferson's Cole Barrett pinned his way to the title "
        "at the state meet on Saturday."
    )
    got = places_by_name(text, parse_text)
    assert "Jefferson" in got and got["Jefferson"].admin1 == "Georgia"


@pytest.mark.model
def test_a_lower_case_part_word_in_the_entity_keeps_the_place(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "The storm moved from west Georgia into metro Atlanta and north Georgia on Tuesday."
    names = [name for name, _ in found_places(text, parse_text)]
    assert names.count("Georgia") == 2 and "Atlanta" in names
