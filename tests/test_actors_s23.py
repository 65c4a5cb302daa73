"""Bodies named by common nouns and targets named by noun phrases (session 23).

A state body written as a common noun ("the electoral commission", "the regional assembly",
"the tribunal") is an actor with its sector and the passage's country; acted on, it stands
with no country too. The people or body an act lands on is its target when the act's object
names them: by a count ("hundreds of children"), by trade, plight or kin ("the opposition
politician", "the survivors", "the governor's son"), as the subject of the act's complement
("allowed women to drive"), or as the owner of what the act is done to ("condemned the
council's decision"). Not actors: a business agency ("the rating agency"), an indefinite
body ("a commission"), a body named only as the owner of a subject ("the council's planning
committee blocked ...").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import ending, top_event
from tacitus.records import Actor, Record

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]
Code = Callable[..., Record]


@pytest.mark.parametrize(
    ("text", "word", "sector", "country"),
    [
        ("Zambian opposition leaders accused the electoral commission of bias.", "commission",
         "GOV", "ZMB"),
        ("In Peru, the governor criticised the regional assembly over the budget.", "assembly",
         "GOV", "PER"),
        ("Ghanaian lawyers petitioned the tribunal over the verdict.", "tribunal", "JUD",
         "GHA"),
        ("The farmers' union in Kenya accused the council of ignoring the drought.", "council",
         "GOV", "KEN"),
    ],
)  # fmt: skip
def test_a_body_named_by_a_common_noun_is_an_actor_of_the_passage(
    actors: Run, text: str, word: str, sector: str, country: str
) -> None:
    hits = ending(actors(text), word)
    assert len(hits) == 1, [a.name for a in actors(text)]
    assert (hits[0].sector, hits[0].country) == (sector, country)


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("The mayor criticised the council over the closures.", "council", "GOV"),
        ("The opposition leader accused the electoral commission of fraud.", "commission", "GOV"),
        ("The rebels refused to appear before the tribunal.", "tribunal", "JUD"),
    ],
)
def test_a_body_acted_on_stands_with_no_country(
    actors: Run, text: str, word: str, sector: str
) -> None:
    hits = ending(actors(text), word)
    assert [(a.sector, a.country) for a in hits] == [(sector, None)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rating agency cut the bank's outlook to negative.", "agency"),
        ("The Commission on Human Rights will meet in Geneva.", "commission"),
        ("A commission will study the proposal next year.", "commission"),
        ("The council's planning committee blocked the new supermarket.", "council"),
        ("The council sanctioned the construction of a new bypass.", "council"),
    ],
)
def test_no_common_body_actor_where_the_words_name_none(actors: Run, text: str, word: str) -> None:
    assert not [a for a in ending(actors(text), word) if a.kind == "group"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The militia abducted hundreds of children from the camp.", "children"),
        ("The junta allowed women to vote in the local elections.", "women"),
        ("Masked men beat the opposition politician outside his office.", "politician"),
        ("The mayor condemned the council's decision to close the library.", "council"),
        ("The ministry blocked the dissident's website on Monday.", "dissident"),
        ("The rebels freed her son after ten days.", "son"),
        ("The Red Cross delivered tents to the earthquake survivors.", "survivors"),
        ("The prime minister urged donors to fund the appeal.", "donors"),
    ],
)
def test_the_target_named_by_the_acts_object_is_taken(code: Code, text: str, target: str) -> None:
    e = top_event(code(text))
    assert e.target is not None, e
    assert e.target.name.lower().split()[-1] == target


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The farmers' union in Kenya accused the council of ignoring the drought.", "council"),
        ("The opposition leader accused the electoral commission of fraud.", "commission"),
        ("The teachers' union in Chile rejected the offer.", "union"),
    ],
)
def test_no_actor_name_runs_into_a_clause_or_starts_with_an_owners_mark(
    actors: Run, text: str, name: str
) -> None:
    found = actors(text)
    assert [a.name for a in found if name in a.name.lower()] in (
        [name],
        [f"electoral {name}"],
    ), [a.name for a in found]
    assert not [a.name for a in found if a.name.startswith("'") or " of " in a.name]


@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        ("Militants ambushed an army convoy near the river.", "convoy", "MIL"),
        ("Gunmen stormed a police station in the north on Friday.", "station", "COP"),
        ("The air force bombed rebel positions outside the town.", "positions", "REB"),
    ],
)
def test_a_post_named_by_the_body_it_serves_is_that_bodys(
    code: Code, text: str, target: str, sector: str
) -> None:
    e = top_event(code(text))
    assert e.target is not None, e
    assert (e.target.name.split()[-1], e.target.sector) == (target, sector)


def test_a_post_with_no_body_named_is_no_target_of_its_own(code: Code) -> None:
    # since session 24 the thing an act lands on may be its target (events/objects.py),
    # but as a thing: no actor of a body, no sector, no country
    e = top_event(code("Militants ambushed a convoy near the river."))
    t = e.target
    assert t is None or t.name != "convoy" or (t.kind, t.sector, t.country) == ("thing", None, None)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chile recalled its ambassador from Lima on Friday.", "PER"),
        ("Peru withdrew its diplomats from Caracas after the vote.", "VEN"),
    ],
)
def test_the_doers_own_envoys_give_way_to_the_capital_they_leave(
    code: Code, text: str, country: str
) -> None:
    e = top_event(code(text))
    assert e.target is not None and e.target.country == country, e


def test_the_doers_own_envoys_stay_the_target_with_no_capital_named(code: Code) -> None:
    e = top_event(code("Ghana recalled its ambassador for consultations."))
    assert e.target is not None and e.target.name.endswith("ambassador"), e


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Moldova: the government expelled a Russian diplomat.", "government", "MDA"),
        ("Peru: the president met the Chilean president on the border dispute.", "president",
         "PER"),
    ],
)  # fmt: skip
def test_a_country_heading_the_story_before_a_colon_is_its_country(
    actors: Run, text: str, word: str, country: str
) -> None:
    hits = [a for a in ending(actors(text), word) if not a.name.lower().startswith("chilean")]
    assert [a.country for a in hits] == [country]


def test_people_counted_in_an_of_phrase_take_the_place_of_their_clause(actors: Run) -> None:
    text = "Thousands of teachers marched in Kenya, demanding that Uganda free the activists."
    assert [a.country for a in ending(actors(text), "teachers")] == ["KEN"]


def test_a_capital_that_receives_is_its_government(actors: Run) -> None:
    found = actors("Tokyo gave Manila two patrol boats last year.")
    assert [(a.country, a.sector) for a in found if a.name == "Manila"] == [("PHL", "GOV")]


def test_a_rival_named_by_a_tie_to_someone_owns_no_target(code: Code) -> None:
    text = "At each stop the senator attacked her rival's record on farm subsidies."
    assert not [e for e in code(text).events if e.target is not None and "rival" in e.target.name]


def test_a_gathering_stands_for_the_people_in_it(code: Code) -> None:
    e = top_event(code("Police in Accra fired tear gas at the demonstration on Monday."))
    assert e.target is not None and (e.target.name, e.target.sector) == ("demonstration", "CVL")
