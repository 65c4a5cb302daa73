"""Convert PETRARCH2's actor dictionaries into tacitus knowledge-base rows.

Reads the TABARI-format files ``Phoenix.Countries.actors.txt``,
``Phoenix.International.actors.txt`` and ``Phoenix.MilNonState.actors.txt`` from the folder
given (openeventdata/petrarch2, ``petrarch2/data/dictionaries/``; MIT licence, see
``src/tacitus/data/kb/NOTICE``) and writes ``actors.tsv``-format rows (name, aliases, kind,
country, sector, code, valid_from, valid_until) to ``--out``. The input is never committed; the
output is. Rerun::

    python tools/petrarch2kb.py PATH/TO/petrarch2 --out src/tacitus/data/kb/actors_petrarch2.tsv

What the conversion does:

- ``AFGHAN_NATIONAL_ARMY`` becomes "Afghan National Army" (proper case; particles such as
  "al", "bin", "de", "of" lower case; ``(AAIA)`` becomes an alias); ``+`` lines are aliases.
- A code ``[AFGGOVMIL 020101-041231]`` becomes country AFG, sector GOV (the first agent code
  tacitus knows; LEG counts as GOV), from 2002-01-01 until 2004-12-31. A company's
  ``[MNCCAN]`` is BUS of Canada and ``[NGOUSAHRI]`` an NGO of the United States (a national
  body: "the American Civil Liberties Union"); ``[IGOUNO]`` and ``[NGOHLH]`` keep no country.
  Two-digit years read with a pivot (00-15: 2000s; the files end in 2014); ``>D`` is open
  from D, ``<D`` open until D; an undated code is the actor's role at all other times (put last).
- A person's open-ended role is closed at the files' horizon (``--horizon``, 2014-01-30):
  what they were after it, the files do not know.
- Bare country entries (``AFGHANISTAN_ [AFG]`` with its cities and provinces) are skipped:
  tacitus has ``states.tsv`` and a gazetteer for those.
- People keep only aliases of two words or more that do not start with a title ("President
  Karzai", "Karzai"): a surname alone or a title is read by tacitus's own rules, in context.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
SECTORS = _words(
    "GOV MIL COP JUD REB INS OPP PTY CVL MED NGO IGO BUS EDU REL REF LAB AGR ELI SPY UAF"
)
#: leading codes that are not countries: what sector they give
BLOCS = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB", "NGM": "NGO"}
#: CAMEO country codes that differ from ISO 3166 alpha-3
COUNTRY_FIX = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "SCG": "SRB", "YUG": "SRB",
               "FRY": "SRB", "USR": "RUS", "SUN": "RUS"}  # fmt: skip
ROLE_FIX = {"LEG": "GOV"}
PARTICLES = _words(
    "al el bin ibn bint de del della der di da dos du la le van von y ou of the and for in on to at"
)
TITLE_WORDS = _words(
    "president prime minister mr mr. mrs ms dr dr. secretary senator general gen. gen king queen "
    "prince sheikh chancellor premier ambassador envoy chairman leader former vice deputy "
    "foreign defense defence us u.s. un u.n. american british chief commander colonel "
    "lieutenant major governor mayor judge justice sir lord president-elect secretary-general "
    "spokesman spokeswoman spokesperson emir amir ayatollah pope cardinal archbishop bishop "
    "minister-president premier-elect"
)
ORG_WORDS = _words(
    "army ministry party front council organization organisation committee brigade brigades "
    "group groups forces force union association agency bank commission fund institute "
    "movement league society office department court assembly parliament congress police "
    "government administration cabinet senate house network alliance federation board "
    "authority service services corps guard guards command mission program programme "
    "foundation center centre school university college church news radio tv television "
    "company corporation tribunal coalition militia militias jihad hezbollah hamas taliban "
    "rebels insurgents regime troops navy airforce legion cells nuclei faction unit units "
    "secretariat conference summit initiative bureau directorate cell army's inc inc. corp corp. "
    "ltd ltd. llc plc co. international company's holdings industries airlines bank's "
    "administration's ministries frente ejercito ejército brigada fuerzas partido movimiento "
    "comando comandos accolta fronte armata jaish jamaat jemaah lashkar harakat hizb tehrik "
    "ansar jund kataib saraya liwa tanzim islamiyah islamiya mujahideen mujahidin fedayeen "
    "resistance revolutionary revolution liberation cell commandos"
)


@dataclass
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    comment: str = ""
    source: str = ""


def parse_file(text: str, source: str) -> list[Entry]:
    """TABARI actor entries: a name line, ``+`` alias lines, ``[CODE dates]`` lines.

    Name lines that follow one another with no codes between them form a block that the
    indented codes after it belong to: under an office holder's line (``# CountryInfo``)
    they are more names of that person ("GERALD_R._FORD_", "FORMER_PRESIDENT_GERALD_R._FORD"),
    otherwise each is an entry of its own with the block's codes (groups listed together).
    A name line with codes of its own is an entry alone."""
    out: list[Entry] = []
    cur: Entry | None = None
    block: list[Entry] = []  # the entries the next indented codes belong to
    coded = False  # the block has had codes: the next name line starts a new one
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = [c.strip() for c in re.findall(r"\[([^\]]*)\]", line) if c.strip()]
        head = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if head.startswith("+"):
            if cur is not None:
                cur.aliases.extend(a for a in head[1:].split("+") if a.strip())
        elif head and not raw[:1].isspace():
            lead = block[0] if block and not coded else None
            if lead is not None and not codes and "CountryInfo" in lead.comment:
                lead.aliases.append(head)  # another name of the office holder above
                cur = lead
                continue
            cur = Entry(head, comment=comment.strip(), source=source)
            out.append(cur)
            if codes:
                cur.codes.extend(codes)
                block, coded = [cur], True
                continue
            block = [*block, cur] if block and not coded else [cur]
            coded = False
        if codes:
            for e in block or ([cur] if cur is not None else []):
                e.codes.extend(codes)
            coded = True
    return out


def _day(s: str) -> str | None:
    """``YYMMDD`` (pivot: 00-15 are 2000s) or ``YYYYMMDD`` as ISO; None if not a date."""
    s = s.strip()
    if len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        s = ("20" if yy <= 15 else "19") + s
    if len(s) != 8 or not s.isdigit():
        return None
    try:
        return date(int(s[:4]), int(s[4:6]), int(s[6:])).isoformat()
    except ValueError:
        return None


def parse_code(code: str) -> tuple[str | None, str | None, str, str | None, str | None] | None:
    """``AFGGOVMIL 020101-041231`` -> (country, sector, full code, from, until); None if the
    code says nothing tacitus can use or its dates do not read."""
    agent, _, dates = code.partition(" ")
    agent, dates = agent.strip(), dates.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{3,}", agent):
        return None
    parts = [agent[i : i + 3] for i in range(0, len(agent), 3)]
    country: str | None = COUNTRY_FIX.get(parts[0], parts[0])
    sector = BLOCS.get(parts[0])
    if sector is not None or parts[0] in SECTORS:
        country, sector = None, sector or parts[0]
        national = parts[0] in ("MNC", "NGO") and len(parts) > 1
        if national and parts[1] not in SECTORS | BLOCS.keys():
            country = COUNTRY_FIX.get(parts[1], parts[1])  # "MNCCAN": a Canadian company
    for p in parts[1:]:
        p = ROLE_FIX.get(p, p)
        if sector is None and p in SECTORS:
            sector = p
    lo = hi = None
    if dates:
        if dates.startswith(">"):
            lo = _day(dates[1:])
            if lo is None:
                return None
        elif dates.startswith("<"):
            hi = _day(dates[1:])
            if hi is None:
                return None
        else:
            a, _, b = dates.partition("-")
            lo, hi = _day(a), _day(b)
            if lo is None or hi is None or hi <= lo:
                return None
    return country, sector, agent, lo, hi


def _word(w: str, first: bool, org: bool) -> str:
    low = w.lower()
    if not first and low in PARTICLES:
        return low
    if org and ("." in w or (len(w) <= 4 and not re.search(r"[aeiouy]", low))):
        return w  # U.N., NATO-like acronyms without vowels
    if re.fullmatch(r"[ivx]+", low) and len(low) <= 4 and not first:
        return w.upper()
    out = "-".join(_cap(p) for p in low.split("-"))
    return out


def _cap(p: str) -> str:
    if re.fullmatch(r"([a-z]\.)+", p):  # initials: A.F.M.
        return p.upper()
    if p.startswith("mc") and len(p) > 3:
        return "Mc" + p[2:].capitalize()
    if "'" in p[:3]:  # O'Brien, D'Alema
        a, _, b = p.partition("'")
        return a.capitalize() + "'" + b.capitalize()
    return p.capitalize()


def clean_name(raw: str, org: bool = False) -> tuple[str, list[str]]:
    """``ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`` -> ("Aden Abyan Islamic Army", ["AAIA"]); a
    leading "THE_" goes (tacitus's spans do not start at the article)."""
    extra = [a for a in re.findall(r"\(([^)]*)\)", raw) if a.strip()]
    text = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ")
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return "", []
    if len(words) == 1 and org and (len(words[0]) <= 4 or not re.search(r"[AEIOUY]", words[0])):
        return words[0], [e.strip().replace("_", " ") for e in extra]
    name = " ".join(_word(w, i == 0, org) for i, w in enumerate(words))
    return name, [e.strip().replace("_", " ") for e in extra]


#: office words: an "organisation" named by one ("PRESIDENT_OF_THE_UNITED_STATES",
#: "UN_SECRETARY_GENERAL") is a title, which tacitus reads with the person it belongs to
OFFICE_WORDS = _words(
    "president president's presidents minister minister's ministers secretary secretary-general "
    "chancellor premier king queen emir sultan spokesman spokeswoman spokesperson ambassador "
    "envoy commander-in-chief chairman governor mayor presidency"
)
#: acronyms that name a kind of actor, not one actor ("an NGO said")
GENERIC = _words("ngo ngos igo igos mnc mncs")
#: words that start a person's name in the armed-groups file ("Abu Musab", "Mullah Omar")
NAME_STARTS = _words("abu abdul abd abdel abdullah mullah sheikh shaykh mawlawi maulana haji")


def _is_org(e: Entry, words: list[str]) -> bool:
    low = {w.lower().strip("'s") for w in words} | {w.lower() for w in words}
    return bool(low & ORG_WORDS)


def kind_of(e: Entry, roles: list[tuple], given: frozenset[str] = frozenset()) -> str:
    """person, organisation or group. In the armed-groups file a name is a group unless it
    reads as a person's ("Abu Musab", "Abdul Hamid": a given name first, no group word)."""
    words = e.name.replace("_", " ").split()
    armed = any(r[1] in ("REB", "INS", "UAF") for r in roles)
    if "CountryInfo" in e.comment or "rulers" in e.comment:
        return "person"
    if e.source == "Phoenix.MilNonState.actors.txt":
        first = words[0].lower()
        named = first in given or first in NAME_STARTS or len(words) <= 3
        if named and 2 <= len(words) <= 4 and not _is_org(e, words):
            return "person"
        return "group" if armed else "organisation"
    if _is_org(e, words) or len(words) == 1:
        return "group" if armed else "organisation"
    plain = 2 <= len(words) <= 5 and all(re.fullmatch(r"[A-Za-z.'-]+", w) for w in words)
    dated = any(r[3] or r[4] for r in roles)  # offices have terms; institutions do not
    if plain and (dated or words[0].lower() in given):
        return "person"
    return "group" if armed else "organisation"


def _keep_alias(alias: str, kind: str) -> bool:
    words = alias.split()
    if not words:
        return False
    if kind == "person":
        low = {w.lower() for w in words}
        bare = {w.strip(".,").lower() for w in words}
        return len(words) >= 2 and not bare & TITLE_WORDS and not low & ORG_WORDS
    if _office(alias):
        return False
    if len(words) == 1:  # "Senate", "Muhannad": one plain word names too many things
        return _distinct_word(alias) and alias.lower() not in GENERIC
    return len(alias) >= 3


#: last words of companies' names that news often leaves out ("Siemens AG": "Siemens")
COMPANY_SUFFIXES = _words(
    "inc inc. corp corp. corporation co co. ltd ltd. limited plc ag sa nv llc"
)


def _bare_company(name: str) -> str:
    """A company's name without its legal suffix, when two words or more remain ("AMC
    Entertainment Holdings Inc": "AMC Entertainment Holdings"); else empty."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in COMPANY_SUFFIXES:
        return " ".join(words[:-1]).rstrip(",")
    return ""


def _office(name: str) -> bool:
    return any(w.strip(".,").lower() in OFFICE_WORDS for w in name.replace("_", " ").split())


def _distinct_word(word: str) -> bool:
    """An acronym ("ANSF") or a word no one writes by chance ("Lashkar-e-Taiba")."""
    letters = [c for c in word if c.isalpha()]
    acronym = bool(letters) and (all(c.isupper() for c in letters) or len(letters) <= 4)
    return acronym or any(c in word for c in "-'/&0123456789")


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def merge(entries: list[Entry]) -> list[Entry]:
    """Entries of one name (in any file, "Ban Ki Moon" and "BAN_KI-MOON") become one; a title
    before a name ("SECRETARY-GENERAL_BAN_KI-MOON") is dropped first."""
    by_key: dict[str, Entry] = {}
    for e in entries:
        words = e.name.replace("_", " ").split()
        while (
            len(words) > 2
            and words[0].lower().strip(".") in TITLE_WORDS
            and words[1].lower() not in PARTICLES  # "PRESIDENT_OF_THE_UNITED_STATES" stays
        ):
            words = words[1:]
        e.name = "_".join(words)
        k = _key(e.name)
        if k in by_key:
            by_key[k].aliases.extend(e.aliases)
            by_key[k].codes.extend(e.codes)
        else:
            by_key[k] = e
    return list(by_key.values())


def convert(
    entries: list[Entry], states: set[str], horizon: str, given: frozenset[str] = frozenset()
) -> list[list[str]]:
    rows: list[list[str]] = []
    seen: set[str] = set()
    for e in merge(entries):
        roles = [r for r in (parse_code(c) for c in e.codes) if r is not None]
        roles = [(None, *r[1:]) if r[2].startswith(("MNC", "NGO")) and r[0] not in states
                 else r for r in roles]  # fmt: skip
        roles = [r for r in roles if r[0] is None or r[0] in states]
        roles = [r for r in roles if r[0] or r[1]]
        if not roles or all(r[1] is None for r in roles):
            continue  # a bare country entry (a state, its cities) or nothing usable
        words = e.name.replace("_", " ").split()
        if e.name[:1].isdigit() and not _is_org(e, words):
            continue  # "21_JUNE", "313": a date or number, too vague to match
        if e.source == FILES[2] and len(words) == 1 and not _distinct_word(words[0].title()):
            continue  # an armed group named by one plain word ("TIGERS", "MUHANNAD")
        if len(words) == 1 and not _distinct_word(words[0].title()):
            # "OLIVE" (a South African NGO): one plain word gives no country to what it names
            roles = [(None, *r[1:]) if r[1] == "NGO" else r for r in roles]
        kind = kind_of(e, roles, given)
        org = kind != "person"
        name, extra = clean_name(e.name, org)
        if not name or (kind == "person" and len(name.split()) < 2) or name.lower() in GENERIC:
            continue
        if org and _office(name):
            continue
        if len(name.split()) == 1 and any(r[3] or r[4] for r in roles):
            continue  # "JOSIPOVIC" with dated offices: a surname alone, too vague
        aliases: list[str] = []
        for a in [*extra, *(clean_name(x, org)[0] for x in e.aliases), _bare_company(name)]:
            if a and a != name and a not in aliases and _keep_alias(a, kind):
                aliases.append(a)
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        roles = list(dict.fromkeys(roles))
        dated = sorted((r for r in roles if r[3] or r[4]), key=lambda r: (r[3] or "", r[4] or ""))
        plain = [r for r in roles if not (r[3] or r[4])]
        for country, sector, code, lo, hi in [*dated, *plain[:1]]:
            if kind == "person" and lo and not hi:
                hi = horizon if lo < horizon else None
                if hi is None:
                    continue
            full = code if sector in ("IGO", "NGO") and country is None else ""
            rows.append(
                [
                    name,
                    "|".join(aliases),
                    kind,
                    country or "",
                    sector or "",
                    full,
                    lo or "",
                    hi or "",
                ]
            )
    return rows


HEADER = """\
# name\taliases\tkind\tcountry\tsector\tcode\tvalid_from\tvalid_until
# Converted by tools/petrarch2kb.py from the PETRARCH2 actor dictionaries
# (openeventdata/petrarch2: Phoenix.Countries/International/MilNonState.actors.txt, built from
# CountryInfo.140130.txt by the Computational Event Data System project). MIT licence:
# Copyright (c) 2014 Open Event Data Alliance; the full notice is in NOTICE beside this file.
# Facts to 2014 (open-ended roles of people are closed at {horizon}). Lowest precedence:
# office_holders_2014_2026.tsv, actors.tsv and user files override an actor of the same name.
"""


def states_of(path: Path) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        iso = line.split("\t", 1)[0]
        if len(iso) == 3 and iso.isupper():
            out.add(iso)
    return out


def given_names(path: Path) -> frozenset[str]:
    """The given names in tacitus's ``names.tsv`` (lower case); none if it is missing."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(x.split("\t")[0].lower() for x in lines if x and not x.startswith("#"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder holding the Phoenix.*.actors.txt files")
    ap.add_argument("--out", type=Path, required=True, help="TSV file to write")
    ap.add_argument("--horizon", default="2014-01-30", help="close open people roles here")
    kb = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "data" / "kb" / "states.tsv"
    ap.add_argument("--states", type=Path, default=kb, help="states.tsv (ISO3 codes known)")
    args = ap.parse_args(argv)
    entries: list[Entry] = []
    for name in FILES:
        path = args.folder / name
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            print(f"Error: {path}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        entries.extend(parse_file(text, name))
    given = given_names(args.states.with_name("names.tsv"))
    rows = convert(entries, states_of(args.states), args.horizon, given)
    body = "".join("\t".join(r) + "\n" for r in rows)
    args.out.write_text(HEADER.format(horizon=args.horizon) + body, encoding="utf-8")
    people = len({r[0] for r in rows if r[2] == "person"})
    orgs = len({r[0] for r in rows if r[2] != "person"})
    dated = sum(1 for r in rows if r[6] or r[7])
    print(f"{args.out}: {len(rows)} rows, {people} people, {orgs} organisations/groups, "
          f"{dated} dated roles")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
