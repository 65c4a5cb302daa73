"""Fast event pages: a date-ordered in-memory copy of the listed columns.

A filtered page over the store file makes DuckDB read every matching row's wide columns and
sort them all before the LIMIT applies. The copy is kept twice, both already in page order
(date, newest first): a compressed DuckDB table, whose rowid is the row's position, and an
Arrow table of the listed columns. A page is then one DuckDB query for the
positions of the matching rows (its length is the total, a slice of it is the page), and an
Arrow ``take`` of those few rows: no sort, no second count query, and the wide columns are
touched only for the rows returned. The positions of the last few filters are kept, so
the next page of a filter (or its count) needs no query at all.

The copy is built in the background at start and after each write; until it is ready the
store file answers. Stores over ``MAX_ROWS`` events are always read from the file (the copy
costs about 400 bytes an event).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from .base import Store

MAX_ROWS = 1_000_000
PAGE_ORDER = "ORDER BY date DESC NULLS LAST, rowid"  # rowid: a stable tie-break
MATCHES = 64  # filters whose matching positions are kept (at most 4 bytes an event each)

Key = tuple[str, tuple[Any, ...]]


class Matches:
    """The positions matching the last ``MATCHES`` filters (paging on costs no query)."""

    def __init__(self) -> None:
        self._found: OrderedDict[Key, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> np.ndarray | None:
        with self._lock:
            found = self._found.get(key)
            if found is not None:
                self._found.move_to_end(key)
            return found

    def put(self, key: Key, found: np.ndarray) -> None:
        with self._lock:
            self._found[key] = found
            while len(self._found) > MATCHES:
                self._found.popitem(last=False)


@dataclass(frozen=True)
class Copy:
    db: duckdb.DuckDBPyConnection  # pages.ev: the listed columns in page order (rowid)
    rows: pa.Table  # the listed columns in page order, dates as ISO text
    version: int
    matches: Matches = field(default_factory=Matches)  # dropped with the copy on a write


class EventPages:
    def __init__(self, store: Store, columns: str) -> None:
        self.store = store
        self.columns = columns
        self._copy: Copy | None = None
        self._version = 0
        self._lock = threading.Lock()
        self._local = threading.local()
        self._worker: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        return self._copy is not None

    def refresh(self, wait: bool = False) -> None:
        """Drop the copy (the file answers) and rebuild it in the background."""
        with self._lock:
            self._copy = None
            self._version += 1
            version = self._version
            worker = threading.Thread(target=self._build, args=(version,), daemon=True)
            self._worker = worker
        worker.start()
        if wait:
            worker.join()

    def close(self) -> None:
        """Drop the copy and wait for a build in flight: call it before the store closes."""
        with self._lock:
            self._copy = None
            self._version += 1
            worker = self._worker
        if worker is not None:
            worker.join()

    def _build(self, version: int) -> None:
        try:
            cur = self.store._con.cursor()
            try:
                row = cur.execute("SELECT count(*) FROM events").fetchone()
                if row is None or row[0] > MAX_ROWS:
                    return
                # the column list and the order are constants of this package
                sql = f"SELECT {self.columns} FROM events {PAGE_ORDER}"  # noqa: S608
                staged = cur.execute(sql).fetch_arrow_table()
            finally:
                cur.close()
        except duckdb.Error:
            return  # the store closed under the build: the file answers, as before it
        db = duckdb.connect()
        db.execute("ATTACH ':memory:' AS pages (COMPRESS)")
        db.execute("CREATE TABLE pages.ev AS SELECT * FROM staged")  # rowid: page order
        # a copy in pyarrow's own memory: buffers DuckDB handed out die with the store
        rows = _iso_dates(staged).take(np.arange(staged.num_rows))
        with self._lock:
            if version == self._version:  # a newer refresh supersedes this one
                self._copy = Copy(db, rows, version)

    def _current(self) -> tuple[Copy, duckdb.DuckDBPyConnection] | None:
        with self._lock:
            copy = self._copy
        if copy is None:
            return None
        local = self._local
        if getattr(local, "version", None) != copy.version:
            local.cur, local.version = copy.db.cursor(), copy.version
        return copy, local.cur

    def page(
        self, cond: str, params: list[Any], limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int] | None:
        """The page's rows and the match count; None until the copy is ready."""
        current = self._current()
        if current is None:
            return None
        copy, cur = current
        key = (cond, tuple(params))
        found = copy.matches.get(key)
        if found is None:
            # cond comes from reader.where(): SQL text from constants, values as parameters
            sql = f"SELECT rowid FROM pages.ev WHERE {cond}"  # noqa: S608
            found = cur.execute(sql, params).fetchnumpy()["rowid"].astype(np.int32)
            if len(found) > 1 and not bool(np.all(found[:-1] < found[1:])):
                found = np.sort(found)  # DuckDB keeps table order here; this only guards it
            copy.matches.put(key, found)
        return copy.rows.take(found[offset : offset + limit]).to_pylist(), len(found)


def _iso_dates(table: pa.Table) -> pa.Table:
    """Date columns as ISO text (what the API sends), cast once for all pages."""
    for i, f in enumerate(table.schema):
        if pa.types.is_date(f.type):
            table = table.set_column(i, f.name, table.column(i).cast(pa.string()))
    return table
