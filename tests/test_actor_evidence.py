"""Country from evidence, its provenance, and implied targets (real spaCy model, sentences of
our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.actors import extract_actors
from tacitus.actors.kb import load_kb
from tacitus.parse import Parse
from tacitus.records import Actor, Article, Place, Record

pytestmark = pytest.mark.model

Run = Callable[..., tuple[Actor, ...]]


@pytest.fixture(scope="module")
def actors(parse_text: Callable[[str], Parse]) -> Run:
    def run(text: str, dateline: tuple[int, int] | None = None) -> tuple[Actor, ...]:
        line = Place(text[dateline[0] : dateline[1]], mentions=(dateline,)) if dateline else None
        return extract_actors(Article("t", text, dateline=line), parse_text(text), load_kb(()))

    return run


# --- provenance ---------------------------------------------------------------------------


def test_each_way_to_a_country_is_named(actors: Run) -> None:
    text = (
        "Ruritanian Foreign Minister Hana Dvorak met Olaf Brandt, the Danish trade minister, "
        "and Afghans in Kabul. Pakistan said it would reply."
    )
    found = actors(text.replace("Ruritanian", "Chilean"))
    assert (named(found, "Dvorak").country, named(found, "Dvorak").country_from) == (
        "CHL",
        "title",
    )
    assert (named(found, "Brandt").country, named(found, "Brandt").country_from) == (
        "DNK",
        "apposition",
    )
    assert named(found, "Afghans").country_from == "demonym"
    assert named(found, "Pakistan").country_from == "kb"


def test_an_actor_with_no_country_has_no_provenance(actors: Run) -> None:
    found = actors("Maria Lenk wrote a letter to her neighbours on Tuesday.")
    a = named(found, "Lenk")
    assert a.country is None and a.country_from is None


# --- the country of the passage -----------------------------------------------------------


def test_the_dateline_gives_the_country_of_the_police(actors: Run) -> None:
    text = "NAIROBI: Police said on Monday that the march would be allowed."
    a = named(actors(text, dateline=(0, 7)), "Police")
    assert (a.country, a.sector, a.country_from) == ("KEN", "COP", "context")


def test_a_country_in_the_same_sentence_gives_the_country_of_the_opposition(
    actors: Run,
) -> None:
    text = "In Peru, the opposition demanded a new vote after the election."
    a = named(actors(text), "opposition")
    assert (a.country, a.country_from) == ("PER", "context")


def test_the_paragraph_gives_the_country_of_a_later_president(actors: Run) -> None:
    text = (
        "Floods hit northern Ghana this week.\n\n"
        "Ghana's neighbours offered help.\n\n"
        "The president toured the region on Friday."
    )
    a = named(actors(text), "president")
    assert (a.country, a.country_from) == ("GHA", "context")


def test_a_split_context_gives_no_country(actors: Run) -> None:
    text = "After talks between Chile and Peru, the president left for home."
    found = actors(text)
    assert not [a for a in found if "president" in a.name.lower() and a.country]


def test_a_countrys_own_words_beat_the_context(actors: Run) -> None:
    text = "ACCRA: Togolese police arrested three men near the border."
    a = named(actors(text, dateline=(0, 5)), "police")
    assert (a.country, a.country_from) == ("TGO", "demonym")


def test_foreign_forces_do_not_take_the_country_they_stand_in(actors: Run) -> None:
    found = actors("KABUL: Foreign troops left a base on Monday.", dateline=(0, 5))
    assert not [a for a in found if "troops" in a.name and a.country == "AFG"]


# --- place names inside other names -------------------------------------------------------


def test_new_mexico_is_not_mexico(actors: Run) -> None:
    found = actors("The governors of Arizona and New Mexico met in Phoenix.")
    assert not [a for a in found if a.country == "MEX"]
    gov = named(found, "governors")
    assert (gov.country, gov.sector) == ("USA", "GOV")
    text = "Mexico's President Andres Lopez said New Mexico Governor Ana Grant would attend."
    assert named(actors(text), "Ana Grant").country == "USA"


def test_an_origin_is_not_the_actors_country(actors: Run) -> None:
    found = actors("Gunmen attacked his Iranian-born wife outside their home in Toronto.")
    assert not [a for a in found if a.country == "IRN"]


def test_jordan_as_a_given_name_is_not_jordan(actors: Run) -> None:
    found = actors("Jordan Whitfield, a teacher, said the school would reopen.")
    assert not [a for a in found if a.country == "JOR"]


def test_georgia_beside_us_states_is_the_state(actors: Run) -> None:
    found = actors("Voters in Alabama and Georgia went to the polls on Tuesday.")
    assert not [a for a in found if a.country == "GEO"]


def test_georgia_the_country_stays(actors: Run) -> None:
    found = actors("Georgia accused Russia of moving border fences near Tbilisi.")
    assert [a for a in found if a.country == "GEO"]


# --- implied targets ----------------------------------------------------------------------


def test_a_protest_with_no_target_is_aimed_at_the_state(code: Callable[..., Record]) -> None:
    rec = code("Thousands of Chilean students protested in Santiago on Thursday.")
    protests = [e for e in rec.events if e.root == "14"]
    assert protests, [(e.cameo, e.source) for e in rec.events]
    e = protests[0]
    assert e.target_implied and e.target is not None
    assert (e.target.country, e.target.sector) == ("CHL", "GOV")


def test_an_arrest_with_no_target_is_aimed_at_the_people(code: Callable[..., Record]) -> None:
    rec = code("Kenyan police arrested dozens in Nairobi overnight.")
    arrests = [e for e in rec.events if e.cameo.startswith("173")]
    assert arrests, [(e.cameo, e.source) for e in rec.events]
    e = arrests[0]
    assert e.target_implied and e.target is not None
    assert (e.target.country, e.target.sector) == ("KEN", "CVL")


def test_a_named_target_is_never_replaced(code: Callable[..., Record]) -> None:
    rec = code("Chilean students protested against the Argentine embassy in Santiago.")
    assert not [e for e in rec.events if e.target_implied]


def test_an_owner_gives_the_country_of_its_government(actors: Run) -> None:
    text = (
        "MANILA: Chilean President Tomas Ruiz spoke on Monday.\n\n"
        "The rebels refuse to talk to Ruiz's government."
    )
    gov = [a for a in actors(text, dateline=(0, 6)) if a.name == "government"]
    assert [(a.country, a.country_from) for a in gov] == [("CHL", "title")]


def test_a_sentence_placed_in_another_country_beats_the_dateline(actors: Run) -> None:
    text = "LIMA: In Bogota, the opposition called a strike on Monday."
    a = named(actors(text, dateline=(0, 4)), "opposition")
    assert (a.country, a.country_from) == ("COL", "context")


def test_a_known_organisation_in_lower_case_keeps_its_own_country(actors: Run) -> None:
    text = "KABUL: The talks went well, the state department said on Monday."
    found = [a for a in actors(text, dateline=(0, 5)) if "department" in a.name.lower()]
    assert [(a.country, a.country_from) for a in found] == [("USA", "kb")]


# --- names and coreference ----------------------------------------------------------------


def _covers(a: Actor, text: str, phrase: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return any(s <= start < e for s, e in a.mentions)


def test_a_daughter_is_not_her_father_known_by_the_same_surname(actors: Run) -> None:
    text = (
        "President Donald Trump praised the deal on Monday. His daughter Clara Trump said "
        "the talks were useful. Trump said he was pleased."
    )
    found = actors(text)
    donald, clara = named(found, "Donald Trump"), named(found, "Clara Trump")
    assert donald.id != clara.id and clara.country_from != "kb"  # not his entry
    assert _covers(donald, text, "Trump said", nth=1)


def test_a_surname_goes_to_the_namesake_of_the_same_gender(actors: Run) -> None:
    text = (
        "Governor Musa Bello of Kano met Governor Amina Bello of Kogi on Monday. Musa Bello "
        "said he was pleased. Bello said she would sign the pact."
    )
    found = actors(text)
    assert _covers(named(found, "Amina Bello"), text, "Bello said she")
    assert not _covers(named(found, "Musa Bello"), text, "Bello said she")


def test_a_father_named_again_after_his_daughter_is_the_father(actors: Run) -> None:
    text = (
        "Senator Tom Keller of Ohio spoke first. His daughter, Anna Keller, said she would "
        "not run. Keller said he was proud of her."
    )
    found = actors(text)
    assert _covers(named(found, "Tom Keller"), text, "Keller said he")


def test_he_after_an_unnamed_minister_is_the_minister_not_the_president(actors: Run) -> None:
    text = (
        "President Hassan Moradi said on Monday that the plan was sound. The foreign "
        "minister told reporters in Geneva that the talks would resume. He said sanctions "
        "must end."
    )
    found = actors(text)
    minister = named(found, "foreign minister")
    assert _covers(minister, text, "He said")
    assert not _covers(named(found, "Hassan Moradi"), text, "He said")


def test_group_names_lose_counts_and_the_words_they_hang_from(actors: Run) -> None:
    text = "Kenyan police arrested 40 protesters. The minister praised the courage of the police."
    names = {a.name for a in actors(text)}
    assert "protesters" in names and "40 protesters" not in names
    assert not [n for n in names if "courage" in n]


def test_a_title_in_apposition_is_no_second_actor(actors: Run) -> None:
    found = actors("Olaf Brandt, the Danish trade minister, criticised the new tariffs.")
    assert [(a.name, a.country, a.country_from) for a in found] == [
        ("Olaf Brandt", "DNK", "apposition")
    ]
