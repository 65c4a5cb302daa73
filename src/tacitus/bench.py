"""``tacitus bench``: speed and memory, measured the way the targets are stated.

1. words/s of spaCy alone (``nlp.pipe`` over the cleaned texts) and of the full pipeline
   (every stage, one process), best of two passes each, on the same texts and word count;
2. articles/s of a whole ingest (coding, batched writes, dedup) into a fresh store with 1 and
   with N worker processes (N = the cores this process may use), timed after the workers have
   loaded the model, and the peak RSS of a worker;
3. on a synthetic store of 1,000,000 events: a filtered event page (``Store.events``, the
   query behind ``tacitus events`` and the HTTP API) and a country-by-month aggregate, each
   the median of 5 runs after one warm-up.

The default corpus is generated here from templates (news-style, a dateline, quotes);
``--corpus`` takes files, a directory or JSONL/Parquet shards instead.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError, InputError
from .jobs import IngestSummary, cpu_count, ingest_outcomes, open_coder, peak_rss_mb
from .pipeline import Pipeline
from .records import RawArticle
from .settings import Settings
from .store import DuckStore, Filters
from .store.synthetic import events_by_country_month, fill_events

N_EVENTS = 1_000_000


@dataclass
class Figures:
    articles: int
    words: int
    workers: int
    parser_wps: float
    pipeline_wps: float
    pipeline_vs_parser: float
    articles_per_s_1: float
    articles_per_s_n: float
    workers_speedup: float
    peak_rss_mb: float
    page_ms_1m_events: float
    aggregate_ms_1m_events: float


# -- corpus ---------------------------------------------------------------------------------
_CITIES = ["Nairobi", "Bogota", "Manila", "Beirut", "Kyiv", "Bamako", "Yangon", "Caracas"]
_STATES = ["Kenya", "Colombia", "the Philippines", "Lebanon", "Ukraine", "Mali", "Myanmar"]
_PARAS = [
    "{city}: Government forces and armed groups clashed near the border with {b} on {day}, "
    "killing at least {n} people, local officials said. The fighting forced hundreds of "
    "families to flee toward the provincial capital, where aid agencies set up camps.",
    '"We call on all sides to respect the ceasefire and return to talks," the foreign '
    "minister of {a} told reporters after meeting his counterpart from {b}. He said the two "
    "governments had agreed to set up a joint commission within {n} days.",
    "The United Nations envoy arrived in {city} on {day} for consultations with the president "
    "of {a} and opposition leaders. Diplomats said the visit was meant to revive a peace plan "
    "that stalled last year after a dispute over prisoner releases.",
    "Protesters gathered outside parliament in {city} to denounce rising fuel prices, and "
    "police used tear gas to disperse the crowd. An opposition spokesman accused the "
    "government of {a} of ignoring {n} petitions signed by workers and students.",
    "Officials in {b} rejected the accusations and said their troops had only returned fire. "
    "The defence ministry promised an investigation and said it would publish its findings "
    "before the end of the month.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def generate(n: int = 300) -> list[RawArticle]:
    """``n`` distinct articles of four paragraphs (about 170 words) from the templates."""
    out = []
    for k in range(n):
        vals = {
            "city": _CITIES[k % len(_CITIES)],
            "a": _STATES[k % len(_STATES)],
            "b": _STATES[(k * 3 + 1) % len(_STATES)],
            "day": _DAYS[k % len(_DAYS)],
            "n": 3 + k,
        }
        paras = [_PARAS[(k + j) % len(_PARAS)].format(**vals) for j in range(4)]
        out.append(RawArticle(f"<bench {k}>", text="\n\n".join(paras)))
    return out


def load_corpus(path: str) -> list[RawArticle]:
    from .ingest import read_inputs
    from .scale import SHARD_SUFFIXES, list_shards, read_shard

    folder = Path(path)
    if path.endswith(SHARD_SUFFIXES) or (
        folder.is_dir() and any(f.name.endswith(SHARD_SUFFIXES) for f in folder.rglob("*"))
    ):
        items: Iterable[Any] = (r for s in list_shards([path]) for r in read_shard(s))
    else:
        items = read_inputs([path])
    raws = [r for r in items if not isinstance(r, InputError)]
    if not raws:
        raise ConfigError(f"no readable articles in {path}")
    return raws


# -- 1. spaCy alone vs the pipeline ---------------------------------------------------------
def words_per_second(settings: Settings, raws: list[RawArticle]) -> tuple[float, float, int]:
    from .nlp import load_model

    pipe = Pipeline(settings)
    clean = pipe.stages[0]
    texts = [d.article.text for r in raws if (d := clean(_doc(r))).article is not None]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model(settings.model)
    list(pipe.run(raws[:16]))  # warm both: model, lexicons, gazetteers
    parser = pipeline = float("inf")
    # the best of three alternating runs each: a shared machine's noise only ever slows a run
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        parser = min(parser, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _outcome in pipe.run(raws):
            pass
        pipeline = min(pipeline, time.perf_counter() - t0)
    return words / parser, words / pipeline, words


def _doc(raw: RawArticle) -> Any:
    from .pipeline import Document

    return Document(raw)


# -- 2. workers -----------------------------------------------------------------------------
def ingest_rate(settings: Settings, raws: list[RawArticle], workers: int) -> tuple[float, float]:
    """Articles/s of a whole ingest into a fresh store, and the peak RSS (MB) of a worker."""
    s = settings.with_(workers=workers)
    with (
        tempfile.TemporaryDirectory() as tmp,
        DuckStore(Path(tmp) / "b.duckdb") as store,
        open_coder(s, frozenset()) as coder,
    ):
        warm = getattr(coder, "warm", None)
        if warm is not None:
            warm()
        else:
            list(coder.run(raws[:16]))
        t0 = time.perf_counter()
        ingest_outcomes(coder.run(raws), store, s, IngestSummary())
        dt = time.perf_counter() - t0
        rss = coder.peak_rss_mb()
    return len(raws) / dt, rss


# -- 3. queries on 1,000,000 events -----------------------------------------------------------
_COUNTRIES = (  # noqa: SIM905 - a list of 52 codes reads better as one string
    "AFG PAK IND CHN USA RUS UKR SYR IRQ IRN ISR PSE EGY LBY SDN SSD ETH SOM KEN NGA MLI NER "
    "BFA TCD CAF COD COL VEN MEX BRA PER CHL ARG GBR FRA DEU TUR SAU YEM QAT JOR LBN MMR THA "
    "PHL IDN BGD LKA NPL KOR PRK JPN"
).split()


def _median_ms(fn: Callable[[], object], runs: int = 5) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def query_latency(n_events: int = N_EVENTS) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp, DuckStore(Path(tmp) / "q.duckdb") as store:
        fill_events(store, n_events, _COUNTRIES)
        page = Filters(country="AFG", root="19", since="2019-01-01")
        page_ms = _median_ms(lambda: store.events(page, limit=50))
        agg_ms = _median_ms(lambda: events_by_country_month(store))
    return page_ms, agg_ms


# -- the command ------------------------------------------------------------------------------
def measure(
    settings: Settings,
    raws: list[RawArticle],
    n_events: int = N_EVENTS,
    note: Callable[[str], object] = lambda _m: None,
) -> Figures:
    n = max(cpu_count(), 1)
    note(f"timing spaCy alone and the full pipeline on {len(raws)} articles (best of 2)")
    parser_wps, pipeline_wps, words = words_per_second(settings.with_(workers=1), raws)
    note("timing a whole ingest with 1 worker")
    rate_1, rss_1 = ingest_rate(settings, raws, 1)
    note(f"timing a whole ingest with {n} workers")
    rate_n, rss_n = ingest_rate(settings, raws, n) if n > 1 else (rate_1, rss_1)
    note(f"building a store of {n_events:,} synthetic events and timing two queries")
    page_ms, agg_ms = query_latency(n_events)
    return Figures(
        articles=len(raws),
        words=words,
        workers=n,
        parser_wps=round(parser_wps),
        pipeline_wps=round(pipeline_wps),
        pipeline_vs_parser=round(pipeline_wps / parser_wps, 3),
        articles_per_s_1=round(rate_1, 1),
        articles_per_s_n=round(rate_n, 1),
        workers_speedup=round(rate_n / rate_1, 2),
        peak_rss_mb=round(rss_n if n > 1 else rss_1, 1),
        page_ms_1m_events=round(page_ms, 1),
        aggregate_ms_1m_events=round(agg_ms, 1),
    )


def report(f: Figures) -> list[str]:
    return [
        f"corpus: {f.articles} articles, {f.words} words",
        f"spaCy alone:    {f.parser_wps:,.0f} words/s",
        f"full pipeline:  {f.pipeline_wps:,.0f} words/s "
        f"({f.pipeline_vs_parser:.0%} of spaCy alone; target 70%)",
        f"ingest, 1 worker:  {f.articles_per_s_1:,.1f} articles/s",
        f"ingest, {f.workers} workers: {f.articles_per_s_n:,.1f} articles/s "
        f"({f.workers_speedup:.2f}x; target 1.7x with 2)",
        f"peak RSS per worker: {f.peak_rss_mb:,.0f} MB (target 1,536 MB)",
        f"1,000,000 events: filtered page {f.page_ms_1m_events:.1f} ms (target 100), "
        f"country-by-month aggregate {f.aggregate_ms_1m_events:.1f} ms (target 300)",
        f"(this process peaked at {peak_rss_mb():,.0f} MB)",
    ]


def run(
    settings: Settings, corpus: str | None, as_json: bool, emit: Callable[..., Any] = print
) -> None:
    raws = load_corpus(corpus) if corpus else generate()
    figures = measure(settings, raws, note=lambda m: emit(f"... {m}"))
    for line in report(figures):
        emit(line)
    if as_json:
        emit(json.dumps(asdict(figures), sort_keys=True))
