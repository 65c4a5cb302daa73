"""Hand cases written for the places stage, one per error class: ambiguous names, "City,
State", places inside names, landmarks, acronyms, surnames, and how a name is used."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.attach import attach
from tacitus.records import Article, Event, Place

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "places" / "cases.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def places(text: str, parse_text: Callable[[str], Parse]) -> dict[str, Place]:
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    out: dict[str, Place] = {}
    for _, p in resolved:
        out.setdefault(p.name, p)
    return out


def test_the_fixture_covers_every_error_class() -> None:
    classes = {c["class"] for c in CASES}
    assert len(CASES) >= 25
    needed = {"place inside a name", "landmark", "adjectival", "metonymic", "embedded",
              "city, state pattern", "multi-word", "person name", "country vs state"}  # fmt: skip
    assert needed <= classes, needed - classes


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_hand_case(case: dict[str, Any], parse_text: Callable[[str], Parse]) -> None:
    got = places(case["text"], parse_text)
    for want in case.get("places", []):
        place = got.get(want["name"])
        assert place is not None, f"{want['name']} not found in {sorted(got)}"
        for field in ("country", "admin1", "use"):
            if field in want:
                assert getattr(place, field) == want[field], (want["name"], field)
    for name in case.get("absent", []):
        assert name not in got, f"{name} taken for a place"


def _event(text: str, trigger: str) -> Event:
    start = text.index(trigger)
    return Event("e", None, None, "040", "04", None, 1, 1.0, False, "asserted", text,
                 (start, start + len(trigger)), trigger, 0.5, "test")  # fmt: skip


@pytest.mark.model
def test_an_adjectival_country_places_no_event(parse_text: Callable[[str], Parse]) -> None:
    text = "The US envoy met the negotiators on Saturday."
    parse = parse_text(text)
    resolved, _ = article_places(gazetteer.load(), parse, Article("t", text))
    assert any(p.country == "USA" and p.use == "adjectival" for _, p in resolved)
    (ev,) = attach(parse, (_event(text, "met"),), resolved, None)
    assert ev.place is None


@pytest.mark.model
def test_a_metonymic_capital_gives_way_to_the_literal_place(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Washington said it had signed the deal with the rebels in Doha."
    parse = parse_text(text)
    resolved, _ = article_places(gazetteer.load(), parse, Article("t", text))
    uses = {p.name: p.use for _, p in resolved}
    assert uses.get("Washington") == "metonymic" and uses.get("Doha") == "name"
    (ev,) = attach(parse, (_event(text, "signed"),), resolved, None)
    assert ev.place is not None and ev.place.name == "Doha"
