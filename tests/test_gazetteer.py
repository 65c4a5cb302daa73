"""The offline gazetteer: names, provinces, abbreviations, adjectives, the cache key."""

from __future__ import annotations

import pytest

from tacitus.places import gazetteer
from tacitus.places.gazetteer import ADMIN1, CITY, COUNTRY, REGION, Gazetteer, fold, joined, variant


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer.load()


def test_fold_drops_accents_hyphens_and_case() -> None:
    assert fold("Lashkar Gāh") == "lashkar gah"
    assert fold("Al-Qaim") == "al qaim"
    assert fold("U.S.") == "us"
    assert fold("  Mūsá  Qal‘ah ") == "musa qalah"


def test_alternate_names_reach_small_afghan_towns(gaz: Gazetteer) -> None:
    musa = gaz.lookup("Musa Qala")
    assert musa and all(c.country == "AFG" for c in musa)
    lashkar = [c for c in gaz.lookup("Lashkar Gah") if c.feature == CITY]
    assert lashkar[0].country == "AFG" and lashkar[0].admin1 == "Helmand"
    assert 31 < lashkar[0].lat < 32 and 64 < lashkar[0].lon < 65


def test_provinces_are_entries_with_a_point_inside_their_country(gaz: Gazetteer) -> None:
    (sindh,) = [c for c in gaz.lookup("Sindh") if c.feature == ADMIN1]
    assert sindh.country == "PAK" and 23 < sindh.lat < 29 and 66 < sindh.lon < 72
    assert any(c.feature == ADMIN1 and c.country == "AFG" for c in gaz.lookup("Helmand Province"))


def test_countries_with_their_short_forms(gaz: Gazetteer) -> None:
    for name in ("Pakistan", "U.S.", "UAE", "Britain"):
        assert any(c.feature == COUNTRY for c in gaz.lookup(name)), name
    us = gaz.country_by_iso3("USA")
    assert us is not None and us.geonameid == 6252001


def test_adjectives_and_abbreviations(gaz: Gazetteer) -> None:
    pak = gaz.country_of_adjective("Pakistani")
    assert pak is not None and pak.country == "PAK"
    calif = gaz.abbreviation("Calif.")
    assert calif is not None and calif.country == "USA" and calif.feature == ADMIN1
    assert gaz.abbreviation("Calif") is None  # only the written form with its period


def test_regions_come_from_our_table(gaz: Gazetteer) -> None:
    (gaza,) = [c for c in gaz.lookup("Gaza Strip") if c.feature == REGION]
    assert gaza.country == "PSE"


def test_doha_and_islamabad_have_decoys_ranked_by_more_than_name(gaz: Gazetteer) -> None:
    # the decoys exist: only ranking by population and feature sends these home
    assert {c.country for c in gaz.lookup("Doha")} >= {"QAT", "IND"}
    assert {c.country for c in gaz.lookup("Islamabad")} >= {"PAK", "BGD"}


def test_cache_key_is_stable_and_names_the_data() -> None:
    key = gazetteer.cache_key()
    assert key == gazetteer.cache_key() and len(key) == 16
    assert "place_regions.tsv" in gazetteer.DATA_FILES


def test_variant_keys_join_spellings_of_articles_and_ezafe() -> None:
    assert variant("sharm el sheikh") == variant("sharm al sheikh") == "sharm al sheikh"
    assert variant("mazar i sharif") == variant("mazar e sharif") == "mazar sharif"
    assert variant("kabul") == "kabul"


def test_spelling_variants_find_their_place(gaz: Gazetteer) -> None:
    for name, iso3 in (("Mazar Sharif", "AFG"), ("Sharm al-Sheikh", "EGY"),
                       ("Bandar-e Abbas", "IRN"), ("Deir el-Zor", "SYR")):  # fmt: skip
        assert any(c.country == iso3 for c in gaz.lookup(name)), name


def test_a_provinces_point_ignores_a_stray_town_but_keeps_its_sparse_north() -> None:
    from tacitus.places.build import Extent

    towns = [(31.5 + k * 0.1, 119.0 + k * 0.1) for k in range(12)]  # a compact province
    plain, strayed = Extent(), Extent()
    for lat, lon in towns:
        plain.add(lat, lon, 1000)
        strayed.add(lat, lon, 1000)
    strayed.add(32.0, 111.0, 500)  # one town filed far west of the rest
    assert strayed.midpoint() == pytest.approx(plain.midpoint())
    assert strayed.pop == plain.pop + 500
    north = Extent()
    for lat, lon in [*towns, (34.5, 120.0), (36.8, 120.2), (39.1, 120.5)]:  # a chain of towns
        north.add(lat, lon, 1000)
    assert north.midpoint()[0] > plain.midpoint()[0] + 1.0  # the sparse north still counts


def test_a_province_across_the_antimeridian_keeps_its_middle() -> None:
    from tacitus.places.build import Extent

    e = Extent()
    for lon in (178.5, 179.5, -179.5, -178.5):
        e.add(-17.0, lon, 100)
    lat, lon = e.midpoint()
    assert lat == pytest.approx(-17.0)
    assert abs(lon) > 179.0


def test_variant_keys_write_saint_fort_and_mount_short() -> None:
    assert variant("saint petersburg") == variant("st petersburg") == "st petersburg"
    assert variant("fort myers") == variant("ft myers")
    assert variant("mount vernon") == variant("mt vernon")
    assert variant("saint") == "saint" and variant("fortaleza") == "fortaleza"


def test_short_and_long_forms_find_the_same_place(gaz: Gazetteer) -> None:
    for short, long in (("St. Petersburg", "Saint Petersburg"), ("Ft. Myers", "Fort Myers"),
                        ("Ft Collins", "Fort Collins")):  # fmt: skip
        ids = {c.geonameid for c in gaz.lookup(long)}
        assert ids and ids & {c.geonameid for c in gaz.lookup(short)}, short


def test_a_name_split_or_joined_finds_its_place(gaz: Gazetteer) -> None:
    assert any(c.country == "ARE" for c in gaz.lookup("Abudhabi"))
    assert any(c.country == "USA" for c in gaz.lookup("Fort Lauder Dale"))  # split
    assert joined("abu dhabi") == "#abudhabi"


def test_short_words_are_never_joined_into_a_place(gaz: Gazetteer) -> None:
    # "So I" and "But I" must not become the one-word towns "Soi" and "Buti"
    assert joined("so i") == ""
    for phrase in ("So I", "But I", "And I", "Am I"):
        assert gaz.lookup(phrase) == [], phrase


def test_seas_ranges_and_rivers_are_regions(gaz: Gazetteer) -> None:
    for name in ("Strait of Hormuz", "Baltic Sea", "Himalayas", "Yangtze River", "Gobi Desert"):
        assert any(c.feature == REGION for c in gaz.lookup(name)), name
