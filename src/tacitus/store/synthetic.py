"""Synthetic events for benchmarks: a million rows generated inside DuckDB in a second."""

from __future__ import annotations

from typing import Any

from .duck import DuckStore

_FILL = """
INSERT INTO events (id, article_id, date, date_precision, source_name, source_country,
    source_code, target_name, target_country, target_code, cameo, root, quad_class, goldstein,
    negated, modality, place_name, place_country, sentence, span_start, span_end, trigger,
    confidence, rule)
SELECT 'e' || i, 'a' || (i // 8), DATE '2015-01-01' + CAST(hash(i) % 3650 AS INTEGER), 'day',
    s || ' government', s, s || 'GOV', t || ' army', t, t || 'MIL', r || '0', r,
    CAST(1 + hash(i * 11) % 4 AS INTEGER), (hash(i * 13) % 200) / 10.0 - 10, false,
    'asserted', 'Place ' || (i % 5000), c[CAST(1 + hash(i * 17) % len(c) AS BIGINT)],
    'Synthetic sentence number ' || i || '.', 0, 10, 'met', 0.8, 'bench'
FROM (
    SELECT i, c, c[CAST(1 + hash(i * 3) % len(c) AS BIGINT)] AS s,
           c[CAST(1 + hash(i * 5) % len(c) AS BIGINT)] AS t,
           lpad(CAST(1 + hash(i * 7) % 20 AS VARCHAR), 2, '0') AS r
    FROM range(?) g(i), (SELECT ? AS c)
)
"""

_AGGREGATE = """
SELECT source_country AS country, date_trunc('month', date) AS month, count(*) AS events,
       avg(goldstein) AS goldstein
FROM events GROUP BY ALL ORDER BY month, country
"""


def fill_events(store: DuckStore, n_events: int, countries: list[str]) -> None:
    """``n_events`` generated events (8 an article id, dates over ten years), checkpointed."""
    with store._transaction() as con:
        con.execute(_FILL, [n_events, countries])
    with store._lock:
        store._con.execute("CHECKPOINT")


def events_by_country_month(store: DuckStore) -> list[dict[str, Any]]:
    """Events and mean Goldstein per source country and month (the benchmark aggregate)."""
    return store.query(_AGGREGATE)
