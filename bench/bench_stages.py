"""Benchmark: each stage's time as a share of the spaCy (nlp stage) time.

Runs every stage of the default pipeline in order over a generated corpus (the same one
``tacitus bench`` uses) and prints seconds per stage, its share of the nlp time, and the two
budgets the issues set: actors + events at most 25%, places + dates + quotes at most 20%.

    .venv/bin/python bench/bench_stages.py [--articles 300]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from tacitus.bench import generate
from tacitus.pipeline import Document, Pipeline
from tacitus.settings import Settings


def stage_seconds(n_articles: int) -> Counter[str]:
    raws = generate(n_articles)
    pipeline = Pipeline(Settings())
    list(pipeline.run(raws[:8]))  # warm: model, knowledge base, lexicons, gazetteer
    docs = [Document(r) for r in raws]
    spent: Counter[str] = Counter()
    for stage in pipeline.stages:
        t0 = time.perf_counter()
        pipe = getattr(stage, "pipe", None)
        docs = list(pipe(docs)) if pipe is not None else [stage(d) for d in docs]
        spent[stage.name] += time.perf_counter() - t0
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    spent = stage_seconds(args.articles)
    nlp = spent["nlp"]
    for name, seconds in spent.items():
        print(f"{name:8} {seconds:7.2f} s  {100 * seconds / nlp:6.1f}% of the nlp time")
    coding = spent["actors"] + spent["events"]
    context = spent["places"] + spent["dates"] + spent["quotes"]
    print(f"actors + events:          {100 * coding / nlp:5.1f}% (budget 25%)")
    print(f"places + dates + quotes:  {100 * context / nlp:5.1f}% (budget 20%)")


if __name__ == "__main__":
    main()
