"""Benchmark: how many of our own multi-sentence no-event passages the coder gives an event.

The events issue's held-out target is that at most 8 of 59 real-news passages with no codable
event get one. This is our own proxy: the passages with no event (cameo ``-``) in a corpus
file or folder the model was not trained on (``corpus/events_pending/`` by default), each
run through the whole pipeline as one article. It prints the count, the share, and the count
by hard-negative class, with the events that fired when ``--show`` is given.

    .venv/bin/python bench/noevent_passages.py [corpus/events_pending] [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tacitus.events.corpus import files, load_file
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default="corpus/events_pending")
    ap.add_argument("--show", action="store_true", help="print the events given")
    args = ap.parse_args()
    path = Path(args.path)
    rows = [
        r
        for p in (files(path) if path.is_dir() else [path])
        for r in load_file(p)
        if r.cameo is None and len(r.text.split(". ")) > 1  # passages: more than one sentence
    ]
    if not rows:
        raise SystemExit(f"{path}: no multi-sentence no-event rows")
    raws = [RawArticle(r.where, text=r.text) for r in rows]
    fired: Counter[str] = Counter()
    total: Counter[str] = Counter(r.cls for r in rows)
    for row, outcome in zip(rows, Pipeline(Settings()).run(raws), strict=True):
        events = outcome.record.events if outcome.record is not None else ()
        if events:
            fired[row.cls] += 1
            if args.show:
                for e in events:
                    print(f"{row.where}: {e.cameo} {e.plover} ({e.rule}) {e.trigger!r}")
    n = sum(fired.values())
    for cls in sorted(total, key=lambda c: (-fired[c], c)):
        print(f"  {cls:20} {fired[cls]:4d} of {total[cls]:4d}")
    print(f"no-event passages given an event: {n} of {len(rows)} ({n / len(rows):.1%})")


if __name__ == "__main__":
    main()
