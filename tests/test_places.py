"""The places stage: finding toponyms, disambiguating them, and placing events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from tacitus.parse import Parse, build
from tacitus.pipeline import Document
from tacitus.places import article_places, gazetteer, make_stage
from tacitus.places.attach import attach
from tacitus.places.recognise import find
from tacitus.places.resolve import Context, resolve
from tacitus.records import Article, Event, Place, RawArticle
from tacitus.settings import Settings

Parser = Callable[[str], Parse]


def places_of(text: str, parse_text: Parser) -> dict[str, Place]:
    """Resolved places of a text, keyed by the name as written."""
    gaz = gazetteer.load()
    resolved, _ = article_places(gaz, parse_text(text), Article("t", text))
    return {p.name: p for _, p in resolved}


def test_gazetteer_match_without_ner() -> None:
    # a hand-built parse with no entity labels: the gazetteer alone finds the town
    text = "Fighters seized Musa Qala yesterday."
    parse = build(
        text,
        [
            ("Fighters", "fighter", "NOUN", "nsubj", 1, ""),
            ("seized", "seize", "VERB", "ROOT", 1, ""),
            ("Musa", "Musa", "PROPN", "compound", 3, ""),
            ("Qala", "Qala", "PROPN", "dobj", 1, ""),
            ("yesterday", "yesterday", "NOUN", "npadvmod", 1, ""),
            (".", ".", "PUNCT", "punct", 1, ""),
        ],
    )
    (m,) = find(parse, text, gazetteer.load())
    assert m.text == "Musa Qala"


def test_resolution_prefers_the_article_country() -> None:
    gaz = gazetteer.load()
    lebanon, libya = Context({"LBN": 2.0}), Context({"LBY": 2.0})
    assert (c := resolve(gaz, "Tripoli", lebanon)) is not None and c.country == "LBN"
    assert (c := resolve(gaz, "Tripoli", libya)) is not None and c.country == "LBY"
    pakistan, india = Context({"PAK": 1.0}), Context({"IND": 1.0})
    assert (c := resolve(gaz, "Hyderabad", pakistan)) is not None and c.country == "PAK"
    assert (c := resolve(gaz, "Hyderabad", india)) is not None and c.country == "IND"


def test_population_and_capitals_beat_decoys_without_context() -> None:
    gaz = gazetteer.load()
    for name, iso3 in (("Doha", "QAT"), ("Islamabad", "PAK"), ("Kabul", "AFG")):
        c = resolve(gaz, name, Context())
        assert c is not None and c.country == iso3 and c.feature_name == "city", name


@pytest.mark.model
def test_tripoli_follows_lebanese_or_libyan_context(parse_text: Parser) -> None:
    lebanese = "Gunmen clashed in Tripoli on Sunday. Lebanese troops were sent from Beirut."
    libyan = "Militias clashed in Tripoli on Sunday. Libyan troops were sent from Benghazi."
    assert places_of(lebanese, parse_text)["Tripoli"].country == "LBN"
    assert places_of(libyan, parse_text)["Tripoli"].country == "LBY"


@pytest.mark.model
def test_hyderabad_and_georgia_follow_their_neighbours(parse_text: Parser) -> None:
    sindh = "Floods cut roads near Hyderabad, and officials in Karachi asked Sindh for help."
    telangana = "Police in Hyderabad arrested six men, officials in Telangana and Mumbai said."
    assert places_of(sindh, parse_text)["Hyderabad"].country == "PAK"
    assert places_of(telangana, parse_text)["Hyderabad"].country == "IND"
    caucasus = "Georgia recalled its envoy to Moscow after protests in Tbilisi."
    south = "Voters in Atlanta and Savannah said Georgia would decide the Senate race."
    assert places_of(caucasus, parse_text)["Georgia"].country == "GEO"
    georgia = places_of(south, parse_text)["Georgia"]
    assert georgia.country == "USA" and georgia.feature == "admin1"


@pytest.mark.model
def test_afghan_places_ner_mislabels_are_found(parse_text: Parser) -> None:
    text = (
        "Taliban fighters attacked Lashkar Gah, the capital of Helmand province, "
        "a day after they overran Musa Qala. Negotiators met in Doha and Islamabad."
    )
    got = places_of(text, parse_text)
    assert got["Lashkar Gah"].country == "AFG" and got["Lashkar Gah"].admin1 == "Helmand"
    assert got["Musa Qala"].country == "AFG"
    assert got["Helmand"].feature == "admin1"
    assert got["Doha"].country == "QAT" and got["Islamabad"].country == "PAK"


@pytest.mark.model
def test_people_named_like_towns_are_not_places(parse_text: Parser) -> None:
    text = "President Jackson met Antony J. Blinken and Mr Lincoln in Cairo."
    assert set(places_of(text, parse_text)) == {"Cairo"}


@pytest.mark.model
def test_abbreviated_state_and_province_context(parse_text: Parser) -> None:
    text = "A tornado hit Glasgow, Ky., on Tuesday. Kentucky officials said roads were closed."
    got = places_of(text, parse_text)
    assert got["Glasgow"].country == "USA" and got["Glasgow"].admin1 == "Kentucky"
    assert got["Ky."].feature == "admin1"


def _event(text: str, trigger: str) -> Event:
    start = text.index(trigger)
    return Event("e", None, None, "190", "19", None, 4, -10.0, False, "asserted", text,
                 (start, start + len(trigger)), trigger, 0.5, "test")  # fmt: skip


@pytest.mark.model
def test_dateline_resolved_and_events_placed(parse_text: Parser) -> None:
    text = (
        "KABUL: Troops clashed with fighters in Lashkar Gah on Monday. "
        "The talks resumed on Tuesday."
    )
    dateline = Place(name="KABUL", mentions=((0, 5),))
    doc = Document(
        RawArticle("t", text=text),
        article=Article("t", text, dateline=dateline),
        parse=parse_text(text),
        events=(_event(text, "clashed"), _event(text, "resumed")),
    )
    out = make_stage(Settings())(doc)
    assert out.article is not None and out.article.dateline is not None
    kabul = out.article.dateline
    assert kabul.country == "AFG" and kabul.lat is not None and kabul.mentions == ((0, 5),)
    clashed, resumed = out.events
    assert clashed.place is not None and clashed.place.name == "Lashkar Gah"
    assert clashed.place_precision == "clause"
    assert resumed.place == kabul and resumed.place_precision == "dateline"
    assert any(p.name == "Lashkar Gah" for p in out.places)


@pytest.mark.model
def test_sentence_level_place_when_the_clause_has_none(parse_text: Parser) -> None:
    text = "In Kandahar, officials said that the militants attacked a convoy."
    parse = parse_text(text)
    resolved, _ = article_places(gazetteer.load(), parse, Article("t", text))
    ev = _event(text, "attacked")
    (placed,) = attach(parse, (ev,), resolved, None)
    assert placed.place is not None and placed.place.name == "Kandahar"
    assert placed.place_precision in ("clause", "sentence")
    kept = replace(ev, place=Place(name="X"))
    assert attach(parse, (kept,), resolved, None)[0].place == Place(name="X")


def test_seas_straits_and_ranges_resolve_to_their_region(parse_text: Parser) -> None:
    text = (
        "Tankers slowed in the Strait of Hormuz on Monday, while a storm over the North Sea "
        "grounded helicopters. Climbers on Mt. Everest were told to turn back."
    )
    places = places_of(text, parse_text)
    for name, lat, lon in (("Strait of Hormuz", 26.6, 56.3), ("North Sea", 56, 3),
                           ("Mt. Everest", 28, 86.9)):  # fmt: skip
        p = places.get(name)
        assert p is not None and p.lat is not None and p.lon is not None, (name, places)
        assert abs(p.lat - lat) < 2 and abs(p.lon - lon) < 2, (name, p)


def test_a_short_fort_or_mount_split_by_the_tokenizer_stays_one_name(parse_text: Parser) -> None:
    text = "Storms cut power in Ft. Lauderdale and near Mt. Vernon, Ohio, on Sunday."
    places = places_of(text, parse_text)
    assert places["Ft. Lauderdale"].country == "USA" and "Lauderdale" not in places, places
    assert places["Mt. Vernon"].country == "USA", places
