"""Place targets: force aimed at a city or district that no actor names (real parse)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Event, Record

pytestmark = pytest.mark.model

Code = Callable[..., Record]


def _placed(rec: Record) -> list[Event]:
    return [e for e in rec.events if e.target is not None and e.target.id.startswith("place:")]


def _covers(rec: Record, ev: Event, word: str) -> bool:
    assert ev.target is not None
    at = rec.article.text.index(word)
    return any(s <= at < e for s, e in ev.target.mentions)


def test_a_shelled_city_is_the_target_with_its_country(code: Code) -> None:
    rec = code("Russian forces shelled the city of Kharkiv on Tuesday, officials said.")
    placed = _placed(rec)
    assert placed, [(e.cameo, e.target) for e in rec.events]
    ev = placed[0]
    assert ev.root in ("18", "19", "20")
    assert ev.target is not None and ev.target.country == "UKR"
    assert ev.target.kind == "state" and ev.target.country_from == "place"
    assert _covers(rec, ev, "Kharkiv")
    assert ev.rule.endswith("+place")


def test_a_place_phrase_on_the_object_names_the_target(code: Code) -> None:
    rec = code("Islamist militants stormed a village in Homs province on Sunday.")
    placed = _placed(rec)
    assert placed and _covers(rec, placed[0], "Homs")
    assert placed[0].target is not None and placed[0].target.country == "SYR"


def test_a_post_in_a_place_is_its_bodys_with_the_places_country(code: Code) -> None:
    # session 23: "an army post" names the body the act lands on; the place gives its country
    rec = code("Islamist militants stormed an army post in Homs province on Sunday.")
    ev = next(e for e in rec.events if e.target is not None)
    assert _covers(rec, ev, "army post")
    assert ev.target is not None and (ev.target.sector, ev.target.country) == ("MIL", "SYR")


def test_the_scene_of_a_fight_between_two_sides_is_no_target(code: Code) -> None:
    rec = code("Iraqi soldiers and Kurdish fighters clashed in Mosul for three days.")
    assert any(e.root == "19" for e in rec.events)
    assert not _placed(rec)


def test_an_actor_target_is_not_replaced_by_the_place(code: Code) -> None:
    rec = code("Iraqi troops attacked Islamic State fighters near Mosul on Friday.")
    hits = [e for e in rec.events if e.root in ("18", "19")]
    assert hits and all(e.target is not None for e in hits)
    assert not _placed(rec)


def test_a_place_is_no_target_of_a_peaceful_act(code: Code) -> None:
    rec = code("The French president visited Marseille and praised its mayor on Monday.")
    assert not _placed(rec)


def test_a_retreat_is_from_the_place(code: Code) -> None:
    rec = code("Government troops withdrew from the city of Mosul after weeks of fighting.")
    placed = [e for e in _placed(rec) if e.root == "08"]
    assert placed, [(e.cameo, e.target) for e in rec.events]
    assert _covers(rec, placed[0], "Mosul")
    assert placed[0].target is not None and placed[0].target.country == "IRQ"


def test_a_strike_from_a_place_does_not_target_it(code: Code) -> None:
    rec = code("Militants fired rockets from the city of Homs on Saturday.")
    assert not [e for e in _placed(rec) if _covers(rec, e, "Homs")]


def test_a_village_the_knowledge_base_does_not_know_is_a_countryless_target(code: Code) -> None:
    rec = code("Rebel fighters shelled Zarnovo and nearby farms on Sunday.")
    placed = _placed(rec)
    assert placed and _covers(rec, placed[0], "Zarnovo")
    assert placed[0].target is not None and placed[0].target.country is None


def test_an_unnamed_place_is_the_target_by_its_noun(code: Code) -> None:
    rec = code("Syrian troops shelled a crowded refugee camp overnight, residents said.")
    placed = _placed(rec)
    assert placed and _covers(rec, placed[0], "camp")
    assert placed[0].target is not None and placed[0].target.name.endswith("camp")


def test_an_arrest_in_a_city_is_not_aimed_at_the_city(code: Callable[..., Record]) -> None:
    rec = code("Ugandan police detained forty traders in Jinja on Tuesday.")
    arrests = [e for e in rec.events if e.cameo.startswith("173")]
    assert arrests, [(e.cameo, e.source) for e in rec.events]
    assert all(e.target is None or e.target.name != "Jinja" for e in arrests)
