"""Resolution of seas named by their bare head word and of English counties that GeoNames
files under no province of their own name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.gazetteer import REGION
from tacitus.places.resolve import candidates

Parser = Callable[[str], Parse]


def where(text: str, parse_text: Parser) -> dict[str, tuple[str | None, str | None, str | None]]:
    from tacitus.records import Article

    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {p.name: (p.country, p.admin1, p.feature) for _, p in resolved}


def test_a_bare_physical_word_keeps_only_seas_when_there_are_any() -> None:
    gaz = gazetteer.load()
    assert any(c.feature != REGION for c in gaz.lookup("Gulf"))  # a province of that name
    cands = candidates(gaz, "Gulf", None)
    assert cands
    assert all(c.feature == REGION for c in cands)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tankers in the Gulf slowed after Iran seized a ship.",
        "Shipping in the Gulf was disrupted for a third day, traders in Dubai said.",
    ],
)
def test_the_gulf_is_the_sea_not_a_province(text: str, parse_text: Parser) -> None:
    assert where(text, parse_text)["Gulf"][2] == "region"


def test_sussex_has_an_english_entry() -> None:
    cands = candidates(gazetteer.load(), "Sussex", None)
    assert any(c.country == "GBR" for c in cands)


@pytest.mark.model
def test_sussex_beside_english_towns_is_english(parse_text: Parser) -> None:
    text = "Flood warnings were issued in Brighton, Hastings and across Sussex on Sunday."
    assert where(text, parse_text)["Sussex"][0] == "GBR"
