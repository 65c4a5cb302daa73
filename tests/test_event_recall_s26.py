"""Event recall on news wording the coder missed (session 26).

``bench/event_misses.py`` counts the gold events given no event by where they were lost.
Four general classes came out of its counts and of sentences written to probe them:

- a crowd "rallied against" a side: a demonstration (141), not an actor rallying others
  against one (113, which needs a named doer and so was dropped for "thousands");
- convoys, bases and positions that "came under" shelling, or under attack or fire with no
  "from": attacked (190), the subject the target;
- the act noun "killing", and an act noun whose "by" agent the parser hangs on the object of
  its "of" ("the arrest of the editor *by police*"): the agent did the act to that object;
- a visit told with a copula, "X is in Beijing for talks with Y": the talks are reported as
  "X flew to Beijing for talks" is;
- aid and sanctions told in the passive with no agent, received by a state or its people
  ("sanctions were imposed on Russian banks"): coded with an unknown doer, as acts of force
  are; and a passive with a "between" pair ("talks were held between X and Y"): the pair;
- a joint act done "with" someone as the setting of a clause ("Xi raised Taiwan *during
  talks with Biden*"): the clause's subject is its other side;
- acts of going or sending whose doer follows "of" ("the visit *of the Pope* to Iraq", "the
  withdrawal *of US troops* was completed").

Every sentence here is written for these tests, in varied regions and registers; the parse
is the real one. The look-alikes keep the other senses of the same words quiet.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.events.coder import find_triggers, refine
from tacitus.events.lexicon import load
from tacitus.parse import Parse
from tacitus.records import Record

LEX = load()


def _codes(parse: Parse, lemma: str) -> list[str]:
    triggers = refine(parse, find_triggers(parse, LEX, 0, len(parse.tokens)))
    return [t.code for t in triggers if t.token.lemma.lower() == lemma]


#: (sentence, trigger lemma, code): a crowd's rally against a side is a demonstration
RALLY = [
    ("Thousands rallied against the junta in Yangon on Sunday.", "rally", "141"),
    ("Hundreds of teachers rallied against the education ministry in Bogota.", "rally", "141"),
    ("Villagers rallied against the army's new base near Sittwe.", "rally", "141"),
    ("The senator rallied Republicans against the treaty.", "rally", "113"),
]


@pytest.mark.parametrize(("text", "lemma", "code"), RALLY)
def test_who_rallies_decides_the_code(
    parse_text: Callable[[str], Parse], text: str, lemma: str, code: str
) -> None:
    codes = _codes(parse_text(text), lemma)
    other = "113" if code == "141" else "141"
    assert code in codes
    assert other not in codes


#: (sentence, PLOVER type, source name part or None, target name part)
EVENTS = [
    ("Thousands rallied against the junta in Yangon on Sunday.", "PROTEST", None, "junta"),
    ("An Iraqi army base came under attack near Tikrit overnight.", "ASSAULT", None, "Iraq"),
    ("Ukrainian positions near Kupiansk came under heavy shelling.", "ASSAULT", None, "Ukrain"),
    (
        "The killing of a farmer by Brazilian military police sparked protests.",
        "ASSAULT",
        "police",
        "farmer",
    ),
    (
        "The arrest of the opposition spokesman by Zimbabwean police drew criticism.",
        "COERCE",
        "police",
        "spokesman",
    ),
    (
        "The Japanese prime minister is in Canberra for talks with Anthony Albanese.",
        "CONSULT",
        "prime minister",
        "Albanese",
    ),
    ("Egypt's foreign minister was in Ankara for a summit with Erdogan.", "CONSULT", "Egypt", None),
    ("New sanctions were imposed on Iranian drone makers on Friday.", "SANCTION", None, "Iran"),
    ("Malawi was given 30 million dollars in flood relief.", "AID", None, "Malawi"),
    ("Talks were held between Serbia and Kosovo in Brussels.", "CONSULT", "Serbia", "Kosovo"),
    (
        "The Kenyan president raised the debt issue during talks with Xi Jinping.",
        "CONSULT",
        "Kenyan president",
        "Xi Jinping",
    ),
    (
        "The visit of the Japanese emperor to Beijing was closely watched.",
        "CONSULT",
        "Japan",
        "China",
    ),
    (
        "The withdrawal of Rwandan troops from Congo was completed last week.",
        "RETREAT",
        "Rwandan troops",
        None,
    ),
    (
        "Giorgia Meloni spoke about migration at a meeting with Tunisian President Kais Saied.",
        "CONSULT",
        "Meloni",
        "Saied",
    ),
]


@pytest.mark.parametrize(("text", "plover", "source", "target"), EVENTS)
def test_news_sentences_get_their_event(
    code: Callable[..., Record], text: str, plover: str, source: str | None, target: str | None
) -> None:
    acts = [e for e in code(text).events if e.plover == plover]
    assert acts, text
    if source is not None:
        assert any(e.source is not None and source in e.source.name for e in acts)
    if target is not None:
        assert any(e.target is not None and target in e.target.name for e in acts)


def test_the_agent_of_the_patient_is_the_doer(code: Callable[..., Record]) -> None:
    """ "the killing of X by Y": Y killed X, not X anyone."""
    rec = code("The killing of two Kenyan journalists by Ugandan soldiers angered Nairobi.")
    acts = [e for e in rec.events if e.plover == "ASSAULT"]
    assert acts
    assert all(e.source is not None and "Ugandan" in e.source.name for e in acts)
    assert all(e.target is None or "journalists" in e.target.name for e in acts)


#: Look-alikes with no political act: no event at all.
QUIET = [
    "The rand rallied against the dollar after the inflation figures.",
    "The defending champion rallied against the qualifier to win in four sets.",
    "The director's new film came under attack from reviewers for its length.",
    "The midfield came under pressure late in the second half.",
    "The pension fund made a killing on Turkish bonds last year.",
    "The play opens with the killing of a merchant by his servant.",
    "The takeover of the brewery by a Dutch group was completed on Friday.",
    "The orchestra is in Vienna for a week of concerts.",
    "The goalkeeper was in Munich for a medical on Monday.",
    "Both sides say they are ready for talks.",
    "Hopes for talks faded as the deadline passed.",
    "Fines were imposed on two racing teams for unsafe pit stops.",
    "Grants were given to small bakeries in the county.",
    "Talks were held between the landlord and the tenants over the rent.",
    "The manager announced the closure at a meeting with the staff.",
    "The pianist recorded the album after a meeting with her teacher.",
    "The deployment of the new payroll software took a month.",
    "The visit of the school choir to the cathedral was a success.",
]


def test_an_act_on_someone_in_the_setting_is_not_the_subjects(
    code: Callable[..., Record],
) -> None:
    """Only a joint act "with" someone lends the clause's subject: after an attack *on* its
    embassy, France did not attack it."""
    rec = code("After an attack on its embassy in Niamey, France recalled its ambassador.")
    attacks = [e for e in rec.events if e.plover == "ASSAULT"]
    assert all(e.source is None or "France" not in e.source.name for e in attacks)


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(code: Callable[..., Record], text: str) -> None:
    assert [e.plover for e in code(text).events if e.plover] == []
