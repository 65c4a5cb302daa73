"""The store: round-trips, idempotence, filters, exports (hand-built records, no model)."""

from __future__ import annotations

import csv
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.records import Actor, Article, Event, Place, Quote, Record, record_from_json
from tacitus.store import Filters, Store
from tacitus.store.export import GDELT_COLUMNS, export

USA = Actor("a1", "Lloyd Austin", ("Austin",), "person", "USA", "GOV", "USAGOV", ((0, 12),))
YEM = Actor("a2", "Houthis", (), "group", "YEM", "REB", "YEMREB", ((20, 27),))
ADEN = Place("Aden", "YEM", "Aden", 12.78, 45.04, 415189, "city", ((30, 34),))


def _record(aid: str, text: str = "Lloyd Austin warned the Houthis in Aden.") -> Record:
    ev = Event(
        f"{aid}-e1",
        USA,
        YEM,
        "130",
        "13",
        "THREATEN",
        3,
        -4.4,
        False,
        "asserted",
        text,
        (0, len(text)),
        "warned",
        0.9,
        "test",
        "2024-01-12",
        "day",
        ADEN,
    )
    q = Quote(USA, "We will respond", "direct", "said", (0, 5))
    return Record(
        Article(
            aid, text, title=f"T {aid}", published="2024-01-12", url=f"https://example.org/{aid}"
        ),
        actors=(USA, YEM),
        events=(ev,),
        quotes=(q,),
        places=(ADEN,),
    )


def test_round_trip_keeps_the_record(tmp_path: Path) -> None:
    rec = _record("r1")
    with Store(tmp_path / "s.duckdb") as st_:
        st_.add([(rec, "file.txt")])
        back = record_from_json(next(st_.records()))
    assert back == rec


def test_filters_take_values_as_parameters(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        s.add([(_record("r1"), "x"), (_record("r2", "Nothing here."), "y")])
        assert len(s.events(Filters(country="yem"))) == 2
        assert len(s.events(Filters(actor="austin", root="13", place="Aden"))) == 2
        assert s.events(Filters(since="2024-02-01")) == []
        # a hostile value is data, not SQL
        assert s.events(Filters(text="x' OR '1'='1")) == []
        assert s.count("events") == 2
        assert [q["speaker_name"] for q in s.quotes(Filters(speaker="Austin"))] == [
            "Lloyd Austin"
        ] * 2


def test_a_record_the_database_refuses_costs_only_itself(tmp_path: Path) -> None:
    good, bad = _record("g1"), _record("b1")
    bad_ev = bad.events[0]
    object.__setattr__(bad_ev, "span", ("not", "ints"))  # breaks the bulk insert mid-batch
    with Store(tmp_path / "s.duckdb") as s:
        res = s.add([(good, "a"), (bad, "b")])
        assert res.new == 1 and len(res.failed) == 1 and res.failed[0].startswith("b: ")
        assert s.all_ids() == ["g1"]
        # nothing of the refused record is left half-written
        assert {e["article_id"] for e in s.events()} == {"g1"}
        assert s.add([(good, "a")]).new == 0


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ids=st.lists(st.text("abcdef0123456789", min_size=1, max_size=6), max_size=12))
def test_any_sequence_of_batches_stores_each_id_once(tmp_path: Path, ids: list[str]) -> None:
    path = tmp_path / f"p{abs(hash(tuple(ids)))}.duckdb"
    with Store(path) as s:
        for k in range(0, len(ids), 3):
            s.add([(_record(i), "x") for i in ids[k : k + 3]])
        assert s.count("articles") == len(set(ids))
        assert s.count("events") == len(set(ids))


def test_exports(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s.add([(_record("r1"), "x")])
        buf = io.StringIO()
        with redirect_stdout(buf):
            assert export(s, "jsonl", None) == 1
        assert json.loads(buf.getvalue())["schema"] == "tacitus/1"
        out = tmp_path / "e.csv"
        export(s, "csv", str(out))
        rows = list(csv.DictReader(out.open()))
        assert rows[0]["cameo"] == "130" and rows[0]["target_country"] == "YEM"
        export(s, "parquet", str(tmp_path / "pq"))
        pq = str(tmp_path / "pq" / "events.parquet")
        n = duckdb.execute("SELECT count(*) FROM read_parquet(?)", [pq]).fetchone()
        assert n == (1,)
        g = tmp_path / "g.tsv"
        export(s, "gdelt", str(g))
        row = g.read_text().rstrip("\n").split("\t")
    assert len(row) == len(GDELT_COLUMNS) == 61
    cols = dict(zip(GDELT_COLUMNS, row, strict=True))
    assert cols["SQLDATE"] == "20240112" and cols["EventRootCode"] == "13"
    assert cols["Actor1CountryCode"] == "USA" and cols["ActionGeo_CountryCode"] == "YM"
    assert cols["ActionGeo_Type"] == "4"  # a city
