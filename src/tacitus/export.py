"""Exports: jsonl (tacitus/1 records), csv (events), parquet (every table)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from .errors import StoreError
from .store import TABLES, Store, columns


def export(store: Store, fmt: str, output: str | None) -> int:
    if fmt == "jsonl":
        return _jsonl(store, output)
    if fmt == "csv":
        return _csv(store, output)
    if fmt == "parquet":
        return _parquet(store, output or "tacitus-export")
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
        cur = store.con.cursor()
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
        store.con.execute(f"COPY {table} TO '{_sql_str(target)}' (FORMAT parquet)")
        n += store.count(table)
    return n


def _sql_str(s: str) -> str:
    """COPY takes no parameter for its file name: quote it as a SQL string literal."""
    return s.replace("'", "''")
