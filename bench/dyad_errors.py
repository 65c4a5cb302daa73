"""Dyad errors on the event corpus' train split, counted by class (aggregate figures only).

Runs clean/nlp once (cached with ``--cache``), then actors and events, and counts, over
rows with an event, why the best event's dyad is wrong: wrong type, source wrong, target
wrong; for a wrong target whether any actor of the text covers the gold target span, and,
when none does, the gold span's head noun and shape (possessive, "the" + noun, capitalised).
The same for wrong sources with ``--sources``. With ``--frames``, the dyad errors of events
of the right type are counted by class (wrong or missing source or target, swapped sides,
an international body or a sector on a side) and each wrong target by the frame that ties
the gold target to the trigger ("dobj", "prep:against", "nsubj", "subject of passive"), the
trigger's voice and its lemma. On the PLOVER records (``plover_gsr_dev.json``), the same by
country (a gold side is its CAMEO country code, as ``tacitus eval events`` scores it).

    PYTHONPATH=src python bench/dyad_errors.py corpus/events --split train --cache /tmp/train.pkl
    PYTHONPATH=src python bench/dyad_errors.py ../shared/eval/plv_dev.jsonl --cache /tmp/plv.pkl
    PYTHONPATH=src python bench/dyad_errors.py ../shared/eval/plv_dev.jsonl --frames
    PYTHONPATH=src python bench/dyad_errors.py ../shared/eval/plover_gsr_dev.json --frames
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path

from tacitus.evaluate.event_sets import Gold, _dyad_right, best_of, covers, from_rows, load_marked
from tacitus.evaluate.events import actor_country, load_gold
from tacitus.events.corpus import NONE
from tacitus.events.corpus import load as load_corpus
from tacitus.events.syntax import span_of
from tacitus.parse import Parse, Token
from tacitus.pipeline import Document, Pipeline, load_stage
from tacitus.records import Actor, Event, RawArticle
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


def span_head(parse: Parse, text: str, span: str) -> Token | None:
    """The head token of the first occurrence of ``span`` in the text."""
    s = text.find(span)
    toks = [t for t in parse.tokens if s >= 0 and s <= t.start < s + len(span)]
    if not toks:
        return None
    idx = {t.i for t in toks}
    return next((t for t in toks if t.head not in idx or t.head == t.i), toks[-1])


def _step(parse: Parse, t: Token) -> str:
    if t.dep in ("pobj", "pcomp") and t.head != t.i:
        return f"prep:{parse.tokens[t.head].lemma.lower()}"
    return t.dep


def frame(parse: Parse, tok: Token, trig: Token) -> str:
    """How the phrase at ``tok`` hangs from the trigger: the dependencies up from it to
    their lowest common ancestor, ``^``, then those up from the trigger ("dobj ^",
    "prep:against ^", "nsubj ^ xcomp" for "X decided to attack", "prep:on ^ xcomp" for "called
    on X to"); a preposition's object is named by the preposition."""
    up: list[int] = [trig.i]
    t = trig
    for _ in range(8):
        if t.head == t.i:
            break
        t = parse.tokens[t.head]
        up.append(t.i)
    if tok.sent != trig.sent:
        return "other sentence"
    steps: list[str] = []
    t = tok
    for _ in range(8):
        if t.i in up:
            down = [parse.tokens[j].dep for j in up[: up.index(t.i)]]
            lca = "" if t.i == trig.i else f"{parse.tokens[t.i].lemma.lower()}:"
            return f"{'/'.join(s for s in steps if s != 'prep') or 'self'} ^ {lca}{'/'.join(down)}"
        steps.append(_step(parse, t))
        if t.head == t.i:
            break
        t = parse.tokens[t.head]
    return "unlinked"


def _mention_head(parse: Parse, actor: Actor | None) -> Token | None:
    """The head token of the actor's first mention."""
    if actor is None or not actor.mentions:
        return None
    s, e = actor.mentions[0]
    toks = [t for t in parse.tokens if s <= t.start < e]
    idx = {t.i for t in toks}
    return next((t for t in toks if t.head not in idx or t.head == t.i), None)


def voice(parse: Parse, trig: Token) -> str:
    deps = {c.dep for c in parse.child_tokens[trig.i]}
    if trig.pos in ("NOUN", "PROPN"):
        return "nominal"
    return "passive" if deps & {"nsubjpass", "auxpass"} else "active"


def trigger_token(doc: Document, e: Event) -> Token | None:
    """The event's trigger: the token of its text in its span whose clause is the span (a
    noun's event spans its sentence: the first such noun there)."""
    assert doc.parse is not None
    parse = doc.parse
    toks = [t for t in parse.tokens if e.span[0] <= t.start < e.span[1] and t.text == e.trigger]
    for t in toks:
        if span_of(parse, t.i) == e.span:
            return t
    return toks[0] if toks else None


def side_class(actor: Actor | None, gold: str | None, actors: tuple[Actor, ...], text: str) -> str:
    if gold is None or covers(actor, gold, text):
        return "ok"
    if not any(covers(a, gold, text) for a in actors):
        return "none" if actor is None else "wrong, gold uncovered"
    return "none (gold covered)" if actor is None else "wrong (gold covered)"


def frames_marked(golds: list[Gold], docs: list[Document], show: str | None = None) -> None:
    """Dyad errors of events of the right type on a span-marked set, by class and frame."""
    settings = Settings()
    actors, events = load_stage("actors", settings), load_stage("events", settings)
    n: Counter[str] = Counter()
    tframes: Counter[str] = Counter()
    sframes: Counter[str] = Counter()
    okframes: Counter[str] = Counter()
    lemmas: Counter[str] = Counter()
    picked: Counter[str] = Counter()
    uncovered: Counter[str] = Counter()
    for gold, doc in zip(golds, docs, strict=True):
        if doc.article is None or doc.parse is None:
            continue
        doc = events(actors(doc))
        assert doc.article is not None and doc.parse is not None
        text, parse = doc.article.text, doc.parse
        best = [e for e in best_of(doc.events) if (e.plover or NONE) in gold.types]
        if not best:
            continue
        n["right type"] += 1
        right = _dyad_right(best, gold, text)
        e = best[0]
        trig = trigger_token(doc, e)
        g_t = span_head(parse, text, gold.target) if gold.target else None
        g_s = span_head(parse, text, gold.source) if gold.source else None
        if right:
            n["dyad right"] += 1
            if trig is not None and g_t is not None:
                okframes[frame(parse, g_t, trig)] += 1
            continue
        n["dyad wrong"] += 1
        sc = side_class(e.source, gold.source, doc.actors, text)
        tc = side_class(e.target, gold.target, doc.actors, text)
        n[f"source {sc}"] += 1
        n[f"target {tc}"] += 1
        if covers(e.source, gold.target, text) and covers(e.target, gold.source, text):
            n["swapped"] += 1
        if e.target is not None and tc != "ok":
            n[f"wrong target sector={e.target.sector} kind={e.target.kind}"] += 1
        if trig is None:
            continue
        v = voice(parse, trig)
        if tc != "ok" and g_t is not None:
            tframes[f"{v} | {frame(parse, g_t, trig)} | {tc}"] += 1
            p_t = _mention_head(parse, e.target)
            if p_t is not None and "covered" in tc:
                key = f"{frame(parse, p_t, trig)} <- gold {frame(parse, g_t, trig)}"
                picked[key] += 1
                if key.startswith("dobj ^  <- gold prep:"):
                    picked[f"  (lemma of the last: {trig.lemma.lower()})"] += 1
                if show is not None and show in key:  # our own corpus only, never a gold set
                    print(f"{key}: {text!r} -> {e.target.name if e.target else None}")
            if "uncovered" in tc or tc == "none":
                kind = e.target.kind if e.target is not None else ""
                got = "none" if p_t is None else f"{kind} {frame(parse, p_t, trig)}"
                uncovered[f"{g_t.ent or g_t.pos} {frame(parse, g_t, trig)} | got {got}"] += 1
            lemmas[trig.lemma.lower()] += 1
            if g_t.ent in ("GPE", "LOC", "FAC"):
                n["wrong target, gold is a place name"] += 1
        if sc != "ok" and g_s is not None:
            sframes[f"{v} | {frame(parse, g_s, trig)} | {sc}"] += 1
            p_s = _mention_head(parse, e.source)
            if p_s is not None:
                key = f"source {frame(parse, p_s, trig)} <- gold {frame(parse, g_s, trig)}"
                picked[key] += 1
                if show is not None and show in key:  # our own corpus only, never a gold set
                    print(f"{key}: {text!r} -> {e.source.name if e.source else None}")
    for k, c in sorted(n.items(), key=lambda x: -x[1]):
        print(f"{k:55s} {c}")
    print("\nwrong target: voice | gold target frame | class")
    for k, c in tframes.most_common(45):
        print(f"  {c:4d}  {k}")
    print("\nwrong target (gold covered by an actor): picked frame <- gold frame")
    for k, c in picked.most_common(30):
        print(f"  {c:4d}  {k}")
    print("\ngold target no actor covers: entity or POS, frame")
    for k, c in uncovered.most_common(30):
        print(f"  {c:4d}  {k}")
    print("\nwrong source: voice | gold source frame | class")
    for k, c in sframes.most_common(30):
        print(f"  {c:4d}  {k}")
    print("\nright dyads: gold target frame")
    for k, c in okframes.most_common(15):
        print(f"  {c:4d}  {k}")
    print(
        "\nwrong target by trigger lemma:", ", ".join(f"{w} {c}" for w, c in lemmas.most_common(40))
    )


def _country_class(actor: Actor | None, pred: str | None, gold: str | None, e: Event) -> str:
    """ok; no actor; an actor with no country (and whether the event's place has one); a
    wrong country (and whether it is the place's)."""
    place = e.place.country if e.place is not None else None
    if pred == gold:
        return "ok"
    if actor is None:
        return "no actor" + (", place has gold country" if place == gold else "")
    if pred is None:
        where = ", place has gold country" if place == gold else ""
        return f"actor with no country ({actor.kind}/{actor.sector}){where}"
    where = ", the place's" if place == pred else ""
    return f"wrong country ({actor.kind}/{actor.sector}, from {actor.country_from}){where}"


def frames_plover(path: Path) -> None:
    """Dyad errors of events of the right type on the PLOVER records, by country."""
    cases = load_gold(path)
    pipeline = Pipeline(Settings())
    raws = [RawArticle(c.id, text=c.text, id=c.id) for c in cases]
    n: Counter[str] = Counter()
    for case, outcome in zip(cases, pipeline.run(raws), strict=True):
        evs = best_of(outcome.record.events) if outcome.record else []
        evs = [e for e in evs if (e.plover or NONE) in case.types]
        if not evs or not case.dyads:
            continue
        n["right type"] += 1
        pred = {(e.plover, actor_country(e.source), actor_country(e.target)) for e in evs}
        if any(p[:2] == g[:2] and g[2] in ("*", p[2]) for p in pred for g in case.dyads):
            n["dyad right"] += 1
            continue
        n["dyad wrong"] += 1
        _gk, gs, gt = next(iter(case.dyads))
        _pk, ps, pt = next(iter(pred))
        if ps == gt and pt == gs and ps != pt:
            n["swapped"] += 1
            continue
        e = evs[0]
        n["source " + _country_class(e.source, ps, gs, e)] += 1
        if gt != "*":
            n["target " + _country_class(e.target, pt, gt, e)] += 1
    for k, c in sorted(n.items(), key=lambda x: -x[1]):
        print(f"{k:55s} {c}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--sources", action="store_true")
    ap.add_argument("--frames", action="store_true", help="count errors by class and frame")
    ap.add_argument("--show", help="with --frames on our corpus: print the rows of a frame")
    args = ap.parse_args()
    if args.frames and args.path.suffix == ".json":
        frames_plover(args.path)
        return
    if args.path.is_dir():
        golds = from_rows([r for r in load_corpus(args.path, split=args.split) if r.label != NONE])
    else:  # a span-marked set (``plv_dev.jsonl``): figures only, never its sentences
        golds = [g for g in load_marked(args.path) if NONE not in g.types]
    docs = parsed(golds, args.cache)
    if args.frames:
        frames_marked(golds, docs, args.show if args.path.is_dir() else None)
        return
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
