"""News idioms the lexicon never proposed (s22), each with an ordinary-sense neighbour:

- aid: treating the wounded, topping up or paying for relief, footing the bill, relief goods
  flown in or delivered by the truckload, aid given in response;
- accusation: upholding a conviction (116), bearing responsibility, a report that a side
  "was responsible" for a harmful deed, rounding on a side, branding a side with a word of
  blame (not a product);
- coercion: stripping citizenship, revoking a licence, disqualifying a candidate, taking
  control of a place, cutting the internet or social media (1721, not a blocked road);
- dynamiting property is destroying it (171, as "blow up" and "demolish" stay: the
  PLOVER-coded dev records read these as COERCE, not 1712's ASSAULT);
- yield: standing down, handing power over, letting inspectors or envoys in;
- support: putting signatures or pen to paper, initialling a text, speaking up for or coming
  to the defence of a side, rallying support;
- two coder faults: a denial in an appositive ("a charge Y denies") no longer vetoes the
  accusation, and a coordinated subject the parser hangs on a fronted phrase ("During a
  visit to Hanoi, A and B signed ...") is still the subject.

Every sentence is written for these tests. Patterns are checked on the lexicon's triggers
(what the model is shown); sense rules and coder fixes on the whole pipeline's events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.events.coder import find_triggers, refine
from tacitus.events.lexicon import load
from tacitus.parse import Parse
from tacitus.records import Record

LEX = load()


def triggers(parse_text: Callable[[str], Parse], text: str) -> list[tuple[str, str]]:
    parse = parse_text(text)
    found = refine(parse, find_triggers(parse, LEX, 0, len(parse.tokens)))
    return [(t.token.text.lower(), t.code) for t in found]


FIRES = [
    # aid
    ("Medecins Sans Frontieres treated dozens of wounded in Khan Younis.", "treated", "073"),
    ("Norway topped up its aid to Yemen by 20 million dollars.", "topped", "070"),
    ("Qatar will pay for the reconstruction of schools in Gaza.", "pay", "071"),
    ("The Gulf states footed the bill for the new airport in Aden.", "footed", "071"),
    ("Jordanian planes flew flour and tents into the besieged town.", "flew", "073"),
    ("The World Food Programme delivered forty trucks of wheat to Tigray.", "delivered", "073"),
    ("Washington delivered more howitzers to Kyiv last month.", "delivered", "072"),
    ("India responded with relief supplies after the cyclone hit Myanmar.", "responded", "073"),
    # accusation
    ("An appeals court in Cairo upheld the conviction of the activist.", "upheld", "116"),
    ("Israel bears responsibility for the blast, the Lebanese president said.", "bears", "112"),
    ("Kyiv said Moscow was responsible for the shelling of the plant.", "said", "112"),
    ("The Polish premier rounded on Brussels over the migration pact.", "rounded", "111"),
    # coercion
    ("Nicaragua stripped 94 opponents of their nationality.", "stripped", "172"),
    ("The junta revoked the licences of two French broadcasters.", "revoked", "172"),
    ("The electoral board disqualified the main opposition candidate.", "disqualified", "1722"),
    ("Rebels took control of Goma after days of fighting.", "took", "192"),
    ("Tehran suspended internet access in Zahedan.", "suspended", "1721"),
    ("Myanmar's junta blocked Facebook across the country.", "blocked", "1721"),
    # destruction
    ("Soldiers dynamited the bridge over the river.", "dynamited", "171"),
    ("The militia blew up the power station in the north.", "blew", "171"),
    ("Bulldozers sent by the city demolished the camp on Monday.", "demolished", "171"),
    # yield
    ("The Kyrgyz president stood down after a week of protests.", "stood", "084"),
    ("Sudan's generals handed power to a transitional council.", "handed", "0831"),
    ("Iran allowed UN investigators to visit the detention centre.", "allowed", "086"),
    # support
    ("Rwanda and Congo put their signatures to the peace agreement.", "put", "057"),
    ("The two negotiators initialled the draft treaty in Geneva.", "initialled", "057"),
    ("Ankara and Damascus put pen to paper on the water deal.", "put", "057"),
    ("The Irish premier spoke up for Palestine at the UN.", "spoke", "052"),
    ("Saudi Arabia came to the defence of Bahrain at the summit.", "came", "052"),
    ("The Pope rallied support for the refugees in Lesbos.", "rallied", "053"),
]


@pytest.mark.parametrize(("text", "word", "code"), FIRES)
def test_news_idiom_is_proposed_with_its_code(
    parse_text: Callable[[str], Parse], text: str, word: str, code: str
) -> None:
    found = triggers(parse_text, text)
    assert (word, code) in found, (text, found)


QUIET = [
    ("The nurse treated the customer with great patience.", "treated"),
    ("She topped up her phone before the flight.", "topped"),
    ("The minister paid for his own dinner in Rome.", "paid"),
    ("The pilot flew the plane into Heathrow on time.", "flew"),
    ("The chancellor delivered a speech in Berlin.", "delivered"),
    ("The midwife delivered a baby in the ambulance.", "delivered"),
    ("The ministry responded with a short statement.", "responded"),
    ("The court upheld the principle of free speech.", "upheld"),
    ("The bridge bears the weight of heavy lorries.", "bears"),
    ("The workers stripped the paint from the hull.", "stripped"),
    ("The city revoked the parking rules for the weekend.", "revoked"),
    ("The sprinter was disqualified from the final after a false start.", "disqualified"),
    ("The initial reaction in Seoul was muted.", "initial"),
    ("The guard put the keys to the door on the table.", "put"),
    ("The singer spoke to reporters after the concert.", "spoke"),
    ("Organisers rallied the volunteers before the race.", "rallied"),
]


@pytest.mark.parametrize(("text", "word"), QUIET)
def test_ordinary_sense_gets_none_of_the_new_codes(
    parse_text: Callable[[str], Parse], text: str, word: str
) -> None:
    new = {c for _t, _w, c in FIRES}
    found = triggers(parse_text, text)
    assert not [f for f in found if f[0] == word and f[1] in new], (text, found)


def _events(record: Record) -> list[tuple[str, str]]:
    return [(e.trigger.lower(), e.cameo) for e in record.events]


def test_branding_needs_a_word_of_blame(code: Callable[..., Record]) -> None:
    blamed = _events(code("Ankara branded the Kurdish party a terrorist front."))
    assert ("branded", "112") in blamed, blamed
    product = _events(code("Adidas branded its new football boots in Munich."))
    assert not [e for e in product if e[0] == "branded"], product


def test_responsible_for_a_duty_is_no_blame(code: Callable[..., Record]) -> None:
    duty = _events(code("Ghana said the health ministry was responsible for the vaccine rollout."))
    assert not [e for e in duty if e == ("said", "112")], duty


def test_blocked_social_media_restricts_expression(code: Callable[..., Record]) -> None:
    media = _events(code("Uganda blocked access to social media before the election."))
    assert ("blocked", "1721") in media, media
    road = _events(code("Protesters blocked access to the port of Durban."))
    assert not [e for e in road if e == ("blocked", "1721")], road


def test_appositive_denial_keeps_the_accusation(code: Callable[..., Record]) -> None:
    text = "Seoul accused Pyongyang of hacking its banks, a charge Pyongyang denies."
    coded = _events(code(text))
    assert ("accused", "112") in coded, coded


def test_denied_clause_stays_denied(code: Callable[..., Record]) -> None:
    coded = _events(code("Moscow denied that its jets had bombed the hospital in Idlib."))
    assert not [e for e in coded if e[0] == "bombed"], coded


def test_subject_after_a_fronted_phrase(code: Callable[..., Record]) -> None:
    record = code("During a three-day visit to Manila, Albanese and Marcos signed a defence pact.")
    signed = [e for e in record.events if e.trigger.lower() == "signed"]
    assert signed and all(e.source is not None for e in signed), record.events


NOT_A_DEFENCE = [
    "The former Chilean minister spoke out for the first time about the coup.",
    "The Ghanaian president came to the defence ministry on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_A_DEFENCE)
def test_speaking_for_the_first_time_or_visiting_a_ministry_defends_no_one(
    code: Callable[..., Record], text: str
) -> None:
    coded = _events(code(text))
    assert not [e for e in coded if e[1] == "052"], coded


def test_treating_civilians_harshly_is_no_aid(parse_text: Callable[[str], Parse]) -> None:
    found = triggers(parse_text, "The militia treated the civilians harshly in Kordofan.")
    assert not [f for f in found if f[0] == "treated"], found
