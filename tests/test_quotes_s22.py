"""Tests for quote rules added in session 22.

An indirect content never crosses a paragraph break: where the parser runs a sentence on
from a quote that closes one paragraph into the next ("“We won.”\\n\\nTurnout fell, he
said."), the content is the words in its cue's paragraph.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote

AFTER_QUOTE = '"We have Okafor."\n\n{}\n\n"These plans worry me," Mr. Okafor said.'


def indirect(qs: tuple[Quote, ...]) -> list[Quote]:
    return [q for q in qs if q.kind == "indirect"]


@pytest.mark.model
def test_content_after_a_quote_paragraph_keeps_its_own_paragraph(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = AFTER_QUOTE.format(
        "Dock workers in the north have little interest in the new levy, he said."
    )
    (q,) = indirect(quotes(text))
    assert q.text == "Dock workers in the north have little interest in the new levy"
    assert q.cue == "said"


@pytest.mark.model
def test_the_same_paragraph_without_a_cue_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = AFTER_QUOTE.format("Dock workers in the north have little interest in the new levy.")
    assert indirect(quotes(text)) == []
    assert [q.text for q in quotes(text)] == ["We have Okafor.", "These plans worry me,"]


@pytest.mark.model
def test_a_cue_before_its_content_still_reports_in_its_paragraph(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = AFTER_QUOTE.format("He said dock workers in the north had little interest in the levy.")
    (q,) = indirect(quotes(text))
    assert q.text == "dock workers in the north had little interest in the levy"


# A stance verb in the passive with someone as its agent: the subject is what the agent is
# for or against, and the agent speaks.


@pytest.mark.model
def test_passive_stance_verb_with_an_agent_reports_its_subject(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("The plan to dredge the harbour was endorsed by the dock workers' union.")
    assert q.text == "The plan to dredge the harbour"
    assert q.cue == "endorsed"
    assert q.speaker is not None and "union" in q.speaker.name


@pytest.mark.model
def test_passive_stance_verb_with_a_bare_subject_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    # a bare noun phrase is never a content, in the passive as in the active
    assert quotes("The harbour plan was endorsed by the dock workers' union on Monday.") == ()
    assert quotes("Maria Navarro was endorsed by Senator Lee on Tuesday.") == ()


@pytest.mark.model
def test_passive_stance_verb_without_an_agent_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The harbour plan was endorsed in May.") == ()


@pytest.mark.model
def test_passive_stance_verb_with_a_thing_as_agent_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The harbour plan was backed by a surge in revenue.") == ()


@pytest.mark.model
def test_passive_cue_with_an_object_reports_its_subject(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("A levy on harbour fuel was announced by the finance ministry on Monday.")
    assert q.text == "A levy on harbour fuel"
    assert q.speaker is not None and "ministry" in q.speaker.name
    # a bare noun phrase subject says nothing
    assert quotes("The new harbour levy was announced by the finance ministry on Monday.") == ()


@pytest.mark.model
def test_passive_cue_without_an_agent_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The new harbour levy was announced on Monday.") == ()


# "respond to": what is responded to, when it says something (the cue table's object).


@pytest.mark.model
def test_respond_to_reports_its_object(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("The ferry company did not respond to requests for comment on the strike.")
    assert q.text == "requests for comment on the strike"
    assert q.cue == "respond"


@pytest.mark.model
def test_respond_to_a_bare_noun_is_no_quote(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes("Fire crews responded to the blaze.") == ()


# "vote for", "vote against", "vote to": a vote tells what the voter is for or against.


@pytest.mark.model
def test_vote_for_reports_what_it_is_for(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Senator Hart voted for a ban on new drilling permits.")
    assert q.text == "a ban on new drilling permits"
    assert q.speaker is not None and "Hart" in q.speaker.name


@pytest.mark.model
def test_vote_to_reports_its_clause(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Senator Hart voted to raise the harbour levy.")
    assert q.text == "to raise the harbour levy"


@pytest.mark.model
def test_vote_for_a_bare_noun_or_a_date_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("Senator Hart voted for the ban.") == ()
    assert quotes("Most residents voted on Monday.") == ()


# "focus on": what a speech, an ad or a speaker dwells on, when it says something.


@pytest.mark.model
def test_focus_on_reports_its_object(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("The new campaign ad focuses on the governor's record on harbour taxes.")
    assert q.text == "the governor's record on harbour taxes"
    assert q.cue == "focuses"


@pytest.mark.model
def test_focus_on_a_bare_noun_is_no_quote(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes("The new campaign ad focuses on taxes.") == ()


# "argue against", "rail against": what the speaker speaks against, when it says something.


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Councillor Vale argued against a new levy on harbour traffic.",
            "a new levy on harbour traffic",
        ),
        (
            "Councillor Vale railed against the plan to close the north ferry.",
            "the plan to close the north ferry",
        ),
    ],
)
def test_speaking_against_reports_its_object(
    quotes: Callable[[str], tuple[Quote, ...]], text: str, content: str
) -> None:
    (q,) = quotes(text)
    assert q.text == content
    assert q.speaker is not None and "Vale" in q.speaker.name


@pytest.mark.model
def test_speaking_against_a_bare_noun_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("Councillor Vale argued against it.") == ()
    assert quotes("Councillor Vale railed against the plan.") == ()


# A noun of stance with a holder ("his criticism of", "her support for"): its object, when it
# names someone or runs to three words, is what the holder is for or against.


@pytest.mark.model
def test_stance_noun_with_a_holder_reports_its_object(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("His attack on the plan to close the ferry drew cheers.")
    assert q.text == "the plan to close the ferry"
    assert q.cue == "attack"
    assert quotes("Her support for Navarro surprised the party.") == ()  # a bare name


@pytest.mark.model
def test_stance_noun_without_a_holder_or_with_a_pronoun_object_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("The criticism of the harbour levy grew on Monday.") == ()
    assert quotes("His criticism of it was muted.") == ()


@pytest.mark.model
def test_a_cue_noun_after_the_object_keeps_its_own_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    # "in the belief that ...": the noun's report, neither the vote's content nor part of it
    (q,) = quotes(
        "Councillor Vale voted against the ferry bill in the belief that it would raise fares."
    )
    assert q.text == "that it would raise fares"
    assert q.cue == "belief"
