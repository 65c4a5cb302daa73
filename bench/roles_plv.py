"""Event argument errors on span-marked sentences, counted in aggregate (never printed).

Runs clean/nlp/actors once (cached with ``--cache``), then the events stage, and counts,
over rows whose best event has the right type: source right/wrong, target right/wrong,
swaps (the picked source covers the gold target and the picked target the gold source), a
wrong side whose gold span some other actor of the sentence covers, a missing target that
an actor of the sentence would have covered, and the dyad accuracy as ``eval events``
scores it.

    PYTHONPATH=src python bench/roles_plv.py ../shared/eval/plv_dev.jsonl --cache /tmp/plv.pkl
    PYTHONPATH=src python bench/roles_plv.py corpus/events --cache /tmp/heldout.pkl
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

from tacitus.evaluate.event_sets import (
    Gold,
    _dyad_right,
    best_of,
    covers,
    from_rows,
    load_marked,
)
from tacitus.events.coder import find_triggers, verb_arguments
from tacitus.events.corpus import NONE
from tacitus.events.corpus import load as load_corpus
from tacitus.events.model import EventModel
from tacitus.events.syntax import ActorIndex, subject
from tacitus.events.targets import _path_up, pair_features, sentence_actors
from tacitus.pipeline import Document, Pipeline, load_stage
from tacitus.records import Event, RawArticle
from tacitus.settings import Settings


def prepared(golds: list[Gold], cache: Path | None) -> list[Document]:
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            docs: list[Document] = pickle.load(f)
        return docs
    settings = Settings()
    stages = [load_stage(n, settings) for n in ("clean", "nlp", "actors")]
    docs = [Document(RawArticle(g.id, text=g.text, id=g.id)) for g in golds]
    for stage in stages:
        out = Pipeline._apply(stage, docs)
        docs = [d if isinstance(r, Exception) else r for d, r in zip(docs, out, strict=True)]
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(docs, f)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--paths", action="store_true")
    ap.add_argument("--model", help="an event model file to use instead of the shipped one")
    args = ap.parse_args()
    if args.path.is_dir():
        golds = [g for g in from_rows(load_corpus(args.path, split="heldout"))]
    else:
        golds = load_marked(args.path)
    docs = prepared(golds, args.cache)
    events = load_stage("events", Settings())
    if args.model:
        events.model = EventModel.load(args.model)  # type: ignore[attr-defined]
    n = Counter[str]()
    rules = Counter[str]()
    feats = Counter[str]()
    for gold, doc in zip(golds, docs, strict=True):
        if NONE in gold.types:
            continue
        n["rows"] += 1
        if doc.article is None or doc.parse is None:
            continue
        doc = events(doc)
        text = doc.article.text
        best = best_of(doc.events)
        n["dyad"] += _dyad_right(best, gold, text)
        n["no event"] += not best
        if not best and args.paths:
            for k in silent(events, doc, gold, text):
                feats[k] += 1
        if not best or (best[0].plover or NONE) not in gold.types:
            continue
        n["typed"] += 1
        e = best[0]
        s_ok = covers(e.source, gold.source, text)
        t_ok = covers(e.target, gold.target, text)
        n["typed src ok"] += s_ok
        n["typed tgt ok"] += t_ok
        if s_ok and t_ok:
            continue
        any_src = any(covers(a, gold.source, text) for a in doc.actors)
        any_tgt = any(covers(a, gold.target, text) for a in doc.actors)
        swapped = covers(e.source, gold.target, text) and covers(e.target, gold.source, text)
        if gold.source and gold.target and e.source and e.target and swapped:
            n["swap"] += 1
            rules[f"swap rule={e.rule}"] += 1
        if not s_ok:
            if args.paths:
                for k in src_paths(doc, e, gold, text):
                    feats[k] += 1
            n["src wrong"] += 1
            n["src wrong, none"] += e.source is None
            n["src wrong, other actor covers"] += any_src
            if e.target is not None and covers(e.target, gold.source, text):
                n["src wrong, gold src is picked tgt"] += 1
        if not t_ok:
            n["tgt wrong"] += 1
            n["tgt wrong, none"] += e.target is None
            n["tgt wrong, none, other actor covers"] += e.target is None and any_tgt
            n["tgt wrong, set, other actor covers"] += e.target is not None and any_tgt
            if e.source is not None and covers(e.source, gold.target, text):
                n["tgt wrong, gold tgt is picked src"] += 1
                n["tgt wrong, gold tgt is picked src, src ok"] += s_ok
            rules[f"tgt wrong rule+target={'+target' in e.rule} none={e.target is None}"] += 1
            if any_tgt and args.paths:
                for k in paths(events, doc, e, gold, text):
                    feats[k] += 1
    for k, v in n.items():
        print(f"{k:40s} {v}")
    print(f"{'dyad accuracy':40s} {n['dyad'] / max(1, n['rows']):.4f}")
    for k, v in rules.most_common(12):
        print(f"  {k:40s} {v}")
    for k, v in feats.most_common(200):
        print(f"  {k:50s} {v}")


def silent(events: Any, doc: Document, gold: Gold, text: str) -> list[str]:
    """Why a sentence got no event: triggers found, with or without a source (aggregate)."""
    assert doc.parse is not None
    index = ActorIndex.build(doc.actors)
    out = []
    for sent in doc.parse.sentences:
        trigs = find_triggers(doc.parse, events.lexicon, sent.first, sent.last)
        if not trigs:
            out.append("silent: no verb trigger")
            continue
        for trig in trigs[:1]:
            srcs, tgts = verb_arguments(doc.parse, index, trig, events.lexicon)
            subj, passive = subject(doc.parse, trig.token)
            g = [
                a
                for a, _ in sentence_actors(doc.parse, index, sent)
                if covers(a, gold.source, text)
            ]
            sdep = subj.dep if subj else None
            out.append(
                f"silent: trigger srcs={bool(srcs)} tgts={bool(tgts)} subj={sdep}"
                f" passive={passive} gold_src_actor={bool(g)}"
            )
            if not srcs and g:
                for a, tok in sentence_actors(doc.parse, index, sent):
                    if covers(a, gold.source, text):
                        up = _path_up(doc.parse, tok, trig.token)
                        side = "before" if tok.i < trig.token.i else "after"
                        out.append(
                            f"silent: passive={passive} tdep={trig.token.dep} gold src {up} {side}"
                        )
                        if up == "pobj/prep/T":
                            prep = doc.parse.tokens[tok.head]
                            placed = a.country is not None
                            out.append(
                                f"silent: prep={prep.lemma.lower()} code={trig.code}"
                                f" sector={a.sector} placed={placed}"
                            )
    return out


def src_paths(doc: Document, e: Event, gold: Gold, text: str) -> list[str]:
    """Where the actor covering the gold source sits from the trigger (aggregate keys)."""
    assert doc.parse is not None
    index = ActorIndex.build(doc.actors)
    sent = next(s for s in doc.parse.sentences if s.start <= e.span[0] < s.end)
    toks = doc.parse.tokens[sent.first : sent.last]
    trig = next((t for t in toks if t.start >= e.span[0] and t.text == e.trigger), None)
    if trig is None:
        return ["src: no trigger token"]
    out = [f"src: rule={e.rule.split(':')[0]} picked_none={e.source is None}"]
    for actor, tok in sentence_actors(doc.parse, index, sent):
        if covers(actor, gold.source, text):
            side = "before" if tok.i < trig.i else "after"
            up = _path_up(doc.parse, tok, trig)
            out.append(f"src: gold path={up} {side}")
            if up.endswith("/^"):
                gov = doc.parse.tokens[tok.head]
                out.append(f"src: gold ancestor verb={gov.lemma.lower()} trig dep={trig.dep}")
    if e.source is not None:
        hit = [t for a, t in sentence_actors(doc.parse, index, sent) if a.id == e.source.id]
        for tok in hit[:1]:
            out.append(f"src: picked path={_path_up(doc.parse, tok, trig)}")
    return out


def paths(events: Any, doc: Document, e: Event, gold: Gold, text: str) -> list[str]:
    """Where the actor covering the gold target sits from the trigger (aggregate keys)."""
    assert doc.parse is not None
    index = ActorIndex.build(doc.actors)
    sent = next(s for s in doc.parse.sentences if s.start <= e.span[0] < s.end)
    trig = next(
        (
            t
            for t in doc.parse.tokens[sent.first : sent.last]
            if t.start >= e.span[0] and t.text == e.trigger
        ),
        None,
    )
    if trig is None:
        return ["no trigger token"]
    out = []
    scorer = events.model.targets if events.model else None
    acts = sentence_actors(doc.parse, index, sent)
    scored = []
    for actor, tok in acts:
        if e.source is not None and actor.id == e.source.id:
            continue
        cur = e.target is not None and actor.id == e.target.id
        p = scorer.score(pair_features(doc.parse, trig, e.cameo, actor, tok, cur)) if scorer else 0
        scored.append((p, covers(actor, gold.target, text)))
    scored.sort(reverse=True)
    rank = next((k for k, (_, ok) in enumerate(scored) if ok), None)
    if rank is not None:
        pg = scored[rank][0]
        out.append(f"gold rank={rank} none={e.target is None} p={min(int(pg * 10), 9) / 10}")
    for actor, tok in acts:
        if not covers(actor, gold.target, text):
            continue
        side = "before" if tok.i < trig.i else "after"
        up = _path_up(doc.parse, tok, trig)
        is_src = e.source is not None and actor.id == e.source.id
        out.append(f"gold-tgt none={e.target is None} path={up} {side} is_src={is_src}")
        if tok.dep in ("pobj", "pcomp"):
            out.append(f"gold-tgt prep={doc.parse.tokens[tok.head].lemma.lower()}")
    return out or ["gold tgt actor not in sentence_actors"]


if __name__ == "__main__":
    main()
