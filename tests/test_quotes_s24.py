"""Tests for quote rules added in session 24.

A bare noun phrase object of a cue that takes one is its content when it runs to the
length of a statement ("cited the latest regional jobs report"); a short one ("cited the
report") still reports nothing. A speaker's name as written drops a possessive ending
("Lopez's claim that ...") and what a headline or list puts before it ("Weak - Lopez");
a relative word is never a name (", who   said" goes to the name before it), nor is the
"'s" of "let's".
A complement the parser hangs on a cue across the end of its sentence (two sentences
parsed as one) is the next sentence, not what the cue reports. A cue noun is held by the
one its by- or from-phrase names ("a claim by the harbour board that ..."), and reports
the clause it is said to be ("the council's conclusion was that ..."). A bracketed aside
that ends a content, or a complement that starts inside brackets the cue stands outside
of, is the writer's, not the report's; an aside inside the report stays.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import build
from tacitus.quotes import extract_quotes
from tacitus.quotes.speaker import _name_words
from tacitus.records import Quote

LEAD = "The ferry is late again. "


@pytest.mark.model
def test_object_with_words_after_its_noun_is_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + "The minister cited the latest regional report on jobs."
    (q,) = quotes(text)
    assert q.text == "the latest regional report on jobs"
    assert q.cue == "cited"
    assert q.speaker is not None and q.speaker.name == "minister"


@pytest.mark.model
def test_short_bare_object_is_no_content(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes(LEAD + "The minister cited the report.") == ()
    assert quotes(LEAD + "The harbour board released a review.") == ()
    # however long: a bare noun phrase object is never a quote (the contract)
    assert quotes(LEAD + "The minister cited the latest regional jobs report.") == ()


@pytest.mark.model
def test_possessive_speaker_is_named_without_its_ending(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + "Ana Lopez's warning that the pier would close went unheeded."
    (q,) = quotes(text)
    assert q.text == "that the pier would close"
    assert q.speaker is not None and q.speaker.name == "Ana Lopez"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "holder", "content"),
    [
        (
            "A claim by the harbour board that the pier was safe drew scorn.",
            "harbour board",
            "that the pier was safe",
        ),
        (
            "A warning from the coast guard that the pier was unsafe went unheeded.",
            "coast guard",
            "that the pier was unsafe",
        ),
    ],
)
def test_cue_noun_held_by_its_by_phrase(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, holder: str, content: str
) -> None:
    (q,) = quotes(LEAD + sentence)
    assert q.text == content
    assert q.speaker is not None and q.speaker.name == holder


@pytest.mark.model
def test_cue_noun_reports_the_clause_it_is(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes(LEAD + "The council's conclusion was that the ferry must be sold.")
    assert q.text == "that the ferry must be sold"
    assert q.cue == "conclusion"
    assert q.speaker is not None and q.speaker.name == "council"
    assert quotes(LEAD + "The problem is that the pier is too old.") == ()


@pytest.mark.model
def test_bracketed_aside_at_the_end_is_not_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        LEAD + "The crews are hoping to fix the old pier this summer (along with the tugs,"
        " they rebuilt the north dock last year)."
    )
    (q,) = quotes(text)
    assert q.text == "to fix the old pier this summer"
    assert q.cue == "hoping"


@pytest.mark.model
def test_bracketed_aside_inside_the_content_stays(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes(LEAD + "The mayor said the pier (built in 1920) is unsafe for crews.")
    assert q.text == "the pier (built in 1920) is unsafe for crews"


@pytest.mark.model
def test_relative_word_after_spaces_and_lets_are_no_names(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes(LEAD + "At the dock stood the mayor, Ana Lopez, who   said the pier would close.")
    assert q.speaker is not None and q.speaker.name == "Ana Lopez"
    (q,) = quotes(LEAD + "Let's hope the pier holds until spring.")
    assert q.speaker is not None and q.speaker.name == "we"


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


#: "Crews have no use for old boats, he said. The docks stand empty." parsed as one
#: sentence, the second clause hung on "said" as a second complement.
MERGED = "Crews have no use for old boats, he said. The docks stand empty."
MERGED_ROWS = [
    ("Crews", "crew", "NOUN", "nsubj", 1, ""),
    ("have", "have", "VERB", "ccomp", 9, ""),
    ("no", "no", "DET", "det", 3, ""),
    ("use", "use", "NOUN", "dobj", 1, ""),
    ("for", "for", "ADP", "prep", 3, ""),
    ("old", "old", "ADJ", "amod", 6, ""),
    ("boats", "boat", "NOUN", "pobj", 4, ""),
    (",", ",", "PUNCT", "punct", 9, ""),
    ("he", "he", "PRON", "nsubj", 9, ""),
    ("said", "say", "VERB", "ROOT", 9, ""),
    (".", ".", "PUNCT", "punct", 9, ""),
    ("The", "the", "DET", "det", 12, ""),
    ("docks", "dock", "NOUN", "nsubj", 13, ""),
    ("stand", "stand", "VERB", "ccomp", 9, ""),
    ("empty", "empty", "ADJ", "acomp", 13, ""),
    (".", ".", "PUNCT", "punct", 13, ""),
]


def test_complement_past_the_sentence_end_is_not_the_content() -> None:
    (q,) = extract_quotes(MERGED, build(MERGED, MERGED_ROWS))
    assert q.text == "Crews have no use for old boats"
    assert q.cue == "said"


def test_complement_in_the_same_sentence_is_the_content() -> None:
    text = "He said the docks stand empty."
    rows = [
        ("He", "he", "PRON", "nsubj", 1, ""),
        ("said", "say", "VERB", "ROOT", 1, ""),
        ("the", "the", "DET", "det", 3, ""),
        ("docks", "dock", "NOUN", "nsubj", 4, ""),
        ("stand", "stand", "VERB", "ccomp", 1, ""),
        ("empty", "empty", "ADJ", "acomp", 4, ""),
        (".", ".", "PUNCT", "punct", 1, ""),
    ]
    (q,) = extract_quotes(text, build(text, rows))
    assert q.text == "the docks stand empty"
