"""Background history and scenario analysis, session 25 (``events.noevent_history`` and
``events.modality``): acts told in a profile's early life ("as a student activist", "when
she was a reporter"), in a memory ("residents recall how"), after a "once" sentence or as
"the last time" go quiet, as do scenarios with no act of anyone ("analysts fear a
blockade", "a future in which", "any attempt to"); an act of today beside that history
keeps its event, and a named actor's feared or forecast act stays an event, hypothetical.

Every passage is written for these tests; none is dated, as the articles this round is for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.modality import scenario
from tacitus.events.noevent_history import _recalled, _when_was
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "early life: a role's own words",
        "As a student organiser in the 1980s, Ramos marched against the dictatorship. He "
        "later became a tax lawyer.",
        "marched",
    ),
    (
        "early life: what she was then",
        "When she was a magistrate, the militia abducted her brother. She has since left "
        "the bench.",
        "abducted",
    ),
    (
        "early life: an age",
        "When he was nine, soldiers burned his family's farm. He tells the story often.",
        "burned",
    ),
    (
        "early life: a noun's act through its verb",
        "As a young lieutenant he served in the invasion of Grenada. He retired a general.",
        "invasion",
    ),
    (
        "a side clause's object named by its year",
        "The mayor, whose movement boycotted the 1998 referendum, now teaches history in Oruro.",
        "boycotted",
    ),
    (
        "a memory",
        "Fishermen in the bay still recall how the coastguard sank their boats and jailed "
        "their crews. The harbour is quiet now.",
        "sank",
    ),
    (
        "what a memorial tells",
        "The documentary recounts how the colonial police tortured prisoners in the old fort.",
        "tortured",
    ),
    (
        "carried on after a 'once' sentence",
        "The insurgents once held every road into the valley. They ambushed convoys and "
        "shelled the garrison.",
        "ambushed",
    ),
    (
        "the last time",
        "The last time troops fired on miners was in 1984. Nobody was ever charged.",
        "fired",
    ),
    (
        "after-clause of a dated act, in a passage told later",
        "The two states severed ties in 1986 after agents bombed a nightclub. Trade has never "
        "resumed.",
        "bombed",
    ),
]

QUIET += [
    (
        "a participle of result shares its act's time",
        "In 1976 the police opened fire on the marchers, killing dozens. Nobody was tried. "
        "Forty years on, the families still march.",
        "killing",
    ),
    (
        "the next sentence dates it years back",
        "On his first day in office he expelled the Cuban envoy and shut the embassy. That "
        "was thirty years ago.",
        "expelled",
    ),
    (
        "spread over a ruler's time",
        "Throughout her long rule, the queen exiled rivals and jailed their sons.",
        "exiled",
    ),
    (
        "a past war named by its ordinal",
        "The village was shelled by federal forces in the second Chechen war. It has been rebuilt.",
        "shelled",
    ),
    (
        "a named past event on the agent",
        "The radio station was occupied by students during the 1972 protests. It is a café now.",
        "occupied",
    ),
]

QUIET += [
    (
        "a clause on years of war",
        "Two decades of insurgency, in which rebels kidnapped mayors and burned courthouses, "
        "emptied the valley.",
        "kidnapped",
    ),
    (
        "a clause on a war that took years",
        "Angola emerged from a 27-year war in which both armies shelled each other's towns.",
        "shelled",
    ),
    (
        "an act that took years",
        "It took government troops four years to drive the rebels out of the hills.",
        "drive",
    ),
    (
        "under a former regime",
        "Under the former regime, soldiers confiscated the land of dissidents.",
        "confiscated",
    ),
]

#: (rule, passage, trigger): no event on the trigger (a scenario, no act of anyone)
SCENARIOS = [
    (
        "a noun of an act modelled, even with a doer named",
        "Wargamers in Canberra have simulated a Chinese assault on the base.",
        "assault",
    ),
    (
        "a noun of an act said to be a prospect, with no doer",
        "A crackdown on the protesters seems inevitable, according to diplomats in the capital.",
        "crackdown",
    ),
    (
        "an imagined world",
        "The novel sketches a future in which Beijing annexes Mongolia.",
        "annexes",
    ),
    (
        "put in a scenario",
        "In the darkest scenario, the generals would arrest the prime minister and suspend "
        "parliament.",
        "arrest",
    ),
    (
        "any act of its kind",
        "Any attempt to expel the monitors would be a grave mistake, the editorial argues.",
        "expel",
    ),
    (
        "bidden to suppose",
        "Imagine that Serbia closed its border with Kosovo. Trade would halt in a day.",
        "closed",
    ),
]

#: (rule, passage, trigger, plover): the act of today keeps its event
KEPT = [
    (
        "a side clause's year beside today's act",
        "The general, who seized power in a 2017 coup, expelled the French ambassador on Monday.",
        "expelled",
        None,
    ),
    (
        "an early-life role beside today's act",
        "Ramos, a student organiser in the 1980s, was arrested by police in La Paz on Tuesday.",
        "arrested",
        "COERCE",
    ),
    (
        "a report of a fresh act",
        "Rebels attacked an army post near Gao on Tuesday, killing four soldiers, officials said.",
        "attacked",
        "ASSAULT",
    ),
    (
        "a participle of result of today's act",
        "Rebels attacked an army post near Gao on Tuesday, killing four soldiers, officials said.",
        "killing",
        "ASSAULT",
    ),
    (
        "'repeatedly' tells the day's acts too",
        "Russian jets repeatedly bombed the outskirts of Kharkiv on Saturday, officials said.",
        "bombed",
        "ASSAULT",
    ),
    (
        "it took hours, not years",
        "It took police two hours to disperse the protesters on Friday.",
        "disperse",
        None,
    ),
    (
        "a witness tells of today's act",
        "Witnesses described how troops fired on the crowd outside the mosque on Friday.",
        "fired",
        "ASSAULT",
    ),
    (
        "a noun of an act launched today",
        "Turkey launched an incursion into northern Syria on Wednesday.",
        "launched",
        "ASSAULT",
    ),
    (
        "drills held are acts",
        "The Egyptian navy took part in exercises with Greek ships near Crete.",
        "exercises",
        None,
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_background_history_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger"), SCENARIOS)
def test_a_scenario_with_no_act_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_todays_act_keeps_its_event(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str | None
) -> None:
    """``plover`` None: the test asks only that no history or scenario rule quiets the act
    (its type is the model's business); when given, the act keeps that type."""
    found = plovers_on(code(text), trigger)
    assert found if plover is None else plover in found, rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Shipowners dread a Houthi attack on the tankers.", "attack"),
        ("A Turkish incursion into Kobane remains a real possibility, diplomats say.", "incursion"),
        ("An Iranian attack on Israel looks inevitable, Western diplomats say.", "attack"),
        ("Moldovan officials fear a Russian offensive on Odesa this spring.", "offensive"),
    ],
)
def test_a_named_actors_supposed_act_is_a_hypothetical_event(
    code: Callable[..., Record], text: str, trigger: str
) -> None:
    """A noun of an act with its doer named, feared or said to be a prospect, stays an event
    (the corpus guide) but is hypothetical, not asserted."""
    events = [e for e in code(text).events if e.trigger.lower() == trigger]
    assert events, text
    assert {e.modality for e in events} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Diplomats in Niamey worry that the junta will expel the German ambassador.", "expel"),
        ("The fear in Kinshasa is that the rebels will attack Goma again.", "attack"),
        ("Nobody in Caracas expects the government to free the activists this year.", "free"),
    ],
)
def test_a_feared_or_forecast_act_is_hypothetical(
    code: Callable[..., Record], text: str, trigger: str
) -> None:
    """A named actor's act that others fear or forecast stays an event (the corpus guide),
    but it is neither a threat nor an intent of the doer: it is hypothetical."""
    events = [e for e in code(text).events if e.trigger.lower() == trigger]
    assert events, text
    assert {e.modality for e in events} == {"hypothetical"}


def test_a_threat_of_ones_own_stays_a_threat(code: Callable[..., Record]) -> None:
    events = code("Iran threatened on Monday to close the strait to Western tankers.").events
    assert any(e.modality == "threatened" and e.plover == "THREATEN" for e in events)


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("When she was a reporter, the police detained her.", True),
        ("When she was twelve, the police detained her father.", True),
        ("When the convoy was a mile from the border, the police detained its driver.", False),
        ("When the crowd gathered, the police detained her.", False),
    ],
)
def test_a_when_clause_that_says_what_someone_was(
    parse_text: Callable[[str], Parse], text: str, then: bool
) -> None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.text == "detained")
    assert _when_was(parse, verb) is then


@pytest.mark.parametrize(
    ("text", "memory"),
    [
        ("Villagers recall how the army shelled the bridge.", True),
        ("The museum tells how the army shelled the bridge.", True),
        ("Witnesses told how the army shelled the bridge.", False),
        ("Officials said the army shelled the bridge.", False),
    ],
)
def test_a_clause_of_remembrance(
    parse_text: Callable[[str], Parse], text: str, memory: bool
) -> None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.text == "shelled")
    assert _recalled(parse, verb) is memory


@pytest.mark.parametrize(
    ("text", "word", "nominal", "supposed"),
    [
        ("Analysts fear an invasion.", "invasion", True, True),
        ("Analysts condemned the invasion.", "invasion", True, False),
        ("A blockade remains a possibility.", "blockade", True, True),
        ("A blockade remains in force.", "blockade", True, False),
        ("A Russian blockade remains a possibility.", "blockade", True, False),
        ("Planners modelled a Russian blockade.", "blockade", True, True),
        ("Any attempt to arrest him would fail.", "arrest", False, True),
        ("An attempt to arrest him failed.", "arrest", False, False),
        ("Suppose the rebels seized the port.", "seized", False, True),
        ("Police said the rebels seized the port.", "seized", False, False),
    ],
)
def test_what_a_scenario_is(
    parse_text: Callable[[str], Parse], text: str, word: str, nominal: bool, supposed: bool
) -> None:
    parse = parse_text(text)
    tok = next(t for t in parse.tokens if t.text == word)
    assert scenario(parse, tok, nominal) is supposed
