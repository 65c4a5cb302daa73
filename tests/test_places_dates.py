"""A name inside a date is a place only when it is a major one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.records import Article, Place


def found(text: str, parse_text: Callable[[str], Parse]) -> dict[str, Place]:
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {text[m.start : m.end]: p for m, p in resolved}


@pytest.mark.model
def test_a_month_in_a_date_is_no_town(parse_text: Callable[[str], Parse]) -> None:
    text = "The talks in Kenya will resume on Jan. 15, and the vote is due by Jan. 30."
    got = found(text, parse_text)
    assert "Kenya" in got
    assert not any(name.startswith("Jan") for name in got), sorted(got)
