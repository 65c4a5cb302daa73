"""Dyads of acts that move people or things (s26, :func:`.events.targets.moved_to`).

"Withdrew its forces from X", "deployed troops to X", "retook the town from the rebels":
the verb's object is what moves, mostly the doer's own, and the act is aimed at the side
named where it goes or what it leaves. An expulsion or a deportation stays aimed at the
people thrown out. The sentences are written for these tests; the pipeline is the real one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.evaluate.event_sets import best_of
from tacitus.records import Event, Record

pytestmark = pytest.mark.model

Code = Callable[..., Record]


def _best(record: Record) -> Event:
    best = best_of(record.events)
    assert best, [(e.cameo, e.source, e.target) for e in record.events]
    return best[0]


def _covers(record: Record, ev: Event, word: str) -> bool:
    assert ev.target is not None
    at = record.article.text.index(word)
    return any(s <= at < e for s, e in ev.target.mentions)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what it leaves: a "from" phrase on the verb
        ("Colombian troops recaptured the border post from FARC guerrillas.", "FARC"),
        ("The Malian army retook the town of Kidal from Tuareg rebels in November.", "Tuareg"),
        # where it goes: a "to" phrase
        ("Ankara sent its interior minister to Baghdad to meet Iraqi officials.", "Iraqi"),
        ("The Kenyan government dispatched police officers to Haitian authorities.", "Haitian"),
        ("Australia withdrew its special forces from the NATO mission.", "NATO"),
        # "out of"
        ("Morocco pulled its peacekeepers out of the United Nations mission.", "United Nations"),
    ],
)
def test_the_side_a_moved_object_goes_to_or_leaves_is_the_target(
    code: Code, text: str, word: str
) -> None:
    rec = code(text)
    ev = _best(rec)
    assert ev.target is not None, (ev.cameo, ev.source)
    assert _covers(rec, ev, word), (ev.cameo, ev.target.name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an expulsion is aimed at the people expelled, wherever they are sent
        ("Bahrain expelled the Iranian charge d'affaires to Tehran.", "Iranian"),
        # a to-phrase with no side in it leaves the object the target
        ("The Thai navy returned the Burmese fishermen to their home port.", "Burmese"),
        # foreigners handed to the doer's own authorities
        ("Sweden transferred its Afghan interpreters to Swedish authorities.", "Afghan"),
    ],
)
def test_the_people_an_act_is_aimed_at_stay_its_target(code: Code, text: str, word: str) -> None:
    rec = code(text)
    ev = _best(rec)
    assert ev.target is not None, (ev.cameo, ev.source)
    assert _covers(rec, ev, word), (ev.cameo, ev.target.name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the doer's own country in a reason phrase
        ("German Chancellor Brandt apologized to Poland for Germany's wartime crimes.", "POL"),
        ("The Canadian foreign minister apologized to India for Canada's handling of it.", "IND"),
        ("Dutch Prime Minister Rutte apologised to Indonesia for the Netherlands' war.", "IDN"),
        # the doer's own country inside the content of a warning
        ("The Chilean president warned Bolivia that any claim on Chile would fail.", "BOL"),
        ("The Indian army chief warned Pakistan that attacks on India would be punished.", "PAK"),
    ],
)
def test_a_state_organ_does_not_act_on_its_own_state(code: Code, text: str, country: str) -> None:
    ev = _best(code(text))
    assert ev.target is not None and ev.source is not None, ev.cameo
    assert ev.target.country == country, (ev.cameo, ev.source.name, ev.target.name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # people outside the state act on their own government
        ("French farmers threatened Paris with road blockades over the trade deal.", "FRA"),
        ("Kenyan opposition leaders accused Nairobi of rigging the vote.", "KEN"),
    ],
)
def test_people_outside_the_state_may_face_their_own_state(
    code: Code, text: str, country: str
) -> None:
    ev = _best(code(text))
    assert ev.target is not None, ev.cameo
    assert ev.target.country == country, (ev.cameo, ev.target.name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Three Ghanaian peacekeepers were killed when rebel gunmen ambushed their convoy.", None),
        ("Two Indian soldiers were killed when Pakistani troops opened fire on their post.", "PAK"),
        ("Four Yemeni fishermen were wounded after Saudi warships shelled their boats.", "SAU"),
        ("Eleven Afghan police were killed as Taliban fighters stormed a checkpoint.", "AFG"),
    ],
)
def test_a_passive_harm_takes_its_doer_from_the_attack_that_caused_it(
    code: Code, text: str, country: str | None
) -> None:
    ev = _best(code(text))
    assert ev.root in ("18", "19", "20"), ev.cameo
    assert ev.source is not None, (ev.cameo, ev.target)
    assert ev.rule.endswith("+subject"), ev.rule
    if country is not None:
        assert ev.source.country == country, (ev.source.name, ev.source.country)


@pytest.mark.parametrize(
    "text",
    [
        # a clause that is no attack names no doer
        "Two protesters were arrested when the president visited the city.",
        "Nine passengers were killed when their bus overturned near Nakuru.",
    ],
)
def test_a_clause_that_is_no_attack_names_no_doer(code: Code, text: str) -> None:
    rec = code(text)
    assert all(e.source is None for e in rec.events), [
        (e.cameo, e.source.name if e.source else None) for e in rec.events
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the weapon's participle names who used it
        ("A Georgian checkpoint was hit by shells fired by Russian troops.", "RUS"),
        ("Two Iraqi soldiers were killed by a car bomb planted by Islamic State militants.", None),
        ("A Saudi airport was damaged by missiles launched by Yemen's Houthi rebels.", "YEM"),
        # or its "from" phrase
        ("A Kenyan police convoy was hit by gunfire from Somali militants.", "SOM"),
    ],
)
def test_a_passive_harm_by_a_weapon_takes_its_doer_from_the_weapon(
    code: Code, text: str, country: str | None
) -> None:
    ev = _best(code(text))
    assert ev.root in ("17", "18", "19", "20"), ev.cameo
    assert ev.source is not None, (ev.cameo, ev.target)
    assert ev.rule.endswith("+subject"), ev.rule
    if country is not None:
        assert ev.source.country == country, (ev.source.name, ev.source.country)


def _by_trigger(record: Record, word: str) -> Event:
    found = [e for e in record.events if e.trigger == word]
    assert found, [(e.trigger, e.cameo) for e in record.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "gerund", "doer", "target"),
    [
        # praise, blame and punishment are for what their object did
        ("France condemned Iran for seizing two Greek tankers.", "seizing", "IRN", "GRC"),
        ("Senegal praised Gambia for sending troops to Guinea-Bissau.", "sending", "GMB", "GNB"),
        ("Mali thanked Algeria for hosting talks with Tuareg rebels.", "hosting", "DZA", None),
        ("Kenya congratulated Tanzania for releasing Kenyan fishermen.", "releasing", "TZA", "KEN"),
        # in the passive, its subject did it
        ("Belarus was condemned by Poland for detaining Lithuanians.", "detaining", "BLR", "LTU"),
    ],
)
def test_the_object_of_praise_or_blame_does_the_act_of_its_gerund(
    code: Code, text: str, gerund: str, doer: str, target: str | None
) -> None:
    ev = _by_trigger(code(text), gerund)
    assert ev.source is not None and ev.source.country == doer, ev.source
    if target is not None:
        assert ev.target is not None and ev.target.country == target, ev.target


def test_the_subject_of_an_apology_does_the_act_it_is_for(code: Code) -> None:
    ev = _by_trigger(code("Peru apologised to Ecuador for closing the border crossing."), "closing")
    assert ev.source is not None and ev.source.country == "PER", ev.source


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("India protested the killing of an Indian student by Australian police.", "AUS"),
        ("Nepal condemned the beating of Nepali workers by Qatari security guards.", "QAT"),
        ("Peru denounced the arrest of Peruvian miners by Ecuadorian soldiers.", "ECU"),
    ],
)
def test_a_protest_at_an_act_is_aimed_at_its_doer_not_its_victim(
    code: Code, text: str, country: str
) -> None:
    ev = _best(code(text))
    assert ev.root in ("11", "12", "14"), ev.cameo
    assert ev.target is not None and ev.target.country == country, ev.target


@pytest.mark.parametrize(
    ("text", "noun", "country"),
    [
        ("Malian soldiers suffered losses in attacks by jihadist fighters.", "attacks", "MLI"),
        ("Rohingya villagers in Rakhine fled new attacks by the Myanmar army.", "attacks", "MMR"),
        ("Armenian troops repelled an assault by Azerbaijani forces.", "assault", "ARM"),
    ],
)
def test_who_suffers_an_attack_named_by_a_noun_is_its_target(
    code: Code, text: str, noun: str, country: str
) -> None:
    ev = _by_trigger(code(text), noun)
    assert ev.target is not None and ev.target.country == country, ev.target


def test_an_attack_in_a_time_phrase_is_not_aimed_at_who_fled_after_it(code: Code) -> None:
    ev = _by_trigger(code("Kenyan tourists fled the town after the attack by gunmen."), "attack")
    assert ev.target is None or ev.target.country != "KEN", ev.target
