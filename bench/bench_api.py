"""Benchmark ``tacitus serve`` on a generated 100,000-event store (loopback only).

Prints: the store build time, the dashboard's first view (cold page load until the overview
has drawn, in Debian's chromium when present, else the same requests over HTTP), and the
latency of a filtered event page under 20 concurrent clients (p50, p95, p99): once with
mixed filters (about 180 filters, each paged at up to four offsets, as analysts page through a
selection) and once with a distinct filter per request (the server remembers nothing useful).

    .venv/bin/python bench/bench_api.py [--events 100000] [--clients 20] [--requests 2000]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixtures.web.server import CHROMIUM, browser, serving
from tacitus import ontology
from tacitus.records import Actor, Article, Event, Place, Record
from tacitus.store import Store

SECTORS = ("GOV", "MIL", "REB", "CVL", "MED", "COP", "OPP")
EVENTS_PER_ARTICLE = 5
START = time.mktime((2021, 1, 1, 0, 0, 0, 0, 0, 0))


def world() -> tuple[list[Actor], list[Place]]:
    static = Path(str(files("tacitus"))) / "web" / "static" / "countries.json"
    countries = json.loads(static.read_text(encoding="utf-8"))[::3]
    places = [
        Place(c["capital"], country=c["iso3"], lat=c["lat"], lon=c["lon"], feature="city")
        for c in countries
    ]
    actors = [
        Actor(f"a{i}", f"{c['name']} {sec}", country=c["iso3"], sector=sec, code=c["iso3"] + sec)
        for i, (c, sec) in enumerate((c, s) for c in countries[:40] for s in SECTORS[:3])
    ]
    return actors, places


def make_records(n_events: int, seed: int = 7) -> list[Record]:
    rnd = random.Random(seed)
    actors, places = world()
    table = ontology.codes()
    cameos = sorted(c for c in table if len(c) == 3)
    start = START
    records = []
    for k in range(n_events // EVENTS_PER_ARTICLE):
        day = time.strftime("%Y-%m-%d", time.localtime(start + rnd.randrange(1095) * 86400))
        sentences, events = [], []
        for j in range(EVENTS_PER_ARTICLE):
            src, tgt = rnd.sample(actors, 2)
            code = table[rnd.choice(cameos)]
            place = rnd.choice(places)
            sent = f"{src.name} acted towards {tgt.name} in {place.name}."
            at = sum(len(s) + 1 for s in sentences)
            sentences.append(sent)
            events.append(
                Event(f"b{k}-e{j}", src, tgt, code.code, code.root, code.plover,
                      code.quad_class, code.goldstein, False, "asserted", sent,
                      (at, at + len(sent)), "acted", 0.5, "bench", day, "day", place)
            )  # fmt: skip
        art = Article(f"b{k}", " ".join(sentences), title=f"Bench article {k}", published=day)
        records.append(Record(art, events=tuple(events)))
    return records


def build_store(path: Path, n_events: int) -> float:
    t0 = time.perf_counter()
    records = make_records(n_events)
    with Store(path) as store:
        for i in range(0, len(records), 5000):
            store.add([(r, "bench") for r in records[i : i + 5000]])
    return time.perf_counter() - t0


def first_view_browser(base: str, runs: int) -> list[float]:
    times = []
    with browser() as b:
        for _ in range(runs):
            ctx = b.new_context(viewport={"width": 1280, "height": 860})  # cold cache
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(f"{base}/")
            page.wait_for_selector("body[data-ready=overview]", timeout=30_000)
            times.append(time.perf_counter() - t0)
            ctx.close()
    return times


FIRST_VIEW = [
    "/",
    "/static/app.js",
    "/static/charts.js",
    "/static/style.css",
    "/static/countries.json",
    "/api/timeline",
    "/api/network?limit=40",
    "/api/map",
    "/api/events?limit=25&offset=0",
    "/api/actors?limit=200",
    "/api/summary",
]


def first_view_http(port: int, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        with ThreadPoolExecutor(6) as pool:  # a browser opens about six connections
            list(pool.map(lambda u: get(port, u), FIRST_VIEW))
        times.append(time.perf_counter() - t0)
    return times


def get(port: int, url: str, conn: http.client.HTTPConnection | None = None) -> bytes:
    c = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", url)
    res = c.getresponse()
    body = res.read()
    if res.status != 200:
        raise RuntimeError(f"{url}: {res.status} {body[:200]!r}")
    return body


def filter_key(q: dict[str, str | int]) -> str:
    return repr(sorted((k, v) for k, v in q.items() if k not in ("limit", "offset")))


def filtered_pages(n: int, seed: int = 11, distinct: bool = False) -> list[str]:
    """``n`` filtered event pages; ``distinct``: no two share a filter (each has its own
    ``until`` day), so no request finds the server's remembered matches of another."""
    rnd = random.Random(seed)
    seen: set[str] = set()
    actors, _ = world()
    out = []
    for _ in range(n):
        q: dict[str, str | int] = {"limit": 50, "offset": rnd.choice((0, 0, 50, 200))}
        pick = rnd.randrange(4)
        if pick == 0:
            q["country"] = rnd.choice(actors).country or "USA"
        elif pick == 1:
            q["cameo"] = f"{rnd.randrange(1, 21):02d}"
        elif pick == 2:
            q["actor"] = rnd.choice(actors).name
        else:
            q["since"], q["until"] = "2022-03-01", "2022-06-30"
            q["quad_class"] = rnd.randrange(1, 5)
        while distinct and (key := filter_key(q)) in seen:
            day = START + rnd.randrange(430, 1096) * 86400  # after any since of this bench
            q["until"] = time.strftime("%Y-%m-%d", time.gmtime(day))
        if distinct:
            seen.add(key)
        out.append(f"/api/events?{urlencode(q)}")
    return out


def load_test(
    port: int, clients: int, requests: int, distinct: bool = False
) -> tuple[list[float], float]:
    urls = filtered_pages(requests, distinct=distinct)
    lat: list[float] = []
    lock = threading.Lock()

    def client(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for url in urls[i::clients]:
            t0 = time.perf_counter()
            get(port, url, conn)
            mine.append(time.perf_counter() - t0)
        with lock:
            lat.extend(mine)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return lat, time.perf_counter() - t0


def warm(port: int) -> bool:
    """Every worker has its fast pages (each new connection may reach another worker)."""
    return all(json.loads(get(port, "/api/summary"))["fast_pages"] for _ in range(12))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5, help="cold first-view loads")
    ap.add_argument("--db", help="reuse (or create) this store instead of a temporary one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.duckdb"
        if not db.exists():
            secs = build_store(db, args.events)
            print(f"store: {args.events:,} events built in {secs:.1f} s ({db})")
        with Store(db, read_only=True) as s:
            n = s.count("events")
        print(f"store: {n:,} events")
        with serving(db) as base:
            port = int(base.rsplit(":", 1)[1])
            t0 = time.perf_counter()  # warm-up: the page copy and first-view aggregates
            while not (ready := warm(port)) and time.perf_counter() - t0 < 120:
                time.sleep(0.2)
            print(f"server warm-up: {time.perf_counter() - t0:.1f} s (fast pages ready: {ready})")
            how = "chromium" if Path(CHROMIUM).exists() else "http"
            fv = (
                first_view_browser(base, args.runs)
                if how == "chromium"
                else first_view_http(port, args.runs)
            )
            med = statistics.median(fv)
            print(
                f"first view ({how}, cold, {args.runs} loads): median {med:.3f} s, "
                f"max {max(fv):.3f} s  (target <= 1 s)"
            )
            fvh = first_view_http(port, args.runs)
            print(f"first view requests over HTTP: median {statistics.median(fvh):.3f} s")
            one, _ = load_test(port, 1, args.requests // 10)
            print(
                f"filtered event page, 1 client, {len(one)} requests: "
                f"p50 {pct(one, 50) * 1000:.1f} ms, p95 {pct(one, 95) * 1000:.1f} ms"
            )
            for distinct, what in ((False, "mixed"), (True, "distinct")):
                lat, wall = load_test(port, args.clients, args.requests, distinct)
                print(
                    f"filtered event page, {args.clients} clients, {len(lat)} requests, "
                    f"{what} filters: p50 {pct(lat, 50) * 1000:.1f} ms, "
                    f"p95 {pct(lat, 95) * 1000:.1f} ms, p99 {pct(lat, 99) * 1000:.1f} ms, "
                    f"{len(lat) / wall:.0f} req/s  (target p95 <= 100 ms)"
                )


if __name__ == "__main__":
    main()
