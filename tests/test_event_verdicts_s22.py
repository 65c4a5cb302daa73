"""A court or jury that *finds* a side guilty or liable reports a verdict (CAMEO 116, find
guilty or liable: ACCUSE), as "convicted" does; "find" with any other complement (bodies
found, a law found unconstitutional) is not a verdict against a side.

Every sentence is written for these tests; the whole default pipeline (real spaCy model,
shipped event model) codes them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import typed_events
from tacitus.records import Record

VERDICTS = [
    "A court in Harare found the opposition leader guilty of treason on Friday.",
    "The court found Serbia liable for the damage to the embassy.",
    "A court in Lahore found the former prime minister guilty of corruption.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_finding_a_side_guilty_is_a_verdict(code: Callable[..., Record], text: str) -> None:
    coded = typed_events(code(text))
    assert ("found", "ACCUSE", "116") in coded, (text, coded)


OTHER_FINDS = [
    "The court found the new election law unconstitutional.",
    "Rescuers found the missing climbers alive on the north face.",
]


@pytest.mark.parametrize("text", OTHER_FINDS)
def test_other_finds_are_not_verdicts(code: Callable[..., Record], text: str) -> None:
    coded = typed_events(code(text))
    assert not [c for c in coded if c[0] == "found" and c[2] == "116"], (text, coded)
