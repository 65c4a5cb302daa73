"""Tests for quote rules added in session 23.

A quoted fragment inside a clause that a parenthetical cue splits ("The mayor, he said,
watched the regatta to see “how fast ...”") is part of that clause: the parser hangs the
cue on the clause's verb as parataxis, so the cue is found beside the climb from the
fragment, and the whole clause, not the fragment alone, is the content.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote

LEAD = "The ferry is late again. "


@pytest.mark.model
def test_fragment_in_a_clause_split_by_a_cue_takes_the_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + 'The mayor, he said, watched the regatta to see "how fast those boats could go."'
    (q,) = quotes(text)
    assert q.cue == "said"
    assert q.text.startswith("watched the regatta to see")
    assert q.text.rstrip(".").endswith("how fast those boats could go")
    assert q.speaker_span is not None
    assert text[slice(*q.speaker_span)] == "he"


@pytest.mark.model
def test_split_direct_quote_stays_in_its_fragments(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + '"We sailed all night," she said, "and we will sail again."'
    qs = quotes(text)
    assert [q.text for q in qs] == ["We sailed all night,", "and we will sail again."]
    assert all(q.cue == "said" and q.kind == "direct" for q in qs)


@pytest.mark.model
def test_cue_after_the_fragment_is_no_aside_of_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = LEAD + 'The council approved "a fair deal" for the docks, he said.'
    (q,) = quotes(text)
    assert q.text == 'The council approved "a fair deal" for the docks'
    assert q.cue == "said"
