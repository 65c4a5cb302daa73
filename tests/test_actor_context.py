"""The country a passage is about, and implied targets: pure functions, no model."""

from __future__ import annotations

from collections import Counter

from tacitus.actors.context import About, dominant, foreign
from tacitus.events.implied import imply_targets
from tacitus.records import Actor, Event


def test_dominant_needs_enough_mentions_and_twice_any_other() -> None:
    assert dominant(Counter({"KEN": 2})) == "KEN"
    assert dominant(Counter({"KEN": 1})) is None
    assert dominant(Counter({"KEN": 1}), need=1) == "KEN"
    assert dominant(Counter({"KEN": 3, "UGA": 2})) is None
    assert dominant(Counter({"KEN": 4, "UGA": 2})) == "KEN"


def test_the_dateline_comes_first_unless_a_sentence_is_placed_elsewhere() -> None:
    about = About("PAK", ("IND", None), ("AFG", None))
    assert about.at(0) == "AFG" and about.at(1) == "PAK"
    assert About(None, ("IND", None), ("AFG", None)).at(0) == "IND"
    assert About(None, ("IND",), ()).at(5) is None


def test_foreign_words() -> None:
    assert foreign("Foreign troops") and foreign("coalition forces")
    assert not foreign("security forces")


def _event(source: Actor | None, cameo: str, target: Actor | None = None) -> Event:
    return Event(
        "e", source, target, cameo, cameo[:2], None, 3, -6.5, False, "asserted", "s", (0, 1),
        "t", 0.5, "r",
    )  # fmt: skip


def test_a_protest_by_society_gets_the_state_and_an_arrest_by_the_state_its_people() -> None:
    students = Actor("a1", "students", kind="group", country="CHL", sector="EDU")
    police = Actor("a2", "police", kind="group", country="CHL", sector="COP")
    gov = Actor("a3", "Chilean government", kind="group", country="CHL", sector="GOV")
    head = Actor("a4", "Ana Quispe", kind="person", country="CHL", sector="GOV")
    actors = (head, gov)
    protest, arrest = imply_targets((_event(students, "141"), _event(police, "173")), actors)
    assert protest.target_implied and protest.target is not None
    assert protest.target.id == "a3"  # the article's own government actor, not its president
    alone = imply_targets((_event(students, "141"),), (head,))[0].target
    assert (
        alone is not None and alone.id == "implied:CHLGOV" and alone.name == "government of Chile"
    )
    assert arrest.target_implied and arrest.target is not None
    assert (arrest.target.country, arrest.target.sector) == ("CHL", "CVL")


def test_no_implied_target_without_a_country_a_domestic_act_or_when_one_is_named() -> None:
    nobody = Actor("a1", "students", kind="group", sector="EDU")
    students = Actor("a2", "students", kind="group", country="CHL", sector="EDU")
    state = Actor("a3", "Chile", kind="state", country="CHL")
    other = Actor("a4", "Peru", kind="state", country="PER")
    events = (
        _event(nobody, "141"),
        _event(students, "042"),
        _event(students, "141", other),
        _event(state, "141"),
        _event(students, "173"),
    )
    assert not [e for e in imply_targets(events, ()) if e.target_implied]
