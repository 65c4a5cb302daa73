"""No-event frames beyond history (``events.noevent_frames`` and the s22 sense rows): works
of fiction, campaign rallies and speeches, disputes between private parties, and force on
markets and charts go quiet; the same verbs between political actors keep their event.

Every passage is written for these tests. Each rule has a pair: the verb in its no-event
frame (no event on that trigger) and in a near-identical event frame (an event of the
expected PLOVER type on it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_frames import campaign_rally
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "fiction",
        "In the film, rebels storm the palace of a fictional republic and seize the king. "
        "It opens in cinemas across Spain next week.",
        "storm",
    ),
    (
        "fiction",
        "In the film, rebels storm the palace of a fictional republic and seize the king. "
        "It opens in cinemas across Spain next week.",
        "seize",
    ),
    (
        "fiction",
        "In the new series, a rogue general invades Poland and the president threatens "
        "nuclear war. The show premieres on Netflix in March.",
        "invades",
    ),
    (
        "fiction",
        "In Ngugi's novel, soldiers burned the village and arrested the schoolteacher. "
        "The book was banned in Kenya for a decade.",
        "arrested",
    ),
    (
        "synopsis",
        "A union leader in Kerala is jailed on false charges. Police raid his home and "
        "his sister vows revenge. The film, starring Nivin Pauly, opens on Friday.",
        "raid",
    ),
    (
        "arena",
        "The Swedish band ABBA invaded the charts with Waterloo. The song won the "
        "Eurovision contest in Brighton.",
        "invaded",
    ),
    (
        "arena",
        "Huawei launched an all-out assault on the European smartphone market, undercutting "
        "Apple and Samsung.",
        "launched",
    ),
    (
        "campaign",
        "Hundreds of supporters rallied outside the arena in Manchester before Jeremy "
        "Corbyn spoke. The Labour leader promised free broadband.",
        "rallied",
    ),
    (
        "campaign",
        "Senator Ben Hart spoke to a crowd of farmers in Des Moines on Saturday. "
        "The Iowa caucuses are in February.",
        "spoke",
    ),
    (
        "private",
        "Samsung sued Apple in a Seoul court over smartphone patents. The case is one of "
        "dozens between the two firms.",
        "sued",
    ),
    (
        "private",
        "Uber sued its former engineer Anthony Levandowski in San Francisco on Thursday.",
        "sued",
    ),
    (
        "private",
        "A bus driver in Cairo was stabbed by a passenger after an argument over change.",
        "stabbed",
    ),
    ("private", "A shopkeeper in Lyon fought off a robber with a broom.", "fought"),
    (
        "civil",
        "A judge in Perth ordered Coles to pay damages to a former cashier who was sacked in 2020.",
        "ordered",
    ),
]

#: (rule, passage, trigger, PLOVER type): the event stays
KEPT = [
    (
        "fiction",
        "Rebels stormed the presidential palace in Bangui on Sunday. President Francois "
        "Bozize fled to Cameroon.",
        "stormed",
        "ASSAULT",
    ),
    (
        "fiction",
        "In a video released on Telegram, militants threatened to kill the hostages. The "
        "group has held the Japanese engineers since March.",
        "threatened",
        "THREATEN",
    ),
    (
        "synopsis",
        "Beijing threatens to punish Taipei. The film about the 1949 war opens on Friday.",
        "threatens",
        "THREATEN",
    ),
    (
        "arena",
        "Rebels launched an assault on the market town of Bentiu, killing dozens.",
        "launched",
        "ASSAULT",
    ),
    (
        "campaign",
        "Thousands of opposition supporters rallied in Kampala to demand the release of "
        "Bobi Wine. Police fired tear gas.",
        "rallied",
        "PROTEST",
    ),
    (
        "campaign",
        "The German chancellor spoke to the Chinese premier by telephone on Monday.",
        "spoke",
        "CONSULT",
    ),
    (
        "private",
        "The German government sued Volkswagen over the emissions scandal.",
        "sued",
        "ACCUSE",
    ),
    (
        "private",
        "Gunmen attacked a Chinese company's workers in Balochistan, killing two.",
        "attacked",
        "ASSAULT",
    ),
    (
        "private",
        "Police arrested 40 protesters outside parliament in Nairobi on Tuesday.",
        "arrested",
        "COERCE",
    ),
    (
        "private",
        "A man stabbed the Indian consul outside the consulate in Jalalabad.",
        "stabbed",
        "ASSAULT",
    ),
    (
        "civil",
        "A judge ordered the city of Baltimore to pay $3 million to a man wrongly jailed "
        "for robbery.",
        "ordered",
        "REQUEST",
    ),
    (
        "criticism",
        "The opposition attacked the finance minister over the budget on Thursday.",
        "attacked",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_no_event_frame_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_event_frame_is_kept(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), rule


@pytest.mark.parametrize(
    ("text", "rally"),
    [
        ("Thousands of supporters rallied in Harare ahead of Sunday's election.", True),
        ("Supporters rallied outside the hall before the senator spoke.", True),
        ("Thousands of supporters rallied in Harare to demand the release of the activist.", False),
        ("Supporters rallied against the fuel tax ahead of Sunday's election.", False),
        ("Thousands of opposition supporters rallied in Harare ahead of the election.", False),
        ("Thousands of supporters rallied in Harare on Sunday.", False),
    ],
)
def test_a_campaign_rally(parse_text: Callable[[str], Parse], text: str, rally: bool) -> None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.text == "rallied")
    assert campaign_rally(parse, verb) is rally


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        ("Wildlife officers shot a leopard that had killed a herder near the reserve.", True),
        ("A crocodile that attacked a fisherman on the river was caught on Friday.", True),
        ("Soldiers shot the gunmen who had killed a herder near the reserve.", False),
    ],
)
def test_an_animal_that_kills_is_no_armed_actor(
    code: Callable[..., Record], text: str, quiet: bool
) -> None:
    kills = [e.cameo for e in code(text).events if e.cameo[:2] in ("18", "19")]
    assert (not kills) == quiet, kills
