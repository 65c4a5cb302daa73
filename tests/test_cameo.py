"""CAMEO 1.1b3: the ontology table and the codes the lexicon gives mean what CAMEO 1.1b3 says.

The expected labels and Goldstein values are facts from the CAMEO 1.1b3 codebook and GDELT
2.0's Goldstein scale; the sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus import ontology
from tacitus.events import lexicon
from tacitus.parse import Parse

#: code -> (a word its 1.1b3 label must contain, Goldstein value, PLOVER type or None)
MEANINGS = {
    "011": ("decline comment", -0.1, None),
    "015": ("claim responsibility", 0.0, None),
    "016": ("deny responsibility", -2.0, "REJECT"),
    "018": ("empathetic", 3.4, None),
    "019": ("accord", 3.4, None),
    "021": ("material cooperation", 3.4, "REQUEST"),
    "022": ("diplomatic cooperation", 3.2, "REQUEST"),
    "0253": ("release of persons", None, "REQUEST"),
    "031": ("material cooperation", 5.2, "AGREE"),
    "0353": ("release persons", 7.0, "AGREE"),
    "0356": ("de-escalate", 7.0, "AGREE"),
    "036": ("meet or negotiate", None, "AGREE"),
    "042": ("visit", None, "CONSULT"),
    "046": ("negotiation", None, "CONSULT"),
    "057": ("sign formal agreement", None, "SUPPORT"),
    "101": ("material cooperation", -5.0, "REQUEST"),
    "105": ("yields", -5.0, "REQUEST"),
    "106": ("meeting", -5.0, "REQUEST"),
    "108": ("mediation", -5.0, "REQUEST"),
    "116": ("guilty", None, "ACCUSE"),
    "124": ("decline to yield", -4.0, "REJECT"),
    "125": ("proposal to meet", -5.0, "REJECT"),
    "126": ("mediation", -5.0, "REJECT"),
    "127": ("plan, agreement to settle", -5.0, "REJECT"),
    "128": ("defy norms", -5.0, "REJECT"),
    "129": ("veto", None, "REJECT"),
    "1312": ("sanction", None, "THREATEN"),
    "138": ("military force", -7.0, "THREATEN"),
    "145": ("riot", None, "PROTEST"),
    "1451": ("violent protest", -7.5, "PROTEST"),
    "161": ("diplomatic relations", None, "SANCTION"),
    "163": ("sanctions", -8.0, "SANCTION"),
    "164": ("halt negotiations", -7.0, "SANCTION"),
    "165": ("halt mediation", -6.5, "SANCTION"),
    "0813": ("ease curfew", None, "RETREAT"),
    "0814": ("state of emergency", None, "RETREAT"),
    "166": ("expel or withdraw", -7.0, "SANCTION"),
    "1661": ("peacekeepers", None, "SANCTION"),
    "1662": ("inspectors", None, "SANCTION"),
    "173": ("arrest", None, "COERCE"),
    "174": ("deport individuals", None, "COERCE"),
    "175": ("violent repression", -9.0, "ASSAULT"),
    "181": ("abduct", -9.0, "ASSAULT"),
    "183": ("bombing", -10.0, "ASSAULT"),
    "190": ("conventional military force", -10.0, "ASSAULT"),
    "2041": ("chemical", -10.0, "ASSAULT"),
}


@pytest.mark.parametrize("code", sorted(MEANINGS))
def test_code_means_what_cameo_1_1b3_says(code: str) -> None:
    word, goldstein, plover = MEANINGS[code]
    entry = ontology.lookup(code)
    assert entry.code == code, f"{code} missing from data/cameo.tsv"
    assert word in entry.label.lower()
    if goldstein is not None:
        assert entry.goldstein == goldstein
    assert (entry.plover or None) == plover


def test_no_codes_from_the_older_draft() -> None:
    """Sub-codes of the older draft that 1.1b3 does not have are gone."""
    for code in ("0357", "1213", "1641", "1642", "1643"):
        assert ontology.lookup(code).code != code


def test_every_lexicon_code_is_a_1_1b3_code() -> None:
    lex = lexicon.load()
    patterns = [p for ps in (*lex.verbs.values(), *lex.nouns.values()) for p in ps]
    codes = {p.code for p in patterns if p.code != "noun"}
    assert codes
    for code in codes:
        assert ontology.lookup(code).code == code, code


STATES: Known = {"Chile": ("CHL", None), "Peru": ("PER", None)}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile imposed sanctions on Peru.", "163"),
        ("Chile suspended talks with Peru.", "164"),
        ("Chile expelled the observers from Peru.", "1662"),
        ("Chile expelled two diplomats of Peru.", "161"),
        ("Chile expelled two journalists to Peru.", "174"),
        ("Chile denied the allegations by Peru.", "016"),
        ("Chile vetoed a resolution drafted by Peru.", "129"),
        ("Chile flouted the ruling against Peru.", "128"),
        ("Chile demanded talks with Peru.", "106"),
        ("Chile rejected talks with Peru.", "125"),
        ("Chile sympathized with Peru.", "018"),
        ("Chile lifted the curfew it had imposed on Peru.", "0813"),
        ("Chile ended the state of emergency on its border with Peru.", "0814"),
        ("Chile lifted martial law in the provinces bordering Peru.", "0814"),
        ("Chile lifted the restrictions it had placed on Peru.", "081"),
    ],
)
def test_lexicon_codes_follow_1_1b3(code: Code, sentence: str, expected: str) -> None:
    assert expected in {e.cameo for e in code(sentence, STATES)}
