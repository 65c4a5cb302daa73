"""The command line: thin over the library. Errors become one line and exit code 1."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import TacitusError
from .settings import Settings, load_settings
from .store import Filters, open_store
from .values import parse_date, parse_day

app = typer.Typer(
    name="tacitus",
    help="Political event data from news articles: who did what to whom, when and where, "
    "who said what, each record tied to its sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


class Fmt(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


# Shared option types, written once.
DbOpt = Annotated[
    str | None, typer.Option("--db", help="Store file (default $TACITUS_DB or ./tacitus.duckdb).")
]
FormatOpt = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="Rows to show.")]
OffsetOpt = Annotated[int, typer.Option("--offset", help="Rows to skip.")]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings file (default ./tacitus.toml).")
]
KbOpt = Annotated[
    list[str] | None,
    typer.Option("--kb", help="Extra actor knowledge-base file (TSV); repeatable."),
]
LexiconOpt = Annotated[
    list[str] | None,
    typer.Option("--lexicon", help="Extra verb-pattern file (TSV); repeatable."),
]


def cli_errors(fn: F) -> F:
    """Turn library exceptions into ``Error: ...`` and exit code 1."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except BadValue as exc:
            err.print(f"Error: {exc}", markup=False)
            raise typer.Exit(2) from None
        except TacitusError as exc:
            err.print(f"Error: {exc}", markup=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err.print("Interrupted; everything committed so far is kept.", markup=False)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]  # wraps keeps the signature typer reads


class BadValue(Exception):
    """A command-line value that does not parse: one line, exit code 2 (a usage error)."""


def check_day(option: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError as exc:
        raise BadValue(f"{option}: {exc}") from None


def check_published(value: str | None) -> str | None:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise BadValue(f"--published {value!r}: {exc}") from None


def check_page(limit: int, offset: int) -> None:
    if limit < 0:
        raise BadValue(f"--limit: {limit} is negative; give 0 or more rows")
    if offset < 0:
        raise BadValue(f"--offset: {offset} is negative; give 0 or more rows")


def settings_for(
    config: Path | None,
    db: str | None = None,
    kb: list[str] | None = None,
    lexicon: list[str] | None = None,
    **kw: Any,
) -> Settings:
    settings = load_settings(config, db=db, **kw)
    return settings.with_(
        kb=(*settings.kb, *kb) if kb else None,
        lexicon=(*settings.lexicon, *lexicon) if lexicon else None,
    )


def emit(rows: Sequence[dict[str, Any]], fmt: Fmt, cols: Sequence[str] | None = None) -> None:
    """Print rows as a table, JSON Lines or CSV."""
    cols = list(cols or (rows[0].keys() if rows else []))
    if fmt is Fmt.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt is Fmt.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        t = Table(show_lines=False, header_style="bold")
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
        out.print(t)
        err.print(f"{len(rows)} row(s)", markup=False)


@app.command()
@cli_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) where the input has none.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (schema tacitus/1) or table.")
    ] = "jsonl",
    kb: KbOpt = None,
    lexicon: LexiconOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Code articles and print one tacitus/1 JSON record per article (stateless)."""
    from .ingest import read_inputs
    from .jobs import IngestSummary, split_inputs
    from .pipeline import Pipeline

    settings = settings_for(config, kb=kb, lexicon=lexicon, published=check_published(published))
    summary = IngestSummary()
    raws = split_inputs(read_inputs(paths), summary, lambda m: err.print(m, markup=False))
    coded = 0
    for outcome in Pipeline(settings).run(raws):
        summary.read += 1
        if outcome.record is None:
            err.print(f"{outcome.origin}: {outcome.failed or outcome.skipped}", markup=False)
            continue
        coded += 1
        if fmt == "table":
            _print_record_table(outcome.record.to_dict())
        else:
            sys.stdout.write(json.dumps(outcome.record.to_dict(), ensure_ascii=False) + "\n")
    if coded == 0:
        err.print("Error: no article could be read", markup=False)
        raise typer.Exit(1)


def _print_record_table(rec: dict[str, Any]) -> None:
    a = rec["article"]
    out.print(f"{a['title'] or '(untitled)'}  {a['id']}  {a['published'] or ''}", markup=False)

    def who(x: dict[str, Any] | None) -> str:
        return _who(x["name"], x["country"]) if x else ""

    rows = [
        {
            "cameo": e["cameo"], "source": who(e["source"]), "target": who(e["target"]),
            "trigger": e["trigger"], "date": e["date"], "place": who(e["place"]),
        }
        for e in rec["events"]
    ]  # fmt: skip
    emit(rows, Fmt.table, ["cameo", "source", "target", "trigger", "date", "place"])


@app.command()
@cli_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOpt = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date where the input has none.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: all cores).")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Run on a Dask cluster: scheduler address, or 'local'."),
    ] = None,
    kb: KbOpt = None,
    lexicon: LexiconOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Code articles into the store: resumable, idempotent, with a progress bar."""
    from .jobs import ingest_paths

    settings = settings_for(
        config, db, kb=kb, lexicon=lexicon, published=check_published(published)
    )
    if workers is not None or dask is not None:
        settings = settings.with_(workers=workers, dask=dask)
    bar = Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    )
    with bar:
        task = bar.add_task("ingest", total=None)
        if settings.dask:
            from .scale import ingest_dask

            summary, out = ingest_dask(paths, settings, on_progress=lambda n: bar.advance(task, n))
            bar.console.print(f"Parquet: {out}", markup=False)
        else:
            with open_store(settings.db) as store:
                summary = ingest_paths(
                    paths,
                    store,
                    settings,
                    on_problem=lambda m: bar.console.print(m, markup=False),
                    on_progress=lambda n: bar.advance(task, n),
                )
    err.print(summary.line(), markup=False)
    if summary.read and summary.new + summary.existing == 0 and summary.skipped == 0:
        raise typer.Exit(1)


def _filters(**kw: Any) -> Filters:
    return Filters(**{k: v for k, v in kw.items() if v is not None})


EVENT_COLS = ["date", "source", "cameo", "plover", "target", "place", "trigger", "goldstein"]


def _who(name: str | None, country: str | None) -> str:
    if not name:
        return ""
    return f"{name} ({country})" if country else name


def event_table_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events as the table shows them: one column per side, with its country."""
    return [
        {
            **r,
            "source": _who(r["source_name"], r["source_country"]),
            "target": _who(r["target_name"], r["target_country"]),
            "place": _who(r["place_name"], r["place_country"]),
        }
        for r in rows
    ]


@app.command()
@cli_errors
def events(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Source or target name or code.")] = None,
    country: Annotated[str | None, typer.Option(help="Source or target ISO3 code.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, e.g. 04.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix, e.g. 042.")] = None,
    since: Annotated[str | None, typer.Option(help="From date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Until date (YYYY-MM-DD).")] = None,
    place: Annotated[str | None, typer.Option(help="Place name or ISO3 code.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the sentence.")] = None,
    fmt: FormatOpt = Fmt.table,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    config: ConfigOpt = None,
) -> None:
    """Query coded events."""
    check_page(limit, offset)
    f = _filters(
        actor=actor,
        country=country,
        root=root,
        cameo=cameo,
        since=check_day("--since", since),
        until=check_day("--until", until),
        place=place,
        text=text,
    )
    with open_store(settings_for(config, db).db, read_only=True) as store:
        rows = store.events(f, limit, offset)
    if fmt is Fmt.table:
        emit(event_table_rows(rows), fmt, EVENT_COLS)
    else:
        emit(rows, fmt)


@app.command()
@cli_errors
def quotes(
    db: DbOpt = None,
    speaker: Annotated[str | None, typer.Option(help="Speaker name (part of it).")] = None,
    country: Annotated[str | None, typer.Option(help="Speaker's ISO3 country code.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    fmt: FormatOpt = Fmt.table,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    config: ConfigOpt = None,
) -> None:
    """Query attributed quotes."""
    check_page(limit, offset)
    f = _filters(speaker=speaker, country=country, text=text)
    with open_store(settings_for(config, db).db, read_only=True) as store:
        rows = store.quotes(f, limit, offset)
    emit(
        rows,
        fmt,
        ["speaker_name", "speaker_country", "kind", "cue", "text"] if fmt is Fmt.table else None,
    )


@app.command()
@cli_errors
def actors(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option("--name", help="Name (part of it) or code.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country code.")] = None,
    fmt: FormatOpt = Fmt.table,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    config: ConfigOpt = None,
) -> None:
    """List actors with the number of articles and mentions."""
    check_page(limit, offset)
    with open_store(settings_for(config, db).db, read_only=True) as store:
        rows = store.actors(_filters(actor=actor, country=country), limit, offset)
    emit(rows, fmt)


@app.command()
@cli_errors
def places(
    db: DbOpt = None,
    name: Annotated[str | None, typer.Option("--name", help="Place name (part of it).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country code.")] = None,
    fmt: FormatOpt = Fmt.table,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    config: ConfigOpt = None,
) -> None:
    """List places with coordinates and the number of articles that mention them."""
    check_page(limit, offset)
    with open_store(settings_for(config, db).db, read_only=True) as store:
        rows = store.places(_filters(place=name, country=country), limit, offset)
    emit(rows, fmt)


def check_output(output: str, store: str, force: bool, folder: bool = False) -> None:
    """Refuse to write over the store, over an existing output (without --force), or where
    no file can be written; each in one line, exit code 2."""
    target, db = Path(output), Path(store)
    if target.exists() and db.exists() and target.resolve() == db.resolve():
        raise BadValue(f"--output {output} is the store itself; name another file")
    if db.is_dir() and target.resolve().is_relative_to(db.resolve()):
        raise BadValue(f"--output {output} is inside the store folder; name another place")
    if target.exists() and not force:
        raise BadValue(f"--output {output} exists; add --force to overwrite it")
    if target.exists() and target.is_dir() != folder:
        what = "a folder" if target.is_dir() else "a file"
        raise BadValue(f"--output {output} is {what}; name {'a folder' if folder else 'a file'}")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise BadValue(f"--output {output}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise BadValue(f"--output {output}: no permission to write there")


class ExportFmt(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


@app.command()
@cli_errors
def export(
    fmt: Annotated[ExportFmt, typer.Option("--format", "-f", help="Export format.")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File or folder (default: stdout).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing output file or folder.")
    ] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Export the store: jsonl (tacitus/1 records), csv (events), parquet (all tables), gdelt."""
    path = settings_for(config, db).db
    if output is not None or fmt is ExportFmt.parquet:
        check_output(output or "tacitus-export", path, force, folder=fmt is ExportFmt.parquet)
    with open_store(path, read_only=True) as store:
        try:
            n = store.export(fmt.value, output)
        except OSError as exc:
            where = output or "tacitus-export"
            raise BadValue(
                f"--output {where}: cannot write there ({exc.strerror or exc})"
            ) from None
    err.print(
        f"exported {n} row(s) as {fmt.value}" + (f" to {output}" if output else ""), markup=False
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()


@app.command()
@cli_errors
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to bind (default loopback only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Worker processes (default: one per core; one when writes are on)."
        ),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Serve the HTTP API and the dashboard (writes need $TACITUS_TOKEN)."""
    from .api import check_serving, exposed, writable
    from .api import serve as run_server

    settings = settings_for(config, db)
    check_serving(settings)
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write" if writable(settings) else "read-only"
    if exposed(host):
        err.print(
            f"WARNING: binding {host} exposes the store to other machines; "
            + (
                "writes need the token"
                if writable(settings)
                else "no $TACITUS_TOKEN, so every write (and /api/extract) is refused"
            ),
            markup=False,
        )
    err.print(
        f"tacitus serving {settings.db} ({mode}) at http://{shown}:{port}/  (Ctrl-C stops)",
        markup=False,
    )
    run_server(settings, host=host, port=port, workers=workers)


@app.command()
@cli_errors
def bench(
    corpus: Annotated[
        str | None, typer.Option(help="Corpus to time (default: a generated one).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="End with one JSON line of the figures.")
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Measure speed and memory: spaCy alone vs the pipeline, workers, store queries."""
    from .bench import run as run_bench

    run_bench(settings_for(config), corpus=corpus, as_json=as_json, emit=out.print)


@app.command("eval")
@cli_errors
def eval_(
    kind: Annotated[str, typer.Argument(help="events, quotes, places, dates, actors, or all.")],
    path: Annotated[str, typer.Argument(help="Gold file or folder (for all: the eval folder).")],
    floors: Annotated[
        str | None, typer.Option(help="Floors file; a score below its floor fails.")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Score a stage against gold data (and enforce the floors kept in the repository)."""
    from . import evaluate

    settings = settings_for(config)
    kinds = list(evaluate.KINDS) if kind == "all" else [kind]
    pinned = evaluate.load_floors(floors)
    failures: list[str] = []
    for k in kinds:
        gold = evaluate.resolve(k, path) if kind == "all" else path
        if kind == "all" and not evaluate.resolve(k, path).exists():
            err.print(f"{k}: no gold data under {path}; not scored", markup=False)
            continue
        report = evaluate.run(k, gold, settings)
        verdict = evaluate.judge(report, pinned)
        out.print(f"[bold]{k}[/bold]  ({gold})")
        for metric, value in report.scores.items():
            floor = pinned.get(k, {}).get(metric)
            mark = "" if floor is None else f"   floor {floor:.3f}"
            out.print(f"  {metric:<28} {value:.3f}{mark}", markup=False)
        for line in report.details:
            out.print(f"  {line}", markup=False)
        failures += verdict.failures
    for f in failures:
        err.print(f"FAIL {f}", markup=False)
    if failures:
        raise typer.Exit(1)
    if floors is None:
        err.print(
            "eval: scored; no floors given (--floors eval/floors.json checks them)", markup=False
        )
    else:
        err.print("eval: all scores at or above their floors", markup=False)
