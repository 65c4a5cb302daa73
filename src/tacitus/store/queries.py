"""Queries and filters: the SQL conditions every query builds, values always parameters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Filters:
    """Filters shared by the CLI, the Python API and the HTTP API."""

    actor: str | None = None
    country: str | None = None
    root: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None
    speaker: str | None = None
    quad_class: int | None = None


@dataclass(frozen=True)
class EventQuery:
    """Event filters: the shared :class:`Filters` plus a directed dyad."""

    filters: Filters = field(default_factory=Filters)
    source: str | None = None
    target: str | None = None


def event_where(f: Filters) -> tuple[str, list[Any]]:
    """SQL condition and parameters for event filters (values are always parameters)."""
    conds: list[str] = ["TRUE"]
    params: list[Any] = []
    if f.actor:
        conds.append(
            "(source_name ILIKE ? OR target_name ILIKE ? OR source_code = ? OR target_code = ?)"
        )
        params += [f"%{f.actor}%", f"%{f.actor}%", f.actor.upper(), f.actor.upper()]
    if f.country:
        conds.append("(source_country = ? OR target_country = ?)")
        params += [f.country.upper(), f.country.upper()]
    if f.root:
        conds.append("root = ?")
        params.append(f.root.zfill(2))
    if f.cameo:
        conds.append("starts_with(cameo, ?)")
        params.append(f.cameo)
    if f.since:
        conds.append("date >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        conds.append("date <= CAST(? AS DATE)")
        params.append(f.until)
    if f.place:
        conds.append("(place_name ILIKE ? OR place_country = ?)")
        params += [f"%{f.place}%", f.place.upper()]
    if f.text:
        conds.append("sentence ILIKE ?")
        params.append(f"%{f.text}%")
    if f.article:
        conds.append("article_id = ?")
        params.append(f.article)
    if f.quad_class:
        conds.append("quad_class = ?")
        params.append(f.quad_class)
    return " AND ".join(conds), params


def where(q: EventQuery) -> tuple[str, list[Any]]:
    """The event condition: :func:`event_where` and the dyad (values as parameters)."""
    sql, params = event_where(q.filters)
    if q.source:
        sql += " AND (source_name ILIKE ? OR source_code = ?)"
        params += [f"%{q.source}%", q.source.upper()]
    if q.target:
        sql += " AND (target_name ILIKE ? OR target_code = ?)"
        params += [f"%{q.target}%", q.target.upper()]
    return sql, params
