"""Run the real pipeline on the project's own event corpus and report, per class, how the
rules do.

For every line of ``corpus/events/*.tsv`` (header ``text cameo source target negated
modality class tags``; cameo ``-`` is no event) the whole default pipeline codes the text;
the best event (as ``tacitus eval events`` picks it) is compared with the line:

- no-event lines: the share given any event (lower is better);
- negated lines (gold ``negated`` 1: "did not attack"): ``negok``, the share where the best
  event is not that act asserted (no event, a negated one, or another type);
- other positive lines: type accuracy (PLOVER type of the best event against that of the gold
  CAMEO code) and dyad accuracy (right type, and the event's source and target actors have a
  mention overlapping the gold spans; a gold ``-`` wants no actor on that side).

Usage: ``PYTHONPATH=src .venv/bin/python bench/lexicon_on_corpus.py [--json OUT]
[--class NAME ...] [--errors N] [FILE ...]``. It prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from tacitus import ontology
from tacitus.evaluate.events import best_events
from tacitus.pipeline import Pipeline
from tacitus.records import Actor, Event, RawArticle, Record
from tacitus.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "events"


@dataclass(frozen=True)
class Line:
    where: str
    text: str
    cameo: str
    source: str
    target: str
    negated: bool
    klass: str


def read_corpus(files: list[Path]) -> list[Line]:
    out = []
    for path in files:
        rows = path.read_text(encoding="utf-8").splitlines()
        for n, row in enumerate(rows[1:], 2):
            cells = row.split("\t")
            if len(cells) != 8:
                print(f"{path.name}:{n}: expected 8 columns, skipped", file=sys.stderr)
                continue
            text, cameo, source, target, neg, _mod, klass, _tags = cells
            out.append(Line(f"{path.name}:{n}", text, cameo, source, target, neg == "1", klass))
    return out


def _gold_span(text: str, span: str) -> tuple[int, int] | None:
    if span == "-":
        return None
    at = text.find(span)
    return (at, at + len(span)) if at >= 0 else None


def _side_ok(actor: Actor | None, gold: tuple[int, int] | None, mentions: dict[str, Actor]) -> bool:
    if gold is None:
        return actor is None
    if actor is None:
        return False
    full = mentions.get(actor.id, actor)
    return any(s < gold[1] and gold[0] < e for s, e in full.mentions)


def plover_of(code: str) -> str | None:
    try:
        return ontology.lookup(code).plover
    except KeyError:
        return None


def judge(line: Line, record: Record | None) -> dict[str, object]:
    events: tuple[Event, ...] = record.events if record else ()
    best = best_events(events)
    got = best[0].plover if best else None
    out: dict[str, object] = {"any": bool(best), "got": got, "code": best[0].cameo if best else ""}
    if line.cameo == "-":
        return out
    want = plover_of(line.cameo)
    mentions = {a.id: a for a in record.actors} if record else {}
    src, tgt = _gold_span(line.text, line.source), _gold_span(line.text, line.target)
    typed = [e for e in best if e.plover == want]
    out["want"] = want
    out["negok"] = not any(e.plover == want and not e.negated for e in best)
    out["type"] = got == want
    out["dyad"] = any(
        _side_ok(e.source, src, mentions) and _side_ok(e.target, tgt, mentions) for e in typed
    )
    out["source"] = any(_side_ok(e.source, src, mentions) for e in best)
    out["target"] = any(_side_ok(e.target, tgt, mentions) for e in best)
    return out


def run(lines: list[Line]) -> list[dict[str, object]]:
    pipeline = Pipeline(Settings())
    raws = [RawArticle(ln.where, text=ln.text, id=f"c{n}") for n, ln in enumerate(lines)]
    return [judge(ln, o.record) for ln, o in zip(lines, pipeline.run(raws), strict=True)]


def summarise(lines: list[Line], results: list[dict[str, object]]) -> dict[str, dict[str, float]]:
    by: dict[str, list[tuple[Line, dict[str, object]]]] = defaultdict(list)
    for ln, r in zip(lines, results, strict=True):
        by[ln.klass].append((ln, r))
        by["ALL"].append((ln, r))
    table: dict[str, dict[str, float]] = {}
    for klass, rows in by.items():
        neg = [r for ln, r in rows if ln.cameo == "-"]
        pos = [r for ln, r in rows if ln.cameo != "-" and not ln.negated]
        denied = [r for ln, r in rows if ln.cameo != "-" and ln.negated]
        row: dict[str, float] = {"neg": len(neg), "pos": len(pos), "negd": len(denied)}
        if denied:
            row["negok"] = round(sum(bool(r["negok"]) for r in denied) / len(denied), 3)
        if neg:
            row["neg_fp"] = round(sum(bool(r["any"]) for r in neg) / len(neg), 3)
        if pos:
            for key in ("type", "dyad", "source", "target"):
                row[key] = round(sum(bool(r[key]) for r in pos) / len(pos), 3)
        table[klass] = row
    return table


def show(table: dict[str, dict[str, float]]) -> None:
    cols = ("neg", "neg_fp", "pos", "type", "dyad", "source", "target", "negd", "negok")
    print(f"{'class':<20}" + "".join(f"{c:>8}" for c in cols))
    for klass in sorted(table, key=lambda k: (k == "ALL", k)):
        row = table[klass]
        cells = "".join(f"{row[c]:>8}" if c in row else f"{'':>8}" for c in cols)
        print(f"{klass:<20}{cells}")


def show_errors(lines: list[Line], results: list[dict[str, object]], n: int) -> None:
    confusion: Counter[tuple[str, str]] = Counter()
    for ln, r in zip(lines, results, strict=True):
        if ln.cameo == "-" and r["any"]:
            print(f"FP  {ln.where} [{ln.klass}] {r['code']}: {ln.text}")
        elif ln.cameo != "-" and not ln.negated and not r["type"]:
            confusion[(str(r["want"]), str(r["got"]))] += 1
    for (want, got), k in confusion.most_common(n):
        print(f"confusion {want:>10} -> {got:<10} {k}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--json", type=Path, help="write the per-class table here")
    ap.add_argument("--class", dest="classes", action="append", default=[])
    ap.add_argument("--errors", type=int, default=0, help="print FPs and top N confusions")
    ap.add_argument("--dump", type=Path, help="write one JSON line per corpus line here")
    args = ap.parse_args(argv)
    files = args.files or sorted(CORPUS.glob("*.tsv"))
    lines = read_corpus(files)
    if args.classes:
        lines = [ln for ln in lines if ln.klass in args.classes]
    results = run(lines)
    table = summarise(lines, results)
    show(table)
    if args.errors:
        show_errors(lines, results, args.errors)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for ln, r in zip(lines, results, strict=True):
                f.write(json.dumps({"where": ln.where, "class": ln.klass, **r}) + "\n")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
