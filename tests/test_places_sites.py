"""Named sites no gazetteer holds (streets, squares, airports): the town they lie in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.sites import SITE_HEADS, site_runs
from tacitus.records import Article, Place


def found(text: str, parse_text: Callable[[str], Parse]) -> dict[str, Place]:
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {text[m.start : m.end]: p for m, p in resolved}


@pytest.mark.model
def test_a_street_lies_in_the_town_named_before_it(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "Firefighters in Winnipeg were called to a blaze on Pembina Highway late on Monday. "
        "Later a car struck a cyclist on Ellice Avenue, police said."
    )
    got = found(text, parse_text)
    town = got["Winnipeg"]
    for site in ("Pembina Highway", "Ellice Avenue"):
        assert site in got, sorted(got)
        assert (got[site].lat, got[site].lon) == (town.lat, town.lon)
        assert got[site].country == "CAN"
        assert got[site].geonameid is None  # the site is not the town's own entry


@pytest.mark.model
def test_an_airport_serves_the_town_in_its_name(parse_text: Callable[[str], Parse]) -> None:
    text = "Talks opened in Berlin on Tuesday, while troops landed at Kandahar Airport."
    got = found(text, parse_text)
    assert got["Kandahar Airport"].country == "AFG"


@pytest.mark.model
def test_no_town_in_the_article_gives_a_site_no_place(parse_text: Callable[[str], Parse]) -> None:
    got = found("The parade moved slowly along Rosewood Boulevard on Sunday.", parse_text)
    assert "Rosewood Boulevard" not in got


@pytest.mark.model
def test_an_address_is_no_site(parse_text: Callable[[str], Parse]) -> None:
    got = found("In Leeds, the firm moved to 47 Harewood Street last year.", parse_text)
    assert "Leeds" in got
    assert not any(name.endswith("Street") for name in got), sorted(got)
    parse = parse_text("In Leeds, the firm moved to 47 Harewood Street last year.")
    assert site_runs(parse) == []


def test_institutions_are_not_site_heads() -> None:
    assert not {"hospital", "church", "university", "school"} & SITE_HEADS
    assert {"street", "road", "square", "airport"} <= SITE_HEADS


@pytest.mark.model
def test_a_neighborhood_lies_in_the_town_its_sentence_names(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Traffic was heavy in London on Friday. Protesters gathered in Cairo's Zamalek "
        "neighbourhood, and Egyptian police closed the bridges over the Nile."
    )
    got = found(text, parse_text)
    assert got["Zamalek"].country == "EGY"
    assert "neighbourhood" not in " ".join(got)
    text = "A fire broke out in the Northside neighborhood of Gainesville, Ga., on Sunday."
    got = found(text, parse_text)
    assert got["Northside"].country == "USA"
    assert got["Northside"].admin1 == "Georgia"
    assert "neighbourhood" not in " ".join(got)


@pytest.mark.model
def test_a_people_before_neighborhood_is_no_place(parse_text: Callable[[str], Parse]) -> None:
    got = found("The Hispanic neighborhood in Dalton celebrated the holiday.", parse_text)
    assert "Hispanic" not in got
    assert "Dalton" in got
