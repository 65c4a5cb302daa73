"""The FastAPI application: JSON API under ``/api``, the dashboard at ``/``."""

from __future__ import annotations

import logging
import threading
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, Field, field_validator
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import InputError, TacitusError
from ..pipeline import Pipeline
from ..records import RawArticle, Record
from ..settings import Settings
from ..store import EventQuery, Filters, Reader, Store
from ..store.reader import plain
from ..values import parse_date, parse_day
from .security import Guard, configured_token, require_token

log = logging.getLogger("tacitus.api")
STATIC = Path(str(files("tacitus"))) / "web" / "static"
MAX_BODY = 1_000_000  # bytes accepted by POST /api/extract and POST /api/articles
MAX_LIMIT = 500  # rows per page
MAX_BATCH = 50  # articles per POST /api/articles

#: POST /api/extract answers without a token: its own, lower size and time limits.
MAX_EXTRACT_CHARS = 50_000
EXTRACT_SECONDS = 30.0


def _day(value: str | None) -> str | None:
    return None if value is None else parse_day(value)


def _published(value: str | int | float | None) -> str | None:
    return parse_date(value)


Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(max_length=10), AfterValidator(_day)]
Code = Annotated[str | None, Query(pattern=r"^\d{1,4}$")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


class ArticleIn(BaseModel):
    """One article to code: ``text`` or ``html``, with optional metadata."""

    text: str | None = Field(None, max_length=MAX_BODY)
    html: str | None = Field(None, max_length=MAX_BODY)
    title: str | None = Field(None, max_length=1000)
    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    published: str | int | float | None = None

    @field_validator("published", mode="after")
    @classmethod
    def _date(cls, value: str | int | float | None) -> str | None:
        """Any common date form (ISO, RFC 2822, "March 3, 2021", epoch) -> ISO, else 422."""
        return _published(value)

    def raw(self, origin: str) -> RawArticle:
        if not (self.text or self.html):
            raise HTTPException(422, "an article needs text or html")
        return RawArticle(origin, **self.model_dump())


def event_query(
    actor: Text = None,
    country: Country = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$")] = None,
    cameo: Code = None,
    since: Day = None,
    until: Day = None,
    place: Text = None,
    text: Text = None,
    article: Text = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    source: Text = None,
    target: Text = None,
) -> EventQuery:
    """Event filters from the query string (the CLI's filters plus a source-target dyad)."""
    f = Filters(
        actor=actor,
        country=country,
        root=root,
        cameo=cameo,
        since=since,
        until=until,
        place=place,
        text=text,
        article=article,
        quad_class=quad_class,
    )
    return EventQuery(f, source=source, target=target)


Events = Annotated[EventQuery, Depends(event_query)]


def page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {
        "items": [{k: plain(v) for k, v in r.items()} for r in items],
        "limit": limit,
        "offset": offset,
    }


def found(item: Any, what: str) -> Any:
    if item is None:
        raise HTTPException(404, f"no such {what}")
    return item


class Service:
    """The store, its reader and a pipeline (built on first use), shared by the routes."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.reader = Reader(store)
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def code(
        self, raws: list[RawArticle], timeout: float | None = None
    ) -> list[tuple[str, Record | None, str | None]]:
        """Run the pipeline (one caller at a time): ``(origin, record, problem)`` each.

        With a ``timeout``, a request that waits or runs longer gets 503 (the coding it
        started finishes in the background; the size limit keeps that short).
        """
        if not self._lock.acquire(timeout=-1 if timeout is None else timeout):
            raise HTTPException(503, "busy coding another article; try again")
        try:
            if self._pipeline is None:
                self._pipeline = Pipeline(self.settings)
            pipeline = self._pipeline
        finally:
            self._lock.release()
        if timeout is None:
            with self._lock:
                outcomes = list(pipeline.run(raws))
        else:
            outcomes = self._code_within(pipeline, raws, timeout)
        return [(o.origin, o.record, o.failed or o.skipped) for o in outcomes]

    def _code_within(self, pipeline: Pipeline, raws: list[RawArticle], timeout: float) -> list:
        done: list[Any] = []

        def work() -> None:
            with self._lock:
                done.extend(pipeline.run(raws))

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            raise HTTPException(503, f"coding took longer than {timeout:.0f} s; send less text")
        return done


def create_app(
    settings: Settings,
    store: Store,
    token: str | None = None,
    hosts: list[str] | None = None,
    exposed: bool = False,
) -> FastAPI:
    """The application over an open store. ``token`` enables writes (default $TACITUS_TOKEN);
    ``hosts`` limits the Host header (against DNS rebinding of a loopback server);
    ``exposed`` (bound beyond loopback) puts ``POST /api/extract`` behind the token too."""
    app = FastAPI(
        title="tacitus",
        version="1",
        summary="Political event data from news articles, each record tied to its sentence.",
        docs_url=None,  # FastAPI's docs pages load assets from a CDN; /docs is our own page
        redoc_url=None,
    )
    svc = Service(settings, store)
    svc.reader.pages.refresh()  # builds the fast page copy in the background
    threading.Thread(target=svc.reader.warm, daemon=True).start()
    token = configured_token() if token is None else (token or None)  # "" means writes off
    write = Depends(require_token(token))
    _add_pages(app)
    _add_lists(app, svc)
    _add_aggregates(app, svc)
    # beyond loopback, even /api/extract (which stores nothing) needs the token
    _add_writes(app, svc, write, write if exposed else Depends(lambda: None))

    @app.exception_handler(TacitusError)
    async def tacitus_error(_request: Any, exc: TacitusError) -> JSONResponse:
        if isinstance(exc, InputError):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        # never the SQL, a path or a traceback: the operator's log has those
        log.warning("tacitus error: %s", exc)
        return JSONResponse({"detail": f"the server could not answer ({exc.code})"}, 500)

    if hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    app.add_middleware(Guard, max_body=MAX_BODY)
    return app


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")


def _add_lists(app: FastAPI, svc: Service) -> None:
    r = svc.reader

    @app.get("/api/events", tags=["events"])
    def events(q: Events, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
        """Events matching the filters, newest first, with the total count."""
        return JSONResponse(r.events(q, limit, offset))

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str) -> JSONResponse:
        return JSONResponse(found(r.event(event_id), "event"))

    @app.get("/api/quotes", tags=["quotes"])
    def quotes(
        speaker: Text = None,
        country: Country = None,
        text: Text = None,
        article: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONResponse:
        f = Filters(speaker=speaker, country=country, text=text, article=article)
        return JSONResponse(page(svc.store.quotes(f, limit, offset), limit, offset))

    @app.get("/api/quotes/{quote_id}", tags=["quotes"])
    def quote(quote_id: str) -> JSONResponse:
        return JSONResponse(found(r.quote(quote_id), "quote"))

    @app.get("/api/actors", tags=["actors"])
    def actors(
        actor: Text = None, country: Country = None, limit: Limit = 50, offset: Offset = 0
    ) -> JSONResponse:
        f = Filters(actor=actor, country=country)
        return JSONResponse(page(svc.store.actors(f, limit, offset), limit, offset))

    @app.get("/api/actors/{name}", tags=["actors"])
    def actor(name: str) -> JSONResponse:
        """An actor's profile: roles, events by role and quad class, partners, quote count."""
        return JSONResponse(found(r.actor(name), "actor"))

    @app.get("/api/places", tags=["places"])
    def places(
        place: Text = None, country: Country = None, limit: Limit = 50, offset: Offset = 0
    ) -> JSONResponse:
        f = Filters(place=place, country=country)
        return JSONResponse(page(svc.store.places(f, limit, offset), limit, offset))

    @app.get("/api/places/{name}", tags=["places"])
    def place(name: str) -> JSONResponse:
        rows = [p for p in svc.store.places(Filters(place=name), 50, 0) if p["name"] == name]
        return JSONResponse(found(rows[0] if rows else None, "place"))

    @app.get("/api/articles", tags=["articles"])
    def articles(
        text: Text = None,
        since: Day = None,
        until: Day = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONResponse:
        f = Filters(text=text, since=since, until=until)
        return JSONResponse(page(svc.store.articles(f, limit, offset), limit, offset))

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(article_id: str) -> JSONResponse:
        """The article's full tacitus/1 record (text, actors, events, quotes, places)."""
        return JSONResponse(found(r.article(article_id), "article"))


def _add_aggregates(app: FastAPI, svc: Service) -> None:
    r = svc.reader

    @app.get("/api/summary", tags=["aggregates"])
    def summary() -> JSONResponse:
        return JSONResponse(r.summary())

    @app.get("/api/timeline", tags=["aggregates"])
    def timeline(q: Events) -> JSONResponse:
        """Events per day by quad class (1 verbal coop., 2 material coop., 3, 4 conflict)."""
        return JSONResponse(r.timeline(q))

    @app.get("/api/network", tags=["aggregates"])
    def network(q: Events, limit: Limit = 80) -> JSONResponse:
        """Actor pairs weighted by events, with mean Goldstein."""
        return JSONResponse(r.network(q, limit))

    @app.get("/api/map", tags=["aggregates"])
    def event_map(q: Events, limit: Limit = 300) -> JSONResponse:
        """Event places with counts."""
        return JSONResponse(r.event_places(q, limit))

    @app.get("/api/itinerary", tags=["aggregates"])
    def itinerary(
        actor: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 200
    ) -> JSONResponse:
        """One actor's visits and meetings (CAMEO 04x) in date order, with places."""
        return JSONResponse(r.itinerary(actor, limit))

    @app.get("/api/speakers", tags=["aggregates"])
    def speakers(limit: Limit = 50) -> JSONResponse:
        return JSONResponse(r.speakers(limit))


def _add_writes(app: FastAPI, svc: Service, write: Any, extract_guard: Any) -> None:
    @app.post("/api/extract", tags=["writes"], dependencies=[extract_guard])
    def extract(article: ArticleIn) -> JSONResponse:
        """Code one article without storing it; returns its tacitus/1 record.

        Open without a token on loopback, so it has its own limits: at most
        ``MAX_EXTRACT_CHARS`` characters of text or html, ``EXTRACT_SECONDS`` of coding.
        """
        size = len(article.text or "") + len(article.html or "")
        if size > MAX_EXTRACT_CHARS:
            raise HTTPException(
                413, f"article of {size:,} characters; /api/extract takes {MAX_EXTRACT_CHARS:,}"
            )
        [(origin, record, problem)] = svc.code([article.raw("<api>")], timeout=EXTRACT_SECONDS)
        if record is None:
            raise HTTPException(422, f"{origin}: {problem}")
        return JSONResponse(record.to_dict())

    @app.post("/api/articles", tags=["writes"], dependencies=[write], status_code=201)
    def ingest(
        articles: Annotated[list[ArticleIn], Field(min_length=1, max_length=MAX_BATCH)],
    ) -> JSONResponse:
        """Code and store articles (needs ``Authorization: Bearer $TACITUS_TOKEN``), through
        the store's one writer: idempotent by id, near-duplicates linked, events clustered."""
        coded = svc.code([a.raw(f"<api:{i}>") for i, a in enumerate(articles)])
        records = [(rec, origin) for origin, rec, _ in coded if rec is not None]
        added = svc.store.add(records) if records else None
        if added and added.new:
            svc.reader.refresh()
        return JSONResponse(
            {
                "ids": [rec.article.id for rec, _ in records],
                "new": added.new if added else 0,
                "existing": added.existing if added else 0,
                "events": added.events if added else 0,
                "quotes": added.quotes if added else 0,
                "problems": [f"{o}: {p}" for o, rec, p in coded if rec is None]
                + list(added.failed if added else ()),
            },
            status_code=201,
        )
