"""The rule side of the event coder on the error classes found on outside news: vows,
negation and hypotheticals, "should", campaign politics, metaphor and word sense, and
arguments. Sentences written for these tests; real parse, stand-in actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus import ontology
from tacitus.errors import ConfigError
from tacitus.events import sense
from tacitus.parse import Parse
from tacitus.records import Event

STATES: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "Norway": ("NOR", None),
    "Bolivia": ("BOL", None),
}
PARTIES: Known = {
    "the Liberal Party": ("CHL", "PTY"),
    "the Conservatives": ("CHL", "PTY"),
    "Santiago": ("CHL", None),
}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text)


def roots(events: tuple[Event, ...]) -> set[str]:
    return {e.root for e in events}


# --- the sense table (no model) ---------------------------------------------------------


def test_every_sense_rule_code_is_in_the_ontology() -> None:
    for rule in sense.rules():
        assert rule.tests, rule.where
        if rule.then is not None:
            assert ontology.lookup(rule.then).code == rule.then


def test_sense_rule_recodes_and_drops_on_a_hand_built_frame() -> None:
    that = sense.Frame("charge", that=True)
    assert sense.resolve("173", that) == "112"
    assert sense.resolve("173", sense.Frame("charge", obj=frozenset({"suspect"}))) == "173"
    storm = sense.Frame("hit", subj=frozenset({"typhoon"}), obj=frozenset({"coast"}))
    assert sense.resolve("190", storm) is None
    assert sense.resolve("111", storm) == "111"  # only the codes a rule names
    assert sense.resolve("190", None) == "190"


def test_bad_sense_table_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown word class"):
        sense.parse_rules("rule\thit\t19\tobj=@nowhere\t-\n", "mine.tsv")
    with pytest.raises(ConfigError, match="expected"):
        sense.parse_rules("hit\t19\n", "mine.tsv")


# --- vows and promises ------------------------------------------------------------------


@pytest.mark.model
def test_vows_to_do_harm_are_threats(code: Code) -> None:
    for text in (
        "Chile vowed to retaliate against Peru.",
        "Chile pledged to crush the rebels backed by Peru.",
        "Chile swore revenge on Peru after the border incident.",
        "Chile promised to punish Peru for the raid.",
        "Chile vowed to take tough countermeasures against Peru.",
        "Chile promised a painful response to Peru.",
        "Chile vowed to defend its border against any aggression from Peru.",
    ):
        events = code(text, STATES)
        assert events, text
        assert roots(events) == {"13"}, (text, [e.cameo for e in events])
        assert {e.modality for e in events} == {"threatened"}


@pytest.mark.model
def test_promises_of_help_and_talks_stay_intent_to_cooperate(code: Code) -> None:
    for text in (
        "Chile promised emergency aid to Peru.",
        "Chile vowed to hold talks with Peru next month.",
        "Chile pledged military aid to Peru.",
    ):
        events = code(text, STATES)
        assert roots(events) == {"03"}, (text, [e.cameo for e in events])


# --- negation, hypotheticals and "should" -----------------------------------------------


@pytest.mark.model
def test_no_and_nothing_and_failed_to_negate(code: Code) -> None:
    assert not [e for e in code("No talks were held between Chile and Peru.", STATES)]
    assert not code("Chile failed to attack Peru's garrison.", STATES)
    events = code("Chile signed no agreement with Peru.", STATES)
    assert all(e.negated or e.root == "12" for e in events)


@pytest.mark.model
def test_should_is_no_act_alone_and_an_appeal_when_reported(code: Code) -> None:
    assert not code("Chile should withdraw its troops from Peru.", STATES)
    appeal = code("Norway said Chile and Peru should return to talks.", STATES)
    assert appeal and roots(appeal) == {"02"}
    assert {e.source and e.source.name for e in appeal} == {"Norway"}
    demand = code("Norway said Chile must withdraw its troops from Peru.", STATES)
    assert demand and roots(demand) == {"10"}


@pytest.mark.model
def test_could_and_would_are_hypothetical_and_questions_no_act(code: Code) -> None:
    for text in (
        "Chile could expel the ambassador of Peru.",
        "Chile might impose sanctions on Peru.",
        "Chile would impose a blockade on Peru.",
    ):
        events = code(text, STATES)
        assert events and {e.modality for e in events} == {"hypothetical"}, text
    # a yes/no question asks about an act and reports none (session 22, noevent_misc; the
    # corpus labels questions as no event)
    assert not code("Will Chile recognise Peru's new government?", STATES)
    said = code("Chile said it would withdraw its troops from Peru.", STATES)
    assert said and "hypothetical" not in {e.modality for e in said}


# --- campaign and ordinary politics -----------------------------------------------------


@pytest.mark.model
def test_campaign_rallies_and_attack_ads_are_no_protest_or_assault(code: Code) -> None:
    for text in (
        "The candidate of the Liberal Party will hold a rally in Santiago before the election.",
        "the Liberal Party rallied its supporters in Santiago.",
        "the Liberal Party launched an attack ad against the Conservatives.",
    ):
        assert not roots(code(text, PARTIES)) & {"14", "18", "19", "20", "13"}, text
    for text in (
        "The senator's rally in Santiago drew a large crowd.",
        "the Liberal Party vowed to defeat the Conservatives in the election.",
        "the Conservatives were ambushed by reporters in Santiago.",
    ):
        assert not roots(code(text, PARTIES)) & {"13", "14", "18", "19", "20"}, text
    protest = code("Thousands of supporters of the Liberal Party rallied in Santiago.", PARTIES)
    assert "14" in roots(protest)


@pytest.mark.model
def test_a_vow_to_win_is_campaign_talk_but_other_promises_near_an_election_stand(
    code: Code,
) -> None:
    for text in (
        "the Liberal Party vowed to win the seat in the election.",
        "the Conservatives promised to carry every county in the primary.",
    ):
        assert not roots(code(text, PARTIES)) & {"03", "13"}, text
    promise = "Chile promised to release the fishermen from Peru before the elections."
    assert "03" in roots(code(promise, STATES)), promise
    # pledged support is support (05), still an act of its own
    pledge = "Chile pledged support for the bid of Peru for a seat on the council."
    assert "05" in roots(code(pledge, STATES)), pledge


@pytest.mark.model
def test_opened_fire_on_is_shooting_and_tigers_can_be_rebels(code: Code) -> None:
    events = code("Troops from Chile opened fire on soldiers from Peru.", STATES)
    assert "193" in {e.cameo for e in events}
    assert not roots(code("A striker from Chile opened fire on goal against Peru.", STATES)) & {
        "18",
        "19",
    }
    shelled = code("Chile shelled Tamil Tiger positions near Peru.", STATES)
    assert "19" in roots(shelled)
    assert not roots(code("Rangers from Chile shot a tiger near the border.", STATES)) & {
        "18",
        "19",
    }


def test_an_arrest_with_no_named_doer_keeps_its_target(code: Code) -> None:
    events = [e for e in code("Two diplomats from Peru were arrested on Tuesday.", STATES)]
    assert any(e.root == "17" and e.source is None for e in events), [e.cameo for e in events]
    assert not code("Three men were arrested on Tuesday.", STATES)


# --- metaphor and word sense ------------------------------------------------------------


@pytest.mark.model
def test_violent_verbs_with_non_violent_frames_are_no_assault(code: Code) -> None:
    for text in (
        "New levies from Chile hit exporters in Peru.",
        "A typhoon hit Peru on Tuesday.",
        "Chile went on the attack over the budget of Peru.",
        "the Liberal Party fought the Conservatives for the nomination.",
        "Chile fired off a letter to Peru about the fishing quotas.",
        "Chile struck a deal with Peru on copper.",
    ):
        events = code(text, {**STATES, **PARTIES})
        assert not roots(events) & {"18", "19", "20"}, (text, [e.cameo for e in events])


@pytest.mark.model
def test_literal_violence_is_still_coded(code: Code) -> None:
    for text in (
        "Chile attacked border posts in Peru.",
        "Troops from Chile fired rockets at Peru.",
        "Chile shelled villages in Peru overnight.",
    ):
        assert roots(code(text, STATES)) & {"18", "19", "20"}, text


@pytest.mark.model
def test_word_sense_of_charge_and_take_over(code: Code) -> None:
    accuse = code("Chile charged that the plan of Peru was illegal.", STATES)
    assert accuse and {e.cameo for e in accuse} == {"112"}
    arrest = code("Chile charged three Peru officials with spying.", STATES)
    assert arrest and "173" in {e.cameo for e in arrest}
    inquiry = code("Chile took over the inquiry into the collapse of the bridge.", STATES)
    assert "19" not in roots(inquiry)
    port = code("Chile took over the port of Peru.", STATES)
    assert "19" in roots(port)


@pytest.mark.model
def test_a_denied_act_is_not_coded_as_done(code: Code) -> None:
    # CAMEO 016 (deny responsibility) for the denial; the shelling itself did not happen
    for text in (
        "Chile denied that its navy had shelled the harbour of Peru.",
        "Chile denied shelling the harbour of Peru.",
    ):
        events = code(text, STATES)
        assert {e.cameo for e in events} == {"016"}, (text, [e.cameo for e in events])


@pytest.mark.model
def test_policy_wars_fiction_and_animals_are_no_violence(code: Code) -> None:
    for text in (
        "Chile declared war on drugs and corruption.",
        "The new film from Chile imagines a war between Chile and Peru.",
        "Rangers from Chile shot a leopard that had killed goats in Peru.",
    ):
        events = code(text, STATES)
        assert not roots(events) & {"18", "19", "20"}, (text, [e.cameo for e in events])
    strike = code("Jets from Chile attacked a market in Peru, killing nine shoppers.", STATES)
    assert "19" in roots(strike)


@pytest.mark.model
def test_standing_states_and_dated_history_are_no_new_acts(code: Code) -> None:
    for text in (
        "Peru has been under sanctions from Chile since the coup.",
        "Chile's 1879 invasion of Peru is still taught in schools.",
        "Relations between Chile and Peru have been cool since the war.",
        "Two decades after Chile bombed the port of Peru, the scars are still visible.",
        "The museum honours the fishermen from Peru who were shot by Chile in 1983.",
    ):
        events = code(text, STATES)
        assert not roots(events) & {"16", "19"}, (text, [e.cameo for e in events])
    news = code("Chile shelled the port of Peru after the talks collapsed.", STATES)
    assert "19" in roots(news)


@pytest.mark.model
def test_lexicon_codes_mean_what_they_match(code: Code) -> None:
    cases = {
        "Soldiers from Chile demolished the farmhouses of Peru's settlers.": "171",
        "A court in Chile convicted the former envoy of Peru of espionage.": "116",
        "Chile withdrew from the fisheries treaty with Peru.": "120",
        "Chile allowed aid convoys into Peru.": "0863",
        "Chile agreed with Peru that the drought was a grave threat.": "019",
        "Chile offered condolences to Peru after the earthquake.": "018",
    }
    for text, want in cases.items():
        got = {e.cameo for e in code(text, STATES)}
        assert want in got, (text, got)


@pytest.mark.model
def test_crowds_riot_and_workers_strike(code: Code) -> None:
    known = {"Peru": ("PER", None), "protesters": ("PER", "CVL"), "dockworkers": ("PER", "LAB")}
    riot = code("Angry protesters stormed the parliament of Peru.", known)
    assert riot and {e.root for e in riot} == {"14"}
    stoppage = code("The dockworkers of Peru struck for higher pay.", known)
    assert stoppage and {e.cameo for e in stoppage} == {"143"}


# --- arguments --------------------------------------------------------------------------


@pytest.mark.model
def test_agencies_and_analysts_are_never_sources(code: Code) -> None:
    known = {**STATES, "Reuters": ("GBR", "MED"), "Jane Doe": (None, None)}
    events = code("Chile will send troops to Peru, Reuters reported.", known)
    assert events and all(
        "Reuters" not in {e.source and e.source.name, e.target and e.target.name} for e in events
    )
    quoted = code("Peru must withdraw from the border, said Jane Doe, an analyst.", known)
    assert all(e.source is None or e.source.name != "Jane Doe" for e in quoted)


@pytest.mark.model
def test_prepositional_targets(code: Code) -> None:
    for text in (
        "Chile directed its criticism at Peru.",
        "Chile lashed out at Peru.",
        "Chile took aim at Peru over the fishing quotas.",
    ):
        events = code(text, STATES)
        assert events, text
        assert {(e.root, e.target and e.target.name) for e in events} == {("11", "Peru")}, text
