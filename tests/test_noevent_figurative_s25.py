"""Figurative force of session 25 (``events.noevent_figurative``): acts a disaster forced, a
story a work of fiction tells, attacks made in a song or a sketch, force on diseases,
money and trade rivals, national teams' games; and the sport sense rows that now keep
literal violence at a match.

Every passage is written for these tests. Each rule has a pair: the verb in its no-event
frame (no event on that trigger) and a near-identical literal one (an event of the expected
PLOVER type on it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "forced by nature",
        "The snowstorm forced the Greek government to ban traffic on the national road.",
        "ban",
    ),
    (
        "damage toll",
        "Cyclone Nargis struck the Irrawaddy delta on Friday. Whole villages were "
        "destroyed, officials in Yangon said.",
        "destroyed",
    ),
    (
        "work tells",
        "The film follows two Chechen brothers who ambush a Russian convoy and kill its "
        "commander. It opens in Paris next month.",
        "kill",
    ),
    (
        "work tells",
        "The new season opens with guerrillas bombing a bridge in an invented Balkan republic.",
        "bombing",
    ),
    (
        "medium",
        "The rapper's latest single attacks the governor of Lagos over the price of fuel.",
        "attacks",
    ),
    (
        "medium",
        "The satirist attacked the chancellor's haircut in a sketch watched by millions.",
        "attacked",
    ),
    (
        "filming",
        "The film is set in wartime Sarajevo. The director shot most of it in Budapest.",
        "shot",
    ),
    ("disease", "Vietnam is fighting cholera with a mass vaccination drive.", "fighting"),
    (
        "money",
        "Egypt's central bank raided its foreign reserves to defend the pound.",
        "raided",
    ),
    (
        "trade rival",
        "Toyota ambushed Honda at the Tokyo motor show, unveiling a cheaper hybrid.",
        "ambushed",
    ),
    (
        "team",
        "Japan attacked from the first whistle and overran Spain in the second half.",
        "attacked",
    ),
    (
        "soft war",
        "Seoul fired the first salvo in a currency war on Monday, selling won to weaken it.",
        "fired",
    ),
    (
        "rescuers",
        "Rescuers battled for two days to free miners trapped in a flooded shaft in Shanxi.",
        "battled",
    ),
    (
        "rescuers",
        "Chile's president thanked the firefighters who saved the port of Valparaiso.",
        "thanked",
    ),
    (
        "blamed nature",
        "India's opposition blamed the drought for the smallest harvest in a decade.",
        "blamed",
    ),
    (
        "troops at a disaster",
        "Pakistan sent 5,000 soldiers to strengthen the embankments as the Indus flood "
        "peak approached Sukkur.",
        "sent",
    ),
    (
        "charm offensive",
        "Kenya's president went on a charm offensive in London, meeting bankers and investors.",
        "went",
    ),
    (
        "appeal for calm",
        "Officials in Padang closed the port after the earthquake and appealed for calm.",
        "appealed",
    ),
    (
        "insisted trend",
        "The treasurer insisted that unemployment would keep falling through the winter.",
        "insisted",
    ),
    (
        "hijacked institution",
        "Hungary's governing party has hijacked the state news agency, the opposition says.",
        "hijacked",
    ),
    (
        "fixture",
        "Argentina beat the Netherlands on penalties in the semi-final and will meet France "
        "on Sunday.",
        "meet",
    ),
]

#: (rule, passage, trigger, PLOVER type): the event stays
KEPT = [
    (
        "forced by nature",
        "The cyclone forced Myanmar to ask the United Nations for emergency aid.",
        "ask",
        "REQUEST",
    ),
    (
        "damage toll",
        "Army tanks shelled the town on Friday. Whole villages were destroyed, officials "
        "in Yangon said.",
        "shelled",
        "ASSAULT",
    ),
    (
        "work tells",
        "Chechen rebels ambushed a Russian convoy near Grozny and killed its commander.",
        "killed",
        "ASSAULT",
    ),
    (
        "medium",
        "Gunmen attacked the governor of Lagos's convoy on the expressway.",
        "attacked",
        "ASSAULT",
    ),
    (
        "filming",
        "Soldiers shot two protesters in Budapest on Tuesday.",
        "shot",
        "ASSAULT",
    ),
    ("disease", "Vietnam is fighting the rebels with a new offensive.", "fighting", "ASSAULT"),
    ("money", "Police raided the offices of the opposition party.", "raided", "ASSAULT"),
    (
        "team",
        "Japanese troops attacked Chinese positions near Shanghai on Tuesday.",
        "attacked",
        "ASSAULT",
    ),
    (
        "soft war",
        "North Korean troops fired the first shots of the war near Kaesong.",
        "fired",
        "ASSAULT",
    ),
    (
        "rescuers",
        "Riot police battled protesters for two days in the centre of Santiago.",
        "battled",
        "ASSAULT",
    ),
    (
        "rescuers",
        "Chile's president thanked Argentina for sending planes to fight the fires.",
        "thanked",
        "SUPPORT",
    ),
    (
        "blamed nature",
        "India's opposition blamed the government for the smallest harvest in a decade.",
        "blamed",
        "ACCUSE",
    ),
    (
        "evacuation",
        "Vietnam's navy evacuated 2,000 people from the islands ahead of the typhoon.",
        "evacuated",
        "AID",
    ),
    (
        "rescuers",
        "Japanese rescue teams helped Turkish villagers search the rubble after the quake.",
        "helped",
        "AID",
    ),
    (
        "troops at a disaster",
        "Pakistan sent 5,000 soldiers to the Line of Control after militants attacked an "
        "army camp.",
        "sent",
        "MOBILIZE",
    ),
    (
        "charm offensive",
        "Kenya's army launched an offensive against al-Shabaab in southern Somalia.",
        "launched",
        "ASSAULT",
    ),
    (
        "appeal for calm",
        "Indonesia appealed to Australia for rescue teams after the earthquake in Padang.",
        "appealed",
        "REQUEST",
    ),
    (
        "insisted trend",
        "Washington insisted that Islamabad hand over the suspects.",
        "insisted",
        "REQUEST",
    ),
    (
        "hijacked institution",
        "Gunmen hijacked a bus carrying Hungarian tourists near Luxor.",
        "hijacked",
        "ASSAULT",
    ),
    (
        "fixture",
        "Argentina's president will meet his French counterpart in Paris on Sunday.",
        "meet",
        "AGREE",
    ),
    (
        "violence at a match",
        "Riot police beat supporters with batons after the match in Cairo, and dozens were "
        "injured.",
        "beat",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_figurative_frame_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_literal_frame_is_kept(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str
) -> None:
    assert plover in plovers_on(code(text), trigger), rule
