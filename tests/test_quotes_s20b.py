"""The scorer's predicted attributions: fragments around one cue word are one attribution,
a second cue word makes a second one (PARC counts an attribution by its cue)."""

from __future__ import annotations

import pytest

from tacitus.evaluate.quotes import Gold, Tally, attributions
from tacitus.records import Quote, Span


def _at(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return start, start + len(part)


def _quotes(text: str, speaker: str, kind: str, parts: list[str]) -> tuple[Quote, ...]:
    who = _at(text, speaker)
    return tuple(Quote(None, p, kind, "said", _at(text, p), who) for p in parts)


def test_two_statements_with_two_cue_words_are_two_attributions() -> None:
    text = "The minister said that taxes would fall and said that wages would rise."
    quotes = _quotes(text, "The minister", "indirect", ["taxes would fall", "wages would rise"])
    assert attributions(quotes, text) == [[0], [1]]


def test_second_statement_after_a_comma_and_also_is_apart() -> None:
    text = "Ms Ortiz said the bridge was safe, and she also said, “We will reopen it.”"
    quotes = (
        Quote(
            None,
            "the bridge was safe",
            "indirect",
            "said",
            _at(text, "the bridge was safe"),
            _at(text, "Ms Ortiz"),
        ),
        Quote(
            None,
            "We will reopen it.",
            "direct",
            "said",
            _at(text, "We will reopen it."),
            _at(text, "Ms Ortiz"),
        ),
    )
    assert attributions(quotes, text) == [[0], [1]]


def test_direct_quote_split_around_its_cue_is_one_attribution() -> None:
    text = "“Taxes will fall,” the minister said, “and wages will rise.”"
    quotes = _quotes(text, "the minister", "direct", ["Taxes will fall,", "and wages will rise."])
    assert attributions(quotes, text) == [[0, 1]]


def test_content_split_around_a_parenthetical_cue_is_one_attribution() -> None:
    text = "The harbour plan, officials said, is dead for now."
    quotes = _quotes(text, "officials", "indirect", ["The harbour plan", "is dead for now"])
    assert attributions(quotes, text) == [[0, 1]]


def test_contents_coordinated_under_one_cue_word_are_one_attribution() -> None:
    text = "The minister said that taxes would fall and that wages would rise."
    quotes = _quotes(text, "The minister", "indirect", ["taxes would fall", "wages would rise"])
    assert attributions(quotes, text) == [[0, 1]]


def test_cue_word_inside_the_quoted_words_does_not_count() -> None:
    text = "“The court said no,” the lawyer said, “and we said we would appeal.”"
    quotes = _quotes(
        text, "the lawyer", "direct", ["The court said no,", "and we said we would appeal."]
    )
    assert attributions(quotes, text) == [[0, 1]]


def test_direct_quote_split_around_an_inverted_cue_is_one_attribution() -> None:
    text = "“The roads are open,” said the mayor, “but the schools stay shut.”"
    quotes = _quotes(text, "the mayor", "direct", ["The roads are open,", "but the schools"])
    assert attributions(quotes, text) == [[0, 1]]


def test_a_second_cue_word_in_capitals_still_counts() -> None:
    text = "The mayor said the roads were open. And Said: the schools stay shut."
    quotes = _quotes(text, "The mayor", "indirect", ["the roads were open", "the schools"])
    assert attributions(quotes, text) == [[0], [1]]


def test_quote_carried_on_joins_the_later_statement() -> None:
    text = "The coach said the team was tired and said, “We need rest.” “Badly.”"
    who = _at(text, "The coach")
    quotes = (
        Quote(None, "the team was tired", "indirect", "said", _at(text, "the team was tired"), who),
        Quote(None, "We need rest.", "direct", "said", _at(text, "We need rest."), who),
        Quote(None, "Badly.", "direct", None, _at(text, "Badly."), who),
    )
    assert attributions(quotes, text) == [[0], [1, 2]]


def test_two_statements_each_match_their_gold_attribution() -> None:
    text = "The minister said that taxes would fall and said that wages would rise."
    quotes = _quotes(text, "The minister", "indirect", ["taxes would fall", "wages would rise"])
    gold = [
        Gold([_at(text, "taxes would fall")], "said", [_at(text, "The minister")]),
        Gold([_at(text, "wages would rise")], "said", [_at(text, "The minister")]),
    ]
    tally = Tally()
    tally.add(text, gold, quotes)
    scores = tally.report().scores
    # grouped as one, the union of both would match neither at the 0.5 overlap
    assert scores["content_recall_strict"] == pytest.approx(1.0)
    assert scores["content_precision_strict"] == pytest.approx(1.0)
