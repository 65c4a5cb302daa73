"""Country from the paragraph, the short passage and the party (session 25).

The cleaner puts a blank line between paragraphs, and spaCy keeps it as a whitespace token
at the end of the sentence before it: paragraphs are read from the words' own offsets, and a
body with no country of its own takes its paragraph's country before the article's. A short
passage that names one country twice and no other is plainly about it: a person named with
no title there is of it. A person a US party's adjective qualifies in their own words
("Republican Sen. ...", "a Democratic strategist") is of the United States, in a passage
about no other country; not "Social Democratic" or "Free Democrats", other parties' names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.actors.context import _paragraphs, only_one
from tacitus.parse import Parse
from tacitus.records import Actor

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


# --- paragraphs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "paras"),
    [
        ("Rain fell in the north. Roads closed.\n\nThe army sent trucks.", [0, 0, 1]),
        ("Rain fell.\n\nRoads closed.\n\nThe army sent trucks. Aid arrived.", [0, 1, 2, 2]),
        ("One line of wire copy.\nAnother line of wire copy.", [0, 1]),
        ("No breaks at all here. Just two sentences.", [0, 0]),
    ],
)
def test_paragraphs_are_read_from_the_words_offsets(
    parse_text: Callable[[str], Parse], text: str, paras: list[int]
) -> None:
    parse = parse_text(text)
    assert len(parse.sentences) == len(paras)
    assert _paragraphs(text, parse) == paras


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Kenya's parliament passed the budget on Monday. Kenya's treasury welcomed the vote. "
         "Lawmakers in Nairobi cheered.\n\nIn Uganda, voters went to the polls on Thursday. "
         "The police arrested twelve opposition supporters.", "police", "UGA"),
        ("Peru's congress met in Lima on Monday. Peruvian senators debated a mining law for "
         "hours.\n\nBolivia's miners had struck a week earlier. The strikers blocked roads "
         "near the mines.", "strikers", "BOL"),
    ],
)  # fmt: skip
def test_a_body_takes_its_paragraphs_country_before_the_articles(
    actors: Run, text: str, word: str, country: str
) -> None:
    assert named(actors(text), word).country == country


def test_a_paragraph_with_no_country_takes_the_articles(actors: Run) -> None:
    text = "Chile's miners struck on Monday.\n\nThe strikers blocked the roads to two copper mines."
    assert named(actors(text), "strikers").country == "CHL"


# --- a short passage about one country -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Protests spread across Nigeria on Friday. Thousands marched through Lagos.\n\n"
         "Tunde Bakare said the marchers would return on Monday.", "Bakare", "NGA"),
        ("Floods hit Vietnam's central coast. Roads in Da Nang were cut.\n\nNguyen Thi Lan "
         "said her village had no clean water.", "Nguyen", "VNM"),
        ("Hungary's parliament sat late on Tuesday. Budapest was quiet.\n\nPeter Kovacs "
         "accused the ruling party of hiding the costs.", "Kovacs", "HUN"),
    ],
)  # fmt: skip
def test_a_person_in_a_short_passage_about_one_country_is_of_it(
    actors: Run, text: str, word: str, country: str
) -> None:
    assert named(actors(text), word).country == country


@pytest.mark.parametrize(
    "text",
    [
        # two countries named: the person may be of either
        "Protests spread across Nigeria on Friday. Ghana closed its border.\n\n"
        "Tunde Bakare said the marchers would return on Monday.",
        # one country named once: too little to say the passage is about it
        "Protests spread across Nigeria on Friday.\n\n"
        "Tunde Bakare said the marchers would return on Monday.",
    ],
)
def test_a_person_in_a_passage_split_or_barely_placed_has_no_country(
    actors: Run, text: str
) -> None:
    assert named(actors(text), "Bakare").country is None


# --- members of a US party ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Republican Sen. Jim Harlow criticized the plan on Tuesday.", "Harlow"),
        ("Longtime Democratic strategist Paula Greer attacked the governor.", "Greer"),
        ("A Republican senator, Dale Voss, blocked the nomination.", "Voss"),
        ("Rep. Ana Ruiz, a Democrat from Texas, accused the agency of delays.", "Ruiz"),
        # a member of Congress named beside another country is still of the United States
        ("Republican Rep. Tom Beale criticized Mexico's president over the border.", "Beale"),
    ],
)
def test_a_us_party_member_is_of_the_united_states(actors: Run, text: str, word: str) -> None:
    assert named(actors(text), word).country == "USA"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Social Democratic lawmaker Anna Berg criticized the plan.", "Berg"),
        ("Christian Democrat Lena Vogt said the coalition would hold.", "Vogt"),
        ("Kenyan police said Democratic activist Jane Wanjiru had been detained in Nairobi.",
         "Wanjiru"),
    ],
)  # fmt: skip
def test_another_partys_name_or_country_is_not_the_united_states(
    actors: Run, text: str, word: str
) -> None:
    assert named(actors(text), word).country != "USA"


# --- a US town placed by its state's abbreviation -------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protests broke out in Charlotte, N.C., after a shooting. Police arrested 12 people.",
         "Police"),
        ("Teachers walked out in Boise, Idaho, and in Helena, Mont., on Friday. The strikers "
         "demanded higher pay.", "strikers"),
        ("A flood cut roads near Savannah, Ga. Residents blocked the bridge in protest.",
         "Residents"),
    ],
)  # fmt: skip
def test_a_town_with_a_us_states_abbreviation_places_the_passage(
    actors: Run, text: str, word: str
) -> None:
    assert named(actors(text), word).country == "USA"


def test_a_capitalised_word_before_a_comma_alone_is_no_us_town(actors: Run) -> None:
    text = "Protests broke out in Charlotte, Nina and others said. Police arrested 12 people."
    assert named(actors(text), "Police").country is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sen. Ann Cole (R-Iowa) criticized the plan on Wednesday.", "Cole"),
        ("Several senators, including Ann Cole (Ariz.) and Tim Ward (N.H.), denounced the "
         "remarks.", "Ward"),
        ("Representative Joan Bell, Republican of Ohio, urged the president to bomb Iranian "
         "bases.", "Bell"),
    ],
)  # fmt: skip
def test_a_member_of_congress_as_us_news_names_one_is_of_the_united_states(
    actors: Run, text: str, word: str
) -> None:
    assert named(actors(text), word).country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg (Social Democrats) criticized the plan.",
        "The Free Democrats' leader Karl Moser criticized the plan.",
    ],
)
def test_another_countrys_democrats_are_not_the_us_party(actors: Run, text: str) -> None:
    assert all(a.country != "USA" for a in actors(text))


# --- a passage that names no country but known people of one ---------------------------------


def test_a_body_in_a_passage_of_one_countrys_known_people_is_of_it(actors: Run) -> None:
    text = (
        "Recep Tayyip Erdogan spoke to reporters on Monday. Erdogan said the talks had "
        "failed.\n\nPolice arrested forty students at a university later that day."
    )
    assert named(actors(text), "Police").country == "TUR"


def test_a_body_in_a_passage_of_two_countries_known_people_has_none(actors: Run) -> None:
    text = (
        "Recep Tayyip Erdogan spoke to Vladimir Putin on Monday. Putin said the talks had "
        "failed.\n\nPolice arrested forty students at a university later that day."
    )
    assert named(actors(text), "Police").country is None


# --- people who act where they work ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Workers at the Tulsa refinery protested against Saudi Arabia's decision to cut "
         "prices.", "Workers", "USA"),
        ("Teachers from a Lagos school accused Ghana's ministry of poaching staff.",
         "Teachers", "NGA"),
    ],
)  # fmt: skip
def test_people_in_a_split_sentence_take_the_country_of_their_workplace(
    actors: Run, text: str, word: str, country: str
) -> None:
    assert named(actors(text), word).country == country


# --- a news agency's credit says nothing of the story's country -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested ten opposition supporters on Monday, Reuters reported. Reuters could "
        "not reach the party for comment.\n\nThe arrests followed a week of protests.",
        "Police arrested ten opposition supporters on Monday, officials told AFP. The arrests "
        "followed a week of protests, AFP said.",
        "(Reuters) - Police arrested ten opposition supporters on Monday.",
    ],
)
def test_a_news_agency_credited_gives_no_country_to_the_story(actors: Run, text: str) -> None:
    found = actors(text)
    assert named(found, "Police").country is None
    assert named(found, "supporters").country is None


def test_a_country_named_beside_an_agency_still_places_the_story(actors: Run) -> None:
    text = "Police in Peru arrested ten opposition supporters on Monday, Reuters reported."
    assert named(actors(text), "Police").country == "PER"


def test_only_one_needs_two_votes_and_no_other_country() -> None:
    assert only_one(Counter({"KEN": 2}), Counter(), None) == "KEN"
    assert only_one(Counter({"KEN": 1}), Counter({"KEN": 1}), None) == "KEN"
    assert only_one(Counter({"KEN": 1}), Counter(), None) is None
    assert only_one(Counter(), Counter({"KEN": 2}), None) == "KEN"  # its known people
    assert only_one(Counter({"KEN": 2}), Counter({"UGA": 1}), None) is None
    assert only_one(Counter({"KEN": 2}), Counter(), "UGA") is None
    assert only_one(Counter({"KEN": 2}), Counter(), "KEN") == "KEN"
