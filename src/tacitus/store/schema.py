"""The store schema, written once: every table's columns and types, from which the DuckDB
tables, the Parquet files, the Arrow staging tables and every column list derive.

To add a column, add it to its table in ``_TABLES`` (and to ``_ADDED``, so older store files
gain it in place); nothing else names the columns one by one.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pyarrow as pa

from ..records import Actor, Place, Record
from ..values import date_or_none

SCHEMA_VERSION = 1

_TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR"),
        ("title", "VARCHAR"),
        ("source", "VARCHAR"),
        ("url", "VARCHAR"),
        ("published", "DATE"),
        ("language", "VARCHAR"),
        ("dateline", "VARCHAR"),
        ("text", "VARCHAR"),
        ("n_events", "INTEGER"),
        ("n_quotes", "INTEGER"),
        ("origin", "VARCHAR"),
        ("ingested_at", "TIMESTAMP"),
        ("record", "VARCHAR"),
        ("near_dup_of", "VARCHAR"),  # set by tacitus.dedup: the article this one copies
        ("role_date", "DATE"),  # the date roles were read at (undated articles: from the text)
        ("role_date_from", "VARCHAR"),
    ],
    "actors": [
        ("article_id", "VARCHAR"),
        ("actor_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("country", "VARCHAR"),
        ("sector", "VARCHAR"),
        ("code", "VARCHAR"),
        ("aliases", "VARCHAR"),
        ("n_mentions", "INTEGER"),
        ("country_from", "VARCHAR"),
    ],
    "events": [
        ("id", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("date", "DATE"),
        ("date_precision", "VARCHAR"),
        ("source_name", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("source_sector", "VARCHAR"),
        ("source_code", "VARCHAR"),
        ("target_name", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_sector", "VARCHAR"),
        ("target_code", "VARCHAR"),
        ("cameo", "VARCHAR"),
        ("root", "VARCHAR"),
        ("plover", "VARCHAR"),
        ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"),
        ("negated", "BOOLEAN"),
        ("modality", "VARCHAR"),
        ("place_name", "VARCHAR"),
        ("place_country", "VARCHAR"),
        ("place_admin1", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("geonameid", "BIGINT"),
        ("sentence", "VARCHAR"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
        ("trigger", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("rule", "VARCHAR"),
        ("cluster_id", "VARCHAR"),  # set by tacitus.dedup: the real-world event it reports
        ("target_implied", "BOOLEAN"),
    ],
    "quotes": [
        ("id", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_country", "VARCHAR"),
        ("speaker_sector", "VARCHAR"),
        ("speaker_code", "VARCHAR"),
        ("text", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("cue", "VARCHAR"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ],
    "places": [
        ("article_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("admin1", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("geonameid", "BIGINT"),
        ("feature", "VARCHAR"),
        ("n_mentions", "INTEGER"),
        ("use", "VARCHAR"),  # name, adjectival, metonymic or embedded
    ],
    "dates": [
        ("article_id", "VARCHAR"),
        ("text", "VARCHAR"),
        ("date", "VARCHAR"),
        ("precision", "VARCHAR"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ],
}

_ARROW = {
    "VARCHAR": pa.string(),
    "DATE": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
}

TABLES = tuple(_TABLES)

#: Tables derived across articles by tacitus.store.dedup (not rows of one record).
_DERIVED: dict[str, str] = {
    "article_bands": "article_id VARCHAR, band INTEGER, key UBIGINT",
    "article_minhash": "article_id VARCHAR PRIMARY KEY, hashes UBIGINT[]",
    "event_clusters": (
        "id VARCHAR PRIMARY KEY, source_key VARCHAR, target_key VARCHAR, root VARCHAR, "
        "cameo VARCHAR, date DATE, last_date DATE, place_name VARCHAR, place_country VARCHAR, "
        "num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER"
    ),
}

#: Columns added after schema 1 (added in place to older stores: additive, no version bump).
_ADDED: tuple[tuple[str, str, str], ...] = (
    ("articles", "near_dup_of", "VARCHAR"),
    ("events", "cluster_id", "VARCHAR"),
    ("articles", "role_date", "DATE"),
    ("articles", "role_date_from", "VARCHAR"),
    ("actors", "country_from", "VARCHAR"),
    ("events", "target_implied", "BOOLEAN"),
    ("places", "use", "VARCHAR"),
)


def columns(table: str) -> list[str]:
    return [c for c, _ in _TABLES[table]]


def schema(table: str) -> list[tuple[str, str]]:
    """``(column, DuckDB type)`` pairs of a record table."""
    return list(_TABLES[table])


def _actor_cols(prefix: str, a: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": a.name if a else None,
        f"{prefix}_country": a.country if a else None,
        f"{prefix}_sector": a.sector if a else None,
        f"{prefix}_code": a.code if a else None,
    }


def _place_cols(p: Place | None) -> dict[str, Any]:
    return {
        "place_name": p.name if p else None,
        "place_country": p.country if p else None,
        "place_admin1": p.admin1 if p else None,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None,
    }


def rows_for(record: Record, origin: str, now: datetime) -> dict[str, list[dict[str, Any]]]:
    """Flatten one record into table rows."""
    a = record.article
    aid = a.id
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in _TABLES}
    rows["articles"].append(
        {
            "id": aid,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": date_or_none(a.published),  # checked at the edge; never fails a batch
            "language": a.language,
            "dateline": a.dateline.name if a.dateline else None,
            "text": a.text,
            "n_events": len(record.events),
            "n_quotes": len(record.quotes),
            "origin": origin,
            "ingested_at": now,
            "record": json.dumps(record.to_dict(), ensure_ascii=False),
            "role_date": date_or_none(a.role_date),
            "role_date_from": a.role_date_from,
        }
    )
    for ac in record.actors:
        rows["actors"].append(
            {
                "article_id": aid,
                "actor_id": ac.id,
                "name": ac.name,
                "kind": ac.kind,
                "country": ac.country,
                "sector": ac.sector,
                "code": ac.code,
                "aliases": json.dumps(list(ac.aliases), ensure_ascii=False),
                "n_mentions": len(ac.mentions),
                "country_from": ac.country_from,
            }
        )
    for e in record.events:
        rows["events"].append(
            {
                "id": e.id,
                "article_id": aid,
                "date": e.date if e.date_precision == "day" else None,
                "date_precision": e.date_precision,
                **_actor_cols("source", e.source),
                **_actor_cols("target", e.target),
                "cameo": e.cameo,
                "root": e.root,
                "plover": e.plover,
                "quad_class": e.quad_class,
                "goldstein": e.goldstein,
                "negated": e.negated,
                "modality": e.modality,
                **_place_cols(e.place),
                "sentence": e.sentence,
                "span_start": e.span[0],
                "span_end": e.span[1],
                "trigger": e.trigger,
                "confidence": e.confidence,
                "rule": e.rule,
                "target_implied": e.target_implied,
            }
        )
    for k, q in enumerate(record.quotes):
        sp = q.speaker
        rows["quotes"].append(
            {
                "id": f"{aid}-q{k}",
                "article_id": aid,
                "speaker_name": sp.name if sp else None,
                "speaker_country": sp.country if sp else None,
                "speaker_sector": sp.sector if sp else None,
                "speaker_code": sp.code if sp else None,
                "text": q.text,
                "kind": q.kind,
                "cue": q.cue,
                "span_start": q.span[0],
                "span_end": q.span[1],
            }
        )
    for p in record.places:
        rows["places"].append(
            {
                "article_id": aid,
                "name": p.name,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "geonameid": p.geonameid,
                "feature": p.feature,
                "n_mentions": len(p.mentions),
                "use": p.use,
            }
        )
    for d in record.dates:
        rows["dates"].append(
            {
                "article_id": aid,
                "text": d.text,
                "date": d.date,
                "precision": d.precision,
                "span_start": d.span[0],
                "span_end": d.span[1],
            }
        )
    return rows


def arrow_table(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = pa.schema([(c, _ARROW[t]) for c, t in _TABLES[table]])
    return pa.Table.from_pylist(rows, schema=schema)
