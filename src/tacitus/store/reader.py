"""The HTTP API's aggregates and single items, beyond :class:`~tacitus.store.Store`'s own.

Every aggregate runs in DuckDB (the dashboard never receives raw event rows it would have to
count itself). SQL text is assembled only from constants in this module and from
:func:`tacitus.store.queries.where`; every value is a parameter.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import duckdb

from .base import Store
from .pages import PAGE_ORDER, EventPages
from .queries import EventQuery, where

# CAMEO 04x: consult (visits, hosting, meetings, mediation). An itinerary draws these.
ITINERARY_ROOT = "04"
LATE_ROWS = 5000
FIRST_VIEW_EDGES = 40  # the dashboard asks for these limits on its first view
FIRST_VIEW_PLACES = 300

EVENT_LIST_COLS = (
    "id, article_id, date, date_precision, source_name, source_country, source_sector, "
    "source_code, target_name, target_country, target_sector, target_code, cameo, root, "
    "plover, quad_class, goldstein, negated, modality, place_name, place_country, lat, lon, "
    "sentence, span_start, span_end, trigger, confidence"
)


Rows = list[dict[str, Any]]
Compute = Callable[[], Rows]


def plain(value: Any) -> Any:
    """JSON-ready values: dates as ISO strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def event_sql(select: str, cond: str, tail: str) -> str:
    """``select ... FROM events WHERE cond tail``: select and tail are constants of this module,
    cond comes from :func:`where`; values are always parameters."""
    return f"{select} FROM events WHERE {cond} {tail}"


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [{n: plain(v) for n, v in zip(names, r, strict=True)} for r in cur.fetchall()]


class Reader:
    """Read-only queries over one store, one DuckDB cursor per thread."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._local = threading.local()
        self._cursor_lock = threading.Lock()
        # Top-N pages read their wide columns only for the rows they return (DuckDB's late
        # materialization, by default only up to 50 rows of LIMIT + OFFSET).
        store._con.execute(f"SET late_materialization_max_rows = {LATE_ROWS}")
        self.pages = EventPages(store, EVENT_LIST_COLS)
        self._memo: dict[tuple[str, int], Rows] = {}  # the unfiltered aggregates (first view)

    def refresh(self) -> None:
        """After a write: forget the remembered aggregates, rebuild the fast pages."""
        self._memo.clear()
        self.pages.refresh()

    def close(self) -> None:
        """Stop background work on the store (before the store itself closes)."""
        self.pages.close()

    def warm(self) -> None:
        """Compute the dashboard's first view (unfiltered aggregates) ahead of its request.
        A server that stops while this runs closes the store under it: the work is only
        ahead of time, so it ends quietly (a request computes what it needs)."""
        whole = EventQuery()
        try:
            self.timeline(whole)
            self.network(whole, FIRST_VIEW_EDGES)
            self.event_places(whole, FIRST_VIEW_PLACES)
        except duckdb.Error:
            return

    def _remember(self, q: EventQuery, key: tuple[str, int], compute: Compute) -> Rows:
        if q != EventQuery():
            return compute()
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cur", None)
        if cur is None:
            with self._cursor_lock:
                cur = self.store._con.cursor()
            self._local.cur = cur
        return cur

    def rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return _dicts(self._cursor().execute(sql, params))

    def scalar(self, sql: str, params: list[Any]) -> Any:
        row = self._cursor().execute(sql, params).fetchone()
        return plain(row[0]) if row else None

    # -- pages --------------------------------------------------------------------------
    def events(self, q: EventQuery, limit: int, offset: int) -> dict[str, Any]:
        cond, params = where(q)
        fast = self.pages.page(cond, params, limit, offset)
        if fast is not None:
            items, total = fast
        else:
            sql = event_sql(f"SELECT {EVENT_LIST_COLS}", cond, f"{PAGE_ORDER} LIMIT ? OFFSET ?")
            items = self.rows(sql, [*params, limit, offset])
            total = self.scalar(event_sql("SELECT count(*)", cond, ""), params)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self.rows(
            "SELECT * FROM events WHERE id = ? ORDER BY article_id LIMIT 1", [event_id]
        )
        return rows[0] if rows else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self._cursor().execute("SELECT record FROM articles WHERE id = ?", [article_id])
        found = row.fetchone()
        return json.loads(found[0]) if found else None

    def quote(self, quote_id: str) -> dict[str, Any] | None:
        rows = self.rows("SELECT * FROM quotes WHERE id = ?", [quote_id])
        return rows[0] if rows else None

    # -- aggregates ---------------------------------------------------------------------
    def timeline(self, q: EventQuery) -> list[dict[str, Any]]:
        """Events per day and quad class (1-4)."""
        return self._remember(q, ("timeline", 0), lambda: self._timeline(q))

    def _timeline(self, q: EventQuery) -> list[dict[str, Any]]:
        cond, params = where(q)
        sql = event_sql(
            "SELECT date, quad_class, count(*) AS n",
            cond,
            "AND date IS NOT NULL GROUP BY date, quad_class ORDER BY date, quad_class",
        )
        return self.rows(sql, params)

    def network(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        """Directed actor pairs weighted by event count, with mean Goldstein."""
        return self._remember(q, ("network", limit), lambda: self._network(q, limit))

    def _network(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        cond, params = where(q)
        sql = event_sql(
            "SELECT source_name AS source, any_value(source_country) AS source_country, "
            "target_name AS target, any_value(target_country) AS target_country, "
            "count(*) AS n, round(avg(goldstein), 2) AS goldstein",
            cond,
            "AND source_name IS NOT NULL AND target_name IS NOT NULL "
            "AND source_name <> target_name "
            "GROUP BY source_name, target_name ORDER BY n DESC, source, target LIMIT ?",
        )
        return self.rows(sql, [*params, limit])

    def event_places(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        """Places of events with counts, mean Goldstein and conflict share."""
        return self._remember(q, ("map", limit), lambda: self._event_places(q, limit))

    def _event_places(self, q: EventQuery, limit: int) -> list[dict[str, Any]]:
        cond, params = where(q)
        sql = event_sql(
            "SELECT place_name AS name, place_country AS country, round(lat, 4) AS lat, "
            "round(lon, 4) AS lon, count(*) AS n, round(avg(goldstein), 2) AS goldstein, "
            "sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END) AS conflict",
            cond,
            "AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY ALL ORDER BY n DESC, name LIMIT ?",
        )
        return self.rows(sql, [*params, limit])

    def itinerary(self, actor: str, limit: int) -> list[dict[str, Any]]:
        """One actor's visits and meetings (CAMEO 04x) in date order, with places."""
        sql = (
            "SELECT e.id, e.article_id, coalesce(e.date, a.published) AS date, e.cameo, "
            "e.trigger, e.source_name, e.target_name, e.place_name, e.place_country, "
            "e.lat, e.lon, e.sentence, e.span_start, e.span_end "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.root = ? AND (e.source_name ILIKE ? OR e.target_name ILIKE ? "
            "OR e.source_code = ? OR e.target_code = ?) "
            "ORDER BY date NULLS LAST, e.article_id, e.span_start LIMIT ?"
        )
        like = f"%{actor}%"
        return self.rows(sql, [ITINERARY_ROOT, like, like, actor.upper(), actor.upper(), limit])

    def actor(self, name: str) -> dict[str, Any] | None:
        """An actor's profile: roles, events by role and quad class, quote count."""
        roles = self.rows(
            "SELECT name, kind, country, sector, code, count(DISTINCT article_id) AS articles, "
            "sum(n_mentions) AS mentions FROM actors WHERE name = ? "
            "GROUP BY ALL ORDER BY mentions DESC, code NULLS LAST",
            [name],
        )
        if not roles:
            return None
        by_role = self.rows(
            "SELECT CASE WHEN source_name = ? THEN 'source' ELSE 'target' END AS role, "
            "quad_class, count(*) AS n, round(avg(goldstein), 2) AS goldstein FROM events "
            "WHERE source_name = ? OR target_name = ? GROUP BY ALL ORDER BY role, quad_class",
            [name, name, name],
        )
        partners = self.rows(
            "SELECT CASE WHEN source_name = ? THEN target_name ELSE source_name END AS partner, "
            "count(*) AS n, round(avg(goldstein), 2) AS goldstein FROM events "
            "WHERE (source_name = ? OR target_name = ?) AND source_name IS NOT NULL "
            "AND target_name IS NOT NULL GROUP BY ALL ORDER BY n DESC, partner LIMIT 15",
            [name, name, name],
        )
        n_quotes = self.scalar("SELECT count(*) FROM quotes WHERE speaker_name = ?", [name])
        return {
            "name": name,
            "roles": roles,
            "events": by_role,
            "partners": partners,
            "quotes": n_quotes,
        }

    def speakers(self, limit: int) -> list[dict[str, Any]]:
        """Speakers with their quote counts."""
        return self.rows(
            "SELECT speaker_name AS name, any_value(speaker_country) AS country, count(*) AS n "
            "FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name "
            "ORDER BY n DESC, name LIMIT ?",
            [limit],
        )

    def summary(self) -> dict[str, Any]:
        row = (
            self._cursor()
            .execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                "(SELECT count(*) FROM quotes), (SELECT min(date) FROM events), "
                "(SELECT max(date) FROM events)"
            )
            .fetchone()
        )
        assert row is not None  # a scalar subquery select always returns one row
        keys = ("articles", "events", "quotes", "first", "last")
        return {k: plain(v) for k, v in zip(keys, row, strict=True)} | {
            "fast_pages": self.pages.ready
        }
