"""Parallel ingest: N worker processes and one writer store what one process stores."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from tacitus import bench
from tacitus.ingest import read_inputs
from tacitus.jobs import (
    IngestSummary,
    PoolCoder,
    ingest_outcomes,
    ingest_paths,
    open_coder,
    resolve_workers,
)
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings
from tacitus.store import Store

TEXTS = [
    "ASMARA: Eritrea and Djibouti agreed on {d} to reopen their shared border, officials said.",
    "Troops from Chad attacked a rebel camp in the north on {d}, killing {n} fighters.",
    '"We demand an apology," the prime minister of Fiji said on {d} after {n} arrests.',
    "The president of Bolivia hosted envoys from Paraguay on {d} to sign a water treaty.",
]


def write_articles(folder: Path, n: int) -> list[str]:
    folder.mkdir()
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    paths = []
    for k in range(n):
        text = TEXTS[k % len(TEXTS)].format(d=days[k % len(days)], n=k + 2)
        p = folder / f"n{k:02d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_workers_zero_means_every_core() -> None:
    assert resolve_workers(0) >= 1
    assert resolve_workers(3) == 3


@pytest.mark.model
@pytest.mark.slow
def test_two_workers_store_what_one_process_stores(tmp_path: Path, pipeline: Pipeline) -> None:
    paths = write_articles(tmp_path / "in", 20)
    one = Store(tmp_path / "one.duckdb")
    s = ingest_paths(paths, one, Settings(workers=1, batch_size=4), pipeline=pipeline)
    assert (s.read, s.new, s.failed) == (20, 20, 0)
    two = Store(tmp_path / "two.duckdb")
    ingest_paths(paths[:6], two, Settings(workers=1), pipeline=pipeline)  # stored before
    settings = Settings(workers=2, batch_size=4)
    summary = IngestSummary()
    raws = [r for r in read_inputs(paths) if isinstance(r, RawArticle)]
    with open_coder(settings, frozenset(two.all_ids())) as coder:
        assert isinstance(coder, PoolCoder)
        outcomes = list(coder.run(raws))
        assert [o.origin for o in outcomes] == paths  # input order kept
        assert [o.skipped for o in outcomes[:6]] == ["already stored"] * 6  # skipped in workers
        ingest_outcomes(outcomes, two, settings, summary)
        assert 50 < coder.peak_rss_mb() < 1536
    assert (summary.new, summary.existing) == (14, 6)
    assert list(one.records()) == list(two.records())


def test_bench_json_has_the_promised_keys_and_the_synthetic_store_answers() -> None:
    page_ms, agg_ms = bench.query_latency(20_000)
    assert page_ms > 0 and agg_ms > 0
    keys = set(asdict(bench.Figures(1, 1, 2, *[1.0] * 9)))
    assert {
        "parser_wps",
        "pipeline_wps",
        "pipeline_vs_parser",
        "workers_speedup",
        "peak_rss_mb",
        "page_ms_1m_events",
        "aggregate_ms_1m_events",
    } <= keys
