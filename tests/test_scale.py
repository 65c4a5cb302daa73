"""Dask: a real LocalCluster with 2 worker processes gives the records a single process gives,
and a worker killed mid-run loses and duplicates nothing."""

from __future__ import annotations

import gzip
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tacitus.jobs import IngestSummary
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.scale import DONE, list_shards, load_parquet, read_shard, run_dask
from tacitus.settings import Settings
from tacitus.store import Store

pytestmark = [pytest.mark.model, pytest.mark.slow]

LEADS = [
    "The interior minister of {a} visited {b} on Monday and pledged {n} new police posts",
    "Rebels in northern {a} released {n} hostages after talks mediated by {b}",
    "Parliament in {a} voted to expel {n} diplomats from {b} over a spying row",
    "Farmers in {a} blocked {n} roads to protest imports from {b}",
]
PLACES = ["Chile", "Kenya", "Nepal", "Ghana", "Laos", "Malta"]


def article(k: int) -> dict[str, Any]:
    a, b = PLACES[k % len(PLACES)], PLACES[(k * 5 + 1) % len(PLACES)]
    lead = LEADS[k % len(LEADS)].format(a=a, b=b, n=3 + k)
    text = f"{lead}. A spokesman said the government would respond within {k + 2} days."
    month = ("2024-03-1", "2024-04-2", None)[k % 3]
    return {"id": f"art-{k:03d}", "text": text, "source": f"Outlet {k % 4}", "published": month}


def write_shards(folder: Path, per_shard: int, shards: int) -> list[dict[str, Any]]:
    """Shards in all three formats; the last shard repeats the first article."""
    folder.mkdir()
    rows = [article(k) for k in range(per_shard * shards)]
    for s in range(shards):
        part = rows[s * per_shard : (s + 1) * per_shard]
        for r in part:
            if r["published"]:
                r["published"] = r["published"] + str(s % 9)
        if s == shards - 1:
            part = [*part, rows[0]]
        kind = s % 3
        if kind == 0:
            lines = "\n".join(json.dumps(r) for r in part)
            (folder / f"s{s}.jsonl").write_text(lines + "\n", encoding="utf-8")
        elif kind == 1:
            with gzip.open(folder / f"s{s}.jsonl.gz", "wt", encoding="utf-8") as fh:
                fh.write("\n".join(json.dumps(r) for r in part))
        else:
            pq.write_table(pa.Table.from_pylist(part), folder / f"s{s}.parquet")
    return rows


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    cl = Client(cluster)
    try:
        yield cl
    finally:
        cl.close()
        cluster.close()


def single_process(folder: Path, pipeline: Pipeline) -> list[dict[str, Any]]:
    raws = [r for s in list_shards([str(folder)]) for r in read_shard(s)]
    assert all(isinstance(r, RawArticle) for r in raws)
    out: dict[str, dict[str, Any]] = {}
    for o in pipeline.run(r for r in raws if isinstance(r, RawArticle)):
        assert o.record is not None
        out.setdefault(o.record.article.id, o.record.to_dict())
    return [out[k] for k in sorted(out)]


def test_local_cluster_gives_the_single_process_records(
    tmp_path: Path, client: Any, pipeline: Pipeline
) -> None:
    rows = write_shards(tmp_path / "in", per_shard=3, shards=3)
    out = tmp_path / "out"
    summary = run_dask([str(tmp_path / "in")], Settings(), out, client=client)
    assert (summary.read, summary.new, summary.failed) == (10, 10, 0)  # 9 + the repeat
    months = sorted(p.name for p in (out / "articles").iterdir())
    assert months == ["month=2024-03", "month=2024-04", "month=unknown"]
    with Store(out) as store:  # DuckDB over the Parquet folder, in place
        got = list(store.records())
        assert store.count("articles") == len(rows)
    assert got == single_process(tmp_path / "in", pipeline)
    db = tmp_path / "loaded.duckdb"
    with Store(db) as store:
        assert load_parquet(out, store) == len(rows)
        assert load_parquet(out, store) == 0  # loading twice adds nothing
        assert list(store.records()) == got
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    again = run_dask([str(tmp_path / "in"), str(bad)], Settings(), out, client=client)
    assert (again.new, again.existing) == (0, 10)  # every good shard resumed from its marker
    assert again.failed == 1 and str(bad) in again.problems[0]  # the bad one stops nothing


def kill_a_busy_worker(client: Any, out: Path, timeout: float = 60) -> bool:
    """SIGKILL a worker process that holds a task, once the run is under way."""
    pids = client.run(os.getpid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (out / DONE).exists() and any((out / DONE).iterdir()):
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                return True
        time.sleep(0.02)
    return False


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path: Path, client: Any) -> None:
    rows = write_shards(tmp_path / "in", per_shard=4, shards=8)
    out = tmp_path / "out"
    result: dict[str, IngestSummary] = {}

    def go() -> None:
        result["s"] = run_dask([str(tmp_path / "in")], Settings(), out, client=client)

    runner = threading.Thread(target=go)
    runner.start()
    killed = kill_a_busy_worker(client, out)
    runner.join(180)
    assert killed, "no worker was busy to kill"
    s = result["s"]
    # a task the killed worker had finished, unreported, is found done by its retry: "existing"
    assert (s.read, s.new + s.existing, s.failed) == (33, 33, 0)
    ids = {r["id"] for r in rows}
    raw = str(out / "articles" / "*" / "*.parquet")
    with duckdb.connect() as con:
        total, distinct, got = con.execute(
            f"SELECT count(*), count(DISTINCT (id, shard)), list(DISTINCT id) FROM read_parquet('{raw}')"  # noqa: S608, E501 - a test path
        ).fetchone()  # type: ignore[misc]  # an aggregate always has a row
    assert total == distinct == 33  # 32 articles + the repeat in its own shard, written once
    assert set(got) == ids
    assert len(list((out / DONE).glob("*.json"))) == 8
    assert not list(out.rglob("*.tmp"))  # what a killed worker left half-written is gone
