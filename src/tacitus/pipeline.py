"""The stage protocol, the document that flows through it, and the runner.

A stage is a callable ``Document -> Document`` that declares which document fields it
reads and writes; the runner checks the order before running. A stage may also offer
``pipe(docs)`` to work on a batch (the nlp stage does, for spaCy's ``nlp.pipe``).
"""

from __future__ import annotations

import gc
import hashlib
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from .errors import ConfigError
from .parse import Parse
from .records import Actor, Article, DateRef, Event, Place, Quote, RawArticle, Record, StageError
from .settings import Settings

#: The order of the per-article stages: the one place it is written down.
#: (ingest reads files before this; dedup and store work across articles after it.)
STAGES: tuple[str, ...] = ("clean", "nlp", "actors", "events", "places", "dates", "quotes")


@dataclass(frozen=True)
class Document:
    raw: RawArticle
    article: Article | None = None
    parse: Parse | None = None
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateRef, ...] = ()
    errors: tuple[StageError, ...] = ()
    skipped: str | None = None  # why the article is deliberately not coded (a signal)

    def record(self) -> Record:
        assert self.article is not None
        return Record(
            self.article,
            self.actors,
            self.events,
            self.quotes,
            self.places,
            self.dates,
            self.errors,
        )

    def with_error(self, stage: str, message: str) -> Document:
        return replace(self, errors=(*self.errors, StageError(stage, message)))


@runtime_checkable
class Stage(Protocol):
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a record, or a reason it was skipped or failed."""

    origin: str
    record: Record | None = None
    skipped: str | None = None
    failed: str | None = None
    #: For an article skipped as already stored under an id its input gave: that id and a
    #: digest of its cleaned text, so the writer can tell a rerun from another text reusing it.
    article_id: str | None = None
    digest: str | None = None


def text_digest(text: str) -> str:
    """A digest of an article's cleaned text (to tell one text from another under one id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_stage(name: str, settings: Settings) -> Stage:
    """Import ``tacitus.<name>`` and build its stage from the settings."""
    module = importlib.import_module(f"tacitus.{name}")
    stage: Stage = module.make_stage(settings)
    return stage


def check_order(stages: Sequence[Stage]) -> None:
    have = {"raw"}
    for st in stages:
        missing = [r for r in st.reads if r not in have]
        if missing:
            raise ConfigError(
                f"stage {st.name!r} reads {', '.join(missing)}, which no earlier stage writes",
                hint="fix the order in tacitus.pipeline.STAGES",
            )
        have.update(st.writes)


class Pipeline:
    """Runs the stages over articles, in batches, one bad article never stopping the rest."""

    def __init__(self, settings: Settings | None = None, stages: Sequence[Stage] | None = None):
        self.settings = settings or Settings()
        self.stages = (
            list(stages) if stages is not None else [load_stage(n, self.settings) for n in STAGES]
        )
        check_order(self.stages)
        self._settled = False

    def run(
        self, raws: Iterable[RawArticle], known: Callable[[str], bool] | None = None
    ) -> Iterator[Outcome]:
        """Code ``raws`` in batches. ``known(id)`` true skips an article after cleaning."""
        batch: list[Document] = []
        for raw in raws:
            batch.append(Document(raw))
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch, known)
                batch = []
                self._settle()
        if batch:
            yield from self._run_batch(batch, known)
            self._settle()

    def _settle(self) -> None:
        """After the first batch, once: what is loaded by then (the models, lexicons and
        knowledge base, and what their first use loads lazily) lives as long as the process.
        Frozen out of the collector's sight, it is no longer walked by every full collection
        while articles are coded. Later garbage is collected as before."""
        if not self._settled:
            self._settled = True
            gc.collect()
            gc.freeze()

    def _run_batch(
        self, docs: list[Document], known: Callable[[str], bool] | None
    ) -> Iterator[Outcome]:
        failed: dict[int, str] = {}
        for stage in self.stages:
            if known is not None and stage.name == "nlp":
                for i, d in enumerate(docs):
                    if d.article is not None and d.skipped is None and known(d.article.id):
                        docs[i] = replace(d, skipped="already stored")
            live = [i for i, d in enumerate(docs) if i not in failed and d.skipped is None]
            results = self._apply(stage, [docs[i] for i in live])
            for i, res in zip(live, results, strict=True):
                if isinstance(res, Exception):
                    if stage.name in ("clean", "nlp"):
                        failed[i] = f"{stage.name}: {res}"
                    else:
                        docs[i] = docs[i].with_error(stage.name, f"{type(res).__name__}: {res}")
                else:
                    docs[i] = res
        for i, d in enumerate(docs):
            if i in failed:
                yield Outcome(d.raw.origin, failed=failed[i])
            elif d.skipped is not None:
                given = d.raw.id is not None and d.article is not None
                yield Outcome(
                    d.raw.origin,
                    skipped=d.skipped,
                    article_id=d.article.id if given and d.article else None,
                    digest=text_digest(d.article.text) if given and d.article else None,
                )
            else:
                yield Outcome(d.raw.origin, record=d.record())

    @staticmethod
    def _apply(stage: Stage, docs: list[Document]) -> list[Document | Exception]:
        pipe = getattr(stage, "pipe", None)
        if pipe is not None:
            try:
                return list(pipe(docs))
            except Exception:
                pass
        out: list[Document | Exception] = []
        for d in docs:
            try:
                out.append(stage(d))
            except Exception as exc:  # one bad article never stops a batch
                out.append(exc)
        return out
