"""Type classes the coder confused on outside news (by the aggregate confusion table only):

- agreeing *a text* ("agreed a trade deal", "agreed to the pact") concludes an agreement
  (057, SUPPORT), as "reached an agreement" does; agreeing *to do* something is still an
  intent (AGREE), and so is agreeing *on* a plan;
- calling or describing a side's act by a word of blame ("called the strikes a war crime",
  "described the expulsions as a provocation") is criticism (ACCUSE); by a word of praise
  ("called the accord historic") it is praise (SUPPORT); other uses of "call" are not;
- a call *for sanctions* or a boycott against a third side is verbal conflict with it
  (ACCUSE), where a call *for talks* stays a request;
- a telephone call or talk made *to congratulate* or *to thank* is the praise it was made
  for (SUPPORT), where one made *to discuss* stays consultation.

Every sentence is written for these tests; the whole default pipeline (real spaCy model,
shipped event model) codes them. Each class has a near neighbour that keeps its old type."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import best_event, typed_events
from tacitus.records import Record

# --- agreeing a text is concluding it ------------------------------------------------------

CONCLUDED = [
    "Ghana and Togo agreed a maritime boundary deal after three years of arbitration.",
    "Uruguay agreed to the trade pact negotiated by the Mercosur ministers in Asuncion.",
    "Hungary agreed the text of the memorandum with Serbia on Thursday, officials said.",
]


@pytest.mark.parametrize("text", CONCLUDED)
def test_agreeing_a_text_is_concluding_an_agreement(code: Callable[..., Record], text: str) -> None:
    coded = typed_events(code(text))
    assert ("agreed", "SUPPORT", "057") in coded, (text, coded)


INTENT = [
    "The Malian junta agreed to hold elections within eighteen months.",
    "Vietnam and Cambodia agreed to reopen two border crossings next month.",
    "NATO ministers agreed on a plan to expand air patrols over the Baltic states.",
]


@pytest.mark.parametrize("text", INTENT)
def test_agreeing_to_do_or_on_a_plan_stays_an_intent(
    code: Callable[..., Record], text: str
) -> None:
    coded = typed_events(code(text))
    assert not [c for c in coded if c[0] == "agreed" and c[2] == "057"], (text, coded)
    assert any(c[0] == "agreed" and c[1] == "AGREE" for c in coded), (text, coded)


# --- naming an act by a word of blame or praise --------------------------------------------

BLAME = [
    "Ukraine called the shelling of Kharkiv a war crime.",
    "Pakistan called the Indian decision on Kashmir a violation of international law.",
    "The Georgian foreign ministry called the Russian troop build-up a provocation.",
    "Beijing described the arrest of its nationals in Canada as a provocation.",
]


@pytest.mark.parametrize("text", BLAME)
def test_naming_an_act_by_a_word_of_blame_is_criticism(
    code: Callable[..., Record], text: str
) -> None:
    best = best_event(code(text))
    assert best.plover == "ACCUSE" and best.trigger in ("called", "described"), (text, best)


PRAISE = [
    "The French president called the peace accord historic.",
    "Ethiopia described the agreement with Eritrea as a breakthrough.",
]


@pytest.mark.parametrize("text", PRAISE)
def test_naming_an_act_by_a_word_of_praise_is_praise(
    code: Callable[..., Record], text: str
) -> None:
    coded = typed_events(code(text))
    assert any(c[1] == "SUPPORT" and c[2] == "051" for c in coded), (text, coded)


OTHER_CALLS = [
    "The Kenyan opposition called a rally in Nairobi for Saturday.",
    "The Peruvian president called an early election for April.",
    "Chile called its ambassador in Lima home for consultations.",
]


@pytest.mark.parametrize("text", OTHER_CALLS)
def test_other_uses_of_call_are_neither_blame_nor_praise(
    code: Callable[..., Record], text: str
) -> None:
    coded = typed_events(code(text))
    assert not [c for c in coded if c[0] == "called" and c[2] in ("111", "051")], (text, coded)


# --- calls for punishment of a third side ----------------------------------------------------


def test_a_call_for_sanctions_against_a_side_is_verbal_conflict_with_it(
    code: Callable[..., Record],
) -> None:
    record = code("Lithuania called for sanctions against Belarus after the forced landing.")
    best = best_event(record)
    assert (best.plover, best.cameo) == ("ACCUSE", "111"), best
    assert best.target is not None and best.target.country == "BLR", best.target


def test_a_call_for_talks_stays_a_request(code: Callable[..., Record]) -> None:
    best = best_event(
        code("Norway called for talks between the Sri Lankan government and the rebels.")
    )
    assert best.plover == "REQUEST", (best.trigger, best.cameo)


# --- a call made for praise --------------------------------------------------------------------


def test_a_phone_call_made_to_congratulate_is_praise(code: Callable[..., Record]) -> None:
    record = code(
        "The Kenyan president telephoned his Ugandan counterpart to congratulate him on his "
        "election victory."
    )
    best = best_event(record)
    assert (best.plover, best.cameo) == ("SUPPORT", "051"), (best.trigger, best.cameo)
    assert not [c for c in typed_events(record) if c[2] == "041"], typed_events(record)


def test_a_phone_call_made_to_discuss_stays_consultation(code: Callable[..., Record]) -> None:
    record = code(
        "The Kenyan president telephoned his Ugandan counterpart to discuss the border dispute."
    )
    assert best_event(record).plover == "CONSULT", typed_events(record)


# --- a truce broken, whatever noun heads it ----------------------------------------------------

BROKEN_TRUCES = [
    "Armenian forces violated the ceasefire agreement overnight, the Azerbaijani defence "
    "ministry said.",
    "Rebels broke the truce deal by shelling Aleppo on Sunday, Damascus said.",
]


@pytest.mark.parametrize("text", BROKEN_TRUCES)
def test_a_ceasefire_agreement_violated_is_a_ceasefire_violation(
    code: Callable[..., Record], text: str
) -> None:
    coded = typed_events(code(text))
    assert any(c[1] == "ASSAULT" and c[2] == "196" for c in coded), (text, coded)


def test_an_ordinary_agreement_violated_is_no_assault(code: Callable[..., Record]) -> None:
    coded = typed_events(
        code("The Bolivian mining company violated its agreement with the unions.")
    )
    assert not [c for c in coded if c[1] == "ASSAULT"], coded


# --- what an accusation names is alleged ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan accused Armenia of violating the ceasefire in Nagorno-Karabakh.",
        "Moscow accused Kyiv of shelling the nuclear plant at Zaporizhzhia.",
        "The Sudanese army was accused of bombing a market in Darfur.",
    ],
)
def test_the_act_an_accusation_names_is_not_coded_as_done(
    code: Callable[..., Record], text: str
) -> None:
    coded = typed_events(code(text))
    assert not [c for c in coded if c[1] == "ASSAULT"], (text, coded)


def test_an_act_told_beside_an_accusation_is_still_coded(code: Callable[..., Record]) -> None:
    coded = typed_events(
        code("Azerbaijan accused Armenia of lying after its troops shelled the town of Tartar.")
    )
    assert any(c[0] == "shelled" and c[1] == "ASSAULT" for c in coded), coded


# --- agreeing to a truce commits to it -------------------------------------------------------


def test_agreeing_to_a_truce_is_an_intent_to_de_escalate(code: Callable[..., Record]) -> None:
    best = best_event(
        code("The Sudanese army and the Rapid Support Forces agreed to a truce in Jeddah.")
    )
    assert (best.plover, best.cameo) == ("AGREE", "0356"), (best.trigger, best.cameo)


def test_declaring_a_truce_is_the_de_escalation(code: Callable[..., Record]) -> None:
    best = best_event(code("The Sudanese army declared a seven-day truce in Khartoum."))
    assert best.plover == "RETREAT", (best.trigger, best.cameo)


# --- what is granted -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ankara granted the Kurdish fighters passage through its territory.",
        "Beijing granted the Vatican a say in the appointment of bishops.",
    ],
)
def test_a_right_or_leave_granted_is_a_concession(code: Callable[..., Record], text: str) -> None:
    coded = typed_events(code(text))
    assert any(c[0] == "granted" and c[1] == "CONCEDE" for c in coded), (text, coded)


def test_a_sum_granted_is_aid(code: Callable[..., Record]) -> None:
    coded = typed_events(
        code("The Saudi government granted $500 million to Yemen for reconstruction.")
    )
    assert any(c[0] == "granted" and c[1] == "AID" for c in coded), coded


# --- rejection of a deed is denunciation -----------------------------------------------------


def test_rejection_voiced_of_a_deed_is_criticism(code: Callable[..., Record]) -> None:
    best = best_event(code("Jordan expressed its rejection of the Israeli settlement expansion."))
    assert best.plover == "ACCUSE", (best.trigger, best.cameo)


def test_rejection_voiced_of_a_proposal_stays_a_refusal(code: Callable[..., Record]) -> None:
    best = best_event(code("Hamas expressed its rejection of the Egyptian proposal for a truce."))
    assert best.plover == "REJECT", (best.trigger, best.cameo)


# --- leaving talks, withdrawing money, lifting trade bans ---------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        (
            "The Sudanese army withdrew from the Jeddah talks with the paramilitary RSF.",
            "SANCTION",
            "164",
        ),
        ("The Saudi government withdrew its funding for the Lebanese army.", "SANCTION", "162"),
        ("Beijing lifted its ban on imports of Japanese seafood.", "RETREAT", "085"),
    ],
)
def test_withdrawals_and_lifted_bans_by_what_they_touch(
    code: Callable[..., Record], text: str, plover: str, cameo: str
) -> None:
    best = best_event(code(text))
    assert (best.plover, best.cameo) == (plover, cameo), (text, best.trigger, best.cameo)


def test_troops_withdrawn_from_a_city_stay_a_retreat(code: Callable[..., Record]) -> None:
    best = best_event(code("Russian troops withdrew from the city of Kherson."))
    assert (best.plover, best.cameo) == ("RETREAT", "087"), (best.trigger, best.cameo)


# --- a heart that goes out travels nowhere ------------------------------------------------------


def test_a_heart_going_out_to_victims_is_sympathy_not_a_visit(
    code: Callable[..., Record],
) -> None:
    record = code(
        "The Indian prime minister said his heart went out to the families of the flood "
        "victims in Nepal."
    )
    assert not [e for e in record.events if e.plover == "CONSULT"], typed_events(record)


def test_a_leader_going_to_a_capital_still_visits(code: Callable[..., Record]) -> None:
    best = best_event(
        code("The Indian prime minister went to Kathmandu for talks with Nepali leaders.")
    )
    assert best.plover == "CONSULT", (best.trigger, best.cameo)


# --- support that is aid ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Qatar supported the reconstruction of Gaza after the war.",
        "Iran supported the Houthis with weapons and training, the report said.",
    ],
)
def test_support_given_as_relief_money_or_arms_is_aid(
    code: Callable[..., Record], text: str
) -> None:
    assert best_event(code(text)).plover == "AID", typed_events(code(text))


def test_support_for_a_side_or_its_bid_stays_endorsement(code: Callable[..., Record]) -> None:
    assert (
        best_event(code("Egypt supported the Palestinian bid for UN membership.")).plover
        == "SUPPORT"
    )
