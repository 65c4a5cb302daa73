"""Sides of acts told beside another act (s21). A "between" pair the parser hangs on the
object of a nominal event's own preposition ("clashes on the border between X and Y") names
the parties of the event when they are forces, groups or people; between places ("the road
between A and B") it names no parties. An act told in a time phrase or clause ("days after
X attacked Y") takes its target from that phrase, not from the main clause's actors. The
sentences are written for these tests; the pipeline is the real one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Record


def _noun_events(record: Record, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in record.events
        if e.trigger.lower() == trigger
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Clashes on the border between Indian and Chinese troops left nine dead.",
            "clashes",
        ),
        (
            "Fighting near the dam between Armenian and Azerbaijani troops resumed on Sunday.",
            "fighting",
        ),
    ],
)
def test_hung_between_pair_are_the_parties(
    code: Callable[..., Record], text: str, trigger: str
) -> None:
    got = _noun_events(code(text), trigger)
    assert got, f"no {trigger!r} event in {text!r}"
    assert all(s is not None and t is not None for s, t in got), got


def test_between_places_is_no_pair(code: Callable[..., Record]) -> None:
    text = "An ambush on the road between Kabul and Jalalabad killed three police officers."
    got = _noun_events(code(text), "ambush")
    assert all(s is None for s, _ in got), got


def test_act_in_a_time_phrase_keeps_its_target_inside(code: Callable[..., Record]) -> None:
    text = (
        "The Norwegian envoy met Sudan's foreign minister in Cairo on Monday, days after "
        "Sudanese and Chadian troops attacked a border post."
    )
    record = code(text)
    attacks = [e for e in record.events if e.trigger.lower() == "attacked"]
    assert attacks, "no attack coded"
    assert all(e.target is None or "minister" not in e.target.name for e in attacks), [
        (e.source and e.source.name, e.target and e.target.name) for e in attacks
    ]
    met = [e for e in record.events if e.trigger.lower() == "met"]
    assert met and met[0].target is not None and "minister" in met[0].target.name
