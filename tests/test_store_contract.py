"""One contract for every store backend: a DuckDB file, DuckDB :memory:, a Parquet folder.

Every caller (CLI, HTTP API, Parquet load, Python API) uses only this interface: add, known
ids, query each table, aggregate, export, close. Hand-built records, no model.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from tacitus.records import Actor, Article, Event, Place, Quote, Record, record_from_json
from tacitus.store import DuckStore, Filters, ParquetStore, Reader, Store, open_store

USA = Actor("a1", "Lloyd Austin", ("Austin",), "person", "USA", "GOV", "USAGOV", ((0, 12),))
YEM = Actor("a2", "Houthis", (), "group", "YEM", "REB", "YEMREB", ((20, 27),))
ADEN = Place("Aden", "YEM", "Aden", 12.78, 45.04, 415189, "city", ((30, 34),))
TEXT = "Lloyd Austin warned the Houthis in Aden."


def record(aid: str, day: str = "2024-01-12", published: str | None = "2024-01-12") -> Record:
    ev = Event(
        f"{aid}-e1", USA, YEM, "130", "13", "THREATEN", 3, -4.4, False, "asserted", TEXT,
        (0, len(TEXT)), "warned", 0.9, "test", day, "day", ADEN,
    )  # fmt: skip
    q = Quote(USA, "We will respond", "direct", "said", (0, 5))
    art = Article(aid, f"{TEXT} ({aid})", title=f"T {aid}", published=published, source=aid)
    return Record(art, (USA, YEM), (ev,), (q,), (ADEN,))


BACKENDS = ("file", "memory", "parquet")


def make(kind: str, tmp: Path) -> Store:
    if kind == "file":
        return open_store(tmp / "s.duckdb")
    if kind == "memory":
        return open_store(":memory:")
    return open_store(tmp / "s.parquet")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = make(request.param, tmp_path)
    yield s
    s.close()


def test_open_store_picks_the_backend(tmp_path: Path) -> None:
    assert isinstance(make("file", tmp_path), DuckStore)
    assert isinstance(make("memory", tmp_path), DuckStore)
    assert isinstance(make("parquet", tmp_path), ParquetStore)
    assert isinstance(Store(tmp_path / "s.parquet"), ParquetStore)  # the folder exists now


def test_add_is_idempotent_by_id(store: Store) -> None:
    first = store.add([(record("r1"), "a"), (record("r2"), "b"), (record("r1"), "a")])
    assert (first.new, first.existing, first.events, first.quotes) == (2, 1, 2, 2)
    again = store.add([(record("r2"), "b"), (record("r3"), "c")])
    assert (again.new, again.existing) == (1, 1)
    assert store.known_ids(["r1", "r3", "zz"]) == {"r1", "r3"}
    assert sorted(store.all_ids()) == ["r1", "r2", "r3"]
    assert store.has("r2") and not store.has("r9")
    assert store.count("articles") == 3 and store.count("events") == 3


def test_records_round_trip(store: Store) -> None:
    rec = record("r1")
    store.add([(rec, "file.txt")])
    [back] = [record_from_json(d) for d in store.records()]
    assert back == rec  # event actors get their mentions back from the actor list
    assert store.record("r1") == rec.to_dict() and store.record("nope") is None


def test_queries_filter_each_table(store: Store) -> None:
    store.add([(record("r1"), "a"), (record("r2", "2024-03-01", "2024-03-01"), "b")])
    assert len(store.events(Filters(actor="austin", root="13"))) == 2
    assert [e["article_id"] for e in store.events(Filters(since="2024-02-01"))] == ["r2"]
    assert store.events(Filters(text="x' OR '1'='1")) == []  # a value is data, not SQL
    assert len(store.quotes(Filters(speaker="Austin"))) == 2
    assert {a["name"] for a in store.actors()} == {"Lloyd Austin", "Houthis"}
    assert [p["name"] for p in store.places(Filters(country="yem"))] == ["Aden"]
    assert [a["id"] for a in store.articles(Filters(until="2024-02-01"))] == ["r1"]
    assert len(store.events(limit=1)) == 1 and len(store.events(limit=1, offset=1)) == 1


def test_a_bad_date_never_fails_the_batch(store: Store) -> None:
    res = store.add([(record("ok"), "a"), (record("bad", published="yesterday-ish"), "b")])
    assert res.new == 2
    by_id = {a["id"]: a["published"] for a in store.articles()}
    assert by_id["bad"] is None and str(by_id["ok"]) == "2024-01-12"


def test_aggregates(store: Store) -> None:
    store.add([(record("r1"), "a"), (record("r2", "2024-01-13"), "b")])
    reader = store.reader()
    assert isinstance(reader, Reader)
    try:
        summary = reader.summary()
        assert (summary["articles"], summary["events"]) == (2, 2)
        assert sum(r["n"] for r in reader.timeline(reader_query())) == 2
        [edge] = reader.network(reader_query(), 10)
        assert (edge["source"], edge["target"], edge["n"]) == ("Lloyd Austin", "Houthis", 2)
        assert reader.event_places(reader_query(), 10)[0]["name"] == "Aden"
        assert reader.actor("Houthis")["quotes"] == 0
        assert reader.speakers(5)[0]["n"] == 2
    finally:
        reader.close()


def reader_query():  # type: ignore[no-untyped-def]
    from tacitus.store import EventQuery

    return EventQuery()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_export(store: Store, tmp_path: Path, fmt: str) -> None:
    store.add([(record("r1"), "a"), (record("r2"), "b")])
    out = tmp_path / f"out.{fmt}"
    n = store.export(fmt, str(out))
    assert out.exists() and n >= (1 if fmt == "gdelt" else 2)
    if fmt == "jsonl":
        assert [json.loads(x)["article"]["id"] for x in out.read_text().splitlines()] == [
            "r1",
            "r2",
        ]
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(out.read_text())))) == 2
    if fmt == "gdelt":
        assert len(out.read_text().splitlines()) in (1, 2)  # one row per event cluster
    buf = io.StringIO()
    if fmt != "parquet":
        with redirect_stdout(buf):
            assert store.export(fmt, None) == n


@pytest.mark.parametrize("kind", ["file", "parquet"])
def test_reopened_store_keeps_its_articles(tmp_path: Path, kind: str) -> None:
    with make(kind, tmp_path) as s:
        s.add([(record("r1"), "a")])
    with make(kind, tmp_path) as s:
        assert s.all_ids() == ["r1"] and s.add([(record("r1"), "a")]).new == 0
    with open_store(s.path, read_only=True) as ro:
        assert ro.all_ids() == ["r1"]


def test_parquet_load_goes_through_the_one_writer(tmp_path: Path) -> None:
    from tacitus.store import load_parquet

    with make("parquet", tmp_path) as folder:
        folder.add([(record("r1"), "a"), (record("r2"), "b")])
    with make("file", tmp_path) as target:
        target.add([(record("r2"), "b")])
        assert load_parquet(tmp_path / "s.parquet", target) == 1
        assert sorted(target.all_ids()) == ["r1", "r2"]
        assert target.count("event_clusters") >= 1  # dedup ran as the load stored
