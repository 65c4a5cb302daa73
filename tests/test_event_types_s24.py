"""Type distinctions the s24 confusion tables showed (figures only; every sentence here is
written for these tests, the parse is the real one):

- a blockade or a siege (CAMEO 191, under root 19's use of military force) is ASSAULT, but a
  "state of siege" declared is martial law (1724, COERCE);
- aid agencies and their staff expelled are an aid relation cut (1663, SANCTION), not
  individuals deported (174);
- "expressed its rejection of" a deed or a decision denounces it (111, ACCUSE); a proposal,
  an offer or a plan rejected, or a refusal to act, stays a rejection (12x);
- agreeing on or upon a text concludes it (057), as agreeing to one does;
- a bill, a tax or a policy withdrawn concedes a change of policy (0832, CONCEDE), not a
  military withdrawal (087); aid trucks and aid agencies let in are access allowed (086x,
  RETREAT), not a general concession (080); homes and villages burned are property destroyed
  (1712, ASSAULT); the internet, licences or a constitution restored are concessions (0811,
  0834), not a release (084); troops leaving a named place withdraw (087); a field, a port or
  a base seized is territory occupied (192); a people or a minority driven out is mass
  expulsion (201, ASSAULT), not individuals deported (174); logistic, military or financial
  support received is aid (070), not praise (051).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus import ontology
from tacitus.events.coder import find_triggers, refine
from tacitus.events.lexicon import load
from tacitus.events.sense import frame_of, resolve
from tacitus.parse import Parse

LEX = load()


def test_blockade_is_assault_and_martial_law_is_coercion() -> None:
    assert ontology.lookup("191").plover == "ASSAULT"
    assert ontology.lookup("1724").plover == "COERCE"
    assert ontology.lookup("1663").plover == "SANCTION"
    assert ontology.lookup("174").plover == "COERCE"
    assert ontology.lookup("191").root == "19"


def _resolve(parse_text: Callable[[str], Parse], text: str, lemma: str, code: str) -> str | None:
    parse = parse_text(text)
    verb = next(t for t in parse.tokens if t.lemma.lower() == lemma)
    return resolve(code, frame_of(parse, verb))


SENSES = [
    # a state of siege is martial law; a blockade or a siege of a place stays 191
    ("Ecuador's president declared a state of siege in Quito.", "declare", "191", "1724"),
    ("The junta extended the state of siege for ninety days.", "extend", "191", "1724"),
    ("The government declared a siege of the capital's slums.", "declare", "191", "1724"),
    ("Iran declared a naval blockade of the strait.", "declare", "191", "191"),
    ("The navy imposed a blockade on the port of Hodeidah.", "impose", "191", "191"),
    ("The rebels laid siege to the garrison town.", "lay", "191", "191"),
    # aid agencies expelled; people, reporters and envoys expelled stay as they were
    ("Khartoum expelled ten foreign aid agencies from Darfur.", "expel", "174", "1663"),
    ("The junta expelled the humanitarian workers of two charities.", "expel", "174", "1663"),
    ("Moscow expelled two Dutch journalists on Friday.", "expel", "174", "174"),
    ("Caracas expelled the Spanish ambassador.", "expel", "161", "161"),
    # a people or a minority driven out is mass expulsion (201); migrants deported stay 174
    ("Hanoi expelled its ethnic Chinese in 1978.", "expel", "174", "201"),
    ("The junta expelled the country's Asian minority.", "expel", "174", "201"),
    ("Berlin deported forty Afghan men on Tuesday.", "deport", "174", "174"),
    # support received that is logistic or military is aid (070); praise received stays 051
    ("The rebels received logistical support from Kigali.", "receive", "051", "070"),
    ("The militia received military support from Tehran.", "receive", "051", "070"),
    ("The mayor received warm support from the unions.", "receive", "051", "051"),
    # a rejection voiced: of a deed or decision it denounces; of a proposal it refuses
    ("Amman expressed its rejection of the Israeli decision.", "express", "120", "111"),
    ("Rabat voiced its rejection of the raid on the consulate.", "voice", "120", "111"),
    ("Tehran expressed its rejection of the European offer of talks.", "express", "120", "120"),
    ("Hamas voiced its rejection of the truce proposal.", "voice", "120", "120"),
    ("Pyongyang reiterated its refusal to halt the tests.", "reiterate", "120", "120"),
]


@pytest.mark.parametrize(("text", "lemma", "code", "then"), SENSES)
def test_sense_rule_retypes_or_keeps(
    parse_text: Callable[[str], Parse], text: str, lemma: str, code: str, then: str
) -> None:
    assert _resolve(parse_text, text, lemma, code) == then, text


def _triggers(parse_text: Callable[[str], Parse], text: str) -> list[tuple[str, str]]:
    parse = parse_text(text)
    return [
        (t.token.text.lower(), t.code)
        for t in refine(parse, find_triggers(parse, LEX, 0, len(parse.tokens)))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul and Tokyo agreed on the text of a joint communique.",
        "The two delegations agreed upon the wording of the declaration.",
        "Armenia and Azerbaijan agreed on the text of the border accord.",
    ],
)
def test_agreeing_on_a_text_concludes_it(parse_text: Callable[[str], Parse], text: str) -> None:
    found = _triggers(parse_text, text)
    assert ("agreed", "057") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo agreed on a joint patrol of the border.",
        "The two sides agreed on the need for more talks.",
    ],
)
def test_agreeing_on_a_plan_stays_an_intent(parse_text: Callable[[str], Parse], text: str) -> None:
    found = _triggers(parse_text, text)
    assert ("agreed", "057") not in found, found
    assert [c for w, c in found if w == "agreed" and c.startswith("03")], found


LEXICON = [
    # a bill, a tax or a policy withdrawn concedes a change of policy (0832, CONCEDE)
    ("The cabinet withdrew the fuel tax after a week of strikes.", "withdrew", "0832"),
    ("Facing protests, the premier withdrew the citizenship bill.", "withdrew", "0832"),
    # aid trucks and agencies let in: access allowed (086x, RETREAT)
    ("Damascus allowed the aid trucks into Douma on Monday.", "allowed", "0863"),
    ("The junta allowed the UN refugee agency into Rakhine.", "allowed", "086"),
    # arson on homes and villages destroys property (1712, ASSAULT)
    ("Militiamen burned the houses of the village chief.", "burned", "1712"),
    # services and institutions a state cut, restored: eased (0811) or acceded to (0834)
    ("Islamabad restored mobile internet in Quetta on Sunday.", "restored", "0811"),
    ("The junta restored the constitution after the talks.", "restored", "0834"),
    # an armed group that seizes a field, a port or a base occupies it (192, ASSAULT)
    ("Rebels seized the oil field near the border.", "seized", "192"),
    # troops that leave a named country or town withdraw from it (087, RETREAT)
    ("The last Cuban troops left Angola in 1991.", "left", "087"),
]


@pytest.mark.parametrize(("text", "word", "code"), LEXICON)
def test_lexicon_gives_the_finer_code(
    parse_text: Callable[[str], Parse], text: str, word: str, code: str
) -> None:
    found = _triggers(parse_text, text)
    assert (word, code) in found, found
    assert ontology.lookup(code).plover in ("CONCEDE", "RETREAT", "ASSAULT")
    assert ontology.lookup("201").plover == "ASSAULT"


def test_troops_leaving_things_behind_withdraw_from_nowhere(
    parse_text: Callable[[str], Parse],
) -> None:
    assert _resolve(parse_text, "Soldiers left their rifles at the gate.", "leave", "087") is None
    assert _resolve(parse_text, "Soldiers left Kabul on Monday.", "leave", "087") == "087"


NEIGHBOURS = [
    # troops withdrawn stay a military retreat; a product, a player or waste are no policy
    ("Hanoi withdrew its troops from Cambodia in 1989.", "withdrew", "087"),
    ("The firm withdrew the faulty model from sale.", "withdrew", "0832"),
    ("The coach withdrew the striker at half-time.", "withdrew", "0832"),
    ("The farmers burned the stubble in their fields.", "burned", "1712"),
    ("Engineers restored the power supply after the storm.", "restored", "0811"),
    ("Customs officers seized the cocaine at the airport.", "seized", "192"),
]


@pytest.mark.parametrize(("text", "word", "code"), NEIGHBOURS)
def test_neighbour_does_not_take_the_finer_code(
    parse_text: Callable[[str], Parse], text: str, word: str, code: str
) -> None:
    found = _triggers(parse_text, text)
    if code == "087":  # the military withdrawal keeps its code
        assert (word, code) in found, found
    else:
        assert (word, code) not in found, found
