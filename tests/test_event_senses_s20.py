"""Senses that are no act between political actors (s20): declining to give details, the
legal and the public "appeal", forecasts told with "warn", appeals to the public or one's
own supporters, attitudes a poll measures, administrative approvals, commanding a unit,
going to the polls, games with a score, plans of nothing, acts dated as background,
running totals and obituaries. Each rule has a sentence that must go quiet and a nearby
one that must keep its event. The sentences are written for these tests; the parse is the
real one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus.events.sense import frame_of, resolve
from tacitus.parse import Parse
from tacitus.settings import Settings

SIDES: Known = {
    "Iran": ("IRN", None),
    "Israel": ("ISR", None),
    "Russia": ("RUS", None),
    "Germany": ("DEU", None),
    "Ukraine": ("UKR", None),
    "Egypt": ("EGY", None),
    "the United Nations": (None, "IGO"),
    "the president": (None, "GOV"),
    "The president": (None, "GOV"),
    "The foreign minister": (None, "GOV"),
    "The opposition leader": (None, "OPP"),
    "The mayor": (None, "GOV"),
    "The party leader": (None, "GOV"),
    "The general": (None, "MIL"),
    "the rebels": (None, "REB"),
    "the army": (None, "MIL"),
    "The army": (None, "MIL"),
    "protesters": (None, "CVL"),
    "The prime minister": (None, "GOV"),
    "Moscow": ("RUS", None),
    "The central bank": (None, "BUS"),
    "The agency": (None, "GOV"),
    "The club": (None, None),
    "Police": (None, "COP"),
    "The spokesman": (None, "GOV"),
    "German officials": ("DEU", "GOV"),
    "The minister": (None, "GOV"),
    "Liverpool": ("GBR", None),
    "Madrid": ("ESP", None),
    "France": ("FRA", None),
    "Portugal": ("PRT", None),
    "Russian troops": ("RUS", "MIL"),
    "Pakistan": ("PAK", None),
    "Japan's coast guard": ("JPN", "GOV"),
    "Japan": ("JPN", None),
    "North Korea": ("PRK", None),
    "the Chinese ambassador": ("CHN", "GOV"),
    "the writer": (None, "CVL"),
    "the French army": ("FRA", "MIL"),
    "A soldier": (None, "MIL"),
    "a sniper": (None, "REB"),
    "Australia": ("AUS", None),
    "Ukrainian": ("UKR", None),
}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings())


def typed(code: Code, text: str) -> set[str]:
    """The codes of the events with a PLOVER type."""
    return {e.cameo for e in code(text, SIDES) if e.plover}


PAIRS = [
    # decline: the reporting formula (011, no PLOVER type) vs a refusal of something asked
    ("The spokesman declined to give details.", None),
    ("The minister declined to provide troops for the mission.", "12"),
    # appeal: a ruling appealed, a bare "would appeal", police appeals for witnesses
    ("The club said it would appeal the ruling.", None),
    ("Her lawyers said on Monday that they would appeal.", None),
    ("Police are appealing for witnesses after a shooting in the park.", None),
    ("The opposition leader appealed to the United Nations to intervene.", "02"),
    # warn: a forecast (what will happen is no one's deed) vs a threat by the warner
    ("The central bank warned that inflation would rise sharply next year.", None),
    ("Iran warned that it would close the Strait of Hormuz.", "13"),
    # urge / call on: the public and one's own supporters vs another actor
    ("The mayor urged residents to stay indoors during the heatwave.", None),
    ("The party leader called on supporters to vote early.", None),
    ("The president urged Israel to halt the strikes.", "02"),
    ("The foreign minister called on Russia to withdraw its troops.", "02"),
    # polls: an attitude measured vs a state's backing
    ("Fifty-five percent of Britons support leaving the customs union, a survey found.", None),
    ("Germany backs Ukraine's bid to join the alliance.", "05"),
    # approve: a drug by an agency vs a plan of another side
    ("The agency approved the vaccine for children last week.", None),
    ("The president approved the peace plan proposed by Egypt.", "05"),
    # command: a unit led vs an order given
    ("The general commanded the army during the civil war.", None),
    ("The general commanded the rebels to lay down their arms.", "10"),
    # go to the polls vs go to a capital
    ("Millions of Indians went to the polls on Thursday.", None),
    ("The prime minister went to Moscow on Thursday.", "04"),
    # sport: a match score says the sentence is about a game, not fighting
    ("Liverpool beat Madrid 2-1 in Paris on Saturday.", None),
    ("France stormed back to crush Portugal 3-0 in the qualifier in Lisbon.", None),
    ("Russian troops beat back a Ukrainian assault near Bakhmut on Saturday.", "18"),
    ("Pakistan's captain invited Australia to bat after winning the toss in Lahore.", None),
    ("Pakistan invited Australia to send a delegation to Lahore for talks.", "02"),
    # a plan with nothing on it is no refusal; a plan with something on it stays an intent
    ("German officials said no major announcements were planned for the visit.", None),
    ("German officials said a joint announcement was planned for the visit.", "03"),
    # a tsunami warning lifted is a public notice; a warning to a state is a threat
    ("Japan's coast guard lifted a tsunami warning on Sunday.", None),
    ("Japan lifted its warning to North Korea on Sunday.", "13"),
    # meeting reporters is routine; meeting an ambassador is a meeting between actors
    ("The president met reporters at the White House.", None),
    ("The president met the Chinese ambassador at the White House.", "04"),
    # a "when" clause on a year is background; the same act told as news is not
    ("The country has been unstable since 1999, when the army seized power.", None),
    ("The army seized power on Wednesday.", "18"),
    # a running total since a year sums up past acts; the day's act is news
    ("The army has detained thousands of protesters since 2019.", None),
    ("The army detained thousands of protesters on Sunday.", "17"),
    # obituaries and profiles: the life of someone who died at an age, or introduced by birth
    ("The general, who died on Sunday aged 91, led the invasion of the islands.", None),
    ("The general, who leads the army, ordered the invasion of the islands on Sunday.", "19"),
    ("Born in Oran, the writer joined the rebels as a teenager and fought the French army.", None),
    ("A soldier, who died of his wounds on Monday, was shot by a sniper near Kherson.", "19"),
]


@pytest.mark.parametrize(("text", "root"), PAIRS)
def test_sense_keeps_or_drops(code: Code, text: str, root: str | None) -> None:
    got = typed(code, text)
    if root is None:
        assert not got, f"{text!r} should code no event, got {got}"
    else:
        assert any(c.startswith(root) for c in got), f"{text!r} should code {root}x, got {got}"


def test_that_clause_subject_is_read(parse_text: Callable[[str], Parse]) -> None:
    parse = parse_text("Forecasters warned that growth would slow.")
    verb = next(t for t in parse.tokens if t.lemma == "warn")
    frame = frame_of(parse, verb)
    assert "growth" in frame.csubj
    assert resolve("130", frame) == "012"


def test_a_bare_appeal_is_alone_and_a_directed_one_is_not(
    parse_text: Callable[[str], Parse],
) -> None:
    bare = parse_text("They said they would appeal.")
    directed = parse_text("They appealed to the king.")
    b = next(t for t in bare.tokens if t.lemma == "appeal")
    d = next(t for t in directed.tokens if t.lemma == "appeal")
    assert frame_of(bare, b).alone
    assert not frame_of(directed, d).alone
    assert resolve("020", frame_of(directed, d)) == "020"


STRIKES: Known = {
    "Russian": ("RUS", None),
    "Ukraine": ("UKR", None),
    "Nigerian doctors": ("NGA", "MED"),
    "the government": ("NGA", "GOV"),
}


@pytest.mark.parametrize(
    ("text", "root", "not_root"),
    [
        ("Russian strikes killed more than 90 civilians in Ukraine on Friday.", "19", "14"),
        ("Nigerian doctors began a strike against the government over unpaid wages.", "14", "19"),
    ],
)
def test_strikes_of_war_and_of_labour(code: Code, text: str, root: str, not_root: str) -> None:
    got = {e.cameo for e in code(text, STRIKES) if e.plover}
    assert any(c.startswith(root) for c in got), got
    assert not any(c.startswith(not_root) for c in got), got
