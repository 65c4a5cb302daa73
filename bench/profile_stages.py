"""Profile: where our own stages spend their time (cProfile, spaCy left out).

Parses the generated bench articles once (clean and nlp, not profiled), then runs the later
stages named by ``--stages`` under cProfile and prints the top functions of our code, by
own time and by cumulative time.

    .venv/bin/python bench/profile_stages.py [--articles 150] [--stages actors,events]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats

from tacitus.bench import generate
from tacitus.pipeline import Document, Pipeline
from tacitus.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--stages", default="actors,events")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    wanted = set(args.stages.split(","))
    raws = generate(args.articles)
    pipeline = Pipeline(Settings())
    list(pipeline.run(raws[:8]))  # warm: model, knowledge base, lexicons, gazetteer
    docs = [Document(r) for r in raws]
    profiler = cProfile.Profile()
    for stage in pipeline.stages:
        if stage.name in wanted:
            profiler.enable()
        pipe = getattr(stage, "pipe", None)
        docs = list(pipe(docs)) if pipe is not None else [stage(d) for d in docs]
        profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats("tacitus", args.top)


if __name__ == "__main__":
    main()
