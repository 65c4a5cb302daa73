"""Which side is source and which target, session 21: sentences written for these tests, the
real parse, stand-in actors (``events_helpers``).

- A subject that is an act or a text with its doer in a "by" phrase: the doer is the source.
- A verb of handing over with a "to" phrase: the one who receives is the target.
- Coordinated doers of a two-sided act are each other's target (talks on a topic, an
  agreement about their own troops, a clash, "each other").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder, standin_actors
from tacitus.evaluate.events import best_events
from tacitus.events.coder import Trigger
from tacitus.events.implied import imply_targets
from tacitus.events.roles import deeper_target
from tacitus.events.syntax import ActorIndex
from tacitus.parse import Parse
from tacitus.pipeline import Pipeline
from tacitus.records import Actor, Event, RawArticle
from tacitus.settings import Settings

RIGHTS_GROUP = "Amnesty International"
SIDES: Known = {
    "the rebels": (None, "REB"),
    "Mali": ("MLI", None),
    "Malian": ("MLI", None),
    "Niger": ("NER", None),
    "Chad": ("TCD", None),
    RIGHTS_GROUP: (None, "NGO"),
    "Bolivia": ("BOL", None),
    "Paraguay": ("PRY", None),
    "the Bolivian army": ("BOL", "MIL"),
    "Laos": ("LAO", None),
    "Cambodia": ("KHM", None),
    "Thai": ("THA", None),
    "Vietnam": ("VNM", None),
    "the Red Cross": (None, "NGO"),
    "the United Nations": (None, "IGO"),
    "Uruguay": ("URY", None),
    "Bolivian troops": ("BOL", "MIL"),
    "Paraguayan troops": ("PRY", "MIL"),
}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings())


def pairs(events: tuple[Event, ...], root: str) -> set[tuple[str | None, str | None]]:
    """(source name, target name) of each of the best events (the sentence's main act, as
    the scorers pick it) under the CAMEO root."""
    return {
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in best_events(events)
        if e.cameo.startswith(root)
    }


# -- the doer in a "by" phrase of the subject ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("An attack on a Malian army post by the rebels killed nine soldiers.", "1", "the rebels"),
        ("A report by Amnesty International accused Chad of torture.", "11", RIGHTS_GROUP),
    ],
)
def test_a_by_phrase_in_the_subject_names_the_source(
    code: Code, text: str, root: str, source: str
) -> None:
    found = pairs(code(text, SIDES), root)
    assert found, text
    assert {s for s, _ in found} == {source}


def test_without_a_by_phrase_the_subject_keeps_its_actor(code: Code) -> None:
    text = "An attack on a Malian army post killed nine soldiers near Niger."
    assert "the rebels" not in {s for s, _ in pairs(code(text, SIDES), "1")}
    text = "The Malian report accused Chad of torture."
    assert pairs(code(text, SIDES), "11") == {("Malian", "Chad")}


def test_the_agent_of_a_participle_in_the_subject_is_not_the_source(code: Code) -> None:
    # "a camp run by the rebels": the rebels run the camp, they did not do the act
    text = "Mali, whose camp was run by the rebels, accused Chad of arming them."
    assert pairs(code(text, SIDES), "11") == {("Mali", "Chad")}


# -- the one who receives what is handed over ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia returned the captured Paraguayan troops to Uruguay on Friday.",
        "Bolivia handed the Paraguayan troops over to Uruguay.",
        "Bolivia released the Paraguayan troops to Uruguay after the talks.",
    ],
)
def test_a_to_phrase_of_handing_over_names_the_target(code: Code, text: str) -> None:
    assert pairs(code(text, SIDES), "08") == {("Bolivia", "Uruguay")}


def test_handing_over_with_no_to_phrase_keeps_the_object(code: Code) -> None:
    text = "Bolivia released the Paraguayan troops on Friday."
    assert pairs(code(text, SIDES), "08") == {("Bolivia", "Paraguayan troops")}


def test_a_to_phrase_of_another_verb_is_left_alone(code: Code) -> None:
    # "expelled ... to Uruguay" is no handing over: the expelled are the target
    text = "Bolivia expelled the Paraguayan troops to Uruguay."
    assert ("Bolivia", "Uruguay") not in pairs(code(text, SIDES), "1")


# -- the two sides of a joint act -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the Bolivian army and Paraguayan troops clashed near the border.",
        "Bolivia and Paraguay accused each other of violating the truce.",
        "Bolivia and Paraguay agreed to withdraw troops from the valley.",
    ],
)
def test_coordinated_doers_of_a_joint_act_face_each_other(code: Code, text: str) -> None:
    found = pairs(code(text, SIDES), "")
    sides = {n for pair in found for n in pair}
    assert len(found) >= 2, text
    assert all(s != t and t is not None for s, t in found), found
    assert sides <= {"Bolivia", "Paraguay", "the Bolivian army", "Paraguayan troops"}


def test_talks_on_a_country_are_between_the_sides(code: Code) -> None:
    text = "Laos and Vietnam held talks on Cambodia in March."
    found = pairs(code(text, SIDES), "04")
    assert found == {("Laos", "Vietnam"), ("Vietnam", "Laos")}


def test_talks_with_a_partner_keep_the_partner(code: Code) -> None:
    text = "Laos held talks with Vietnam on Cambodia in March."
    assert pairs(code(text, SIDES), "04") == {("Laos", "Vietnam")}


def test_coordinated_doers_with_a_named_target_keep_it(code: Code) -> None:
    # a fight against a third side, an agreement with a placed third party: not each other
    text = "In the Chaco the Bolivian army and Paraguayan troops fought the rebels."
    found = pairs(code(text, SIDES), "19")
    assert found and all(t == "the rebels" for _, t in found), found
    text = "Bolivia and Paraguay agreed to ask the United Nations for observers."
    assert ("Paraguay", "the United Nations") in pairs(code(text, SIDES), "")


# -- a target deeper in the object phrase ---------------------------------------------------

DEEP: Known = {
    "Mali": ("MLI", None),
    "Chad": ("TCD", None),
    "Chadian soldiers": ("TCD", "MIL"),
    "the rebels": (None, "REB"),
}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mali condemned the raid and the killing of Chadian soldiers.", "Chadian soldiers"),
        ("Mali condemned the practice of arming the rebels in the north.", "the rebels"),
    ],
)
def test_a_target_deeper_in_the_object_is_found(code: Code, text: str, target: str) -> None:
    found = pairs(code(text, DEEP), "11")
    assert found == {("Mali", target)}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # another act coordinated with the verb, a side clause of time: not the target
        ("Mali condemned the raid and Chad closed its border.", None),
        ("Mali condemned the raid as Chad moved its troops north.", None),
        ("Mali condemned the raid on the camp of Chad's rebels.", "Chad"),
    ],
)
def test_the_deeper_search_stays_in_the_verbs_phrases(
    parse_text: Callable[[str], Parse], text: str, target: str | None
) -> None:
    parse = parse_text(text)
    actors = standin_actors(text, DEEP)
    verb = next(t for t in parse.tokens if t.text == "condemned")
    mali = next(a for a in actors if a.name == "Mali")
    trig = Trigger(verb, "111", "test", 1.0)
    found = deeper_target(parse, ActorIndex.build(actors), trig, mali)
    assert (found.name if found else None) == target


def test_failing_to_agree_is_each_others(code: Code) -> None:
    text = "Bolivia and Paraguay failed to agree on the new border."
    assert pairs(code(text, SIDES), "12") == {("Bolivia", "Paraguay"), ("Paraguay", "Bolivia")}


def test_failing_to_act_on_a_third_side_is_not_each_others(code: Code) -> None:
    text = "Bolivia and Paraguay failed to stop the rebels."
    assert ("Bolivia", "Paraguay") not in pairs(code(text, SIDES), "")


# -- a plural title of coordinated countries ------------------------------------------------

OWNERS: Known = {
    "Laos": ("LAO", None),
    "Cambodia": ("KHM", None),
    # as the actors stage makes it: the title takes the last side's country, Vietnam's
    "The leaders": ("VNM", "GOV"),
    "The leader": ("VNM", "GOV"),
}


def test_the_leaders_of_two_countries_are_both_doers(code: Code) -> None:
    text = "The leaders of Laos and Vietnam criticised Cambodia on Monday."
    found = pairs(code(text, OWNERS), "11")
    assert found == {("Laos", "Cambodia"), ("The leaders", "Cambodia")}
    found = pairs(code(text, {**OWNERS, "Vietnam": ("VNM", None)}), "11")
    assert found == {("Laos", "Cambodia"), ("Vietnam", "Cambodia")}


def test_the_leader_of_one_country_stays_one_doer(code: Code) -> None:
    text = "The leader of Vietnam criticised Cambodia on Monday."
    assert pairs(code(text, OWNERS), "11") == {("The leader", "Cambodia")}


# -- the country of people a state organ acts on --------------------------------------------

STATES: Known = {"the Cuban government": ("CUB", "GOV"), "the rebels": (None, "REB")}


def target_country(events: tuple[Event, ...]) -> set[tuple[str | None, str | None]]:
    return {(e.target.name if e.target else None, e.target.country if e.target else None)
            for e in best_events(events)}  # fmt: skip


def test_people_a_government_threatens_to_jail_are_its_own(code: Code) -> None:
    text = "On Monday the Cuban government threatened to jail the dissidents."
    assert target_country(code(text, STATES)) == {("dissidents", "CUB")}


def test_people_rebels_free_take_no_country_from_them(code: Code) -> None:
    text = "On Monday the rebels freed ten hostages near the border."
    assert {c for _, c in target_country(code(text, STATES))} == {None}


# -- a capital as the object of "on" is its government --------------------------------------


def test_a_capital_after_on_stands_for_its_government(pipeline: Pipeline) -> None:
    for text in (
        "Hanoi imposed new sanctions on Vientiane on Monday.",
        "Hanoi put more pressure on Vientiane over the new dam.",
    ):
        rec = next(pipeline.run([RawArticle("<t>", text=text)])).record
        assert rec is not None
        found = {(a.name, a.country, a.sector) for a in rec.actors}
        assert ("Vientiane", "LAO", "GOV") in found, found


def test_a_capital_as_a_place_is_no_actor(pipeline: Pipeline) -> None:
    text = "The two ministers met in Vientiane on Monday."
    rec = next(pipeline.run([RawArticle("<t>", text=text)])).record
    assert rec is not None
    assert "Vientiane" not in {a.name for a in rec.actors}


# -- implied targets of the state's concessions and seizures --------------------------------


def _event(source: Actor | None, cameo: str, target: Actor | None = None) -> Event:
    return Event(
        "e", source, target, cameo, cameo[:2], None, 3, 0.0, False, "asserted", "s", (0, 1),
        "t", 0.5, "r",
    )  # fmt: skip


GOV = Actor("g1", "the Chilean government", kind="group", country="CHL", sector="GOV")
REBELS = Actor("r1", "the rebels", kind="group", country="CHL", sector="REB")
MINERS = Actor("m1", "miners", kind="group", country="CHL", sector="LAB")


@pytest.mark.parametrize("cameo", ["083", "0841", "081", "171", "137"])
def test_a_state_conceding_or_seizing_with_no_target_acts_on_its_people(cameo: str) -> None:
    (event,) = imply_targets((_event(GOV, cameo),), (GOV,))
    assert event.target_implied and event.target is not None
    assert (event.target.country, event.target.sector) == ("CHL", "CVL")


def test_no_implied_people_for_rebels_or_a_named_target() -> None:
    events = (_event(REBELS, "0841"), _event(GOV, "083", MINERS), _event(GOV, "087"))
    assert not [e for e in imply_targets(events, (GOV,)) if e.target_implied]


def test_a_passive_concession_names_no_doer() -> None:
    # "the miners' demands were met": no state doer is implied, unlike an arrest
    people = Actor(
        "p1", "miners", kind="group", country="CHL", sector="LAB", country_from="context"
    )
    met, held = imply_targets((_event(None, "083", people), _event(None, "173", people)), (GOV,))
    assert met.source is None
    assert held.source is not None and held.source.country == "CHL"


# -- a broker of a deal is not a side -------------------------------------------------------

BROKERED: Known = {"Laos": ("LAO", None), "Vietnam": ("VNM", None), "Thai": ("THA", None)}


def test_the_broker_of_a_truce_is_not_the_sides_target(code: Code) -> None:
    text = "Laos and Vietnam agreed to a Thai-brokered truce on Monday."
    assert pairs(code(text, BROKERED), "03") == {("Laos", "Vietnam"), ("Vietnam", "Laos")}


def test_a_third_party_named_as_a_side_stays_the_target(code: Code) -> None:
    text = "Laos and Vietnam agreed to a truce with Thai forces on Monday."
    found = pairs(code(text, {**BROKERED, "Thai forces": ("THA", "MIL")}), "03")
    assert ("Vietnam", "Thai forces") in found and ("Vietnam", "Laos") not in found


def test_a_particle_verb_still_looks_deeper_and_a_place_preposition_does_not(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Mali called off the raid and the siege of Chadian soldiers."
    parse = parse_text(text)
    actors = standin_actors(text, DEEP)
    verb = next(t for t in parse.tokens if t.text == "called")
    mali = next(a for a in actors if a.name == "Mali")
    trig = Trigger(verb, "082", "test", 1.0, preps=("off",))
    found = deeper_target(parse, ActorIndex.build(actors), trig, mali)
    assert found is not None and found.name == "Chadian soldiers"
    text = "Mali arrived in Gao to attend a summit of Chad."
    parse = parse_text(text)
    actors = standin_actors(text, DEEP)
    verb = next(t for t in parse.tokens if t.text == "arrived")
    mali = next(a for a in actors if a.name == "Mali")
    trig = Trigger(verb, "042", "test", 1.0, preps=("in",))
    assert deeper_target(parse, ActorIndex.build(actors), trig, mali) is None
