"""Hostile input: one test per row of the storage issue's table, and a property test.

Each row: the input an attacker or a careless user gives, one clear line about it (never a
traceback), and every good article beside it stored. Real CLI, real store, real model.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tacitus.api import MAX_BODY, create_app
from tacitus.api.app import MAX_EXTRACT_CHARS
from tacitus.api.security import HEADERS
from tacitus.clean.language import detect
from tacitus.cli import app
from tacitus.ingest import read_inputs
from tacitus.jobs import ingest_paths
from tacitus.pipeline import Pipeline
from tacitus.records import Actor, Article, Event, RawArticle, Record
from tacitus.settings import Settings
from tacitus.store import Store, open_store

pytestmark = pytest.mark.model

GOOD = [
    "NAIROBI: Kenya's foreign minister met the Sudanese army chief on Monday to discuss a "
    "ceasefire, officials said. The talks will resume next week.",
    "BAMAKO: Mali's junta expelled the French ambassador on Tuesday and gave him 72 hours to "
    "leave, state television said.",
    "MANILA: Philippine police arrested 14 protesters outside the senate on Wednesday after "
    "clashes over a fuel tax, a spokesman said.",
]
UN_NEWS = "MONUSCO said 12 UN peacekeepers held by the M23 militia near Goma were freed on Tuesday."


def good(k: int) -> dict[str, str]:
    return {"id": f"good-{k}", "text": GOOD[k % len(GOOD)] + f" (item {k})"}


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def cli(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert not any("Traceback" in ln for ln in lines), lines
    return result.exit_code, lines


def stored_ids(db: Path) -> list[str]:
    with open_store(db, read_only=True) as s:
        return sorted(s.all_ids())


def has_security_headers(response: object) -> bool:
    headers = response.headers  # type: ignore[attr-defined]
    return all(k.decode() in headers for k, _ in HEADERS)


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[TestClient, Store]]:
    with Store(tmp_path / "api.duckdb") as store:
        yield TestClient(create_app(Settings(db=store.path), store, token="tok-123")), store


# -- row 1: a publication date that is not ISO ----------------------------------------------
def test_row1_bad_published_is_dropped_with_a_warning_and_every_article_stored(
    tmp_path: Path,
) -> None:
    forms = ["yesterday-ish", "2019-13-45", "20190101", "Mon, 02 Jan 2020 10:00:00 GMT", 1.5e9]
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        [good(0), *({**good(k + 1), "published": f} for k, f in enumerate(forms))],
    )
    code, lines = cli("ingest", "--db", str(tmp_path / "s.duckdb"), str(feed))
    assert code == 0, lines
    assert stored_ids(tmp_path / "s.duckdb") == sorted(f"good-{k}" for k in range(6))
    warned = [ln for ln in lines if "published" in ln]
    assert len(warned) == 2 and "line 2" in warned[0] and "line 3" in warned[1]
    with open_store(tmp_path / "s.duckdb", read_only=True) as s:
        days = {a["id"]: a["published"] for a in s.articles()}
    assert str(days["good-3"]) == "2019-01-01" and str(days["good-4"]) == "2020-01-02"
    assert str(days["good-5"]) == "2017-07-14" and days["good-1"] is None


def test_row1_bad_published_option_and_api_value(
    tmp_path: Path, served: tuple[TestClient, Store]
) -> None:
    code, lines = cli("ingest", "--db", str(tmp_path / "s.duckdb"), "--published", "notadate", "x")
    assert code == 2 and len(lines) == 1 and "--published" in lines[0]
    client, _ = served
    bad = client.post(
        "/api/articles",
        json=[{"text": GOOD[0], "published": "2019-13-45"}],
        headers={"Authorization": "Bearer tok-123"},
    )
    assert bad.status_code == 422 and has_security_headers(bad)
    assert "SELECT" not in bad.text and "duckdb" not in bad.text


# -- row 2: export -o naming the store ------------------------------------------------------
def test_row2_export_refuses_the_store_and_an_existing_file(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    cli("ingest", "--db", str(db), str(write_jsonl(tmp_path / "f.jsonl", [good(0)])))
    size = db.stat().st_size
    code, lines = cli("export", "-f", "jsonl", "-o", str(db), "--db", str(db))
    assert code == 2 and len(lines) == 1 and "the store itself" in lines[0]
    assert db.stat().st_size == size and stored_ids(db) == ["good-0"]
    out = tmp_path / "out.jsonl"
    out.write_text("keep me")
    code, lines = cli("export", "-f", "jsonl", "-o", str(out), "--db", str(db))
    assert code == 2 and "--force" in lines[0] and out.read_text() == "keep me"
    code, _ = cli("export", "-f", "jsonl", "-o", str(out), "--db", str(db), "--force")
    assert code == 0 and json.loads(out.read_text())["article"]["id"] == "good-0"


# -- row 3: one huge text field --------------------------------------------------------------
def test_row3_a_huge_text_is_cut_with_a_warning_and_the_rest_stored(tmp_path: Path) -> None:
    config = tmp_path / "tacitus.toml"
    config.write_text("[tacitus]\nmax_chars = 4000\n")
    huge = {"id": "huge", "text": (GOOD[0] + "\n\n") * 20_000}  # about 3 MB
    feed = write_jsonl(tmp_path / "f.jsonl", [good(0), huge, good(1)])
    code, lines = cli(
        "ingest", "--db", str(tmp_path / "s.duckdb"), "--config", str(config), str(feed)
    )
    assert code == 0, lines
    assert stored_ids(tmp_path / "s.duckdb") == ["good-0", "good-1", "huge"]
    [cut] = [ln for ln in lines if "cut at" in ln]
    assert "max_chars" in cut and "f.jsonl:2" in cut


def test_row3_a_record_grows_linearly_with_mentions() -> None:
    """An event names its actors without their mentions: n events over an actor with n
    mentions make a record of size O(n), not O(n**2)."""

    def size(n: int) -> int:
        text = "The army shelled the town. " * n
        army = Actor("a1", "army", mentions=tuple((27 * k + 4, 27 * k + 8) for k in range(n)))
        events = tuple(
            Event(f"e{k}", army, None, "195", "19", "ASSAULT", 4, -10.0, False, "asserted",
                  "The army shelled the town.", (27 * k, 27 * k + 26), "shelled", 0.9, "t")
            for k in range(n)
        )  # fmt: skip
        record = Record(Article("x", text), (army,), events)
        return len(json.dumps(record.to_dict()))

    small, big = size(100), size(1000)
    assert big < 12 * small  # 10x the text: about 10x the record


# -- row 4: POST /api/extract ----------------------------------------------------------------
def test_row4_extract_has_its_own_size_limit(served: tuple[TestClient, Store]) -> None:
    client, _ = served
    assert MAX_EXTRACT_CHARS < MAX_BODY
    t0 = time.perf_counter()
    res = client.post("/api/extract", json={"text": "The envoy met the minister. " * 2500})
    assert res.status_code == 413 and has_security_headers(res)
    assert time.perf_counter() - t0 < 5  # refused before any coding


# -- row 5: a FIFO named as input ------------------------------------------------------------
def test_row5_a_fifo_is_refused_in_one_line_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.extend(read_inputs([str(fifo)])), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert [str(x) for x in got] == [
        f"{fifo}: not a regular file (a FIFO); tacitus reads files, folders or -"
    ]


# -- row 6: serve while an ingest holds the store --------------------------------------------
def test_row6_serve_on_a_locked_store_exits_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
         "print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        done = subprocess.run(
            [sys.executable, "-m", "tacitus", "serve", "--db", str(db), "--workers", "2",
             "--port", str(free_port())],
            capture_output=True, text=True, timeout=60, env=env(),
        )  # fmt: skip
    finally:
        holder.kill()
        holder.wait()
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert done.returncode == 1 and len(lines) == 1 and "cannot open store" in lines[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out.pop("TACITUS_TOKEN", None)
    return out


# -- row 7: wrong field types, duplicate ids, html beside text -------------------------------
def test_row7_wrong_types_and_duplicates_are_one_line_each(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "f.jsonl",
        [
            good(0),
            {"id": "good-0", "text": "A different text. The army shelled the town on Monday."},
            {**good(1), "title": ["a", "list"]},
            {"id": {"an": "object"}, "text": GOOD[2]},
            {"id": "num", "text": 12345},
            {**good(2), "html": "<p>also html</p>"},
        ],
    )
    code, lines = cli("ingest", "--db", str(tmp_path / "s.duckdb"), str(feed))
    assert code == 0, lines
    assert stored_ids(tmp_path / "s.duckdb") == ["good-0", "good-1", "good-2"]
    for n, says in [(2, "already used"), (3, "'title' is a list"), (4, "'id' must be"),
                    (5, "'text' must be a string"), (6, "both text and html")]:  # fmt: skip
        mine = [ln for ln in lines if f"f.jsonl:{n}" in ln or f"line {n}:" in ln]
        assert len(mine) == 1 and says in mine[0], (n, lines)


# -- row 8: bad CLI and API values -----------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["events", "--since", "notadate"], "--since"),
        (["events", "--until", "2023-02-30"], "--until"),
        (["events", "--limit", "-1"], "--limit"),
        (["export", "-f", "jsonl", "-o", "/no/such/folder/x.jsonl"], "does not exist"),
        (["export", "-f", "csv", "-o", "/proc/x.csv"], "--output"),
    ],
)
def test_row8_bad_cli_values_are_one_line_and_exit_2(
    tmp_path: Path, args: list[str], says: str
) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    code, lines = cli(*args, "--db", str(db))
    assert code == 2 and len(lines) == 1 and says in lines[0], lines


@pytest.mark.parametrize(
    "params", [{"since": "2023-02-30"}, {"until": "notadate"}, {"limit": -1}, {"offset": -5}]
)
def test_row8_bad_api_values_are_422_with_security_headers(
    served: tuple[TestClient, Store], params: dict[str, object]
) -> None:
    client, _ = served
    res = client.get("/api/events", params=params)
    assert res.status_code == 422 and has_security_headers(res)


# -- row 9: short English news full of names and acronyms -------------------------------------
def test_row9_short_english_news_is_stored(tmp_path: Path) -> None:
    assert detect(UN_NEWS).code == "en"
    feed = write_jsonl(tmp_path / "f.jsonl", [{"id": "un", "text": UN_NEWS}])
    code, lines = cli("ingest", "--db", str(tmp_path / "s.duckdb"), str(feed))
    assert code == 0 and stored_ids(tmp_path / "s.duckdb") == ["un"], lines


# -- row 10: serve beyond loopback, serve on a typo -------------------------------------------
def test_row10_serve_on_a_typo_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo.duckdb"
    code, lines = cli("serve", "--db", str(typo))
    assert code == 1 and len(lines) == 1 and "no store at" in lines[0]
    assert not typo.exists()


def test_row10_serve_beyond_loopback_warns_prints_its_url_and_refuses_writes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tacitus", "serve", "--db", str(db), "--host", "0.0.0.0",
         "--port", str(port), "--workers", "1"],
        stderr=subprocess.PIPE, text=True, env=env(),
    )  # fmt: skip
    try:
        assert server.stderr is not None
        first, second = server.stderr.readline(), server.stderr.readline()
    finally:
        server.terminate()
        server.wait(30)
    assert first.startswith("WARNING") and "refused" in first
    assert f"http://0.0.0.0:{port}/" in second
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(Settings(db=str(db)), store, token="", exposed=True))
        res = client.post("/api/extract", json={"text": GOOD[0]})
    assert res.status_code == 403 and has_security_headers(res)


# -- the property: random field values beside good articles -----------------------------------
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
HOSTILE = st.fixed_dictionaries(
    {},
    optional={k: VALUES for k in ("id", "text", "html", "title", "url", "source", "published")},
)


@pytest.fixture(scope="module")
def shared_pipeline() -> Pipeline:
    return Pipeline(Settings(workers=1))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(hostile=st.lists(HOSTILE, min_size=1, max_size=4), where=st.integers(0, 4))
def test_every_good_article_is_stored_exactly_once(
    tmp_path: Path, shared_pipeline: Pipeline, hostile: list[dict[str, object]], where: int
) -> None:
    goods = [good(k) for k in range(2)]
    records: list[object] = [*hostile]
    records[where % (len(records) + 1) : where % (len(records) + 1)] = goods
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with open_store(":memory:") as store:
        summary = ingest_paths([str(feed)], store, Settings(workers=1), pipeline=shared_pipeline)
        ids = store.all_ids()
    for g in goods:
        assert ids.count(g["id"]) == 1, summary.problems
    assert summary.read == len(records)


def test_raw_articles_carry_no_unchecked_date() -> None:
    """Whatever a JSONL record says, what passes the edge is an ISO date or nothing."""
    feed = [{"text": GOOD[0], "published": v} for v in ("2024-02-30", "Friday", "1e99", 1e99)]
    lines = iter(json.dumps(r).encode() + b"\n" for r in feed)
    from tacitus.ingest import read_jsonl

    for item in read_jsonl(lines, "<feed>"):
        assert isinstance(item, RawArticle) and item.published is None and item.warnings


def test_row7_an_id_reused_by_a_later_run_for_another_text_is_reported(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    first = write_jsonl(tmp_path / "a.jsonl", [good(0), good(1)])
    assert cli("ingest", "--db", db, str(first))[0] == 0
    again = write_jsonl(
        tmp_path / "b.jsonl",
        [good(1), {"id": "good-0", "text": "Another text. Police detained six men in Lagos."}],
    )
    code, lines = cli("ingest", "--db", db, str(again))
    assert code == 0, lines
    mine = [ln for ln in lines if "good-0" in ln]
    assert len(mine) == 1 and "different text" in mine[0], lines
    assert not [ln for ln in lines if "good-1" in ln and "different" in ln], lines
    assert any("already stored 1" in ln and "failed 1" in ln for ln in lines), lines
    assert stored_ids(tmp_path / "s.duckdb") == ["good-0", "good-1"]
