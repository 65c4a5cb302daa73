"""United States office holders in the curated knowledge base: dated roles, and the
surname alone once the person is known (no model)."""

from __future__ import annotations

from tacitus.actors.kb import load_kb


def test_us_office_holders_carry_their_country_and_dated_office() -> None:
    kb = load_kb(())
    gorsuch = kb.by_name["neil gorsuch"]
    assert gorsuch.role("2018-06-01").country == "USA"
    assert gorsuch.role("2018-06-01").sector == "JUD"
    christie = kb.by_name["chris christie"]
    assert christie.role("2014-03-01").sector == "GOV"
    assert christie.role("2019-03-01").sector == "ELI"  # out of office: an elite, still USA
    assert christie.role("2019-03-01").country == "USA"


def test_a_rare_surname_of_a_us_office_holder_gives_the_country() -> None:
    kb = load_kb(())
    assert kb.surname_country("Gorsuch") == "USA"
    assert kb.surname_country("Kasich", "2016-03-01") == "USA"
