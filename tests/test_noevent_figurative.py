"""Figurative force, nature and accidents, campaign talk (``events.noevent_figurative`` and
the s23 sense rows): storms that "lash", fevers that "force", candidates who "storm"
through a region or "go on the offensive", wars on fast food, blame laid on a signal
failure go quiet; the same verbs between political actors keep their event.

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
        "natural",
        "Typhoon Hagibis lashed Tokyo on Saturday, flooding rivers across the Kanto plain.",
        "lashed",
    ),
    (
        "natural",
        "Swine fever swept through farms in Hebei, forcing farmers to cull their pigs.",
        "forcing",
    ),
    (
        "accident",
        "A gas explosion tore through a housing block in Volgograd, killing at least 20 "
        "residents. The building partly collapsed.",
        "killing",
    ),
    (
        "toll",
        "A fire swept through a garment factory in Karachi. At least 40 workers were killed.",
        "killed",
    ),
    (
        "campaign",
        "William Ruto's UDA stormed through Nyanza on the final weekend of the campaign. "
        "Helicopters carried its candidates to a dozen rallies a day.",
        "stormed",
    ),
    (
        "unarmed",
        "The senator went on the offensive against the White House over drug prices.",
        "went",
    ),
    (
        "retort",
        "At Tuesday's debate in Tampa, the former governor took aim at the senator's "
        "housing plan. The senator shot back that his rival had raised taxes nine times.",
        "shot",
    ),
    ("war", "The Kremlin has declared war on foreign-owned fast food chains.", "declared"),
    ("mishap", "Railway officials blamed a signal failure for the crash near Cuttack.", "blamed"),
    (
        "thanks",
        "The new mayor of Quito thanked her supporters at a hotel on Sunday night.",
        "thanked",
    ),
    (
        "ad",
        "Governor Ana Ruiz's campaign released a radio ad on Monday attacking her rival's "
        "record on schools. The spot will air in Albuquerque.",
        "released",
    ),
    (
        "ballot",
        "The prime minister vowed to crush the opposition at the ballot box.",
        "vowed",
    ),
    (
        "tears",
        "Angela Merkel's health minister fought back tears as she announced the closure of "
        "the children's hospital in Bonn.",
        "fought",
    ),
    (
        "fame",
        "Volodymyr Zelensky shot to fame as a television comedian before he ran for "
        "president of Ukraine.",
        "shot",
    ),
    (
        "trade war",
        "The trade war between Washington and Beijing hit soybean farmers hard.",
        "hit",
    ),
    ("remarks", "The spots replay the president's remarks on the pandemic.", "remarks"),
    (
        "disaster",
        "The governor of Texas ordered residents of Galveston to evacuate as Hurricane Ike "
        "approached. Traffic backed up on the causeway.",
        "ordered",
    ),
    (
        "disaster",
        "Mozambique's president visited Beira on Sunday, three days after the cyclone. Most "
        "of the city was under water.",
        "visited",
    ),
    (
        "emergency",
        "Peru's government declared a state of emergency in three northern regions after "
        "floods swept away bridges. Thousands of homes were damaged.",
        "declared",
    ),
    (
        "climate",
        "The Philippine president blamed climate change for the strength of the typhoon.",
        "blamed",
    ),
]

#: (rule, passage, trigger, PLOVER type): the event stays
KEPT = [
    (
        "natural",
        "Soldiers swept through villages in Rakhine, forcing residents to flee to Bangladesh.",
        "forcing",
        "COERCE",
    ),
    (
        "accident",
        "A Taliban bomb tore through a market in Kabul, killing 12 people.",
        "killing",
        "ASSAULT",
    ),
    (
        "toll",
        "Gunmen stormed a garment factory in Karachi. At least 40 workers were killed.",
        "killed",
        "ASSAULT",
    ),
    (
        "campaign",
        "Opposition supporters stormed the electoral commission in Tucumán on the last "
        "weekend before the vote.",
        "stormed",
        "ASSAULT",
    ),
    (
        "campaign",
        "An assailant attacked the presidential candidate with a knife during a campaign "
        "rally in Juiz de Fora.",
        "attacked",
        "ASSAULT",
    ),
    (
        "economic",
        "Ruling party supporters stormed a campaign meeting of the opposition candidate in "
        "Harare, beating several people.",
        "stormed",
        "ASSAULT",
    ),
    (
        "unarmed",
        "The army went on the offensive against Islamic State in Mosul.",
        "went",
        "ASSAULT",
    ),
    (
        "retort",
        "The soldiers shot back at the gunmen who had ambushed their patrol near Kidal.",
        "shot",
        "ASSAULT",
    ),
    (
        "war",
        "Ethiopia's government declared war on the Tigray People's Liberation Front.",
        "declared",
        "ASSAULT",
    ),
    (
        "mishap",
        "The opposition blamed the government's failure for the crash near Cuttack.",
        "blamed",
        "ACCUSE",
    ),
    (
        "thanks",
        "The Afghan president thanked Pakistan for its help in the peace talks.",
        "thanked",
        "SUPPORT",
    ),
    (
        "ad",
        "The army released 40 prisoners in a goodwill gesture to the rebels.",
        "released",
        "RETREAT",
    ),
    ("ballot", "The prime minister vowed to crush the rebels in the south.", "vowed", "THREATEN"),
    (
        "rebuild",
        "The army chief vowed to restore order in Khartoum by force if necessary.",
        "vowed",
        "THREATEN",
    ),
    ("tears", "Troops fought back the rebels near Goma on Tuesday.", "fought", "ASSAULT"),
    ("fame", "Police shot two protesters in Lagos on Monday.", "shot", "ASSAULT"),
    ("trade war", "Chinese missiles hit the port of Kaohsiung on Tuesday.", "hit", "ASSAULT"),
    (
        "disaster",
        "The governor of Texas ordered the National Guard to fire on looters in Galveston "
        "after Hurricane Ike. Two men were shot.",
        "ordered",
        "REQUEST",
    ),
    (
        "disaster",
        "South Africa's president visited Beira on Sunday, three days after the cyclone. "
        "Most of the city was under water.",
        "visited",
        "CONSULT",
    ),
    (
        "disaster",
        "The Philippine president blamed climate change for the strength of the typhoon. "
        "He said rich countries must pay.",
        "said",
        "REQUEST",
    ),
    (
        "emergency",
        "Ethiopia's government declared a state of emergency in the Amhara region after "
        "rebels seized the town of Lalibela.",
        "seized",
        "ASSAULT",
    ),
    (
        "literal",
        "Troops fired on a crowd in Blantyre after a cyclone, killing two men who were "
        "looting a shop, the Malawi police said.",
        "fired",
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


def test_a_shot_taken_at_a_rival_is_criticism(code: Callable[..., Record]) -> None:
    """ "Took a shot at" a rival is criticism (ACCUSE), not an occupation or a shooting."""
    record = code("The opposition leader took a shot at the premier over rents.")
    assert plovers_on(record, "took") == ["ACCUSE"]


def test_a_vow_to_rebuild_is_a_promise(code: Callable[..., Record]) -> None:
    """The force word that names a disaster's damage ("destroyed") makes no threat of a
    vow to rebuild."""
    record = code(
        "Turkey's president vowed to rebuild every home destroyed by the earthquake within "
        "a year. Critics said the promise was unrealistic."
    )
    assert plovers_on(record, "vowed") == ["AGREE"]
