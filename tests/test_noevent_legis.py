"""No-event frames of ordinary lawmaking and judicial business (``events.noevent_legis``):
a legislature's vote on a text of law, a bill's provisions, a court's verdict on a private
person, its calendar and its procedure go quiet; the same verbs between political actors
(a court on an opposition leader or a journalist, a parliament on a president or a foreign
state, a court on the government) keep their event.

Every passage is written for these tests. Each check has passages in its no-event frame (no
event on the trigger) and near-identical ones in an event frame (an event of the expected
PLOVER type on the trigger)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_legis import _is_law, _owned, _private_person
from tacitus.parse import Parse
from tacitus.records import Record

#: (check, passage, trigger): no event on the trigger
QUIET = [
    (
        "lawmaking",
        "The Bundestag voted 412 to 201 to approve the heating law after months of wrangling.",
        "approve",
    ),
    (
        "lawmaking",
        "Members of the European Parliament approved new rules on packaging waste by 476 "
        "votes to 129.",
        "approved",
    ),
    (
        "lawmaking",
        "Lawmakers in Seoul voted down a proposal to extend the working week to 69 hours.",
        "voted",
    ),
    (
        "lobbying",
        "The committee heard from farmers and scientists for two days. Environmental groups "
        "pressed for tougher limits on nitrates.",
        "pressed",
    ),
    (
        "support in a debate",
        "The Storting debated the pension reform for a day. The labour minister defended the "
        "plan against attacks from the right.",
        "defended",
    ),
    (
        "bill content",
        "A group of senators unveiled a bill that would force Google and Meta to pay news "
        "outlets for their content.",
        "unveiled",
    ),
    (
        "bill content",
        "Congressman Luis Ortega has introduced a bill targeting pharmacy benefit managers, "
        "which he blames for high drug prices.",
        "blames",
    ),
    (
        "verdict",
        "A Mumbai court sentenced a man to ten years in prison for robbing a jewellery shop.",
        "sentenced",
    ),
    (
        "verdict",
        "A judge in Ohio sentenced the former bank teller to three years for embezzling "
        "$800,000 from elderly customers.",
        "sentenced",
    ),
    (
        "verdict",
        "A Porto Alegre judge convicted a pharmacist of selling fake cancer drugs. He will "
        "be sentenced in April.",
        "convicted",
    ),
    (
        "verdict",
        "A court in Lagos granted bail to a pastor accused of defrauding his congregation.",
        "granted",
    ),
    (
        "charge",
        "A court in Multan sentenced a man to death for killing his brother in a quarrel over "
        "land.",
        "killing",
    ),
    (
        "order",
        "The High Court in Durban ordered a landlord to let six families return to the flats "
        "he had locked them out of.",
        "ordered",
    ),
    (
        "procedure",
        "The Supreme Court of Canada dismissed an appeal by the trucking company in its "
        "contract dispute with a fuel supplier.",
        "dismissed",
    ),
    (
        "procedure",
        "The Supreme Court agreed to hear an appeal in a patent dispute between two drug "
        "companies.",
        "agreed",
    ),
    (
        "passive verdict",
        "A court in Durban convicted a taxi driver of murdering a rival driver. He will be "
        "sentenced next week.",
        "sentenced",
    ),
    (
        "courtroom",
        "The judge warned jurors not to read news reports about the case.",
        "warned",
    ),
    (
        "procedure",
        "The judge granted the defence's request for more time to prepare.",
        "granted",
    ),
    (
        "procedure",
        "The judge refused to throw out the case against the developer.",
        "refused",
    ),
    (
        "courtroom",
        "The magistrate warned the teenager that he would go to jail if he breached his bail "
        "again.",
        "warned",
    ),
    (
        "private suit",
        "The family of the late singer sued the record label for unpaid royalties.",
        "sued",
    ),
    (
        "upheld rule",
        "The Environment Court upheld the council's refusal to allow a quarry near the town.",
        "upheld",
    ),
    (
        "calendar",
        "A federal judge in Delaware scheduled a hearing for March 3 in the dispute between "
        "Twitter and Elon Musk.",
        "hearing",
    ),
    (
        "passive verdict",
        "The actress was convicted of tax fraud in Madrid on Tuesday.",
        "convicted",
    ),
]

#: (check, passage, trigger, PLOVER type): an event of that type on the trigger
KEPT = [
    (
        "lawmaking",
        "The US Senate voted 98 to 2 to impose new sanctions on Russia.",
        "impose",
        "SANCTION",
    ),
    (
        "lawmaking",
        "Lawmakers in Lima voted to remove President Martín Vizcarra from office.",
        "voted",
        "COERCE",
    ),
    (
        "lawmaking",
        "Iran's parliament speaker on Sunday rebuffed the European proposal for an interim "
        "nuclear deal.",
        "rebuffed",
        "REJECT",
    ),
    (
        "lobbying",
        "Rights groups lobbied the government for the release of political prisoners.",
        "lobbied",
        "REQUEST",
    ),
    (
        "support in a debate",
        "The Storting debated the pension reform for a day. The labour minister defended the "
        "unions against attacks from the right.",
        "defended",
        "SUPPORT",
    ),
    (
        "bill content",
        "The Rada passed a law banning Russian music from radio and television.",
        "passed",
        "COERCE",
    ),
    (
        "verdict",
        "A court in Cairo sentenced a blogger to three years in prison for insulting the "
        "president.",
        "sentenced",
        "COERCE",
    ),
    (
        "verdict",
        "A Russian court sentenced opposition leader Alexei Navalny to nine years in prison.",
        "sentenced",
        "COERCE",
    ),
    (
        "verdict",
        "An Iranian court sentenced the British-Iranian aid worker to a year in prison for "
        "propaganda against the system.",
        "sentenced",
        "COERCE",
    ),
    (
        "verdict",
        "An Iranian revolutionary court sentenced a man to death for spying for Israel.",
        "sentenced",
        "COERCE",
    ),
    (
        "passive verdict",
        "A court in Tunis convicted the opposition leader of plotting against the state. He "
        "was sentenced to ten years in prison on Monday.",
        "sentenced",
        "COERCE",
    ),
    (
        "courtroom",
        "The magistrate warned the opposition leader that he would be jailed if he spoke at "
        "the rally.",
        "warned",
        "THREATEN",
    ),
    (
        "private suit",
        "Greenpeace sued the government over its failure to cut emissions.",
        "sued",
        "ACCUSE",
    ),
    (
        "upheld rule",
        "The Supreme Court upheld the conviction of the opposition leader.",
        "upheld",
        "ACCUSE",
    ),
    (
        "procedure",
        "The Supreme Court dismissed the opposition's appeal against the election results.",
        "dismissed",
        "REJECT",
    ),
    (
        "order",
        "The Supreme Court ordered the government to release the two detained journalists.",
        "ordered",
        "REQUEST",
    ),
    (
        "passive verdict",
        "The actress was convicted of insulting the king in Madrid on Tuesday.",
        "convicted",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("check", "text", "trigger"), QUIET)
def test_no_event_frame_is_quiet(
    code: Callable[..., Record], check: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], check


@pytest.mark.parametrize(("check", "text", "trigger", "plover"), KEPT)
def test_event_frame_is_kept(
    code: Callable[..., Record], check: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), check


def _token(parse: Parse, word: str) -> int:
    return next(t.i for t in parse.tokens if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "law"),
    [
        ("The senate passed the farm bill.", "bill", True),
        ("The committee approved new rules.", "rules", True),
        ("The army declared martial law.", "law", False),
        ("The court heard the case.", "case", False),
    ],
)
def test_a_text_of_law(parse_text: Callable[[str], Parse], text: str, word: str, law: bool) -> None:
    parse = parse_text(text)
    assert _is_law(parse, parse.tokens[_token(parse, word)]) is law


@pytest.mark.parametrize(
    ("text", "word", "owned"),
    [
        ("The assembly rejected the government's budget.", "budget", True),
        ("The speaker rebuffed the European proposal.", "proposal", True),
        ("The assembly rejected the plan put forward by the cabinet.", "plan", True),
        ("The assembly rejected the budget.", "budget", False),
    ],
)
def test_a_text_named_as_another_partys(
    parse_text: Callable[[str], Parse], text: str, word: str, owned: bool
) -> None:
    parse = parse_text(text)
    assert _owned(parse, parse.tokens[_token(parse, word)]) is owned


@pytest.mark.parametrize(
    ("text", "word", "private"),
    [
        ("The court jailed a pharmacist.", "pharmacist", True),
        ("The court jailed the former bank teller.", "teller", True),
        ("The court jailed the opposition activist.", "activist", False),
        ("The court jailed the Egyptian student.", "student", False),
    ],
)
def test_a_private_person(
    parse_text: Callable[[str], Parse], text: str, word: str, private: bool
) -> None:
    parse = parse_text(text)
    assert _private_person(parse, parse.tokens[_token(parse, word)]) is private
