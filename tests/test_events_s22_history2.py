"""Background history, round two (``events.noevent_history``): acts dated by a named past
event or a decade, acts that took a decade or more, dated relative clauses and participles,
family histories, and a story carried on "later" after a history sentence are no events;
the news act beside them, or the same act told as news, stays one.

Every passage is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_history import _event_year, _kin, _long_span, _named_past
from tacitus.parse import Parse, Token
from tacitus.records import Record

#: (rule, passage, trigger, publication date): no event on the trigger
QUIET = [
    (
        "named event",
        "Indian warships blockaded the harbour of Chittagong during the 1971 war.",
        "blockaded",
        None,
    ),
    (
        "named event",
        "Militiamen massacred the villagers of Kibeho in the 1994 genocide, survivors say.",
        "massacred",
        None,
    ),
    (
        "named event as subject",
        "The Lebanese civil war of the 1970s killed thousands of civilians in Beirut.",
        "killed",
        None,
    ),
    (
        "decade",
        "For much of the 1980s, Pretoria armed the UNITA rebels in Angola.",
        "armed",
        None,
    ),
    (
        "long span",
        "The two guerrilla armies fought the government for three decades before the accord.",
        "fought",
        None,
    ),
    (
        "long span",
        "The Syrian army occupied Lebanon for nearly three decades.",
        "occupied",
        None,
    ),
    (
        "relative clause with a year",
        "Police officers who charged a crowd of students in 1989 kept their jobs.",
        "charged",
        None,
    ),
    (
        "participle with a year",
        "The town, besieged by rebels in 2013, has been rebuilt.",
        "besieged",
        None,
    ),
    (
        "once",
        "Chinese troops once occupied these hills; today tourists picnic here.",
        "occupied",
        None,
    ),
    (
        "once, with an auxiliary",
        "The town was once shelled by government artillery.",
        "shelled",
        None,
    ),
    (
        "life story: young",
        "As a young officer, he fought rebels in the north.",
        "fought",
        None,
    ),
    (
        "life story: spent",
        "He spent his twenties fighting the Soviets in Afghanistan.",
        "fighting",
        None,
    ),
    (
        "spent a decade",
        "The rebels spent two decades fighting the army in the jungle.",
        "fighting",
        None,
    ),
    (
        "back in",
        "Back in 1990, Iraqi tanks invaded Kuwait.",
        "invaded",
        None,
    ),
    (
        "back then",
        "Back then, soldiers fired on protesters in the square.",
        "fired",
        None,
    ),
    (
        "ancestor",
        "Her great-grandfather fought against the Ottoman army in Gallipoli.",
        "fought",
        None,
    ),
    (
        "parent with a year",
        "The minister's father signed the 1965 ceasefire with the rebels.",
        "signed",
        None,
    ),
    (
        "later, after a decade",
        "The death squads of the 1980s were funded by landowners. Two of their commanders "
        "were later arrested in Miami.",
        "arrested",
        None,
    ),
    (
        "later, dated article",
        "Police raided the union's offices in 1985. Two of its leaders were later "
        "arrested in Leeds.",
        "arrested",
        "2024-06-01",
    ),
]

#: (rule, passage, trigger, PLOVER type, publication date): the event stays
KEPT = [
    (
        "news day",
        "Indian warships blockaded the harbour of Chittagong on Tuesday.",
        "blockaded",
        "ASSAULT",
        None,
    ),
    (
        "war named without a year",
        "Russian jets bombed a market in Aleppo during the war, witnesses said.",
        "bombed",
        "ASSAULT",
        None,
    ),
    (
        "relative clause on the news day",
        "Rebels who attacked an army post on Monday fled across the border.",
        "attacked",
        "ASSAULT",
        None,
    ),
    (
        "participle on the news day",
        "The district, shelled by the army on Sunday, is without power.",
        "shelled",
        "ASSAULT",
        None,
    ),
    (
        "kin of the news",
        "The grandson of the former king was arrested on Friday in Kathmandu.",
        "arrested",
        "COERCE",
        None,
    ),
    (
        "news beside a dated relative clause",
        "The general, who led the 1973 coup, was arrested on Tuesday.",
        "arrested",
        "COERCE",
        None,
    ),
    (
        "once again",
        "Troops once again fired on protesters in the square.",
        "fired",
        "ASSAULT",
        None,
    ),
    (
        "one time",
        "Police fired once into the air to disperse the crowd.",
        "fired",
        "ASSAULT",
        None,
    ),
    (
        "spent days",
        "The rebels spent two days fighting the army in the jungle.",
        "fighting",
        "ASSAULT",
        None,
    ),
    (
        "young, on the news day",
        "As a young officer, he fought rebels in the north on Monday.",
        "fought",
        "ASSAULT",
        None,
    ),
    (
        "back as a particle",
        "Troops beat the rebels back in 2019.",
        "beat",
        "ASSAULT",
        None,
    ),
    (
        "a penalty's term",
        "A military court jailed the opposition leader for 15 years.",
        "jailed",
        "COERCE",
        None,
    ),
    (
        "short span",
        "Sudan's government and the southern rebels negotiated for three years in Naivasha.",
        "negotiated",
        "CONSULT",
        None,
    ),
    (
        "a span still running",
        "The rebels have fought the army for three decades.",
        "fought",
        "ASSAULT",
        None,
    ),
    (
        "later after news",
        "Police detained dozens of protesters on Sunday. Several were later charged with rioting.",
        "detained",
        "COERCE",
        None,
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger", "published"), QUIET)
def test_history_of_the_second_round_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str, published: str | None
) -> None:
    assert plovers_on(code(text, published=published), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover", "published"), KEPT)
def test_news_beside_the_second_round_keeps_its_event(
    code: Callable[..., Record],
    rule: str,
    text: str,
    trigger: str,
    plover: str,
    published: str | None,
) -> None:
    assert plover in plovers_on(code(text, published=published), trigger), rule


def _tok(parse: Parse, word: str) -> Token:
    return next(t for t in parse.tokens if t.text == word)


@pytest.mark.parametrize(
    ("text", "noun", "year"),
    [
        ("Villages burned in the 1994 genocide.", "genocide", 1994),
        ("The civil war of the 1970s ruined the city.", "war", 1979),
        ("The 2019 election was close.", "election", None),
        ("The war ruined the city.", "war", None),
    ],
)
def test_the_year_of_a_named_past_event(
    parse_text: Callable[[str], Parse], text: str, noun: str, year: int | None
) -> None:
    parse = parse_text(text)
    assert _event_year(parse, _tok(parse, noun)) == year


@pytest.mark.parametrize(
    ("text", "verb", "year"),
    [
        ("The navy blockaded the port during the 1971 war.", "blockaded", 1971),
        ("Rebels fought the army for much of the 1970s.", "fought", 1979),
        ("The navy blockaded the port during the war.", "blockaded", None),
        ("The navy blockaded the port in 1971.", "blockaded", None),
        ("The bank opened an office in Lagos in the 1980s.", "opened", None),
        (
            "The rebels of the 1990s kidnapped foreign engineers from the oil fields.",
            "kidnapped",
            1999,
        ),
    ],
)
def test_an_act_dated_by_a_named_past_event_or_a_decade(
    parse_text: Callable[[str], Parse], text: str, verb: str, year: int | None
) -> None:
    parse = parse_text(text)
    assert _named_past(parse, _tok(parse, verb)) == year


@pytest.mark.parametrize(
    ("text", "verb", "kin"),
    [
        ("Her grandfather fought the Japanese.", "fought", "ancestor"),
        ("His father signed the plan.", "signed", "parent"),
        ("The father of the bride signed the register.", "signed", None),
        ("The grandson of the king was arrested.", "arrested", None),
    ],
)
def test_a_family_history_doer(
    parse_text: Callable[[str], Parse], text: str, verb: str, kin: str | None
) -> None:
    parse = parse_text(text)
    assert _kin(parse, _tok(parse, verb)) == kin


@pytest.mark.parametrize(
    ("text", "long"),
    [
        ("The colonel ruled the island for three decades.", True),
        ("Indonesian forces occupied the island for nearly a quarter of a century.", True),
        ("The colonel ruled the island for most of a decade.", True),
        ("The colonel ruled the island for four years.", False),
        ("A court jailed the colonel for twenty years.", False),
        ("The colonel has ruled the island for three decades.", True),
    ],
)
def test_a_span_of_a_decade_or_more(
    parse_text: Callable[[str], Parse], text: str, long: bool
) -> None:
    """(The span alone: a present perfect act is not past, so the rule never reads it.)"""
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.pos == "VERB")
    assert _long_span(parse, verb) == long
