"""Actors that carry the right country: leaders of 1945-2014, national NGOs, and countries
from the passage (real spaCy model, sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.actors.kb import load_kb
from tacitus.records import Actor

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


def named(found: tuple[Actor, ...], word: str) -> Actor:
    hits = [a for a in found if word in a.name or any(word in x for x in a.aliases)]
    assert hits, [(a.name, a.country) for a in found]
    return hits[0]


def test_leaders_file_holds_dated_heads_the_reference_lacks() -> None:
    kb = load_kb(())
    for name, iso in (
        ("Kwame Nkrumah", "GHA"),
        ("Jomo Kenyatta", "KEN"),
        ("Park Chung-hee", "KOR"),
    ):
        entry = kb.by_name.get(name.lower())
        assert entry is not None, name
        assert entry.role("1965-06-01").country == iso
    # dated: Obote's two terms
    obote = kb.by_name["milton obote"]
    assert len(obote.roles) == 2 and all(r.country == "UGA" for r in obote.roles)


@pytest.mark.parametrize(
    ("text", "who", "iso"),
    [
        ("Kwame Nkrumah urged the continent's new states to unite.", "Nkrumah", "GHA"),
        ("Houari Boumediene nationalised the oil fields in 1971.", "Boumediene", "DZA"),
        ("In 1961 Park Chung-hee seized power in a coup.", "Park", "KOR"),
        ("Duvalier refused to meet the visiting envoys.", "Duvalier", "HTI"),
    ],
)
def test_a_leader_of_the_cold_war_years_carries_his_country(
    actors: Run, text: str, who: str, iso: str
) -> None:
    a = named(actors(text), who)
    assert a.country == iso and a.country_from == "kb"


def test_a_national_ngo_takes_the_country_its_code_names(actors: Run) -> None:
    found = actors("The ACLU asked a federal judge to halt the deportations.")
    aclu = named(found, "Civil Liberties")
    assert (aclu.sector, aclu.country) == ("NGO", "USA")
    # an international one keeps none
    amnesty = named(actors("Amnesty International condemned the executions."), "Amnesty")
    assert amnesty.sector == "NGO" and amnesty.country is None


@pytest.mark.parametrize(
    ("text", "word", "iso"),
    [
        (
            "Rebels in the Deraa countryside agreed to hand over their heavy weapons.",
            "Rebels",
            "SYR",
        ),
        ("Police in Hodeidah said the gunmen escaped.", "Police", "YEM"),
        ("Marib tribal fighters blocked the road to the oil field.", "fighters", "YEM"),
        ("NSW Premier Ruth Calder announced new border checks.", "Calder", "AUS"),
    ],
)
def test_places_news_names_give_the_country_of_an_actor(
    actors: Run, text: str, word: str, iso: str
) -> None:
    assert named(actors(text), word).country == iso


def test_a_later_places_file_wins_a_shared_name() -> None:
    kb = load_kb(())
    bucket = kb.places.full["jalalabad"]
    assert bucket[0][1].roles[0].country == "AFG"  # the Afghan city, not Kyrgyz Jalal-Abad


def test_a_one_word_person_after_in_is_read_as_the_place_it_names(actors: Run) -> None:
    # NER often tags an unfamiliar town after "in" as a person; the place cue still counts
    found = actors("Police in Marawi detained four men after the blast.")
    assert named(found, "Police").country == "PHL"


def test_a_capital_is_also_a_place_an_act_lands_on(code: Callable[..., object]) -> None:
    kb = load_kb(())
    assert kb.places.full["kabul"][0][1].roles[0].country == "AFG"
    rec = code("Gunmen stormed a hotel in Kabul on Tuesday night.")
    targets = [e.target for e in rec.events if e.target is not None]  # type: ignore[attr-defined]
    assert any(t.name == "Kabul" and t.country == "AFG" for t in targets)
