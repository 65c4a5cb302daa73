"""Score the event coder against gold records.

Two gold formats:

- PLOVER gold-standard records (a JSON list): ``text``, ``event`` (a PLOVER type, older
  names mapped to the current 16), ``source``/``target`` lists of ``{actorText, code}``
  with CAMEO country codes (``JAP`` is Japan; ``IGO``/``NGO`` name organisations, which
  compare as one class with our IGO and NGO actors).
- Our own JSON Lines: ``{"id", "text", "published", "events": [{"source", "root",
  "target"}]}`` with ISO3 countries (or ``IGO``/``NGO``/null) and a CAMEO root.

Scores:

- ``type_accuracy``: the PLOVER type of the best predicted event (the sentence's main act,
  then the highest confidence) is one of the gold types; no prediction counts as wrong.
- ``dyad_f1`` (with ``dyad_precision``, ``dyad_recall``): over (type, source country,
  target country) triples; predicted triples come from the best event's trigger (one per
  coordinated pair). A gold record with no target annotated leaves the target unscored.
- ``coverage``: share of records with any predicted event.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import ontology
from ..errors import InputError
from ..pipeline import Pipeline
from ..records import Actor, Event, RawArticle
from ..settings import Settings
from . import Report, event_sets

ANY = "*"  # an unannotated target matches anything
#: CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_COUNTRY = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "ROM": "ROU",
    "GMY": "DEU",
    "UK": "GBR",
    "ZAI": "COD",
    "TAW": "TWN",
    "BRM": "MMR",
}
#: CAMEO agent codes for actors with no country. International organisations compare as one
#: class: CAMEO gold records code international NGOs (the Red Cross, Amnesty) as IGO.
INTERNATIONAL = "INT"
NO_COUNTRY = {"IGO": INTERNATIONAL, "NGO": INTERNATIONAL, "IMG": None, "***": None}

Dyad = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    published: str | None
    types: frozenset[str]
    dyads: frozenset[Dyad]


def _gold_country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()[:3]
    if code in NO_COUNTRY:
        return NO_COUNTRY[code]
    return CAMEO_COUNTRY.get(code, code)


def _plover_sides(value: Any) -> list[str | None]:
    if not isinstance(value, list) or not value:
        return [ANY]
    return [_gold_country(a.get("code")) for a in value if isinstance(a, dict)] or [ANY]


def _from_plover(rec: dict[str, Any], n: int) -> Case:
    kind = ontology.plover_type(str(rec.get("event", "")))
    sources = _plover_sides(rec.get("source"))
    targets = _plover_sides(rec.get("target"))
    dyads = frozenset((kind, s, t) for s in sources for t in targets if s != ANY)
    return Case(str(rec.get("id", n)), rec["text"], None, frozenset({kind}), dyads)


def _from_jsonl(rec: dict[str, Any], n: int) -> Case:
    types, dyads = set(), set()
    for ev in rec.get("events", []):
        kind = ontology.lookup(str(ev["root"]).zfill(2)).plover or "NONE"
        types.add(kind)
        tgt = ev.get("target", ANY)
        dyads.add(
            (kind, _gold_country(ev.get("source")), ANY if tgt == ANY else _gold_country(tgt))
        )
    return Case(
        str(rec.get("id", n)), rec["text"], rec.get("published"), frozenset(types), frozenset(dyads)
    )


def load_gold(path: Path) -> list[Case]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file: {exc.strerror or exc}") from None
    try:
        if path.suffix == ".json":
            return [_from_plover(r, n) for n, r in enumerate(json.loads(text)) if r.get("text")]
        rows = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(str(path), f"not a gold events file: {exc}") from None
    return [_from_jsonl(r, n) for n, r in enumerate(rows)]


def actor_country(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return INTERNATIONAL if actor.sector in ("IGO", "NGO") else None


def best_events(events: tuple[Event, ...]) -> list[Event]:
    """The best event and its siblings from the same trigger: the sentence's main act
    (least ``prominence``: gold records label the act the sentence reports), then the
    highest confidence, then the earliest."""
    coded = [e for e in events if e.plover]
    if not coded:
        return []
    best = max(coded, key=lambda e: (-e.prominence, e.confidence, -e.span[0]))
    return [
        e for e in coded if (e.trigger, e.span, e.cameo) == (best.trigger, best.span, best.cameo)
    ]


def _matches(pred: Dyad, gold: Dyad) -> bool:
    return pred[:2] == gold[:2] and (gold[2] == ANY or pred[2] == gold[2])


def score(path: Path, settings: Settings, pipeline: Pipeline | None = None) -> Report:
    """Score the coder on a gold file (the default pipeline unless one is given), then on
    the span-marked set beside it and the corpus' held-out split (see ``event_sets``)."""
    pipeline = pipeline or Pipeline(settings)
    if path.is_dir() or event_sets.is_marked_set(path):
        scores, details = event_sets.extra_sets(path, pipeline)
        return Report("events", scores, details)
    report = score_records(path, pipeline)
    scores, details = event_sets.extra_sets(path, pipeline)
    report.scores.update(scores)
    report.details.extend(details)
    return report


def score_records(path: Path, pipeline: Pipeline) -> Report:
    """Type accuracy and dyad F1 on PLOVER gold records or our own JSON Lines."""
    cases = load_gold(path)
    raws = [RawArticle(c.id, text=c.text, id=c.id, published=c.published) for c in cases]
    right, covered, tp_p, tp_r, n_pred, n_gold = 0, 0, 0, 0, 0, 0
    confusion: dict[str, Counter[str]] = {}
    for case, outcome in zip(cases, pipeline.run(raws), strict=True):
        events = outcome.record.events if outcome.record else ()
        best = best_events(events)
        covered += bool(events)
        kind = best[0].plover or "NONE" if best else "NONE"
        right += kind in case.types
        for gold_kind in case.types:
            confusion.setdefault(gold_kind, Counter())[kind] += 1
        pred = {
            (e.plover or "NONE", actor_country(e.source), actor_country(e.target)) for e in best
        }
        n_pred += len(pred)
        n_gold += len(case.dyads)
        tp_p += sum(any(_matches(p, g) for g in case.dyads) for p in pred)
        tp_r += sum(any(_matches(p, g) for p in pred) for g in case.dyads)
    n = max(1, len(cases))
    precision = tp_p / n_pred if n_pred else 0.0
    recall = tp_r / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = {
        "type_accuracy": round(right / n, 4),
        "dyad_f1": round(f1, 4),
        "dyad_precision": round(precision, 4),
        "dyad_recall": round(recall, 4),
        "coverage": round(covered / n, 4),
    }
    return Report("events", scores, [f"records: {len(cases)}", *_confusion_lines(confusion)])


def _confusion_lines(confusion: dict[str, Counter[str]]) -> list[str]:
    lines = ["confusion (gold type: predicted counts)"]
    for kind in sorted(confusion, key=lambda k: -sum(confusion[k].values())):
        row = confusion[kind]
        total = sum(row.values())
        cells = ", ".join(f"{p} {c}" for p, c in row.most_common())
        lines.append(f"  {kind:<10} {row[kind]}/{total}: {cells}")
    return lines
