"""End to end with the real model on the bundled example articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tacitus

EXAMPLES = Path(__file__).parents[1] / "examples"
pytestmark = pytest.mark.model


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tacitus", *args], capture_output=True, text=True, timeout=300
    )


def test_ingest_twice_stores_each_article_once(tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    first = _cli("ingest", str(EXAMPLES), "--db", db, "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert "new 4" in first.stderr
    second = _cli("ingest", str(EXAMPLES), "--db", db, "--workers", "1")
    assert "new 0, already stored 4" in second.stderr
    with tacitus.open_store(db, read_only=True) as store:
        assert store.count("articles") == 4
        ids = {r["id"] for r in store.articles()}
    assert {"wire-2023-yemen-0412", "wire-2023-sudan-0417"} <= ids  # JSONL ids are kept


def test_python_api_matches_the_cli(tmp_path: Path) -> None:
    text = (EXAMPLES / "geneva_talks.txt").read_text(encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    cli = _cli("extract", str(src), "--published", "2025-10-14")
    assert cli.returncode == 0, cli.stderr
    from_cli = json.loads(cli.stdout)
    from_api = tacitus.extract(text, published="2025-10-14").to_dict()
    assert from_cli == from_api
    assert from_api["schema"] == "tacitus/1"
    assert set(from_api) == {
        "schema",
        "article",
        "actors",
        "events",
        "quotes",
        "places",
        "dates",
        "errors",
    }
