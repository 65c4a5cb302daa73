"""Tests for the event coder, with the real parse and a stand-in for the actors stage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from events_helpers import Code, Known, coder
from tacitus import ontology
from tacitus.errors import ConfigError
from tacitus.events import lexicon
from tacitus.parse import Parse
from tacitus.pipeline import Pipeline
from tacitus.records import Event, RawArticle
from tacitus.settings import Settings

STATES: Known = {
    "Chile": ("CHL", None),
    "Peru": ("PER", None),
    "Bolivia": ("BOL", None),
    "Norway": ("NOR", None),
    "Sweden": ("SWE", None),
}
REBELS: Known = {"rebels": ("SDN", "REB"), "government forces": ("SDN", "MIL")}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    # the lexicon coder's own behaviour; the trained model beside it: test_event_model.py
    return coder(parse_text, Settings(event_model=False))


def dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.name if e.source else "", e.target.name if e.target else None, e.cameo[:2])
        for e in events
    }


# --- the lexicon (no model) -------------------------------------------------------------


def test_lexicon_spans_all_twenty_roots_with_hundreds_of_patterns() -> None:
    lex = lexicon.load()
    roots = {p.code[:2] for pats in lex.verbs.values() for p in pats if p.code != "noun"}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    assert sum(len(v) for v in lex.verbs.values()) >= 500


def test_every_lexicon_code_is_in_the_ontology() -> None:
    lex = lexicon.load()
    for pats in (*lex.verbs.values(), *lex.nouns.values()):
        for p in pats:
            if p.code != "noun":
                assert ontology.lookup(p.code).code[:2] == p.code[:2]


def test_prepositional_pattern_is_more_specific_than_plain() -> None:
    pats = lexicon.load().verb_patterns("lash")
    assert pats and pats[0].preps == ("out", "at")


def test_bad_user_lexicon_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "mine.tsv"
    bad.write_text("lemma\tprep\tframe\tcode\nsnub\t-\t-\t999\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown CAMEO code"):
        lexicon.load([str(bad)])
    bad.write_text("snub\t-\t-\t111\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="header"):
        lexicon.load([str(bad)])


# --- the coder (real parse) -------------------------------------------------------------


@pytest.mark.model
def test_user_lexicon_adds_a_verb(parse_text: Callable[[str], Parse], tmp_path: Path) -> None:
    text = "Norway snubbed Sweden at the summit."
    assert not coder(parse_text)(text, STATES)
    mine = tmp_path / "mine.tsv"
    mine.write_text("lemma\tprep\tframe\tcode\nsnub\t-\t-\t111\n", encoding="utf-8")
    events = coder(parse_text, Settings(lexicon=(str(mine),)))(text, STATES)
    assert dyads(events) == {("Norway", "Sweden", "11")}
    assert events[0].rule.startswith("mine.tsv:")


@pytest.mark.model
def test_active_voice_and_event_fields(code: Code) -> None:
    text = "Norway condemned Sweden on Monday."
    (ev,) = code(text, STATES)
    assert (ev.source and ev.source.country, ev.target and ev.target.country) == ("NOR", "SWE")
    assert (ev.cameo, ev.root, ev.plover, ev.quad_class) == ("111", "11", "ACCUSE", 3)
    assert ev.goldstein == ontology.lookup("111").goldstein
    assert ev.sentence == text and ev.trigger == "condemned" and not ev.negated
    assert text[ev.span[0] : ev.span[1]].startswith("Norway condemned")
    assert 0 < ev.confidence <= 1 and ev.rule.startswith("verbs.tsv:")


@pytest.mark.model
def test_passive_voice_agent_is_the_source(code: Code) -> None:
    events = code("Bolivia was attacked by Peru on Sunday.", STATES)
    assert dyads(events) == {("Peru", "Bolivia", "19")}


@pytest.mark.model
def test_coordinated_actors_give_one_event_per_pair(code: Code) -> None:
    events = code("Chile and Peru criticized Bolivia and Norway.", STATES)
    assert dyads(events) == {
        ("Chile", "Bolivia", "11"),
        ("Peru", "Bolivia", "11"),
        ("Chile", "Norway", "11"),
        ("Peru", "Norway", "11"),
    }


@pytest.mark.model
def test_prepositional_targets(code: Code) -> None:
    known: Known = {"The envoy": ("USA", "GOV"), **REBELS}
    assert dyads(code("The envoy lashed out at the rebels for the violence.", known)) == {
        ("The envoy", "rebels", "11")
    }
    assert dyads(code("Norway spoke with Sweden about trade.", STATES)) == {
        ("Norway", "Sweden", "04")
    }


@pytest.mark.model
def test_clausal_complement_target_and_code(code: Code) -> None:
    (ev,) = code(
        "The minister urged the rebels to reach a settlement.",
        {"minister": ("KEN", "GOV"), **REBELS},
    )
    assert (ev.target and ev.target.name, ev.cameo) == ("rebels", "027")


@pytest.mark.model
def test_relative_clause_subject_is_the_antecedent(code: Code) -> None:
    known: Known = {"Maria Lopez": ("MEX", "GOV"), "President Ruto": ("KEN", "GOV")}
    events = code("Maria Lopez, who met with President Ruto, left on Friday.", known)
    assert dyads(events) == {("Maria Lopez", "President Ruto", "04")}


@pytest.mark.model
def test_light_verb_constructions(code: Code) -> None:
    assert dyads(code("Chile held talks with Peru in Lima.", STATES)) == {("Chile", "Peru", "04")}
    events = code("The rebels launched an attack on government forces.", REBELS)
    assert dyads(events) == {("rebels", "government forces", "19")}


@pytest.mark.model
def test_nominal_events(code: Code) -> None:
    known: Known = {"Maria Lopez": ("MEX", "GOV"), "President Ruto": ("KEN", "GOV")}
    events = code("The meeting between Maria Lopez and President Ruto lasted an hour.", known)
    assert dyads(events) == {("Maria Lopez", "President Ruto", "04")}
    events = code("Fighting between the rebels and government forces continued.", REBELS)
    assert dyads(events) == {("rebels", "government forces", "19")}
    march = code(
        "A group of farmers restarted a peace march.", {"A group of farmers": ("CHL", "AGR")}
    )
    assert {e.cameo[:2] for e in march} == {"14"}


@pytest.mark.model
def test_nominal_without_an_actor_is_dropped(code: Code) -> None:
    assert code("The meeting lasted an hour and the fighting stopped.", STATES) == ()


@pytest.mark.model
def test_negated_attack_is_no_assault(code: Code) -> None:
    assert code("Chile did not attack Peru.", STATES) == ()


@pytest.mark.model
def test_negated_cooperation_is_a_rejection(code: Code) -> None:
    (ev,) = code("The rebels will not call a ceasefire.", REBELS)
    assert ev.root == "12" and ev.negated and ev.plover == "REJECT"
    (ev,) = code("The rebels rejected the offer from Chile.", {**REBELS, **STATES})
    assert ev.root == "12" and not ev.negated and ev.target and ev.target.name == "Chile"


@pytest.mark.model
def test_intention_becomes_intent_to_cooperate(code: Code) -> None:
    (ev,) = code("Chile will visit Peru next week.", STATES)
    assert (ev.cameo, ev.modality) == ("036", "intended")
    (ev,) = code("Norway plans to sign a trade deal with Sweden.", STATES)
    assert ev.root == "03" and ev.modality == "intended"


@pytest.mark.model
def test_threats(code: Code) -> None:
    (ev,) = code("Chile will hold the rebels accountable.", {**STATES, **REBELS})
    assert (ev.root, ev.modality, ev.target and ev.target.name) == ("13", "threatened", "rebels")
    events = code(
        "Peru said it would blockade the port unless Chile paid.",
        {"Peru": ("PER", None), "it": ("PER", None), "Chile": ("CHL", None)},
    )
    assert {(e.root, e.modality) for e in events if e.trigger == "blockade"} == {
        ("13", "threatened")
    }


@pytest.mark.model
def test_hypothetical_and_reported(code: Code) -> None:
    (ev,) = code("Chile could attack Peru.", STATES)
    assert ev.modality == "hypothetical"
    (ev,) = code("Chile said Peru attacked Bolivia.", STATES)
    assert (ev.source and ev.source.name, ev.modality) == ("Peru", "reported")


@pytest.mark.model
def test_said_must_is_a_demand(code: Code) -> None:
    events = code("Chile said Peru must withdraw its troops.", STATES)
    assert dyads(events) == {("Chile", "Peru", "10")}
    assert events[0].cameo == "105"


@pytest.mark.model
def test_refusal_takes_its_detail_from_the_complement(code: Code) -> None:
    (ev,) = code("Norway refused to meet Sweden.", STATES)
    assert ev.cameo == "125"


@pytest.mark.model
def test_event_ids_are_stable_and_unique(code: Code) -> None:
    text = "Chile and Peru criticized Bolivia."
    first, again = code(text, STATES), code(text, STATES)
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first) == 2


@pytest.mark.model
def test_to_infinitive_under_an_oath_is_a_threat(code: Code) -> None:
    events = code("The rebels have sworn to fight until they take the capital.", REBELS)
    assert {(e.root, e.modality) for e in events} == {("13", "threatened")}


@pytest.mark.model
def test_light_verb_found_when_the_lemmatiser_slips(code: Code) -> None:
    events = code("Farmers staged protests in Lima on Monday.", {"Farmers": ("PER", "AGR")})
    assert {e.cameo[:2] for e in events} == {"14"}


@pytest.mark.model
def test_frame_object_inside_an_of_phrase(code: Code) -> None:
    events = code("Norway suspended part of its aid program for Sweden.", STATES)
    assert {(e.cameo, e.target and e.target.name) for e in events} == {("162", "Sweden")}


@pytest.mark.model
def test_countryless_target_gives_way_to_a_country_in_the_clause(code: Code) -> None:
    known: Known = {"Norway": ("NOR", None), "peacekeepers": (None, "MIL"), "Chile": ("CHL", None)}
    (ev,) = code("Norway refused to deploy peacekeepers in Chile.", known)
    assert (ev.root, ev.target and ev.target.name) == ("12", "Chile")


@pytest.mark.model
def test_unresolved_pronoun_in_reported_speech_is_the_speaker(code: Code) -> None:
    events = code("Norway said it would expel two diplomats from Sweden.", STATES)
    assert {(e.source and e.source.name) for e in events} == {"Norway"}
    events = code(
        '"We will march to the capital," the farmers said.', {"the farmers": ("PER", "AGR")}
    )
    # an announced protest is a threat of dissent (CAMEO 133), from the speaker
    assert {(e.source and e.source.name, e.cameo) for e in events} == {("the farmers", "133")}


@pytest.mark.model
def test_preparing_to_attack_is_a_force_posture(code: Code) -> None:
    events = code("The army prepared to attack the rebels.", {"The army": ("SDN", "MIL"), **REBELS})
    assert {e.cameo for e in events} == {"150"}


@pytest.mark.model
def test_an_order_to_coerce_is_the_coercion(code: Code) -> None:
    events = code("Norway ordered the newspaper to suspend publication.", STATES)
    assert {e.root for e in events} == {"17"}


@pytest.mark.model
def test_demand_noun_with_possessive_pronoun_and_content_clause(code: Code) -> None:
    events = code("Norway repeated its demand that Sweden withdraw its troops.", STATES)
    assert {(e.source and e.source.name, e.target and e.target.name, e.root) for e in events} == {
        ("Norway", "Sweden", "10")
    }


@pytest.mark.model
def test_violence_against_a_named_target_keeps_an_unnamed_perpetrator(code: Code) -> None:
    events = code(
        "Two Chilean soldiers were killed in an ambush near the border.",
        {"Two Chilean soldiers": ("CHL", "MIL")},
    )
    assert {(e.source, e.target and e.target.country, e.root) for e in events} == {
        (None, "CHL", "19")
    }
    # but cooperation with no named doer is dropped
    assert code("Talks were held with Peru on Monday.", STATES) == ()


@pytest.mark.model
def test_preparation_found_up_a_chain_of_complements(code: Code) -> None:
    events = code(
        "The army prepared to resume shelling the rebels.", {"The army": ("SDN", "MIL"), **REBELS}
    )
    assert {e.root for e in events} == {"15"}


@pytest.mark.model
def test_retaking_a_town_is_military_force(code: Code) -> None:
    events = code("The rebels have retaken the town from government forces.", REBELS)
    assert {e.cameo for e in events} == {"190"}


@pytest.mark.model
def test_countryless_source_gives_way_to_a_country_in_its_phrase(code: Code) -> None:
    known: Known = {"Police": (None, "COP"), "Chile": ("CHL", None), "Peru": ("PER", None)}
    events = code("Police in Chile arrested ten farmers from Peru.", known)
    assert {(e.source and e.source.name, e.root) for e in events} == {("Chile", "17")}


@pytest.mark.model
def test_between_names_both_parties(code: Code) -> None:
    text = "Violence between the rebels and Chile-backed government forces has continued."
    events = code(text, {**REBELS, "Chile": ("CHL", None)})
    assert dyads(events) == {("rebels", "government forces", "19")}


@pytest.mark.model
def test_movement_to_an_unknown_place_has_no_guessed_target(code: Code) -> None:
    events = code("Norway arrived in Springfield to attend a Sweden summit.", STATES)
    assert {(e.cameo, e.target) for e in events if e.trigger == "arrived"} == {("042", None)}


@pytest.mark.model
def test_state_of_affairs_noun_needs_named_parties(code: Code) -> None:
    assert code("Chile's long war has ended.", STATES) == ()


@pytest.mark.model
def test_having_a_call_is_a_phone_call(code: Code) -> None:
    events = code("Norway had a call with Sweden on Monday.", STATES)
    assert {e.cameo for e in events} == {"041"}


@pytest.mark.model
def test_passive_act_in_an_attack_names_the_attacker(code: Code) -> None:
    known: Known = {"Two Peruvian soldiers": ("PER", "MIL"), "Chilean": ("CHL", None)}
    events = code("Two Peruvian soldiers were killed in a Chilean drone strike.", known)
    assert {
        (e.source and e.source.country, e.target and e.target.country)
        for e in events
        if e.trigger == "killed"
    } == {("CHL", "PER")}


@pytest.mark.model
def test_we_in_a_multi_sentence_quote_is_the_speaker(code: Code) -> None:
    text = '"We reject the new tax. We will march to the palace," said Juan Perez of the union.'
    events = code(text, {"Juan Perez": ("PER", "AGR")})
    assert {e.source and e.source.name for e in events} == {"Juan Perez"}
    assert {e.root for e in events} >= {"12"}


@pytest.mark.model
def test_pattern_prepositions_follow_the_verb(code: Code) -> None:
    # "give in" (yield) needs its particle after the verb, not a fronted "In ..." phrase
    assert not [
        e for e in code("In a letter, Norway gave Sweden a book.", STATES) if e.root == "08"
    ]
    assert {e.root for e in code("After a week Norway gave in to Sweden.", STATES)} == {"08"}


@pytest.mark.model
def test_withdrawing_monitors_reduces_relations_and_announcing_it_threatens(code: Code) -> None:
    (ev,) = code(
        "Norway withdrew its monitors from Chile.",
        {"Norway": ("NOR", None), "Chile": ("CHL", None)},
    )
    assert (ev.cameo, ev.target and ev.target.name) == ("166", "Chile")
    text = "Norway will withdraw its peacekeeping force from Chile unless Chile holds elections."
    events = code(text, {"Norway": ("NOR", None), "Chile": ("CHL", None)})
    main = max(events, key=lambda e: e.confidence)
    assert (main.root, main.modality, main.trigger) == ("13", "threatened", "withdraw")
    assert {e.modality for e in events if e.trigger == "holds"} <= {"hypothetical"}


@pytest.mark.model
def test_instrument_actor_found_among_pre_modifiers(code: Code) -> None:
    known: Known = {"the commander": ("PER", "MIL"), "Chilean": ("CHL", None)}
    events = code("The commander was killed in a 2019 Chilean drone strike.", known)
    killed = [e for e in events if e.trigger == "killed"]
    assert {(e.source and e.source.country) for e in killed} == {"CHL"}


@pytest.mark.model
def test_cli_lexicon_option_adds_patterns(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from tacitus.cli import app

    mine = tmp_path / "mine.tsv"
    mine.write_text("lemma\tprep\tframe\tcode\nsnub\t-\t-\t111\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Norway snubbed Sweden at the summit in Oslo on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--lexicon", str(mine)])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout.splitlines()[0])["events"]
    assert [(e["cameo"], e["rule"]) for e in events] == [("111", "mine.tsv:2+model")]


@pytest.mark.model
def test_subject_through_an_adjectival_complement(code: Code) -> None:
    events = code("Norway is willing to withdraw its troops from Sweden.", STATES)
    assert {(e.source and e.source.name, e.root) for e in events} == {("Norway", "03")}


@pytest.mark.model
def test_participle_on_a_noun_takes_the_issuer_as_source(code: Code) -> None:
    events = code("Norway issued a statement demanding that Sweden free the prisoners.", STATES)
    assert {(e.source and e.source.name, e.root) for e in events if e.trigger == "demanding"} == {
        ("Norway", "10")
    }


@pytest.mark.model
def test_concluded_that_must_is_a_demand(code: Code) -> None:
    events = code("Norway concluded that Sweden must reduce its emissions.", STATES)
    assert dyads(events) == {("Norway", "Sweden", "10")}


@pytest.mark.model
def test_mandative_subjunctive_is_not_an_act_that_happened(code: Code) -> None:
    events = code("Norway repeated its wish on Monday that Sweden release the prisoners.", STATES)
    assert not [e for e in events if e.root == "08"]
    assert {e.root for e in code("Norway said that Sweden released the prisoners.", STATES)} == {
        "08"
    }


@pytest.mark.model
def test_subject_frame_peacekeepers_arriving_provide_protection(code: Code) -> None:
    known: Known = {"Norwegian": ("NOR", None), "Chile": ("CHL", None)}
    events = code("A battalion of Norwegian peacekeeping troops arrived in Chile on Monday.", known)
    assert {(e.cameo, e.target and e.target.name) for e in events if e.trigger == "arrived"} == {
        ("074", "Chile")
    }
    assert {e.cameo for e in code("Norway arrived in Chile on Monday.", STATES)} == {"042"}


@pytest.mark.model
def test_subject_of_a_side_clause_is_not_the_target(code: Code) -> None:
    events = code(
        "The rebels will not call a ceasefire, even as Norway was heading to the region.",
        {**REBELS, **STATES},
    )
    assert {(e.root, e.target) for e in events if e.trigger == "call"} == {("12", None)}


@pytest.mark.model
def test_possessive_pronoun_gives_way_to_a_named_target(pipeline: Pipeline) -> None:
    text = "Chilean trade negotiators held their second meeting with President Jacques Chirac."
    rec = next(pipeline.run([RawArticle("t", text=text)])).record
    assert rec is not None
    assert ("04", "CHL", "FRA") in {
        (e.cameo[:2], e.source and e.source.country, e.target and e.target.country)
        for e in rec.events
    }


@pytest.mark.model
def test_police_and_government_act_on_their_own_people(code: Code) -> None:
    known: Known = {
        "Peruvian police": ("PER", "COP"),
        "students": (None, "CVL"),
        "Chilean government": ("CHL", "GOV"),
        "miners": (None, "LAB"),
    }
    countries = {
        (e.cameo[:2], e.source and e.source.country, e.target and e.target.country)
        for text in (
            "Peruvian police arrested students outside the university.",
            "The Chilean government rejected the demands of striking miners.",
        )
        for e in code(text, known)
    }
    assert ("17", "PER", "PER") in countries
    assert ("12", "CHL", "CHL") in countries
    offer = code("The Chilean government is ready to release jailed miners.", known)
    assert {(e.cameo[:3], e.target and e.target.country) for e in offer} == {("035", "CHL")}


@pytest.mark.model
def test_jurisdiction_needs_a_domestic_act_and_an_unknown_group(code: Code) -> None:
    known: Known = {"Chilean government": ("CHL", "GOV"), "miners": (None, "LAB")}
    events = code("The Chilean government praised the miners.", known)
    assert events and all(e.target is None or e.target.country is None for e in events)


@pytest.mark.model
def test_withdrawing_own_troops_from_a_country_targets_that_country(pipeline: Pipeline) -> None:
    text = "Chile withdrew its troops from Bolivia on Friday."
    rec = next(pipeline.run([RawArticle("t", text=text)])).record
    assert rec is not None
    assert {
        (e.cameo, e.source and e.source.name, e.target and e.target.name) for e in rec.events
    } == {("087", "Chile", "Bolivia")}


@pytest.mark.model
def test_bare_conjunct_shares_the_country_of_its_neighbour(code: Code) -> None:
    known: Known = {
        "Chilean gunboats": ("CHL", "MIL"),
        "aircraft": (None, "MIL"),
        "foreign aircraft": (None, "MIL"),
    }
    events = code("Chilean gunboats and aircraft shelled the port.", known)
    assert {e.source.country for e in events if e.source} == {"CHL"}
    events = code("Chilean gunboats and foreign aircraft shelled the port.", known)
    assert {e.source.country for e in events if e.source} == {"CHL", None}


@pytest.mark.model
def test_domestic_group_coordinated_with_a_government_shares_its_country(code: Code) -> None:
    known: Known = {"Norway": ("NOR", None), "Peruvian government": ("PER", "GOV")}
    known["guerrillas"] = (None, "REB")
    text = "Norway said the Peruvian government and the guerrillas must sign a truce."
    targets = {e.target.country for e in code(text, known) if e.target}
    assert targets == {"PER"}


@pytest.mark.model
def test_the_reporter_after_according_to_is_not_the_target(code: Code) -> None:
    known: Known = {"Chilean troops": ("CHL", "MIL"), "Peruvian officials": ("PER", "GOV")}
    text = "Chilean troops shelled the village, according to Peruvian officials."
    events = code(text, known)
    # the village itself may be the target (a place target); the reporter never is
    assert events and all(e.target is None or e.target.country != "PER" for e in events)
    assert all(e.target is None or e.target.name == "village" for e in events)


@pytest.mark.model
def test_events_carry_the_plover_mode_of_their_code(pipeline: Pipeline) -> None:
    from tacitus.records import RawArticle

    texts = [
        "The Kenyan president visited Ethiopia on Monday.",
        "Kenya accused Ethiopia of spying.",
    ]
    outs = list(pipeline.run([RawArticle(f"t{i}", text=t) for i, t in enumerate(texts)]))
    visit, accuse = (o.record.events for o in outs if o.record is not None)
    assert [(e.cameo, e.plover, e.plover_mode) for e in visit] == [("042", "CONSULT", "visit")]
    assert accuse and all(e.plover_mode == ontology.lookup(e.cameo).plover_mode for e in accuse)


@pytest.mark.model
def test_what_is_given_sent_or_handed_over_names_the_kind_of_aid(code: Code) -> None:
    acts = {
        "Norway gave Sweden six patrol helicopters.": "072",
        "Chile gave Peru two coastal missile batteries last spring.": "072",
        "Peru is sending howitzers and shells to Bolivia.": "072",
        "Norway sent tents, blankets and generators to Sweden after the fire.": "073",
        "Chile handed over forty ambulances to Bolivia on Friday.": "073",
        "Chile gifted a field hospital to Peru.": "070",
    }
    for text, cameo in acts.items():
        codes = {
            (e.source and e.source.name, e.target and e.target.name, e.cameo)
            for e in code(text, STATES)
        }
        assert any(c == cameo for *_, c in codes), (text, codes)
        assert any(t is not None for _, t, c in codes if c == cameo), (text, codes)
    # a lender's approval is aid, not praise; other approvals and givings are no aid
    assert {e.cameo for e in code("Norway approved a new loan for Bolivia.", STATES)} == {"071"}
    quiet = [
        "Norway approved the budget on Monday.",
        "Chile gave a long speech in Peru.",
        "Peru sent a letter to Bolivia.",
    ]
    for text in quiet:
        assert not [e for e in code(text, STATES) if e.root == "07"], text
