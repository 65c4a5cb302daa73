"""Missed events on a span-marked set, counted by class (aggregate figures only).

For the gold rows with an event that the coder gives no event at all, it counts, by gold
type: where the event was lost (no actor in the sentence; no lexicon trigger and the
proposal model declined, and why; a trigger with no candidate, and why: no sides, a target
but no doer and that subject's shape, the mood or the sense rule that dropped it; a
candidate the history rule, the model or a no-event rule dropped, and which), the
sentence's shape (passive, verbless root, headline-style, quoted, reported), the main
predicates the proposal model declined (with their objects and prepositions), the triggers
of sentences left with no candidate, the subjects that named no actor, and the verb and
noun lemmas that appear in no lexicon entry. It never prints a sentence.

    PYTHONPATH=src python bench/event_misses.py ../shared/eval/plv_dev.jsonl --cache /tmp/plv.pkl
    PYTHONPATH=src python bench/event_misses.py corpus/events --split heldout --min 1

``--cache`` keeps the parse of the set; remove it when the rows change.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from dyad_errors import parsed  # bench/ is the script dir: run as a script

from tacitus.evaluate.event_sets import GOLD_TYPES, Gold, best_of, from_rows, load_marked
from tacitus.events import (
    Events,
    _history,
    _noun_vetoed,
    code_sentence,
    event_fields,
    judge,
    news_year,
    noevent,
    noevent_civic,
    noevent_figurative,
    noevent_frames,
    noevent_legis,
    noevent_misc,
    to_event,
)
from tacitus.events.coder import Candidate, Trigger, find_triggers, verb_arguments
from tacitus.events.corpus import NONE
from tacitus.events.corpus import load as load_corpus
from tacitus.events.lexicon import Lexicon
from tacitus.events.modality import Mood, mood, recode
from tacitus.events.noevent_history import PUBLISHED, told_as_history
from tacitus.events.nominal import find_nominals, nominal_arguments
from tacitus.events.propose import main_predicate, read
from tacitus.events.sense import _holds, resolve, rules_for
from tacitus.events.syntax import ActorIndex, kids, subject
from tacitus.parse import Parse, Sentence, Token
from tacitus.pipeline import Document, load_stage
from tacitus.records import Event
from tacitus.settings import Settings

QUOTES = frozenset('"“”‘’')
#: the triggers of the last sentence :func:`_why_no_candidate` read (a bench-only side note)
DETAIL: list[str] = []
#: the subjects that named no actor (a bench-only side note)
SUBJECTS: Counter[str] = Counter()
#: the main predicates (and their objects and prepositions) the proposal model declined
FRAMES: Counter[str] = Counter()


def _quiet_rule(parse: Parse, cand: Candidate, event: Event) -> str:
    """Which no-event rule of :func:`noevent.quiet` quiets the event."""
    verb = cand.trigger.token
    checks = (
        ("condition", lambda: noevent.condition(parse, verb)),
        ("misc", lambda: noevent_misc.quiet(parse, verb)),
        ("capacity", lambda: noevent.capacity(parse, verb)),
        ("sport", lambda: noevent.sport_register(parse, verb)),
        ("decade", lambda: noevent.decade_dated(parse, verb)),
        ("frames", lambda: noevent_frames.quiet(parse, cand, event)),
        ("history", lambda: told_as_history(parse, cand)),
        ("civic", lambda: noevent_civic.quiet(parse, cand, event)),
        ("figurative", lambda: noevent_figurative.quiet(parse, cand, event)),
        ("legis", lambda: noevent_legis.quiet(parse, cand, event)),
    )
    for name, check in checks:
        if check():
            return name
    return "verbal/generic"


def _lost(doc: Document, stage: Events, sent: Sentence) -> str:
    """Where the sentence's event was lost."""
    assert doc.parse is not None and doc.article is not None
    parse, lex, article = doc.parse, stage.lexicon, doc.article
    index = ActorIndex.build(doc.actors)
    if not index.any_within(sent.start, sent.end):
        return "no actor in sentence"
    trigs = find_triggers(parse, lex, sent.first, sent.last)
    noms = find_nominals(parse, lex, sent.first, sent.last, set())
    if not trigs and not noms:
        model = stage.model
        if model is None or model.proposer is None:
            return "no trigger; no proposer"
        r = read(model.proposer, parse, index, lex, sent)
        if r is None:
            pred = main_predicate(parse, sent)
            if pred is not None:
                return "no trigger; no sides"
            root = next(t for t in parse.tokens[sent.first : sent.last] if t.head == t.i)
            return f"no trigger; no main predicate (root {root.pos} {root.tag})"
        if r.p_event < model.proposer.threshold:
            known = "listed" if lex.verb_patterns(r.pred.lemma.lower()) else "unlisted"
            objs = kids(parse, r.pred.i, "dobj", "nsubjpass", "prt", "prep")
            FRAMES[f"{r.pred.lemma.lower()} {' '.join(o.lemma.lower() for o in objs)}"] += 1
            return f"no trigger; proposal below threshold ({r.plover}; {known} predicate)"
        if not r.sources:
            return "no trigger; proposal without doer"
        if _noun_vetoed(parse, r.pred):
            return "no trigger; proposal noun-vetoed"
        return "no trigger; proposal dropped later"
    cands = code_sentence(parse, lex, index, sent, stage.kb)
    if not cands:
        return "trigger; no candidate (" + _why_no_candidate(parse, lex, index, trigs, noms) + ")"
    year = news_year(article)
    parse.memo[PUBLISHED] = int(article.published[:4]) if article.published else None
    live = [c for c in cands if not _history(parse, c.trigger.token, year)]
    if not live:
        return "candidate; history rule"
    whys = []
    for c in live:
        fields = event_fields(article, parse, sent, c)
        if fields["plover"] is None:
            whys.append("candidate; statement with no PLOVER type")
            continue
        judged = judge(stage.model, parse, sent, c, fields) if stage.model else fields
        if judged is None:
            whys.append(f"candidate; model veto ({fields['plover']})")
            continue
        ev = to_event(article, parse, sent, c)
        whys.append(f"candidate; no-event rule {_quiet_rule(parse, c, ev)}")
    return Counter(whys).most_common(1)[0][0]


def _why_no_candidate(
    parse: Parse, lex: Lexicon, index: ActorIndex, trigs: list[Trigger], noms: list[Trigger]
) -> str:
    DETAIL.clear()
    DETAIL.extend(f"{t.token.lemma.lower()} {t.code}" for t in trigs)
    DETAIL.extend(
        f"noun {t.token.lemma.lower()} {t.code} ({t.token.dep} of "
        f"{parse.tokens[t.token.head].lemma.lower()})"
        for t in noms
    )
    for t in trigs:
        srcs, tgts = verb_arguments(parse, index, t, lex)
        if srcs:
            m = mood(parse, t.token, t.code)
            if recode(t.code, m) is None:
                return f"modality {_mood_class(m, t.code)}"
            return "refined/absorbed"
        if tgts:
            return f"target but no doer: {_subject_class(parse, index, t.token)}"
    for t in noms:
        srcs, tgts = nominal_arguments(parse, index, t.token)
        if srcs or tgts:
            return "nominal: refined/absorbed"
    if trigs:
        return f"no sides: {_subject_class(parse, index, trigs[0].token)}"
    return "no sides (nominal)"


def _mood_class(m: Mood, code: str) -> str:
    """Why the mood rules dropped the act."""
    if m.frame is not None and resolve(code, m.frame) is None:
        rule = next(
            r for r in rules_for(code, m.frame.lemma) if all(_holds(t, m.frame) for t in r.tests)
        )
        return f"sense ({rule.where})"
    if m.obligation:
        return "obligation"
    if m.negated:
        return "negated"
    return m.modality


def _subject_class(parse: Parse, index: ActorIndex, verb: Token) -> str:
    """The shape of the trigger's subject when it names no actor."""
    subj, passive = subject(parse, verb)
    if subj is None:
        return "passive, no agent" if passive else f"no subject (dep={verb.dep})"
    kind = "pronoun" if subj.pos == "PRON" else subj.pos.lower()
    SUBJECTS[f"{kind} {subj.lemma.lower()} ({subj.ent or '-'})"] += 1
    return f"{'passive ' if passive else ''}subject {kind}"


def _shape(parse: Parse, sent: Sentence, text: str) -> list[str]:
    toks = parse.tokens[sent.first : sent.last]
    out = []
    if any(t.dep in ("nsubjpass", "auxpass") for t in toks):
        out.append("passive")
    root = next((t for t in toks if t.head == t.i), None)
    if root is not None and root.pos not in ("VERB", "AUX"):
        out.append("verbless root")
    if not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        out.append("no finite verb (headline-style)")
    elif root is not None and root.tag == "VBZ" and not text.rstrip().endswith("."):
        out.append("present tense, no full stop (headline)")
    if any(c in QUOTES for c in text):
        out.append("quoted")
    if (
        root is not None
        and kids(parse, root.i, "ccomp")
        and root.lemma.lower()
        in {
            "say",
            "tell",
            "report",
            "announce",
        }
    ):
        out.append("reported (said ...)")
    return out or ["plain"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--split", default="heldout", help="train, heldout, or all")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--top", type=int, default=25, help="lemmas shown")
    ap.add_argument("--min", type=int, default=2, help="fewest rows a lemma shown has")
    args = ap.parse_args()
    if args.path.is_dir():
        golds = from_rows(
            [
                r
                for r in load_corpus(args.path, split=None if args.split == "all" else args.split)
                if r.label != NONE
            ]
        )
    else:  # a span-marked set: figures only, never its sentences
        golds = [g for g in load_marked(args.path) if NONE not in g.types]
    docs = parsed(golds, args.cache)
    if len(docs) != len(golds):
        raise SystemExit(f"{args.cache}: made for another set of rows; remove it to reparse")
    settings = Settings()
    actors, events = load_stage("actors", settings), Events(settings)
    lex = events.lexicon
    where: Counter[tuple[str, str]] = Counter()
    shapes: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    preds: Counter[str] = Counter()
    details: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    missed = 0
    for gold, doc in zip(golds, docs, strict=True):
        if doc.article is None or doc.parse is None:
            continue
        doc = events(actors(doc))
        if best_of(doc.events) or doc.parse is None or doc.article is None:
            continue
        missed += 1
        name = _name(gold)
        by_type[name] += 1
        parse = doc.parse
        for sent in parse.sentences:
            lost_here = _lost(doc, events, sent)
            where[(lost_here, name)] += 1
            if lost_here.startswith("trigger;"):
                for d in DETAIL:
                    details[f"{lost_here.split('(')[1].split(':')[0].rstrip(')')} | {d}"] += 1
            text = doc.article.text[sent.start : sent.end]
            for s in _shape(parse, sent, text):
                shapes[s] += 1
            pred = main_predicate(parse, sent)
            if pred is not None and lost_here.startswith("no trigger"):
                known = "listed" if lex.verb_patterns(pred.lemma.lower()) else "unlisted"
                preds[f"{pred.lemma.lower()} ({known}) {name}"] += 1
            for t in parse.tokens[sent.first : sent.last]:
                low = t.lemma.lower()
                if t.pos == "VERB" and not lex.verb_patterns(low):
                    verbs[f"{low} {name}"] += 1
                elif t.pos == "NOUN" and not lex.noun_patterns(low):
                    nouns[f"{low} {name}"] += 1
    print(f"gold events given no event: {missed} of {len(golds)}")
    print("by gold type:", dict(by_type.most_common()))
    print("where lost (sentences):")
    lost: Counter[str] = Counter()
    for (w, _), c in where.items():
        lost[w] += c
    for w, c in lost.most_common():
        types = ", ".join(f"{t} {k}" for (w2, t), k in where.most_common() if w2 == w)
        print(f"  {c:4d}  {w}: {types}")
    print("sentence shapes:", dict(shapes.most_common()))
    for title, counter in (
        ("main predicates of sentences with no trigger (lemma, listed?, gold type)", preds),
        ("triggers of sentences with no candidate (why | lemma code)", details),
        ("declined proposals (predicate, its objects and prepositions)", FRAMES),
        ("subjects naming no actor (kind lemma (entity))", SUBJECTS),
        ("verbs in no lexicon entry (lemma, gold type)", verbs),
        ("nouns in no lexicon entry (lemma, gold type)", nouns),
    ):
        print(f"{title}:")
        print(
            "  " + "; ".join(f"{k} x{c}" for k, c in counter.most_common(args.top) if c >= args.min)
        )


def _name(gold: Gold) -> str:
    return "YIELD" if gold.types == GOLD_TYPES["YIELD"] else min(gold.types)


if __name__ == "__main__":
    main()
