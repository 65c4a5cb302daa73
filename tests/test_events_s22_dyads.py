"""Sides of acts (s22 dyads). Coordinated doers of a cooperative act marked as done
together ("X and Y launched a *joint* operation against Z", "X and Y *jointly* cleared
...") are each other's target, not what they act on; without the mark, or with one doer,
the act keeps the target it is aimed at. The sentences are written for these tests; the
pipeline is the real one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.evaluate.event_sets import best_of
from tacitus.records import Record


def _dyads(record: Record) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover or "", e.source.name if e.source else None, e.target.name if e.target else None)
        for e in best_of(record.events)
    ]


def _has(dyads: list[tuple[str, str | None, str | None]], src: str, tgt: str) -> bool:
    return any(
        s is not None and t is not None and src in s.lower() and tgt in t.lower()
        for _, s, t in dyads
    )


@pytest.mark.parametrize(
    ("text", "source", "partner", "aimed_at"),
    [
        (
            "Belgian forces and the Congolese army launched a joint operation against "
            "militants near Beni.",
            "belgian",
            "congolese",
            "militants",
        ),
        (
            "The Tanzanian army and the Mozambican army conducted joint operations against "
            "the insurgents.",
            "tanzania",
            "mozambican",
            "insurgents",
        ),
    ],
)
def test_joint_act_faces_the_partner(
    code: Callable[..., Record], text: str, source: str, partner: str, aimed_at: str
) -> None:
    got = _dyads(code(text))
    assert _has(got, source, partner), got
    assert not _has(got, source, aimed_at), got


@pytest.mark.parametrize(
    ("text", "source", "aimed_at"),
    [
        # one doer: the joint act has no partner named, its target stays
        (
            "Belgian forces launched a joint operation against militants near Beni.",
            "belgian",
            "militants",
        ),
        # no mark of a joint act: the operation is aimed at the insurgents
        (
            "The Tanzanian army and the Mozambican army conducted operations against the "
            "insurgents.",
            "tanzania",
            "insurgents",
        ),
        # an act of force done jointly is still aimed at its object
        (
            "The Tanzanian army and the Mozambican army jointly attacked the insurgents.",
            "tanzania",
            "insurgents",
        ),
    ],
)
def test_unmarked_or_forceful_act_keeps_its_target(
    code: Callable[..., Record], text: str, source: str, aimed_at: str
) -> None:
    got = _dyads(code(text))
    assert _has(got, source, aimed_at), got


@pytest.mark.parametrize(
    ("text", "target", "not_target"),
    [
        # the speaker's own state will act: the act is aimed at the other party
        (
            "The Turkish foreign minister warned that Ankara would cut ties with the EU if "
            "the talks were frozen.",
            "european union",
            "ankara",
        ),
        (
            "The Hungarian prime minister warned that Budapest would veto the sanctions if "
            "Kyiv blocked the pipeline.",
            "kyiv",
            "budapest",
        ),
        # another party will act: it is the target, as before
        (
            "The Turkish foreign minister warned that the EU would cut ties with Ankara if "
            "the talks were frozen.",
            "european union",
            "ankara",
        ),
        # the warned party named as the object stays the target
        (
            "The Danish prime minister warned Russia that any attack on Greenland would be "
            "met by force.",
            "russia",
            "greenland",
        ),
    ],
)
def test_speaker_state_is_no_target(
    code: Callable[..., Record], text: str, target: str, not_target: str
) -> None:
    got = [d for d in _dyads(code(text)) if d[0] == "THREATEN"]
    assert got, _dyads(code(text))
    assert all(t is not None and target in t.lower() for _, _, t in got), got
    assert not any(t is not None and not_target in t.lower() for _, _, t in got), got


def _target_text(record: Record, trigger: str) -> list[str]:
    text = record.article.text
    return [
        text[s:e]
        for ev in best_of(record.events)
        if ev.trigger.lower() == trigger and ev.target is not None
        for s, e in ev.target.mentions
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # people named by their tie to the doer: the owner pronoun is the doer, not a side
        ("The senator accused his rival of lying about the tax cuts.", "accused", "his rival"),
        ("The general pardoned his former captors in a gesture of peace.", "pardoned", "captors"),
        ("Lisbon asked its European partners for more fire-fighting planes.", "asked", "partners"),
        # a named object stays the target
        ("The senator accused the governor of lying about the tax cuts.", "accused", "governor"),
    ],
)
def test_owned_people_are_the_target(
    code: Callable[..., Record], text: str, trigger: str, target: str
) -> None:
    got = _target_text(code(text), trigger)
    assert any(target in t for t in got), got
    assert not any(t.lower() in ("his", "its", "the senator", "the general") for t in got), got


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a capital after "to"/"from"/"at" of an act with no other target: its government
        (
            "The Dutch government sent another batch of artillery shells to Kyiv on Friday.",
            "sent",
            "Kyiv",
        ),
        (
            "Latvian officials pointed the finger at Moscow for the cyber attack.",
            "pointed",
            "Moscow",
        ),
    ],
)
def test_capital_in_a_phrase_is_the_target(
    code: Callable[..., Record], text: str, trigger: str, target: str
) -> None:
    assert target in _target_text(code(text), trigger)


def test_capital_as_destination_or_other_phrase_is_no_government(
    code: Callable[..., Record],
) -> None:
    # the shells go to a front, not a capital: no state target
    got = _target_text(
        code("The Dutch government sent another batch of artillery shells to the front on Friday."),
        "sent",
    )
    assert "Kyiv" not in got and not any(t == "Ukraine" for t in got), got
    # a journey to a capital: the host state is the target as a visit, not a capital phrase
    record = code("The Polish president flew to Kyiv on Tuesday.")
    assert all(not e.target or e.target.country == "UKR" for e in record.events)
