"""Country from the owner, the seat and the story's side of a border; coreference (session 24).

A state body or official with no country in its own words takes it from what the sentence
ties it to: the actor a possessive points to ("its troops", "the country's interior
minister"), unless the owner acts on what it owns ("withdrew its troops from ..."), where
coders give the act the place as target; the capital or country its organ is said to be in
("the foreign ministry in Hanoi"). A possessive in an infinitive that has no subject of its
own belongs to the one told to act ("urged Japan to withdraw its troops"). "The ministry"
refers back to an organisation whose name has that head. A country named across a border
("near the border with Chad") is not where the story stands. Pronouns and surnames go to
the nearest compatible person and carry that person's country.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named, top_event
from tacitus.records import Actor, Record

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]
Code = Callable[..., Record]


def _covers(a: Actor, text: str, phrase: str) -> bool:
    start = text.index(phrase)
    return any(s <= start < e for s, e in a.mentions)


# --- the owner of a body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Norway said its troops would stay in Mali until June.", "troops", "NOR"),
        ("Chile said on Monday that its police had arrested two Peruvian smugglers.", "police",
         "CHL"),
        ("Ghana signed a trade deal with Togo, the West African nation's finance minister "
         "said.", "finance minister", "GHA"),
    ],
)  # fmt: skip
def test_a_body_takes_the_country_of_its_owner(
    actors: Run, text: str, word: str, country: str
) -> None:
    a = named(actors(text), word)
    assert a.country == country
    assert a.country_from == "title"


def test_a_persons_lawyer_is_not_made_of_the_persons_country(actors: Run) -> None:
    text = "NAIROBI -- A court on Friday jailed an American student, her lawyer said."
    lawyer = named(actors(text), "lawyer")
    assert lawyer.country != "USA"


def test_a_body_of_an_owner_with_no_country_gets_none_from_it(actors: Run) -> None:
    found = actors("The United Nations said its peacekeepers would stay in the region.")
    assert named(found, "peacekeepers").country is None


def test_an_owner_acting_on_its_own_men_leaves_the_place_the_target(code: Code) -> None:
    text = "Paraguay has offered to pull its troops out of neighbouring Bolivia."
    found = code(text)
    troops = [a for a in found.actors if a.name == "troops"]
    assert not troops or troops[0].country is None
    event = top_event(found)
    assert event.target is not None and event.target.country == "BOL"


def test_a_possessive_in_an_infinitive_belongs_to_the_one_told_to_act(actors: Run) -> None:
    text = "The United States urged Japan to withdraw its troops from the island."
    found = actors(text)
    assert _covers(named(found, "Japan"), text, "its troops")
    assert not _covers(named(found, "United States"), text, "its troops")


# --- the seat of an organ, the ministry named again, a border ------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("The foreign ministry in Hanoi protested to Beijing over the incident.", "ministry",
         "VNM"),
        ("Officials in Tehran rejected the offer from Washington.", "Officials", "IRN"),
    ],
)  # fmt: skip
def test_an_organ_takes_the_country_of_the_capital_it_sits_in(
    actors: Run, text: str, word: str, country: str
) -> None:
    a = named(actors(text), word)
    assert (a.country, a.country_from) == (country, "place")


def test_the_ministry_named_again_is_the_ministry_named_in_full(actors: Run) -> None:
    text = (
        "The Interior Ministry of Kazakhstan said it had detained ten men. The ministry said "
        "they would be charged."
    )
    found = actors(text)
    ministry = named(found, "Interior Ministry")
    assert _covers(ministry, text, "ministry said")
    assert [a for a in found if a.sector == "GOV"] == [ministry]


def test_a_country_across_a_border_is_not_where_the_story_stands(actors: Run) -> None:
    text = (
        "The Beninese army said it had repelled an attack overnight. Soldiers killed four "
        "gunmen near the border with Burkina Faso."
    )
    soldiers = named(actors(text), "Soldiers")
    assert soldiers.country == "BEN"


# --- coreference carries the country of the antecedent ----------------------------------------


def test_he_goes_to_the_nearest_male_speaker_and_keeps_his_country(actors: Run) -> None:
    text = (
        "Colombian Foreign Minister Juan Rivas met Ecuadorean President Ana Paredes in Quito. "
        "He said the border would reopen."
    )
    found = actors(text)
    rivas = named(found, "Juan Rivas")
    assert _covers(rivas, text, "He said") and rivas.country == "COL"
    assert not _covers(named(found, "Ana Paredes"), text, "He said")


def test_a_surname_goes_to_the_namesake_whose_gender_fits(actors: Run) -> None:
    text = (
        "Senator Laura Ortiz of Chile met Finance Minister Pedro Ortiz of Argentina. Ortiz "
        "said she opposed the plan."
    )
    found = actors(text)
    laura, pedro = named(found, "Laura Ortiz"), named(found, "Pedro Ortiz")
    assert _covers(laura, text, "Ortiz said")
    assert not _covers(pedro, text, "Ortiz said")
    assert (laura.country, pedro.country) == ("CHL", "ARG")


def test_a_title_named_again_keeps_the_holders_country_not_the_hosts(actors: Run) -> None:
    text = (
        "Uzbek Prime Minister Timur Nazarov visited Moscow on Monday. The premier signed a "
        "gas deal with Russia."
    )
    found = actors(text)
    nazarov = named(found, "Timur Nazarov")
    assert _covers(nazarov, text, "premier") and nazarov.country == "UZB"


# --- a nameless organ reporting a state's act -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Turkish jets bombed positions in northern Iraq, the defence ministry said.",
         "defence ministry", "TUR"),
        ("Canada expelled a Chinese diplomat, the foreign ministry said on Friday.",
         "foreign ministry", "CAN"),
        ("The vice president announced that the Dutch government had sent aid to Sudan.",
         "vice president", "NLD"),
    ],
)  # fmt: skip
def test_a_nameless_organ_reporting_a_states_act_is_that_states(
    actors: Run, text: str, word: str, country: str
) -> None:
    a = named(actors(text), word)
    assert (a.country, a.country_from) == (country, "context")


def test_a_reporting_organ_named_with_its_country_keeps_it(actors: Run) -> None:
    text = "Turkish jets bombed positions in northern Iraq, Iraq's foreign ministry said."
    assert named(actors(text), "foreign ministry").country == "IRQ"


def test_a_body_named_after_a_country_the_name_left_outside_is_that_countrys(
    actors: Run,
) -> None:
    text = "Kenya's central bank sued a Ghanaian firm before the U.S. District Court in Houston."
    court = named(actors(text), "District Court")
    assert (court.country, court.country_from) == ("USA", "demonym")


# --- seats and chambers of government ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("The Casa Rosada rejected the lenders' demands.", "Casa Rosada", "ARG"),
        ("Aso Rock denied the report on Tuesday.", "Aso Rock", "NGA"),
        ("The State Duma approved the treaty with Belarus.", "State Duma", "RUS"),
        ("The Lok Sabha passed the farm bill after a long debate.", "Lok Sabha", "IND"),
    ],
)  # fmt: skip
def test_a_seat_or_chamber_of_government_is_its_states_government(
    actors: Run, text: str, word: str, country: str
) -> None:
    a = named(actors(text), word)
    assert (a.country, a.sector) == (country, "GOV")


def test_a_given_name_that_is_also_a_chambers_word_stays_a_person(actors: Run) -> None:
    found = actors("President Duma Boko of Botswana met the envoy on Monday.")
    assert named(found, "Boko").country == "BWA"
    assert not [a for a in found if a.country == "RUS"]
