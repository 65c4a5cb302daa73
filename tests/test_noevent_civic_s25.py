"""Ordinary politics with no event (session 25): campaign business (``events.noevent_civic``)
and more of the lawmaking and court routine of ``events.noevent_legis`` go quiet; the same
verbs between political actors keep their event.

Every passage is written for these tests. The pipeline cases give an event on the trigger
without the session's rules; each has near twins in an event frame (a state endorsing a
candidate abroad, a court refusing bail to an opposition leader, troops sent to polling
stations, a rally held to denounce sanctions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_civic import _rival, campaign_paper, canvassing, home_trip
from tacitus.events.noevent_legis import _court_seat, _enacts_it, _private_person, out_of_order
from tacitus.parse import Parse
from tacitus.records import Actor, Event, Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "words on a rival",
        "At a rally in Des Moines, the senator blasted her rival's health plan as a giveaway "
        "to insurers.",
        "blasted",
    ),
    (
        "support for a candidate",
        "The nurses' union endorsed the Labor challenger in the marginal seat on Friday, "
        "citing his pledge on hospital funding.",
        "endorsed",
    ),
    (
        "canvassers",
        "The party will mobilise volunteers to canvass every street of Quezon City before the "
        "polls open.",
        "mobilise",
    ),
    (
        "a trip at home",
        "At a rally in Phoenix, the former governor promised lower gas prices. He flies to "
        "Nevada on Saturday.",
        "flies",
    ),
    (
        "a governing side's rally",
        "The governor will hold a rally in Sacramento on Sunday, aides said.",
        "hold",
    ),
    (
        "a pledge to no one",
        "The president promised to build a million homes at a campaign rally in Recife.",
        "promised",
    ),
    (
        "a stump tour",
        "Mr. Odhiambo toured four constituencies of western Kenya on Sunday, urging voters "
        "to turn out early.",
        "toured",
    ),
    (
        "going on with a reform",
        "The chancellor said she would press ahead with the pension reform despite the strikes.",
        "press",
    ),
    (
        "a firms' merger blocked",
        "A federal judge blocked the merger of the two grocery chains, siding with regulators "
        "who said prices would rise.",
        "blocked",
    ),
    (
        "a hearing on a bill",
        "The Senate commerce committee held a hearing on the broadband bill on Thursday.",
        "held",
    ),
    (
        "out of order",
        "The speaker ruled the government's amendment out of order and called the vote.",
        "ruled",
    ),
    (
        "bail refused to private persons",
        "The magistrate refused bail to the three men accused of the Durban bank robbery.",
        "refused",
    ),
    (
        "a verdict upheld on a private person",
        "An appeal court upheld the fraud conviction of the former bank chairman.",
        "upheld",
    ),
]

#: (rule, passage, trigger, PLOVER type): an event of that type on the trigger
KEPT = [
    (
        "support from a state",
        "The United States endorsed the opposition candidate in Nicaragua's presidential election.",
        "endorsed",
        "SUPPORT",
    ),
    (
        "bail refused to an opposition leader",
        "The magistrate refused bail to the opposition leader accused of treason.",
        "refused",
        "REJECT",
    ),
    (
        "a verdict upheld on a party's officer",
        "The Supreme Court upheld the conviction of the former party president for corruption.",
        "upheld",
        "ACCUSE",
    ),
    (
        "troops, not canvassers",
        "The army chief sent troops to the polling stations of the north on the eve of the "
        "election, and the opposition said they came to intimidate voters.",
        "sent",
        "MOBILIZE",
    ),
    (
        "a rally with a demand",
        "The president will hold a rally in the capital on Saturday to denounce the sanctions.",
        "hold",
        "THREATEN",
    ),
    (
        "a foreign takeover blocked",
        "A court in Lahore blocked the Chinese takeover of the power company.",
        "blocked",
        "PROTEST",
    ),
    (
        "a pledge to a government",
        "At a rally in Nairobi on Sunday, the president promised the Somali government more "
        "troops for the war on al-Shabaab.",
        "promised",
        "THREATEN",
    ),
    (
        "a demand for a recount",
        "The opposition pressed the electoral commission for a recount in three constituencies.",
        "pressed",
        "REQUEST",
    ),
    (
        "a court's order to the government",
        "The judge ordered the government to pay the farmer compensation, saying the seizure "
        "of his land was illegal.",
        "ordered",
        "REQUEST",
    ),
    (
        "a campaign's accusation against a state organ",
        "The mayor's campaign accused the police chief of ignoring a spike in burglaries "
        "during the election campaign.",
        "accused",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_ordinary_politics_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_acts_between_political_actors_are_kept(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), rule


def _token(parse: Parse, word: str) -> int:
    return next(t.i for t in parse.tokens if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "rival"),
    [
        ("The senator mocked her opponent's plan.", "plan", True),
        ("The senator mocked the challenger.", "challenger", True),
        ("The senator mocked the president's plan.", "plan", False),
        ("The senator mocked China's trade policy.", "policy", False),
    ],
)
def test_a_rival_or_a_rivals_thing(
    parse_text: Callable[[str], Parse], text: str, word: str, rival: bool
) -> None:
    parse = parse_text(text)
    assert _rival(parse, parse.tokens[_token(parse, word)]) is rival


@pytest.mark.parametrize(
    ("text", "verb", "paper"),
    [
        ("The Greens unveiled their manifesto in Leeds.", "unveiled", True),
        (
            "Labour launched its manifesto. The Tories will publish their own on Friday.",
            "publish",
            True,
        ),
        ("The rebels will release their own on Friday.", "release", False),
        ("The army released the prisoners.", "released", False),
    ],
)
def test_a_campaign_paper(
    parse_text: Callable[[str], Parse], text: str, verb: str, paper: bool
) -> None:
    parse = parse_text(text)
    assert campaign_paper(parse, parse.tokens[_token(parse, verb)]) is paper


@pytest.mark.parametrize(
    ("text", "canvass"),
    [
        ("The party mobilised volunteers to knock on doors.", True),
        ("The party mobilised poll watchers.", True),
        ("The party mobilised workers to break up the opposition rally.", False),
        ("The party mobilised soldiers.", False),
    ],
)
def test_canvassers(parse_text: Callable[[str], Parse], text: str, canvass: bool) -> None:
    parse = parse_text(text)
    assert canvassing(parse, parse.tokens[_token(parse, "mobilised")]) is canvass


@pytest.mark.parametrize(
    ("text", "verb", "enacted"),
    [
        ("The House passed the farm bill. The governor will sign it.", "sign", True),
        ("The chamber debated the new law. The president vetoed it.", "vetoed", True),
        ("The allies drafted a treaty and a law. Both sides will sign it.", "sign", False),
        ("The House passed the farm bill. The governor will sign the budget.", "sign", False),
    ],
)
def test_a_law_enacted_as_it(
    parse_text: Callable[[str], Parse], text: str, verb: str, enacted: bool
) -> None:
    parse = parse_text(text)
    assert _enacts_it(parse, parse.tokens[_token(parse, verb)]) is enacted


@pytest.mark.parametrize(
    ("text", "ruling"),
    [
        ("The speaker ruled the motion out of order.", True),
        ("The court ruled the decree unconstitutional.", False),
    ],
)
def test_out_of_order(parse_text: Callable[[str], Parse], text: str, ruling: bool) -> None:
    parse = parse_text(text)
    assert out_of_order(parse, parse.tokens[_token(parse, "ruled")]) is ruling


@pytest.mark.parametrize(
    ("text", "word", "seat"),
    [
        ("He was accused of the Makati carjacking.", "Makati", True),
        ("He was convicted of fraud in Turin.", "Turin", True),
        ("He was convicted of spying for Israel.", "Israel", False),
        ("He was accused of the Kabul bombing.", "Kabul", False),
    ],
)
def test_where_a_crime_was(
    parse_text: Callable[[str], Parse], text: str, word: str, seat: bool
) -> None:
    parse = parse_text(text)
    tok = parse.tokens[_token(parse, word)]
    assert (tok.ent != "" and _court_seat(parse, tok)) is seat


@pytest.mark.parametrize(
    ("text", "word", "private"),
    [
        ("The court jailed the former football club president.", "president", True),
        ("The court jailed the bank's chairman.", "chairman", True),
        ("The court jailed the former party president.", "president", False),
        ("The court jailed the president.", "president", False),
    ],
)
def test_a_firms_officer_is_private(
    parse_text: Callable[[str], Parse], text: str, word: str, private: bool
) -> None:
    parse = parse_text(text)
    assert _private_person(parse, parse.tokens[_token(parse, word)]) is private


def _event(source: Actor | None, target: Actor | None) -> Event:
    return Event(
        id="e1",
        source=source,
        target=target,
        cameo="042",
        root="04",
        plover="CONSULT",
        quad_class=1,
        goldstein=1.9,
        negated=False,
        modality="asserted",
        sentence="He flies to Nevada.",
        span=(0, 18),
        trigger="flies",
        confidence=1.0,
        rule="test",
    )


@pytest.mark.parametrize(
    ("src_country", "tgt_kind", "tgt_country", "tgt_from", "home"),
    [
        (None, "state", "USA", "place", True),
        ("USA", "state", "USA", "place", True),
        ("USA", "state", "UKR", "place", False),
        (None, "state", "JPN", "kb", False),
    ],
)
def test_a_trip_at_home(
    src_country: str | None, tgt_kind: str, tgt_country: str, tgt_from: str, home: bool
) -> None:
    src = Actor("a1", "the senator", country=src_country, sector="ELI")
    tgt = Actor("a2", "Nevada", kind=tgt_kind, country=tgt_country, country_from=tgt_from)
    assert home_trip(_event(src, tgt)) is home
