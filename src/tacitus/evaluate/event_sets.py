"""Two more event sets scored by ``tacitus eval events``.

- **Span-marked sentences** (JSON Lines with ``id``, ``text``, ``plover``, ``source``,
  ``target``, as ``plv_dev.jsonl``): ``plv_type_accuracy`` (the best event's PLOVER type;
  ``YIELD`` is CONCEDE or RETREAT) and ``plv_dyad_accuracy`` (a best event of the right type
  whose source and target actors have a mention overlapping the gold source and target text).
- **The corpus' held-out split** (``corpus/events``, see :mod:`tacitus.events.corpus`):
  ``heldout_type_accuracy`` (no event counts as the type ``NONE``), ``heldout_dyad_accuracy``
  (over rows with an event), ``heldout_noevent_specificity`` (share of no-event rows given no
  event at all: one minus the false-positive rate, so that its floor can only go up) and a
  reliability table: the best events binned by confidence against the share that is right.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..events.corpus import NONE, Row
from ..events.corpus import load as load_corpus
from ..pipeline import Pipeline
from ..records import Actor, Event, RawArticle, Record

#: Gold names that stand for more than one PLOVER type.
GOLD_TYPES = {"YIELD": frozenset({"CONCEDE", "RETREAT"})}
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


@dataclass(frozen=True)
class Gold:
    id: str
    text: str
    types: frozenset[str]
    source: str | None
    target: str | None


def corpus_dir() -> Path | None:
    """``$TACITUS_CORPUS``, else ``corpus/events`` here or in the source checkout."""
    env = os.environ.get("TACITUS_CORPUS")
    here = Path(__file__).resolve().parents[3] / "corpus" / "events"
    for p in (Path(env) if env else None, Path("corpus/events"), here):
        if p is not None and p.is_dir() and any(p.glob("*.tsv")):
            return p
    return None


def is_marked_set(path: Path) -> bool:
    """A JSON Lines file whose records name a ``plover`` type (the span-marked format)."""
    if path.suffix != ".jsonl" or not path.is_file():
        return False
    with path.open(encoding="utf-8") as f:
        first = next((ln for ln in f if ln.strip()), "")
    try:
        return "plover" in json.loads(first)
    except json.JSONDecodeError:
        return False


def load_marked(path: Path) -> list[Gold]:
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                kind = str(rec["plover"]).upper()
                out.append(
                    Gold(
                        str(rec.get("id", n)),
                        rec["text"],
                        GOLD_TYPES.get(kind, frozenset({kind})),
                        rec.get("source") or None,
                        rec.get("target") or None,
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}", f"not a span-marked event record: {exc}") from None
    return out


def from_rows(rows: list[Row]) -> list[Gold]:
    return [Gold(r.where, r.text, frozenset({r.label}), r.source, r.target) for r in rows]


def best_of(events: tuple[Event, ...]) -> list[Event]:
    from .events import best_events

    return best_events(events)


def covers(actor: Actor | None, gold: str | None, text: str) -> bool:
    """The actor has a mention overlapping the gold text (or, when the cleaned text lost
    the gold string, shares a word with it by name)."""
    if gold is None:
        return True
    if actor is None:
        return False
    spans = []
    start = text.find(gold)
    while start >= 0:
        spans.append((start, start + len(gold)))
        start = text.find(gold, start + 1)
    if spans:
        return any(m[0] < e and s < m[1] for m in actor.mentions for s, e in spans)
    words = {w.lower() for w in gold.split() if len(w) > 2}
    names = {w.lower() for n in (actor.name, *actor.aliases) for w in n.split()}
    return bool(words & names)


def run_all(golds: list[Gold], pipeline: Pipeline) -> Iterator[tuple[Gold, Record | None]]:
    raws = [RawArticle(g.id, text=g.text, id=g.id) for g in golds]
    for gold, outcome in zip(golds, pipeline.run(raws), strict=True):
        yield gold, outcome.record


def _dyad_right(best: list[Event], gold: Gold, text: str) -> bool:
    return any(
        (e.plover or NONE) in gold.types
        and covers(e.source, gold.source, text)
        and covers(e.target, gold.target, text)
        for e in best
    )


def score_marked(
    golds: list[Gold], pipeline: Pipeline, prefix: str
) -> tuple[dict[str, float], dict[str, Counter[str]], list[tuple[float, bool]]]:
    """Type and dyad accuracy over ``golds``; the confusion rows; (confidence, right) of
    each best event; for sets with no-event rows, the no-event specificity too."""
    right = dyad = n_events = 0
    quiet = n_none = 0
    confusion: dict[str, Counter[str]] = {}
    calib: list[tuple[float, bool]] = []
    for gold, record in run_all(golds, pipeline):
        events = record.events if record else ()
        text = record.article.text if record else gold.text
        best = best_of(events)
        kind = (best[0].plover or NONE) if best else NONE
        ok = kind in gold.types
        right += ok
        if best:
            calib.append((best[0].confidence, ok))
        name = "YIELD" if gold.types == GOLD_TYPES["YIELD"] else min(gold.types)
        confusion.setdefault(name, Counter())[kind] += 1
        if NONE in gold.types:
            n_none += 1
            quiet += not any(e.plover for e in events)
        else:
            n_events += 1
            dyad += _dyad_right(best, gold, text)
    n = max(1, len(golds))
    scores = {
        f"{prefix}_type_accuracy": round(right / n, 4),
        f"{prefix}_dyad_accuracy": round(dyad / max(1, n_events), 4),
    }
    if n_none:
        scores[f"{prefix}_noevent_specificity"] = round(quiet / n_none, 4)
    return scores, confusion, calib


def reliability(calib: list[tuple[float, bool]]) -> tuple[list[str], float]:
    """Lines of a reliability table and the expected calibration error."""
    lines = ["reliability (confidence bin: events, share right, mean confidence)"]
    ece = 0.0
    for lo, hi in itertools.pairwise(BINS):
        inside = [(c, ok) for c, ok in calib if lo <= c < hi]
        if not inside:
            continue
        share = sum(ok for _, ok in inside) / len(inside)
        mean = sum(c for c, _ in inside) / len(inside)
        ece += len(inside) / max(1, len(calib)) * abs(share - mean)
        lines.append(f"  {lo:.1f}-{min(hi, 1.0):.1f}  {len(inside):>5}  {share:.3f}  {mean:.3f}")
    lines.append(f"  expected calibration error {ece:.3f}")
    return lines, ece


def confusion_lines(title: str, confusion: dict[str, Counter[str]]) -> list[str]:
    lines = [title]
    for kind in sorted(confusion, key=lambda k: -sum(confusion[k].values())):
        row = confusion[kind]
        total = sum(row.values())
        hit = sum(c for p, c in row.items() if p in GOLD_TYPES.get(kind, {kind}))
        cells = ", ".join(f"{p} {c}" for p, c in row.most_common())
        lines.append(f"  {kind:<10} {hit}/{total}: {cells}")
    return lines


def extra_sets(path: Path, pipeline: Pipeline) -> tuple[dict[str, float], list[str]]:
    """What else ``eval events PATH`` scores: a span-marked file alone; a corpus folder's
    held-out split alone; beside a gold file in the shared eval folder (one that holds
    ``plv_dev.jsonl``), that file and the corpus' held-out split."""
    scores: dict[str, float] = {}
    details: list[str] = []
    if path.is_dir():
        marked, folder = None, path
    elif is_marked_set(path):
        marked, folder = path, None
    elif is_marked_set(path.parent / "plv_dev.jsonl"):
        marked, folder = path.parent / "plv_dev.jsonl", corpus_dir()
    else:
        return scores, details
    if marked is not None:
        golds = load_marked(marked)
        got, confusion, _ = score_marked(golds, pipeline, "plv")
        scores.update(got)
        details += [f"{marked.name}: {len(golds)} records"]
        details += confusion_lines("plv confusion (gold type: predicted counts)", confusion)
    if folder is not None:
        rows = load_corpus(folder, split="heldout")
        got, confusion, calib = score_marked(from_rows(rows), pipeline, "heldout")
        scores.update(got)
        lines, _ = reliability(calib)
        n_none = sum(r.cameo is None for r in rows)
        spec = got.get("heldout_noevent_specificity", 1.0)
        details += [
            f"corpus held-out split ({folder}): {len(rows)} rows, {n_none} with no event; "
            f"no-event rows given an event: {round((1 - spec) * n_none)} ({1 - spec:.3f})",
            *confusion_lines("held-out confusion (gold type: predicted counts)", confusion),
            *lines,
        ]
    return scores, details
