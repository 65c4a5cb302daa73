"""Places, stop 24: one name, one town in an article.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from tacitus.places import _one_sense, gazetteer
from tacitus.places.gazetteer import CITY, Candidate
from tacitus.places.resolve import candidates, rank
from tacitus.places.toponyms import Mention


def _mention(start: int, text: str = "London") -> Mention:
    return Mention(start, start + len(text), start, start, start, text, None, "", False)


def _town(name: str, country: str) -> Candidate:
    towns = [c for c in candidates(gazetteer.load(), name, None) if c.country == country]
    return max((c for c in towns if c.feature == CITY), key=lambda c: c.population)


def test_a_town_named_on_evidence_gives_the_name_elsewhere_its_reading() -> None:
    # "London" alone reads as England's; a mention whose sentence named Canada took
    # Ontario's, so the bare mentions of the same article mean Ontario's too
    gaz = gazetteer.load()
    england, ontario = _town("London", "GBR"), _town("London", "CAN")
    assert rank(candidates(gaz, "London", None))[0][1].id == england.id
    chosen = [(_mention(0), england), (_mention(40), ontario), (_mention(90), england)]
    out = _one_sense(gaz, list(chosen), {0, 1, 2})
    assert [c.id for _, c in out if c is not None] == [ontario.id] * 3


def test_a_mention_a_qualifier_fixed_keeps_its_town() -> None:
    # "Paris, Texas" once and "Paris" in another sentence about France: the qualified
    # mention is no vote and is not moved
    gaz = gazetteer.load()
    france, texas = _town("Paris", "FRA"), _town("Paris", "USA")
    chosen = [(_mention(0, "Paris"), texas), (_mention(50, "Paris"), france)]
    out = _one_sense(gaz, list(chosen), {1})
    assert [c.id for _, c in out if c is not None] == [texas.id, france.id]


def test_mentions_that_agree_are_left_alone() -> None:
    # every mention took the reading by size: nothing to follow, nothing moves
    gaz = gazetteer.load()
    england = _town("London", "GBR")
    chosen = [(_mention(0), england), (_mention(40), england)]
    assert _one_sense(gaz, list(chosen), {0, 1}) == chosen


def test_other_names_are_left_alone() -> None:
    gaz = gazetteer.load()
    ontario, perth = _town("London", "CAN"), _town("Perth", "AUS")
    chosen = [(_mention(0), ontario), (_mention(30, "Perth"), perth)]
    assert _one_sense(gaz, list(chosen), {0, 1}) == chosen
