"""Which actor is the target: sentences written for these tests, the real parse, stand-in
actors (``events_helpers``). A deployment's object is the source's own forces, not its
target; in a conflict an "against" phrase names the target before a "with" or "to" forum;
the target scorer weighs every other actor of the sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder, standin_actors
from tacitus.events.syntax import ActorIndex
from tacitus.events.targets import candidate_pairs, sentence_actors
from tacitus.parse import Parse
from tacitus.records import Event
from tacitus.settings import Settings

SIDES: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "Norway": ("NOR", None),
    "Bolivia": ("BOL", None),
    "Ecuador": ("ECU", None),
    "United Nations": (None, "IGO"),
    "African Union": (None, "IGO"),
    "soldiers": (None, "MIL"),
    "Chilean troops": ("CHL", "MIL"),
    "rebels": (None, "REB"),
    "smugglers": (None, "CRM"),
}


@pytest.fixture(scope="module")
def rules_only(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings(event_model=False))


@pytest.fixture(scope="module")
def with_model(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text)


def dyads(events: tuple[Event, ...], root: str | None = None) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in events
        if e.plover and (root is None or e.cameo.startswith(root))
    }


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Peru sent soldiers to the jungle to fight the rebels.", "rebels"),
        ("Chile deployed Chilean troops along the border to stop the smugglers.", "smugglers"),
        ("Bolivia deployed soldiers on the frontier to deter Peru.", "Peru"),
    ],
)
def test_a_deployment_sends_its_own_forces_at_someone_else(
    rules_only: Code, text: str, target: str
) -> None:
    got = dyads(rules_only(text, SIDES), "15")
    assert got, text
    targets = {t for _, t in got}
    assert target in targets
    assert not targets & {"soldiers", "Chilean troops"}


def test_forces_of_another_country_can_be_the_target_of_a_show_of_force(
    rules_only: Code,
) -> None:
    got = dyads(rules_only("Peru deployed warplanes against Chilean troops.", SIDES), "15")
    assert ("Peru", "Chilean troops") in got


@pytest.mark.parametrize(
    ("text", "forum", "target"),
    [
        (
            "Peru filed a complaint with the United Nations against Chile.",
            "United Nations",
            "Chile",
        ),
        (
            "Ecuador lodged a protest with the African Union against Bolivia.",
            "African Union",
            "Bolivia",
        ),
    ],
)
def test_against_names_the_target_before_the_forum(
    rules_only: Code, text: str, forum: str, target: str
) -> None:
    got = dyads(rules_only(text, SIDES))
    src = text.split()[0]
    assert (src, target) in got
    assert (src, forum) not in got


def test_against_does_not_outrank_the_partner_of_cooperation(rules_only: Code) -> None:
    got = dyads(rules_only("Peru agreed to cooperate with Chile against the smugglers.", SIDES))
    assert ("Peru", "Chile") in got


def test_a_joint_act_with_no_other_target_may_take_the_partner(with_model: Code) -> None:
    got = dyads(with_model("Chile and Peru signed a maritime border treaty in Lima.", SIDES))
    assert ("Chile", "Peru") in got or ("Peru", "Chile") in got


def test_every_other_actor_of_the_sentence_is_a_candidate(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Chile and Peru criticized Bolivia on Monday."
    parse = parse_text(text)
    actors = standin_actors(text, SIDES)
    by_name = {a.name: a for a in actors}
    trig = next(t for t in parse.tokens if t.text == "criticized")
    listed = sentence_actors(parse, ActorIndex.build(actors), parse.sentences[0])
    pairs = candidate_pairs(parse, listed, trig, "111", by_name["Chile"], by_name["Bolivia"])
    feats = {a.name: f for a, f in pairs}
    assert set(feats) == {"Peru", "Bolivia"}
    assert feats["Bolivia"]["current=True"] == 1
    assert "current=False" in feats["Peru"]
