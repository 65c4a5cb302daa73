"""Tests for quote rules added in session 21: the bare object of a stance verb with a
subject of its own is its content when it names someone ("Lee endorsed Navarro") or runs to
three words ("Lee opposes the harbour tax"); "Lee opposed the tax" still says nothing.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


@pytest.mark.model
def test_stance_verb_object_that_says_something_is_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Governor Mila Hart opposes the tax on harbour fuel.")
    assert q.text == "the tax on harbour fuel"
    assert q.kind == "indirect"
    assert "Hart" in (speaker(q) or "")


@pytest.mark.model
def test_stance_verb_bare_object_is_no_quote(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    # The contract: a content is a clause or a quoted span, never a bare noun phrase
    # object, however long or however named ("endorsed Navarro", "opposes the harbour tax").
    assert quotes("Senator Paul Ekwueme endorsed Navarro on Tuesday.") == ()
    assert quotes("Governor Mila Hart opposes the new harbour fuel tax.") == ()


@pytest.mark.model
def test_short_common_object_of_a_stance_verb_is_still_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("Governor Mila Hart opposes the tax.") == ()


@pytest.mark.model
def test_stance_verb_without_a_subject_quotes_no_one(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes("A small group backing Navarro bought airtime in three counties.")
    assert not any(q.text == "Navarro" for q in found)


@pytest.mark.model
def test_other_cue_verbs_still_need_more_than_a_bare_noun(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The campaign released a video on Monday.") == ()
    assert quotes("Mayor Ines Duarte asked the council.") == ()


@pytest.mark.model
def test_a_cue_with_a_pronoun_subject_inside_a_report_is_part_of_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Senator Ana Ruiz said she had told the board that the budget was too small.")
    assert q.cue == "said"
    assert q.text == "she had told the board that the budget was too small"


@pytest.mark.model
def test_a_cue_with_a_named_subject_inside_a_report_is_a_second_source(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes("Senator Ana Ruiz said the auditors had warned that the budget was too small.")
    assert [q.cue for q in found] == ["said", "warned"]
    assert found[1].text == "that the budget was too small"


@pytest.mark.model
def test_a_headline_label_that_names_a_speaker_is_the_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Navarro: Harbour tax will sink the fishing fleet.\n\n"
        "The governor spoke in Dunmore on Friday."
    )
    found = [q for q in quotes(text) if q.span[0] < text.index("\n")]
    (q,) = found
    assert q.text == "Harbour tax will sink the fishing fleet"
    assert "Navarro" in (speaker(q) or "")


@pytest.mark.model
def test_a_headline_kicker_is_no_speaker(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "BREAKING: Harbour tax will sink the fishing fleet.\n\nThe vote is on Friday."
    assert not [q for q in quotes(text) if q.span[0] < text.index("\n")]


@pytest.mark.model
def test_that_clause_hung_on_the_noun_of_an_adjunct_is_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes(
        "Maria Lund, a former mayor of Dunmore, said in one of a series of posts that the "
        "truck had been stolen."
    )
    assert q.cue == "said"
    assert q.text == "that the truck had been stolen"
    assert "Lund" in (speaker(q) or "")


@pytest.mark.model
def test_relative_that_under_an_adjunct_is_no_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes("Maria Lund said in the posts that she wrote on Monday.")
    assert not any("she wrote" in q.text for q in found)


@pytest.mark.model
def test_a_one_word_headline_label_named_below_is_the_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Okafor: Ruiz should have thanked me for the harbour vote.\n\n"
        "Senator Ada Okafor spoke to reporters in Dunmore on Friday."
    )
    heads = [q for q in quotes(text) if q.span[0] < text.index("\n")]
    assert [q.text for q in heads] == ["Ruiz should have thanked me for the harbour vote"]


@pytest.mark.model
def test_a_headline_label_named_nowhere_is_no_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "Update: The vote count in the Dunmore race is late.\n\nThe count ended at midnight."
    assert not [q for q in quotes(text) if q.span[0] < text.index("\n")]


@pytest.mark.model
def test_a_title_case_headline_with_a_cue_verb_reports_its_words(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Ada Okafor Warns Harbour Tax Will Sink The Fishing Fleet\n\n"
        "Senator Ada Okafor spoke to reporters in Dunmore on Friday."
    )
    heads = [q for q in quotes(text) if q.span[0] < text.index("\n")]
    assert [q.text for q in heads] == ["Harbour Tax Will Sink The Fishing Fleet"]
    assert "Okafor" in (speaker(heads[0]) or "")


@pytest.mark.model
def test_a_headline_verb_that_is_no_cue_reports_nothing(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "Ada Okafor Opens Harbour Museum In Dunmore\n\nThe museum cost four million dollars."
    assert not [q for q in quotes(text) if q.span[0] < text.index("\n")]


@pytest.mark.model
def test_called_for_someone_to_act_reports_the_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Senator Ada Okafor called for the state to build a new harbour wall.")
    assert q.text == "the state to build a new harbour wall"
    assert q.cue == "called"
    assert "Okafor" in (speaker(q) or "")


@pytest.mark.model
def test_an_adverbial_clause_of_another_mark_is_no_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes("Mayor Tom Eke called because the storm had cut the power to the harbour.")
    assert not any("storm" in q.text for q in found)
