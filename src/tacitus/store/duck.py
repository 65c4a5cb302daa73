"""The DuckDB store: embedded, one file (or ``:memory:``), idempotent by article id.

Each call to :meth:`DuckStore.add` writes one batch in one transaction: a crash leaves either
the whole batch or none of it, and articles already stored are never written twice. A record
the database refuses is retried alone and reported, so it never costs the rest of its batch.
After each write the new articles are linked to their near-duplicates (:mod:`.dedup`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..records import Record
from .base import AddResult, Store
from .schema import _ADDED, _DERIVED, _TABLES, SCHEMA_VERSION, arrow_table, columns, rows_for


class DuckStore(Store):
    """A DuckDB file, or an in-memory database for ``:memory:``."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        self.read_only = read_only
        memory = self.path == ":memory:"
        try:
            if read_only and not memory and not Path(self.path).exists():
                raise StoreError(f"no store at {self.path}", hint="run `tacitus ingest` first")
            self._con = duckdb.connect(self.path, read_only=read_only and not memory)
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot open store {self.path}: {exc}",
                hint="is another tacitus process writing to it?",
            ) from exc
        if not read_only or memory:
            self._create()
        self._check_version()

    # -- schema -------------------------------------------------------------------------
    def _create(self) -> None:
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
        )
        for table, cols in _TABLES.items():
            pk = " PRIMARY KEY" if table == "articles" else ""
            body = ", ".join(f"{c} {t}{pk if c == 'id' else ''}" for c, t in cols)
            self._con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
        for table, col, typ in _ADDED:
            self._con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {col} {typ}")
        for table, body in _DERIVED.items():
            self._con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
        self._con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
            [str(SCHEMA_VERSION)],
        )

    def _check_version(self) -> None:
        try:
            row = self._con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a tacitus store") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema {row[0] if row else '?'}, "
                f"this tacitus needs {SCHEMA_VERSION}",
            )

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection inside one transaction (rolled back if the block raises)."""
        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield self._con
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    def add(self, items: Sequence[tuple[Record, str]]) -> AddResult:
        """Store a batch of ``(record, origin)`` in one transaction; skip known ids; then
        link the new articles' duplicates. A record the database refuses is retried alone
        and reported in ``failed``; the rest of the batch is stored."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only", hint="close the dashboard first")
        known = self.known_ids(r.article.id for r, _ in items)
        now = datetime.now(UTC).replace(tzinfo=None)
        fresh: dict[str, tuple[Record, str]] = {}
        for record, origin in items:
            aid = record.article.id
            if aid not in known and aid not in fresh:
                fresh[aid] = (record, origin)
        stored, failed = self._write(list(fresh.values()), now)
        if stored:
            self.dedup()
        n_ev = sum(len(r.events) for r in stored)
        n_q = sum(len(r.quotes) for r in stored)
        return AddResult(len(stored), len(items) - len(fresh), n_ev, n_q, tuple(failed))

    def _write(
        self, items: list[tuple[Record, str]], now: datetime
    ) -> tuple[list[Record], list[str]]:
        if not items:
            return [], []
        try:
            self._insert(_merge(items, now))
            return [r for r, _ in items], []
        except StoreError:
            if len(items) == 1:
                record, origin = items[0]
                return [], [f"{origin}: not stored: the store refused record {record.article.id}"]
        stored: list[Record] = []
        failed: list[str] = []
        for item in items:  # one at a time: only the record the database refuses is lost
            ok, bad = self._write([item], now)
            stored += ok
            failed += bad
        return stored, failed

    def _insert(self, merged: dict[str, list[dict[str, Any]]]) -> None:
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                for table, rows in merged.items():
                    if not rows:
                        continue
                    staged = arrow_table(table, rows)  # noqa: F841 - read by DuckDB below
                    cols = ", ".join(columns(table))
                    # table and column names come from the schema module, not from input
                    sql = f"INSERT INTO {table} ({cols}) SELECT {cols} FROM staged"  # noqa: S608
                    con.execute(sql)
                con.execute("COMMIT")
            except Exception as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"could not write batch to {self.path}: {exc}") from exc

    def dedup(self) -> tuple[int, int]:
        """Link pending near-duplicate articles and cluster pending events (incremental)."""
        if self.read_only:
            return (0, 0)
        from .dedup import update

        return update(self)


def _merge(items: list[tuple[Record, str]], now: datetime) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {t: [] for t in _TABLES}
    for record, origin in items:
        for t, rows in rows_for(record, origin, now).items():
            merged[t].extend(rows)
    return merged
