"""No-event frames of session 26: ordinary crime (``events.noevent_crime``), a text's
warning and an act in a war game (``events.noevent_misc``), and a plot's bare conjoined verb
(``events.noevent_frames``). In a crime story (a passage with a word of ordinary crime near
the act and no word of politics or of an armed side), the police's arrests and searches,
criminals' force on private people, a robber's demand and a court's words to the courtroom
go quiet; the same verbs on or by a political side, force by or on a state's force, and a
lone sentence keep their event.

Every passage is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.records import Record

#: (check, passage, trigger): no event on the trigger (each codes one without these checks)
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
        "Police in Adelaide have charged a 31-year-old man with assaulting his girlfriend "
        "during an argument at their flat. She suffered bruising to her face. He was refused "
        "bail.",
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
        "robbers' force on a farmer",
        "Robbers killed a farmer at his home near Bloemfontein on Sunday and stole two "
        "vehicles. His wife was tied up but unhurt. Police are searching for four men.",
        "killed",
    ),
    (
        "youths' force on a driver",
        "A gang of youths attacked a pizza delivery driver in Leicester on Friday night and "
        "stole his scooter. He suffered cuts to his head. Police are appealing for witnesses.",
        "attacked",
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
        "A man who murdered his neighbour in Graz over a parking space was jailed for 18 years "
        "on Friday. The court rejected a defence request for a psychiatric report. The "
        "victim's son said justice had been done.",
        "rejected",
    ),
    (
        "a plea to the court",
        "A jury convicted a Houston man of murder on Tuesday for shooting a drug dealer outside "
        "a nightclub. At the sentencing hearing, the victim's father asked the court for the "
        "maximum. The judge will rule next week.",
        "asked",
    ),
    (
        "a court's order to repay",
        "A court in Kumasi jailed a pastor for eight years for defrauding members of his "
        "church. The court also ordered his houses sold to repay the victims. More than 100 "
        "people had given him money.",
        "ordered",
    ),
    (
        "a robber's demand",
        "Two masked men burst into a petrol station in Leeds on Sunday night. They demanded "
        "cash from the attendant and fled with about 600 pounds. Police said the robbery was "
        "caught on camera.",
        "demanded",
    ),
    (
        "an inquiry into a theft",
        "Thieves stole three paintings from a gallery in Ghent overnight. Prosecutors opened "
        "an inquiry into the theft on Monday. The paintings were insured.",
        "opened",
    ),
    (
        "a text's warning",
        "If a cyclone hit Dhaka at high tide, much of the old city would flood within hours, a "
        "study by a Dutch engineering institute warns. Pumps would fail first. The authors "
        "want higher embankments.",
        "warns",
    ),
    (
        "an act in a war game",
        "In a war game run by a research institute in Tokyo, Chinese forces blockaded the "
        "Philippines' main islands for a month. The players were former generals and "
        "diplomats. The institute said the game was not a forecast.",
        "blockaded",
    ),
    (
        "a plot's second act",
        "A thriller out this month imagines a world in which rebels storm the capital of an "
        "oil state. They take the ministers hostage and seize the oil fields. Reviewers "
        "praised its pace.",
        "seize",
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
        "a demand made of the police",
        "A baker was shot dead during a robbery in Tegucigalpa on Monday. Angry shopkeepers "
        "demanded that the police find the killers. Many closed their shops for the day.",
        "demanded",
        "REQUEST",
    ),
    (
        "a real blockade set in no game",
        "In a surprise move, Chinese forces blockaded the port of Keelung on Monday, the "
        "defence ministry in Taipei said. Ships were turned away. Washington called for "
        "restraint.",
        "blockaded",
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
