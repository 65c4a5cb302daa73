"""Lexicon rules for acts the coder missed or mis-sided on real news: aid received from
someone ("reverse" patterns), giving back against travelling ("returned the islands to"
against "returned to"), forces leaving a place, troops sent to help, attacks on a plan,
approving an act, what is granted, signed ceasefires. Sentences written for these tests;
real parse, stand-in actors, lexicon only (the model is tested elsewhere)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus.events.lexicon import parse_frame, read_table
from tacitus.parse import Parse
from tacitus.records import Event
from tacitus.settings import Settings

STATES: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "Norway": ("NOR", None),
    "Bolivia": ("BOL", None),
    "Chilean troops": ("CHL", "MIL"),
    "the Liberal Party": ("CHL", "PTY"),
    "the Conservatives": ("CHL", "PTY"),
    "the academy": (None, "EDU"),
    "the singer": (None, "CVL"),
}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings(event_model=False))


def main(events: tuple[Event, ...]) -> Event:
    assert events, "no event"
    return min(events, key=lambda e: (e.prominence, -e.confidence))


def sides(e: Event) -> tuple[str | None, str | None]:
    return (e.source.name if e.source else None, e.target.name if e.target else None)


def test_reverse_and_wildcard_frames_parse() -> None:
    frame = parse_frame("obj=aid|loan,reverse", "t:1")
    assert frame.reverse and not frame.light
    assert frame.slots == (("obj", frozenset({"aid", "loan"})),)
    assert not parse_frame("obj=aid", "t:2").reverse
    verbs, _ = read_table("lemma\tprep\tframe\tcode\nreturn\t-\tobj=*\t084\n", "t.tsv")
    assert verbs[0].frame.slots == (("obj", frozenset({"*"})),)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Peru received food aid from Chile after the floods.", "07"),
        ("Peru received $2 billion in loans from Chile last year.", "07"),
        ("Peru got weapons from Chile during the war.", "07"),
        ("Peru accepted relief supplies from Chile.", "07"),
        ("Peru received a telephone call from Chile on Monday.", "04"),
    ],
)
def test_what_the_subject_received_was_done_by_the_giver(code: Code, text: str, root: str) -> None:
    e = main(code(text, STATES))
    assert e.root == root
    assert sides(e) == ("Chile", "Peru")


def test_receiving_without_a_giver_or_a_political_thing_is_no_aid(code: Code) -> None:
    assert not any(
        e.root == "07" for e in code("The singer received an award from the academy.", STATES)
    )
    # no "from": the giver is unknown, and the receiver is no source
    assert not any(
        e.source is not None and e.source.name == "Peru"
        for e in code("Peru received food aid after the floods.", STATES)
        if e.root == "07"
    )


def test_returning_something_is_giving_it_back_not_a_visit(code: Code) -> None:
    back = main(code("Chile returned the islands to Peru in 1994.", STATES))
    assert (back.cameo, back.plover) == ("0842", "RETREAT")
    assert sides(back) == ("Chile", "Peru")
    people = main(code("Chile returned the bodies of two soldiers to Peru.", STATES))
    assert people.cameo == "0841"
    visit = main(code("The president of Chile returned to Peru on Monday.", STATES))
    assert visit.plover == "CONSULT"
    fire = main(code("Chilean troops returned fire on Peru's positions.", STATES))
    assert fire.plover == "ASSAULT"


def test_forces_leaving_a_place_withdraw(code: Code) -> None:
    left = main(code("Chilean troops left the town on Friday.", STATES))
    assert (left.cameo, left.plover) == ("087", "RETREAT")
    back = main(code("Chilean troops returned to their barracks after the clashes.", STATES))
    assert back.cameo == "087"


def test_troops_sent_to_help_are_aid_and_troops_sent_to_a_border_are_not(code: Code) -> None:
    helped = main(code("Chile sent troops to help flood victims in Peru.", STATES))
    assert helped.root == "07"
    massed = main(code("Chile sent troops to the border with Peru.", STATES))
    assert massed.root == "15"


def test_attacking_a_plan_is_criticism_and_attacking_a_post_is_violence(code: Code) -> None:
    words = main(code("The Liberal Party attacked the Conservatives' budget plan.", STATES))
    assert words.cameo == "111"
    over = main(code("The Liberal Party attacked the Conservatives over the tax reform.", STATES))
    assert over.cameo == "111"
    fight = main(code("Chilean troops attacked a border post in Peru.", STATES))
    assert fight.root == "19"


def test_approving_an_act_does_it_and_what_is_granted_says_the_act(code: Code) -> None:
    assert main(code("Norway approved new sanctions against Bolivia.", STATES)).cameo == "163"
    assert main(code("Chile granted autonomy to Peru's border province.", STATES)).cameo == "083"
    assert main(code("Chile granted concessions to Bolivia over the port.", STATES)).cameo == "080"
    signed = main(code("Chile and Peru signed a ceasefire agreement in Lima.", STATES))
    assert signed.cameo == "0871"
    deal = main(code("Chile and Peru signed a trade agreement in Lima.", STATES))
    assert deal.cameo == "057"


def test_money_mobilised_and_troops_sent_to_defend_are_aid(code: Code) -> None:
    funds = main(code("Norway mobilized $2 billion for flood relief in Peru.", STATES))
    assert funds.root == "07"
    army = main(code("Chile mobilized its army along the border with Peru.", STATES))
    assert army.root == "15"
    guard = main(code("Chile sent 3,000 troops to defend Peru after the invasion.", STATES))
    assert guard.cameo == "074"
    doctors = main(code("Chile sent 300 doctors to Peru after the earthquake.", STATES))
    assert doctors.cameo == "073"


def test_returning_a_verdict_or_a_favour_gives_nothing_back(code: Code) -> None:
    for text in (
        "The court in Chile returned a verdict against Peru's consul.",
        "Chile returned the favour by backing Peru at the summit.",
    ):
        assert not any(e.plover == "RETREAT" for e in code(text, STATES)), text
