"""Dedup across articles: near-duplicate articles, and one event told by many articles.

1. **Near-duplicate articles** (wire copies, re-posts with other boilerplate): a MinHash
   signature (datasketch's scheme, in numpy) of each article's word 5-grams, LSH bands kept
   in the store (``article_bands``), candidates checked by estimated Jaccard similarity. A copy gets
   ``articles.near_dup_of`` = the first stored article of its group; it stays stored, linked.
2. **Event clusters**: events with the same source actor, target actor and CAMEO root, dated
   within :data:`WINDOW_DAYS` of the cluster and with compatible places (same country, or one
   unknown) are one real-world event: ``events.cluster_id`` links every mention to its row in
   ``event_clusters``, which counts ``num_mentions`` and ``num_articles`` (copies not counted
   twice) and ``num_sources`` (distinct outlets, copies included: a re-post by another outlet
   is another outlet reporting it).

Both steps work on what is still pending (articles without a signature, events without a
cluster), so they are incremental (tomorrow's ingest merges into today's clusters) and
resumable (a killed run's leftovers are finished by the next one). Deterministic: pending items
are taken in a fixed order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pyarrow as pa

from ..text import normalise, stable_id
from .duck import DuckStore as Store  # dedup keeps its tables in the DuckDB store

NUM_PERM = 128
BANDS, ROWS = 32, 4  # 32 bands of 4 rows: pairs above ~0.45 Jaccard become candidates
THRESHOLD = 0.7  # estimated Jaccard at or above which two articles are near-duplicates
SHINGLE = 5  # words per shingle
WINDOW_DAYS = 2
SEED = 1


_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_RNG = np.random.RandomState(SEED)
_A = _RNG.randint(1, int(_PRIME), NUM_PERM, dtype=np.uint64)
_B = _RNG.randint(0, int(_PRIME), NUM_PERM, dtype=np.uint64)


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint64 values) of the text's word shingles.

    The scheme of datasketch's ``MinHash`` (SHA-1 of each shingle, universal hashing modulo
    the Mersenne prime 2**61-1), written out in numpy: importing datasketch pulls in SciPy,
    which costs more than a small ingest.
    """
    words = normalise(text).split()
    n = min(SHINGLE, max(len(words), 1))
    shingles = {" ".join(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))}
    hv = np.fromiter(
        (int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    with np.errstate(over="ignore"):  # uint64 wrap-around is part of the hash
        perm = ((hv[:, None] * _A + _B) % _PRIME) & _MAX_HASH
    return np.asarray(perm.min(axis=0), dtype=np.uint64)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 64-bit key per LSH band."""
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "big"))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def update(store: Store) -> tuple[int, int]:
    """Link pending articles and cluster pending events; returns (articles, events) done."""
    return link_articles(store), cluster_events(store)


# -- near-duplicate articles --------------------------------------------------------------
def link_articles(store: Store) -> int:
    pending = store.query(
        "SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM article_minhash) "
        "ORDER BY ingested_at, id"
    )
    if not pending:
        return 0
    sigs = {r["id"]: signature(r["text"] or "") for r in pending}
    keys = {aid: band_keys(s) for aid, s in sigs.items()}
    stored = _stored_candidates(store, keys)
    canon: dict[str, str] = {}  # article -> its group's first article
    seen_bands: dict[tuple[int, int], list[str]] = {}
    for r in pending:
        aid = r["id"]
        cands = set(stored.get(aid, ()))
        for b, k in enumerate(keys[aid]):
            cands.update(seen_bands.get((b, k), ()))
        best = _best_match(sigs[aid], cands, sigs, stored["__sigs__"])
        if best is not None:
            canon[aid] = canon.get(best) or stored["__canon__"].get(best) or best
        for b, k in enumerate(keys[aid]):
            seen_bands.setdefault((b, k), []).append(aid)
    _write_links(store, sigs, keys, canon)
    return len(pending)


def _stored_candidates(store: Store, keys: dict[str, list[int]]) -> dict[str, Any]:
    """Stored articles sharing a band with each pending one, with their signatures."""
    rows = [(aid, b, k) for aid, ks in keys.items() for b, k in enumerate(ks)]
    staged = pa.table(  # noqa: F841 - read by DuckDB below
        {
            "aid": [r[0] for r in rows],
            "band": pa.array([r[1] for r in rows], pa.int32()),
            "key": pa.array([r[2] for r in rows], pa.uint64()),
        }
    )
    with store._lock:
        pairs = store._con.execute(
            "SELECT DISTINCT s.aid, b.article_id FROM staged s "
            "JOIN article_bands b ON b.band = s.band AND b.key = s.key ORDER BY 1, 2"
        ).fetchall()
        others = pa.table({"id": sorted({p[1] for p in pairs})})  # noqa: F841 - read below
        sigs = store._con.execute(
            "SELECT m.article_id, m.hashes, a.near_dup_of FROM others o "
            "JOIN article_minhash m ON m.article_id = o.id JOIN articles a ON a.id = o.id"
        ).fetchall()
    out: dict[str, Any] = {"__sigs__": {}, "__canon__": {}}
    for aid, other in pairs:
        out.setdefault(aid, []).append(other)
    for other, hashes, dup_of in sigs:
        out["__sigs__"][other] = np.asarray(hashes, dtype=np.uint64)
        if dup_of:
            out["__canon__"][other] = dup_of
    return out


def _best_match(
    sig: np.ndarray, cands: set[str], batch: dict[str, np.ndarray], stored: dict[str, np.ndarray]
) -> str | None:
    best, best_sim = None, THRESHOLD
    for c in sorted(cands):
        other = stored.get(c)
        if other is None:
            other = batch[c]
        sim = similarity(sig, other)
        if sim >= best_sim and (best is None or sim > best_sim):
            best, best_sim = c, sim
    return best


def _write_links(
    store: Store,
    sigs: dict[str, np.ndarray],
    keys: dict[str, list[int]],
    canon: dict[str, str],
) -> None:
    ids = list(sigs)
    minhash = pa.table(  # noqa: F841 - read by DuckDB below
        {
            "article_id": ids,
            "hashes": pa.array([sigs[a].tolist() for a in ids], pa.list_(pa.uint64())),
        }
    )
    bands = pa.table(  # noqa: F841 - read by DuckDB below
        {
            "article_id": [a for a in ids for _ in range(BANDS)],
            "band": pa.array([b for _ in ids for b in range(BANDS)], pa.int32()),
            "key": pa.array([k for a in ids for k in keys[a]], pa.uint64()),
        }
    )
    links = pa.table({"id": list(canon), "dup_of": list(canon.values())})  # noqa: F841
    with store._transaction() as con:
        con.execute("INSERT INTO article_minhash SELECT article_id, hashes FROM minhash")
        con.execute("INSERT INTO article_bands SELECT article_id, band, key FROM bands")
        if canon:
            con.execute(
                "UPDATE articles SET near_dup_of = links.dup_of FROM links "
                "WHERE articles.id = links.id"
            )


# -- event clusters -----------------------------------------------------------------------
@dataclass
class Cluster:
    id: str
    first: date | None
    last: date | None
    place_name: str | None
    place_country: str | None
    cameo: str
    is_new: bool = False


_PENDING_EVENTS = """
SELECT e.id, e.article_id, e.root, e.cameo, coalesce(e.date, a.published) AS day,
       coalesce(e.source_code, upper(e.source_name), e.source_country) AS skey,
       coalesce(e.target_code, upper(e.target_name), e.target_country) AS tkey,
       e.place_name, e.place_country
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.cluster_id IS NULL
ORDER BY day NULLS LAST, e.article_id, e.span_start, e.id
"""


def event_key(e: dict[str, Any]) -> tuple[str, str, str] | None:
    """The dyad and root that must agree; None when the event cannot be matched."""
    if e["day"] is None or (e["skey"] is None and e["tkey"] is None) or not e["root"]:
        return None
    return (e["skey"] or "", e["tkey"] or "", e["root"])


def compatible(c: Cluster, e: dict[str, Any]) -> bool:
    if c.place_country and e["place_country"]:
        return bool(c.place_country == e["place_country"])
    if c.place_name and e["place_name"] and not (c.place_country or e["place_country"]):
        return bool(c.place_name.lower() == e["place_name"].lower())
    return True


def cluster_events(store: Store) -> int:
    pending = store.query(_PENDING_EVENTS)
    if not pending:
        return 0
    by_key = _open_clusters(store, {k for e in pending if (k := event_key(e))})
    assign: list[tuple[str, str, str]] = []  # (event id, article id, cluster id)
    touched: dict[str, tuple[tuple[str, str, str] | None, Cluster]] = {}
    for e in pending:
        key = event_key(e)
        cl = _find(by_key.get(key, []), e) if key else None
        if cl is None:
            cl = Cluster(
                stable_id("cluster", e["article_id"], e["id"]),
                e["day"],
                e["day"],
                e["place_name"],
                e["place_country"],
                e["cameo"],
                is_new=True,
            )
            if key:
                by_key.setdefault(key, []).append(cl)
        if e["day"] is not None and cl.first is not None:
            cl.first, cl.last = min(cl.first, e["day"]), max(cl.last, e["day"])
        cl.place_name = cl.place_name or e["place_name"]
        cl.place_country = cl.place_country or e["place_country"]
        assign.append((e["id"], e["article_id"], cl.id))
        touched[cl.id] = (key, cl)
    _write_clusters(store, assign, touched)
    return len(pending)


def _find(clusters: list[Cluster], e: dict[str, Any]) -> Cluster | None:
    w = timedelta(days=WINDOW_DAYS)
    for c in clusters:
        if c.first is None or c.last is None:
            continue
        if c.first - w <= e["day"] <= c.last + w and compatible(c, e):
            return c
    return None


def _open_clusters(store: Store, keys: set[tuple[str, str, str]]) -> dict[tuple, list[Cluster]]:
    if not keys:
        return {}
    ks = sorted(keys)
    staged = pa.table(  # noqa: F841 - read by DuckDB below
        {"s": [k[0] for k in ks], "t": [k[1] for k in ks], "r": [k[2] for k in ks]}
    )
    with store._lock:
        cur = store._con.execute(
            "SELECT c.* FROM event_clusters c JOIN staged k "
            "ON c.source_key = k.s AND c.target_key = k.t AND c.root = k.r ORDER BY c.date, c.id"
        )
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    out: dict[tuple, list[Cluster]] = {}
    for r in rows:
        c = Cluster(
            r["id"], r["date"], r["last_date"], r["place_name"], r["place_country"], r["cameo"]
        )
        out.setdefault((r["source_key"], r["target_key"], r["root"]), []).append(c)
    return out


#: Recount the touched clusters (copies linked by near_dup_of are not counted twice).
_INSERT_CLUSTERS = """
INSERT INTO event_clusters
SELECT t.id, t.source_key, t.target_key, t.root, t.cameo, t.date, t.last_date, t.place_name,
       t.place_country, n.num_mentions, n.num_articles, n.num_sources
FROM touched t JOIN (
    SELECT e.cluster_id AS id,
           count(*) FILTER (WHERE a.near_dup_of IS NULL) AS num_mentions,
           count(DISTINCT coalesce(a.near_dup_of, a.id)) AS num_articles,
           count(DISTINCT coalesce(a.source, coalesce(a.near_dup_of, a.id))) AS num_sources
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.cluster_id IN (SELECT id FROM touched)
    GROUP BY e.cluster_id
) n USING (id)
"""


def _write_clusters(
    store: Store,
    assign: list[tuple[str, str, str]],
    touched: dict[str, tuple[tuple[str, str, str] | None, Cluster]],
) -> None:
    links = pa.table(  # noqa: F841 - read by DuckDB below
        {
            "eid": [a[0] for a in assign],
            "aid": [a[1] for a in assign],
            "cid": [a[2] for a in assign],
        }
    )
    ids = list(touched)
    cols: dict[str, list[Any]] = {
        "id": ids,
        "source_key": [(touched[i][0] or ("", "", ""))[0] for i in ids],
        "target_key": [(touched[i][0] or ("", "", ""))[1] for i in ids],
        "root": [(touched[i][0] or ("", "", ""))[2] for i in ids],
        "cameo": [touched[i][1].cameo for i in ids],
        "date": [touched[i][1].first for i in ids],
        "last_date": [touched[i][1].last for i in ids],
        "place_name": [touched[i][1].place_name for i in ids],
        "place_country": [touched[i][1].place_country for i in ids],
    }
    touched_t = pa.table(cols)  # noqa: F841 - read by DuckDB below
    with store._transaction() as con:
        con.execute(
            "UPDATE events SET cluster_id = links.cid FROM links "
            "WHERE events.id = links.eid AND events.article_id = links.aid"
        )
        con.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT * FROM touched_t")
        con.execute("DELETE FROM event_clusters WHERE id IN (SELECT id FROM touched)")
        con.execute(_INSERT_CLUSTERS)
        con.execute("DROP TABLE touched")
