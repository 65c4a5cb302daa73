"""PLOVER type confusion by trigger (aggregate figures only, never the sentences).

For each off-diagonal cell of the type confusion table (gold type -> predicted type) it
prints how often each (trigger lemma, CAMEO code, rule kind) gave the wrong type: the error
classes to fix in the lexicon and the sense rules, not the cases. Runs clean/nlp once
(cached with ``--cache``), then actors and events.

    PYTHONPATH=src python bench/type_confusion.py corpus/events --split heldout --cache /tmp/h.pkl
    PYTHONPATH=src python bench/type_confusion.py ../shared/eval/plv_dev.jsonl --cache /tmp/p.pkl

Also reads PLOVER gold-standard records (a ``.json`` list). ``--model PATH`` scores other
weights (say, trained into /tmp) instead of the shipped ones; ``--codes 16,19`` adds, for the
best events with those CAMEO code prefixes, the gold types by trigger, code and object lemma.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from dyad_errors import parsed  # bench/ is the script dir: run as a script

from tacitus.evaluate.event_sets import GOLD_TYPES, Gold, best_of, from_rows, load_marked
from tacitus.evaluate.events import load_gold
from tacitus.events import model as event_model
from tacitus.events.corpus import NONE
from tacitus.events.corpus import load as load_corpus
from tacitus.pipeline import Document, load_stage
from tacitus.records import Event
from tacitus.settings import Settings


def _use_model(path: Path) -> None:
    """Make the events stage load ``path`` instead of the shipped weights."""
    import tacitus.events as ev

    loaded = event_model.EventModel.load(path)
    setattr(ev, "shipped", lambda _p=None: loaded)  # noqa: B010  (a bench-only swap)


def _object(doc: Document, e: Event) -> str:
    """The lemma of the trigger's object (or a passive subject, or a preposition's object)."""
    assert doc.parse is not None
    word = e.trigger.lower().split()[0]
    starts = (t for t in doc.parse.tokens if t.start >= e.span[0] and t.text.lower() == word)
    tok = next(starts, None)
    if tok is None:
        return "?"
    for k in doc.parse.child_tokens[tok.i]:
        if k.dep in ("dobj", "nsubjpass", "attr"):
            return k.lemma.lower()
    for k in doc.parse.child_tokens[tok.i]:
        if k.dep == "prep":
            objs = [o.lemma.lower() for o in doc.parse.child_tokens[k.i] if o.dep == "pobj"]
            if objs:
                return f"{k.lemma.lower()}:{objs[0]}"
    return "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--split", default="heldout")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--model", type=Path)
    ap.add_argument("--top", type=int, default=8, help="triggers shown per cell")
    ap.add_argument("--codes", help="also print gold types by trigger for these code prefixes")
    args = ap.parse_args()
    if args.model:
        _use_model(args.model)
    if args.path.is_dir():
        golds = from_rows(load_corpus(args.path, split=args.split))
    elif args.path.suffix == ".json":  # PLOVER gold-standard records
        golds = [Gold(c.id, c.text, c.types, None, None) for c in load_gold(args.path)]
    else:
        golds = load_marked(args.path)
    docs = parsed(golds, args.cache)
    settings = Settings()
    actors, events = load_stage("actors", settings), load_stage("events", settings)
    cells: dict[tuple[str, str], Counter[str]] = {}
    by_code: dict[str, Counter[str]] = {}
    right = 0
    for gold, doc in zip(golds, docs, strict=True):
        if doc.article is None or doc.parse is None:
            continue
        doc = events(actors(doc))
        best = best_of(doc.events)
        kind = (best[0].plover or NONE) if best else NONE
        name = "YIELD" if gold.types == GOLD_TYPES["YIELD"] else min(gold.types)
        if best and args.codes and best[0].cameo.startswith(tuple(args.codes.split(","))):
            key = f"{best[0].trigger.lower()} {best[0].cameo} [{_object(doc, best[0])}] -> {kind}"
            by_code.setdefault(key, Counter())[name] += 1
        if kind in gold.types:
            right += 1
            continue
        why = "-"
        if best:
            e = best[0]
            why = f"{e.trigger.lower()} {e.cameo} {e.rule.split(':')[0]}"
        cells.setdefault((name, kind), Counter())[why] += 1
    print(f"type accuracy {right / max(1, len(golds)):.3f} over {len(golds)}")
    for (g, p), c in sorted(cells.items(), key=lambda kv: -sum(kv[1].values())):
        if p == NONE:
            continue
        shown = "; ".join(f"{w} x{k}" for w, k in c.most_common(args.top))
        print(f"{g:>9} -> {p:<9} {sum(c.values()):>3}: {shown}")
    misses = Counter({g: sum(c.values()) for (g, p), c in cells.items() if p == NONE})
    print("gold type given no event:", dict(misses.most_common()))
    for key, c in sorted(by_code.items()):
        print(f"  {key}: gold {dict(c.most_common())}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
