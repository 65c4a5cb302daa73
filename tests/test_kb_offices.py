"""Office holders in the knowledge base: dated roles, file precedence, the broad reference
layer and its precision, and the role date of undated articles (sentences of our own)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kb_helpers import toks
from tacitus.actors import extract_actors
from tacitus.actors.kb import Entry, load_kb, vet_matches
from tacitus.actors.window import infer_role_date, text_dates, with_role_date
from tacitus.parse import Parse
from tacitus.records import Article, Record


def entry(name: str, kb: tuple[str, ...] = ()) -> Entry:
    (m,) = [m for m in load_kb(kb).actors.match(toks(*name.split())) if m.last - m.first > 1]
    assert isinstance(m.value, Entry)
    return m.value


# --- dated roles -----------------------------------------------------------------------


def test_a_leader_before_and_after_a_term_change() -> None:
    # Pakistan's prime ministers: Imran Khan to April 2022, then Shehbaz Sharif
    khan, sharif = entry("Imran Khan"), entry("Shehbaz Sharif")
    assert khan.role("2020-05-01").sector == "GOV"
    assert khan.role("2023-01-01").sector != "GOV"
    assert sharif.role("2023-01-01").sector == "GOV"
    assert sharif.role("2020-05-01").sector != "GOV"
    assert sharif.role("2020-05-01").country == "PAK"  # still Pakistani out of office


def test_reference_layer_gives_office_holders_since_1945() -> None:
    kb = load_kb()
    assert kb.actors.ref is not None and len(kb.actors.ref.rows) > 20000
    najib = entry("Mohammad Najibullah")  # Afghan president 1987-1992, from PETRARCH2
    assert (najib.role("1990-01-01").country, najib.role("1990-01-01").sector) == ("AFG", "GOV")
    assert najib.broad


def test_curated_rows_override_the_reference_and_keep_its_other_periods(tmp_path: Path) -> None:
    # a user file redefines a PETRARCH2 person for 1988-1989 only
    f = tmp_path / "mine.tsv"
    f.write_text(
        "Mohammad Najibullah\t\tperson\tAFG\tMIL\t\t1988-01-01\t1989-01-01\n", encoding="utf-8"
    )
    najib = entry("Mohammad Najibullah", (str(f),))
    assert not najib.broad
    assert najib.role("1988-06-01").sector == "MIL"  # the user's row wins where it speaks
    assert najib.role("1987-10-15").sector == "GOV"  # the reference's other periods stay
    assert najib.role("1991-06-01").sector == "GOV"


def test_office_holders_2014_2026_extend_the_reference() -> None:
    # Hamid Karzai: PETRARCH2 knows him to 2014; the office holders file ends his term
    karzai = entry("Hamid Karzai")
    assert karzai.role("2010-01-01").sector == "GOV"
    assert karzai.role("2016-01-01").sector != "GOV"


# --- precision of the broad layer -------------------------------------------------------


def vetted(*words: str) -> list[str]:
    kb = load_kb()
    tokens = toks(*words)
    titles = kb.titles.match(tokens)
    out = []
    for m in vet_matches(kb.actors.match(tokens), titles):
        assert isinstance(m.value, Entry)
        out.append(m.value.name)
    return out


def test_a_broad_name_alone_is_not_a_known_leader() -> None:
    # "Abdul Qadir" held an Afghan office in 1978 (PETRARCH2); a shopkeeper in a story about
    # Leeds is someone else
    assert "Abdul Qadir" not in vetted("Abdul", "Qadir", "runs", "a", "shop", "in", "Leeds")


def test_a_broad_name_with_its_country_or_a_title_stands() -> None:
    assert "Abdul Qadir" in vetted("Afghan", "officials", "met", "Abdul", "Qadir")
    assert "Abdul Qadir" in vetted("Minister", "Abdul", "Qadir", "spoke")


def test_a_surname_alone_matches_no_reference_person() -> None:
    # the reference keeps no one-word aliases of people: "Najibullah" alone is not him
    assert vetted("Najibullah", "said", "Afghanistan", "was", "calm") == ["Afghanistan"]


# --- dates in the text --------------------------------------------------------------------


def test_text_dates_read_dates_months_and_years_but_not_amounts() -> None:
    found = text_dates(
        "On June 2, 2019 the talks resumed; in March 2018 they stalled; 4 July 2017 was quiet. "
        "Fighting began in 2016. The budget was $2015 million, up 2,019 units; code 2013-X."
    )
    assert sorted(found) == ["2016-07-01", "2017-07-04", "2018-03-15", "2019-06-02"]


# --- the role date of undated articles (real model) ---------------------------------------


@pytest.fixture(scope="module")
def window(parse_text: Callable[[str], Parse]) -> Callable[[str], tuple[str | None, str]]:
    def run(text: str) -> tuple[str | None, str]:
        return infer_role_date(text, parse_text(text), load_kb(), today="2026-12-01")

    return run


@pytest.mark.model
def test_office_terms_bound_the_window(window: Callable[..., tuple[str | None, str]]) -> None:
    # Blinken (from January 2021) and Prime Minister Imran Khan (to April 2022) served together
    day, how = window(
        "US Secretary of State Antony Blinken telephoned Pakistani Prime Minister Imran Khan "
        "about the border crossings."
    )
    assert how == "office_terms"
    assert day is not None and "2021-01-26" <= day < "2022-04-10"


@pytest.mark.model
def test_a_date_in_the_text_inside_the_window_wins(
    window: Callable[..., tuple[str | None, str]],
) -> None:
    day, how = window(
        "On March 3, 2020, Afghan President Ashraf Ghani met Prime Minister Imran Khan in Kabul."
    )
    assert (day, how) == ("2020-03-03", "text")


@pytest.mark.model
def test_years_alone_give_the_latest_year(window: Callable[..., tuple[str | None, str]]) -> None:
    day, how = window("The rebels took the town in 2012 and lost it again in 2015.")
    assert (day, how) == ("2015-07-01", "text")


@pytest.mark.model
def test_former_titles_and_nothing_at_all_leave_today(
    window: Callable[..., tuple[str | None, str]],
) -> None:
    assert window("Former Secretary of State Antony Blinken spoke at a university.") == (
        None,
        "today",
    )
    assert window("The rebels took the town and lost it again.") == (None, "today")
    # "former" further up the title chain counts too
    assert window("Former army general Antony Blinken spoke at a university.") == (
        None,
        "today",
    )


@pytest.mark.model
def test_published_date_comes_first(parse_text: Callable[[str], Parse]) -> None:
    text = "In 2015 the army attacked the town."
    art = with_role_date(Article("t", text, published="2024-05-07"), parse_text(text), load_kb())
    assert (art.role_date, art.role_date_from) == ("2024-05-07", "published")


@pytest.mark.model
def test_the_taliban_before_august_2021_are_insurgents(
    code: Callable[..., Record], parse_text: Callable[[str], Parse]
) -> None:
    text = (
        "Prime Minister Imran Khan discussed the peace process with Afghan President Ashraf "
        "Ghani. The Taliban attacked a checkpoint in Kandahar province."
    )
    rec = code(text)
    assert rec.article.role_date_from == "office_terms"
    assert rec.to_dict()["article"]["role_date_from"] == "office_terms"
    (taliban,) = [a for a in rec.actors if a.name == "Taliban"]
    assert taliban.code == "AFGINS"
    later = extract_actors(Article("t", text, published="2023-03-01"), parse_text(text), load_kb())
    assert [a.code for a in later if a.name == "Taliban"] == ["AFGGOV"]


@pytest.mark.model
def test_calling_a_group_insurgents_dates_the_text_to_its_armed_years(
    window: Callable[..., tuple[str | None, str]],
) -> None:
    day, how = window("Taliban insurgents attacked a police checkpoint in Kandahar province.")
    assert how == "text" and day is not None and day < "2021-08-15"
    # without the word, nothing dates the text: today's roles (the Taliban govern)
    assert window("The Taliban closed a police checkpoint in Kandahar province.") == (
        None,
        "today",
    )


# --- office holders added in the 2026 audit ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "inside", "outside", "country"),
    [
        ("Otto Perez Molina", "2014-06-01", "2016-06-01", "GTM"),  # ASCII alias, 2012-2015
        ("Heraldo Munoz", "2016-01-01", "2019-01-01", "CHL"),  # foreign minister 2014-2018
        ("Margarita Robles", "2024-01-01", "2017-01-01", "ESP"),  # defence minister 2018-
        ("Witold Waszczykowski", "2016-06-01", "2019-01-01", "POL"),  # foreign minister
        ("Bui Thanh Son", "2022-01-01", "2020-01-01", "VNM"),  # foreign minister 2021-
        ("Matteo Salvini", "2023-06-01", "2020-06-01", "ITA"),  # party leader between terms
    ],
)
def test_audited_office_holders_hold_office_for_their_term_only(
    name: str, inside: str, outside: str, country: str
) -> None:
    e = entry(name)
    assert (e.role(inside).country, e.role(inside).sector) == (country, "GOV")
    assert e.role(outside).sector != "GOV" and e.role(outside).country == country


def test_a_surname_written_without_its_accents_gives_the_country() -> None:
    kb = load_kb()
    assert kb.surname_country("Lagumdžija") == "BIH"
    assert kb.surname_country("Lagumdzija") == "BIH"
    assert kb.surname_country("Cavusoglu") == "TUR"


def test_a_lone_surname_ner_took_for_a_body_is_the_known_person(
    parse_text: Callable[[str], Parse],
) -> None:
    for text, word, country in [
        ("Lagumdzija condemned the shelling of the town.", "Lagumdzija", "BIH"),
        ("Dehghan warned Washington against any strike on the plants.", "Dehghan", "IRN"),
    ]:
        found = extract_actors(Article("t", text), parse_text(text), load_kb())
        (a,) = [a for a in found if a.name == word]
        assert (a.kind, a.country, a.country_from) == ("person", country, "kb")
    text = "Oxfam condemned the shelling of the town."
    (a,) = extract_actors(Article("t", text), parse_text(text), load_kb())
    assert a.kind != "person"


def test_audited_opposition_and_security_chiefs_have_their_sector() -> None:
    assert (entry("Alexei Navalny").role("2020-01-01").sector) == "OPP"
    assert (entry("Kash Patel").role("2025-06-01").country) == "USA"
    assert (entry("Kyrylo Budanov").role("2023-01-01").sector) == "SPY"
    assert (entry("Ekrem Imamoglu").role("2022-01-01").country) == "TUR"  # ASCII spelling
