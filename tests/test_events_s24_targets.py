"""Targets that are things or places no actor names (s24 targets, :mod:`.events.objects`).
An act that lands on a thing or a place ("attacked the refinery", "imposed a curfew on the
port") takes that phrase as its target, through a receiving preposition, an act's own
noun or the wanted act of "vowed to ..."; never a time, an amount or what is handed over,
and never in place of an actor the rules found. The sentences are written for these
tests; the pipeline is the real one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.evaluate.event_sets import best_of
from tacitus.records import Record


def _targets(record: Record) -> list[str | None]:
    return [e.target.name.lower() if e.target else None for e in best_of(record.events)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the direct object of an act of force
        ("Insurgents attacked the oil refinery on Tuesday.", "refinery"),
        # an act named by its noun: the "on" phrase is what it lands on
        ("The governor imposed a curfew on the harbour district after the riots.", "district"),
        # a receiving preposition before the thing handed over
        ("The minister cut water supplies to the northern villages.", "villages"),
        # the wanted act of an intent verb
        ("The general vowed to destroy the tunnels under the border.", "tunnels"),
        # the passive subject receives the act of its "by" agent
        ("The patrol was ambushed by insurgents near the border.", "patrol"),
        # an inquiry "into" a thing
        ("The regulator launched an investigation into the bank.", "bank"),
        # who a demand is made of: the subject of its "that" clause
        ("The union leader demanded that the factory owners raise wages.", "owners"),
        # people the sentence describes with a pronoun
        ("The prime minister vowed to punish those who set fire to the mosque.", "those"),
    ],
)
def test_a_thing_or_place_is_the_target(
    code: Callable[..., Record], text: str, target: str
) -> None:
    got = _targets(code(text))
    assert any(t is not None and target in t for t in got), got


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # a time is not what the act lands on
        ("Rebels attacked on Sunday morning, the army said.", "sunday"),
        # an amount seized is not the target
        ("The Kenyan government seized 40 million dollars, officials said.", "million"),
    ],
)
def test_no_target_from_times_or_amounts(
    code: Callable[..., Record], text: str, not_target: str
) -> None:
    got = _targets(code(text))
    assert not any(t is not None and not_target in t for t in got), got


def test_an_actor_found_by_the_rules_is_kept(code: Callable[..., Record]) -> None:
    got = _targets(code("Turkish jets bombed Kurdish militants near the border."))
    assert any(t is not None and "militants" in t for t in got), got


def test_a_made_target_has_no_country(code: Callable[..., Record]) -> None:
    events = best_of(code("Gunmen stormed the hotel in the capital overnight.").events)
    made = [e.target for e in events if e.target is not None and e.target.kind == "thing"]
    assert made and all(t.country is None for t in made), events


def test_the_other_side_of_a_deal_is_the_target(code: Callable[..., Record]) -> None:
    text = "The Colombian government and the armed groups signed a ceasefire in Havana."
    got = _targets(code(text))
    assert any(t is not None and "armed groups" in t for t in got), got


def test_the_topic_of_a_deal_is_not_its_target(code: Callable[..., Record]) -> None:
    for text in (
        "The Peruvian government signed a deal on the copper mines.",
        "The Chilean government reached an agreement on the copper mines.",
    ):
        events = best_of(code(text).events)
        assert events, text  # an event, with no target made from its topic
        assert not any(e.target is not None and "mines" in e.target.name for e in events)


def test_people_killed_in_a_place_are_the_target_in_its_country(
    code: Callable[..., Record],
) -> None:
    events = best_of(code("Gunmen killed two tourists in Peshawar on Monday.").events)
    hit = [e.target for e in events if e.target is not None and "tourists" in e.target.name]
    assert hit and all(t.country == "PAK" for t in hit), events


def test_the_passive_subject_is_the_target_of_its_by_agent(
    code: Callable[..., Record],
) -> None:
    text = "The governor was stabbed in the neck by a young man outside his office."
    events = best_of(code(text).events)
    assert events, text
    for e in events:
        assert e.source is None or "governor" not in e.source.name, e
    assert any(e.target is not None and "governor" in e.target.name for e in events), events


def test_the_people_an_appeal_is_made_to_are_its_target(code: Callable[..., Record]) -> None:
    text = "The Kenyan president urged his rivals to free the jailed journalists."
    got = _targets(code(text))
    assert any(t is not None and "rivals" in t for t in got), got
    assert not any(t is not None and "journalists" in t for t in got), got


def test_the_place_a_journey_ends_in_is_no_thing_target(code: Callable[..., Record]) -> None:
    text = "The Dutch minister arrived in Springfield for talks."
    events = best_of(code(text).events)
    assert events, text
    assert not any(e.target is not None and e.target.kind == "thing" for e in events), text
