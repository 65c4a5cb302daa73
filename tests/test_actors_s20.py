"""Session 20: countries for sources the text names with no office of their own ("Mr.
Otieno", a surname alone, journalists, an organisation nobody knows), and the sides of
events (real spaCy model, articles and sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.records import Record

pytestmark = pytest.mark.model

Code = Callable[..., Record]

#: an article plainly about Kenya (its country named in three sentences, no other one)
KENYA = (
    "Kenya's parliament met on Tuesday to debate the budget. Prices have risen across Kenya "
    "since January. Many families in Kenya say they cannot buy food. "
)


def test_honorific_person_takes_the_article_country(code: Code) -> None:
    rec = code(KENYA + "Mr. Otieno accused the finance minister of hiding the figures.")
    who = named(rec.actors, "Otieno")
    assert who.country == "KEN"
    assert who.country_from == "context"


def test_honorific_person_takes_the_dateline_when_the_story_is_not_plain(code: Code) -> None:
    text = "NAIROBI - Ms. Wanjiru criticised the new tax on Monday. The debate goes on."
    who = named(code(text).actors, "Wanjiru")
    assert who.country == "KEN"


def test_surname_alone_takes_the_article_country(code: Code) -> None:
    rec = code(KENYA + "Robertson condemned the decision and called for a new vote.")
    assert named(rec.actors, "Robertson").country == "KEN"


def test_surname_alone_in_a_sentence_naming_another_country_stays_open(code: Code) -> None:
    rec = code(KENYA + "Robertson praised Uganda for its help with the harvest.")
    assert named(rec.actors, "Robertson").country is None


def test_surname_alone_with_no_plain_article_country_stays_open(code: Code) -> None:
    rec = code("Robertson condemned the decision and called for a new vote.")
    assert named(rec.actors, "Robertson").country is None


def test_journalists_belong_where_the_story_stands(code: Code) -> None:
    rec = code(KENYA + "Journalists protested outside the ministry on Wednesday.")
    press = named(rec.actors, "Journalists")
    assert (press.country, press.sector) == ("KEN", "MED")


def test_unknown_organisation_takes_the_article_country(code: Code) -> None:
    rec = code(KENYA + "The Mwangaza Foundation accused the police of abuses.")
    org = named(rec.actors, "Mwangaza")
    assert org.country == "KEN"
    assert org.country_from == "context"


def test_organisation_whose_name_spans_countries_stays_open(code: Code) -> None:
    rec = code(KENYA + "The Global Mwangaza Foundation accused the police of abuses.")
    assert named(rec.actors, "Mwangaza").country is None


def test_unknown_organisation_beside_another_country_stays_open(code: Code) -> None:
    rec = code(KENYA + "The Mwangaza Foundation said Tanzania had sent new aid.")
    assert named(rec.actors, "Mwangaza").country is None


def test_event_source_named_by_honorific_carries_the_country(code: Code) -> None:
    rec = code(KENYA + "Mr. Otieno accused the finance minister of hiding the figures.")
    accuse = [e for e in rec.events if e.plover == "ACCUSE"]
    assert accuse, [(e.trigger, e.plover) for e in rec.events]
    assert accuse[0].source is not None and accuse[0].source.country == "KEN"


def _event(rec: Record, plover: str) -> tuple[str | None, str | None]:
    found = [e for e in rec.events if e.plover == plover]
    assert found, [(e.trigger, e.plover) for e in rec.events]
    e = found[0]
    return (e.source.name if e.source else None), (e.target.name if e.target else None)


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Pakistan agreed to the peace plan proposed by China.", "AGREE", "Pakistan", "China"),
        ("Pakistan welcomed the peace plan proposed by China.", "SUPPORT", "Pakistan", "China"),
        ("Iran criticised the sanctions imposed by the European Union.", "ACCUSE", "Iran",
         "European Union"),
    ],
)  # fmt: skip
def test_a_stance_on_what_another_did_targets_the_doer(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    src, tgt = _event(code(text), plover)
    assert src is not None and source in src
    assert tgt is not None and target in tgt


def test_a_named_target_beats_the_doer_of_the_object(code: Code) -> None:
    src, tgt = _event(code("Pakistan criticised India over the plan proposed by China."), "ACCUSE")
    assert (src, tgt) == ("Pakistan", "India")


@pytest.mark.parametrize(
    ("text", "word", "iso", "sector"),
    [
        ("Tibetan monks protested outside a government office.", "monks", "CHN", "REL"),
        ("Chechen rebels attacked a police post on Sunday.", "Chechen", "RUS", "REB"),
        ("Police detained three Uighur activists.", "Uighur", "CHN", "CVL"),
        ("Catalan leaders rejected the court ruling.", "Catalan", "ESP", "GOV"),
    ],
)
def test_a_regional_people_names_its_country(
    code: Code, text: str, word: str, iso: str, sector: str
) -> None:
    who = named(code(text).actors, word)
    assert (who.country, who.sector) == (iso, sector)
    assert who.country_from == "demonym"


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        (KENYA + "Opposition supporters staged a protest in Nairobi.", "supporters", "CVL"),
        (KENYA + "Mourners clashed with police at the funeral.", "Mourners", "CVL"),
        (KENYA + "Angry rioters set fire to a police station.", "rioters", "CVL"),
    ],
)
def test_groups_of_people_act_and_take_the_passage_country(
    code: Code, text: str, word: str, sector: str
) -> None:
    rec = code(text)
    who = named(rec.actors, word)
    assert (who.country, who.sector) == ("KEN", sector)
    assert any(e.source is not None and e.source.id == who.id for e in rec.events), [
        (e.trigger, e.source and e.source.name) for e in rec.events
    ]


@pytest.mark.parametrize("office", ["foreign minister", "foreign ministry", "foreign secretary"])
def test_the_foreign_minister_is_an_office_at_home(code: Code, office: str) -> None:
    rec = code(KENYA + f"The {office} accused the opposition of spreading lies.")
    assert named(rec.actors, office).country == "KEN"


def test_foreign_troops_stay_foreign(code: Code) -> None:
    rec = code(KENYA + "Foreign troops attacked a village near the border.")
    assert named(rec.actors, "troops").country is None


def test_an_office_in_a_relative_clause_gives_the_person_its_country(code: Code) -> None:
    rec = code("Peter Otieno, who heads Kenya's electoral commission, rejected the claims.")
    assert named(rec.actors, "Otieno").country == "KEN"


def test_a_country_the_relative_clause_acts_on_is_a_party_not_a_home(code: Code) -> None:
    rec = code("Peter Otieno, who sued Kenya last year, rejected the claims.")
    assert named(rec.actors, "Otieno").country is None


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Beijing warned Washington against arming Taiwan.", "arming", "Washington"),
        ("Police prevented protesters from marching to the parliament in Nairobi.",
         "marching", "protesters"),
        ("Kenya ended its boycott by attending the talks in Addis Ababa.", "attending",
         "Kenya"),
    ],
)  # fmt: skip
def test_the_doer_of_a_gerund_after_against_from_or_by(
    code: Code, text: str, trigger: str, source: str
) -> None:
    found = [e for e in code(text).events if e.trigger == trigger]
    assert found and found[0].source is not None
    assert source in found[0].source.name


@pytest.mark.parametrize(
    ("name", "sector"),
    [("National Assembly", "GOV"), ("Communications Authority", "GOV"),
     ("Special Tribunal", "JUD")],
)  # fmt: skip
def test_a_state_body_named_by_its_kind_takes_a_sector_and_the_article_country(
    code: Code, name: str, sector: str
) -> None:
    rec = code(KENYA + f"The {name} ordered the release of the prisoners.")
    body = named(rec.actors, name)
    assert (body.country, body.sector) == ("KEN", sector)


def test_a_multinational_keeps_its_home_country_in_a_story_about_another(code: Code) -> None:
    rec = code(KENYA + "Facebook removed hundreds of accounts linked to the ruling party.")
    firm = named(rec.actors, "Facebook")
    assert (firm.country, firm.sector) == ("USA", "BUS")


def test_a_full_name_with_an_honorific_takes_the_dateline(code: Code) -> None:
    text = "NAIROBI - The debate over the new tax went on. Mr. Peter Otieno criticised the plan."
    assert named(code(text).actors, "Otieno").country == "KEN"


def test_a_full_name_without_an_honorific_does_not_take_the_dateline(code: Code) -> None:
    text = "NAIROBI - The debate over the new tax went on. Peter Otieno criticised the plan."
    assert named(code(text).actors, "Otieno").country is None


def test_an_arrest_with_no_doer_of_the_passage_people_is_the_state_police(code: Code) -> None:
    rec = code(KENYA + "Dozens of activists were arrested on Monday.")
    arrests = [e for e in rec.events if e.cameo.startswith("173")]
    assert arrests, [(e.trigger, e.cameo) for e in rec.events]
    src = arrests[0].source
    assert src is not None and (src.country, src.sector) == ("KEN", "COP")
    assert arrests[0].rule.endswith("+implied")


def test_people_named_by_a_demonym_may_be_held_abroad(code: Code) -> None:
    rec = code("Two Britons were arrested in Dubai on Monday.")
    arrests = [e for e in rec.events if e.cameo.startswith("173")]
    assert arrests and arrests[0].source is None
