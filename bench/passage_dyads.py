"""Benchmark: source and target of the act in multi-sentence passages.

Each row of a corpus TSV (``corpus/events/DATASHEET.md``) with a labelled act is run through
the whole pipeline as one article. For the best event of the labelled PLOVER type (one with
the labelled source, then target, first; then the most confident), it says whether its
source and target cover the labelled ones and whether its source has a country, and counts
the misses by class: no event of the type, the source empty, the source taken from the
sentence of the act when the labelled doer is named in another one (a pronoun or "the
ministry" not resolved), a wrong source otherwise, the target empty or wrong, and a source
with no country.

    .venv/bin/python bench/passage_dyads.py corpus/events/pos_passages_s25.tsv [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tacitus.evaluate.event_sets import covers
from tacitus.events.corpus import Row, load_file
from tacitus.pipeline import Pipeline
from tacitus.records import Event, RawArticle
from tacitus.settings import Settings


def failure(row: Row, best: Event | None, text: str) -> list[str]:
    """The classes of what the best event of the row's type gets wrong (empty: all right)."""
    if best is None:
        return ["no_event_of_type"]
    out: list[str] = []
    if best.source is None:
        out.append("source_empty")
    elif not covers(best.source, row.source, text):
        far = row.source is not None and row.source not in best.sentence
        out.append("source_named_before" if far else "source_wrong")
    if row.target is not None:
        if best.target is None:
            out.append("target_empty")
        elif not covers(best.target, row.target, text):
            out.append("target_wrong")
    if best.source is not None and not best.source.country and best.source.sector != "IGO":
        out.append("source_no_country")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--show", action="store_true", help="print each passage's outcome")
    args = ap.parse_args()
    rows = [r for r in load_file(args.path) if r.cameo is not None]
    raws = [RawArticle(r.where, text=r.text) for r in rows]
    classes: Counter[str] = Counter()
    right = 0
    for row, outcome in zip(rows, Pipeline(Settings()).run(raws), strict=True):
        record = outcome.record
        events = [e for e in (record.events if record else ()) if e.plover == row.plover]
        text = record.article.text if record is not None else row.text
        # a joint act is coded once each way: the one with the labelled sides, if any
        best = max(
            events,
            key=lambda e: (
                covers(e.source, row.source, text),
                covers(e.target, row.target, text),
                e.confidence,
            ),
            default=None,
        )
        fails = failure(row, best, text)
        classes.update(fails)
        right += not fails
        if args.show:
            got = "-"
            if best is not None:
                src = f"{best.source.name}/{best.source.country}" if best.source else "None"
                tgt = best.target.name if best.target else "None"
                got = f"{best.cameo} {src} -> {tgt}"
            verdict = ",".join(fails) or "ok"
            print(f"{row.where}: {verdict}: want {row.source} -> {row.target}; got {got}")
    for cls, n in classes.most_common():
        print(f"  {cls:22} {n:4d}")
    print(f"passages with the type, source, target and a source country: {right} of {len(rows)}")


if __name__ == "__main__":
    main()
