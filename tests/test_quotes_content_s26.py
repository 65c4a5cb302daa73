"""Tests for the content rules of session 26: what a cue of regarding or recalling reports.

A cue that takes its object as something ("see", "describe", "dismiss", "cast") reports
the object and what it is taken as, also when the object is a pronoun ("dismissed them as
cranks", "described herself as a centrist") and when the parser hung the "as" part on the
cue as a clause of its own ("saw the closure as driven by greed"). A bare pronoun or noun
phrase is still no quote, nor is "such as" listing examples, an as-clause with a subject
of its own (when, not what) or the writer's aside ("as shown by ..."). A verb of recalling
or asking reports the wh-clause the parser hung on it ("remembered when the town had a
cinema"); after other cues "when" tells when.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quote_helpers import LEAD
from quote_helpers import one_starting as _one
from tacitus.records import Quote


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Ortega dismissed them as cranks who fear the new harbour.",
            "dismissed",
            "them as cranks who fear the new harbour",
        ),
        (
            "The new governor of Bahia described herself as a centrist on trade.",
            "described",
            "herself as a centrist on trade",
        ),
        (
            "Half of the miners in the poll identify themselves as independents.",
            "identify",
            "themselves as independents",
        ),
        (
            "In his memoir the general cast himself as a reluctant rebel against the tsar.",
            "cast",
            "himself as a reluctant rebel against the tsar",
        ),
    ],
)
def test_a_pronoun_object_with_an_as_phrase_is_reported(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes(LEAD + sentence), cue).text == content


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Union leaders saw the closure as driven by greed.",
            "saw",
            "the closure as driven by greed",
        ),
        (
            "Many farmers see the party as too timid on water rights.",
            "see",
            "the party as too timid on water rights",
        ),
    ],
)
def test_an_as_clause_after_the_object_is_what_it_is_taken_as(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes(LEAD + sentence), cue).text == content


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor dismissed them.",  # a bare pronoun says nothing
        "The inspectors identified risks such as floods and fires.",  # examples, not a view
        "She saw the ship as it sank into the bay.",  # when, not what
        "The port authority described it.",
    ],
)
def test_no_as_predication_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str
) -> None:
    found = quotes(LEAD + sentence)
    assert not [q for q in found if q.kind == "indirect"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Ruiz remembered when the town still had a cinema and two banks.",
            "remembered",
            "when the town still had a cinema and two banks",
        ),
        (
            "The envoy wondered why the port was still shut.",
            "wondered",
            "why the port was still shut",
        ),
    ],
)
def test_a_wh_clause_after_a_verb_of_recalling_or_asking_is_reported(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes(LEAD + sentence), cue).text == content


@pytest.mark.model
def test_when_after_another_cue_tells_when(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes(LEAD + "The fishermen objected when the vote was called.")
    assert not [q for q in found if q.text.startswith("when")], found
