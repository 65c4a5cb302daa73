"""Places, session 25: adjectives two countries share, and adjectives of provinces."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.resolve import adjective_country
from tacitus.places.toponyms import shared_adjectives
from tacitus.records import Article, Place

Parser = Callable[[str], Parse]


def adjectival(text: str, parse_text: Parser) -> list[Place]:
    """The places an article's adjectives name, in order."""
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return [p for _, p in resolved if p.use == "adjectival"]


def test_shared_adjectives_come_from_the_country_table() -> None:
    shared = shared_adjectives()
    assert set(shared["congolese"]) == {"COD", "COG"}
    assert set(shared["dominican"]) == {"DOM", "DMA"}
    assert "kenyan" not in shared  # one country's adjective is no shared one


def test_a_shared_adjective_follows_the_votes_else_the_larger_country() -> None:
    gaz = gazetteer.load()
    bare = adjective_country(gaz, "Congolese", {})
    assert bare is not None and bare.country == "COD"  # about 20 times as many people
    small = adjective_country(gaz, "Congolese", {"COG": 1.0, "COD": 0.3})
    assert small is not None and small.country == "COG"
    kenyan = adjective_country(gaz, "Kenyan", {"UGA": 5.0})
    assert kenyan is not None and kenyan.country == "KEN"  # no vote moves a plain one


@pytest.mark.model
def test_congolese_follows_the_towns_the_article_names(parse_text: Parser) -> None:
    east = "Congolese soldiers retreated from Bunia as rebels shelled the road to Beni."
    west = "Congolese police in Brazzaville detained a reporter from Pointe-Noire."
    assert [p.country for p in adjectival(east, parse_text)] == ["COD"]
    assert [p.country for p in adjectival(west, parse_text)] == ["COG"]


@pytest.mark.model
def test_dominican_with_roseau_is_dominica(parse_text: Parser) -> None:
    island = "Dominican ministers met in Roseau after the storm flattened banana farms."
    assert [p.country for p in adjectival(island, parse_text)] == ["DMA"]
    ball = "A Dominican shortstop signed a four-year contract with the club on Friday."
    assert [p.country for p in adjectival(ball, parse_text)] == ["DOM"]


@pytest.mark.parametrize(
    ("word", "iso3", "feature"),
    [
        ("Papuan", "IDN", "admin1"),
        ("Keralite", "IND", "admin1"),
        ("Okinawan", "JPN", "admin1"),
        ("Sichuanese", "CHN", "admin1"),
        ("Galician", "ESP", "admin1"),
        ("Manx", "IMN", "country"),
    ],
)
def test_adjectives_of_provinces_and_islands(word: str, iso3: str, feature: str) -> None:
    c = gazetteer.load().country_of_adjective(word)
    assert c is not None and c.country == iso3 and c.feature_name == feature


@pytest.mark.model
def test_a_province_adjective_is_found_in_text(parse_text: Parser) -> None:
    text = "Okinawan fishermen protested a new runway, and Balinese farmers joined them."
    got = {p.name: p.country for p in adjectival(text, parse_text)}
    assert got == {"Okinawan": "JPN", "Balinese": "IDN"}


def named(text: str, parse_text: Parser) -> dict[str, Place]:
    """The places of a text, keyed by the name as written."""
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {p.name: p for _, p in resolved}


@pytest.mark.model
def test_a_place_inside_an_organisations_name_is_not_output(parse_text: Parser) -> None:
    # the places issue: names of organisations never yield the places inside them
    text = "The Bank of Canada held rates, the Chicago Tribune said on Monday."
    got = named(text, parse_text)
    assert "Canada" not in got and "Chicago" not in got


@pytest.mark.model
def test_a_small_town_inside_an_institutions_name_stays_out(parse_text: Parser) -> None:
    text = "Students at Dalton College and the Bank of Ellijay met the mayor on Friday."
    got = named(text, parse_text)
    assert "Dalton" not in got and "Ellijay" not in got


@pytest.mark.model
def test_a_province_by_its_english_name_before_a_noun(parse_text: Parser) -> None:
    got = named("The Tigray war drove farmers from their land.", parse_text)
    assert got["Tigray"].country == "ETH" and got["Tigray"].feature == "admin1"
    # a common word that names no large province stays a word
    assert named("The Harvest meeting ended early on Monday.", parse_text) == {}


@pytest.mark.model
def test_a_province_by_its_english_name_as_a_head(parse_text: Parser) -> None:
    got = named("Kyiv wants Crimea back, the minister said on Tuesday.", parse_text)
    assert got["Crimea"].country == "UKR" and got["Crimea"].feature == "admin1"


@pytest.mark.model
def test_a_province_with_its_kind_word_follows_the_articles_country(
    parse_text: Parser,
) -> None:
    ghana = "Miners were trapped near Tarkwa in the Western Region, officials in Accra said."
    uganda = "Rebels raided a village in the Western Region of Uganda near Kasese."
    assert named(ghana, parse_text)["Western Region"].country == "GHA"
    assert named(uganda, parse_text)["Western Region"].country == "UGA"
