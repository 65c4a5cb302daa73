"""Library-level jobs the CLI and the HTTP API call: ingest into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import InputError
from .ingest import read_inputs
from .pipeline import Outcome, Pipeline
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
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"read {self.read}, new {self.new}, already stored {self.existing}, "
            f"skipped {self.skipped}, failed {self.failed}; "
            f"events {self.events}; quotes {self.quotes}"
        )


Progress = Callable[[int], None]


def split_inputs(
    items: Iterable[RawArticle | InputError],
    summary: IngestSummary,
    on_problem: Callable[[str], None],
) -> Iterator[RawArticle]:
    """Pass articles on; count and report unreadable inputs."""
    for item in items:
        if isinstance(item, InputError):
            summary.read += 1
            summary.failed += 1
            summary.problems.append(str(item))
            on_problem(str(item))
        else:
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
    pipe = pipeline or Pipeline(settings)
    raws = split_inputs(read_inputs(paths), summary, on_problem)
    batch: list[tuple[Record, str]] = []
    for outcome in pipe.run(raws, known=store.has):
        summary.read += 1
        _count(outcome, summary, on_problem)
        if outcome.record is not None:
            batch.append((outcome.record, outcome.origin))
        if len(batch) >= settings.batch_size:
            _flush(store, batch, summary)
        on_progress(1)
    _flush(store, batch, summary)
    return summary


def _count(outcome: Outcome, summary: IngestSummary, on_problem: Callable[[str], None]) -> None:
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


def _flush(store: Store, batch: list[tuple[Record, str]], summary: IngestSummary) -> None:
    if not batch:
        return
    res = store.add(batch)
    summary.new += res.new
    summary.existing += res.existing
    summary.events += res.events
    summary.quotes += res.quotes
    batch.clear()
