"""No-event frames of civic life (``events.noevent_civic`` and the s22 civic sense rows):
relief at home from a natural hazard coded as force or withdrawal, a town hall's threat on a
facility, and ceremonies go quiet; the same verbs between political actors keep their
event.

Every passage is written for these tests. Each rule has passages in its no-event frame (no
event on the trigger) and near-identical ones in an event frame (an event of the expected
PLOVER type on the trigger)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_civic import relief_at_home
from tacitus.parse import Parse
from tacitus.records import Actor, Event, Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "relief",
        "The government deployed soldiers to fight the wildfires in the north.",
        "deployed",
    ),
    (
        "relief",
        "The government mobilised 20,000 soldiers to fight the floods.",
        "mobilised",
    ),
    (
        "relief",
        "The Kenyan government deployed soldiers to fight the locust swarms.",
        "deployed",
    ),
    ("relief", "The Indian navy evacuated fishermen ahead of the cyclone.", "evacuated"),
    (
        "relief",
        "A landslide buried part of the road on Sunday. Police cordoned off the area.",
        "cordoned",
    ),
    (
        "town hall",
        "The mayor threatened to close the pool if repairs ran over budget.",
        "threatened",
    ),
    ("ceremony", "The governor pardoned a turkey on Thursday.", "pardoned"),
    ("ceremony", "President Biden pardoned two turkeys at the White House.", "pardoned"),
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
        "The government deployed troops to quell the riots after the flood.",
        "deployed",
        "MOBILIZE",
    ),
    (
        "relief",
        "The army sent troops to the border to crush the rebels after the floods.",
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
        "The European Parliament voted to impose sanctions on Russia over the invasion.",
        "impose",
        "SANCTION",
    ),
    ("town hall", "The mayor threatened to sue the railway company.", "threatened", "THREATEN"),
    ("ceremony", "The president pardoned the jailed opposition leader.", "pardoned", "RETREAT"),
    (
        "procedure",
        "The president dissolved the parliament and called early elections.",
        "dissolved",
        "COERCE",
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


@pytest.mark.parametrize(
    ("text", "relief"),
    [
        ("The government mobilised soldiers to fight the floods.", True),
        ("The government mobilised soldiers to fight the rebels.", False),
        ("The government mobilised soldiers to quell riots after the floods.", False),
        ("The government mobilised soldiers to help Belgium fight the floods.", False),
    ],
)
def test_relief_at_home(parse_text: Callable[[str], Parse], text: str, relief: bool) -> None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.text == "mobilised")
    event = Event(
        id="e1",
        source=Actor("a1", "government", kind="group"),
        target=None,
        cameo="154",
        root="15",
        plover="MOBILIZE",
        quad_class=4,
        goldstein=-7.2,
        negated=False,
        modality="asserted",
        sentence=text,
        span=(0, len(text)),
        trigger="mobilised",
        confidence=1.0,
        rule="test",
    )
    assert relief_at_home(parse, verb, event) is relief
