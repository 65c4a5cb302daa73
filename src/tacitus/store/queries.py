"""Queries and filters: the SQL conditions every query builds, values always parameters."""

from __future__ import annotations

from collections.abc import Callable
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


def _like(v: Any) -> str:
    return f"%{v}%"


def _up(v: Any) -> str:
    return str(v).upper()


#: One filter: the :class:`Filters` field, its SQL condition, and the parameters it binds.
Cond = tuple[str, str, Callable[[Any], list[Any]]]

EVENT_CONDS: tuple[Cond, ...] = (
    (
        "actor",
        "(source_name ILIKE ? OR target_name ILIKE ? OR source_code = ? OR target_code = ?)",
        lambda v: [_like(v), _like(v), _up(v), _up(v)],
    ),
    ("country", "(source_country = ? OR target_country = ?)", lambda v: [_up(v), _up(v)]),
    ("root", "root = ?", lambda v: [str(v).zfill(2)]),
    ("cameo", "starts_with(cameo, ?)", lambda v: [v]),
    ("since", "date >= CAST(? AS DATE)", lambda v: [v]),
    ("until", "date <= CAST(? AS DATE)", lambda v: [v]),
    ("place", "(place_name ILIKE ? OR place_country = ?)", lambda v: [_like(v), _up(v)]),
    ("text", "sentence ILIKE ?", lambda v: [_like(v)]),
    ("article", "article_id = ?", lambda v: [v]),
    ("quad_class", "quad_class = ?", lambda v: [v]),
)
QUOTE_CONDS: tuple[Cond, ...] = (
    ("speaker", "speaker_name ILIKE ?", lambda v: [_like(v)]),
    ("country", "speaker_country = ?", lambda v: [_up(v)]),
    ("text", "text ILIKE ?", lambda v: [_like(v)]),
    ("article", "article_id = ?", lambda v: [v]),
)
ACTOR_CONDS: tuple[Cond, ...] = (
    ("actor", "(name ILIKE ? OR code = ?)", lambda v: [_like(v), _up(v)]),
    ("country", "country = ?", lambda v: [_up(v)]),
)
PLACE_CONDS: tuple[Cond, ...] = (
    ("place", "name ILIKE ?", lambda v: [_like(v)]),
    ("country", "country = ?", lambda v: [_up(v)]),
)
ARTICLE_CONDS: tuple[Cond, ...] = (
    ("article", "id = ?", lambda v: [v]),
    ("text", "(text ILIKE ? OR title ILIKE ?)", lambda v: [_like(v), _like(v)]),
    ("since", "published >= CAST(? AS DATE)", lambda v: [v]),
    ("until", "published <= CAST(? AS DATE)", lambda v: [v]),
)


def build_where(f: Filters, conds: tuple[Cond, ...]) -> tuple[str, list[Any]]:
    """SQL condition and parameters for the filters set in ``f`` (values always parameters)."""
    sql, params = ["TRUE"], []
    for name, cond, bind in conds:
        value = getattr(f, name)
        if value:
            sql.append(cond)
            params += bind(value)
    return " AND ".join(sql), params


def event_where(f: Filters) -> tuple[str, list[Any]]:
    """SQL condition and parameters for event filters (values are always parameters)."""
    return build_where(f, EVENT_CONDS)


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
