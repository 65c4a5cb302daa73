"""The Parquet-folder store: one Parquet file per table, month and shard, read in place.

``<folder>/<table>/month=YYYY-MM/<shard key>.parquet`` (what ``tacitus ingest --dask`` writes,
one shard per task). DuckDB reads the folder through views, one copy of each article id (the
first shard in key order wins: an article in two shards is stored once). :meth:`add` writes
its batch as one more shard, each file by an atomic rename, so a crash never leaves half a
file. :func:`load_parquet` copies a folder into another store through that store's own
:meth:`~tacitus.store.Store.add`: the one writer, dedup included.
"""

from __future__ import annotations

import glob
import os
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import StoreError
from ..records import Record, record_from_json
from ..text import stable_id
from .base import AddResult, Store
from .schema import _DERIVED, TABLES, arrow_table, rows_for, schema

__all__ = ["ParquetStore", "attach_parquet", "is_parquet_path", "load_parquet", "write_records"]

#: Records a load copies per batch (one transaction each in the target store).
LOAD_BATCH = 500


def is_parquet_path(path: str | Path) -> bool:
    """A folder, or a name ending in ``.parquet`` (a Parquet-folder store to create)."""
    p = Path(path)
    return str(path) != ":memory:" and (p.is_dir() or p.suffix == ".parquet")


def month_of(published: str | None) -> str:
    if published and len(published) >= 7 and published[4] == "-" and published[:4].isdigit():
        return published[:7]
    return "unknown"


def atomic_write(target: Path, data: bytes | pa.Buffer) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def write_records(out: Path, key: str, records: dict[str, Record], origins: dict[str, str]) -> None:
    """One shard: each table's rows of ``records``, one Parquet file per publication month."""
    now = datetime.now(UTC).replace(tzinfo=None)
    by_month: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for aid in sorted(records):
        rec = records[aid]
        tables = by_month.setdefault(month_of(rec.article.published), {t: [] for t in TABLES})
        for table, rows in rows_for(rec, origins[aid], now).items():
            tables[table].extend(rows)
    for month, tables in sorted(by_month.items()):
        for table, rows in tables.items():
            data = arrow_table(table, rows).append_column("shard", pa.array([key] * len(rows)))
            sink = pa.BufferOutputStream()
            pq.write_table(data, sink)
            atomic_write(out / table / f"month={month}" / f"{key}.parquet", sink.getvalue())


def _files(folder: Path, table: str) -> str | None:
    pattern = str(folder / table / "month=*" / "*.parquet")
    return pattern if glob.glob(pattern) else None


def _nulls(table: str) -> str:
    return ", ".join(f"CAST(NULL AS {t}) AS {c}" for c, t in schema(table))


def attach_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Views ``<table>`` over a Parquet folder, one copy of each article id."""
    for table in TABLES:
        cols = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in schema(table))
        pattern = _files(folder, table)
        if pattern is None:
            body = f"SELECT {_nulls(table)}, NULL::VARCHAR AS shard WHERE false"
        else:
            quoted = pattern.replace("'", "''")
            body = f"SELECT {cols}, shard FROM read_parquet('{quoted}', union_by_name = true)"  # noqa: S608 - schema names and a quoted path only
        # names come from the store schema; the one path is quoted as an SQL literal above
        con.execute(f"CREATE OR REPLACE VIEW _raw_{table} AS {body}")
    con.execute(
        "CREATE OR REPLACE VIEW _winners AS SELECT id, min(shard) AS shard "
        "FROM _raw_articles GROUP BY id"
    )
    for table in TABLES:
        col = "id" if table == "articles" else "article_id"
        names = ", ".join(f"r.{c}" for c, _ in schema(table))
        con.execute(
            f"CREATE OR REPLACE VIEW {table} AS SELECT {names} "  # noqa: S608 - schema names only
            f"FROM _raw_{table} r JOIN _winners w ON r.{col} = w.id AND r.shard = w.shard"
        )


def _derived_views(con: duckdb.DuckDBPyConnection) -> None:
    """Empty views of the tables dedup derives (a Parquet folder holds none): queries that
    join them (the GDELT export) read no clusters, as on a store dedup has not reached."""
    for table, body in _DERIVED.items():
        cols = []
        for part in body.split(", "):
            name, typ = part.replace(" PRIMARY KEY", "").split(" ", 1)
            cols.append(f"CAST(NULL AS {typ}) AS {name}")
        # names and types come from the schema module
        con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT {', '.join(cols)} WHERE false")


class ParquetStore(Store):
    """A folder of Parquet files, read in place through DuckDB views."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._lock = threading.Lock()
        folder = Path(self.path)
        if not folder.is_dir():
            if read_only:
                raise StoreError(f"no store at {self.path}", hint="run `tacitus ingest` first")
            try:
                folder.mkdir(parents=True)
            except OSError as exc:
                raise StoreError(f"cannot create store folder {self.path}: {exc}") from exc
        self._con = duckdb.connect()
        attach_parquet(self._con, folder)
        _derived_views(self._con)

    def add(self, items: Sequence[tuple[Record, str]]) -> AddResult:
        """Write the batch's new articles as one more shard (file by file, atomically)."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        known = self.known_ids(r.article.id for r, _ in items)
        records: dict[str, Record] = {}
        origins: dict[str, str] = {}
        for record, origin in items:
            aid = record.article.id
            if aid not in known and aid not in records:
                records[aid], origins[aid] = record, origin
        if records:
            key = stable_id("add", *sorted(records))
            write_records(Path(self.path), key, records, origins)
            with self._lock:
                attach_parquet(self._con, Path(self.path))
        n_ev = sum(len(r.events) for r in records.values())
        n_q = sum(len(r.quotes) for r in records.values())
        return AddResult(len(records), len(items) - len(records), n_ev, n_q)


def load_parquet(folder: str | Path, store: Store) -> int:
    """Copy the articles of a Parquet folder that ``store`` lacks into it, through
    ``store.add`` (dedup included); returns how many were new."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(f"{folder} is not a folder of Parquet files")
    source = ParquetStore(folder, read_only=True)
    new = 0
    try:
        batch: list[tuple[Record, str]] = []
        for rec, origin in source.records_with_origin():
            batch.append((record_from_json(rec), origin))
            if len(batch) >= LOAD_BATCH:
                new += store.add(batch).new
                batch = []
        if batch:
            new += store.add(batch).new
    finally:
        source.close()
    return new
