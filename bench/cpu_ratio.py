"""Benchmark: ``pipeline_vs_parser`` in CPU time beside wall time.

On a shared or virtual machine the wall-clock ratio that ``tacitus bench`` reports swings with
spaCy's own speed from run to run. CPU time of this process is steadier. This runs spaCy alone
and the full pipeline alternately on the same generated articles (best of ``--runs`` each) and
prints both ratios, with our stages' CPU seconds (pipeline less spaCy).

    .venv/bin/python bench/cpu_ratio.py [--articles 150] [--runs 3]
"""

from __future__ import annotations

import argparse
import time

from tacitus.bench import _doc, generate
from tacitus.nlp import load_model
from tacitus.pipeline import Pipeline
from tacitus.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    settings = Settings().with_(workers=1)
    raws = generate(args.articles)
    pipe = Pipeline(settings)
    clean = pipe.stages[0]
    texts = [d.article.text for r in raws if (d := clean(_doc(r))).article is not None]
    nlp = load_model(settings.model)
    list(pipe.run(raws[:16]))  # warm both: model, lexicons, gazetteers
    inf = float("inf")
    cpu = {"spacy": inf, "pipeline": inf}
    wall = {"spacy": inf, "pipeline": inf}
    for _ in range(args.runs):
        for name in ("spacy", "pipeline"):
            c0, w0 = time.process_time(), time.perf_counter()
            if name == "spacy":
                for _parsed in nlp.pipe(texts, batch_size=settings.batch_size):
                    pass
            else:
                for _outcome in pipe.run(raws):
                    pass
            cpu[name] = min(cpu[name], time.process_time() - c0)
            wall[name] = min(wall[name], time.perf_counter() - w0)
    print(f"articles {args.articles}, best of {args.runs}")
    for label, t in (("cpu", cpu), ("wall", wall)):
        print(
            f"{label:5} spaCy {t['spacy']:.2f} s  pipeline {t['pipeline']:.2f} s  "
            f"ours {t['pipeline'] - t['spacy']:.2f} s  ratio {t['spacy'] / t['pipeline']:.3f}"
        )


if __name__ == "__main__":
    main()
