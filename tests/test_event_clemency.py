"""Clemency, grants of permission, contributions and attendance, and vows to investigate:
lexicon codes checked against what the CAMEO 1.1b3 codes mean (pardoning prisoners is a
release, 0841, not forgiveness; a grant of amnesty eases a legal sanction, 081), and the
hard negatives of the same verbs. Sentences written for these tests; real parse, stand-in
actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus.events.coder import hyphenated
from tacitus.events.modality import Mood, recode
from tacitus.parse import Parse
from tacitus.settings import Settings

KNOWN: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "the rebels": ("PER", "REB"),
    "the United Nations": (None, "IGO"),
}


@pytest.fixture(scope="module")
def lexicon(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings(event_model=False))


@pytest.fixture(scope="module")
def full(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text)


def codes(events: tuple[object, ...]) -> set[str]:
    return {getattr(e, "cameo") for e in events}  # noqa: B009 - Event has cameo


@pytest.mark.parametrize(
    ("text", "want", "plover"),
    [
        ("Chile pardoned 40 prisoners from Peru.", "0841", "RETREAT"),
        ("Peru granted amnesty to the rebels.", "081", "CONCEDE"),
        ("Peru granted a pardon to the rebels who surrendered.", "081", "CONCEDE"),
        ("Chile granted permission to Peru to search the wreck.", "080", "CONCEDE"),
        ("Chile contributed 800 troops to the United Nations force.", "074", "AID"),
        ("Chile contributed $20 million to Peru's flood relief fund.", "071", "AID"),
        ("Chile attended the summit with Peru in Lima.", "040", "CONSULT"),
    ],
)
def test_lexicon_codes_for_clemency_grants_and_contributions(
    lexicon: Code, text: str, want: str, plover: str
) -> None:
    events = lexicon(text, KNOWN)
    got = {(e.cameo, e.plover) for e in events}
    assert (want, plover) in got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Chile attended the funeral of a poet in Peru.",
        "Heavy rains in Chile contributed to the landslide.",
        "The striker from Chile contributed two goals against Peru.",
    ],
)
def test_the_same_verbs_in_ordinary_senses_are_no_event(lexicon: Code, text: str) -> None:
    events = lexicon(text, KNOWN)
    assert not {e.cameo for e in events} & {"040", "070", "071", "074", "080"}, (text, events)


def test_a_vow_to_investigate_keeps_its_investigation_code() -> None:
    intended = Mood(negated=False, modality="intended")
    assert recode("092", intended) == ("092", "intended")
    assert recode("073", intended) == ("033", "intended")  # help stays intent to cooperate


def test_a_future_investigation_is_an_investigation(lexicon: Code) -> None:
    events = lexicon("Chile will investigate the attack on its embassy in Peru.", KNOWN)
    assert {e.root for e in events} == {"09"}, codes(events)
    assert {e.modality for e in events} == {"intended"}


@pytest.mark.model
def test_pardons_and_amnesties_are_yielding_with_the_model(full: Code) -> None:
    for text in (
        "Peru pardoned 300 jailed members of the rebels on Independence Day.",
        "Chile granted amnesty to the rebels who laid down their arms.",
    ):
        events = full(text, KNOWN)
        assert {e.plover for e in events} & {"CONCEDE", "RETREAT"}, (text, codes(events))
        assert not {e.plover for e in events} & {"SUPPORT", "AID"}, (text, codes(events))


@pytest.mark.parametrize(
    ("text", "want", "source", "target"),
    [
        ("The sanctions imposed by Chile on Peru hurt exporters.", "163", "Chile", None),
        ("The aid sent by Chile to Peru arrived on Monday.", "070", "Chile", "Peru"),
        ("Two students arrested by Peru were freed a week later.", "173", "Peru", None),
    ],
)
def test_a_reduced_passive_relative_names_its_doer_in_the_by_phrase(
    lexicon: Code, text: str, want: str, source: str, target: str | None
) -> None:
    events = lexicon(text, KNOWN)
    hit = [e for e in events if e.cameo == want]
    assert hit, (text, codes(events))
    assert hit[0].source is not None and hit[0].source.name == source
    if target is not None:
        assert hit[0].target is not None and hit[0].target.name == target


def test_a_participle_with_no_actor_in_its_by_phrase_is_no_event(lexicon: Code) -> None:
    for text in (
        "A novel written by a poet from Chile won a prize in Peru.",
        "Exports to Peru, hit by a drought in Chile, fell.",
    ):
        assert not lexicon(text, KNOWN), text


def test_a_backed_by_participle_is_a_standing_allegiance_not_an_act(lexicon: Code) -> None:
    events = lexicon("In March the rebels backed by Peru attacked Chile.", KNOWN)
    assert "19" in {e.root for e in events}
    assert "05" not in {e.root for e in events}, codes(events)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile cancelled a planned visit to Peru by its foreign minister.", "125"),
        ("Chile called off talks with Peru after the border incident.", "164"),
        ("Peru dropped charges against the rebels who surrendered.", "081"),
        ("Chile dropped its objections to Peru joining the trade bloc.", "080"),
        ("Peru revoked the ban on the rebels' political wing.", "081"),
        ("Chile reversed its decision to expel diplomats from Peru.", "080"),
    ],
)
def test_cancelled_meetings_and_revoked_measures(lexicon: Code, text: str, want: str) -> None:
    events = lexicon(text, KNOWN)
    assert want in codes(events), (text, codes(events))


def test_cancelled_flights_and_dropped_balls_are_no_event(lexicon: Code) -> None:
    for text in (
        "The airline from Chile cancelled flights to Peru because of the storm.",
        "Chile dropped the ball in the final against Peru.",
    ):
        assert not lexicon(text, KNOWN), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile expressed its displeasure with Peru over the fishing dispute.", "110"),
        ("Chile voiced outrage at Peru's decision to expel its ambassador.", "111"),
        ("Chile expressed solidarity with Peru after the earthquake.", "051"),
        ("Peru dropped the investigation into the rebels under pressure from Chile.", "081"),
    ],
)
def test_expressed_disapproval_and_solidarity(lexicon: Code, text: str, want: str) -> None:
    events = lexicon(text, KNOWN)
    got = {(e.cameo, e.source and e.source.name) for e in events}
    assert want in codes(events), (text, got)


def test_a_disappointed_coach_is_no_accusation(lexicon: Code) -> None:
    events = lexicon("The coach expressed disappointment with the referee after the defeat.", KNOWN)
    assert not events


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile and Peru agreed to a cease-fire.", "0356"),  # agreeing commits to it
        ("Chile announced a cease-fire with Peru on Monday.", "087"),
        ("Chile sent peace-keepers to Peru.", "074"),
    ],
)
def test_a_hyphenated_compound_matches_its_one_word_spelling(
    lexicon: Code, text: str, want: str
) -> None:
    events = lexicon(text, KNOWN)
    assert want in codes(events), (text, codes(events))


def test_hyphenated_is_only_a_written_compound(parse_text: Callable[[str], Parse]) -> None:
    parse = parse_text("They signed a cease-fire - fire crews left.")
    joined = [hyphenated(parse, t) for t in parse.tokens]
    assert "ceasefire" in joined
    assert joined.count("ceasefire") == 1  # " - " with spaces joins nothing


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile rolled back tariffs on goods from Peru.", "085"),
        ("Chile scaled back sanctions against Peru after the election.", "085"),
        ("Chile loosened restrictions on travel to Peru.", "081"),
        ("Chile removed the embargo on Peru.", "085"),
    ],
)
def test_rolled_back_and_loosened_measures_ease_sanctions(
    lexicon: Code, text: str, want: str
) -> None:
    events = lexicon(text, KNOWN)
    assert want in codes(events), (text, codes(events))
