"""Actor quality on a JSON Lines file of sentences (``text``, optional ``source``/``target``).

Prints aggregate figures only (never the sentences): the share of coded events whose source
has a country (or is an international organisation), the same for targets, how often the
best event's source overlaps the annotated source span, and the share of actors by
``country_from``, and the coded events' sources with no country (not an IGO or NGO) by
kind and sector and by last word. With ``--uncovered``: the annotated source and target
spans that no actor of the sentence covers, counted by the shape of the span (pronoun,
acronym, capitalised name, lower-case noun group, a demonym with a noun, ...) and, for noun
groups, by head word.

    PYTHONPATH=src python bench/actors_plv.py ../shared/eval/plv_dev.jsonl [--uncovered]

A folder of ``.txt`` articles works too (no spans: the span figures are then zero), e.g.
``../shared/eval/polnear_dev/text`` for whole news articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from tacitus.actors.kb import KB, Entry, norm
from tacitus.evaluate.event_sets import covers
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


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"})
ARTICLES = ("the", "a", "an")


def span_shape(span: str, text: str, demonyms: frozenset[str]) -> str:
    """The class of an annotated span no actor covers."""
    if span not in text:
        return "not in the text (a placeholder)"
    words = span.split()
    core = [w for w in words if w.lower() not in ARTICLES]
    if span.lower() in PRONOUNS:
        return "pronoun"
    if not core:
        return "article only"
    if len(words) > 8:
        return "over eight words"
    if all(re.fullmatch(r"[A-Z][A-Z0-9&.\-]+s?", w) for w in core):
        return "acronym"
    caps = [w for w in core if w[:1].isupper()]
    if not caps:
        return "lower-case noun group"
    if len(caps) < len(core) and any(norm(w.strip(",.'s")) in demonyms for w in caps):
        return "demonym + noun group"
    if len(caps) == len(core):
        return "capitalised name"
    return "name + lower-case words"


def main(path: str, uncovered: bool = False) -> None:
    rows = _rows(Path(path))
    raws = [RawArticle(str(n), text=r["text"], id=str(n)) for n, r in enumerate(rows)]
    events = src_country = src_placed = tgt_any = tgt_country = implied = 0
    best_n = best_src_hit = best_src_country = 0
    by_from: Counter[str] = Counter()
    unplaced: Counter[str] = Counter()
    unplaced_words: Counter[str] = Counter()
    no_source = 0
    shapes: Counter[str] = Counter()
    actors = 0
    missed: Counter[tuple[str, str]] = Counter()
    heads: Counter[str] = Counter()
    pipeline = Pipeline(Settings())
    kb = pipeline_kb(pipeline)
    demonyms = frozenset(
        key
        for key, values in kb.actors.full.items()
        if any(isinstance(v, Entry) and v.what in ("state", "demonym") for _a, v in values)
    )
    for row, outcome in zip(rows, pipeline.run(raws), strict=True):
        rec = outcome.record
        if rec is None:
            continue
        for role in ("source", "target") if uncovered else ():
            span = row.get(role)
            if span and not any(covers(a, span, rec.article.text) for a in rec.actors):
                shape = span_shape(span, rec.article.text, demonyms)
                missed[(role, shape)] += 1
                if shape in ("lower-case noun group", "demonym + noun group"):
                    heads[span.split()[-1].lower().strip(",.")] += 1
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
        no_source += sum(e.source is None for e in coded)
        for e in coded:
            s = e.source
            if s is not None and not s.country and s.sector not in ("IGO", "NGO"):
                unplaced[f"{s.kind}/{s.sector or '-'}"] += 1
                unplaced_words[s.name.split()[-1].lower()] += 1
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
    print(f"events with no source           {no_source / n:.3f}")
    print("sources with no country (not IGO/NGO), by kind/sector:", dict(unplaced.most_common()))
    print("  ... by last word:", ", ".join(f"{w} {k}" for w, k in unplaced_words.most_common(20)))
    print("actors by country_from:")
    for k, v in by_from.most_common():
        print(f"  {k:<12} {v / max(1, actors):.3f}  ({v})")
    if uncovered:
        print(f"annotated spans no actor covers: {sum(missed.values())}")
        for (role, shape), v in sorted(missed.items(), key=lambda kv: -kv[1]):
            print(f"  {role:<7} {shape:<34} {v}")
        print(
            "  heads of the noun groups:", ", ".join(f"{w} {n}" for w, n in heads.most_common(25))
        )


def _rows(path: Path) -> list[dict[str, str]]:
    """The JSON Lines rows, or for a folder its ``*.txt`` articles as rows with no spans."""
    if path.is_dir():
        return [{"text": f.read_text(encoding="utf-8")} for f in sorted(path.glob("*.txt"))]
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]


def pipeline_kb(pipeline: Pipeline) -> KB:
    """The knowledge base the pipeline's actors stage loaded."""
    stage = next(st for st in pipeline.stages if st.name == "actors")
    kb: KB = getattr(stage, "kb")  # noqa: B009 - the Stage protocol does not name it
    return kb


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "path", nargs="?", default="../shared/eval/plv_dev.jsonl", help="file or folder"
    )
    ap.add_argument("--uncovered", action="store_true", help="classify spans no actor covers")
    args = ap.parse_args()
    try:
        main(args.path, args.uncovered)
    except OSError as exc:
        print(f"Error: {args.path}: {exc.strerror or exc}", file=sys.stderr)
        sys.exit(1)
