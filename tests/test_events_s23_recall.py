"""Event recall on political acts the coder missed (session 23): impeachment, fire exchanged
or traded, arrests told as "placed under arrest", verdicts and bail by a court named with a
word that makes no actor ("a federal jury", "the high court"), verdicts in the passive with
no agent, a demand for "the return of" something (not the artefact "return"), and demands
and accusations a generic public ("residents") makes of a state organ; and, so that the
new verbs stay quiet where no act is done, an act that a capacity is for ("lacks the votes
to impeach").

Every passage is written for these tests. Each rule has a passage that must get its event
(a PLOVER type on the trigger) and a near-identical one that must get none on it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent import _return_of
from tacitus.parse import Parse
from tacitus.records import Record

#: (passage, trigger, PLOVER type): the event the rule finds
KEPT = [
    (
        "The Brazilian Senate impeached the president for breaking budget laws.",
        "impeached",
        "COERCE",
    ),
    (
        "Lawmakers in Peru voted to impeach President Martin Vizcarra on Monday.",
        "impeach",
        "COERCE",
    ),
    (
        "Government troops exchanged fire with rebels near the northern town.",
        "exchanged",
        "ASSAULT",
    ),
    ("Police traded fire with gunmen outside the bank in Nairobi.", "traded", "ASSAULT"),
    ("The junta placed the deposed president under arrest in the capital.", "placed", "COERCE"),
    ("A federal jury convicted the former governor of rigging contracts.", "convicted", "ACCUSE"),
    ("The former governor was convicted of selling licences to donors.", "convicted", "ACCUSE"),
    (
        "The high court granted bail to the former interior minister on Wednesday.",
        "granted",
        "RETREAT",
    ),
    ("Furious residents demanded that the police find the arsonists.", "demanded", "REQUEST"),
    ("Residents accused the police of beating a teenager during the raid.", "accused", "ACCUSE"),
    ("The senators used their votes to impeach the speaker on Friday.", "impeach", "COERCE"),
    (
        "The Guarani councils demanded the return of their forest lands.",
        "demanded",
        "REQUEST",
    ),
]

#: (passage, trigger): near-identical passages with no event on the trigger
QUIET = [
    ("The Brazilian Senate did not impeach the president for breaking budget laws.", "impeach"),
    ("The foreign ministers exchanged views on the crisis near the northern town.", "exchanged"),
    ("The junta placed the new proposal under review in the capital.", "placed"),
    ("A federal jury convicted the retired plumber of rigging contracts.", "convicted"),
    ("The former governor was not convicted of selling licences to donors.", "convicted"),
    ("The high court granted bail to the retired plumber on Wednesday.", "granted"),
    ("Furious residents demanded that the landlord find the arsonists.", "demanded"),
    ("Residents accused the landlord of ignoring the broken lifts.", "accused"),
    ("The opposition lacks the votes to impeach the speaker, its whips admitted.", "impeach"),
    ("The cabinet lacks the power to arrest the speaker, its lawyers admitted.", "arrest"),
]


@pytest.mark.parametrize(("text", "trigger", "plover"), KEPT)
def test_recalled_event(code: Callable[..., Record], text: str, trigger: str, plover: str) -> None:
    assert plover in plovers_on(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger"), QUIET)
def test_near_passage_is_quiet(code: Callable[..., Record], text: str, trigger: str) -> None:
    assert plovers_on(code(text), trigger) == []


def test_trading_goods_stays_cooperation(code: Callable[..., Record]) -> None:
    """ "trade with" keeps its economic sense when what is traded is no fire."""
    kinds = plovers_on(code("Kenya traded tea with Uganda across the border."), "traded")
    assert "ASSAULT" not in kinds


def test_the_jury_is_no_named_actor_but_the_verdict_has_its_target(
    code: Callable[..., Record],
) -> None:
    record = code("A federal jury convicted the former governor of rigging contracts.")
    verdicts = [e for e in record.events if e.trigger == "convicted"]
    assert verdicts and all(e.source is None for e in verdicts)
    assert any(e.target is not None and "governor" in e.target.name for e in verdicts)


@pytest.mark.parametrize(
    ("text", "word", "act"),
    [
        ("They demanded the return of their ancestral lands.", "return", True),
        ("They demanded the return of the hostages.", "return", True),
        ("She filed the return on time.", "return", False),
        ("They praised the return on the fund.", "return", False),
    ],
)
def test_return_of_is_an_act(
    parse_text: Callable[[str], Parse], text: str, word: str, act: bool
) -> None:
    parse = parse_text(text)
    tok = next(t for t in parse.tokens if t.text == word)
    assert _return_of(parse, tok) is act
