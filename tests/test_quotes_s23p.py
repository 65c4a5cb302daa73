"""Tests for the precision rules of session 23 (helper quotesp).

A straight double quote after a no-break space opens a quote, as after any space ("he
said.\xa0"We ..."): scraped news puts one there. A transcript turn of three words or fewer
("RUIZ: Yes.") is a reply, not a statement. A quoted span of eight words or fewer with no
cue and no speaker to carry it from, and no full stop, "!" or "?" at its end, is the
writer's phrase (a term, a name, an item of a list), not a quote; a longer one, a sentence
of its own, or one with a speaker, is still a quote.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.quotes.direct import short_reply
from tacitus.quotes.marks import find_segments
from tacitus.records import Quote


def _inner(text: str) -> list[str]:
    return [text[s.inner[0] : s.inner[1]] for s in find_segments(text)]


def test_straight_quote_after_a_no_break_space_opens() -> None:
    text = '"The pier is shut," the mayor said.\xa0"We will open it again in May."'
    assert _inner(text) == ["The pier is shut,", "We will open it again in May."]


def test_straight_mark_after_a_digit_still_opens_nothing() -> None:
    text = 'The pipe is 3" wide, and the mayor called it "fine" on Monday.'
    assert _inner(text) == ["fine"]


def test_short_reply_counts_words() -> None:
    assert short_reply("Yes.")
    assert short_reply("Thank you, Chris.")
    assert not short_reply("The council has the votes.")


TRANSCRIPT = (
    "KELLER: Will the harbour tax pass this year?\n"
    "RUIZ: Yes.\n"
    "KELLER: Why do you think so?\n"
    "RUIZ: The council has the votes and the mayor wants it done before summer.\n"
)


@pytest.mark.model
def test_a_short_transcript_reply_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    texts = [q.text for q in quotes(TRANSCRIPT)]
    assert "Yes." not in texts
    assert any(t.startswith("The council has the votes") for t in texts)


LEAD = "The ferry is late again.\n\n"


@pytest.mark.model
def test_a_short_quoted_phrase_with_no_cue_or_speaker_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + 'The menu at the pier cafe lists "fresh fish of the day, every day" at the top.'
    assert not [q for q in quotes(text) if "fresh fish" in q.text]


@pytest.mark.model
def test_a_long_quote_with_no_cue_is_still_a_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + (
        '"We have waited on this pier for two hours and nobody from the company '
        'has told us anything at all."'
    )
    assert [q for q in quotes(text) if q.text.startswith("We have waited")]


@pytest.mark.model
def test_a_short_quoted_sentence_with_no_cue_is_still_a_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + '"Nobody told us anything."\n\nThe company has not replied to questions.'
    assert [q for q in quotes(text) if q.text.startswith("Nobody told us")]
