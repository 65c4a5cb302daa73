"""Recognition beyond NER: datelines in capitals, compass prefixes, lists of small towns,
a place's people and offices, postal codes after "City, ", county offices, and demonyms of
continents, regions, states and cities. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.recognise import find
from tacitus.places.resolve import context
from tacitus.places.toponyms import postal
from tacitus.records import Article, Place


def found(text: str, parse_text: Callable[[str], Parse]) -> dict[str, Place]:
    """The places of a text by the words that name them."""
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return {text[m.start : m.end]: p for m, p in resolved}


def test_every_postal_code_names_a_province_of_the_gazetteer() -> None:
    gaz = gazetteer.load()
    for code, (iso3, admin1) in postal().items():
        hits = [c for c in gaz.lookup(admin1) if c.country == iso3 and c.admin1 == admin1]
        assert hits, code


def test_every_demonym_of_the_table_resolves_to_a_place() -> None:
    gaz = gazetteer.load()
    for word in ("European", "Texan", "Londoners", "Quebecers", "Middle Eastern", "Scots"):
        c = gaz.country_of_adjective(word)
        assert c is not None, word
    assert gaz.country_of_adjective("Texan").admin1 == "Texas"  # type: ignore[union-attr]
    assert gaz.country_of_adjective("European").feature_name == "continent"  # type: ignore[union-attr]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("HARLOWTON, MT -- Ranchers counted their losses after the hail.", "MT", "USA", "Montana"),
        ("GLASGOW, Ky (WXYZ) -- Deputies searched a farm near the county line.", "Ky",
         "USA", "Kentucky"),
        ("BEIRUT — A truce began in the south of the country on Sunday.", "BEIRUT", "LBN", None),
        ("TORRINGTON — The mayor will present his budget plan on Tuesday.", "TORRINGTON",
         "USA", "Connecticut"),
    ],
)  # fmt: skip
def test_datelines_and_postal_codes(
    text: str, name: str, country: str, admin1: str | None, parse_text: Callable[[str], Parse]
) -> None:
    got = found(text, parse_text)
    assert name in got, sorted(got)
    assert got[name].country == country
    if admin1 is not None:
        assert got[name].admin1 == admin1


@pytest.mark.model
def test_a_compass_word_before_a_place_names_that_place(
    parse_text: Callable[[str], Parse],
) -> None:
    got = found("Storms hit Southern California and Far North Queensland overnight.", parse_text)
    assert got["Southern California"].admin1 == "California"
    assert got["Far North Queensland"].admin1 == "Queensland"
    got = found("Western powers said the South had stalled the talks.", parse_text)
    assert not got, sorted(got)


@pytest.mark.model
def test_small_towns_in_a_list_with_places(parse_text: Callable[[str], Parse]) -> None:
    text = "Hail fell on Moonbi, Parkes, Berry and Wyong in regional New South Wales."
    got = found(text, parse_text)
    for town in ("Moonbi", "Parkes", "Berry", "Wyong"):
        assert got[town].country == "AUS", town
    got = found("In Kenya, Smith said the vote had been fair.", parse_text)
    assert "Smith" not in got


@pytest.mark.model
def test_a_place_of_people_and_offices(parse_text: Callable[[str], Parse]) -> None:
    text = "The Harlan mayor said residents of Cumberland and Lynch were safe."
    got = found(text, parse_text)
    assert {"Harlan", "Cumberland", "Lynch"} <= set(got)
    assert all(got[n].admin1 == "Kentucky" for n in ("Harlan", "Cumberland", "Lynch"))
    got = found("The Barren County Coroner said the driver died near Glasgow.", parse_text)
    assert got["Barren County"].admin1 == "Kentucky"
    assert got["Glasgow"].admin1 == "Kentucky"


@pytest.mark.model
def test_a_surname_before_a_noun_is_no_town(parse_text: Callable[[str], Parse]) -> None:
    got = found("The Obama administration said the Bush years were over.", parse_text)
    assert not got, sorted(got)


@pytest.mark.model
def test_demonyms_are_adjectival_places(parse_text: Callable[[str], Parse]) -> None:
    text = "North Korean troops and European officials met Texan ranchers and Londoners."
    got = found(text, parse_text)
    assert got["North Korean"].country == "PRK"
    assert got["European"].feature == "continent"
    assert got["Texan"].admin1 == "Texas"
    assert got["Londoners"].country == "GBR"
    assert all(p.use == "adjectival" for p in got.values())


@pytest.mark.model
def test_a_postal_code_makes_its_state_the_article_s_province(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "AUBURN, AL -- The council met on Monday. Later it sent trucks to Opelika and Troy."
    got = found(text, parse_text)
    assert got["AL"].admin1 == "Alabama"
    assert got["Troy"].admin1 == "Alabama"  # not Troy, New York
    gaz = gazetteer.load()
    ctx = context(gaz, find(parse_text(text), text, gaz), [])
    assert ("USA", "Alabama") in ctx.provinces


@pytest.mark.model
def test_a_name_once_qualified_keeps_its_place(parse_text: Callable[[str], Parse]) -> None:
    text = "PARIS, KY -- The council met on Monday. Paris is the seat of Bourbon County."
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    paris = [p for m, p in resolved if text[m.start : m.end].lower() == "paris"]
    assert len(paris) == 2
    assert all(p.country == "USA" and p.admin1 == "Kentucky" for p in paris)
    text = "Ferries to Portland, Maine, were cancelled. In Portland, Oregon, it rained."
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    got = [p.admin1 for _, p in resolved if p.name == "Portland"]
    assert got == ["Maine", "Oregon"]


@pytest.mark.model
def test_a_country_glued_to_a_participle(parse_text: Callable[[str], Parse]) -> None:
    text = "Turkey joined the U.S.-led campaign, and a UK-based charity sent food."
    got = found(text, parse_text)
    assert got["U.S."].country == "USA"
    assert got["UK"].country == "GBR"
    assert not found("The Coca-Cola plant made a Rolls-Royce engine part.", parse_text)


@pytest.mark.model
def test_township_and_parish_are_designators(parse_text: Callable[[str], Parse]) -> None:
    got = found("Deputies in Caddo Parish searched the woods near Shreveport.", parse_text)
    assert got["Caddo Parish"].admin1 == "Louisiana"
    assert got["Caddo Parish"].feature == "admin2"


@pytest.mark.model
def test_towns_named_like_people_in_local_news(parse_text: Callable[[str], Parse]) -> None:
    text = "Paterson's mayor said Clifton's budget would rise, and Wayne voters agreed."
    got = found(text, parse_text)
    assert {"Paterson", "Clifton", "Wayne"} <= set(got), sorted(got)
    assert all(got[n].admin1 == "New Jersey" for n in ("Paterson", "Clifton", "Wayne"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Dahlonega's mayor said the parade would go ahead despite the rain.", "Dahlonega",
         "Georgia"),
        ("Waukesha's police chief asked drivers to avoid the bridge.", "Waukesha", "Wisconsin"),
        ("The Nappanee council met on Monday to discuss the new water tower.", "Nappanee",
         "Indiana"),
    ],
)  # fmt: skip
def test_a_towns_possessive_and_its_council_speak_for_it(
    text: str, name: str, admin1: str, parse_text: Callable[[str], Parse]
) -> None:
    got = found(text, parse_text)
    assert name in got, sorted(got)
    assert (got[name].country, got[name].admin1) == ("USA", admin1)


@pytest.mark.model
def test_a_city_council_belongs_to_the_town_the_context_names(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "The Springfield City Council passed the budget, and Greene County will vote next."
    got = found(text, parse_text)
    assert "Springfield" in got, sorted(got)
    assert got["Springfield"].admin1 == "Missouri"  # Greene County's Springfield, not a name
    assert "Springfield City" not in got  # an alternate name of another Springfield


@pytest.mark.model
def test_combining_forms_are_their_countries_adjectives(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Sino-Japanese ties and Franco-Italian trade were on the agenda, a Russo-Turkish deal not."
    )
    got = found(text, parse_text)
    for name, iso3 in (("Sino", "CHN"), ("Franco", "FRA"), ("Russo", "RUS")):
        assert got[name].country == iso3, name
        assert got[name].use == "adjectival"
    assert got["Italian"].country == "ITA"
    plain = found("General Franco ruled Spain for decades.", parse_text)
    assert "Franco" not in plain or plain["Franco"].country != "FRA"


@pytest.mark.model
def test_a_name_glued_to_a_participle_is_a_modifier(parse_text: Callable[[str], Parse]) -> None:
    text = "A UK-led team and a Moscow-based firm joined the US-backed talks in Geneva."
    got = found(text, parse_text)
    assert got["UK"].use == "adjectival"
    assert got["US"].use == "adjectival"
    assert got["Moscow"].use == "embedded"
    assert got["Geneva"].use == "name"


@pytest.mark.model
def test_a_branch_of_an_organisation_names_its_place_as_embedded(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Walmart Canada recalled the heaters on Friday, a spokesperson told CTV Calgary."
    got = found(text, parse_text)
    assert got["Canada"].country == "CAN" and got["Canada"].use == "embedded"
    if "Calgary" in got:  # NER may tag the station as a person or an organisation
        assert got["Calgary"].admin1 == "Alberta"
    # a small town that ends an organisation's name is no branch of it
    small = found("Investors sued Acme Holdings Smyrna over the merger last week.", parse_text)
    assert "Smyrna" not in small


@pytest.mark.model
def test_us_regions_and_lakes_are_places(parse_text: Callable[[str], Parse]) -> None:
    text = "Hail hit farms across the Midwest, and barges on Lake Erie waited out the storm."
    got = found(text, parse_text)
    assert got["Midwest"].feature == "region" and got["Midwest"].country == "USA"
    assert got["Lake Erie"].feature == "region"
    upstate = found("Dairy farmers in Upstate New York asked for help.", parse_text)
    state = [p for p in upstate.values() if p.name.endswith("New York")]
    assert state and state[0].feature == "admin1"


@pytest.mark.model
def test_a_local_paper_names_people_by_their_town(parse_text: Callable[[str], Parse]) -> None:
    text = "A Braselton teenager and the Hoschton couple were honoured by the county on Friday."
    got = found(text, parse_text)
    assert got["Braselton"].admin1 == "Georgia"
    assert got["Hoschton"].admin1 == "Georgia"
    assert "Jones" not in found("Mr Jones met a man in the lobby.", parse_text)


@pytest.mark.model
def test_a_place_before_a_title_is_the_titles_place(parse_text: Callable[[str], Parse]) -> None:
    text = "Winnipeg MLA Joan Smith asked the question, and the premier answered."
    got = found(text, parse_text)
    assert "Winnipeg" in got, sorted(got)
    assert got["Winnipeg"].admin1 == "Manitoba"
    # a surname before a title word stays a person ("Jordan" is a country too)
    person = found("Michael Jordan MP spoke at the dinner.", parse_text)
    assert "Jordan" not in person


@pytest.mark.model
def test_a_disease_named_after_a_place_is_no_place(parse_text: Callable[[str], Parse]) -> None:
    text = "Doctors in Kampala confirmed two cases of Marburg virus and one of Lassa fever."
    got = found(text, parse_text)
    assert got["Kampala"].country == "UGA"
    assert "Marburg" not in got and "Lassa" not in got


@pytest.mark.model
def test_resorts_and_highways_keep_their_place_words(parse_text: Callable[[str], Parse]) -> None:
    text = "We stayed at the Sedona Canyon Resort and drove the Tucson Highway north to Phoenix."
    got = found(text, parse_text)
    assert "Phoenix" in got
    assert "Tucson" not in got  # part of a road's name


@pytest.mark.model
def test_a_place_before_a_title_modifies_it(parse_text: Callable[[str], Parse]) -> None:
    got = found("Oregon Gov. Kate Brown visited the flooded towns near Salem.", parse_text)
    assert got["Oregon"].use == "embedded"
    assert got["Salem"].use == "name"


@pytest.mark.model
def test_a_titles_place_is_no_surname_later_in_the_article(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Edmonton MLA Janis Irwin asked for more buses. Riders in Edmonton waited an hour."
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    starts = {m.start for m, _ in resolved}
    assert text.rindex("Edmonton") in starts  # the second mention too


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Flooding closed roads across Jackson and Banks counties on Wednesday.",
         ("Jackson", "Banks")),
        ("Tornado sirens sounded in Lumpkin, Dawson and Hall counties on Tuesday night.",
         ("Lumpkin", "Dawson", "Hall")),
        ("Voters in Fayette and Coweta counties rejected the sales tax.", ("Fayette", "Coweta")),
    ],
)  # fmt: skip
def test_a_plural_kind_word_makes_every_item_of_its_list_a_county(
    text: str, names: tuple[str, ...], parse_text: Callable[[str], Parse]
) -> None:
    got = found(text, parse_text)
    for name in names:
        assert name in got, (name, sorted(got))
        assert got[name].feature == "admin2", name
        assert got[name].country == "USA"


@pytest.mark.model
def test_directions_before_a_plural_kind_word_are_no_place(
    parse_text: Callable[[str], Parse],
) -> None:
    got = found("Western states and Japan pledged more money to the fund.", parse_text)
    assert "Western" not in got
    assert "Japan" in got


@pytest.mark.model
def test_a_town_the_article_has_placed_stays_a_place_when_named_again(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "The fire started in the town of Talmo on Friday. Talmo has no fire station, so "
        "crews came from Commerce."
    )
    starts = [m.start for m, _ in article_places(gazetteer.load(), parse_text(text),
                                                 Article("t", text))[0]]  # fmt: skip
    assert text.index("Talmo") in starts
    assert text.index("Talmo has") in starts


@pytest.mark.model
def test_a_name_said_again_inside_a_persons_name_is_no_echo(
    parse_text: Callable[[str], Parse],
) -> None:
    text = (
        "Residents of Jordan, Minnesota, met on Monday. Later Michael Jordan spoke to "
        "reporters in Chicago."
    )
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    person = text.index("Michael Jordan") + len("Michael ")
    assert not any(m.start <= person < m.end for m, _ in resolved)


@pytest.mark.model
def test_the_mayor_of_a_town_speaks_for_it(parse_text: Callable[[str], Parse]) -> None:
    got = found("The mayor of Braselton said the town would hire two more officers.", parse_text)
    assert "Braselton" in got
    assert got["Braselton"].admin1 == "Georgia"


def test_demonyms_of_provinces_and_cities_point_at_them() -> None:
    gaz = gazetteer.load()
    cases = (("Sindhi", "Sindh", "PAK"), ("Flemish", "Flanders", "BEL"),
             ("Atlantans", "Atlanta", "USA"), ("Darfuri", "Darfur", "SDN"))  # fmt: skip
    for word, place, iso3 in cases:
        c = gaz.country_of_adjective(word)
        assert c is not None, word
        assert c.country == iso3
        named = [x for x in gaz.lookup(place) if x.country == iso3]
        assert (c.lat, c.lon) == (named[0].lat, named[0].lon), word


@pytest.mark.model
def test_a_local_paper_names_tradespeople_by_their_town(
    parse_text: Callable[[str], Parse],
) -> None:
    got = found("A Braselton firefighter was hurt while battling the blaze.", parse_text)
    assert got["Braselton"].admin1 == "Georgia"
    got = found("The Cornelia pastor led the prayer vigil.", parse_text)
    assert "Cornelia" in got
    got = found("A Ford engineer said the recall would cost millions.", parse_text)
    assert "Ford" not in got


@pytest.mark.model
def test_a_persons_town_after_of_is_a_place_though_ner_takes_it_in(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Survivors include a son, Walter of Enid, Okla., and a daughter, Ruth of Wichita."
    got = found(text, parse_text)
    assert got["Enid"].admin1 == "Oklahoma"
    assert got["Wichita"].admin1 == "Kansas"


@pytest.mark.model
def test_an_abbreviation_no_word_spells_may_open_a_sentence(
    parse_text: Callable[[str], Parse],
) -> None:
    got = found("NSW recorded its wettest March on record, forecasters said.", parse_text)
    assert got["NSW"].admin1 == "New South Wales"
    got = found("N.Y. lawmakers passed the bill late on Friday.", parse_text)
    assert got["N.Y."].admin1 == "New York"
    got = found("Miss. Smith said the school would reopen on Monday.", parse_text)
    assert "Miss." not in got


@pytest.mark.model
def test_a_lower_case_site_after_a_name_speaks_for_a_place(
    parse_text: Callable[[str], Parse],
) -> None:
    got = found("The wounded were taken to Tessalit hospital on Sunday.", parse_text)
    assert got["Tessalit"].country == "MLI"
    got = found("The Clinton camp denied the report on Sunday.", parse_text)
    assert "Clinton" not in got


@pytest.mark.model
def test_a_towns_households_and_businesses_speak_for_it(
    parse_text: Callable[[str], Parse],
) -> None:
    got = found("Talmo motorists faced long delays on Monday.", parse_text)
    assert got["Talmo"].admin1 == "Georgia"
    got = found("Ford families gathered for the reunion.", parse_text)
    assert "Ford" not in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fighting reached Tessalit, a town in northern Mali, on Sunday.", "Tessalit", "MLI"),
        ("Gunmen held Bentiu, the oil-rich state capital, for two days.", "Bentiu", "SSD"),
    ],
)
def test_an_appositive_kind_of_place_makes_a_name_a_place(
    text: str, name: str, country: str, parse_text: Callable[[str], Parse]
) -> None:
    got = found(text, parse_text)
    assert got[name].country == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mark Smith, the city council member, voted no.", "Smith"),
        ("Bill Jones, the town's mayor, resigned on Friday.", "Jones"),
        ("Helen Ford, a city official, said the roads were safe.", "Ford"),
    ],
)
def test_an_appositive_that_only_modifies_makes_no_place(
    text: str, name: str, parse_text: Callable[[str], Parse]
) -> None:
    assert name not in found(text, parse_text)
