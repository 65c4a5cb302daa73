"""Country cues an actor's own words give: "<person> of <Country>", a city inside an
organisation's name, names written without their hyphens, double surnames, office words
(MEP, High Commissioner, ruler), and former leaders of the reference layer named in full
(real spaCy model, sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_helpers import named
from tacitus.actors import extract_actors
from tacitus.actors.coref import same_person
from tacitus.actors.kb import load_kb
from tacitus.parse import Parse
from tacitus.records import Actor, Article

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Actor, ...]]


@pytest.fixture(scope="module")
def actors(parse_text: Callable[[str], Parse]) -> Run:
    kb = load_kb(())

    def run(text: str) -> tuple[Actor, ...]:
        return extract_actors(Article("t", text), parse_text(text), kb)

    return run


def test_a_person_of_a_country_takes_it(actors: Run) -> None:
    found = actors("The top U.S. diplomat criticised Foreign Minister Ivan Petrov of Bulgaria.")
    petrov = named(found, "Petrov")
    assert (petrov.country, petrov.sector, petrov.country_from) == ("BGR", "GOV", "title")
    assert named(found, "diplomat").country == "USA"
    bare = named(actors("Ivan Petrov of Bulgaria said the talks were over."), "Petrov")
    assert (bare.country, bare.country_from) == ("BGR", "apposition")
    # a US state named like a country gives no foreign country
    gov = named(actors("Governor Tom Hale of Georgia met Governor Ann Lee of Alabama."), "Hale")
    assert gov.country == "USA"


def test_a_city_in_an_organisations_name_gives_its_country(actors: Run) -> None:
    zoo = named(actors("The Sao Paulo Zoo sued the city over the new road."), "Zoo")
    assert (zoo.country, zoo.country_from) == ("BRA", "place")
    bourse = named(actors("The New York Stock Exchange fined the broker."), "Exchange")
    assert bourse.country == "USA"


def test_a_gathering_named_after_a_city_is_no_one_countrys(actors: Run) -> None:
    summit = named(actors("The Hamburg Summit condemned the attack."), "Summit")
    assert summit.country is None


def test_a_name_written_without_its_hyphen_matches(actors: Run) -> None:
    found = actors("Prime Minister Adil Abdul Mahdi met the envoy in Baghdad.")
    mahdi = named(found, "Mahdi")
    assert (mahdi.country, mahdi.country_from) == ("IRQ", "kb")
    fighters = named(actors("Al Shabaab fighters attacked a base near the border."), "Shabaab")
    assert (fighters.country, fighters.sector) == ("SOM", "INS")


def test_a_double_surname_alone_gives_the_country_and_joins_the_full_name(actors: Run) -> None:
    alone = named(actors("Pérez Molina rejected the demands of the marchers."), "Molina")
    assert (alone.country, alone.country_from) == ("GTM", "kb")
    found = actors("Otto Pérez Molina resigned on Thursday. Pérez Molina denied the charges.")
    people = [a for a in found if a.kind == "person"]
    assert len(people) == 1 and people[0].country == "GTM"
    assert same_person("Otto Pérez Molina", "Pérez Molina")
    assert not same_person("John Smith", "Mary Jane Smith")


@pytest.mark.parametrize(
    ("text", "word", "country", "sector"),
    [
        ("British High Commissioner Brian Tolley met the minister.", "Tolley", "GBR", "GOV"),
        ("Kerala Chief Minister Arun Nair criticised the police.", "Nair", "IND", "GOV"),
        ("Chinese actor Wang Lei denied the claims on Friday.", "Wang", "CHN", "CVL"),
        ("The Dubai ruler pardoned the prisoners.", "ruler", "ARE", "GOV"),
        ("The Estonian MEP criticised the plan.", "MEP", "EST", "GOV"),
    ],
)
def test_office_words_read_as_titles(
    actors: Run, text: str, word: str, country: str, sector: str
) -> None:
    a = named(actors(text), word)
    assert (a.country, a.sector) == (country, sector)


def test_a_former_leader_named_in_full_stands_without_a_title(actors: Run) -> None:
    ford = named(actors("Gerald R. Ford pardoned his predecessor."), "Ford")
    assert (ford.country, ford.country_from) == ("USA", "kb")
    assert named(actors("Leonid Brezhnev met the delegation."), "Brezhnev").country == "RUS"
    # places of another country in the article: a namesake, not the reference person
    found = actors("Michael Somare, a baker in Leeds, sued the council in Manchester.")
    assert named(found, "Somare").country != "PNG"


def test_a_demonym_before_a_title_is_no_given_name(actors: Run) -> None:
    # NER may read "Estonian MEP" as one PERSON; "Jordan Henderson" stays a name
    mep = named(actors("Estonian MEP has demanded tough measures against Syrian migrants."), "MEP")
    assert (mep.country, mep.country_from) == ("EST", "title")
    found = actors("Jordan Henderson scored twice against Chad.")
    assert named(found, "Henderson").country is None


def test_a_leader_named_before_the_government_he_leads_gives_its_country(actors: Run) -> None:
    bush = named(actors("Bush administration officials criticised the plan."), "Bush")
    assert (bush.country, bush.country_from) == ("USA", "kb")
    poll = named(actors("A Rasmussen poll found support for the plan."), "Rasmussen")
    assert poll.country is None  # a modifier of anything else may name anyone


def test_a_body_takes_the_country_of_the_one_known_person_its_sentence_names(
    actors: Run,
) -> None:
    police = named(actors("Police arrested supporters of Alexei Navalny on Sunday."), "Police")
    assert (police.country, police.country_from) == ("RUS", "context")
    # two countries among the people named: no country for the body
    found = actors("Donald Trump met Recep Tayyip Erdogan and the president praised the deal.")
    assert named(found, "president").country is None
    # a place named anywhere in the article is the better evidence: that rule decides
    found = actors("Police in Lagos arrested supporters of Alexei Navalny.")
    assert named(found, "Police").country == "NGA"


def test_a_full_name_with_no_title_takes_the_one_country_of_its_sentence(actors: Run) -> None:
    lopez = named(actors("Maria Lopez, a nurse, sued the agency in Caracas."), "Lopez")
    assert (lopez.country, lopez.country_from) == ("VEN", "context")
    # her own apposition placing her is the stronger cue (test_actors_country_s26)
    lopez = named(actors("Maria Lopez, a nurse in Caracas, sued the agency."), "Lopez")
    assert (lopez.country, lopez.country_from) == ("VEN", "place")
    # a country that is a party to the act is no home
    assert named(actors("Maria Lopez sued Venezuela on Monday."), "Lopez").country is None
    # several countries in the sentence, or a surname alone: no country
    found = actors("John Parker met officials from France and Spain.")
    assert named(found, "Parker").country is None
    found = actors("Later, Parker criticised Estonia's budget.")
    assert all(a.country is None for a in found if "Parker" in a.name)


def test_a_title_before_a_comma_is_the_names_apposition(actors: Run) -> None:
    found = actors(
        "The talks were led by the Belarusian defence minister, Leonid Kuzmin, on Monday."
    )
    kuzmin = named(found, "Kuzmin")
    assert (kuzmin.country, kuzmin.sector, kuzmin.country_from) == ("BLR", "GOV", "apposition")
    assert len([a for a in found if a.kind == "person"]) == 1  # one actor, not two
    lawyer = named(actors("A Lebanese lawyer, Kareem Haddad, filed the suit."), "Haddad")
    assert (lawyer.country, lawyer.sector) == ("LBN", "CVL")
    # a title in another clause is someone else
    found = actors("After meeting the president, John Smith said the talks went well.")
    assert named(found, "Smith").sector is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Belarussian defence minister said the drills would go ahead.", "BLR"),
        ("Scottish ministers criticised the plan.", "GBR"),
        ("Bosniak leaders rejected the proposal.", "BIH"),
    ],
)
def test_demonyms_as_news_spells_them(actors: Run, text: str, country: str) -> None:
    assert [a.country for a in actors(text) if a.kind != "state"][:1] == [country]


def test_a_sentence_that_names_several_countries_but_stands_in_one(actors: Run) -> None:
    found = actors("In Kabul, the president told Pakistani envoys that the talks went well.")
    assert (named(found, "president").country, named(found, "envoys").country) == ("AFG", "PAK")
    found = actors("After talks between Chile and Peru, the president flew home.")
    assert named(found, "president").country is None  # split, and placed in neither


def test_a_group_in_a_capital_is_of_its_country(actors: Run) -> None:
    found = actors("Protesters in Caracas denounced the new tax.")
    protesters = named(found, "Protesters")
    assert (protesters.country, protesters.country_from) == ("VEN", "place")
    # a capital's name is shared: with another country named, it decides nothing
    found = actors("Militias in Tripoli shelled the north Lebanese port.")
    assert named(found, "Militias").country != "LBY"


def test_a_sentence_placed_only_where_one_act_happened_stays_split(actors: Run) -> None:
    found = actors("Chinese and Indian officials met after soldiers retook a village in Nepal.")
    assert named(found, "soldiers").country is None


def test_an_international_bodys_envoy_acts_for_no_country(actors: Run) -> None:
    found = actors("Afghan rebel leaders said U.N. mediator Diego Cordovez had invited them.")
    cordovez = named(found, "Cordovez")
    assert (cordovez.country, cordovez.sector) == (None, "IGO")
    assert named(found, "rebel leaders").country == "AFG"
