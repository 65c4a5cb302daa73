"""Benchmark: how many of our own multi-sentence no-event passages the coder gives an event.

The events issue's held-out target is that at most 8 of 59 real-news passages with no codable
event get one. This is our own proxy: the passages with no event (cameo ``-``) in a corpus
file or folder the model was not trained on (``corpus/events_pending/`` by default), each
run through the whole pipeline as one article. It prints the count, the share, and the count
by hard-negative class, with the events that fired when ``--show`` is given.

With ``--positives`` it also runs the passages that do hold an event, and counts those
still given an event of the labelled PLOVER type: a rule that quiets no-event passages by
quieting everything shows up there.

With ``--published YYYY-MM-DD`` every passage is dated, as a news article is: the
history rule (acts dated well before the article's year) then applies.

    .venv/bin/python bench/noevent_passages.py [corpus/events_pending] [--show] [--positives]
        [--published YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tacitus.evaluate.event_sets import covers
from tacitus.events.corpus import Row, files, load_file
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default="corpus/events_pending")
    ap.add_argument("--show", action="store_true", help="print the events given")
    ap.add_argument("--positives", action="store_true", help="also count event passages kept")
    ap.add_argument("--published", help="date every passage (YYYY-MM-DD)")
    args = ap.parse_args()
    path = Path(args.path)
    passages = [
        r
        for p in (files(path) if path.is_dir() else [path])
        for r in load_file(p)
        if len(r.text.split(". ")) > 1  # passages: more than one sentence
    ]
    rows = [r for r in passages if r.cameo is None]
    if not rows:
        raise SystemExit(f"{path}: no multi-sentence no-event rows")
    raws = [RawArticle(r.where, text=r.text, published=args.published) for r in rows]
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
    if args.positives:
        positives([r for r in passages if r.cameo is not None], args.show, args.published)


def positives(rows: list[Row], show: bool, published: str | None = None) -> None:
    """Count event passages given an event of their labelled PLOVER type, those whose
    event of that type also has the labelled source and target (the dyad), and the share
    of coded events whose source has a country (the actors issue's measure)."""
    if not rows:
        print("no event passages")
        return
    raws = [RawArticle(r.where, text=r.text, published=published) for r in rows]
    kept = dyads = coded = with_country = 0
    for row, outcome in zip(rows, Pipeline(Settings()).run(raws), strict=True):
        record = outcome.record
        events = record.events if record is not None else ()
        text = record.article.text if record is not None else row.text
        hit = any(e.plover == row.plover for e in events)
        kept += hit
        dyads += any(
            e.plover == row.plover
            and covers(e.source, row.source, text)
            and covers(e.target, row.target, text)
            for e in events
        )
        coded += sum(1 for e in events if e.plover)
        with_country += sum(1 for e in events if e.plover and e.source and e.source.country)
        if show and not hit:
            got = ", ".join(f"{e.cameo} {e.plover}" for e in events) or "none"
            print(f"{row.where}: missed {row.cameo} {row.plover}; got {got}")
    print(f"event passages given their type: {kept} of {len(rows)} ({kept / len(rows):.1%})")
    print(f"... and their source and target: {dyads} of {len(rows)} ({dyads / len(rows):.1%})")
    share = with_country / max(1, coded)
    print(f"coded events on them with a source country: {with_country} of {coded} ({share:.1%})")


if __name__ == "__main__":
    main()
