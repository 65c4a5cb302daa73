"""Tests for the content boundaries and speakers of session 25.

Where an indirect content ends: an apposition that names the noun before it ("a rival
builder, Harland Marine", "near Boise, Idaho") is part of the noun phrase, while one the
writer adds ("— a plan he floated in May") stays cut; a clause of condition or reason the
parser hung on the cue ("threatened to strike unless ...") goes on with the content; the
terms a source spoke on ("on condition of anonymity") and what follows them do not; a
date in an "on" phrase is no addressee ("vowed on Friday to ..."); a trailing cue reports
only the words after a colon before it (the writer's lead-in stays out).
Speakers: a verb joined by "and" to a passive does not take the passive's agent, and a
quotation mark is never an agent; a speaker phrase does not reach into a clause of its noun
for a name ("tweets criticizing Ana Ruiz" are not Ana Ruiz's); a woman quoted before is not
the "he" who speaks next (titles such as "Miss" tell gender).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quote_helpers import LEAD
from quote_helpers import one_by_cue as _one
from tacitus.quotes.speaker import GENDER_WORD, _title_part
from tacitus.records import Quote


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Officials said the shipyard would be sold to a rival builder, Harland Marine.",
            "the shipyard would be sold to a rival builder, Harland Marine",
        ),
        (
            "The governor said he had just bought a farm near Boise, Idaho.",
            "he had just bought a farm near Boise, Idaho",
        ),
    ],
)
def test_name_apposition_stays_in_the_content(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, content: str
) -> None:
    assert _one(quotes, sentence, "said").text == content


@pytest.mark.model
def test_writers_apposition_is_still_cut(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    for aside in (
        " — a plan she first floated in May.",
        ", a plan that angered the fishing fleet.",
    ):
        text = "The mayor said she would close the old pier" + aside
        assert _one(quotes, text, "said").text == "she would close the old pier"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The union threatened to strike unless the company restores the pension plan.",
            "threatened",
            "to strike unless the company restores the pension plan",
        ),
        (
            "Ms. Duarte vowed on Friday to name a farmer as agriculture minister "
            "if she wins the runoff.",
            "vowed",
            "to name a farmer as agriculture minister if she wins the runoff",
        ),
    ],
)
def test_condition_goes_on_with_the_content(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content


@pytest.mark.model
def test_terms_of_anonymity_are_not_content(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "The aide said the talks had stalled on the condition of anonymity because he "
        "was not authorised to comment."
    )
    assert _one(quotes, text, "said").text == "the talks had stalled"


@pytest.mark.model
def test_trailing_cue_reports_what_follows_a_colon(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Exports held up well last year: shipments of grain rose by a fifth, "
        "according to the census bureau."
    )
    assert _one(quotes, text, "according to").text == "shipments of grain rose by a fifth"


@pytest.mark.model
def test_no_agent_across_and(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "Late on Friday the senator took to social media to accuse the mayor’s office of "
        "being “fooled” by “a fraud” and urge residents to read the auditor’s “secret memo.”"
    )
    q = _one(quotes, text, "urge")
    assert q.speaker is None or "fraud" not in q.speaker.name


@pytest.mark.model
def test_speaker_phrase_does_not_take_a_name_from_its_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "Velt fired off a string of late-night tweets criticizing Carla Mendes, a rival."
    q = _one(quotes, text, "criticizing")
    assert q.speaker is not None and "Mendes" not in q.speaker.name


@pytest.mark.model
def test_a_woman_quoted_before_is_not_he(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "Former Miss Universe Carla Mendes said she had been mocked by the campaign for "
        "years.\n\nThe attacks began in 1996, after the contest.\n\nOn Friday he said the "
        "contest had been a disaster."
    )
    said = [q for q in quotes(text) if q.cue == "said"]
    assert len(said) == 2
    assert said[0].speaker is not None and "Mendes" in said[0].speaker.name
    assert said[1].speaker is None or "Mendes" not in said[1].speaker.name


@pytest.mark.parametrize(
    ("words", "male", "female"),
    [("miss ana ruiz", "", "miss"), ("sir tom, he", "sir", ""), ("mrs. lee", "", "mrs")],
)
def test_titles_tell_gender(words: str, male: str, female: str) -> None:
    found = GENDER_WORD.findall(words)
    assert found[0] == (male, female)


def test_a_title_word_ending_a_name_is_no_title() -> None:
    text = "Tennis great Billie Jean King spoke. Miss Ana Ruiz spoke. She left."
    king = text.index("Billie")
    assert "king" not in _title_part(text, king, king + len("Billie Jean King")).lower()
    ruiz = text.index("Miss")
    assert "Miss" in _title_part(text, ruiz + 5, ruiz + len("Miss Ana Ruiz"))
    she = text.index("She")
    assert _title_part(text, she, she + 3).endswith("She")


@pytest.mark.model
def test_colon_lead_in_is_not_part_of_a_signed_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "The mayor summed up the plan: “We build first and argue later,” she said."
    assert _one(quotes, text, "said").text == "We build first and argue later,"


@pytest.mark.model
def test_relative_clause_after_a_cue_is_not_its_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "“Manners were assumed,” said Gregory Hale, whom the governor appointed to the harbour "
        "board, and who is currently supporting Senator Ana Ruiz."
    )
    assert not any(q.text.startswith("who") for q in quotes(LEAD + text))


@pytest.mark.model
def test_relative_clause_holding_its_cue_is_still_reported(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "The council kept the harbour levy, which the mayor said was unfair to fishermen."
    q = _one(quotes, text, "said")
    assert q.text.endswith("unfair to fishermen")


@pytest.mark.model
def test_subject_after_a_place_is_not_its_title(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes(LEAD + "Most older voters supported Navarro in Ohio, exit polls showed.")
    assert q.speaker is not None and q.speaker.name == "exit polls"
    text = (
        "Jo Lee, the envoy, said the ceasefire would hold. The envoy added that aid would resume."
    )
    added = _one(quotes, text, "added")
    assert added.speaker is not None and added.speaker.name == "Jo Lee"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Both generals saw the loss of the supply convoy during the winter offensive "
            "as a sign of weak planning.",
            "saw",
            "the loss of the supply convoy during the winter offensive as a sign of weak planning",
        ),
        (
            "The mayor described the closure of the pier during the storm as a failure of "
            "planning.",
            "described",
            "the closure of the pier during the storm as a failure of planning",
        ),
    ],
)
def test_as_phrase_goes_past_a_when(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content
