"""Tests for the quote-recall rules of session 26.

Attributions found by their shape rather than by a cue verb's clause: a noun of speech
before a colon ("Her advice was simple: register early") reports the clause after it for
the noun's holder; a hearsay adverb ("the envoy reportedly met ...") passes a clause on from
no one named; a document that "reads" cues the quote beside it. Cue verbs take the gerund
clause after their preposition ("insisted on seeing the contracts", "admitted to selling
the grain"); a bare noun phrase after it ("apologized for the delay") is still no quote.

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
    ("sentence", "cue", "content", "speaker"),
    [
        (
            "The harbour master's message was blunt: the docks will close by June.",
            "message",
            "the docks will close by June",
            "harbour master",
        ),
        (
            "The governor has a warning for the unions: strike again and the state will sue.",
            "warning",
            "strike again and the state will sue",
            "governor",
        ),
        (
            "Okafor's answer to his critics was short: he would not resign before the vote.",
            "answer",
            "he would not resign before the vote",
            "Okafor",
        ),
    ],
)
def test_a_noun_of_speech_before_a_colon_reports_the_clause_after_it(
    quotes: Callable[[str], tuple[Quote, ...]],
    sentence: str,
    cue: str,
    content: str,
    speaker: str,
) -> None:
    q = _one(quotes(LEAD + sentence), cue)
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.name


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The message was clear: the docks will close by June.",  # no one holds it
        "The plan has three parts: a new port, a rail link and a tax break.",  # no clause
        "The council gave one reason for the delay: the contractor had gone bankrupt.",
    ],
)
def test_a_colon_without_a_held_noun_of_speech_reports_nothing(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str
) -> None:
    assert quotes(LEAD + sentence) == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Ms. Tanaka insisted on seeing the contracts before the vote.",
            "insisted",
            "seeing the contracts before the vote",
        ),
        (
            "The farmer admitted to selling the grain before the harvest was weighed.",
            "admitted",
            "selling the grain before the harvest was weighed",
        ),
        (
            "The senator has mused about abandoning the treaty and restoring the draft.",
            "mused",
            "abandoning the treaty and restoring the draft",
        ),
        (
            "The prime minister apologized for misleading parliament about the arms deal.",
            "apologized",
            "misleading parliament about the arms deal",
        ),
        (
            "The opposition has pushed for lowering the voting age to 16.",
            "pushed",
            "lowering the voting age to 16",
        ),
    ],
)
def test_a_cue_verb_reports_the_gerund_after_its_preposition(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes(LEAD + sentence), cue).text == content


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The airline apologized for the delay.",
        "The crowd pushed toward the gates.",
        "The museum admitted two hundred visitors.",
    ],
)
def test_a_bare_noun_phrase_after_the_preposition_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str
) -> None:
    assert quotes(LEAD + sentence) == ()


@pytest.mark.model
def test_a_hearsay_adverb_passes_on_its_clause_from_no_one_named(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(quotes(LEAD + "The envoy reportedly met rebel leaders in Doha in May."), "report")
    assert q.speaker is None
    assert q.text.startswith("The envoy") and q.text.endswith("in Doha in May")


@pytest.mark.model
def test_a_hearsay_clause_stops_before_a_second_clause_with_its_own_subject(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes(
        LEAD + "The mill has reportedly been fined twice by the regulator, and its owner "
        "is expected to sell it."
    )
    q = _one(found, "report")
    assert q.text.endswith("by the regulator")
    assert "owner" not in q.text


@pytest.mark.model
def test_an_adverb_of_manner_is_no_hearsay(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes(LEAD + "The envoy quietly met rebel leaders in Doha in May.") == ()


@pytest.mark.model
def test_a_document_that_reads_cues_the_quote_beside_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(quotes(LEAD + "“Close the mine now,” the banner reads."), "reads")
    assert q.kind == "direct" and q.text.startswith("Close the mine now")


@pytest.mark.model
def test_reading_a_book_reports_nothing(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes(LEAD + "The captain reads the tide tables every morning.") == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Farmers are worried about losing their land to the new dam.",
            "worried",
            "losing their land to the new dam",
        ),
        (
            "The union is opposed to closing the mill before the winter.",
            "opposed",
            "closing the mill before the winter",
        ),
        (
            "The minister is intent on privatising the railways by 2027.",
            "intent",
            "privatising the railways by 2027",
        ),
    ],
)
def test_an_adjective_of_attitude_reports_its_gerund_clause(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes(LEAD + sentence), cue).text == content


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The committee was critical of the plan.",
        "The mayor devoted his second term to rebuilding the port.",
    ],
)
def test_an_attitude_needs_a_gerund_clause_and_no_deed(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str
) -> None:
    assert quotes(LEAD + sentence) == ()


@pytest.mark.model
def test_a_noun_of_attitude_reports_its_gerund_clause_for_its_holder(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(quotes(LEAD + "Her goal of cutting the deficit by half has slipped away."), "goal")
    assert q.text == "cutting the deficit by half"
    assert q.speaker_span is not None


@pytest.mark.model
def test_a_noun_of_attitude_with_no_holder_reports_nothing(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes(LEAD + "The fear of losing the farm keeps many families awake.") == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The key question is whether voters in the south will turn out in the rain.",
            "question",
            "whether voters in the south will turn out in the rain",
        ),
        (
            "Auditors raised doubts about how the money for the bridge was spent.",
            "doubts",
            "how the money for the bridge was spent",
        ),
    ],
)
def test_a_noun_of_question_reports_the_question_it_raises(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes(LEAD + sentence), cue).text == content


@pytest.mark.model
def test_a_question_about_a_thing_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes(LEAD + "The question of the border was not discussed.") == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The host then asked, “With tanks?”", "asked", "With tanks?"),
        ("The farmer responds cheerfully: “Sure!”", "responds", "Sure!"),
        ("Some in the crowd chanted “Lula! Lula!”", "chanted", "Lula! Lula!"),
    ],
)
def test_a_short_utterance_right_after_its_cue_is_a_quote(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    q = _one(quotes(LEAD + sentence), cue)
    assert q.kind == "direct" and q.text == content


@pytest.mark.model
def test_a_short_scare_quote_after_a_cue_is_still_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes(LEAD + "The minister praised the “new realism” of the unions.")
    assert not any(q.kind == "direct" for q in found)
