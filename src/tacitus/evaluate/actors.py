"""Score the actors stage on a JSON Lines gold file of our own format.

One passage per line: ``{"id": ..., "text": ..., "published": "YYYY-MM-DD" (optional),
"actors": [{"name": ..., "country": ISO3 | null, "sector": CAMEO agent code | null}]}``.
List every actor the passage names (people, organisations, groups, and states named as
actors), each once, under its fullest name.

A predicted actor matches a gold one by name: the same words (case, "the" and punctuation
aside) as its name or one of its aliases, or a person named by a part of the other's name
("Dvorak" for "Hana Dvorak"); each gold actor matches at most one predicted actor.

- ``name_precision``/``name_recall``/``name_f1``: over names alone.
- ``precision``/``recall``/``f1``: over (name, country, sector), all three right.
- ``country_accuracy``: on matched names, the share with the gold country (null = null).
- ``from_<kind>``: the share of predicted actors by ``country_from`` (``from_none``: no
  country).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..pipeline import Pipeline
from ..records import Actor, RawArticle
from ..settings import Settings
from . import Report

FROM_KINDS = ("kb", "title", "demonym", "place", "apposition", "institution", "context", "none")


@dataclass(frozen=True)
class GoldActor:
    name: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    published: str | None
    actors: tuple[GoldActor, ...]


def load_gold(path: Path) -> list[Case]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file: {exc.strerror or exc}") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(_case(json.loads(line), n))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{n}", f"not an actors gold line: {exc}") from None
    return out


def _case(rec: dict[str, Any], n: int) -> Case:
    actors = tuple(
        GoldActor(str(a["name"]), a.get("country") or None, a.get("sector") or None)
        for a in rec["actors"]
    )
    return Case(str(rec.get("id", n)), str(rec["text"]), rec.get("published"), actors)


def words(name: str) -> tuple[str, ...]:
    """The comparable words of a name: lower case, no "the", no punctuation."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-'" else " " for ch in name.lower())
    return tuple(w for w in cleaned.split() if w != "the")


def same_name(gold: str, pred: Actor) -> bool:
    g = words(gold)
    names = [words(x) for x in (pred.name, *pred.aliases)]
    if any(g == n for n in names):
        return True
    if pred.kind != "person":
        return False
    return any(n and (_part(n, g) or _part(g, n)) for n in names)


def _part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A person's surname alone, or a shorter run of the same name at its end."""
    return 0 < len(short) < len(long) and long[-len(short) :] == short


def match(gold: tuple[GoldActor, ...], pred: tuple[Actor, ...]) -> list[tuple[GoldActor, Actor]]:
    """Pairs of gold and predicted actors, one-to-one, exact names first."""
    pairs: list[tuple[GoldActor, Actor]] = []
    used: set[str] = set()
    for exact in (True, False):
        for g in gold:
            if any(g is p for p, _ in pairs):
                continue
            for a in pred:
                if a.id in used:
                    continue
                hit = words(g.name) == words(a.name) if exact else same_name(g.name, a)
                if hit:
                    pairs.append((g, a))
                    used.add(a.id)
                    break
    return pairs


def score(path: Path, settings: Settings, pipeline: Pipeline | None = None) -> Report:
    cases = load_gold(path)
    pipeline = pipeline or Pipeline(settings)
    raws = [RawArticle(c.id, text=c.text, id=c.id, published=c.published) for c in cases]
    n_gold = n_pred = named = right = country_ok = 0
    by_from: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for case, outcome in zip(cases, pipeline.run(raws), strict=True):
        pred = outcome.record.actors if outcome.record else ()
        n_gold += len(case.actors)
        n_pred += len(pred)
        by_from.update(a.country_from or "none" for a in pred)
        pairs = match(case.actors, pred)
        named += len(pairs)
        for g, a in pairs:
            country_ok += g.country == a.country
            right += (g.country, g.sector) == (a.country, a.sector)
            if g.country != a.country:
                misses[f"country {g.country or '-'} read as {a.country or '-'}"] += 1
            elif g.sector != a.sector:
                misses[f"sector {g.sector or '-'} read as {a.sector or '-'}"] += 1
        misses["actor missed"] += len(case.actors) - len(pairs)
        misses["actor not in gold"] += len(pred) - len(pairs)
    scores = {
        **_prf("name_", named, n_pred, n_gold),
        **_prf("", right, n_pred, n_gold),
        "country_accuracy": round(country_ok / named, 4) if named else 0.0,
    }
    total = max(1, sum(by_from.values()))
    scores |= {f"from_{k}": round(by_from[k] / total, 4) for k in FROM_KINDS}
    details = [f"passages: {len(cases)}, gold actors: {n_gold}, predicted: {n_pred}"]
    details += ["errors:"] + [f"  {k}: {v}" for k, v in misses.most_common(12) if v]
    return Report("actors", scores, details)


def _prf(prefix: str, hits: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        f"{prefix}precision": round(p, 4),
        f"{prefix}recall": round(r, 4),
        f"{prefix}f1": round(f, 4),
    }
