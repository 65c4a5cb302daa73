"""Dyad errors on the event corpus' train split, counted by class (aggregate figures only).

Runs clean/nlp once (cached with ``--cache``), then actors and events, and counts, over
rows with an event, why the best event's dyad is wrong: wrong type, source wrong, target
wrong; for a wrong target whether any actor of the text covers the gold target span, and,
when none does, the gold span's head noun and shape (possessive, "the" + noun, capitalised).
The same for wrong sources with ``--sources``.

    PYTHONPATH=src python bench/dyad_errors.py corpus/events --split train --cache /tmp/train.pkl
    PYTHONPATH=src python bench/dyad_errors.py ../shared/eval/plv_dev.jsonl --cache /tmp/plv.pkl
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path

from tacitus.evaluate.event_sets import Gold, _dyad_right, best_of, covers, from_rows, load_marked
from tacitus.events.corpus import NONE
from tacitus.events.corpus import load as load_corpus
from tacitus.pipeline import Document, Pipeline, load_stage
from tacitus.records import RawArticle
from tacitus.settings import Settings


def parsed(golds: list[Gold], cache: Path | None) -> list[Document]:
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            docs: list[Document] = pickle.load(f)
        return docs
    settings = Settings()
    docs = [Document(RawArticle(g.id, text=g.text, id=g.id)) for g in golds]
    for name in ("clean", "nlp"):
        out = Pipeline._apply(load_stage(name, settings), docs)
        docs = [d if isinstance(r, Exception) else r for d, r in zip(docs, out, strict=True)]
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(docs, f)
    return docs


def head_word(doc: Document, span: str) -> tuple[str, str]:
    """The gold span's head word (lower case) and shape."""
    assert doc.parse is not None and doc.article is not None
    text = doc.article.text
    s = text.find(span)
    toks = [t for t in doc.parse.tokens if s >= 0 and s <= t.start < s + len(span)]
    if not toks:
        return span.split()[-1].lower(), "not found"
    idx = {t.i for t in toks}
    head = next((t for t in toks if t.head not in idx or t.head == t.i), toks[-1])
    shape = "lower"
    if any(t.tag == "POS" for t in toks):
        shape = "possessive"
    elif head.text[:1].isupper():
        shape = "capital"
    elif toks[0].text.lower() in ("the", "a", "an"):
        shape = "det+noun"
    return head.text.lower(), f"{shape} dep={head.dep}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--sources", action="store_true")
    args = ap.parse_args()
    if args.path.is_dir():
        golds = from_rows([r for r in load_corpus(args.path, split=args.split) if r.label != NONE])
    else:  # a span-marked set (``plv_dev.jsonl``): figures only, never its sentences
        golds = [g for g in load_marked(args.path) if NONE not in g.types]
    docs = parsed(golds, args.cache)
    settings = Settings()
    actors, events = load_stage("actors", settings), load_stage("events", settings)
    n: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    sheads: Counter[str] = Counter()
    for gold, doc in zip(golds, docs, strict=True):
        n["rows"] += 1
        if doc.article is None or doc.parse is None:
            continue
        doc = events(actors(doc))
        assert doc.article is not None
        text = doc.article.text
        best = best_of(doc.events)
        if _dyad_right(best, gold, text):
            n["dyad right"] += 1
            continue
        n["dyad wrong"] += 1
        if not best:
            n["wrong: no event"] += 1
            continue
        e = best[0]
        n["wrong: type"] += (e.plover or NONE) not in gold.types
        s_ok, t_ok = covers(e.source, gold.source, text), covers(e.target, gold.target, text)
        n["wrong: source"] += not s_ok
        n["wrong: target"] += not t_ok
        no_tgt_actor = not any(covers(a, gold.target, text) for a in doc.actors)
        n["gold target covered by no actor"] += bool(gold.target) and no_tgt_actor
        if not t_ok:
            n["target wrong, gold covered by no actor"] += no_tgt_actor
            n["target wrong, picked none"] += e.target is None
            if no_tgt_actor and gold.target:
                w, shape = head_word(doc, gold.target)
                heads[w] += 1
                shapes[shape] += 1
        if not s_ok and gold.source and not any(covers(a, gold.source, text) for a in doc.actors):
            n["source wrong, gold covered by no actor"] += 1
            if args.sources:
                w, shape = head_word(doc, gold.source)
                sheads[f"{w} ({shape})"] += 1
    for k, v in n.items():
        print(f"{k:45s} {v}")
    print("uncovered gold targets by shape:", dict(shapes.most_common(20)))
    print("  by head:", ", ".join(f"{w} {k}" for w, k in heads.most_common(120)))
    if args.sources:
        print("uncovered gold sources:", ", ".join(f"{w} {k}" for w, k in sheads.most_common(60)))


if __name__ == "__main__":
    main()
