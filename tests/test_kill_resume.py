"""An ingest of 500 articles killed with SIGKILL midway, then rerun, stores exactly 500.

Runs the real CLI (with two worker processes for the killed run) on articles composed from
templates here, kills the parent once some batches are committed, checks that what the kill
left is whole batches only, reruns, and checks the counts and that no table holds a duplicate.
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tacitus.store import Store

CITIES = ["Lusaka", "Hanoi", "Quito", "Tbilisi", "Dakar", "Oslo", "Amman", "Lima", "Riga", "Accra"]
COUNTRIES = ["Zambia", "Vietnam", "Ecuador", "Georgia", "Senegal", "Norway", "Jordan", "Peru"]
ACTS = [
    "met officials from {b} to discuss {n} refugees stranded at the border",
    "accused {b} of detaining {n} fishermen without charge",
    "signed an agreement with {b} covering {n} kilometres of new railway",
    "condemned an attack near the {b} frontier that killed {n} soldiers",
    "promised {b} emergency aid worth {n} million dollars",
]
TAILS = [
    "Talks are expected to resume next week.",
    "The ministry said more details would follow.",
    "Opposition lawmakers criticised the decision on Wednesday.",
    "Diplomats described the meeting as frank.",
]


def compose(n: int) -> list[str]:
    """``n`` distinct short news articles with a dateline, built from the templates above."""
    combos = itertools.product(CITIES, COUNTRIES, COUNTRIES, ACTS, TAILS)
    out = []
    for k, (city, a, b, act, tail) in enumerate(combos):
        if a == b:
            continue
        lead = act.format(b=b, n=12 + 7 * k)
        out.append(
            f"{city.upper()}: The foreign minister of {a} {lead}, officials said on Tuesday.\n\n"
            f'"We will not accept delays," the minister told reporters in {city}. {tail}'
        )
        if len(out) == n:
            return out
    raise AssertionError("templates give too few articles")


def ingest(db: Path, files: list[Path], workers: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "tacitus", "ingest", *map(str, files), "--db", str(db)]
    return subprocess.Popen(
        [*cmd, "--workers", str(workers)],
        cwd=db.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def wait_for_commits(proc: subprocess.Popen[bytes], wal: Path, size: int) -> None:
    """Wait until the write-ahead log holds ``size`` bytes and then stands still for a
    moment: a commit is written whole before the writer waits for the next batch (a kill in
    the middle of the first commit's write would leave nothing to test). A commit's writes
    come in bursts some 20-30 ms apart; on a fast machine the next batch's commit follows
    within a few tenths of a second, so the pause that marks a commit's end is 0.1 s."""
    deadline = time.monotonic() + 60
    last, since = -1, time.monotonic()
    while time.monotonic() < deadline and proc.poll() is None:
        now = wal.stat().st_size if wal.exists() else 0
        if now != last:
            last, since = now, time.monotonic()
        elif now > size and time.monotonic() - since >= 0.1:
            return
        time.sleep(0.005)
    raise AssertionError(f"no batch committed in time (exit {proc.poll()})")


def group_gone(pgid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def duplicates(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows beyond the first of each identity, per table (all zero in a sound store)."""
    keyed = {
        "articles": "id",
        "article_minhash": "article_id",
        "event_clusters": "id",
        "events": "article_id, id",
        "quotes": "id",
    }
    out = {}
    for table in ["actors", "places", "dates", "article_bands", *keyed]:
        key = keyed.get(table, "*")
        sql = f"SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT {key} FROM {table})) FROM {table}"  # noqa: S608, E501 - names are this test's constants
        out[table] = con.execute(sql).fetchone()[0]  # type: ignore[index]  # count(*) has a row
    return out


def whole_articles(con: duckdb.DuckDBPyConnection) -> bool:
    """Every stored article has exactly its own events and quotes, and no row is orphaned."""
    bad = con.execute(
        "SELECT count(*) FROM articles a WHERE n_events <> "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) OR n_quotes <> "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
    ).fetchone()
    orphans = con.execute(
        "SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles))"
        " + (SELECT count(*) FROM actors WHERE article_id NOT IN (SELECT id FROM articles))"
    ).fetchone()
    return bad == (0,) and orphans == (0,)


@pytest.mark.model
@pytest.mark.slow
def test_kill_9_midway_then_rerun_leaves_exactly_500(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    files = []
    for k, text in enumerate(compose(500)):
        f = src / f"a{k:03d}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    db = tmp_path / "t.duckdb"
    Store(db).close()  # schema in place and checkpointed: the WAL now grows only with batches
    wal = Path(f"{db}.wal")
    proc = ingest(db, files, workers=2)
    try:
        wait_for_commits(proc, wal, 64_000)
        proc.send_signal(signal.SIGKILL)  # the parent only, as a user's `kill -9 PID`
        proc.wait(10)
        assert group_gone(proc.pid), "worker processes outlived their killed parent"
    finally:
        if not group_gone(proc.pid, 0.1):
            os.killpg(proc.pid, signal.SIGKILL)
    with duckdb.connect(str(db)) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]  # count(*) has a row
        assert 0 < stored < 500, "the kill did not land midway"
        assert whole_articles(con)
    rerun = ingest(db, files, workers=1)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    assert f"new {500 - stored}, already stored {stored}" in err.decode()
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (500,)
        assert whole_articles(con)
        assert set(duplicates(con).values()) == {0}
        pending = con.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_minhash)"
        ).fetchone()
        assert pending == (0,), "dedup left articles unlinked"
