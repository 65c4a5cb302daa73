"""The DuckDB store: embedded, one file, idempotent by article id, bulk inserts.

Each call to :meth:`Store.add` writes one batch in one transaction: a crash leaves either the
whole batch or none of it, and articles already stored are never written twice.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .errors import StoreError
from .records import Actor, Place, Record
from .values import date_or_none

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

#: Tables derived across articles by tacitus.dedup (not rows of one record).
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
)


def columns(table: str) -> list[str]:
    return [c for c, _ in _TABLES[table]]


def schema(table: str) -> list[tuple[str, str]]:
    """``(column, DuckDB type)`` pairs of a record table."""
    return list(_TABLES[table])


@dataclass(frozen=True)
class AddResult:
    new: int
    existing: int
    events: int
    quotes: int


@dataclass(frozen=True)
class Filters:
    """Filters shared by the CLI, the Python API and the HTTP API."""

    actor: str | None = None
    country: str | None = None
    root: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None
    speaker: str | None = None
    quad_class: int | None = None


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


class Store:
    """A DuckDB file holding articles, actors, events, quotes, places and dates."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        if Path(self.path).is_dir():  # a Parquet folder written by `tacitus ingest --dask`
            from .scale import attach_parquet

            self.con = duckdb.connect()
            attach_parquet(self.con, Path(self.path))
            return
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError(f"no store at {self.path}", hint="run `tacitus ingest` first")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot open store {self.path}: {exc}",
                hint="is another tacitus process writing to it?",
            ) from exc
        if not read_only:
            self._create()
        self._check_version()

    # -- schema -------------------------------------------------------------------------
    def _create(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for table, cols in _TABLES.items():
            pk = " PRIMARY KEY" if table == "articles" else ""
            body = ", ".join(f"{c} {t}{pk if c == 'id' else ''}" for c, t in cols)
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
        for table, col, typ in _ADDED:
            self.con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {col} {typ}")
        for table, body in _DERIVED.items():
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
        self.con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
            [str(SCHEMA_VERSION)],
        )

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a tacitus store") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema {row[0] if row else '?'}, "
                f"this tacitus needs {SCHEMA_VERSION}",
            )

    # -- writing ------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        with self._lock:
            rows = self.con.execute(
                "SELECT id FROM articles WHERE list_contains(?, id)", [ids]
            ).fetchall()
        return {r[0] for r in rows}

    def all_ids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection inside one transaction (rolled back if the block raises)."""
        with self._lock:
            self.con.execute("BEGIN TRANSACTION")
            try:
                yield self.con
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.con.execute("COMMIT")

    def has(self, article_id: str) -> bool:
        return bool(self.known_ids([article_id]))

    def add(self, items: Sequence[tuple[Record, str]]) -> AddResult:
        """Store a batch of ``(record, origin)`` in one transaction; skip known ids."""
        known = self.known_ids(r.article.id for r, _ in items)
        now = datetime.now(UTC).replace(tzinfo=None)
        merged: dict[str, list[dict[str, Any]]] = {t: [] for t in _TABLES}
        seen: set[str] = set()
        n_ev = n_q = 0
        for record, origin in items:
            aid = record.article.id
            if aid in known or aid in seen:
                continue
            seen.add(aid)
            n_ev += len(record.events)
            n_q += len(record.quotes)
            for t, rows in rows_for(record, origin, now).items():
                merged[t].extend(rows)
        if seen:
            self._insert(merged)
        return AddResult(len(seen), len(items) - len(seen), n_ev, n_q)

    def _insert(self, merged: dict[str, list[dict[str, Any]]]) -> None:
        with self._lock:
            con = self.con
            con.execute("BEGIN TRANSACTION")
            try:
                for table, rows in merged.items():
                    if not rows:
                        continue
                    staged = arrow_table(table, rows)  # noqa: F841 - read by DuckDB below
                    cols = ", ".join(columns(table))
                    # table and column names come from this module's schema, not from input
                    sql = f"INSERT INTO {table} ({cols}) SELECT {cols} FROM staged"  # noqa: S608
                    con.execute(sql)
                con.execute("COMMIT")
            except Exception as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"could not write batch to {self.path}: {exc}") from exc

    # -- reading ------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in _TABLES and table not in _DERIVED:
            raise StoreError(f"no table {table!r}")
        # the table name was checked against the schema above
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
        return int(row[0]) if row else 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self.con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _page(
        self, select: str, conds: list[str], params: list[Any], tail: str, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        where = " AND ".join(conds)
        # The SQL text is assembled from constants in this module only; values are parameters.
        sql = f"{select} WHERE {where} {tail} LIMIT ? OFFSET ?"
        return self.query(sql, [*params, limit, offset])

    def events(
        self, f: Filters = Filters(), limit: int = 100, offset: int = 0, order: str = "date"
    ) -> list[dict[str, Any]]:
        where, params = event_where(f)
        sort = "date DESC NULLS LAST, id" if order == "date" else "id"
        sql = f"SELECT * FROM events WHERE {where} ORDER BY {sort} LIMIT ? OFFSET ?"  # noqa: S608
        return self.query(sql, [*params, limit, offset])

    def quotes(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        conds, params = ["TRUE"], []
        if f.speaker:
            conds.append("speaker_name ILIKE ?")
            params.append(f"%{f.speaker}%")
        if f.country:
            conds.append("speaker_country = ?")
            params.append(f.country.upper())
        if f.text:
            conds.append("text ILIKE ?")
            params.append(f"%{f.text}%")
        if f.article:
            conds.append("article_id = ?")
            params.append(f.article)
        return self._page(
            "SELECT * FROM quotes", conds, params, "ORDER BY article_id, span_start", limit, offset
        )

    def actors(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        conds, params = ["TRUE"], []
        if f.actor:
            conds.append("(name ILIKE ? OR code = ?)")
            params += [f"%{f.actor}%", f.actor.upper()]
        if f.country:
            conds.append("country = ?")
            params.append(f.country.upper())
        select = (
            "SELECT name, country, sector, code, kind, count(DISTINCT article_id) AS articles, "
            "sum(n_mentions) AS mentions FROM actors"
        )
        tail = "GROUP BY ALL ORDER BY mentions DESC, name"
        return self._page(select, conds, params, tail, limit, offset)

    def places(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        conds, params = ["TRUE"], []
        if f.place:
            conds.append("name ILIKE ?")
            params.append(f"%{f.place}%")
        if f.country:
            conds.append("country = ?")
            params.append(f.country.upper())
        select = (
            "SELECT name, country, admin1, lat, lon, geonameid, feature, "
            "count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions FROM places"
        )
        tail = "GROUP BY ALL ORDER BY mentions DESC, name"
        return self._page(select, conds, params, tail, limit, offset)

    def articles(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        conds, params = ["TRUE"], []
        if f.article:
            conds.append("id = ?")
            params.append(f.article)
        if f.text:
            conds.append("(text ILIKE ? OR title ILIKE ?)")
            params += [f"%{f.text}%", f"%{f.text}%"]
        if f.since:
            conds.append("published >= CAST(? AS DATE)")
            params.append(f.since)
        if f.until:
            conds.append("published <= CAST(? AS DATE)")
            params.append(f.until)
        select = (
            "SELECT id, title, source, url, published, language, dateline, n_events, n_quotes, "
            "origin FROM articles"
        )
        tail = "ORDER BY published DESC NULLS LAST, id"
        return self._page(select, conds, params, tail, limit, offset)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored article's full ``tacitus/1`` record, in id order."""
        cur = self.con.cursor()
        cur.execute("SELECT record FROM articles ORDER BY id")
        while rows := cur.fetchmany(500):
            for (rec,) in rows:
                yield json.loads(rec)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def event_where(f: Filters) -> tuple[str, list[Any]]:
    """SQL condition and parameters for event filters (values are always parameters)."""
    conds: list[str] = ["TRUE"]
    params: list[Any] = []
    if f.actor:
        conds.append(
            "(source_name ILIKE ? OR target_name ILIKE ? OR source_code = ? OR target_code = ?)"
        )
        params += [f"%{f.actor}%", f"%{f.actor}%", f.actor.upper(), f.actor.upper()]
    if f.country:
        conds.append("(source_country = ? OR target_country = ?)")
        params += [f.country.upper(), f.country.upper()]
    if f.root:
        conds.append("root = ?")
        params.append(f.root.zfill(2))
    if f.cameo:
        conds.append("starts_with(cameo, ?)")
        params.append(f.cameo)
    if f.since:
        conds.append("date >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        conds.append("date <= CAST(? AS DATE)")
        params.append(f.until)
    if f.place:
        conds.append("(place_name ILIKE ? OR place_country = ?)")
        params += [f"%{f.place}%", f.place.upper()]
    if f.text:
        conds.append("sentence ILIKE ?")
        params.append(f"%{f.text}%")
    if f.article:
        conds.append("article_id = ?")
        params.append(f.article)
    if f.quad_class:
        conds.append("quad_class = ?")
        params.append(f.quad_class)
    return " AND ".join(conds), params


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (or create) a store. ``path`` defaults to ``$TACITUS_DB`` or ``./tacitus.duckdb``."""
    from .settings import load_settings

    return Store(path or load_settings().db, read_only=read_only)
