"""No-event frames of civic life (``events.noevent_civic`` and the s22 civic sense rows):
relief at home from a natural hazard, a legislature's vote by tally, a town hall's threat on
a facility, and ceremonies go quiet; the same verbs between political actors keep their
event.

Every passage is written for these tests. Each rule has passages in its no-event frame (no
event on the trigger) and near-identical ones in an event frame (an event of the expected
PLOVER type on the trigger)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.events.noevent_civic import tallied_vote
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "relief",
        "The Kenyan government sent troops to help clear the debris after the floods.",
        "sent",
    ),
    ("relief", "The army evacuated villagers from the flood plain.", "evacuated"),
    (
        "relief",
        "Soldiers rescued hundreds of residents stranded by the floodwaters.",
        "rescued",
    ),
    (
        "relief",
        "The government mobilised 20,000 soldiers to fight the floods in the delta.",
        "mobilised",
    ),
    (
        "relief",
        "A cyclone made landfall near Chittagong on Sunday. The navy evacuated 3,000 "
        "fishermen from the islands.",
        "evacuated",
    ),
    (
        "relief",
        "The coast guard rescued 40 fishermen after their boat capsized in the storm.",
        "rescued",
    ),
    ("relief", "Police blocked roads into the town as the wildfire spread.", "blocked"),
    ("vote", "The Senate rejected the tax package 52-48.", "rejected"),
    ("vote", "The Philippine Senate rejected the tax reform package 13-9.", "rejected"),
    (
        "town hall",
        "The mayor threatened to close the pool if repairs ran over budget.",
        "threatened",
    ),
    ("ceremony", "The governor pardoned a turkey on Thursday.", "pardoned"),
    ("procedure", "The Knesset dissolved itself, triggering a fifth election.", "dissolved"),
]

#: (rule, passage, trigger, PLOVER type): an event of that type on the trigger
KEPT = [
    (
        "relief",
        "The government sent troops to crush the protesters in the capital.",
        "sent",
        "MOBILIZE",
    ),
    (
        "relief",
        "India sent troops to help Nepal clear the debris after the earthquake.",
        "sent",
        "AID",
    ),
    ("relief", "Japan sent rescue teams to Turkey after the earthquake.", "sent", "AID"),
    (
        "relief",
        "France evacuated its citizens from Sudan as fighting raged in Khartoum.",
        "evacuated",
        "AID",
    ),
    (
        "relief",
        "The government deployed troops to quell the riots after the flood.",
        "deployed",
        "MOBILIZE",
    ),
    (
        "vote",
        "The European Parliament voted to impose sanctions on Russia over the invasion.",
        "impose",
        "SANCTION",
    ),
    ("vote", "The European Parliament voted 500-100 to condemn Russia.", "condemn", "ACCUSE"),
    ("town hall", "The mayor threatened to sue the railway company.", "threatened", "THREATEN"),
    ("ceremony", "The president pardoned the jailed opposition leader.", "pardoned", "RETREAT"),
]


def _on(record: Record, trigger: str) -> list[str | None]:
    return [e.plover for e in record.events if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_no_event_frame_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert _on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_event_frame_is_kept(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in _on(code(text), trigger), rule


@pytest.mark.parametrize(
    ("text", "verb", "vote"),
    [
        ("The Senate rejected the tax package 52-48.", "rejected", True),
        ("MPs backed the motion by 320 votes to 250.", "backed", True),
        ("The Senate rejected the tax package on Friday.", "rejected", False),
        ("The White House rejected the package, 52-48 in the Senate.", "rejected", False),
        ("The Security Council rejected the draft by nine votes to six.", "rejected", False),
        ("The union rejected the offer 300-120.", "rejected", False),
    ],
)
def test_a_tallied_vote(
    parse_text: Callable[[str], Parse], text: str, verb: str, vote: bool
) -> None:
    parse = parse_text(text)
    tok = next(t for t in parse.tokens if t.text == verb)
    assert tallied_vote(parse, tok) is vote
