"""Acts asked about or supposed (``events.noevent_misc``) and the s22 trainfp sense rows:
yes/no questions, indirect questions, inverted conditions, the press's "asked", calling an
election, signing a guest book and ordering jets go quiet;
the same verbs reported as acts keep their event.

Every passage is written for these tests. Each rule has passages in its no-event frame (no
event on the trigger) and near-identical ones in an event frame (an event of the expected
PLOVER type on the trigger)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_misc import (
    asked,
    indirect_question,
    inverted_condition,
    press_question,
)
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "question",
        "Will Turkey expel the Swedish ambassador? Officials in Ankara are divided.",
        "expel",
    ),
    ("question", "Is the army preparing to seize power? Rumours swirl in the capital.", "seize"),
    ("question", "Did the navy shell the fishing villages on Monday?", "shell"),
    (
        "question",
        "Q: Will Turkey expel the Swedish ambassador? A: That is a matter for the cabinet.",
        "expel",
    ),
    ("whether", "Ministers are debating whether to expel the Swedish ambassador.", "expel"),
    ("whether", "It is unclear if the army will withdraw from the border towns.", "withdraw"),
    ("inverted", "Were the prime minister to resign, his deputy would take over.", "resign"),
    (
        "inverted",
        "Had the rebels attacked the capital, the government would have fallen.",
        "attacked",
    ),
    (
        "press",
        "Asked about the border clashes, the Indian foreign ministry said it would not comment.",
        "Asked",
    ),
    (
        "press",
        "The defence minister declined to give figures when asked about troop losses in Mali.",
        "asked",
    ),
    ("election", "The prime minister called a snap election for June.", "called"),
    ("election", "The president called a referendum on the new constitution.", "called"),
    ("guest book", "The Danish minister signed the guest book at the war cemetery.", "signed"),
    ("purchase", "The Qatari airline ordered 50 new jets from Boeing.", "ordered"),
]

#: (rule, passage, trigger, PLOVER type): an event of that type on the trigger
KEPT = [
    (
        "question",
        "Turkey will expel the Swedish ambassador, officials in Ankara said.",
        "expel",
        "THREATEN",
    ),
    ("question", "Why did the navy shell the fishing villages on Monday?", "shell", "ASSAULT"),
    ("question", "The navy shelled the fishing villages on Monday.", "shelled", "ASSAULT"),
    ("whether", "Ministers decided to expel the Swedish ambassador.", "expel", "SANCTION"),
    ("inverted", "The prime minister resigned, and his deputy took over.", "resigned", "RETREAT"),
    (
        "inverted",
        "The rebels attacked the capital, and the government fell.",
        "attacked",
        "ASSAULT",
    ),
    (
        "inverted",
        "Should the talks collapse, the army could resume its offensive.",
        "resume",
        "ASSAULT",
    ),
    ("press", "Kenya asked Uganda to hand over the suspects.", "asked", "REQUEST"),
    ("press", "The spokesman was asked by Kenya to clarify the remarks.", "asked", "REQUEST"),
    ("election", "The opposition called for early elections.", "called", "REQUEST"),
    ("guest book", "The Danish minister signed the defence pact with Norway.", "signed", "SUPPORT"),
    (
        "purchase",
        "The general ordered the troops to fire on the protesters.",
        "ordered",
        "REQUEST",
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


CHECKS = {
    "asked": asked,
    "indirect": indirect_question,
    "inverted": inverted_condition,
    "press": press_question,
}


@pytest.mark.parametrize(
    ("check", "text", "trigger", "expected"),
    [
        ("asked", "Could the senate block the treaty? It needs 34 votes.", "block", True),
        ("asked", "The senate could block the treaty, aides said.", "block", False),
        ("asked", "How did the senate block the treaty?", "block", False),
        ("indirect", "The cabinet will decide whether to impose sanctions.", "impose", True),
        ("indirect", "The cabinet decided to impose sanctions.", "impose", False),
        ("inverted", "Should Iran close the strait, prices would soar.", "close", True),
        ("inverted", "Should Iran close the strait? Analysts disagree.", "close", False),
        ("inverted", "Iran closed the strait, and prices soared.", "closed", False),
        ("press", "Asked about the strike, the minister said talks would go on.", "Asked", True),
        ("press", "Asked by Paris to mediate, Rabat sent an envoy.", "Asked", False),
    ],
)
def test_checks(
    parse_text: Callable[[str], Parse], check: str, text: str, trigger: str, expected: bool
) -> None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.text == trigger)
    assert CHECKS[check](parse, verb) is expected
