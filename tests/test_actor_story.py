"""People named with no title take the country a whole article is plainly about, and only
then (real spaCy model, articles of our own)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.actors import extract_actors
from tacitus.actors.context import plainly
from tacitus.actors.kb import load_kb
from tacitus.parse import Parse
from tacitus.records import Actor, Article

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


@pytest.fixture(scope="module")
def actors(parse_text: Callable[[str], Parse]) -> Run:
    kb = load_kb(())

    def run(text: str) -> tuple[Actor, ...]:
        return extract_actors(Article("t", text), parse_text(text), kb)

    return run


KENYA = (
    "Kenya's parliament passed a new budget on Tuesday after weeks of debate in Nairobi.\n\n"
    "The Kenyan finance ministry said the plan would cut borrowing. Traders in Mombasa "
    "welcomed the news.\n\n"
    "Grace Wanjiru, who runs a shop, said prices had risen all year."
)


def test_plainly_needs_three_votes_three_times_any_other_and_an_agreeing_dateline() -> None:
    assert plainly(Counter({"KEN": 2}), Counter({"KEN": 1}), None) == "KEN"
    assert plainly(Counter({"KEN": 2}), Counter(), None) is None
    assert plainly(Counter({"KEN": 3, "UGA": 1}), Counter(), None) == "KEN"
    assert plainly(Counter({"KEN": 3, "UGA": 2}), Counter(), None) is None
    assert plainly(Counter({"KEN": 4}), Counter(), "UGA") is None
    assert plainly(Counter({"KEN": 4}), Counter(), "KEN") == "KEN"


def test_a_bare_name_takes_the_country_the_article_is_plainly_about(actors: Run) -> None:
    grace = named(actors(KENYA), "Wanjiru")
    assert (grace.country, grace.country_from) == ("KEN", "context")


def test_no_country_when_the_article_is_split(actors: Run) -> None:
    text = (
        "Kenya and Uganda signed a trade deal on Tuesday in Nairobi.\n\n"
        "Ugandan officials in Kampala said the pact would help farmers.\n\n"
        "Grace Wanjiru, who runs a shop, said prices had risen all year."
    )
    assert named(actors(text), "Wanjiru").country is None


def test_no_country_when_the_sentence_places_the_person_in_another_country(actors: Run) -> None:
    text = KENYA.replace("who runs a shop", "who runs a shop in Kampala")
    assert named(actors(text), "Wanjiru").country != "KEN"


def test_georgia_in_a_story_about_the_united_states_is_the_state(actors: Run) -> None:
    text = (
        "The United States Senate passed the farm bill on Tuesday.\n\n"
        "American growers said the subsidies would help. Officials in Washington and Texas "
        "agreed.\n\n"
        "Tyler Brooks, a peanut farmer in Georgia, said the bill came too late."
    )
    brooks = named(actors(text), "Brooks")
    assert brooks.country == "USA"


def test_georgia_beside_russia_stays_the_country(actors: Run) -> None:
    text = (
        "Russian troops crossed into Georgia on Friday, officials in Tbilisi said.\n\n"
        "Moscow said its forces were protecting Russian citizens. The U.S. called for calm.\n\n"
        "Georgian soldiers pulled back from the town, and Russia's defence ministry said "
        "the operation would go on."
    )
    state = [a for a in actors(text) if a.name == "Georgia"]
    assert state and state[0].country == "GEO"


def test_a_lone_given_name_joins_the_one_person_who_bears_it(actors: Run) -> None:
    found = actors(
        "Grace Wanjiru won the vote in Nairobi on Monday. Later, Grace told reporters "
        "that Kenya's economy would grow."
    )
    people = [a for a in found if a.kind == "person"]
    assert [p.name for p in people] == ["Grace Wanjiru"]
    assert "Grace" in people[0].aliases


def test_a_given_name_two_people_share_joins_neither(actors: Run) -> None:
    found = actors("Grace Wanjiru met Grace Otieno in Nairobi. Grace said the talks went well.")
    lone = [a for a in found if a.name == "Grace"]
    assert lone, [(a.name, a.aliases) for a in found]


def test_thai_leaders_go_by_their_given_names() -> None:
    kb = load_kb(())
    assert kb.surname_country("Yingluck") == "THA"  # a given name that is in names.tsv too
    assert kb.surname_country("Srettha") == "THA"
    assert kb.surname_country("Angela") is None  # elsewhere a given name says nothing
    assert kb.surname_country("Emmanuel") is None


def test_a_thai_given_name_alone_names_the_leader(actors: Run) -> None:
    found = actors("Paetongtarn said the ruling was wrong.")
    assert (named(found, "Paetongtarn").country, named(found, "Paetongtarn").country_from) == (
        "THA",
        "kb",
    )


def test_an_office_holder_known_by_a_short_given_name_and_no_middle_name() -> None:
    kb = load_kb(())
    full = kb.person_like("William", "Shorten")  # the reference layer's three-word name
    assert full is not None and full.role(None).country == "AUS"
    short = kb.person_like("Bill", "Shorten")
    assert short is not None and short.name == full.name
    assert kb.person_like("John", "Smith") is None  # a common surname: anyone's


def test_a_short_given_name_finds_the_known_person_in_text(actors: Run) -> None:
    found = named(actors("Bill Shorten criticised the budget on Tuesday."), "Shorten")
    assert (found.country, found.country_from) == ("AUS", "kb")


def test_a_group_a_known_leader_names_takes_the_leader_country(actors: Run) -> None:
    found = actors("Obama administration officials met Iranian negotiators in Vienna.")
    officials = named(found, "administration")
    assert (officials.country, officials.country_from) == ("USA", "institution")
    assert named(found, "Iranian negotiators").country == "IRN"


def test_an_unknown_name_before_a_group_gives_it_no_country(actors: Run) -> None:
    found = actors("Tom Hollis campaign officials met Iranian negotiators in Vienna.")
    assert all(a.country_from != "institution" for a in found)


def test_prosecutors_are_a_domestic_group_of_the_place_named(actors: Run) -> None:
    found = actors("Prosecutors in Nairobi charged the governor with fraud.")
    assert (named(found, "Prosecutors").country, named(found, "Prosecutors").sector) == (
        "KEN",
        "JUD",
    )
