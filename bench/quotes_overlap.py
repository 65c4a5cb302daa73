"""How our quote contents that touch a gold content, but miss the 0.5 overlap, differ from it.

    PYTHONPATH=src python bench/quotes_overlap.py ../shared/eval/polnear_train [--limit 300]

For each gold attribution whose best-touching prediction overlaps it under 0.5 (and each such
prediction), counts, in aggregate only, which side is off (ours too short or too long at the
start or at the end), what stands at the edge where one span stops and the other goes on (a
comma, "and", "but", "because", a relative pronoun, a sentence end, a paragraph break, a
quotation mark, a cue interruption), and the gold cue type (direct quote, "said that",
"according to", mixed, other). Prints counts only: the gold text stays out of the report
unless ``--show KEY`` is given for reading a few cases of one class on the train split.
Parses are cached by ``bench/quotes_errors.py``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from quotes_errors import CUE_SPANS, Case, prepared, read_cues

from tacitus.evaluate.quotes import Gold, attributions, overlap_ratio
from tacitus.quotes import extract_quotes
from tacitus.records import Span

QUOTE_MARKS = "\"“”‘’'"
RELATIVE = {"which", "who", "whom", "whose", "where", "when"}
EDGE_WORDS = {"and", "but", "because", "since", "as", "while", "although", "though", "so"}
EDGE_WORDS |= {"if", "that", "to", "or", "after", "before", "until", "unless", "including"}
WORD = re.compile(r"[\w’'-]+")


def _cover(spans: list[Span]) -> set[int]:
    return {k for s, e in spans for k in range(s, e)}


def edge(text: str, a: int, b: int) -> str:
    """What the text between ``a`` and ``b`` (the part one span has and the other lacks)
    begins with, seen from the side where the two spans still agree."""
    piece = text[a:b]
    if not piece.strip():
        return "space"
    stripped = piece.lstrip(" \t")
    if stripped.startswith("\n"):
        return "para-break"
    c = stripped[0]
    if c in QUOTE_MARKS:
        rest = stripped[1:].lstrip()
        if rest[:1] == "," or re.match(r"\s*\w+ (said|says|told|added)\b", rest):
            return "quote-mark+cue"
        return "quote-mark"
    if c == ",":
        rest = stripped[1:].lstrip()
        if rest[:1] in QUOTE_MARKS:
            return "comma+quote-mark"
        w = WORD.match(rest)
        word = w.group(0).lower() if w else ""
        if word in RELATIVE:
            return "comma+relative"
        if word in EDGE_WORDS:
            return f"comma+{word}"
        if re.match(r"[\w .’'-]{1,40}\b(said|says|told|added|according)\b", rest):
            return "comma+cue"
        return "comma"
    if c in ".?!":
        return "sentence-end+more" if len(stripped) > 2 else "final-punct"
    if c in ";:—–-(":
        return f"punct{c}"
    w = WORD.match(stripped)
    word = w.group(0).lower() if w else c
    if word in RELATIVE:
        return "relative"
    if word in EDGE_WORDS:
        return word
    if word in ("said", "says", "told", "added", "according"):
        return "cue-word"
    return "word"


def back_edge(text: str, a: int, b: int) -> str:
    """Like :func:`edge` for the part at a span's start: what ends it, next to the shared
    part (read backwards: the word or mark just before where the two spans agree)."""
    piece = text[a:b]
    if not piece.strip():
        return "space"
    stripped = piece.rstrip(" \t")
    if stripped.endswith("\n"):
        return "para-break"
    c = stripped[-1]
    if c in QUOTE_MARKS:
        return "quote-mark"
    if c in ",;:—–(":
        return f"punct{c}"
    if c in ".?!":
        return "sentence-end"
    words = WORD.findall(stripped)
    word = words[-1].lower() if words else c
    if word in RELATIVE or word in EDGE_WORDS:
        return word
    if len(words) <= 1:
        return "one-word"
    return "words"


def cue_type(text: str, g: Gold) -> str:
    inner = " ".join(text[s:e] for s, e in g.content)
    marks = sum(inner.count(m) for m in '“”"')
    cue = g.cue.lower()
    if "according" in cue:
        return "according-to"
    if marks:
        bare = re.sub(r"[“\"][^”\"]*[”\"]", "", inner)
        return "mixed" if len(WORD.findall(bare)) > 3 else "direct"
    s = g.content[0][0]
    first = inner.split()[0].lower() if inner.split() else ""
    before = WORD.findall(text[max(0, s - 12) : s].lower())
    if first == "that" or (before and before[-1] == "that"):
        return "said-that"
    return "indirect-other"


def compare(text: str, gold: list[Span], pred: list[Span]) -> list[str]:
    """Keys describing how ``pred`` differs from ``gold`` at either edge."""
    gc, pc = _cover(gold), _cover(pred)
    gs, ge, ps, pe = min(gc), max(gc) + 1, min(pc), max(pc) + 1
    keys = []
    if ps > gs:
        keys.append("start/ours-short:" + back_edge(text, gs, ps))
    elif ps < gs:
        keys.append("start/ours-long:" + back_edge(text, ps, gs))
    if pe < ge:
        keys.append("end/ours-short:" + edge(text, pe, ge))
    elif pe > ge:
        keys.append("end/ours-long:" + edge(text, ge, pe))
    inner_gap = (gc - pc) & set(range(max(gs, ps), min(ge, pe)))
    if inner_gap:
        keys.append("middle/ours-lacks-inside")
    inner_extra = (pc - gc) & set(range(max(gs, ps), min(ge, pe)))
    if inner_extra:
        keys.append("middle/ours-has-gold-gap")
    if len(gold) > 1:
        keys.append(f"frags/gold-{min(len(gold), 3)}-ours-{min(len(pred), 3)}")
    return keys


def _same_cue(ours: str | None, gold: str) -> bool:
    """Whether our cue is (a word of) the gold cue: the same attribution, bounded wrong,
    not another attribution that happens to overlap this one."""
    if not ours:
        return not gold.strip(" ,")
    words = set(WORD.findall(gold.lower()))
    return any(w in words for w in WORD.findall(ours.lower()))


def run(cases: list[Case], show: str | None, n_show: int, seed: int, other_cue: bool) -> None:
    by_side: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    pred_side: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    n_pairs = n_gold = 0
    for case in cases:
        text = case.text
        quotes = extract_quotes(text, case.parse, case.actors)
        groups = attributions(quotes, text)
        pspans = [[quotes[k].span for k in g] for g in groups]
        pcues = [quotes[g[0]].cue for g in groups]
        for g in case.gold:
            n_gold += 1
            gc = _cover(g.content)
            touching = [p for p in pspans if gc & _cover(p)]
            if not touching or max(overlap_ratio(p, g.content) for p in touching) >= 0.5:
                continue
            best_n = max(
                (n for n, p in enumerate(pspans) if gc & _cover(p)),
                key=lambda n: len(gc & _cover(pspans[n])),
            )
            best = pspans[best_n]
            same = _same_cue(pcues[best_n], g.cue)
            if same != (not other_cue):
                continue
            n_pairs += 1
            ctype = cue_type(text, g)
            by_type["all"][ctype] += 1
            for key in compare(text, g.content, best):
                by_side[key] += 1
                by_type[key][ctype] += 1
                if show and key.startswith(show):
                    shown[key].append(
                        f"GOLD {' | '.join(text[s:e] for s, e in g.content)[:300]!r}\n"
                        f"  PRED {' | '.join(text[s:e] for s, e in best)[:300]!r}"
                    )
        for p in pspans:
            pc = _cover(p)
            touching_g = [g for g in case.gold if _cover(g.content) & pc]
            if not touching_g or max(overlap_ratio(p, g.content) for g in touching_g) >= 0.5:
                continue
            g = max(touching_g, key=lambda g: len(_cover(g.content) & pc))
            for key in compare(text, g.content, p):
                pred_side[key.split(":")[0]] += 1
    which = "another cue" if other_cue else "the same cue"
    print(f"{n_gold} gold; {n_pairs} touched by a prediction of {which} but under 0.5")
    print("cue types of those:", dict(by_type["all"].most_common()))
    print("\n== gold side (key: count  [by cue type])")
    for k, v in sorted(by_side.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1])):
        if v >= 3:
            types = ", ".join(f"{t} {c}" for t, c in by_type[k].most_common(4))
            print(f"  {k:45s} {v:4d}  [{types}]")
    print("\n== predicted side (edge only)")
    for k, v in pred_side.most_common():
        print(f"  {k:45s} {v:4d}")
    if show:
        rng = random.Random(seed)
        for k, ex in sorted(shown.items()):
            print(f"\n== {k} ({len(ex)})")
            for e in rng.sample(ex, min(n_show, len(ex))):
                print(e)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", help="print a few cases of the keys starting so (train only)")
    ap.add_argument("--n", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--other-cue", action="store_true", help="pairs whose cues differ")
    args = ap.parse_args()
    cases = prepared(args.path)
    if args.limit:
        cases = cases[: args.limit]
    read_cues(args.path, cases)
    assert CUE_SPANS is not None
    run(cases, args.show, args.n, args.seed, args.other_cue)


if __name__ == "__main__":
    main()
