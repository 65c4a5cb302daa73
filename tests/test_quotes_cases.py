"""Attribution on hand-written cases (``fixtures/quotes_cases.jsonl``), one or more a class.

Every passage was written for these tests. A case lists the quotes it holds, each with its
content as written and its speaker by name; a case with no quotes holds a non-speech verb or a
bare noun-phrase object that must yield none. The score is attribution F1: a quote counts
when its content matches at the 0.5 overlap and its speaker has the right name.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tacitus.evaluate.quotes import load_cases, score
from tacitus.records import Record
from tacitus.settings import Settings

CASES = Path(__file__).parent / "fixtures" / "quotes_cases.jsonl"


def test_cases_cover_the_error_classes() -> None:
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 15
    classes = Counter(r["class"] for r in rows)
    for wanted in (
        "speaker named by a title chain",
        "speaker named in apposition",
        "speaker named in a later mention",
        "title when the article never names the speaker",
        "speaker of a statement noun",
        "never a dateline word",
        "never That",
        "non-speech verb",
        "bare noun-phrase object",
        "pronoun to the speaker of the paragraph",
        "nominal cue",
    ):
        assert classes[wanted] >= 1, wanted
    # every content is written in its text, so the cases load
    assert sum(len(g) for _, _, g in load_cases(CASES)) >= 15


@pytest.mark.model
def test_attribution_f1_on_the_hand_written_cases() -> None:
    report = score(CASES, Settings())
    assert report.scores["attribution_f1"] >= 0.9, report.details
    assert report.scores["content_precision_strict"] >= 0.9


@pytest.mark.model
def test_a_role_speaks_for_the_organisation_in_its_phrase(code: Callable[..., Record]) -> None:
    rec = code("The Kenyan army's chief said the border with Somalia was calm on Sunday.")
    (q,) = rec.quotes
    assert q.speaker is not None and "chief" in q.speaker.name
    assert (q.speaker.country, q.speaker.sector) == ("KEN", "MIL")


@pytest.mark.model
def test_evidence_verb_needs_a_subject(code: Callable[..., Record]) -> None:
    rec = code("A new survey of farmers shows that most of them expect a poor harvest.")
    assert [q.cue for q in rec.quotes] == ["shows"]
    rec = code(
        "The ministry closed four schools on Monday, showing that the outbreak is spreading."
    )
    assert rec.quotes == ()
