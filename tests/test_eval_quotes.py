"""Tests for the PolNeAR-style quotes scorer (brat standoff), on files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.evaluate.quotes import (
    Gold,
    Tally,
    attributions,
    load_cases,
    overlap_ratio,
    read_ann,
    score,
    strict_match,
)
from tacitus.records import Actor, Quote
from tacitus.settings import Settings

TEXT = (
    "“The dam is safe,” engineer Lena Roth said. "
    "Villagers said the water rose all night. The mayor called for calm."
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _ann() -> str:
    c1, s1, q1 = _span("“The dam is safe,”"), _span("engineer Lena Roth"), _span("said")
    c2, s2 = _span("the water rose all night"), _span("Villagers")
    q2 = (s2[1] + 1, s2[1] + 5)
    c3 = _span("the"), _span("water")  # a content in two fragments
    rows = [
        f"T1\tContent {c1[0]} {c1[1]}\tx",
        f"T2\tSource {s1[0]} {s1[1]}\tx",
        f"T3\tCue {q1[0]} {q1[1]}\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        f"T4\tContent {c2[0]} {c2[1]}\tx",
        f"T5\tSource {s2[0]} {s2[1]}\tx",
        f"T6\tCue {q2[0]} {q2[1]}\tsaid",
        "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5",
        f"T7\tContent {c3[0][0]} {c3[0][1]};{c3[1][0]} {c3[1][1]}\tx",
        "E3\tAttribution:T7 Content:T7",
    ]
    return "\n".join(rows) + "\n"


def test_read_ann_links_spans(tmp_path: Path) -> None:
    path = tmp_path / "a.ann"
    path.write_text(_ann(), encoding="utf-8")
    gold = read_ann(path, TEXT)
    assert len(gold) == 3
    assert gold[0].cue == "said" and TEXT[slice(*gold[0].source[0])] == "engineer Lena Roth"
    assert len(gold[2].content) == 2 and gold[2].source == []


def test_tally_counts_overlap_and_speakers() -> None:
    roth = Actor("a1", "Lena Roth", mentions=(_span("Lena Roth"),))
    gold = [
        Gold([_span("The dam is safe")], "said", [_span("engineer Lena Roth")]),
        Gold([_span("the water rose all night")], "said", [_span("Villagers")]),
        Gold([_span("called for calm")], "called for", [_span("The mayor")]),
    ]
    quotes = (
        Quote(roth, "The dam is safe,", "direct", "said", _span("The dam is safe,")),
        Quote(None, "water rose", "indirect", "said", _span("water rose")),
        Quote(None, "Villagers", "indirect", "said", _span("Villagers")),
    )
    tally = Tally()
    tally.add(TEXT, gold, quotes)
    report = tally.report()
    assert report.scores["content_precision"] == pytest.approx(2 / 3)
    assert report.scores["content_recall"] == pytest.approx(2 / 3)
    assert report.scores["speaker_accuracy"] == pytest.approx(1 / 2)
    assert any("called for 1" in line for line in report.details)
    # at the 0.5 overlap "water rose" (10 of 24 characters) and "Villagers" match nothing
    assert report.scores["content_precision_strict"] == pytest.approx(1 / 3)
    assert report.scores["content_recall_strict"] == pytest.approx(1 / 3)
    assert report.scores["speaker_accuracy_strict"] == pytest.approx(1.0)
    assert any("under 25 characters: 3 " in line for line in report.details)


def test_overlap_ratio_is_shared_over_covered() -> None:
    assert overlap_ratio([(0, 10)], [(0, 10)]) == pytest.approx(1.0)
    assert overlap_ratio([(0, 10)], [(20, 30)]) == 0.0
    assert overlap_ratio([(0, 10)], [(5, 15)]) == pytest.approx(5 / 15)
    assert overlap_ratio([], [(0, 4)]) == 0.0
    # fragments on either side are one union; overlapping fragments count once
    assert overlap_ratio([(0, 4), (6, 10)], [(0, 10)]) == pytest.approx(8 / 10)
    assert overlap_ratio([(0, 6), (4, 10)], [(0, 10)]) == pytest.approx(1.0)


def test_strict_match_at_exactly_half() -> None:
    # shared 10 of 20 covered: half exactly matches; one character less does not
    assert strict_match([(0, 20)], [(0, 10)])
    assert not strict_match([(0, 21)], [(0, 10)])
    assert not strict_match([(0, 10)], [(5, 15)])  # any overlap, but a third only
    assert strict_match([(0, 10), (30, 40)], [(0, 10), (30, 42)])


def test_split_quote_is_one_predicted_attribution() -> None:
    she = (20, 28)
    quotes = (
        Quote(None, "first half", "direct", "said", (1, 15), she),
        Quote(None, "second half", "direct", "said", (31, 50), she),
        Quote(None, "carried on", "direct", None, (60, 80), she),
        Quote(None, "other", "indirect", "said", (90, 99), (85, 88)),
    )
    # the quote carried on in the same paragraph joins them; after a paragraph break not
    assert attributions(quotes, "x" * 100) == [[0, 1, 2], [3]]
    assert attributions(quotes, "x" * 55 + "\n" + "x" * 44) == [[0, 1], [2], [3]]
    gold = [Gold([(0, 16), (30, 51)], "said", [she])]
    tally = Tally()
    tally.add("x" * 55 + "\n" + "x" * 44, gold, quotes)
    report = tally.report()
    assert report.scores["content_recall_strict"] == pytest.approx(1.0)
    assert report.scores["content_precision_strict"] == pytest.approx(1 / 3)


@pytest.mark.model
def test_score_runs_the_stages_on_a_folder(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "doc1_ab12.ann").write_text(_ann(), encoding="utf-8")
    report = score(tmp_path, Settings())
    assert report.kind == "quotes"
    assert report.scores["content_recall"] == pytest.approx(1.0)
    assert report.scores["speaker_accuracy"] == pytest.approx(1.0)


def test_a_broken_case_line_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"text": "Lee said it rained.", "quotes": [{"content": "it snowed"}]}\n')
    with pytest.raises(InputError, match=r"cases\.jsonl:1"):
        list(load_cases(path))
