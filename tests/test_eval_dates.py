"""Tests for the TimeBank scorer of the dates stage (on a TimeML file written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.evaluate.dates import read_tml, score
from tacitus.settings import Settings

GOLD = Path(__file__).parent / "fixtures" / "timebank"


def test_read_tml_strips_tags_and_keeps_offsets() -> None:
    doc = read_tml(GOLD / "demo1.tml")
    assert doc.dct == "2021-03-14"
    assert '"floated"' in doc.text and "<" not in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "2021-03-12"),
        ("last year", "DATE", "2020"),
        ("three months", "DURATION", "P3M"),
        ("soon", "DATE", "FUTURE_REF"),
        ("1911", "DATE", "1911"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


@pytest.mark.model
def test_score_counts_non_date_values_as_misses_only_in_the_all_figure() -> None:
    report = score(GOLD, Settings())
    assert report.scores["value_accuracy"] == 1.0  # Friday, last year, 1911
    assert report.scores["value_accuracy_all"] == 0.75  # "soon" (FUTURE_REF) is missed
    assert report.scores["detection_recall"] == 0.75
    assert report.scores["detection_precision"] == 1.0
    assert any("FUTURE_REF" in line for line in report.details)
