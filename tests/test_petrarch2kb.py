"""tools/petrarch2kb.py: TABARI actor lines (written for this test) into knowledge-base rows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "petrarch2kb.py"
STATES = {"AFG", "PAK", "USA", "KOR", "NGA"}


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("petrarch2kb", TOOL)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["petrarch2kb"] = mod
    spec.loader.exec_module(mod)
    return mod


COUNTRIES = """\
# a comment line
NARNIA_  [AFG]
+KABULISTAN_
+SOME_CITY_

ORVILLE_MCBRIDE_O'NEILL_  # CountryInfo.txt
+PRESIDENT_MCBRIDE_
+MCBRIDE_
+O._MCBRIDE_O'NEILL
\t[AFGELI 650101-020315]
\t[AFGGOV 020315-050101]
\t[AFGGOVMIL >120601]
\t[AFGELI]
ZAINAB_BINT_HAMID_AL_FARSI_  # CountryInfo.txt
\t[PAKGOVLEG 991231-20030101]
\t[PAKGOV 2004017-20061201]
BORDER_DEFENCE_CORPS_(BDC)
+NORTHERN_BORDER_UNIT
\t[PAKMIL]
SMITHERS_  # CountryInfo.txt
\t[USAGOV 100101-120101]
PRESIDENT_OF_NARNIA_
+NARNIAN_PRESIDENT_
\t[AFGGOV]
FEDERAL_LANTERN_BOARD_
+THE_LANTERN
+NGO
\t[USAGOV]
"""

INTERNATIONAL = """\
SECRETARY-GENERAL_JANE_Q_DOE
+UN_SECRETARY-GENERAL_JANE_Q_DOE
\t[IGOUNO >20080101]
JANE_Q_DOE_  # CountryInfo.txt
\t[KORGOV 050101-071231]
"""

MILNONSTATE = """\
FRONT_FOR_THE_RIVER_PEOPLE_(FRP)_ [NGAREB] # test
+RIVER_FRONT_
+TIDES_
ABU_QATADA_TEST_ [NGAREB] # a person in the armed-groups file
PELICANS_ [NGAREB] # one plain word
"""


def rows_of(tool: ModuleType) -> dict[str, list[list[str]]]:
    entries = [
        *tool.parse_file(COUNTRIES, tool.FILES[0]),
        *tool.parse_file(INTERNATIONAL, tool.FILES[1]),
        *tool.parse_file(MILNONSTATE, tool.FILES[2]),
    ]
    out: dict[str, list[list[str]]] = {}
    for row in tool.convert(entries, STATES, "2014-01-30"):
        out.setdefault(row[0], []).append(row)
    return out


def test_names_are_proper_case_and_people_keep_full_name_aliases(tool: ModuleType) -> None:
    rows = rows_of(tool)
    person = rows["Orville McBride O'Neill"]
    # the title alias and the surname alone are dropped; the initials form stays
    assert person[0][1] == "O. McBride O'Neill"
    assert {r[2] for r in person} == {"person"}
    assert rows["Zainab bint Hamid al Farsi"][0][3] == "PAK"
    assert "Narnia" not in rows  # a bare country entry (a state with its cities) is skipped
    assert "Smithers" not in rows  # one word with dated offices: a surname alone


def test_codes_dates_and_open_ends(tool: ModuleType) -> None:
    rows = rows_of(tool)
    got = [(r[3], r[4], r[6], r[7]) for r in rows["Orville McBride O'Neill"]]
    assert got == [
        ("AFG", "ELI", "1965-01-01", "2002-03-15"),
        ("AFG", "GOV", "2002-03-15", "2005-01-01"),
        # GOVMIL is a government member; ">120601" is closed at the files' horizon
        ("AFG", "GOV", "2012-06-01", "2014-01-30"),
        ("AFG", "ELI", "", ""),  # the undated code: what the person is at other times
    ]
    # LEG counts as GOV; an eight-digit date reads as written; a seven-digit one is dropped
    zainab = [(r[4], r[6], r[7]) for r in rows["Zainab bint Hamid al Farsi"]]
    assert zainab == [("GOV", "1999-12-31", "2003-01-01")]


def test_organisations_keep_acronyms_and_entries_of_one_name_merge(tool: ModuleType) -> None:
    rows = rows_of(tool)
    corps = rows["Border Defence Corps"]
    assert corps[0][1:6] == ["BDC|Northern Border Unit", "organisation", "PAK", "MIL", ""]
    # "SECRETARY-GENERAL_JANE_Q_DOE" (title dropped) and "JANE_Q_DOE_" are one person
    doe = [(r[3], r[4], r[5], r[6], r[7]) for r in rows["Jane Q Doe"]]
    assert doe == [
        ("KOR", "GOV", "", "2005-01-01", "2007-12-31"),
        ("", "IGO", "IGOUNO", "2008-01-01", "2014-01-30"),
    ]


def test_offices_are_titles_and_generic_words_go(tool: ModuleType) -> None:
    rows = rows_of(tool)
    assert "President of Narnia" not in rows  # an office: read as a title with its holder
    # "THE_LANTERN": one plain word once "the" goes; "NGO": a kind of actor, not one
    assert rows["Federal Lantern Board"][0][1] == ""


def test_armed_groups_people_and_plain_words(tool: ModuleType) -> None:
    rows = rows_of(tool)
    front = rows["Front for the River People"]
    assert front[0][1:5] == ["FRP|River Front", "group", "NGA", "REB"]  # "Tides": one word
    assert rows["Abu Qatada Test"][0][2] == "person"  # reads as a person: needs context
    assert "Pelicans" not in rows


def test_main_writes_the_file_and_reports_a_missing_folder(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "petrarch"
    src.mkdir()
    for name, text in zip(tool.FILES, (COUNTRIES, INTERNATIONAL, MILNONSTATE), strict=True):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "kb.tsv"
    assert tool.main([str(src), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "MIT" in text.splitlines()[2] + text.splitlines()[3] + text.splitlines()[4]
    assert "Orville McBride O'Neill\tO. McBride O'Neill\tperson\tAFG\tGOV" in text
    assert tool.main([str(tmp_path / "nowhere"), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error:")


BLOCKS = """\
HORATIO_Q_PEMBERTON_  # CountryInfo.txt
HORATIO_QUENTIN_PEMBERTON
FORMER_PRESIDENT_HORATIO_Q_PEMBERTON
\t[USAELI 400101-700101]
\t[USAGOV 700101-740101]
OSWALD_TRENT_  # CountryInfo.txt
\t[USAGOV 740101-780101]
HERON_BRIGADE
OTTER_BATTALION
\t[NGAREB]
LONE_KESTREL_FRONT [PAKREB]
GLOBEX_TRADING_CORPORATION_ [MNCKOR]
ACME_ROCKET_WORKS_INC_ [MNCUSA]
INITECH_INC_ [MNCUSA]
FLOTSAM_SHIPPING_ [MNCXYZ]
"""


def test_a_block_of_name_lines_shares_the_codes_after_it(tool: ModuleType) -> None:
    """Name lines with no codes between them: more names of the office holder they follow,
    or, for groups listed together, entries of their own with the codes after the block."""
    entries = tool.parse_file(BLOCKS, tool.FILES[0])
    rows: dict[str, list[list[str]]] = {}
    for row in tool.convert(entries, STATES, "2014-01-30"):
        rows.setdefault(row[0], []).append(row)
    person = rows["Horatio Q Pemberton"]
    assert [(r[3], r[4], r[6]) for r in person] == [
        ("USA", "ELI", "1940-01-01"),
        ("USA", "GOV", "1970-01-01"),
    ]
    assert person[0][1] == "Horatio Quentin Pemberton"  # the title line is no alias
    assert "Former President Horatio Q Pemberton" not in rows
    assert [(r[3], r[6]) for r in rows["Oswald Trent"]] == [("USA", "1974-01-01")]
    assert rows["Heron Brigade"][0][3:5] == ["NGA", "REB"]
    assert rows["Otter Battalion"][0][3:5] == ["NGA", "REB"]
    assert rows["Lone Kestrel Front"][0][3:5] == ["PAK", "REB"]  # its own codes only
    # a company's code names its country, unless it is no state tacitus knows
    assert rows["Globex Trading Corporation"][0][3:5] == ["KOR", "BUS"]
    assert rows["Flotsam Shipping"][0][3:5] == ["", "BUS"]
    # the legal suffix goes in an alias when two words or more remain
    assert rows["Acme Rocket Works Inc"][0][1] == "Acme Rocket Works"
    assert rows["Initech Inc"][0][1] == ""


def test_a_national_ngo_takes_its_codes_country_unless_named_by_one_plain_word(
    tool: ModuleType,
) -> None:
    mod = tool
    text = (
        "CIVIL_LIBERTIES_FUND_ [NGOUSAHRI]\n"
        "LANTERNS_ [NGOZAFDEV]\n"
        "GLOBAL_RELIEF_ALLIANCE_ [NGOHLH]\n"
    )
    rows = mod.convert(mod.parse_file(text, mod.FILES[1]), {"USA", "ZAF"}, "2014-01-30")
    by_name = {r[0]: r for r in rows}
    assert by_name["Civil Liberties Fund"][3:5] == ["USA", "NGO"]
    assert by_name["Lanterns"][3] == ""  # one plain word: no country
    assert by_name["Global Relief Alliance"][3] == ""  # an international one keeps none
