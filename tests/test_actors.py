"""The actors stage on sentences written for these tests (real spaCy model)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tacitus.actors import extract_actors, make_stage
from tacitus.actors.kb import load_kb
from tacitus.parse import Parse
from tacitus.pipeline import Document, Pipeline
from tacitus.records import Actor, Article, RawArticle
from tacitus.settings import Settings

pytestmark = pytest.mark.model

Run = Callable[..., tuple[Actor, ...]]


@pytest.fixture(scope="module")
def actors(parse_text: Callable[[str], Parse]) -> Run:
    def run(text: str, published: str | None = None, kb: tuple[str, ...] = ()) -> tuple:
        return extract_actors(
            Article("t", text, published=published), parse_text(text), load_kb(kb)
        )

    return run


def one(found: tuple[Actor, ...], name: str) -> Actor:
    hits = [a for a in found if a.name == name or name in a.aliases]
    assert len(hits) == 1, [(a.name, a.aliases) for a in found]
    return hits[0]


def role(a: Actor) -> tuple[str | None, str | None]:
    return a.country, a.sector


def said(text: str, a: Actor) -> list[str]:
    return [text[s:e] for s, e in a.mentions]


# --- titles and appositions -------------------------------------------------------------


def test_demonym_title_before_a_name(actors: Run) -> None:
    found = actors("French Defence Minister Pierre Lambert arrived in Dakar on Monday.")
    a = one(found, "Pierre Lambert")
    assert (a.kind, *role(a), a.code) == ("person", "FRA", "GOV", "FRAGOV")


def test_country_title_with_subject_matter_after_for(actors: Run) -> None:
    text = "Japanese special envoy for Myanmar affairs Kenji Sato met the generals."
    assert role(one(actors(text), "Kenji Sato")) == ("JPN", "GOV")


def test_group_leader_takes_the_group_role(actors: Run) -> None:
    text = "Al-Shabaab commander Hassan Warsame claimed the attack on Tuesday."
    a = one(actors(text), "Hassan Warsame")
    assert (*role(a), a.code) == ("SOM", "INS", "SOMINS")


def test_former_head_of_state_is_elite(actors: Run) -> None:
    text = "Former Kenyan president Daniel Otieno criticised the election board."
    assert role(one(actors(text), "Daniel Otieno")) == ("KEN", "ELI")


def test_apposition_spokesman_for_a_ministry(actors: Run) -> None:
    text = "Amina Yusuf, a spokeswoman for the Kenyan interior ministry, denied the report."
    assert role(one(actors(text), "Amina Yusuf")) == ("KEN", "GOV")


def test_apposition_to_an_unknown_movement_takes_the_context_country(actors: Run) -> None:
    text = (
        "Thousands of Nepalis marched in Kathmandu on Friday. "
        "Ram Thapa, a spokesman for the Himalayan Dignity Movement, told reporters "
        "the march would continue."
    )
    found = actors(text)
    assert role(one(found, "Ram Thapa")) == ("NPL", "CVL")
    assert role(one(found, "Himalayan Dignity Movement")) == ("NPL", "CVL")


def test_unsupported_country_stays_null(actors: Run) -> None:
    a = one(actors("Prime Minister Elena Vasquez resigned on Sunday."), "Elena Vasquez")
    assert role(a) == (None, "GOV")


def test_title_cuts_ner_and_restores_a_cut_first_name(actors: Run) -> None:
    text = (
        "On Tuesday, U.S. Secretary of State Antony J. Blinken telephoned his Indian counterpart."
    )
    a = one(actors(text), "Antony J. Blinken")
    assert role(a) == ("USA", "GOV")


def test_international_organisation_title(actors: Run) -> None:
    a = one(actors("UN envoy Maria Santos urged both sides to talk."), "Maria Santos")
    assert (*role(a), a.code) == (None, "IGO", "IGOUNO")


# --- groups, demonyms, states and metonyms ---------------------------------------------


def test_coordinated_demonyms_make_one_actor_each(actors: Run) -> None:
    found = actors("Senior Ethiopian and Kenyan officials signed a border accord.")
    groups = sorted(role(a) for a in found if a.kind == "group")
    assert groups == [("ETH", "GOV"), ("KEN", "GOV")]


def test_national_forces_and_armed_groups(actors: Run) -> None:
    found = actors("Nigerian troops clashed with Boko Haram fighters near Maiduguri.")
    assert role(one(found, "Nigerian troops")) == ("NGA", "MIL")
    assert role(one(found, "Boko Haram")) == ("NGA", "INS")


def test_protesters_are_civilians_without_a_guessed_country(actors: Run) -> None:
    a = one(actors("Protesters blocked the main road on Saturday."), "Protesters")
    assert (a.kind, *role(a)) == ("group", None, "CVL")


def test_plural_demonym_is_the_people(actors: Run) -> None:
    a = one(actors("Many Syrians have returned home since the spring."), "Syrians")
    assert role(a) == ("SYR", "CVL")


def test_metonyms_and_capitals_as_governments(actors: Run) -> None:
    text = "The Kremlin rejected the plan, while Beijing said it would study it."
    found = actors(text)
    assert (one(found, "Kremlin").code, one(found, "Beijing").code) == ("RUSGOV", "CHNGOV")


def test_capital_as_a_place_is_not_an_actor(actors: Run) -> None:
    found = actors("The two delegations met in Beijing on Monday.")
    assert not [a for a in found if a.country == "CHN"]


def test_capital_as_the_destination_of_a_visit_is_the_host_state(actors: Run) -> None:
    found = actors("The Chilean envoy arrived in Beijing on Monday.")
    a = one(found, "China")
    assert (a.kind, a.country, a.sector) == ("state", "CHN", None)


@pytest.mark.model
def test_arriving_in_a_capital_is_a_visit_to_its_state(pipeline: Pipeline) -> None:
    text = "Brazilian Foreign Minister Marcos Ribeiro flew to Ottawa on Sunday."
    raw = RawArticle("t", text=text)
    rec = next(pipeline.run([raw])).record
    assert rec is not None
    ev = [
        (e.cameo, e.source and e.source.country, e.target and e.target.country) for e in rec.events
    ]
    assert ("042", "BRA", "CAN") in ev


def test_lower_case_word_does_not_complete_a_capitalised_name(actors: Run) -> None:
    found = actors("Russia today condemned the raid.")
    assert [(a.name, a.sector) for a in found] == [("Russia", None)]
    assert one(actors("Russia Today aired the speech."), "Russia Today").sector == "MED"


def test_adjective_before_a_demonym_stays_with_the_group(actors: Run) -> None:
    found = actors("Radical Spanish fishermen blocked the harbour at dawn.")
    assert [(a.kind, *role(a)) for a in found] == [("group", "ESP", "AGR")]


def test_demonym_before_a_plural_people_name_is_that_people(actors: Run) -> None:
    found = actors("Hundreds of Turkish Kurds marched through Diyarbakir on Sunday.")
    a = one(found, "Turkish Kurds")
    assert (a.kind, *role(a)) == ("group", "TUR", "CVL")
    assert not [x for x in found if x.kind == "state"]


def test_ethnic_group_takes_the_country_of_the_story_not_of_its_demonym(actors: Run) -> None:
    text = "Several hundred ethnic Hungarians rallied in Cluj, Romanian police told Romanian TV."
    a = one(actors(text), "ethnic Hungarians")
    assert (a.kind, *role(a)) == ("group", "ROU", "CVL")
    b = one(actors("Ethnic Hungarians rallied on Sunday."), "Ethnic Hungarians")
    assert role(b) == (None, "CVL")


def test_state_names_are_state_actors(actors: Run) -> None:
    a = one(actors("Qatar hosted the talks."), "Qatar")
    assert (a.kind, a.country, a.code) == ("state", "QAT", "QAT")


def test_place_tagged_as_person_is_left_to_places(actors: Run) -> None:
    found = actors("The convoy drove from Lashkar Gah to Kandahar on Sunday.")
    assert not [a for a in found if a.kind == "person"]


# --- dated roles ------------------------------------------------------------------------


@pytest.mark.parametrize(("published", "sector"), [("2020-05-01", "INS"), ("2022-03-01", "GOV")])
def test_taliban_role_follows_the_publication_date(
    actors: Run, published: str, sector: str
) -> None:
    a = one(actors("The Taliban seized the district centre.", published), "Taliban")
    assert role(a) == ("AFG", sector)


@pytest.mark.parametrize(
    ("published", "sector"), [("1998-06-01", "GOV"), ("2004-03-01", "ELI"), (None, "ELI")]
)
def test_titled_head_of_state_from_the_leaders_kb(
    actors: Run, published: str | None, sector: str
) -> None:
    found = actors("Jerry Rawlings opened the new bridge over the Volta.", published)
    assert role(one(found, "Jerry Rawlings")) == ("GHA", sector)


def test_known_person_with_a_surname_one_letter_off(actors: Run) -> None:
    found = actors("Jerry Rawlins opened the new bridge over the Volta.", "1995-03-01")
    assert role(one(found, "Jerry Rawlins")) == ("GHA", "GOV")
    other = actors("Peter Rawlins opened the new bridge over the Volta.", "1995-03-01")
    peter = one(other, "Peter Rawlins")
    # someone else: not the known person's role (the place may still give a country)
    assert peter.sector is None and peter.country_from != "kb"


def test_second_term_after_a_gap_is_government_again(actors: Run) -> None:
    text = "Silvio Berlusconi named a new cabinet."
    assert role(one(actors(text, "2003-01-10"), "Silvio Berlusconi")) == ("ITA", "GOV")
    assert role(one(actors(text, "1999-01-10"), "Silvio Berlusconi")) == ("ITA", "ELI")


# --- coreference --------------------------------------------------------------------------


def test_surname_nominal_and_pronoun_join_the_named_actor(actors: Run) -> None:
    text = (
        "Egyptian Foreign Minister Karim Nasser arrived in Amman on Sunday. "
        "Nasser met officials from the royal court. "
        "The minister said the talks had been useful. "
        "He later left for Cairo."
    )
    a = one(actors(text), "Karim Nasser")
    assert said(text, a)[1:] == ["Nasser", "The minister", "He"]
    assert role(a) == ("EGY", "GOV")


def test_variant_spelling_is_the_same_person(actors: Run) -> None:
    text = (
        "Mohammad Rahimi, a spokesman for the Afghan interior ministry, spoke on Monday. "
        "Mohammed Rahimi later said the road was open."
    )
    found = [a for a in actors(text) if a.kind == "person"]
    assert len(found) == 1 and role(found[0]) == ("AFG", "GOV")


def test_nominal_with_a_country_needs_that_country(actors: Run) -> None:
    text = (
        "Turkish envoy Selim Arslan and Greek envoy Nikos Pappas met in Vienna. "
        "The Greek envoy said progress was slow."
    )
    found = actors(text)
    assert "The Greek envoy" in said(text, one(found, "Nikos Pappas"))
    assert "The Greek envoy" not in said(text, one(found, "Selim Arslan"))


def test_pronoun_gender_picks_the_compatible_person(actors: Run) -> None:
    text = (
        "President Ahmed Bello met Prime Minister Sarah Collins on Monday. She said it went well."
    )
    found = actors(text)
    assert "She" in said(text, one(found, "Sarah Collins"))
    assert "She" not in said(text, one(found, "Ahmed Bello"))


def test_they_goes_to_a_group_and_the_insurgents_to_the_armed_group(actors: Run) -> None:
    text = (
        "The Houthis fired missiles at two ships on Friday. "
        "They said the vessels were linked to Israel. The rebels later released a video."
    )
    a = one(actors(text), "Houthis")
    assert {"They", "The rebels"} <= set(said(text, a))


def test_it_refers_to_an_organisation_subject_but_not_expletive(actors: Run) -> None:
    text = "The World Bank said it would lend more. It is clear that prices will rise."
    a = one(actors(text), "World Bank")
    assert said(text, a) == ["World Bank", "it"]


def test_object_pronoun_is_not_its_own_clause_subject(actors: Run) -> None:
    text = "Al-Shabaab said they would attack, and Kenya vowed to hold them accountable."
    a = one(actors(text), "al-Shabaab")
    assert said(text, a).count("them") == 1


def test_cataphoric_nominal_joins_the_named_leader(actors: Run) -> None:
    text = (
        "On Monday, the Houthis' leader said talks would resume. "
        "Houthi leader Abdul Malik Hamza also warned Riyadh."
    )
    a = one(actors(text), "Abdul Malik Hamza")
    assert role(a) == ("YEM", "REB") and len(a.mentions) == 2


# --- records and the stage ---------------------------------------------------------------


def test_records_are_numbered_in_order_with_sorted_spans(actors: Run) -> None:
    text = "Qatar and Pakistan welcomed the deal. Pakistan said it would help."
    found = actors(text)
    assert [a.id for a in found] == [f"a{i}" for i in range(1, len(found) + 1)]
    for a in found:
        assert list(a.mentions) == sorted(a.mentions)
        assert all(text[s:e].strip() for s, e in a.mentions)
    assert said(text, one(found, "Pakistan")) == ["Pakistan", "Pakistan", "it"]


def test_user_kb_file_through_settings(tmp_path: Path, pipeline: object) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text("Coastal Farmers Union\tCFU\torganisation\tKEN\tAGR\t\t\t\n", encoding="utf-8")
    stage = make_stage(Settings(kb=(str(f),)))
    text = "The CFU called a strike in Mombasa."
    from tacitus.nlp import make_stage as nlp_stage

    doc = nlp_stage(Settings())(Document(RawArticle("t"), article=Article("t", text)))
    a = one(stage(doc).actors, "Coastal Farmers Union")
    assert (a.kind, a.code) == ("organisation", "KENAGR")


# --- more group and cue rules -----------------------------------------------------------


def test_demonym_adjective_names_the_state_over_its_noun(actors: Run) -> None:
    text = "Kenya welcomed a Tanzanian offer to mediate."
    a = one(actors(text), "Tanzania")
    assert (a.kind, a.code) == ("state", "TZA")
    assert said(text, a) == ["Tanzanian offer"]


def test_local_group_takes_the_country_it_is_in(actors: Run) -> None:
    a = one(actors("Gunmen in Burkina Faso attacked a convoy on Monday."), "Gunmen")
    assert role(a) == ("BFA", "UAF")


def test_troops_in_a_country_are_not_its_troops(actors: Run) -> None:
    found = actors("Foreign troops in Mali began to withdraw.")
    assert not [a for a in found if a.kind == "group" and a.country == "MLI"]


def test_modifier_title_gives_the_sector_of_officials(actors: Run) -> None:
    found = actors("Pakistani intelligence officials said the suspect had fled.")
    assert ("PAK", "SPY") in [role(a) for a in found]


def test_first_of_two_demonyms_is_the_country(actors: Run) -> None:
    a = one(actors("Kosovar Albanians voted on Sunday."), "Kosovar Albanians")
    assert role(a) == ("XKX", "CVL")


def test_organisation_in_a_title_chain_is_mentioned_too(actors: Run) -> None:
    text = "Hezbollah commander Ali Karaki was killed in an air strike."
    found = actors(text)
    assert role(one(found, "Ali Karaki")) == ("LBN", "REB")
    assert said(text, one(found, "Hezbollah")) == ["Hezbollah"]


def test_plural_titles_need_a_country_or_organisation(actors: Run) -> None:
    assert not [a for a in actors("Ministers met in the capital.") if a.kind == "group"]
    a = one(actors("Nigerian ministers met in the capital."), "Nigerian ministers")
    assert role(a) == ("NGA", "GOV")


def test_shared_surname_goes_to_the_most_recent_compatible_person(actors: Run) -> None:
    text = (
        "Maria Lopez met Carlos Lopez on Monday. "
        "Carlos Lopez spoke first. Lopez then left the room."
    )
    found = actors(text)
    assert said(text, one(found, "Maria Lopez")) == ["Maria Lopez"]
    assert said(text, one(found, "Carlos Lopez"))[-1] == "Lopez"


def test_a_date_before_any_known_role_keeps_the_country_only(actors: Run) -> None:
    a = one(actors("Donald Trump spoke in Ohio.", "2016-10-01"), "Donald Trump")
    assert role(a) == ("USA", None)
    b = one(actors("Donald Trump spoke in Ohio.", "2018-10-01"), "Donald Trump")
    assert role(b) == ("USA", "GOV")


def test_cli_kb_option_adds_an_actor(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from tacitus.cli import app

    kb = tmp_path / "mine.tsv"
    kb.write_text("Lakeside Fishers Cooperative\tLFC\torganisation\tUGA\tAGR\t\t\t\n", "utf-8")
    story = tmp_path / "story.txt"
    story.write_text(
        "KAMPALA: The LFC said on Monday that its members would stop fishing on the lake "
        "for a week to protest against new licence fees set by the district council.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(story), "--kb", str(kb)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    names = {a["name"]: a["code"] for a in record["actors"]}
    assert names.get("Lakeside Fishers Cooperative") == "UGAAGR"


def test_country_words_inside_an_organisation_name_give_its_country(actors: Run) -> None:
    text = (
        "The Ghanaian Teachers' Union called a strike, "
        "angering Ghanaian Education Minister Kofi Mensah."
    )
    found = actors(text)
    assert role(one(found, "Ghanaian Teachers' Union")) == ("GHA", "LAB")
    assert role(one(found, "Kofi Mensah")) == ("GHA", "GOV")


def test_output_is_deterministic(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "Somali President Abdi Warsame met AU envoy Grace Mwangi in Mogadishu. "
        "Al-Shabaab fighters attacked a base the same day. She condemned the attack, "
        "and the militants said they would strike again."
    )
    parse = parse_text(text)
    runs = {
        repr(extract_actors(Article("t", text, published="2024-02-01"), parse, load_kb()))
        for _ in range(3)
    }
    assert len(runs) == 1


def test_country_word_opening_a_person_name_stays_a_name(actors: Run) -> None:
    text = "Chad Mitchell, a spokesman for the Canadian foreign ministry, declined to comment."
    found = actors(text)
    assert role(one(found, "Chad Mitchell")) == ("CAN", "GOV")
    assert not [a for a in found if a.country == "TCD"]
