"""Passages with no codable event: the frame checks of ``events.noevent`` and the sense rows
written with them quiet the non-event and keep the real event beside it.

Every sentence is written for these tests. Each rule has a pair: the same verb in its
no-event frame (no event at all on that trigger) and in its event frame (an event of the
expected PLOVER type on it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent import decade_dated, generic_doer
from tacitus.events.sense import is_obituary, word_class
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "procedure",
        "The governor vetoed the bill on Thursday, saying it would raise costs.",
        "vetoed",
    ),
    ("procedure", "The treasury secretary rejected the estimate as too pessimistic.", "rejected"),
    (
        "procedure",
        "The prime minister defended the budget against criticism from backbenchers.",
        "defended",
    ),
    (
        "procedure",
        "The carmaker's board agreed to cut 6,000 jobs over two years.",
        "agreed",
    ),
    ("procedure", "House leaders are negotiating a compromise on the highway bill.", "negotiating"),
    ("formula", "The minister's office declined to comment on the reports.", "declined"),
    ("formula", "Aides said the chancellor was weighing her options.", "weighing"),
    (
        "formula",
        "The president said he would comment on the report once he had read it.",
        "comment",
    ),
    ("travel", "The president visited flooded villages in the south on Sunday.", "visited"),
    ("travel", "The Australian foreign minister returns to Canberra on Friday.", "returns"),
    ("travel", "Parliament returns next week after the summer recess.", "returns"),
    ("travel", "The prime minister toured a car factory in the Midlands.", "toured"),
    ("travel", "The minister met students at a school in Perth on Tuesday.", "met"),
    ("travel", "Milwaukee will host the music festival in July.", "host"),
    ("generic", "Residents complained about noise from the new runway.", "complained"),
    ("generic", "Supporters vowed to bring the bill back next year.", "vowed"),
    (
        "sport",
        "The Yankees invaded Fenway Park and crushed the Red Sox 11-2. "
        "Their pitcher struck out nine.",
        "invaded",
    ),
    ("decade", "The Soviet Union armed the North Vietnamese throughout the 1960s.", "armed"),
    (
        "condition",
        "If Washington imposed tariffs on Chinese steel, Beijing would respond, analysts said.",
        "imposed",
    ),
    ("public", "The bishop urged the faithful to pray for peace during Sunday's Mass.", "urged"),
    (
        "obituary",
        "The former senator died on Monday at his home in Vermont. He served for 30 years. "
        "He championed veterans and farmers.",
        "championed",
    ),
]

#: (rule, passage, trigger, PLOVER type): the event stays
KEPT = [
    (
        "procedure",
        "Iran rejected the American proposal for talks on its nuclear programme.",
        "rejected",
        "REJECT",
    ),
    (
        "procedure",
        "The prime minister accused Russia of meddling in the election.",
        "accused",
        "ACCUSE",
    ),
    ("formula", "Israel refused to release the Palestinian prisoners.", "refused", "REJECT"),
    ("travel", "The German chancellor visited Kyiv on Monday.", "visited", "CONSULT"),
    ("travel", "The Australian foreign minister flew to Beijing on Friday.", "flew", "CONSULT"),
    (
        "travel",
        "The Australian trade minister met the Chinese ambassador in Perth on Tuesday "
        "to discuss barley tariffs.",
        "met",
        "CONSULT",
    ),
    (
        "generic",
        "Opposition supporters accused the government of rigging the vote.",
        "accused",
        "ACCUSE",
    ),
    (
        "sport",
        "The cricket match in Lahore went ahead on Sunday. "
        "Taliban fighters attacked a police checkpoint in Kabul, killing six officers.",
        "attacked",
        "ASSAULT",
    ),
    (
        "decade",
        "The Soviet Union sent troops into Afghanistan in December 1979.",
        "sent",
        "MOBILIZE",
    ),
    ("condition", "Washington imposed tariffs on Chinese steel on Monday.", "imposed", "SANCTION"),
    (
        "public",
        "The bishop urged the government to release the jailed priests.",
        "urged",
        "REQUEST",
    ),
    (
        "obituary",
        "Two soldiers died of their wounds on Monday. Rebels attacked their convoy near Gao.",
        "attacked",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_no_event_frame_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_event_frame_is_kept(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), rule


def _tok(parse: Parse, word: str) -> int:
    return next(t.i for t in parse.tokens if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "dated"),
    [
        ("Washington armed the Contras through the 1980s.", "armed", True),
        ("The army razed villages across the 1990s.", "razed", True),
        ("Washington armed the Contras in 1984.", "armed", False),
        ("Washington armed the Contras on Monday.", "armed", False),
    ],
)
def test_an_act_spread_over_a_decade(
    parse_text: Callable[[str], Parse], text: str, word: str, dated: bool
) -> None:
    parse = parse_text(text)
    assert decade_dated(parse, parse.tokens[_tok(parse, word)]) is dated


@pytest.mark.parametrize(
    ("text", "word", "generic"),
    [
        ("Critics praised the plan.", "praised", True),
        ("Residents complained about the noise.", "complained", True),
        ("Hamas supporters praised the plan.", "praised", False),
        ("His critics praised the plan.", "praised", False),
        ("Critics of Erdogan praised the plan.", "praised", False),
    ],
)
def test_a_generic_public_as_the_doer(
    parse_text: Callable[[str], Parse], text: str, word: str, generic: bool
) -> None:
    parse = parse_text(text)
    assert generic_doer(parse, parse.tokens[_tok(parse, word)]) is generic


@pytest.mark.parametrize(
    ("text", "obituary"),
    [
        ("The playwright died after a long illness, her family said.", True),
        ("The former senator died on Monday at his home in Vermont.", True),
        ("Two soldiers died of their wounds on Monday.", False),
        ("The senator visited his home in Vermont on Monday.", False),
    ],
)
def test_an_obituary_lead_without_an_age(
    parse_text: Callable[[str], Parse], text: str, obituary: bool
) -> None:
    assert is_obituary(parse_text(text)) is obituary


def test_word_classes_come_from_the_sense_table() -> None:
    assert "innings" in word_class("sports")
    assert "troops" in word_class("violence")
    assert word_class("no-such-class") == frozenset()
