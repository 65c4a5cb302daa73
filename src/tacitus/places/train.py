"""Refit the place ranker's weights (``make train-places``).

``python -m tacitus.places.train [CORPUS_DIR] [--out FILE]``:

1. compiles ``passages.marked.txt`` (our own passages, toponyms marked
   ``[[as written|ISO3/admin1:feature]]``) into ``passages.jsonl`` with character spans and
   the intended GeoNames entry (id, point);
2. parses each passage and builds the same article context the stage builds, then one
   feature vector per candidate of each annotated toponym;
3. fits a logistic regression on pairs (the intended candidate against each other one) on
   the train split, reports top-1 accuracy within 161 km on the held-out split for the
   learned weights and for the file's current ones, and writes the weights with their meta.

Only our own corpus is read: no evaluation corpus ever enters the fit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from . import ranker
from .gazetteer import FEATURES, Candidate, Gazetteer, fold
from .gazetteer import load as load_gazetteer
from .recognise import find, listed_with
from .resolve import Context, candidates, context
from .toponyms import adjectives

MARK = re.compile(r"\[\[([^\]|]+)\|([A-Z]{0,3})(?:/([^\]:]+))?(?::(\w+))?\]\]")
#: The hand weights of the scorer this ranker replaced, kept as the baseline in the meta.
HAND_WEIGHTS = (1.0, 3.0, 1.5, -0.5, 3.0, 8.0, 2.0, 0.0, 2.0, 4.0, 2.5, 2.0, 0.0, 2.0, 0.0, 0.0,
                0.0, 0.0, 0.0, 0.0, 0.0)  # fmt: skip
HELD_OUT_EVERY = 5  # passage p005, p010, ... are held out
KM = 161.0


def _split(pid: str) -> str:
    digits = "".join(ch for ch in pid if ch.isdigit())
    return "heldout" if digits and int(digits) % HELD_OUT_EVERY == 0 else "train"


def intended(
    gaz: Gazetteer, name: str, iso3: str, admin1: str | None, feat: str | None
) -> Candidate | None:
    """The entry a mark means: the most populous of that name in the country (province,
    feature) marked; a country adjective or a province's abbreviation ("Ga.") by its table."""
    adjective = gaz.country_of_adjective(name)
    cands = [adjective] if adjective is not None else gaz.lookup(name)
    if (abbreviated := gaz.abbreviation(name)) is not None:
        cands.append(abbreviated)
    keep = [
        c
        for c in cands
        if (c.country or "") == iso3
        and (admin1 is None or admin1 == "" or fold(c.admin1 or "") == fold(admin1))
        and (feat is None or FEATURES[c.feature] == feat)
    ]
    return max(keep, key=lambda c: (c.population, -c.id), default=None)


def compile_marked(path: Path, gaz: Gazetteer) -> tuple[list[dict[str, Any]], list[str]]:
    """Passages with spans and intended entries; and the marks no entry matched."""
    rows: list[dict[str, Any]] = []
    misses: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        pid, _, marked = line.partition("\t")
        if not marked:
            raise InputError(str(path), f"line {n}: no tab between the id and the text")
        text: list[str] = []
        tops: list[dict[str, Any]] = []
        pos = 0
        for m in MARK.finditer(marked):
            text.append(marked[pos : m.start()])
            start = sum(map(len, text))
            surface, iso3, admin1, feat = m.groups()
            text.append(surface)
            pos = m.end()
            c = intended(gaz, surface, iso3, admin1, feat)
            if c is None:
                misses.append(f"{pid}: {m.group(0)}")
                continue
            tops.append({"start": start, "end": start + len(surface), "text": surface,
                         "geonameid": c.geonameid or None, "lat": c.lat, "lon": c.lon,
                         "country": c.country, "feature": FEATURES[c.feature]})  # fmt: skip
        text.append(marked[pos:])
        row: dict[str, Any] = {
            "id": pid,
            "split": _split(pid),
            "text": "".join(text),
            "toponyms": tops,
        }
        if tops and tops[0]["start"] == 0 and tops[0]["text"].isupper():
            row["dateline"] = tops[0]["text"]  # "KABUL: ..." opens the passage
        rows.append(row)
    return rows, misses


@dataclass
class Group:
    """One annotated toponym: its candidates' feature vectors, which is right, and points."""

    split: str
    xs: list[list[float]]
    right: list[bool]


def _is_intended(c: Candidate, top: dict[str, Any]) -> bool:
    if top["geonameid"] and c.geonameid:
        return bool(c.geonameid == top["geonameid"])
    return ranker.distance_km(c.lat, c.lon, top["lat"], top["lon"]) < 1.0


def groups(rows: list[dict[str, Any]], gaz: Gazetteer, nlp: Any) -> Iterator[Group]:
    from ..nlp import to_parse

    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        parse = to_parse(doc)
        mentions = find(parse, row["text"], gaz)
        adjs = []
        for s, _, iso3 in adjectives(parse, gaz):
            tok = parse.token_at(s)
            adjs.append((tok.sent if tok else -1, s, iso3))
        lists = listed_with(parse, mentions)
        ctx: Context = context(gaz, mentions, adjs, row.get("dateline"), lists)
        for top in row["toponyms"]:
            cands = candidates(gaz, top["text"], None)
            right = [_is_intended(c, top) for c in cands]
            if len(cands) < 2 or not any(right):
                continue  # nothing to rank, or the name alone gives it
            tok = parse.token_at(top["start"])
            ev = ctx.evidence((tok.sent, top["start"]) if tok else None)
            xs = [ranker.features(c, top["text"], ev) for c in cands]
            yield Group(row["split"], xs, right)


def _accuracy(gs: list[Group], weights: tuple[float, ...]) -> float:
    model = ranker.Ranker(weights, {})
    ok = 0
    for g in gs:
        scores = [model.score(x) for x in g.xs]
        ok += g.right[max(range(len(scores)), key=lambda i: (scores[i], -i))]
    return ok / len(gs) if gs else 0.0


#: The regularisation: scikit-learn's default. The corpus is small and its sentences full of
#: names ambiguous on purpose, and weaker regularisation let correlated features (the
#: article's countries, the sentence's) take weights of opposite signs from run to run;
#: 5-fold cross-validation over GRID on the train split is reported in the meta.
C = 1.0
GRID = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
FOLDS = 5


def fit(gs: list[Group], c: float) -> tuple[float, ...]:
    """Pairwise logistic regression without intercept: w . (x_right - x_other) > 0, each
    toponym weighing as much as any other however many candidates it has."""
    from sklearn.linear_model import LogisticRegression

    xs, ys, sw = [], [], []
    for g in gs:
        pos = next(x for x, r in zip(g.xs, g.right, strict=True) if r)
        share = 1.0 / (len(g.xs) - 1)
        for x, r in zip(g.xs, g.right, strict=True):
            if not r:
                d = [a - b for a, b in zip(pos, x, strict=True)]
                xs += [d, [-v for v in d]]
                ys += [1, 0]
                sw += [share, share]
    model = LogisticRegression(fit_intercept=False, C=c, max_iter=5000)
    model.fit(xs, ys, sample_weight=sw)
    return tuple(round(float(w), 4) for w in model.coef_[0])


def cross_validate(gs: list[Group]) -> dict[str, float]:
    """Mean top-1 accuracy of 5-fold cross-validation on the train split, for each C."""
    cv: dict[float, float] = {}
    for c in GRID:
        folds = [[g for i, g in enumerate(gs) if i % FOLDS == k] for k in range(FOLDS)]
        accs = [
            _accuracy(folds[k], fit([g for i, g in enumerate(gs) if i % FOLDS != k], c))
            for k in range(FOLDS)
        ]
        cv[c] = sum(accs) / FOLDS
    return {str(c): round(a, 4) for c, a in cv.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tacitus.places.train", description=__doc__)
    ap.add_argument("corpus", nargs="?", default="corpus/places")
    ap.add_argument("--out", default=None, help="weights file (default: the shipped one)")
    args = ap.parse_args(argv)
    from importlib import resources

    from ..nlp import load_model
    from ..settings import Settings

    folder = Path(args.corpus)
    marked = folder / "passages.marked.txt"
    if not marked.is_file():
        print(f"Error: {marked}: no such file", file=sys.stderr)
        return 1
    gaz = load_gazetteer()
    rows, misses = compile_marked(marked, gaz)
    for miss in misses:
        print(f"no gazetteer entry: {miss}", file=sys.stderr)
    with (folder / "passages.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    nlp = load_model(Settings().model)
    # The article context comes from a first pass that ranks with the weights in use: fit
    # once with the hand weights there, then again with the first fit's (deterministic).
    weights: tuple[float, ...] = HAND_WEIGHTS
    for _ in range(2):
        with ranker.fitting_with(ranker.Ranker(weights, {})):
            gs = list(groups(rows, gaz, nlp))
        train = [g for g in gs if g.split == "train"]
        held = [g for g in gs if g.split == "heldout"]
        weights = fit(train, C)
    cv = cross_validate(train)
    try:
        before: tuple[float, ...] | None = ranker.load().weights
    except ConfigError:
        before = None  # the shipped file is for other features: nothing to compare
    n_top = sum(len(r["toponyms"]) for r in rows)
    meta = {
        "corpus": str(folder),
        "corpus_sha256": hashlib.sha256(marked.read_bytes()).hexdigest()[:16],
        "passages": len(rows),
        "toponyms": n_top,
        "ambiguous_train": len(train),
        "ambiguous_heldout": len(held),
        "heldout_top1": round(_accuracy(held, weights), 4),
        "heldout_top1_previous_weights": None
        if before is None
        else round(_accuracy(held, before), 4),
        "heldout_top1_hand_weights": round(_accuracy(held, HAND_WEIGHTS), 4),
        "train_top1": round(_accuracy(train, weights), 4),
        "model": f"sklearn LogisticRegression on candidate pairs, no intercept, C={C}",
        "cv_top1_by_c": cv,
    }
    out = (
        Path(args.out) if args.out else Path(str(resources.files("tacitus") / "data" / ranker.FILE))
    )
    doc = {"features": list(ranker.FEATURES), "weights": list(weights), "meta": meta}
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
