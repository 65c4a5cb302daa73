"""The storage layer is the only place that knows SQL or holds a database connection."""

from __future__ import annotations

import re
from pathlib import Path

import tacitus

SRC = Path(tacitus.__file__).parent
STORE = SRC / "store"
SQL = re.compile(
    r"\b(?:SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP\s+)?(?:TABLE|VIEW)|ALTER\s+TABLE|DROP\s+TABLE)\b"
)
CONNECTION = re.compile(r"\.con\b|\._con\b|\bimport duckdb\b|\bduckdb\.connect\b|_transaction\(")


def outside_the_store() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if STORE not in p.parents]


def test_the_scan_sees_sql_where_it_is() -> None:
    inside = "".join(p.read_text(encoding="utf-8") for p in STORE.rglob("*.py"))
    assert SQL.search(inside) and CONNECTION.search(inside)  # the patterns do match SQL


def test_no_sql_and_no_connection_outside_the_store_package() -> None:
    found = [
        f"{p.relative_to(SRC)}:{n}: {line.strip()}"
        for p in outside_the_store()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if SQL.search(line) or CONNECTION.search(line)
    ]
    assert found == []


def test_the_store_imports_no_caller() -> None:
    """store -> scale -> jobs/dedup -> store was a circle: the store imports none of them."""
    callers = ("scale", "jobs", "cli", "api", "ingest", "pipeline", "bench")
    pattern = re.compile(rf"from \.\.({'|'.join(callers)})\b|import tacitus\.({'|'.join(callers)})")
    for p in STORE.rglob("*.py"):
        assert not pattern.search(p.read_text(encoding="utf-8")), p.name
