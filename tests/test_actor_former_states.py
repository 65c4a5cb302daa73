"""States that no longer exist keep their own codes (SUN, DDR, CSK, YUG), and their old names
that now mean a successor (West Germany, Rhodesia) code as that successor (real spaCy model,
sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Actor

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Soviet Union recalled its ambassador from Beijing.", "Soviet Union", "SUN"),
        ("Moscow said the USSR would not attend the games.", "USSR", "SUN"),
        ("Soviet troops crossed the border at dawn.", "Soviet troops", "SUN"),
        ("East Germany expelled two diplomats.", "East Germany", "DDR"),
        ("Czechoslovakia signed the treaty in Prague.", "Czechoslovakia", "CSK"),
        ("The Yugoslav army withdrew its tanks.", "Yugoslav army", "YUG"),
        ("West Germany protested the arrest of its citizens.", "West Germany", "DEU"),
        ("Rhodesia closed its border with Zambia.", "Rhodesia", "ZWE"),
    ],
)  # fmt: skip
def test_a_former_state_is_its_own_country(actors: Run, text: str, name: str, country: str) -> None:
    found = {n: a for a in actors(text) for n in (a.name, *a.aliases)}
    assert name in found, sorted(found)
    assert found[name].country == country


def test_a_former_state_is_not_read_as_a_union_of_workers(actors: Run) -> None:
    found = {a.name: a for a in actors("The Soviet Union rejected the proposal.")}
    assert found["Soviet Union"].sector != "LAB"
