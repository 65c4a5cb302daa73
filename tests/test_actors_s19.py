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
