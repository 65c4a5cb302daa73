"""No-event frame of ordinary crime (``events.noevent_crime``) and a text's warning
(``events.noevent_misc.document_warning``): in a crime story (a passage with a word of
ordinary crime near the act and no word of politics or of an armed side), the police's
arrests and searches, criminals' force on private people, a robber's demand and a court's
words to the courtroom go quiet; the same verbs on or by a political side, force by or on a
state's force, and a lone sentence keep their event.

Every passage is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.records import Record

#: (check, passage, trigger): no event on the trigger
QUIET = [
    (
        "arrest in a burglary story",
        "Police in Cardiff arrested a 29-year-old man on Sunday after a spate of burglaries "
        "in Canton. Officers found stolen laptops in his van. He is due before magistrates "
        "on Tuesday.",
        "arrested",
    ),
    (
        "charge in a quarrel story",
        "A Perth woman has been charged after allegedly attacking her flatmate during an "
        "argument over a dog. The flatmate needed stitches to a cut on her arm. Both women "
        "are 24.",
        "charged",
    ),
    (
        "raid on a counterfeit ring",
        "Police in Naples raided four warehouses on Wednesday and seized thousands of "
        "counterfeit football shirts. Two brothers who ran the business were questioned. "
        "The shirts were bound for markets across Europe.",
        "raided",
    ),
    (
        "a robber's shot",
        "A petrol station attendant in Durban was shot in the shoulder during a robbery on "
        "Saturday night. The two robbers took cash from the till and fled on foot. He is "
        "recovering in hospital.",
        "shot",
    ),
    (
        "a stabbing over parking",
        "A man stabbed his neighbour in a row over parking outside their homes in Lille on "
        "Friday, prosecutors said. The neighbour was taken to hospital with wounds to the "
        "chest. The man was detained at the scene.",
        "stabbed",
    ),
    (
        "a court's sentence for fraud",
        "A court in Porto sentenced a former estate agent to six years in prison on Monday for "
        "defrauding buyers of flats that did not exist. More than 30 families lost deposits. "
        "He plans to appeal.",
        "sentenced",
    ),
    (
        "a court's words to the defence",
        "A Cape Town man who murdered his wife in 2021 was jailed for life on Thursday. The "
        "judge rejected a defence request for a lighter term. Her family wept in the gallery.",
        "rejected",
    ),
    (
        "a text's warning",
        "If a heatwave lasted a month, the city's hospitals would run out of beds, a study "
        "by the health institute warns. Older people living alone would be most at risk.",
        "warns",
    ),
]

#: (check, passage, trigger, PLOVER type): an event of that type on the trigger
KEPT = [
    (
        "a journalist arrested",
        "Police in Caracas arrested a journalist on Sunday over a report on stolen fuel. "
        "Officers took her from the newspaper's office. Press groups demanded her release.",
        "arrested",
        "COERCE",
    ),
    (
        "an opposition leader sentenced",
        "A court in Tashkent sentenced the opposition leader to nine years in prison on "
        "Monday for fraud. His party said the case was invented. Diplomats attended the "
        "hearing.",
        "sentenced",
        "COERCE",
    ),
    (
        "militants on a checkpoint",
        "Militants attacked a police checkpoint near Peshawar on Tuesday, killing three "
        "officers. The attackers stole two rifles before fleeing. A search is under way.",
        "attacked",
        "ASSAULT",
    ),
    (
        "police fire on a robber",
        "Police shot a robber who pointed a pistol at them outside a bank in Recife on "
        "Friday. The robbery had been under way for ten minutes. He died in hospital.",
        "shot",
        "ASSAULT",
    ),
    (
        "a policeman shot",
        "Gunmen shot a policeman who tried to stop a robbery at a jeweller's in Cali on "
        "Saturday. The gang escaped with gold chains. The officer is in a serious condition.",
        "shot",
        "ASSAULT",
    ),
    (
        "a lone sentence",
        "Police in Leeds arrested a man on suspicion of burglary.",
        "arrested",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("check", "text", "trigger"), QUIET)
def test_crime_story_is_quiet(
    code: Callable[..., Record], check: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], check


@pytest.mark.parametrize(("check", "text", "trigger", "plover"), KEPT)
def test_political_side_is_kept(
    code: Callable[..., Record], check: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), check
