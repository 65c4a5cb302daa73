"""Beyond one machine: the same stage code on a Dask distributed cluster.

Input is sharded: a directory, glob or list of JSONL, JSONL.gz or Parquet files (fields
``id``, ``text`` or ``html``, ``title``, ``url``, ``source``, ``published``). Each shard is one
Dask task: a worker codes it with the ordinary :class:`~tacitus.pipeline.Pipeline` (built once
per worker process) and writes one Parquet file per table and publication month,
``<out>/<table>/month=YYYY-MM/<shard key>.parquet``, then a ``_done/<shard key>.json`` marker.

Writes are idempotent: file names depend only on the shard, each file appears by an atomic
rename, and a rerun or a retry (Dask reschedules the tasks of a worker that dies) rewrites the
same names instead of adding rows; shards with a marker are skipped, so a killed run resumes.
Readers keep one copy of each article id (an article in two shards is stored once).

The folder is a store of its own (:class:`tacitus.store.ParquetStore`, read in place), and
:func:`tacitus.store.load_parquet` copies it into a DuckDB store file through that store's
one writer. This module knows no SQL.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .errors import ConfigError, InputError
from .ingest import raw_from_fields, read_file
from .jobs import IngestSummary, resolve_workers
from .pipeline import Pipeline
from .records import RawArticle, Record
from .settings import Settings
from .store import load_parquet, open_store

__all__ = ["code_shard", "ingest_dask", "list_shards", "load_parquet", "read_shard", "run_dask"]
from .store.parquet import atomic_write, write_records
from .text import stable_id

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
FIELDS = ("id", "text", "html", "title", "url", "source", "published")
DONE = "_done"


# -- input ----------------------------------------------------------------------------------
def list_shards(paths: Iterable[str]) -> list[Path]:
    """Shard files under ``paths`` (files, directories searched recursively, globs), sorted."""
    found: set[Path] = set()
    for p in paths:
        hits = [Path(h) for h in glob.glob(p, recursive=True)] or [Path(p)]
        for h in hits:
            if h.is_dir():
                found.update(f for f in h.rglob("*") if f.is_file() and _is_shard(f))
            elif h.is_file() and _is_shard(h):
                found.add(h)
    if not found:
        raise ConfigError(
            f"no shard files in {', '.join(paths)}",
            hint="--dask reads .jsonl, .jsonl.gz and .parquet files",
        )
    return sorted(found)


def _is_shard(path: Path) -> bool:
    return path.name.endswith(SHARD_SUFFIXES)


def read_shard(path: Path) -> Iterator[RawArticle | InputError]:
    """The articles of one shard; a bad line is an error item, the rest go on."""
    if path.name.endswith(".parquet"):
        names = set(pq.read_schema(path).names)
        table = pq.read_table(path, columns=[f for f in FIELDS if f in names])
        for k, row in enumerate(table.to_pylist()):
            # every field checked as a JSON Lines record's is
            yield raw_from_fields(row, f"{path}:{k + 1}", f"{path}: row {k + 1}")
        return
    yield from read_file(path)  # JSON Lines, plain or gzipped, read as `tacitus ingest` reads them


# -- one task: one shard --------------------------------------------------------------------
_PIPELINES: dict[Settings, Pipeline] = {}


def _pipeline(settings: Settings) -> Pipeline:
    """One pipeline (one model load) per worker process."""
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline(settings)
    return _PIPELINES[settings]


def shard_key(path: Path) -> str:
    return stable_id("shard", path.resolve())


def code_shard(path: str, settings: Settings, out: str) -> dict[str, int]:
    """Code one shard and write its Parquet files; a shard already done is not redone."""
    shard = Path(path)
    key = shard_key(shard)
    marker = Path(out) / DONE / f"{key}.json"
    if marker.exists():
        done: dict[str, int] = json.loads(marker.read_text(encoding="utf-8"))
        return {**done, "resumed": 1}
    counts = {"read": 0, "new": 0, "skipped": 0, "failed": 0, "events": 0, "quotes": 0}
    records: dict[str, Record] = {}
    origins: dict[str, str] = {}
    raws = []
    for item in read_shard(shard):
        counts["read"] += 1
        if isinstance(item, InputError):
            counts["failed"] += 1
        else:
            raws.append(item)
    for outcome in _pipeline(settings).run(raws):
        if outcome.record is None:
            counts["failed" if outcome.failed else "skipped"] += 1
        elif outcome.record.article.id not in records:
            records[outcome.record.article.id] = outcome.record
            origins[outcome.record.article.id] = outcome.origin
    write_records(Path(out), key, records, origins)
    counts["new"] = len(records)
    counts["events"] = sum(len(r.events) for r in records.values())
    counts["quotes"] = sum(len(r.quotes) for r in records.values())
    atomic_write(marker, json.dumps(counts).encode("utf-8"))
    return {**counts, "resumed": 0}


# -- the run --------------------------------------------------------------------------------
def run_dask(
    paths: Iterable[str],
    settings: Settings,
    out: str | Path,
    on_progress: Callable[[int], None] = lambda _n: None,
    client: Any = None,
) -> IngestSummary:
    """Code every shard on the cluster ``settings.dask`` names (or ``client``) into ``out``."""
    from dask.distributed import as_completed

    shards = list_shards(paths)
    Path(out).mkdir(parents=True, exist_ok=True)
    summary = IngestSummary()
    with _Client(settings, client) as cl:
        futures = cl.map(code_shard, [str(s) for s in shards], settings=settings, out=str(out))
        shard_of = {f.key: s for f, s in zip(futures, shards, strict=True)}
        for fut in as_completed(futures):
            try:
                counts = fut.result()
            except (
                Exception
            ) as exc:  # a shard that cannot be read (or kills workers) is one failure
                summary.failed += 1
                summary.problems.append(f"{shard_of[fut.key]}: {type(exc).__name__}: {exc}")
                continue
            summary.read += counts["read"]
            summary.failed += counts["failed"]
            summary.skipped += counts["skipped"]
            summary.events += counts["events"]
            summary.quotes += counts["quotes"]
            if counts["resumed"]:
                summary.existing += counts["new"]
            else:
                summary.new += counts["new"]
            on_progress(counts["read"])
    for tmp in Path(out).rglob(".*.tmp"):  # left by workers killed mid-write; never read
        tmp.unlink(missing_ok=True)
    return summary


class _Client:
    """The Dask client for a run: the one given, a new LocalCluster, or a scheduler address."""

    def __init__(self, settings: Settings, given: Any) -> None:
        self.settings, self.given = settings, given
        self.owned: list[Any] = []

    def __enter__(self) -> Any:
        from dask.distributed import Client, LocalCluster

        if self.given is not None:
            return self.given
        address = self.settings.dask or "local"
        if address == "local":
            n = resolve_workers(self.settings.workers)
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True)
            self.owned.append(cluster)
            address = cluster.scheduler_address
        try:
            client = Client(address, timeout="30s")
        except OSError as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address}: {exc}",
                hint="give `--dask tcp://HOST:8786` of a running scheduler, or `--dask local`",
            ) from exc
        self.owned.insert(0, client)
        return client

    def __exit__(self, *exc: object) -> None:
        for thing in self.owned:
            thing.close()


def ingest_dask(
    paths: Iterable[str], settings: Settings, on_progress: Callable[[int], None] = lambda _n: None
) -> tuple[IngestSummary, Path]:
    """``tacitus ingest --dask``: code on the cluster, then load into a ``.duckdb`` store.

    A ``db`` ending in ``.duckdb`` gets its Parquet folder beside it (``NAME.parquet/``) and
    is loaded from it; any other ``db`` is the Parquet folder itself, a store read in place.
    """
    db = Path(settings.db)
    out = db.with_suffix(".parquet") if db.suffix == ".duckdb" else db
    summary = run_dask(paths, settings, out, on_progress=on_progress)
    if db.suffix == ".duckdb":
        with open_store(db) as store:
            load_parquet(out, store)
    return summary, out
