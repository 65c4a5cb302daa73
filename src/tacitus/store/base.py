"""The store interface: what every backend offers, and the queries they share.

Every backend holds its tables in DuckDB (a file, ``:memory:``, or views over a Parquet
folder), so the read side is written once, here. A backend adds how it opens, how it writes
(:meth:`Store.add`: one batch, dedup included) and how it closes. Callers outside this
package use these methods only: no SQL and no connection leaves the package.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import duckdb

from ..errors import StoreError
from ..records import Record
from .queries import (
    ACTOR_CONDS,
    ARTICLE_CONDS,
    PLACE_CONDS,
    QUOTE_CONDS,
    Cond,
    Filters,
    build_where,
    event_where,
)
from .schema import _DERIVED, _TABLES


@dataclass(frozen=True)
class AddResult:
    new: int
    existing: int
    events: int
    quotes: int
    failed: tuple[str, ...] = ()  # "origin: problem" of records that could not be written


class Store:
    """A store of articles, actors, events, quotes, places and dates.

    ``Store(path)`` opens the backend :func:`open_store` picks for ``path`` (a ``.duckdb``
    file, ``:memory:``, or a Parquet folder); the subclasses are the backends.
    """

    path: str
    read_only: bool
    _con: duckdb.DuckDBPyConnection
    _lock: threading.Lock

    def __new__(cls, path: str | Path = ":memory:", read_only: bool = False) -> Self:
        if cls is Store:
            from .duck import DuckStore
            from .parquet import ParquetStore, is_parquet_path

            backend: type[Store] = ParquetStore if is_parquet_path(path) else DuckStore
            return backend.__new__(backend, path, read_only)  # type: ignore[return-value]  # a Store subclass
        return super().__new__(cls)

    # -- writing (each backend) ---------------------------------------------------------
    def add(self, items: Sequence[tuple[Record, str]]) -> AddResult:
        """Store a batch of ``(record, origin)``; skip known ids; link duplicates."""
        raise NotImplementedError

    def dedup(self) -> tuple[int, int]:
        """Link pending near-duplicate articles and cluster pending events."""
        return (0, 0)

    # -- ids ----------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        with self._lock:
            rows = self._con.execute(
                "SELECT id FROM articles WHERE list_contains(?, id)", [ids]
            ).fetchall()
        return {r[0] for r in rows}

    def stored_texts(self, ids: Iterable[str]) -> dict[str, str]:
        """The stored cleaned text of each of ``ids`` that is stored."""
        ids = list(ids)
        if not ids:
            return {}
        with self._lock:
            rows = self._con.execute(
                "SELECT id, text FROM articles WHERE list_contains(?, id)", [ids]
            ).fetchall()
        return {r[0]: r[1] or "" for r in rows}

    def all_ids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._con.execute("SELECT id FROM articles").fetchall()]

    def has(self, article_id: str) -> bool:
        return bool(self.known_ids([article_id]))

    # -- reading ------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in _TABLES and table not in _DERIVED:
            raise StoreError(f"no table {table!r}")
        # the table name was checked against the schema above
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
        return int(row[0]) if row else 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self._con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _page(
        self,
        select: str,
        f: Filters,
        conds: tuple[Cond, ...],
        tail: str,
        limit: int,
        offset: int,
    ) -> list[dict[str, Any]]:
        where, params = build_where(f, conds)
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
        return self._page(
            "SELECT * FROM quotes", f, QUOTE_CONDS, "ORDER BY article_id, span_start", limit, offset
        )

    def actors(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        select = (
            "SELECT name, country, sector, code, kind, count(DISTINCT article_id) AS articles, "
            "sum(n_mentions) AS mentions FROM actors"
        )
        tail = "GROUP BY ALL ORDER BY mentions DESC, name"
        return self._page(select, f, ACTOR_CONDS, tail, limit, offset)

    def places(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        select = (
            "SELECT name, country, admin1, lat, lon, geonameid, feature, "
            "count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions FROM places"
        )
        tail = "GROUP BY ALL ORDER BY mentions DESC, name"
        return self._page(select, f, PLACE_CONDS, tail, limit, offset)

    def articles(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        select = (
            "SELECT id, title, source, url, published, language, dateline, n_events, n_quotes, "
            "origin FROM articles"
        )
        tail = "ORDER BY published DESC NULLS LAST, id"
        return self._page(select, f, ARTICLE_CONDS, tail, limit, offset)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored article's full ``tacitus/1`` record, in id order."""
        cur = self._con.cursor()
        cur.execute("SELECT record FROM articles ORDER BY id")
        while rows := cur.fetchmany(500):
            for (rec,) in rows:
                yield json.loads(rec)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, article_id: str) -> dict[str, Any] | None:
        """One stored article's full ``tacitus/1`` record."""
        with self._lock:
            row = self._con.execute(
                "SELECT record FROM articles WHERE id = ?", [article_id]
            ).fetchone()
        return json.loads(row[0]) if row else None

    def records_with_origin(self, batch: int = 500) -> Iterator[tuple[dict[str, Any], str]]:
        """Every stored record with the input it came from, in id order."""
        cur = self._con.cursor()
        try:
            cur.execute("SELECT record, origin FROM articles ORDER BY id")
            while rows := cur.fetchmany(batch):
                for rec, origin in rows:
                    yield json.loads(rec), origin
        finally:
            cur.close()

    def export(self, fmt: str, output: str | None) -> int:
        """Write the store as jsonl, csv, parquet or gdelt; returns the rows written."""
        from .export import export

        return export(self, fmt, output)

    def reader(self) -> Any:
        """Aggregates and fast pages for the HTTP API (:class:`~tacitus.store.reader.Reader`)."""
        from .reader import Reader

        return Reader(self)
