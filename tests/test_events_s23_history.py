"""Background history, round three (``events.noevent_history``): acts put in a bygone era,
before the modern news era, over a range of years, or in a passage told years later (a
perfect counting from a year, "not the first time", a reputation) go quiet; the news act
and the plain report of an act in its own year keep their event.

Every passage is written for these tests; none is dated, as the articles this round is for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_history import _era, sentence_marks
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "era: a capitalised past war",
        "During the Cold War, Washington backed the military government in Jakarta and "
        "supplied it with weapons.",
        "backed",
    ),
    (
        "era: a capitalised past war",
        "During the Second World War, Japanese troops occupied the island and interned its "
        "residents.",
        "occupied",
    ),
    (
        "era: by name",
        "Under apartheid, police arrested thousands of black activists and banned the ANC. "
        "The party was unbanned in 1990.",
        "arrested",
    ),
    (
        "era: a rule gone by",
        "Under Soviet rule, the authorities deported tens of thousands of Chechens to Kazakhstan.",
        "deported",
    ),
    (
        "historically",
        "Historically, Ethiopia and Eritrea fought a border war from 1998 to 2000 that killed "
        "tens of thousands.",
        "fought",
    ),
    (
        "a range of years",
        "The president's party was banned from 1980 to 1990. It returned to power in 1994.",
        "banned",
    ),
    ("before the news era", "Ottoman forces seized the fortress from Persia in 1639.", "seized"),
    (
        "since a year, on a perfect",
        "Since the 2014 annexation, Russia has stationed thousands of troops on the "
        "peninsula. Moscow seized Crimea from Ukraine in 2014.",
        "seized",
    ),
    (
        "since a year, on a perfect",
        "Since 2011, the civil war has killed half a million people. Government forces "
        "besieged Aleppo in 2012.",
        "besieged",
    ),
    (
        "since then",
        "France granted the colony independence in 1960. Since then, the country has seen "
        "four coups.",
        "granted",
    ),
    (
        "a span of years on a perfect",
        "Relations have been frozen for decades. Washington cut ties with Tehran in 1980.",
        "cut",
    ),
    (
        "not the first time",
        "It was not the first time the army had fired on protesters: in 2006 soldiers shot "
        "dead twelve students in the capital.",
        "shot",
    ),
    (
        "not the first time: the earlier times",
        "This was not the first time that police attacked the camp.",
        "attacked",
    ),
    (
        "before, on a perfect",
        "The city has seen unrest before: in 1992 rioters burned shops for days after a "
        "court acquitted four police officers.",
        "burned",
    ),
    (
        "remembrance",
        "Few remember that Libya once bombed a Chadian town. In 1987 Chadian troops drove "
        "Libyan forces out of the Aouzou Strip.",
        "drove",
    ),
    (
        "reputation",
        "Mr Mugabe is best known for seizing white-owned farms in 2000. He died in Singapore "
        "in 2019.",
        "seizing",
    ),
    (
        "carried on after a history sentence",
        "Few remember that the two armies clashed on the border in 1969. Soviet and Chinese "
        "troops fought over an island in the Ussuri river.",
        "fought",
    ),
    (
        "a when-clause takes its head's year",
        "The village remembers the day in 1982 when the army burned its homes.",
        "burned",
    ),
]

#: (rule, passage, trigger, PLOVER type): the event stays
KEPT = [
    (
        "news day",
        "Soldiers shot dead twelve students in the capital on Friday, witnesses said.",
        "shot",
        "ASSAULT",
    ),
    (
        "news day",
        "Ethiopian and Eritrean troops fought along the border on Wednesday, killing dozens.",
        "fought",
        "ASSAULT",
    ),
    (
        "news day",
        "The authorities deported tens of thousands of migrants to Kazakhstan last month.",
        "deported",
        "COERCE",
    ),
    (
        "news day",
        "American bombers destroyed a bridge in the north on Tuesday, the military said.",
        "destroyed",
        "COERCE",
    ),
    ("own year, plain report", "Russia seized Crimea from Ukraine in 2014.", "seized", "COERCE"),
    (
        "own year, plain report",
        "Government forces besieged Aleppo in 2012, cutting off water to its eastern districts.",
        "besieged",
        "ASSAULT",
    ),
    (
        "own year, plain report",
        "Washington cut ties with Tehran in 1980 after students stormed its embassy.",
        "cut",
        "SANCTION",
    ),
    (
        "own year, past perfect (the PLOVER dev sets code it)",
        "The rebels had captured the town in 2012, residents said.",
        "captured",
        "ASSAULT",
    ),
    (
        "a perfect over weeks is no span of years",
        "Washington and Tehran have held talks for two weeks. Washington cut ties with "
        "Tehran in 1980.",
        "cut",
        "SANCTION",
    ),
    (
        "since a month is this year's news",
        "The government has banned rallies since March. Police arrested 40 protesters in 2021.",
        "arrested",
        "COERCE",
    ),
    (
        "the first time: the news itself",
        "It was the first time troops had fired on miners since the strike began.",
        "fired",
        "ASSAULT",
    ),
    (
        "after a plain report of its own year, not history",
        "The rebels seized the town in 2012. Government troops attacked the rebels and "
        "killed their commander.",
        "attacked",
        "ASSAULT",
    ),
    (
        "a gerund under a past verb, not a reputation",
        "Kenyan police arrested the militia leader for seizing a police station in 2000.",
        "seizing",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_undated_history_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_news_and_plain_reports_keep_their_event(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), rule


@pytest.mark.parametrize(
    ("text", "now", "frame"),
    [
        ("Since the 2014 annexation, Russia has stationed troops there.", True, False),
        ("Since then, the country has seen four coups.", True, False),
        ("Police have arrested 40 people since March.", False, False),
        ("Relations have been frozen for decades.", True, False),
        ("Relations were frozen for decades.", False, False),
        ("It was not the first time.", False, True),
        ("It was the first time.", False, False),
        ("He is best known for his novels.", False, True),
    ],
)
def test_a_perfect_counting_from_a_year_and_a_look_back(
    parse_text: Callable[[str], Parse], text: str, now: bool, frame: bool
) -> None:
    _years, (told_now, has_frame, *_rest) = sentence_marks(parse_text(text), 0)
    assert (told_now, has_frame) == (now, frame)


@pytest.mark.parametrize(
    ("text", "era"),
    [
        ("Under Soviet rule, the police arrested dozens of priests.", True),
        ("Under Taliban rule, the police arrested dozens of women.", False),
        ("During the Korean War, the police arrested dozens of students.", True),
        ("During the war, the police arrested dozens of students.", False),
        ("Under communism, the police arrested dozens of priests.", True),
    ],
)
def test_an_era_gone_by(parse_text: Callable[[str], Parse], text: str, era: bool) -> None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.text == "arrested")
    assert _era(parse, verb) is era


def test_an_old_year_is_history_only_where_the_article_is_undated(
    code: Callable[..., Record],
) -> None:
    """A year before the modern era is background in an undated article; a dated archive
    goes by its own date, so an article of 1937 reports an act of 1937 as news."""
    text = "Japanese troops attacked Chinese positions near the bridge in 1937."
    assert plovers_on(code(text), "attacked") == []
    assert "ASSAULT" in plovers_on(code(text, published="1937-07-09"), "attacked")
