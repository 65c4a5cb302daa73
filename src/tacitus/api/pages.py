"""Fast event pages: a date-ordered, compressed in-memory copy of the listed columns.

A filtered page over the store file makes DuckDB read every matching row's wide columns and
sort them all before the LIMIT applies. Over a copy already in page order (date, newest
first), the same condition with a plain LIMIT stops at the first page's rows: DuckDB keeps
table order when the query has no ORDER BY (``preserve_insertion_order``, on by default).
The copy is built in the background at start and after each write; until it is ready the
store file answers. Stores over ``MAX_ROWS`` events are always read from the file.
"""

from __future__ import annotations

import threading
from typing import Any

import duckdb

from ..store import Store

MAX_ROWS = 1_000_000
PAGE_ORDER = "ORDER BY date DESC NULLS LAST, rowid"  # rowid: a stable tie-break


class EventPages:
    def __init__(self, store: Store, columns: str) -> None:
        self.store = store
        self.columns = columns
        self._db: duckdb.DuckDBPyConnection | None = None
        self._version = 0
        self._lock = threading.Lock()
        self._local = threading.local()

    @property
    def ready(self) -> bool:
        return self._db is not None

    def refresh(self, wait: bool = False) -> None:
        """Drop the copy (the file answers) and rebuild it in the background."""
        with self._lock:
            self._db = None
            self._version += 1
            version = self._version
        worker = threading.Thread(target=self._build, args=(version,), daemon=True)
        worker.start()
        if wait:
            worker.join()

    def _build(self, version: int) -> None:
        cur = self.store.con.cursor()
        try:
            row = cur.execute("SELECT count(*) FROM events").fetchone()
            if row is None or row[0] > MAX_ROWS:
                return
            # the column list and the order are constants of this package
            sql = f"SELECT {self.columns} FROM events {PAGE_ORDER}"  # noqa: S608
            staged = cur.execute(sql).fetch_arrow_table()  # noqa: F841 - read by DuckDB below
        finally:
            cur.close()
        db = duckdb.connect()
        db.execute("ATTACH ':memory:' AS pages (COMPRESS)")
        db.execute("CREATE TABLE pages.ev AS SELECT * FROM staged")
        with self._lock:
            if version == self._version:  # a newer refresh supersedes this one
                self._db = db

    def _cursor(self) -> duckdb.DuckDBPyConnection | None:
        with self._lock:
            db, version = self._db, self._version
        if db is None:
            return None
        local = self._local
        if getattr(local, "version", None) != version:
            local.cur, local.version = db.cursor(), version
        return local.cur

    def page(
        self, cond: str, params: list[Any], limit: int, offset: int
    ) -> tuple[duckdb.DuckDBPyConnection, int] | None:
        """The page's rows (a DuckDB result) and the match count; None until the copy is ready."""
        cur = self._cursor()
        if cur is None:
            return None
        # cond comes from reader.where(): SQL text from constants, values as parameters
        total = cur.execute(f"SELECT count(*) FROM pages.ev WHERE {cond}", params).fetchone()  # noqa: S608
        sql = f"SELECT * FROM pages.ev WHERE {cond} LIMIT ? OFFSET ?"  # noqa: S608
        return cur.execute(sql, [*params, limit, offset]), int(total[0]) if total else 0
