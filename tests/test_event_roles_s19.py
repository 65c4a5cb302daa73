"""Targets that no actor names: sentences written for these tests, the real parse, stand-in
actors (``events_helpers``). An act whose object is a noun phrase for people ("detained 18
people", "freed a former candidate", "the arrest of two men") takes that phrase as its
target, made for the event; a state organ acting on its own people gives them its country;
an object that is not people, or one an actor already covers, is left to the other rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus.events.roles import _people_sector
from tacitus.parse import Parse
from tacitus.records import Event
from tacitus.settings import Settings

SIDES: Known = {
    "Kenyan police": ("KEN", "COP"),
    "Peru": ("PER", None),
    "Chile": ("CHL", None),
    "the junta": ("MMR", "GOV"),
    "rebels": (None, "REB"),
    "protesters": (None, "CVL"),
    "Mali": ("MLI", None),
    "Somali": ("SOM", None),
}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings())


def coded(events: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in events if e.plover and e.cameo.startswith(root)]


def target_text(text: str, event: Event) -> str | None:
    if event.target is None or not event.target.mentions:
        return None
    start, end = event.target.mentions[0]
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "root", "words"),
    [
        ("Kenyan police detained 18 people in Nairobi on Monday.", "17", "18 people"),
        ("Kenyan police arrested a young man at a bus station on Sunday.", "17", "man"),
        ("Kenyan police arrested dozens of youths near the stadium.", "17", "youths"),
        ("Peru freed a former presidential candidate on Friday.", "08", "candidate"),
        ("The rebels released two men they had held since March.", "08", "two men"),
        ("Chile deported eleven foreigners last week.", "17", "foreigners"),
    ],
)
def test_an_object_naming_people_is_the_target(
    code: Code, text: str, root: str, words: str
) -> None:
    events = coded(code(text, SIDES), root)
    assert events, text
    got = [target_text(text, e) for e in events]
    assert any(g is not None and words in g for g in got), (text, got)


def test_a_state_organ_acting_on_its_people_gives_them_its_country(code: Code) -> None:
    text = "Kenyan police detained 18 people in Nairobi on Monday."
    (event,) = coded(code(text, SIDES), "17")[:1]
    assert event.target is not None
    assert event.target.country == "KEN"
    assert event.target.country_from == "context"
    assert event.target.kind == "group"
    assert not event.target_implied  # named in the sentence, not implied


def test_released_people_take_no_country_from_their_captors(code: Code) -> None:
    text = "The rebels released two men they had held since March."
    events = coded(code(text, SIDES), "08")
    assert events
    assert all(e.target is None or e.target.country is None for e in events)


def test_the_made_target_is_not_an_actor_of_the_record(code: Code) -> None:
    text = "Peru freed a former presidential candidate on Friday."
    events = coded(code(text, SIDES), "08")
    assert events and events[0].target is not None
    assert events[0].target.id.startswith("np:")
    assert "+object" in events[0].rule


@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected the referendum on Sunday.",  # a thing, not people
        "Chile condemned the attack on the embassy.",
    ],
)
def test_an_object_that_is_not_people_makes_no_target(code: Code, text: str) -> None:
    events = [e for e in code(text, SIDES) if e.plover]
    assert events, text
    for event in events:
        # no people made of it (a thing may be the target: ``events.objects``, s24)
        target = event.target
        assert target is None or not target.id.startswith("np:") or target.kind == "thing", text


def test_a_named_target_is_kept(code: Code) -> None:
    text = "Mali accused Peru of arming two men."
    events = [e for e in code(text, SIDES) if e.plover == "ACCUSE"]
    assert events
    assert all(e.target is not None and e.target.name == "Peru" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police arrested dozens of protesters in Nairobi.",
        "Kenyan police arrested a Somali man at a bus station on Sunday.",
    ],
)
def test_an_actor_in_the_object_is_left_to_the_rules(code: Code, text: str) -> None:
    events = coded(code(text, SIDES), "17")
    assert events
    assert all(e.target is None or not e.target.id.startswith("np:") for e in events)


def test_an_event_noun_takes_its_of_object(code: Code) -> None:
    text = "Mali condemned the arrest of two journalists by the junta."
    events = [e for e in code(text, SIDES) if e.plover]
    found = [target_text(text, e) for e in events]
    assert any(f is not None and "journalists" in f for f in found), found


def test_people_sector_reads_titles_and_demonyms(parse_text: Callable[[str], Parse]) -> None:
    from tacitus.actors.kb import load_kb

    kb = load_kb(tuple(Settings().kb))
    parse = parse_text("The men, two Kurds and a senator, met the weather.")
    by = {t.text: t for t in parse.tokens}
    assert _people_sector(kb, by["men"]) == "CVL"
    assert _people_sector(kb, by["senator"]) == "GOV"
    assert _people_sector(kb, by["weather"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile held talks in Lima on Monday.",
        "Peru and Chile agreed to hold talks next month.",
        "Peru and Chile signed a border treaty.",
    ],
)
def test_coordinated_sides_of_a_joint_act_each_act_on_the_other(code: Code, text: str) -> None:
    got = {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in code(text, SIDES)
        if e.plover
    }
    assert ("Peru", "Chile") in got, got
    assert ("Chile", "Peru") in got, got


def test_a_joint_act_with_a_named_partner_keeps_it(code: Code) -> None:
    text = "Peru and Chile held talks with Mali."
    got = {(e.source.name, e.target.name) for e in code(text, SIDES) if e.source and e.target}
    assert ("Peru", "Mali") in got and ("Chile", "Mali") in got
    assert ("Peru", "Chile") not in got and ("Chile", "Peru") not in got


PLACES: Known = {
    "Russia": ("RUS", None),
    "Iran": ("IRN", None),
    "United Nations": (None, "IGO"),
}


@pytest.mark.parametrize(
    ("text", "root", "place"),
    [
        ("Russia threatened new air strikes in Idlib.", "13", "Idlib"),
        ("The United Nations suspended food aid in Borno State after the raid.", "16", "Borno"),
    ],
)
def test_a_threat_or_a_cut_in_aid_lands_on_the_place_it_names(
    code: Code, text: str, root: str, place: str
) -> None:
    events = coded(code(text, PLACES), root)
    assert events, text
    got = [target_text(text, e) for e in events]
    assert any(g is not None and place in g for g in got), got


def test_the_place_of_broken_off_talks_is_no_target(code: Code) -> None:
    text = "Iran broke off talks in Geneva on Tuesday."
    events = coded(code(text, PLACES), "16")
    assert events, text
    for event in events:
        assert event.target is None or "Geneva" not in (target_text(text, event) or ""), text


@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("Chile cut military aid to its European allies.", "European allies", "GOV"),
        ("Peru held talks with East Asian countries on Monday.", "East Asian countries", "GOV"),
        ("Mali shut down three newspapers last week.", "three newspapers", "MED"),
    ],
)
def test_a_group_of_states_or_the_press_can_be_the_target(
    code: Code, text: str, words: str, sector: str
) -> None:
    events = [e for e in code(text, SIDES) if e.plover and e.target is not None]
    assert events, text
    hits = [e for e in events if words in (target_text(text, e) or "")]
    assert hits, [target_text(text, e) for e in events]
    assert hits[0].target is not None and hits[0].target.sector == sector


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Peru urged both sides to return to talks.", "both sides"),
        ("Mali called on the warring parties to lay down their arms.", "warring parties"),
        ("Chile vowed to punish the invaders.", "invaders"),
        ("Peru agreed to free two men held since May.", "two men"),
    ],
)
def test_the_sides_of_a_conflict_and_a_wanted_acts_object_can_be_the_target(
    code: Code, text: str, words: str
) -> None:
    events = [e for e in code(text, SIDES) if e.plover]
    assert events, text
    got = [target_text(text, e) or "" for e in events]
    assert any(words in g for g in got), got


def test_the_made_target_is_named_as_written(code: Code) -> None:
    text = "Peru sent aid to an ever-expanding number of people."
    events = [e for e in code(text, SIDES) if e.target is not None]
    assert events
    assert events[0].target is not None
    assert events[0].target.name == "ever-expanding number of people"


@pytest.mark.parametrize(
    "text",
    [
        "Peru discussed Mali with Chile on Monday.",
        "Peru discussed the rebels with Chile.",
    ],
)
def test_the_partner_of_talks_is_the_target_not_their_topic(code: Code, text: str) -> None:
    events = [e for e in code(text, SIDES) if e.plover == "CONSULT"]
    assert events, text
    assert all(e.target is not None and e.target.name == "Chile" for e in events)


def test_the_owner_of_a_voiced_stance_is_not_its_target(code: Code) -> None:
    text = "Peru reiterated Mali's support for the rebels."
    events = [e for e in code(text, SIDES) if e.plover == "SUPPORT"]
    assert events, text
    assert all(e.target is None or e.target.name != "Mali" for e in events)
    assert any(e.target is not None and e.target.name == "rebels" for e in events)


def test_the_owner_of_a_rejected_proposal_stays_the_target(code: Code) -> None:
    text = "Peru rejected Mali's proposal."
    events = [e for e in code(text, SIDES) if e.plover == "REJECT"]
    assert events, text
    assert all(e.target is not None and e.target.name == "Mali" for e in events)
