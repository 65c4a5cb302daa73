"""Actor quality on a JSON Lines file of sentences (``text``, optional ``source``/``target``).

Prints aggregate figures only (never the sentences): the share of coded events whose source
has a country (or is an international organisation), the same for targets, how often the
best event's source overlaps the annotated source span, and the share of actors by
``country_from``.

    PYTHONPATH=src python bench/actors_plv.py ../shared/eval/plv_dev.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from tacitus.evaluate.events import best_events
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings

#: verbs that glue onto a name when NER runs past it ("Afghanistan said")
GLUE_VERBS = frozenset(
    {"said", "says", "told", "warned", "announced", "added", "urged", "called", "accused",
     "agreed", "denied", "rejected", "condemned", "met", "signed", "claimed", "stated"}
)  # fmt: skip


def name_shape(name: str) -> str | None:
    """The class of a doubtful actor name, or None for a clean one."""
    words = name.split()
    if not words:
        return "empty"
    if "\n" in name:
        return "spans lines"
    if any(w.lower().strip(".,") in GLUE_VERBS for w in words):
        return "holds a verb"
    if len(words) > 6:
        return "over six words"
    if any(ch.isdigit() for ch in name):
        return "holds a number"
    if words[0][:1].islower() and words[0].lower() not in ("the", "a", "an"):
        return "starts lower-case"
    return None


def _overlaps(text: str, gold: str | None, span_text: str | None) -> bool:
    if not gold or not span_text:
        return False
    g, s = gold.lower(), span_text.lower()
    return s in g or g in s


def main(path: str) -> None:
    rows = [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln]
    raws = [RawArticle(str(n), text=r["text"], id=str(n)) for n, r in enumerate(rows)]
    events = src_country = src_placed = tgt_any = tgt_country = implied = 0
    best_n = best_src_hit = best_src_country = 0
    by_from: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    actors = 0
    for row, outcome in zip(rows, Pipeline(Settings()).run(raws), strict=True):
        rec = outcome.record
        if rec is None:
            continue
        for a in rec.actors:
            actors += 1
            by_from[str(getattr(a, "country_from", None) or "none")] += 1
            shapes[name_shape(a.name) or "clean"] += 1
        coded = [e for e in rec.events if e.plover]
        events += len(coded)
        src_country += sum(bool(e.source and e.source.country) for e in coded)
        src_placed += sum(
            bool(e.source and (e.source.country or e.source.sector in ("IGO", "NGO")))
            for e in coded
        )
        tgt_any += sum(e.target is not None for e in coded)
        tgt_country += sum(bool(e.target and e.target.country) for e in coded)
        implied += sum(bool(getattr(e, "target_implied", False)) for e in coded)
        best = best_events(rec.events)
        if best:
            best_n += 1
            e = best[0]
            names = [e.source.name, *e.source.aliases] if e.source else []
            best_src_hit += any(_overlaps(row["text"], row.get("source"), n) for n in names)
            best_src_country += bool(e.source and e.source.country)
    n = max(1, events)
    print(f"sentences {len(rows)}  coded events {events}  actors {actors}")
    print(f"events with a source country   {src_country / n:.3f}")
    print(f"  ... or an IGO/NGO source       {src_placed / n:.3f}")
    print(f"events with a target           {tgt_any / n:.3f}")
    print(f"events with a target country   {tgt_country / n:.3f}")
    print(f"events with an implied target  {implied / n:.3f}")
    b = max(1, best_n)
    print(f"best event: source matches the annotated span {best_src_hit / b:.3f}")
    print(f"best event: source has a country              {best_src_country / b:.3f}")
    print("actor names by shape:", dict(shapes.most_common()))
    print("actors by country_from:")
    for k, v in by_from.most_common():
        print(f"  {k:<12} {v / max(1, actors):.3f}  ({v})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/plv_dev.jsonl")
