"""Generic groups named by a common noun (session 24).

A group of people named by what they do ("thugs", "settlers", "border guards", "federal
agents", "a garrison") is an actor with its sector, and the passage's country when it gives
one. A group that a word of a sector of society qualifies ("opposition leaders", "union
leaders", "the rebel alliance") needs no country to stand. A definite union or delegation
with no country stands as the subject of an act, as a state organ does, but not of a
description. Not actors: a union named only as a modifier ("union membership"), a party as
a bare subject (its business is campaigning), juries and gangs (verdicts on and crimes of
private people).
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
    ("text", "word", "sector"),
    [
        ("Thugs smashed the windows of the newspaper's office overnight.", "thugs", "UAF"),
        ("Vigilantes set fire to a suspected thief's house.", "vigilantes", "UAF"),
        ("Armed settlers torched an olive grove on the hillside.", "settlers", "CVL"),
        ("Federal agents raided the offices of the mayor's campaign.", "agents", "COP"),
        ("Border guards turned back dozens of migrants at the crossing.", "guards", "MIL"),
        ("Prison guards beat the inmates after the riot.", "guards", "COP"),
        ("Death squads murdered three union organisers last month.", "squads", "UAF"),
        ("Herders drove their cattle onto the farmers' fields.", "herders", "AGR"),
        ("The garrison surrendered to the insurgents after a long siege.", "garrison", "MIL"),
        ("The presidential guard detained the president at dawn.", "guard", "MIL"),
        ("Tenants picketed the housing office for a week.", "tenants", "CVL"),
        ("Rights monitors accused the police of beating detainees.", "monitors", "NGO"),
        ("The warring factions signed a truce in the capital.", "factions", "UAF"),
        ("The parliamentary committee censured the minister over the contracts.", "committee",
         "GOV"),
    ],
)  # fmt: skip
def test_a_group_named_by_what_it_does_is_an_actor(
    actors: Run, text: str, word: str, sector: str
) -> None:
    hits = ending(actors(text), word)
    assert [(a.kind, a.sector) for a in hits] == [("group", sector)], [
        (a.name, a.sector) for a in actors(text)
    ]


def test_a_generic_group_takes_the_country_of_the_passage(actors: Run) -> None:
    text = "In Zimbabwe, thugs beat opposition supporters outside a polling station."
    assert [a.country for a in ending(actors(text), "thugs")] == ["ZWE"]


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("Opposition leaders denounced the verdict as a travesty.", "leaders", "OPP"),
        ("Union leaders broke off negotiations with the employers.", "leaders", "LAB"),
        ("Student leaders called off their sit-in at the ministry.", "leaders", "EDU"),
        ("The rebel alliance abandoned its demand for a new constitution.", "alliance", "REB"),
        ("The opposition coalition rejected the offer of cabinet posts.", "coalition", "OPP"),
    ],
)
def test_a_group_qualified_by_a_sector_word_needs_no_country(
    actors: Run, text: str, word: str, sector: str
) -> None:
    hits = ending(actors(text), word)
    assert [a.sector for a in hits] == [sector], [(a.name, a.sector) for a in actors(text)]
    assert hits[0].country is None


@pytest.mark.parametrize(
    "text",
    [
        "Government officials declined to comment on the report.",
        "Ministers will meet again next week.",
    ],
)
def test_a_states_people_still_need_a_country(actors: Run, text: str) -> None:
    assert not [a for a in actors(text) if a.kind == "group"], actors(text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The union called off the strike after the talks.", "CONCEDE"),
        ("The unions rejected the final offer from the employers.", "REJECT"),
        ("The union threatened an indefinite strike over the pay freeze.", "THREATEN"),
    ],
)
def test_a_union_with_no_country_is_the_doer_of_its_act(code: Code, text: str, plover: str) -> None:
    e = top_event(code(text))
    assert e.plover == plover and e.source is not None, e
    assert (e.source.name.split()[-1].lower().rstrip("s"), e.source.sector) == ("union", "LAB")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The ruling party accused the opposition of buying votes.", "ACCUSE"),
        ("The opposition party rejected the new electoral map.", "REJECT"),
    ],
)
def test_a_party_a_word_qualifies_is_the_doer_of_its_act(
    code: Code, text: str, plover: str
) -> None:
    e = top_event(code(text))
    assert e.plover == plover and e.source is not None, e
    assert e.source.name.endswith("party") and e.source.name != "party", e.source


@pytest.mark.parametrize(
    "text",
    [
        "Union membership fell sharply last year.",
        "The union faces a crisis over its dwindling finances.",
        "The party has a point about the budget.",
        "The party mobilised its base ahead of the run-off.",
        "The jury found the baker guilty of fraud.",
        "The street gangs fought one another near the market.",
    ],
)
def test_no_group_actor_where_the_noun_names_no_doer(actors: Run, text: str) -> None:
    found = actors(text)
    assert not [
        a for a in found if a.name.lower().split()[-1] in ("union", "party", "jury", "gangs")
    ], found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The electoral commission disqualified two opposition candidates over their papers.",
            "commission",
        ),
        ("The city council condemned the governor for cutting its budget.", "council"),
        ("The military council refused to hand power to the civilians.", "council"),
    ],
)
def test_a_body_a_word_qualifies_stands_as_the_subject_of_an_act(
    actors: Run, text: str, word: str
) -> None:
    hits = ending(actors(text), word)
    assert [(a.sector, a.country) for a in hits] == [("GOV", None)], actors(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The council condemned the attack on the mosque.", "council"),
        ("The city council granted permission for a new shopping arcade.", "council"),
        ("The electoral commission faces a crisis of confidence.", "commission"),
    ],
)
def test_no_body_subject_that_is_bare_local_business_or_described(
    actors: Run, text: str, word: str
) -> None:
    assert not ending(actors(text), word), actors(text)
