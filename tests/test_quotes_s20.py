"""Tests for cue kinds and content boundaries added in session 20: a quote that opens the
clause its cue reports, "made clear that", "made the case that" and cue nouns held through
a preposition ("in the hope that").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


@pytest.mark.model
def test_quote_that_opens_its_clause_takes_the_words_after_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes('Senator Ada Pike says "the tide is turning" despite her defeat in Ohio.')
    assert q.text.startswith("the tide is turning")
    assert q.text.endswith("despite her defeat in Ohio")
    assert "Ada Pike" in (speaker(q) or "")


@pytest.mark.model
def test_whole_sentence_quote_keeps_its_own_bounds(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes('"The dam will hold," the engineer said as the river rose past the bank.')
    assert q.text.rstrip(",") == "The dam will hold"


@pytest.mark.model
def test_made_clear_reports_the_clause(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("The governor made clear that she would veto the budget.")
    assert q.text == "that she would veto the budget"
    assert q.cue == "made clear"
    assert speaker(q) is not None and "governor" in (speaker(q) or "")


@pytest.mark.model
def test_made_it_clear_speaks_for_the_subject_not_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Mayor Tomas Berg made it clear that the library would stay open.")
    assert q.text == "that the library would stay open"
    assert "Berg" in (speaker(q) or "")


@pytest.mark.model
def test_made_without_a_clear_adjective_is_no_cue(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The bakery made bread for the whole village every morning.") == ()


@pytest.mark.model
def test_the_case_that(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Senator Ivo Marsh made the case that the tax cut would pay for itself.")
    assert q.text == "that the tax cut would pay for itself"
    assert "Marsh" in (speaker(q) or "")


@pytest.mark.model
def test_cue_noun_held_through_a_preposition(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Rita Oyelaran voted for the bill in the hope that it would be amended.")
    assert q.text == "that it would be amended"
    assert "Oyelaran" in (speaker(q) or "")


@pytest.mark.model
def test_cue_noun_after_a_preposition_of_time_has_no_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    # "amid fears that": whose fears the sentence does not say; the vote holds none
    found = quotes("The vote went ahead amid fears that the count would be delayed.")
    assert all(q.cue != "fears" for q in found)


@pytest.mark.model
def test_bare_object_is_still_no_quote(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes("The union rejected the offer on Tuesday.") == ()


@pytest.mark.model
def test_to_clause_of_one_verb_is_content(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("The shipping firm Norvale declined to comment.")
    assert q.text == "to comment"
    assert q.cue == "declined"


@pytest.mark.model
def test_two_words_without_a_to_clause_are_no_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The board decided quickly.") == ()


@pytest.mark.model
def test_relative_clause_with_its_speaker_inside(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "The strike, which union leaders say was the longest in a decade, ended on Friday."
    (q,) = quotes(text)
    assert q.text == "was the longest in a decade"
    assert q.cue == "say"
    assert "union leaders" in (speaker(q) or "")


@pytest.mark.model
def test_parenthetical_cue_keeps_one_span(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("The new levy, she said, is unfair to small farmers.")
    assert q.text.startswith("The new levy")
    assert q.text.endswith("is unfair to small farmers")


@pytest.mark.model
def test_call_with_a_quoted_name_for_its_object(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        'The campaign has targeted the north, calling local officials "cowards" and '
        "threatening to cut their funding."
    )
    called = [q for q in quotes(text) if q.cue == "calling"]
    assert len(called) == 1
    assert called[0].text.startswith("local officials")
    assert "cowards" in called[0].text


@pytest.mark.model
def test_call_with_a_bare_object_is_no_quote(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes("The mayor called a press conference on Monday.") == ()


@pytest.mark.model
def test_cue_adjective_of_feeling(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Councillor Hana Lind was sure that the new ferry would pay for itself.")
    assert q.text == "that the new ferry would pay for itself"
    assert "Lind" in (speaker(q) or "")


@pytest.mark.model
def test_cue_noun_of_refusal(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Omar Reyes stood by his refusal to testify before the harbour board.")
    assert q.text == "to testify before the harbour board"
    assert "Reyes" in (speaker(q) or "")
