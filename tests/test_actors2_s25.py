"""Towns the actors' place list leaves out (session 25, second round).

The actors' own place list (``places.tsv``) holds only cities of 250,000 people or more
whose name no other country's city shares. A body "in" a smaller town, or one whose name
opens with a town ("the Denver school board"), takes the town's country from the
gazetteer when its town of that name is of 100,000 people or more and dwarfs every other
country's; never for a word that is a given name or a known person's surname, and never
inside a person's name ("Sam Manchester").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.actors.context import MAIN_NAME_ONLY, _town_country
from tacitus.actors.kb import KB, load_kb
from tacitus.records import Actor

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb()


# --- the gazetteer's towns -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Manchester", "GBR"),  # England's dwarfs New Hampshire's
        ("Mysore", "IND"),
        ("Denver", "USA"),
        ("Dayton", "USA"),
        ("Florence", "ITA"),
        ("Karaganda", "KAZ"),
        ("Oulu", "FIN"),
    ],
)
def test_a_town_of_one_country_gives_it(kb: KB, name: str, country: str) -> None:
    assert _town_country(kb, name) == country


@pytest.mark.parametrize(
    "name",
    [
        "Lincoln",  # Nebraska's and England's are of a size
        "Austin",  # a given name
        "Hamilton",  # a known person's surname
        "Stein",  # small towns only
        "Adelson",  # no town at all
        "Tartu",  # under 100,000 people
        "North",  # a compass word
        "England",  # a nation whose name the news gives its teams
    ],
)
def test_a_shared_small_or_personal_name_gives_no_country(kb: KB, name: str) -> None:
    assert _town_country(kb, name) is None


# --- bodies placed by a town -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Union leaders in Manchester called a strike at two hospitals.", "Union", "GBR"),
        ("Farmers in Mysore blocked the highway to protest the new levy.", "Farmers", "IND"),
        ("Teachers from the Denver Public Schools walked out on Monday.", "Teachers", "USA"),
        ("Miners in Karaganda refused to go underground on Tuesday.", "Miners", "KAZ"),
        ("Dockworkers in Oulu refused to unload the freighter.", "Dockworkers", "FIN"),
        ("Students in Dayton marched to the county courthouse.", "Students", "USA"),
    ],
)  # fmt: skip
def test_a_body_in_a_town_takes_the_towns_country(
    actors: Run, text: str, word: str, country: str
) -> None:
    assert named(actors(text), word).country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the town's name inside a person's name is no place
        ("Sam Manchester, a union organiser, called a strike.", "Manchester"),
        # a given name that is also a town
        ("Protesters cheered as Austin spoke to the crowd.", "Protesters"),
        # a name that two countries' towns of a size share
        ("Teachers in Lincoln walked out on Monday.", "Teachers"),
    ],
)  # fmt: skip
def test_a_person_or_a_shared_name_places_no_one(actors: Run, text: str, word: str) -> None:
    assert named(actors(text), word).country is None


def test_another_spelling_counts_only_where_a_place_stands(kb: KB) -> None:
    # "Teheran" is only another name of Tehran in the gazetteer: after "in" it will do, as
    # an organisation's first word or a subject it may be anyone's
    assert _town_country(kb, "Teheran") == "IRN"
    assert _town_country(kb, "Teheran", MAIN_NAME_ONLY) is None


def test_a_town_after_in_is_one_word_not_the_start_of_a_longer_name(actors: Run) -> None:
    # "Cerro de Pasco" is Peru's; its first word alone is a district of Havana
    found = actors("Miners in Cerro de Pasco blocked the road to the smelter.")
    assert named(found, "Miners").country != "CUB"


# --- a bare "Congress" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Congress passed the spending bill late on Thursday, sending it to the president.",
        "The House voted on the measure. Congress must still agree on a budget by Friday.",
        "Lobbyists swarmed the Capitol as the Congress weighed the tariff bill.",
    ],
)
def test_a_bare_congress_in_a_text_of_no_other_country_is_the_us_congress(
    actors: Run, text: str
) -> None:
    c = named(actors(text), "Congress")
    assert (c.country, c.sector) == ("USA", "GOV")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Peru's president faced a vote in Lima. Congress voted to remove him on Monday.", "PER"),
        ("Protests filled Manila on Friday. Congress opened an inquiry into the deaths.", "PHL"),
        ("Modi's ministers defended the farm law. Congress called the law a betrayal.", "IND"),
        ("Colombia's Congress approved the peace accord on Wednesday.", "COL"),
    ],
)  # fmt: skip
def test_a_congress_in_a_text_of_another_country_is_not_the_us_one(
    actors: Run, text: str, country: str
) -> None:
    assert named(actors(text), "Congress").country in (country, None)


# --- a person named after their employer -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("CNN's Maria Ortiz asked the governor about the budget cuts.", "Ortiz", "USA"),
        ("Al Jazeera's Omar Haddad reported heavy shelling overnight.", "Haddad", "QAT"),
    ],
)  # fmt: skip
def test_a_person_named_after_a_known_employer_is_of_its_country(
    actors: Run, text: str, word: str, country: str
) -> None:
    assert named(actors(text), word).country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("U.N. mediator Diego Alvarez met both sides on Tuesday.", "Alvarez"),
        ("Amnesty International researcher Clara Ruiz accused the guards.", "Ruiz"),
    ],
)
def test_a_person_of_a_body_that_spans_countries_takes_none_of_it(
    actors: Run, text: str, word: str
) -> None:
    assert named(actors(text), word).country is None
