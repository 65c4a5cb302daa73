"""Tests for the quote-recall rules of session 25.

A quote's content is a clause or a quoted span, never a bare noun phrase object (the quotes
issue): an adjective of attitude ("remain wary of Moscow") and a stance verb's short object
("back him", "opposes abortion", "rejected the offer") report nothing. A few cue verbs
take an object of their own ("hoped for", "distanced herself from", "named her deputy as",
"identified the driver as"). A cue noun with a that-clause reports it even when no one in
the sentence holds it ("there are fears that the dam will fail"); one with a to-clause
("the plan to expand") still needs a holder. "Made the argument (for years) that ..."
reports the clause the parser hangs on "make", like "made clear that". A cue verb done by a
deed ("responded by recalling its envoy") reports nothing; one done by words ("responded
by saying that ...") reports its gerund's clause, said by the verb's subject.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote

LEAD = "The ferry is late again. "


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Grain traders in Odessa remain wary of Moscow.",
        "The archbishop was sharply critical of the new border rules.",
        "A critical report of the harbour was published on Monday.",
        "Local farmers back him, and the mayor praised it.",
        "The new governor of Sonora opposes abortion.",
    ],
)
def test_a_bare_noun_phrase_object_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str
) -> None:
    assert quotes(LEAD + sentence) == ()


@pytest.mark.model
def test_short_object_with_an_article_still_reports_nothing(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes(LEAD + "The rebel leader rejected the offer and walked out.") == ()


@pytest.mark.model
def test_stance_verb_without_a_subject_reports_nothing(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes(LEAD + "A farmers' group backing them held a rally in Cusco.") == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor hoped for a quick end to the strike.", "a quick end to the strike"),
        (
            "The senator distanced herself from the party's plan to sell the port.",
            "the party's plan to sell the port",
        ),
    ],
)
def test_cue_verb_with_an_object_of_its_own(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, content: str
) -> None:
    assert [q.text for q in quotes(LEAD + sentence)] == [content]


@pytest.mark.model
def test_cue_noun_with_a_that_clause_needs_no_holder(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes(LEAD + "There are growing fears that the old dam above Mostar will fail.")
    assert (q.cue, q.text) == ("fears", "that the old dam above Mostar will fail")
    assert q.speaker is None


@pytest.mark.model
def test_cue_noun_with_a_to_clause_still_needs_a_holder(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes(LEAD + "The plan to expand the harbour was shelved in May.") == ()


@pytest.mark.model
def test_made_the_argument_reports_the_clause_hung_on_make(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes(LEAD + "She has made the argument for years that the levy is unfair.")
    assert q.text == "that the levy is unfair"
    assert q.speaker_span is not None


@pytest.mark.model
def test_made_a_point_of_reports_nothing(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes(LEAD + "He made a point of visiting the mines every spring.") == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Seoul responded to the launch by recalling its envoy.",
        "The union reacted to the ruling by calling a strike.",
        "Quito answered the raid by expelling two diplomats.",
    ],
)
def test_a_cue_verb_done_by_a_deed_reports_nothing(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str
) -> None:
    assert quotes(LEAD + sentence) == ()


@pytest.mark.model
def test_a_cue_verb_done_by_saying_still_reports(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + "The minister responded to critics by saying that the budget had grown."
    (q,) = quotes(text)
    assert q.text == "that the budget had grown"  # the gerund's clause, not "critics by ..."
    assert q.speaker_span is not None
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "The minister"
