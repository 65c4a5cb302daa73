"""Precision of the quotes stage by class of prediction on a PolNeAR folder (a report).

    PYTHONPATH=src python bench/quotes_fp_classes.py ../shared/eval/polnear_train

For each feature of a predicted attribution (its kind and cue lemma, the content's length,
first word and last mark, the sentence it sits in, the cue's form) prints how many
predictions fall in each class, the share matched at the 0.5 overlap, and the share of
matched predictions over all (2 matched / (predicted + gold), near the F1) the set would
have with that class dropped. Dropping a class gains only where its precision is under
half the F1 (about 0.35 at 0.70). Counts only: no gold text is printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_errors import prepared

from tacitus.evaluate.quotes import attributions, overlap_ratio
from tacitus.parse import Parse, Token
from tacitus.quotes import extract_quotes
from tacitus.quotes.attribution import find
from tacitus.quotes.direct import Finding


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n < e:
            return f"<{e}"
    return f">={edges[-1]}"


def _subject(subj: list[Token]) -> str:
    if not subj:
        return "none"
    return subj[0].text.lower() if subj[0].pos == "PRON" else "noun"


def _side(cue_start: int | None, start: int) -> str:
    if cue_start is None:
        return "-"
    return "before" if cue_start < start else "after"


def features(text: str, parse: Parse, f: Finding, sent_no: int) -> dict[str, str]:
    inner = text[f.start : f.end]
    words = inner.split()
    cue = parse.tokens[f.cue] if f.cue is not None else None
    first = words[0].lower().strip("“\"'") if words else ""
    aux = ""
    if cue is not None:
        kids = [parse.tokens[c] for c in parse.children[cue.i]]
        aux = ",".join(sorted({k.lemma.lower() for k in kids if k.dep in ("aux", "neg")}))
        subj = [k for k in kids if k.dep in ("nsubj", "nsubjpass")]
    else:
        subj = []
    lo, hi = parse.token_at(f.start), parse.token_at(max(f.start, f.end - 1))
    span_toks = parse.tokens[lo.i : hi.i + 1] if lo is not None and hi is not None else []
    verb = any(t.pos in ("VERB", "AUX") for t in span_toks)
    core = inner.strip(" ,.“”\"'‘’")
    ws = [x for x in core.split() if x[:1].isalpha()]
    titled = (
        0 < len(ws) <= 8
        and ws[0][0].isupper()
        and all(x[0].isupper() or x.lower() in SMALL for x in ws)
        and inner.rstrip()[-1:] not in ".!?"
    )
    before = text[max(0, f.start - 12) : f.start].split()
    prev = before[-1].lower().strip("“\"'") if before else ""
    return {
        "titled": f"{f.kind}/{titled}/{len(ws)}",
        "titledprev": f"{f.kind}/{titled}/{prev if prev in SMALL else 'other'}",
        "clause": f"{f.kind}/{'clause' if verb else 'phrase'}",
        "kind": f.kind,
        "cue": f"{f.kind}/{cue.lemma.lower() if cue else '-'}",
        "cuepos": f"{f.kind}/{cue.pos if cue else '-'}/{cue.dep if cue else '-'}",
        "cuetag": f"{f.kind}/{cue.tag if cue else '-'}",
        "aux": f"{f.kind}/{aux or '-'}",
        "subj": f"{f.kind}/{_subject(subj)}",
        "len": f"{f.kind}/{_bucket(len(inner), (15, 25, 40, 60, 100, 200, 400))}",
        "first": f"{f.kind}/{first if first in FIRSTS else 'other'}",
        "last": f"{f.kind}/{inner.rstrip()[-1:] if inner.strip() else ''}",
        "sent": f"{f.kind}/{_bucket(sent_no, (1, 2, 3, 5))}",
        "nosp": f"{f.kind}/{'speaker' if f.speaker else 'none'}",
        "question": f"{f.kind}/{'?' in inner}",
        "cuepos-side": f"{f.kind}/{_side(cue.start if cue else None, f.start)}",
    }


SMALL = frozenset(
    ["of", "the", "a", "an", "and", "with", "on", "in", "for", "to", "at", "by", "from", "or"]
)

FIRSTS = frozenset(
    [
        "that",
        "to",
        "whether",
        "if",
        "how",
        "what",
        "why",
        "who",
        "when",
        "where",
        "the",
        "a",
        "an",
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
    ]
)


#: Pairs of features crossed, for classes one feature alone does not show.
CROSSES = (
    ("cue", "cuepos"),
    ("cue", "subj"),
    ("cue", "cuetag"),
    ("cue", "aux"),
    ("cue", "len"),
    ("cuepos", "subj"),
    ("cuepos", "len"),
    ("nosp", "len"),
    ("first", "len"),
    ("cue", "clause"),
    ("cuepos", "clause"),
    ("clause", "len"),
    ("titled", "cue"),
    ("nested", "cuepos"),
    ("nested", "subj"),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--min", type=int, default=20)
    ap.add_argument("--only", default="", help="comma list of features to print")
    ap.add_argument("--below", type=float, default=1.0, help="only classes under this precision")
    args = ap.parse_args()
    cases = prepared(args.path)
    stats: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    tp = n_pred = n_gold = hit_gold = 0
    for case in cases:
        text, parse = case.text, case.parse
        by_span = {(f.start, f.end): f for f in find(text, parse)}
        quotes = extract_quotes(text, parse, case.actors)
        found = [by_span[q.span] for q in quotes]  # the findings the stage kept
        groups = attributions(quotes, text)
        n_gold += len(case.gold)
        n_pred += len(groups)
        for g in case.gold:
            if any(overlap_ratio([quotes[k].span for k in gr], g.content) >= 0.5 for gr in groups):
                hit_gold += 1
        for gr in groups:
            p = [quotes[k].span for k in gr]
            ok = max((overlap_ratio(p, g.content) for g in case.gold), default=0.0) >= 0.5
            tp += ok
            f = found[gr[0]]
            tok = parse.token_at(f.start)
            sent_no = tok.sent if tok is not None else 0
            feats = features(text, parse, f, sent_no)
            host = [
                o
                for o in groups
                if o is not gr
                and any(quotes[k].span[0] <= f.start and f.end <= quotes[k].span[1] for k in o)
            ]
            feats["nested"] = f"{f.kind}/{'inside-' + quotes[host[0][0]].kind if host else 'top'}"
            for a, b in CROSSES:
                feats[f"{a}x{b}"] = f"{feats[a]}|{feats[b].split('/', 1)[1]}"
            for name, val in feats.items():
                stats[name][val][0] += 1
                stats[name][val][1] += ok
    prec, rec = tp / n_pred, hit_gold / n_gold
    f1 = 2 * prec * rec / (prec + rec)
    print(f"{n_pred} pred, {n_gold} gold; P {prec:.4f} R {rec:.4f} F1 {f1:.5f}")
    print(f"dice (compare dice-if-dropped with it) {2 * tp / (n_pred + n_gold):.4f}")
    only = set(args.only.split(",")) if args.only else None
    for name, classes in stats.items():
        if only and name not in only:
            continue
        print(f"\n== {name}")
        rows = sorted(classes.items(), key=lambda kv: kv[1][1] / kv[1][0])
        for val, (n, n_ok) in rows:
            if n < args.min or n_ok / n >= args.below:
                continue
            # matched predictions over all, with the class dropped (its matched gold lost)
            dice = 2 * (tp - n_ok) / (n_pred - n + n_gold)
            print(f"  {val:40s} n {n:5d}  P {n_ok / n:.2f}  dice-if-dropped {dice:.4f}")


if __name__ == "__main__":
    main()
