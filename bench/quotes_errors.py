"""Error classes of the quotes stage on a PolNeAR folder (a report, not a test).

    PYTHONPATH=src python bench/quotes_errors.py ../shared/eval/polnear_train [--show CLASS]

Counts, in aggregate, how gold attributions are missed or found with the wrong span at the
0.5 overlap, and how predictions go wrong: span boundaries (too long, too short, the cue or
source inside the content, a trailing attribution, quotes running across sentences), missed
cues by kind and false positives by cue. It also prints the span convention of the gold
contents (opening and closing marks, final full stop, a leading "that") beside ours.
Parses and actors are cached under ``$TMPDIR`` so a rerun after a change to the quotes code
only reruns the quotes stage. ``--show CLASS`` prints a few cases of one class for reading:
the gold data stays out of the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from tacitus.evaluate.quotes import GivenText, Gold, attributions, load, overlap_ratio
from tacitus.parse import Parse
from tacitus.pipeline import Document, load_stage
from tacitus.quotes import extract_quotes
from tacitus.quotes.cue_tokens import is_cue
from tacitus.quotes.lexicon import cue_of
from tacitus.records import Actor, Quote, RawArticle, Span
from tacitus.settings import Settings


@dataclass
class Case:
    stem: str
    text: str
    gold: list[Gold]
    parse: Parse
    actors: tuple[Actor, ...]


def prepared(path: Path) -> list[Case]:
    docs = list(load(path))
    h = hashlib.sha256("\0".join(t for _, t, _ in docs).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"quo-parses-{path.name}-{h}.pickle"
    if cache.is_file():
        with cache.open("rb") as fh:
            stored: list[tuple[Parse, tuple[Actor, ...]]] = pickle.load(fh)
    else:
        settings = Settings()
        nlp, actors = load_stage("nlp", settings), load_stage("actors", settings)
        given = GivenText()
        stored = []
        for k in range(0, len(docs), 32):
            batch = [given(Document(RawArticle(s, text=t, id=s))) for s, t, _ in docs[k : k + 32]]
            parsed = list(nlp.pipe(batch))  # type: ignore[attr-defined]
            stored += [(d.parse, actors(d).actors) for d in parsed]
        with cache.open("wb") as fh:
            pickle.dump(stored, fh)
    return [Case(s, t, g, p, a) for (s, t, g), (p, a) in zip(docs, stored, strict=True)]


def _cover(spans: list[Span]) -> set[int]:
    return {k for s, e in spans for k in range(s, e)}


def _sentences(parse: Parse, spans: list[Span]) -> int:
    sents = set()
    for s, e in spans:
        for t in parse.tokens:
            if t.start < e and s < t.end and t.pos not in ("PUNCT", "SPACE"):
                sents.add(t.sent)
    return len(sents)


def _cue_kind(parse: Parse, text: str, cue_spans: list[Span]) -> str:
    """How our lexicon sees a gold cue: a known or unknown verb, noun, preposition ..."""
    if not cue_spans:
        return "no-cue"
    toks = [
        t
        for t in parse.tokens
        for s, e in cue_spans
        if t.start < e and s < t.end and t.pos not in ("SPACE",)
    ]
    if not toks:
        return "cue?"
    if all(t.pos == "PUNCT" for t in toks):
        return "punct-cue"
    if any(is_cue(parse, t.i) for t in toks):
        return "is-cue"
    known = [t for t in toks if cue_of(t.text, t.lemma) is not None]
    if known:
        return f"{_pos(known[-1].pos)}/in-table-not-cue"
    content = [t for t in toks if t.pos in ("VERB", "NOUN", "ADJ", "ADP")] or toks
    return f"{_pos(content[-1].pos)}/unknown"


def _clause(parse: Parse, g: Gold) -> str:
    """Whether a gold content is a clause (has a verb) or a bare phrase."""
    toks = [t for t in parse.tokens for s, e in g.content if t.start < e and s < t.end]
    if any(t.pos in ("VERB", "AUX") for t in toks):
        return "clause"
    return "phrase"


def _lemmas(parse: Parse, g: Gold) -> str:
    """The gold cue's content words as lemmas (its auxiliaries and adverbs left out)."""
    toks = [t for t in parse.tokens for s, e in _cue_spans("", g) if t.start < e and s < t.end]
    words = [t.lemma.lower() for t in toks if t.pos in ("VERB", "NOUN", "ADJ", "ADP", "PUNCT")]
    return " ".join(words) or " ".join(t.lemma.lower() for t in toks)


def _cue_key(parse: Parse, q: Quote) -> str:
    """A prediction's cue as kind/lemma (the first word's lemma for a phrase)."""
    if q.cue is None:
        return f"{q.kind}/-"
    t = next((t for t in parse.tokens if t.text == q.cue.split()[0]), None)
    lemma = t.lemma.lower() if t is not None and len(q.cue.split()) == 1 else q.cue.lower()
    return f"{q.kind}/{lemma}"


def _pos(pos: str) -> str:
    return "VERB" if pos in ("VERB", "AUX") else pos


def classify(cases: list[Case], show: str | None, seed: int, shown: int = 8) -> None:
    gold_cls: Counter[str] = Counter()
    pred_cls: Counter[str] = Counter()
    conv: dict[str, Counter[str]] = defaultdict(Counter)
    missed_cues: Counter[str] = Counter()
    fp_cues: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    per_cue: dict[str, Counter[bool]] = defaultdict(Counter)
    n_gold = n_pred = hit_gold = hit_pred = any_gold = any_pred = 0
    for case in cases:
        text, parse = case.text, case.parse
        quotes = extract_quotes(text, parse, case.actors)
        groups = attributions(quotes, text)
        pspans = [[quotes[k].span for k in g] for g in groups]
        n_gold += len(case.gold)
        n_pred += len(groups)
        _convention(conv, text, case.gold, quotes)
        matched_pred: set[int] = set()
        for g in case.gold:
            ratios = [(overlap_ratio(p, g.content), n) for n, p in enumerate(pspans)]
            best_r, best = max(ratios, default=(0.0, -1))
            gc = _cover(g.content)
            ck = _cue_kind(parse, text, _cue_spans(text, g))
            direct = any(m in text[s:e] for s, e in g.content for m in '“”"')
            if best_r >= 0.5:
                hit_gold += 1
                any_gold += 1
                matched_pred.add(best)
                continue
            overl = [n for n, p in enumerate(pspans) if gc & _cover(p)]
            if not overl:
                cls = f"miss/{'direct' if direct else 'indirect'}/{ck}/{_clause(parse, g)}"
                missed_cues[f"{ck}/{_clause(parse, g)}:{_lemmas(parse, g)}"] += 1
            else:
                any_gold += 1
                best = max(overl, key=lambda n: len(gc & _cover(pspans[n])))
                cls = "bound/" + _boundary(text, parse, g, pspans[best], quotes, groups[best])
            gold_cls[cls] += 1
            if show and cls.startswith(show) and len(examples[cls]) < 400:
                pred = " | ".join(text[s:e] for s, e in pspans[best]) if overl else "-"
                examples[cls].append(
                    f"[{case.stem}] cue={g.cue!r}\n  GOLD {_frag(text, g.content)!r}\n"
                    f"  PRED {pred!r}\n  CTX {_context(text, g.content)!r}"
                )
        for n, p in enumerate(pspans):
            pc = _cover(p)
            q = quotes[groups[n][0]]
            best_r = max((overlap_ratio(p, g.content) for g in case.gold), default=0.0)
            per_cue[_cue_key(parse, q)][best_r >= 0.5] += 1
            if best_r >= 0.5:
                hit_pred += 1
                any_pred += 1
                continue
            touching = [g for g in case.gold if _cover(g.content) & pc]
            if touching:
                any_pred += 1
                g = max(touching, key=lambda g: len(_cover(g.content) & pc))
                cls = "pbound/" + _boundary(text, parse, g, p, quotes, groups[n])
            else:
                in_other = any(
                    _cover(g.source) & pc or _cover(_cue_spans(text, g)) & pc for g in case.gold
                )
                cls = f"fp/{q.kind}/{'in-src-or-cue' if in_other else 'outside'}"
                fp_cues[f"{q.kind}/{q.cue}"] += 1
            pred_cls[cls] += 1
            if show and cls.startswith(show) and len(examples[cls]) < 400:
                examples[cls].append(
                    f"[{case.stem}] cue={q.cue!r} PRED {_frag(text, p)!r}\n"
                    f"  CTX {_context(text, p)!r}"
                )
    sp, sr = hit_pred / max(n_pred, 1), hit_gold / max(n_gold, 1)
    ap, ar = any_pred / max(n_pred, 1), any_gold / max(n_gold, 1)
    print(f"{n_gold} gold, {n_pred} predicted attributions")
    print(f"strict P {sp:.3f} R {sr:.3f} F1 {2 * sp * sr / max(sp + sr, 1e-9):.4f}")
    print(f"any    P {ap:.3f} R {ar:.3f} F1 {2 * ap * ar / max(ap + ar, 1e-9):.4f}")
    print("\n== gold attributions not matched at 0.5 (class: count)")
    for k, v in gold_cls.most_common():
        print(f"  {k:50s} {v}")
    print("\n== predicted attributions not matched at 0.5")
    for k, v in pred_cls.most_common():
        print(f"  {k:50s} {v}")
    print("\n== missed gold cues (top 40)")
    print("  " + ", ".join(f"{k} {v}" for k, v in missed_cues.most_common(150)))
    print("\n== false-positive cues (top 40)")
    print("  " + ", ".join(f"{k} {v}" for k, v in fp_cues.most_common(40)))
    print("\n== cues by strict precision (at least 15 predictions, lowest first)")
    rows = [(c[True] / (c[True] + c[False]), k, c[True] + c[False]) for k, c in per_cue.items()]
    for prec, k, tot in sorted(r for r in rows if r[2] >= 15)[:40]:
        print(f"  {k:30s} {prec:.2f} of {tot}")
    print("\n== span convention: gold (matched at any overlap) vs ours")
    for k in sorted(conv):
        c = conv[k]
        tot = sum(c.values())
        print(f"  {k:28s} " + ", ".join(f"{a} {100 * b / tot:.0f}%" for a, b in c.most_common(6)))
    if show:
        rng = random.Random(seed)
        for cls, ex in sorted(examples.items()):
            print(f"\n== {cls} ({len(ex)} kept), sample")
            for e in rng.sample(ex, min(shown, len(ex))):
                print(e)


def _cue_spans(text: str, g: Gold) -> list[Span]:
    """The gold cue's span, kept by :func:`read_cues` beside the gold's cue text."""
    return CUE_SPANS.get(id(g), [])


#: id(gold) -> its cue spans (the evaluator's reader keeps only the cue's words).
CUE_SPANS: dict[int, list[Span]] = {}


def read_cues(path: Path, cases: list[Case]) -> None:
    """Attach each gold attribution's cue spans, read from the .ann file in the same order."""
    for case in cases:
        ann = sorted((path / "attributions").glob(f"{case.stem}*.ann"))[0]
        spans: dict[str, list[Span]] = {}
        links: list[dict[str, str]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                _, _, where = parts[1].partition(" ")
                frags = [tuple(int(x) for x in f.split()) for f in where.split(";")]
                spans[parts[0]] = [(f[0], f[1]) for f in frags]
            elif line.startswith("E") and len(parts) >= 2:
                links.append(dict(role.split(":", 1) for role in parts[1].split()))
        cues = [spans.get(k.get("Cue", ""), []) for k in links if spans.get(k.get("Content", ""))]
        for g, c in zip(case.gold, cues, strict=True):
            CUE_SPANS[id(g)] = c


def _boundary(
    text: str, parse: Parse, g: Gold, pred: list[Span], quotes: tuple[Quote, ...], grp: list[int]
) -> str:
    gc, pc = _cover(g.content), _cover(pred)
    extra, short = pc - gc, gc - pc
    gs, ge = min(gc), max(gc) + 1
    ps, pe = min(pc), max(pc) + 1
    src = _cover(g.source)
    cue = _cover(_cue_spans(text, g))
    kind = quotes[grp[0]].kind
    parts = []
    if extra and src & extra:
        parts.append("src-inside")
    if extra and cue & extra:
        parts.append("cue-inside")
    if parts:
        return kind + "/" + "+".join(parts)
    if not short:
        side = "left" if ps < gs and pe <= ge else "right" if pe > ge and ps >= gs else "both"
        return f"{kind}/too-long-{side}"
    if not extra:
        gsent, psent = _sentences(parse, g.content), _sentences(parse, pred)
        if gsent > psent:
            return f"{kind}/too-short-fewer-sentences"
        side = "left" if gs < ps and ge <= pe else "right" if ge > pe and gs >= ps else "both"
        return f"{kind}/too-short-{side}"
    return f"{kind}/shifted"


def _convention(
    conv: dict[str, Counter[str]], text: str, gold: list[Gold], quotes: tuple[Quote, ...]
) -> None:
    for g in gold:
        s, e = g.content[0][0], g.content[-1][1]
        _edges(conv, "gold", text, s, e)
        conv["gold fragments"][str(min(len(g.content), 3))] += 1
    for q in quotes:
        _edges(conv, "ours", text, *q.span)


def _edges(conv: dict[str, Counter[str]], who: str, text: str, s: int, e: int) -> None:
    inner = text[s:e]
    direct = any(m in inner for m in "“”")
    key = f"{who} {'direct' if direct else 'plain'}"
    conv[key + " first"][_shape(inner[:1])] += 1
    conv[key + " last"][_shape(inner[-1:])] += 1
    conv[key + " before"][_shape(text[s - 1 : s] if s else "^")] += 1
    conv[key + " after"][_shape(text[e : e + 1])] += 1
    word = inner.split()[0].lower() if inner.split() else ""
    conv[key + " 1st word"][word if word in ("that", "to", "“that", "whether") else "other"] += 1


def _shape(c: str) -> str:
    if not c:
        return "end"
    if c.isalpha():
        return "A" if c.isupper() else "a"
    if c.isdigit():
        return "9"
    if c.isspace():
        return "space"
    return c


def _frag(text: str, spans: list[Span]) -> str:
    return " | ".join(text[s:e] for s, e in spans)[:400]


def _context(text: str, spans: list[Span]) -> str:
    s, e = spans[0][0], spans[-1][1]
    return text[max(0, s - 120) : min(len(text), e + 120)][:700]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--show", help="print a sample of cases of the classes starting so")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=8, help="cases shown a class")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    cases = prepared(args.path)
    if args.limit:
        cases = cases[: args.limit]
    read_cues(args.path, cases)
    classify(cases, args.show, args.seed, args.n)


if __name__ == "__main__":
    main()
