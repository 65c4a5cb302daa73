"""Event types that real news often words in ways the lexicon once coded as another type:
peacekeepers sent abroad (AID, not MOBILIZE), donors named by a copula, gifts "from" a
giver, pledges and renewed commitments of support (SUPPORT, not AGREE), a "scathing attack"
on a rival (criticism, not violence), and villages torched (destroyed property, ASSAULT).

Every sentence is written for these tests; the whole default pipeline (real spaCy model,
shipped event model) codes them. Each positive class has a near neighbour that must keep its
old type or stay quiet."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import best_event
from tacitus.events.sense import Frame, parse_rules, resolve
from tacitus.records import Record


def _types(record: Record) -> list[str | None]:
    return [e.plover for e in record.events]


PEACEKEEPING = [
    "Senegal sent 500 soldiers to the African Union peacekeeping mission in Somalia.",
    "Two hundred Dutch troops were deployed as peacekeepers in Bosnia in 1994.",
    "Indonesia is sending an engineering company to the UN peacekeeping force in Lebanon.",
]
SHOW_OF_FORCE = [
    "Turkey deployed tanks along its border with Syria on Wednesday.",
    "China sent two warships into the disputed waters near the Paracel Islands.",
]


@pytest.mark.parametrize("text", PEACEKEEPING)
def test_peacekeepers_sent_abroad_are_aid(code: Callable[..., Record], text: str) -> None:
    best = best_event(code(text))
    assert best.plover == "AID" and best.cameo == "074", (text, best.cameo, best.rule)


@pytest.mark.parametrize("text", SHOW_OF_FORCE)
def test_troops_sent_without_peacekeeping_stay_mobilization(
    code: Callable[..., Record], text: str
) -> None:
    assert "AID" not in _types(code(text))
    assert best_event(code(text)).plover == "MOBILIZE"


def test_copular_donor_is_aid_with_the_subject_as_giver(code: Callable[..., Record]) -> None:
    record = code("Denmark remains the biggest donor to Tanzania's rural water programme.")
    best = best_event(record)
    assert best.plover == "AID"
    assert best.source is not None and best.source.country == "DNK"


@pytest.mark.parametrize(
    "text",
    [
        "The hospital's blood donor clinic closes early on Fridays.",
        "The tycoon was the largest donor to the mayor's re-election campaign.",
    ],
)
def test_donors_that_are_no_state_aid_stay_quiet(code: Callable[..., Record], text: str) -> None:
    assert "AID" not in _types(code(text))


def test_gift_from_a_giver_names_the_giver(code: Callable[..., Record]) -> None:
    record = code("Donations from Qatar reached the flooded villages of Sylhet on Monday.")
    aid = [e for e in record.events if e.plover == "AID"]
    assert aid and aid[0].source is not None and aid[0].source.country == "QAT"


@pytest.mark.parametrize(
    "text",
    [
        "Estonia pledged its full support for Georgia's bid to join NATO.",
        "The Saudi king promised his backing for the new Yemeni government.",
        "Peru reaffirmed its commitment to supporting Ecuador's territorial integrity.",
    ],
)
def test_pledged_support_is_support(code: Callable[..., Record], text: str) -> None:
    assert best_event(code(text)).plover == "SUPPORT", text


def test_a_commitment_to_talks_stays_intent(code: Callable[..., Record]) -> None:
    record = code(
        "Armenia's prime minister reiterated his commitment to the peace talks with Baku."
    )
    assert "SUPPORT" not in _types(record)


def test_scathing_attack_on_a_rival_is_criticism(code: Callable[..., Record]) -> None:
    record = code("The former chancellor launched a scathing attack on the interior minister.")
    best = best_event(record)
    assert best.plover == "ACCUSE" and best.cameo == "111"


def test_attack_with_violence_stays_assault(code: Callable[..., Record]) -> None:
    record = code("Militants launched a blistering attack on an army post, killing four soldiers.")
    assert best_event(record).plover == "ASSAULT"


def test_torched_village_is_destroyed_property(code: Callable[..., Record]) -> None:
    record = code("Janjaweed militiamen torched three villages in North Darfur, residents said.")
    best = best_event(record)
    assert best.plover == "ASSAULT" and best.cameo == "1712"


def test_sense_rules_need_their_words() -> None:
    """The peacekeeping rule reads the object, and nothing fires without the word."""
    rules = parse_rules(
        "class\tpk\tpeacekeepers|peacekeeping\nrule\t*\t15\tobj=@pk\t074\n", "test.tsv"
    )
    assert rules[0].then == "074"
    assert resolve("154", None) == "154"
    with_word = Frame(lemma="deploy", obj=frozenset({"peacekeepers"}))
    without = Frame(lemma="deploy", obj=frozenset({"troops"}))
    assert all(t.slot == "obj" for t in rules[0].tests)
    assert rules[0].tests[0].words & with_word.obj
    assert not rules[0].tests[0].words & without.obj


@pytest.mark.parametrize(
    "text",
    [
        "Kenya opened its border to Somalis fleeing the drought and the fighting.",
        "Bangladesh reopened its border to Rohingya refugees from Myanmar.",
    ],
)
def test_border_opened_to_refugees_is_asylum(code: Callable[..., Record], text: str) -> None:
    best = best_event(code(text))
    assert best.plover == "AID" and best.cameo == "075", (text, best.cameo)


def test_border_reopened_to_trade_is_no_asylum(code: Callable[..., Record]) -> None:
    record = code("Kazakhstan reopened its border with China to grain trucks on Monday.")
    assert "075" not in {e.cameo for e in record.events}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Germany took in 800 Eritrean refugees from camps in Sudan.", "075"),
        ("Slovakia and Hungary upgraded their ties to a strategic partnership.", "050"),
        (
            "The Czech president awarded the Order of the White Lion to the Ukrainian general.",
            "051",
        ),
        ("About 900 Ghanaian soldiers serve in the UN peacekeeping mission in Lebanon.", "074"),
        ("Norway halted loans to Zambia over the audit of its health ministry.", "162"),
    ],
)
def test_more_aid_and_support_wordings(code: Callable[..., Record], text: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code(text).events}, text


def test_a_sporting_award_is_no_praise(code: Callable[..., Record]) -> None:
    record = code("The goalkeeper was awarded the golden glove after the final in Madrid.")
    assert "SUPPORT" not in _types(record)


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters seized the airport in Goma after two days of shelling.",
        "Iraqi troops captured the old bridge over the Tigris on Sunday.",
    ],
)
def test_armed_forces_taking_a_place_is_force(code: Callable[..., Record], text: str) -> None:
    best = best_event(code(text))
    assert best.plover == "ASSAULT", (text, best.cameo, best.rule)


def test_soldiers_seizing_weapons_stay_a_seizure(code: Callable[..., Record]) -> None:
    record = code("Soldiers seized 200 rifles and a truck of grenades at a checkpoint in Mali.")
    assert "190" not in {e.cameo for e in record.events}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Council granted Greece a two-year extension on its loan repayments.", "080"),
        ("The Turkish army ceased its military operations in the border province.", "087"),
        ("Canada lowered tariffs on Korean cars under the new accord.", "085"),
        ("The Interior Minister approved a request from Bavaria for federal police.", "080"),
    ],
)
def test_concessions_worded_as_grants_and_halts(
    code: Callable[..., Record], text: str, cameo: str
) -> None:
    assert cameo in {e.cameo for e in code(text).events}, text


def test_let_free_is_a_release(code: Callable[..., Record]) -> None:
    record = code("Zimbabwe let free nine opposition activists on Thursday.")
    assert best_event(record).plover == "RETREAT"  # 0841, or 084 where the model retypes it


def test_let_with_no_release_is_no_act(code: Callable[..., Record]) -> None:
    record = code("The Finnish government let the deadline pass without comment.")
    assert "0841" not in {e.cameo for e in record.events}


def test_a_grant_of_money_stays_aid(code: Callable[..., Record]) -> None:
    record = code("Sweden granted Tanzania 30 million dollars for rural schools.")
    assert best_event(record).plover == "AID"


def test_refusing_to_lift_an_embargo_is_a_refusal(code: Callable[..., Record]) -> None:
    record = code("Turkey will not lift its embargo on Armenia, the foreign minister said.")
    assert best_event(record).plover == "REJECT"


def test_cyber_warfare_is_force_but_economic_warfare_is_not(code: Callable[..., Record]) -> None:
    assert best_event(code("Iran launched cyber warfare against Saudi Arabia.")).plover == "ASSAULT"
    record = code("Japan waged economic warfare against South Korea over the export rules.")
    assert "ASSAULT" not in _types(record)


def test_a_denied_act_of_cooperation_is_labelled_a_refusal() -> None:
    from tacitus.events.corpus import parse_line

    tags = "event\twire|EUR|2010s"
    denied = parse_line(f"Oslo will not lift the ban.\t085\tOslo\t-\t1\tintended\t{tags}", "t:1")
    done = parse_line(
        "Oslo lifted the ban on the group.\t085\tOslo\t-\t0\tasserted\tevent\twire|EUR|2010s",
        "t:2",
    )
    denied_attack = parse_line(
        "Oslo did not attack the group.\t190\tOslo\t-\t1\tasserted\tevent\twire|EUR|2010s",
        "t:3",
    )
    assert denied.label == "REJECT" and done.label == "RETREAT"
    assert denied_attack.label == "ASSAULT"  # conflict acts keep their type (with the flag)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Pakistani troops remained on alert along the border after the raid.", "MOBILIZE"),
        ("The Russian navy beefed up its presence in the Black Sea.", "MOBILIZE"),
        ("Egypt gave the smugglers a three-day deadline to leave the tunnels.", "THREATEN"),
    ],
)
def test_alerts_buildups_and_deadlines(code: Callable[..., Record], text: str, plover: str) -> None:
    assert best_event(code(text)).plover == plover, text


def test_on_alert_for_a_storm_is_no_force_posture(code: Callable[..., Record]) -> None:
    record = code("Cuban civil defence units stayed on alert as the hurricane approached.")
    assert "MOBILIZE" not in _types(record)
