"""Which actor is source and which target: sentences written for these tests, the real
parse, stand-in actors (``events_helpers``). Verbs of receiving or undergoing ("received
aid from", "came under attack from") turn the sides round; hosting keeps them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder, standin_actors
from tacitus.events.coder import Candidate, Trigger
from tacitus.events.modality import Mood
from tacitus.events.roles import reroled
from tacitus.events.syntax import ActorIndex
from tacitus.parse import Parse
from tacitus.records import Event
from tacitus.settings import Settings

SIDES: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "Norway": ("NOR", None),
    "Bolivian army": ("BOL", "MIL"),
    "rebels": (None, "REB"),
}


@pytest.fixture(scope="module")
def rules_only(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings(event_model=False))


def dyads(events: tuple[Event, ...]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in events
        if e.plover
    }


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Peru received military aid from Chile on Tuesday.", "Chile", "Peru"),
        ("Norway received a formal letter from Peru last month.", "Peru", "Norway"),
        ("Last week Chile received economic assistance from Norway.", "Norway", "Chile"),
    ],
)
def test_receiving_from_makes_the_giver_the_source(
    rules_only: Code, text: str, giver: str, receiver: str
) -> None:
    got = dyads(rules_only(text, SIDES))
    assert got, text
    assert (giver, receiver) in got
    assert (receiver, giver) not in got


@pytest.mark.parametrize(
    ("text", "verb", "code", "turned"),
    [
        ("The Bolivian army came under attack from rebels near the border.", "came", "190", True),
        (
            "The Bolivian army faced fierce resistance from rebels in the north.",
            "faced",
            "190",
            True,
        ),
        ("The Bolivian army won pledges of support from rebels in the north.", "won", "051", True),
        ("The Bolivian army came to the aid of rebels in the north.", "came", "190", False),
        ("The Bolivian army drove rebels from the border town.", "drove", "190", False),
        ("The Bolivian army gained ground from rebels in the north.", "gained", "190", False),
    ],
)
def test_undergoing_from_turns_the_sides(
    parse_text: Callable[[str], Parse], text: str, verb: str, code: str, turned: bool
) -> None:
    parse = parse_text(text)
    actors = standin_actors(text, SIDES)
    index = ActorIndex.build(actors)
    army, rebels = (next(a for a in actors if a.name == n) for n in ("Bolivian army", "rebels"))
    tok = next(t for t in parse.tokens if t.text == verb)
    trig = Trigger(tok, code, "test", 1.0)
    cand = Candidate(trig, code, army, None, Mood(False, "asserted"), "asserted", 0)
    got = reroled(parse, index, cand)
    if turned:
        assert (got.source, got.target) == (rebels, army)
    else:
        assert got == cand


def test_hosting_keeps_the_host_as_source(rules_only: Code) -> None:
    events = rules_only("Chile received a delegation from Peru in Santiago.", SIDES)
    hosted = [e for e in events if e.cameo == "043"]
    assert hosted
    assert all(e.source is not None and e.source.name == "Chile" for e in hosted)


@pytest.mark.parametrize(
    "text",
    [
        "Chile withdrew its ambassador from Peru on Monday.",
        "Chile criticised Peru over the border dispute.",
    ],
)
def test_other_verbs_keep_the_subject_as_source(rules_only: Code, text: str) -> None:
    got = dyads(rules_only(text, SIDES))
    assert got, text
    assert all(src == "Chile" for src, _ in got)


def test_passive_agent_is_the_source(rules_only: Code) -> None:
    got = dyads(rules_only("Peru was sharply criticised by Norway for the arrests.", SIDES))
    assert ("Norway", "Peru") in got


@pytest.mark.parametrize(
    "text",
    [
        "LIMA (Reuters) - Chile accused Peru on Monday of shelling border villages.",
        "ANKARA (Reuters) - Chile accused Peru on Monday of shelling border villages.",
        "QUITO (AFP) - Chile accused Peru on Monday of shelling border villages.",
        "SANTIAGO, May 3 (AFP) - Chile accused Peru of shelling border villages.",
    ],
)
def test_a_dateline_parsed_as_a_subject_does_not_hide_the_source(
    rules_only: Code, text: str
) -> None:
    known = {**SIDES, "Reuters": (None, "MED"), "AFP": (None, "MED")}
    got = dyads(rules_only(text, known))
    assert ("Chile", "Peru") in got


def test_a_by_phrase_on_the_object_names_the_passive_doer(rules_only: Code) -> None:
    events = rules_only("Peru was hit with new sanctions by Norway last year.", SIDES)
    coded = [e for e in events if e.plover and e.target is not None and e.target.name == "Peru"]
    assert coded
    assert all(e.source is not None and e.source.name == "Norway" for e in coded)


STATE_SIDES: Known = {**SIDES, "Chilean journalists": ("CHL", "MED")}


@pytest.mark.parametrize(
    "text",
    [
        "Three Chilean journalists were arrested in Peru on Sunday.",
        "Two Chilean journalists were detained in Peru last week.",
    ],
)
def test_a_passive_arrest_in_a_country_is_done_by_that_country(rules_only: Code, text: str) -> None:
    got = dyads(rules_only(text, STATE_SIDES))
    assert ("Peru", "Chilean journalists") in got


def test_a_killing_in_a_country_is_not_done_by_that_country(rules_only: Code) -> None:
    got = dyads(rules_only("Three Chilean journalists were killed in Peru on Sunday.", STATE_SIDES))
    assert all(src != "Peru" for src, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Chile marked the anniversary by signing a border treaty with Peru.",
        "Chile opened the summit by accusing Peru of spying.",
    ],
)
def test_a_gerund_after_a_preposition_takes_the_clause_subject(rules_only: Code, text: str) -> None:
    got = dyads(rules_only(text, SIDES))
    assert ("Chile", "Peru") in got


AUTHORITY_SIDES: Known = {
    **SIDES,
    "Peruvian police": ("PER", "COP"),
    "Chilean journalists": ("CHL", "MED"),
    "witnesses": (None, "CVL"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian police said three Chilean journalists were arrested on Sunday.",
        "Peruvian police raided the hotel and three Chilean journalists were detained.",
    ],
)
def test_authorities_reporting_or_acting_did_the_unattributed_passive_act(
    rules_only: Code, text: str
) -> None:
    got = dyads(rules_only(text, AUTHORITY_SIDES))
    assert ("Peruvian police", "Chilean journalists") in got


def test_a_witness_reporting_a_passive_act_did_not_do_it(rules_only: Code) -> None:
    text = "Witnesses said three Chilean journalists were arrested on Sunday."
    got = dyads(rules_only(text, AUTHORITY_SIDES))
    assert all(src != "witnesses" for src, _ in got)


def test_a_passive_act_with_its_own_agent_keeps_it(rules_only: Code) -> None:
    text = "Peruvian police said three Chilean journalists were arrested by the Bolivian army."
    got = dyads(rules_only(text, AUTHORITY_SIDES))
    assert all(src != "Peruvian police" for src, _ in got)


FORCE_SIDES: Known = {**SIDES, "Chilean troops": ("CHL", "MIL"), "Chilean fans": ("CHL", "CVL")}


def test_forces_deployed_in_the_passive_were_deployed_by_their_country(rules_only: Code) -> None:
    got = dyads(rules_only("Chilean troops were deployed along the border with Peru.", FORCE_SIDES))
    assert any(src == "Chilean troops" and tgt != "Chilean troops" for src, tgt in got)


def test_people_other_than_forces_deployed_name_no_doer(rules_only: Code) -> None:
    got = dyads(rules_only("Chilean fans were deployed along the border with Peru.", FORCE_SIDES))
    assert all(src != "Chilean fans" for src, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Chile set up a fund to help Peru.",
        "Chile formed a coalition to fight Peru.",
    ],
)
def test_an_infinitive_on_a_plain_noun_is_done_by_the_clause_subject(
    rules_only: Code, text: str
) -> None:
    got = dyads(rules_only(text, SIDES))
    assert any(src == "Chile" for src, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Chile commenced an offensive against Peru on Monday.",
        "Chile initiated an offensive against Peru on Monday.",
    ],
)
def test_a_light_verb_of_beginning_takes_its_subject_as_the_source(
    rules_only: Code, text: str
) -> None:
    got = dyads(rules_only(text, SIDES))
    assert ("Chile", "Peru") in got
