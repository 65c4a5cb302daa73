"""The storage layer: the only place that knows SQL or holds a database connection.

One interface (:class:`Store`: add, known ids, query each table, aggregate, export, close)
over three backends that pass one contract test suite: a DuckDB file, DuckDB ``:memory:``,
and a Parquet folder. :func:`open_store` picks the backend from the path. The schema is
written once (:mod:`.schema`); filters and their SQL live in :mod:`.queries`; dedup and
export work on any store through the same interface.
"""

from __future__ import annotations

from pathlib import Path

from .base import AddResult, Store
from .duck import DuckStore
from .parquet import ParquetStore, attach_parquet, is_parquet_path, load_parquet, write_records
from .queries import EventQuery, Filters, event_where, where
from .reader import Reader
from .schema import SCHEMA_VERSION, TABLES, arrow_table, columns, rows_for, schema

__all__ = [
    "SCHEMA_VERSION",
    "TABLES",
    "AddResult",
    "DuckStore",
    "EventQuery",
    "Filters",
    "ParquetStore",
    "Reader",
    "Store",
    "arrow_table",
    "attach_parquet",
    "columns",
    "event_where",
    "is_parquet_path",
    "load_parquet",
    "open_store",
    "rows_for",
    "schema",
    "where",
    "write_records",
]


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (or create) a store: ``:memory:``, a Parquet folder (an existing folder or a name
    ending ``.parquet``), else a DuckDB file. ``path`` defaults to ``$TACITUS_DB`` or
    ``./tacitus.duckdb``."""
    from ..settings import load_settings

    target = path or load_settings().db
    if is_parquet_path(target):
        return ParquetStore(target, read_only=read_only)
    return DuckStore(target, read_only=read_only)
