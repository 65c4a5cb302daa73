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
