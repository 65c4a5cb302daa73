"""A name said many times is no evidence for itself: its other mentions' votes stay out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.records import Article


def countries(text: str, parse_text: Callable[[str], Parse], name: str) -> set[str | None]:
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {p.country for m, p in resolved if text[m.start : m.end] == name}


@pytest.mark.model
def test_repeating_a_name_does_not_outvote_the_towns_around_it(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Prices in Paris rose again. Paris shops stayed open. A Paris trader said rents "
        "doubled, and buyers came from Lamar and Tyler to look."
    )
    assert countries(text, parse_text, "Paris") == {"USA"}
    text = "Prices in Paris rose again. Paris shops stayed open, a trader said."
    assert countries(text, parse_text, "Paris") == {"FRA"}
