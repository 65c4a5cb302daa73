"""The mood of a governor reaches the act it governs (``events.modality.governing_mood``):
"could vote to impeach", "may have to deploy", "might try to seize", "could impose sanctions
and expel", "is likely to attack" are hypothetical; "should agree to return" is wished for;
"is considering imposing" is a policy option (014). Near-identical sentences with the act
done keep it asserted; a reported future, a threat and a finite verb of its own keep their
mood.

Every sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus.events.modality import (
    CONSIDER_CODE,
    governing_mood,
    mood,
    obliging_clause,
    recode,
)
from tacitus.parse import Parse, Token

STATES: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "Norway": ("NOR", None),
}

#: (sentence, trigger): the act is hypothetical through a governor's modal
HYPOTHETICAL = [
    ("Lawmakers in Santiago could vote to impeach the governor next week.", "impeach"),
    ("The provincial council might vote to expel the mayor from the party.", "expel"),
    ("Chile may have to deploy troops to the border with Peru.", "deploy"),
    ("Chile would be forced to withdraw its troops from Peru under the plan.", "withdraw"),
    ("The rebels might try to seize the airport in Tumbes.", "seize"),
    ("Chile could decide to recall its ambassador from Lima.", "recall"),
    ("Chile could impose sanctions on Peru and expel its diplomats.", "expel"),
    ("Chilean troops could be flown in to protect the embassy in Lima.", "protect"),
    ("The army is likely to attack the rebel camps along the border.", "attack"),
    ("Norway said Chile could vote to expel the ambassador of Peru.", "expel"),
    ("Peru could respond by expelling the diplomats of Chile.", "expelling"),
    ("The army is expected to attack the rebel camps along the border.", "attack"),
]

#: (sentence, trigger, modality): the same acts done, reported or threatened
KEPT = [
    ("Lawmakers in Santiago voted to impeach the governor on Tuesday.", "impeach", "asserted"),
    ("The provincial council voted to expel the mayor from the party.", "expel", "asserted"),
    ("The rebels tried to seize the airport in Tumbes.", "seize", "asserted"),
    ("Chile decided to recall its ambassador from Lima.", "recall", "asserted"),
    ("Chile imposed sanctions on Peru and expelled its diplomats.", "expelled", "asserted"),
    (
        "Police could not stop the crowd and fired tear gas at the protesters.",
        "fired",
        "asserted",
    ),
    ("Peru responded by expelling the diplomats of Chile.", "expelling", "asserted"),
    ("Chile threatened to expel the ambassador of Peru.", "expel", "threatened"),
    ("Chile warned that it could expel the ambassador of Peru.", "expel", "threatened"),
    ("Chile said it would vote to expel the ambassador of Peru.", "expel", "reported"),
    ("Chile warned that its navy could blockade the port of Callao.", "blockade", "threatened"),
]


def _token(parse: Parse, word: str) -> Token:
    return next(t for t in parse.tokens if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), HYPOTHETICAL)
def test_a_governors_modal_makes_the_act_hypothetical(
    parse_text: Callable[[str], Parse], text: str, word: str
) -> None:
    parse = parse_text(text)
    assert mood(parse, _token(parse, word)).modality == "hypothetical"


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "modality"), KEPT)
def test_the_act_done_reported_or_threatened_keeps_its_mood(
    parse_text: Callable[[str], Parse], text: str, word: str, modality: str
) -> None:
    parse = parse_text(text)
    tok = _token(parse, word)
    assert not governing_mood(parse, tok).hypothetical
    assert mood(parse, tok).modality == modality


@pytest.mark.model
def test_should_above_the_act_is_a_wish(parse_text: Callable[[str], Parse]) -> None:
    wished = parse_text("Chile and Peru should agree to return to talks in Quito.")
    m = mood(wished, _token(wished, "return"))
    assert m.obligation
    assert recode("043", m) is None  # the wished return to talks is no event of its own
    done = parse_text("Chile and Peru agreed to return to talks in Quito.")
    assert not mood(done, _token(done, "return")).obligation


@pytest.mark.model
def test_a_warning_of_what_others_may_do_is_no_threat_by_them(
    parse_text: Callable[[str], Parse],
) -> None:
    warned = parse_text("Officials in Lima warned that the rebels could attack the pipeline.")
    assert mood(warned, _token(warned, "attack")).modality == "hypothetical"
    own = parse_text("Peru warned that it could attack the rebel camps.")
    assert mood(own, _token(own, "attack")).modality == "threatened"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "obliged"),
    [
        ("The government needs to release the detained activists.", "release", True),
        ("Peru has to expel the spies before the summit.", "expel", True),
        ("The president ought to pardon the jailed editor.", "pardon", True),
        ("Chile will have to withdraw its troops from the border.", "withdraw", True),
        ("Chile had to withdraw its troops from the border in 1995.", "withdraw", False),
        ("The army needed to withdraw from the town after the attack.", "withdraw", False),
    ],
)
def test_present_obligation_verbs_wish_and_past_ones_tell(
    parse_text: Callable[[str], Parse], text: str, word: str, obliged: bool
) -> None:
    parse = parse_text(text)
    assert mood(parse, _token(parse, word)).obligation is obliged


@pytest.mark.model
def test_a_reported_obligation_is_the_reporters_request(
    parse_text: Callable[[str], Parse], code: Code
) -> None:
    parse = parse_text("Norway said Chile needs to release the fishermen from Peru.")
    assert obliging_clause(parse, _token(parse, "needs"))
    events = code("Norway said Chile needs to release the fishermen from Peru.", STATES)
    assert events and {e.plover for e in events} == {"REQUEST"}
    assert {e.source and e.source.name for e in events} == {"Norway"}
    assert not [e for e in events if e.trigger == "release"]  # the release is not done


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "modality", "obliged"),
    [
        ("Opposition parties in Lima renewed calls to expel the envoy.", "expel", "", True),
        ("Chile rejected demands to withdraw its troops from Peru.", "withdraw", "", True),
        ("The government faced pressure to expel the envoy of Peru.", "expel", "", True),
        ("Chile repeated its threat to expel the envoy of Peru.", "expel", "threatened", False),
        ("Chile unveiled a plan to impose sanctions on Peru.", "impose", "hypothetical", False),
        ("Chile's decision to expel the envoy of Peru angered Lima.", "expel", "asserted", False),
    ],
)
def test_the_noun_an_infinitive_hangs_on_gives_its_mood(
    parse_text: Callable[[str], Parse], text: str, word: str, modality: str, obliged: bool
) -> None:
    parse = parse_text(text)
    m = mood(parse, _token(parse, word))
    assert m.obligation is obliged
    if modality:
        assert m.modality == modality


@pytest.mark.model
def test_an_act_weighed_is_a_policy_option(parse_text: Callable[[str], Parse]) -> None:
    weighed = parse_text("Chile is considering imposing sanctions on Peru.")
    m = mood(weighed, _token(weighed, "imposing"))
    assert m.deliberated
    recoded = recode("163", m)
    assert recoded is not None and recoded[0] == CONSIDER_CODE
    voted = parse_text("The senate of Chile will vote on expelling the envoy of Peru.")
    assert mood(voted, _token(voted, "expelling")).deliberated
    begun = parse_text("Chile began imposing sanctions on Peru.")
    m = mood(begun, _token(begun, "imposing"))
    assert not m.deliberated
    recoded = recode("163", m)
    assert recoded is not None and recoded[0] == "163"


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text)


@pytest.mark.model
def test_the_coder_marks_chained_modals_and_keeps_the_done_twin(code: Code) -> None:
    maybe = [e for e in code("Chile could decide to recall its ambassador from Peru.", STATES)]
    assert all(e.modality == "hypothetical" for e in maybe if e.trigger == "recall")
    done = code("Chile decided to recall its ambassador from Peru.", STATES)
    assert [e.root for e in done if e.trigger == "recall" and e.modality == "asserted"]
    shared = code("Chile could impose sanctions on Peru and expel its diplomats.", STATES)
    assert shared and {e.modality for e in shared} == {"hypothetical"}
    weighed = code("Chile is considering imposing sanctions on Peru.", STATES)
    assert not [e for e in weighed if e.plover]  # 014 has no PLOVER type
