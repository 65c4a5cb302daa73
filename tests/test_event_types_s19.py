"""Senses of event verbs that are no political act, and aid worded as sums, packages,
write-offs and evacuations.

- a ministry that *releases a statement* or figures frees no one; a carmaker or a band that
  *pulls out of* a market or a festival makes no retreat; a mayor who *receives an award*
  hosts no visit; a president who *signs a decree* or a bill signs no formal agreement (the
  act the decree makes is coded on its own); an army that *commits atrocities* makes no
  pledge;
- "$200 million *in* emergency aid" names the aid a light verb announces; debts *written
  off* or forgiven are economic aid; nationals and tourists *evacuated* are rescued (AID),
  not a withdrawal; "came under fire from X" is X criticising, unless shots are fired.

Every sentence is written for these tests; the whole default pipeline (real spaCy model,
shipped event model) codes them. Each class has a near neighbour that keeps its old type."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import best_event, typed_events
from tacitus.events.sense import Frame, resolve
from tacitus.records import Record

# --- other senses: no act ----------------------------------------------------------------

NOT_ACTS = [
    ("The Moroccan interior ministry released a statement on the new school calendar.", "released"),
    ("The Bolivian statistics office released figures on the harvest.", "released"),
    ("The Peruvian mining company withdrew from the Chilean market last year.", "withdrew"),
    (
        "The mayor of Dakar received an award from the United Nations for the city's parks.",
        "received",
    ),
    ("The governor of Kansas signed a bill on school lunches.", "signed"),
    ("The Chilean president signed a decree appointing a new police chief.", "signed"),
    ("The army committed atrocities in the villages near Goma, the UN report said.", "committed"),
]


@pytest.mark.parametrize(("text", "verb"), NOT_ACTS)
def test_other_senses_of_event_verbs_code_no_act(
    code: Callable[..., Record], text: str, verb: str
) -> None:
    coded = typed_events(code(text))
    assert not [c for c in coded if c[0] == verb], (text, coded)


KEPT = [
    ("The Iranian government released two French hostages on Monday.", "released", "RETREAT"),
    ("Russian troops withdrew from the Ukrainian city of Kherson.", "withdrew", "RETREAT"),
    ("Israel and Bahrain signed a peace agreement at the White House.", "signed", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "verb", "plover"), KEPT)
def test_the_political_senses_keep_their_type(
    code: Callable[..., Record], text: str, verb: str, plover: str
) -> None:
    coded = typed_events(code(text))
    assert any(c[0] == verb and c[1] == plover for c in coded), (text, coded)


def test_a_decree_is_coded_by_the_act_it_makes(code: Callable[..., Record]) -> None:
    record = code("President Putin signed a decree recognising the independence of Abkhazia.")
    coded = typed_events(record)
    assert ("signed", "SUPPORT", "057") not in coded, coded
    assert best_event(record).cameo == "054", coded


# --- aid worded as sums, packages, write-offs and evacuations ----------------------------

AID = [
    "Japan announced $200 million in emergency aid for Sri Lanka on Friday.",
    "The European Union unveiled a 50 million euro aid package for Sudan.",
    "Norway wrote off 500 million dollars of Ecuador's debt.",
    "The Indian navy evacuated stranded Indian nationals from Yemen.",
]


@pytest.mark.parametrize("text", AID)
def test_aid_worded_as_sums_packages_and_rescues_is_aid(
    code: Callable[..., Record], text: str
) -> None:
    best = best_event(code(text))
    assert best.plover == "AID", (text, best.cameo, best.rule)


def test_troops_evacuating_a_town_still_retreat(code: Callable[..., Record]) -> None:
    best = best_event(
        code("Ukrainian troops evacuated the town of Soledar after weeks of shelling.")
    )
    assert best.plover != "AID", (best.cameo, best.rule)


def test_under_fire_is_criticism_unless_shots_are_fired() -> None:
    words = frozenset({"patrol", "come", "under", "fire", "rebels", "killing", "soldiers"})
    shots = Frame(lemma="come", pps=frozenset({"under:fire"}), context=words)
    talk = Frame(lemma="come", pps=frozenset({"under:fire"}), context=frozenset({"remarks"}))
    assert resolve("111", shots) == "190"
    assert resolve("111", talk) == "111"


def test_came_under_fire_from_a_government_is_criticism(code: Callable[..., Record]) -> None:
    best = best_event(
        code("France's Macron came under fire from Algeria over his remarks on history.")
    )
    assert best.plover == "ACCUSE", (best.cameo, best.rule)
    assert best.source is not None and best.source.country == "DZA"


# --- criticism, aid, support and climb-downs in words the lexicon lacked ----------------

NEW_WORDS = [
    ("The Chilean senate pilloried the interior minister over the police raids.", "ACCUSE"),
    ("Islamabad pointed the finger at Kabul for the attack on the border post.", "ACCUSE"),
    ("The Greek prime minister took Ankara to task over the migrant boats.", "ACCUSE"),
    ("The IMF bailed out Argentina with a record loan in 2018.", "AID"),
    ("Turkish navy ships ferried aid to the Libyan port of Misrata.", "AID"),
    (
        "The Kenyan president championed Somalia's bid to join the East African Community.",
        "SUPPORT",
    ),
    ("The Polish government caved in to the farmers' demands.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "plover"), NEW_WORDS)
def test_new_words_code_their_type(code: Callable[..., Record], text: str, plover: str) -> None:
    best = best_event(code(text))
    assert best.plover == plover, (text, best.cameo, best.rule)


def test_a_finger_pointed_at_the_weather_accuses_no_one(code: Callable[..., Record]) -> None:
    coded = typed_events(
        code("The Peruvian minister pointed the finger at the drought for the losses.")
    )
    assert not [c for c in coded if c[1] == "ACCUSE"], coded
