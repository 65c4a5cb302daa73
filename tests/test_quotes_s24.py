"""Tests for quote rules added in session 24.

A bare noun phrase object of a cue that takes one is its content when it runs to the
length of a statement ("cited the latest regional jobs report"); a short one ("cited the
report") still reports nothing. A speaker's name as written drops a possessive ending
("Lopez's claim that ...") and what a headline or list puts before it ("Weak - Lopez").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.quotes.speaker import _name_words
from tacitus.records import Quote

LEAD = "The ferry is late again. "


@pytest.mark.model
def test_long_bare_object_is_the_content(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = LEAD + "The minister cited the latest regional jobs report."
    (q,) = quotes(text)
    assert q.text == "the latest regional jobs report"
    assert q.cue == "cited"
    assert q.speaker is not None and q.speaker.name == "minister"


@pytest.mark.model
def test_short_bare_object_is_no_content(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes(LEAD + "The minister cited the report.") == ()
    assert quotes(LEAD + "The harbour board released a review.") == ()


@pytest.mark.model
def test_possessive_speaker_is_named_without_its_ending(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + "Ana Lopez's warning that the pier would close went unheeded."
    (q,) = quotes(text)
    assert q.text == "that the pier would close"
    assert q.speaker is not None and q.speaker.name == "Ana Lopez"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Lopez's", ["Lopez"]),
        ("Tom Reyes’s", ["Tom", "Reyes"]),
        ("the captains'", ["the", "captains"]),
        ("Weak - Lopez", ["Lopez"]),
        ("Update: the harbour board", ["the", "harbour", "board"]),
        ("Tom Reyes", ["Tom", "Reyes"]),
        ("'s", ["'s"]),  # nothing left to strip to: kept as written
    ],
)
def test_name_words(written: str, name: list[str]) -> None:
    assert _name_words(written) == name
