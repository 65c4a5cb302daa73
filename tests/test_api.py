"""The HTTP API over a store of hand-coded test articles (no model needed unless marked)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from fixtures.web.store import plain_records
from tacitus.api import MAX_BODY, create_app
from tacitus.records import Record
from tacitus.settings import Settings
from tacitus.store import Store

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return plain_records()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, records: list[Record]) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    with Store(path) as s:
        s.add([(r, "test") for r in records])
        yield s


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(Settings(db=store.path), store, token=""))


def events_of(records: list[Record]) -> list:
    return [e for r in records for e in r.events]


def test_event_page_counts_and_paginates(client: TestClient, records: list[Record]) -> None:
    n = len(events_of(records))
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["total"] == n and len(first["items"]) == 5
    rest = client.get("/api/events", params={"limit": 500, "offset": 5}).json()
    ids = [e["id"] for e in first["items"] + rest["items"]]
    assert sorted(ids) == sorted(e.id for e in events_of(records))
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("limit", [0, 501])
def test_limit_is_bounded(client: TestClient, limit: int) -> None:
    assert client.get("/api/events", params={"limit": limit}).status_code == 422


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        (
            {"actor": "lindqvist"},
            lambda e: "Lindqvist" in f"{e.source.name}{e.target and e.target.name}",
        ),
        ({"country": "ken"}, lambda e: "KEN" in (e.source.country, e.target and e.target.country)),
        ({"cameo": "19"}, lambda e: e.cameo.startswith("19")),
        ({"root": "4"}, lambda e: e.root == "04"),
        ({"quad_class": 4}, lambda e: e.quad_class == 4),
        (
            {"since": "2024-03-07", "until": "2024-03-08"},
            lambda e: "2024-03-07" <= e.date <= "2024-03-08",
        ),
        ({"place": "Nairobi"}, lambda e: e.place.name == "Nairobi"),
        ({"text": "shelled"}, lambda e: "shelled" in e.sentence),
        (
            {"source": "Rapid Support", "target": "army"},
            lambda e: e.source.name == "Rapid Support Forces" and e.target.name == "Sudanese army",
        ),
    ],
)
def test_filters_match_the_records(client: TestClient, records: list[Record], params, keep) -> None:
    got = client.get("/api/events", params={**params, "limit": 500}).json()["items"]
    want = sorted(e.id for e in events_of(records) if keep(e))
    assert want, "a filter test needs matching events"
    assert sorted(e["id"] for e in got) == want


def test_bad_filter_values_are_rejected(client: TestClient) -> None:
    for params in ({"since": "yesterday"}, {"cameo": "04; DROP"}, {"country": "KENYA"}):
        assert client.get("/api/events", params=params).status_code == 422


def test_one_event_one_article_and_404(client: TestClient, records: list[Record]) -> None:
    ev = records[0].events[0]
    assert client.get(f"/api/events/{ev.id}").json()["sentence"] == ev.sentence
    rec = client.get(f"/api/articles/{records[0].article.id}").json()
    assert rec["schema"] == "tacitus/1" and rec["article"]["text"] == records[0].article.text
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_timeline_aggregates_per_day_and_class(client: TestClient, records: list[Record]) -> None:
    rows = client.get("/api/timeline").json()
    want = Counter((e.date, e.quad_class) for e in events_of(records))
    assert {(r["date"], r["quad_class"]): r["n"] for r in rows} == dict(want)
    filtered = client.get("/api/timeline", params={"quad_class": 4}).json()
    assert filtered and {r["quad_class"] for r in filtered} == {4}


def test_network_weights_and_goldstein(client: TestClient, records: list[Record]) -> None:
    edges = client.get("/api/network").json()
    pairs: dict[tuple[str, str], list[float]] = {}
    for e in events_of(records):
        if e.target and e.source.name != e.target.name:
            pairs.setdefault((e.source.name, e.target.name), []).append(e.goldstein)
    assert {(x["source"], x["target"]): x["n"] for x in edges} == {
        k: len(v) for k, v in pairs.items()
    }
    for x in edges:
        gs = pairs[(x["source"], x["target"])]
        assert x["goldstein"] == pytest.approx(sum(gs) / len(gs), abs=0.01)
    counts = [x["n"] for x in edges]
    assert counts == sorted(counts, reverse=True)


def test_map_counts_places(client: TestClient, records: list[Record]) -> None:
    rows = client.get("/api/map").json()
    want = Counter(e.place.name for e in events_of(records))
    assert {r["name"]: r["n"] for r in rows} == dict(want)
    assert all(-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180 for r in rows)


def test_itinerary_is_visits_and_meetings_in_date_order(client: TestClient) -> None:
    stops = client.get("/api/itinerary", params={"actor": "Lindqvist"}).json()
    assert stops and all(s["cameo"].startswith("04") for s in stops)
    assert [s["date"] for s in stops] == sorted(s["date"] for s in stops)
    places = list(dict.fromkeys(s["place_name"] for s in stops))
    assert places == ["Nairobi", "Addis Ababa", "Port Sudan"]


def test_actor_profile_and_quotes(client: TestClient) -> None:
    prof = client.get("/api/actors/Daniel Ochieng").json()
    assert prof["roles"][0]["country"] == "KEN" and prof["quotes"] == 1
    assert {p["partner"] for p in prof["partners"]} == {"Maria Lindqvist"}
    assert client.get("/api/actors/Nobody Here").status_code == 404
    quotes = client.get("/api/quotes", params={"speaker": "ochieng"}).json()["items"]
    assert [q["speaker_name"] for q in quotes] == ["Daniel Ochieng"]
    speakers = {s["name"]: s["n"] for s in client.get("/api/speakers").json()}
    assert speakers["Maria Lindqvist"] == 1


def test_lists_of_actors_places_articles(client: TestClient, records: list[Record]) -> None:
    actors = client.get("/api/actors", params={"country": "SDN"}).json()["items"]
    assert actors and all(a["country"] == "SDN" for a in actors)
    places = client.get("/api/places", params={"place": "Port"}).json()["items"]
    assert [p["name"] for p in places] == ["Port Sudan"]
    arts = client.get("/api/articles", params={"text": "El Fasher"}).json()["items"]
    assert {a["id"] for a in arts} == {
        r.article.id for r in records if "El Fasher" in r.article.text
    }
    assert client.get("/api/places/Darfur").json()["country"] == "SDN"


def test_openapi_and_docs_are_served_without_a_cdn(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/timeline", "/api/extract", "/api/articles"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    assert "http" not in docs.text.replace('href="/', "")


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    res = client.post("/api/articles", json=[{"text": "Some article text."}])
    assert res.status_code == 403 and "writes are off" in res.json()["detail"]


def test_writes_need_the_right_token(store: Store) -> None:
    client = TestClient(create_app(Settings(db=store.path), store, token=TOKEN))
    body = [{"text": "Some article text."}]
    assert client.post("/api/articles", json=body).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert client.post("/api/articles", json=body, headers=wrong).status_code == 403


def test_request_size_limits(client: TestClient) -> None:
    big = {"text": "x" * (MAX_BODY + 10)}
    assert client.post("/api/extract", json=big).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit still holds
        yield b'{"text": "'
        for _ in range(MAX_BODY // 50_000 + 2):
            yield b"y" * 50_000
        yield b'"}'

    res = client.post(
        "/api/extract", content=chunks(), headers={"content-type": "application/json"}
    )
    assert res.status_code == 413


@pytest.mark.model
def test_extract_returns_a_record_and_ingest_stores_it(store: Store, tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(db=store.path), store, token=TOKEN))
    text = "ASMARA: The two delegations met in Asmara on Tuesday to discuss the border."
    res = client.post("/api/extract", json={"text": text, "published": "2024-05-07"})
    assert res.status_code == 200
    rec = res.json()
    assert rec["schema"] == "tacitus/1" and rec["article"]["text"].startswith("ASMARA")
    assert client.get(f"/api/articles/{rec['article']['id']}").status_code == 404  # stateless
    auth = {"Authorization": f"Bearer {TOKEN}"}
    res = client.post("/api/articles", json=[{"text": text, "title": "Border talks"}], headers=auth)
    assert res.status_code == 201 and res.json()["new"] == 1
    stored = client.get(f"/api/articles/{res.json()['ids'][0]}").json()
    assert stored["article"]["title"] == "Border talks"
    again = client.post("/api/articles", json=[{"text": text}], headers=auth).json()
    assert again["new"] == 0 and again["existing"] == 1


PAGE_CASES = [
    {},
    {"actor": "lindqvist"},
    {"cameo": "04"},
    {"country": "SDN", "quad_class": 4},
    {"since": "2024-03-06"},
    {"source": "Maria", "target": "Kamal"},
    {"text": "nobody wrote this"},
]


@pytest.mark.parametrize("params", PAGE_CASES)
def test_fast_pages_match_the_store_file(store: Store, params: dict) -> None:
    from tacitus.store import EventQuery, Filters, Reader

    reader = Reader(store)
    src, tgt = params.pop("source", None), params.pop("target", None)
    q = EventQuery(Filters(**params), source=src, target=tgt)
    assert not reader.pages.ready
    from_file = [reader.events(q, limit, offset) for limit, offset in ((3, 0), (3, 3), (50, 0))]
    reader.pages.refresh(wait=True)
    assert reader.pages.ready
    from_copy = [reader.events(q, limit, offset) for limit, offset in ((3, 0), (3, 3), (50, 0))]
    assert from_copy == from_file
    dates = [e["date"] for e in from_file[2]["items"]]
    assert dates == sorted(dates, reverse=True)


def test_first_view_aggregates_are_remembered_until_a_write(
    tmp_path: Path, records: list[Record]
) -> None:
    from tacitus.store import EventQuery, Reader

    with Store(tmp_path / "memo.duckdb") as store:
        store.add([(r, "test") for r in records[:2]])
        reader = Reader(store)
        reader.warm()
        before = sum(r["n"] for r in reader.timeline(EventQuery()))
        assert before == sum(len(r.events) for r in records[:2])
        store.add([(r, "test") for r in records[2:]])
        reader.refresh()
        after = sum(r["n"] for r in reader.timeline(EventQuery()))
        assert after == len(events_of(records))
        places = {p["name"] for p in reader.event_places(EventQuery(), 300)}
        assert places == {e.place.name for e in events_of(records)}
        reader.close()


def test_workers_read_only_and_one_process_when_writes_are_on(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tacitus.api import open_for_serving, serving_workers
    from tacitus.errors import StoreError

    settings = Settings(db=str(store.path))
    monkeypatch.delenv("TACITUS_TOKEN", raising=False)
    assert serving_workers(settings, 3) == 3
    assert serving_workers(settings, None) >= 1
    monkeypatch.setenv("TACITUS_TOKEN", "s3cret-token-of-the-test")
    assert serving_workers(settings, 3) == 1  # the store is read-write: DuckDB allows one
    monkeypatch.delenv("TACITUS_TOKEN")
    missing = Settings(db=str(Path(store.path).parent / "typo.duckdb"))
    with pytest.raises(StoreError, match="no store at"):  # a typo never creates a store
        open_for_serving(missing)
    assert not Path(missing.db).exists()


def test_worker_socket_is_marked_tcp() -> None:
    import socket

    from tacitus.api import tcp

    plain = socket.socket(socket.AF_INET)
    marked = tcp(plain)
    try:
        assert marked.proto == socket.IPPROTO_TCP and marked.family == socket.AF_INET
    finally:
        marked.close()
