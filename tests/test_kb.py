"""The actor knowledge base: data files, dated roles, alias matching, user files (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_helpers import toks
from tacitus.actors.kb import Entry, Role, load_kb
from tacitus.errors import ConfigError


def matched(*words: str) -> list[tuple[str, str]]:
    kb = load_kb()
    out = []
    for m in kb.actors.match(toks(*words)):
        assert isinstance(m.value, Entry)
        out.append((" ".join(words[m.first : m.last]), m.value.name))
    return out


def test_every_un_member_state_is_there() -> None:
    kb = load_kb()
    assert len(kb.states) >= 193
    for iso in ("AFG", "PAK", "QAT", "USA", "GBR", "RUS", "CHN", "HUN", "ROU", "SSD", "TUV"):
        assert iso in kb.states


@pytest.mark.parametrize(
    ("words", "name", "what"),
    [
        (("Afghans",), "Afghanistan", "demonym"),
        (("Pakistani",), "Pakistan", "demonym"),
        (("Britain",), "United Kingdom", "state"),
        (("U.S.",), "United States", "state"),
        (("Burma",), "Myanmar", "state"),
        (("Kremlin",), "Kremlin", "actor"),
        (("Downing", "Street"), "Downing Street", "actor"),
        (("White", "House"), "White House", "actor"),
        (("Beijing",), "China", "capital"),
        (("Washington",), "United States", "capital"),
    ],
)
def test_states_demonyms_capitals_metonyms(words: tuple[str, ...], name: str, what: str) -> None:
    kb = load_kb()
    (m,) = kb.actors.match(toks(*words))
    assert isinstance(m.value, Entry)
    assert (m.value.name, m.value.what) == (name, what)


def test_metonym_synonyms_are_one_institution() -> None:
    a = matched("State", "Department")
    b = matched("Department", "of", "State")
    assert a[0][1] == b[0][1] == "State Department"


def test_longest_match_wins() -> None:
    assert matched("Washington", "Post") == [("Washington Post", "Washington Post")]
    assert matched("Islamic", "State") == [("Islamic State", "Islamic State")]


def test_acronyms_match_in_their_own_case_only() -> None:
    assert matched("US") == [("US", "United States")]
    assert matched("us") == []
    assert matched("WHO") == [("WHO", "World Health Organization")]
    assert matched("who") == []


def test_one_word_names_must_be_capitalised() -> None:
    assert matched("turkey") == []
    assert matched("Turkey") == [("Turkey", "Turkey")]


def test_tokenisation_does_not_matter() -> None:
    assert matched("al", "-", "Shabaab") == [("al - Shabaab", "al-Shabaab")]


def test_igos_have_no_country() -> None:
    kb = load_kb()
    for name in ("united nations", "nato", "african union", "world food programme"):
        role = kb.by_name[name].role("2020-01-01")
        assert role.country is None and role.sector == "IGO", name


def test_taliban_role_is_dated() -> None:
    taliban = load_kb().by_name["taliban"]
    assert taliban.role("2021-08-14").sector == "INS"
    assert taliban.role("2021-08-15").sector == "GOV"
    assert taliban.role("2019-06-02").code == "AFGINS"
    assert taliban.role(None).sector == "GOV"  # no date: the current role


def test_role_covers_half_open_periods() -> None:
    r = Role("group", "SDN", "MIL", "SDNMIL", None, "2023-04-15")
    assert r.covers("2023-04-14") and not r.covers("2023-04-15")


def test_titles_and_names_load() -> None:
    kb = load_kb()
    (m,) = kb.titles.match(toks("Foreign", "Minister"))
    assert getattr(m.value, "sector", None) == "GOV"
    assert kb.genders["sarah"] == "f" and kb.genders["ahmed"] == "m"


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text(
        "name\taliases\tkind\tcountry\tsector\tcode\tvalid_from\tvalid_until\n"
        "Coastal Farmers Union\tCFU|Coast Farmers\torganisation\tKEN\tAGR\t\t\t\n"
        "Taliban\t\tgroup\tAFG\tREB\tAFGREB\t\t\n",
        encoding="utf-8",
    )
    kb = load_kb((str(f),))
    (m,) = kb.actors.match(toks("CFU"))
    assert isinstance(m.value, Entry)
    assert m.value.role(None) == Role("organisation", "KEN", "AGR", "KENAGR")
    (t,) = kb.actors.match(toks("Taliban"))
    assert isinstance(t.value, Entry) and t.value.role(None).sector == "REB"
    assert load_kb().by_name["taliban"].role("2019-01-01").sector == "INS"  # shipped KB intact


def test_bad_user_file_is_a_config_error(tmp_path: Path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text("Somebody\t\tplanet\tKEN\tGOV\t\t\t\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad actor row"):
        load_kb((str(f),))
    with pytest.raises(ConfigError, match="knowledge-base file"):
        load_kb((str(tmp_path / "missing.tsv"),))


def test_uncovered_date_keeps_country_without_sector() -> None:
    e = Entry("X", "actor", (Role("person", "USA", "GOV", "USAGOV", "2017-01-20", "2021-01-20"),))
    assert e.role("2016-01-01") == Role("person", "USA", None, "USA")
    assert e.role("2022-01-01") == Role("person", "USA", None, "USA")
    assert e.role("2018-01-01").sector == "GOV"


def test_two_words_never_match_a_one_word_name() -> None:
    assert matched("to", "go") == []  # not Togo
    assert matched("put", "in") == []  # not Putin


def test_a_name_with_accents_also_matches_as_news_writes_it_without() -> None:
    kb = load_kb(())
    for written in ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Mariusz Blaszczak"):
        (m,) = kb.actors.match(toks(*written.split()))
        assert isinstance(m.value, Entry)
        assert m.value.name in ("Mevlüt Çavuşoğlu", "Mariusz Błaszczak")
    assert not kb.actors.match(toks("Mevlat", "Cavasoglu"))
