"""Library-level jobs the CLI and the HTTP API call: ingest into a store.

With ``workers > 1`` the stages run in that many worker processes, each loading the model
once; the calling process is the one writer, storing each batch in one transaction. With
``workers == 1`` everything runs in the calling process.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Protocol

from .errors import InputError, StageError
from .ingest import read_inputs
from .pipeline import Outcome, Pipeline, text_digest
from .records import RawArticle, Record
from .settings import Settings
from .store import Store


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    existing: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    warnings: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        warned = f", {self.warnings} warning(s)" if self.warnings else ""
        return (
            f"read {self.read}, new {self.new}, already stored {self.existing}, "
            f"skipped {self.skipped}, failed {self.failed}; "
            f"events {self.events}; quotes {self.quotes}{warned}"
        )


Progress = Callable[[int], None]

#: Inputs with fewer articles than this are coded in the calling process, whatever --workers.
SMALL_INPUT = 64


def cpu_count() -> int:
    """Cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolve_workers(workers: int) -> int:
    return workers if workers > 0 else cpu_count()


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Coder(Protocol):
    """Turns raw articles into outcomes, in input order."""

    def run(self, raws: Iterable[RawArticle]) -> Iterator[Outcome]: ...

    def peak_rss_mb(self) -> float: ...


class LocalCoder:
    """The single-process path: the stages run in the calling process."""

    def __init__(self, pipeline: Pipeline, known: Callable[[str], bool] | None) -> None:
        self.pipeline = pipeline
        self.known = known

    def run(self, raws: Iterable[RawArticle]) -> Iterator[Outcome]:
        return self.pipeline.run(raws, known=self.known)

    def peak_rss_mb(self) -> float:
        return peak_rss_mb()


# -- worker processes ---------------------------------------------------------------------
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
_WORKER: dict[str, object] = {}


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (a ``kill -9`` leaves no orphans)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: orphans end when their queue closes
        pass


def _init_worker(settings: Settings, known: frozenset[str]) -> None:
    _die_with_parent()
    pipe = Pipeline(settings)
    list(pipe.run([RawArticle("<warm-up>", text="The minister met the envoy.")]))
    _WORKER["pipeline"] = pipe
    _WORKER["known"] = known


def _work(raws: list[RawArticle]) -> tuple[list[Outcome], float]:
    pipe = _WORKER["pipeline"]
    known = _WORKER["known"]
    assert isinstance(pipe, Pipeline) and isinstance(known, frozenset)
    return list(pipe.run(raws, known=known.__contains__)), peak_rss_mb()


def _ping(_: int) -> int:
    import time

    time.sleep(0.2)
    return os.getpid()


class PoolCoder:
    """N worker processes; batches go out in order, at most ``2 * N`` in flight."""

    def __init__(self, settings: Settings, workers: int, known: frozenset[str]) -> None:
        self.settings = settings
        self.workers = workers
        ctx = multiprocessing.get_context("spawn")  # no DuckDB or spaCy state copied by fork
        self.pool = ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(settings, known)
        )
        self._rss = 0.0
        # One thread of linear algebra per worker: N workers already fill N cores, and BLAS
        # threads on top of them spin against each other. Workers start on demand, so the
        # variables stay set (for spawned children only) until the pool closes.
        self._env = {k: os.environ.get(k) for k in _THREAD_VARS}
        for k in _THREAD_VARS:
            os.environ.setdefault(k, "1")

    def warm(self) -> None:
        """Wait until every worker has loaded the model (benchmarks time the steady state)."""
        pids: set[int] = set()
        while len(pids) < self.workers:
            pids.update(self.pool.map(_ping, range(self.workers)))

    def run(self, raws: Iterable[RawArticle]) -> Iterator[Outcome]:
        it = iter(raws)
        size = self.settings.batch_size
        pending: deque[Future[tuple[list[Outcome], float]]] = deque()
        while True:
            while len(pending) < 2 * self.workers and (chunk := list(islice(it, size))):
                pending.append(self.pool.submit(_work, chunk))
            if not pending:
                return
            try:
                outcomes, rss = pending.popleft().result()
            except BrokenProcessPool as exc:
                raise StageError(
                    f"a worker process died ({exc})",
                    hint="rerun: stored batches are kept; try fewer --workers if memory is short",
                ) from exc
            self._rss = max(self._rss, rss)
            yield from outcomes

    def peak_rss_mb(self) -> float:
        return self._rss

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        for k, v in self._env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextmanager
def open_coder(
    settings: Settings,
    known: Callable[[str], bool] | frozenset[str] | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[LocalCoder | PoolCoder]:
    """A coder for ``settings.workers`` (0 = all cores). ``known`` ids are skipped after clean.

    Worker processes get ``known`` as a snapshot set taken now (the writer still checks every
    id again when it stores a batch).
    """
    n = resolve_workers(settings.workers)
    if n <= 1:
        check = known.__contains__ if isinstance(known, frozenset) else known
        yield LocalCoder(pipeline or Pipeline(settings), check)
        return
    snapshot = known if isinstance(known, frozenset) else frozenset()
    coder = PoolCoder(settings, n, snapshot)
    try:
        yield coder
    finally:
        coder.close()


def split_inputs(
    items: Iterable[RawArticle | InputError],
    summary: IngestSummary,
    on_problem: Callable[[str], None],
) -> Iterator[RawArticle]:
    """Pass articles on; count and report unreadable inputs, report what reading dropped."""
    for item in items:
        if isinstance(item, InputError):
            summary.read += 1
            summary.failed += 1
            summary.problems.append(str(item))
            on_problem(str(item))
            continue
        for warning in item.warnings:
            summary.warnings += 1
            summary.problems.append(warning)
            on_problem(f"warning: {warning}")
        yield item


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    on_problem: Callable[[str], None] = lambda _m: None,
    on_progress: Progress = lambda _n: None,
    pipeline: Pipeline | None = None,
) -> IngestSummary:
    """Read, code and store every article under ``paths``; one batch, one transaction."""
    summary = IngestSummary()
    raws = split_inputs(read_inputs(paths), summary, on_problem)
    head = list(islice(raws, SMALL_INPUT))
    if len(head) < SMALL_INPUT:  # a few articles: starting workers costs more than it saves
        settings = settings.with_(workers=1)
    known = frozenset(store.all_ids())  # the writer checks each id again as it stores
    with open_coder(settings, known, pipeline) as coder:
        outcomes = coder.run(chain(head, raws))
        ingest_outcomes(outcomes, store, settings, summary, on_problem, on_progress)
    return summary


def ingest_outcomes(
    outcomes: Iterable[Outcome],
    store: Store,
    settings: Settings,
    summary: IngestSummary,
    on_problem: Callable[[str], None] = lambda _m: None,
    on_progress: Progress = lambda _n: None,
) -> IngestSummary:
    """The writer: count outcomes, store records in batches, link duplicates after each."""
    store.dedup()  # finish what a killed run left pending
    batch: list[tuple[Record, str]] = []
    stored_before: list[Outcome] = []  # skipped as stored under an id the input gave
    for outcome in outcomes:
        summary.read += 1
        _count(outcome, summary, on_problem)
        if outcome.record is not None:
            batch.append((outcome.record, outcome.origin))
        elif outcome.digest is not None:
            stored_before.append(outcome)
        if len(batch) >= settings.batch_size:
            _flush(store, batch, summary, on_problem)
        if len(stored_before) >= settings.batch_size:
            _same_text(store, stored_before, summary, on_problem)
        on_progress(1)
    _flush(store, batch, summary, on_problem)
    _same_text(store, stored_before, summary, on_problem)
    return summary


def _same_text(
    store: Store, outcomes: list[Outcome], summary: IngestSummary, on_problem: Callable[[str], None]
) -> None:
    """An id already stored with another text (a later run reusing it) is reported, not
    counted as stored: the stored article stays as it was."""
    texts = store.stored_texts(o.article_id for o in outcomes if o.article_id)
    for o in outcomes:
        stored = texts.get(o.article_id or "")
        if stored is not None and text_digest(stored) != o.digest:
            summary.existing -= 1
            summary.failed += 1
            msg = (
                f"{o.origin}: id {o.article_id!r} is already stored with a different text;"
                " not stored"
            )
            summary.problems.append(msg)
            on_problem(msg)
    outcomes.clear()


def _count(outcome: Outcome, summary: IngestSummary, on_problem: Callable[[str], None]) -> None:
    for e in outcome.record.errors if outcome.record else ():
        if e.stage == "clean":  # a cut text or a dropped date: the article is kept, say so
            summary.warnings += 1
            summary.problems.append(f"{outcome.origin}: {e.message}")
            on_problem(f"warning: {outcome.origin}: {e.message}")
    if outcome.failed:
        summary.failed += 1
        msg = f"{outcome.origin}: {outcome.failed}"
        summary.problems.append(msg)
        on_problem(msg)
    elif outcome.skipped == "already stored":
        summary.existing += 1
    elif outcome.skipped:
        summary.skipped += 1
        msg = f"{outcome.origin}: skipped: {outcome.skipped}"
        summary.problems.append(msg)
        on_problem(msg)


def _flush(
    store: Store,
    batch: list[tuple[Record, str]],
    summary: IngestSummary,
    on_problem: Callable[[str], None],
) -> None:
    """Store one batch through the store's one writer (dedup included)."""
    if not batch:
        return
    res = store.add(batch)
    summary.new += res.new
    summary.existing += res.existing
    summary.events += res.events
    summary.quotes += res.quotes
    for problem in res.failed:
        summary.failed += 1
        summary.problems.append(problem)
        on_problem(problem)
    batch.clear()
