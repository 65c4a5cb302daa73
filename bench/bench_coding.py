"""Benchmark: what actor and event coding add to the spaCy time.

Runs the clean and nlp stages on the bundled example articles (repeated to about
``--words`` words), then the actors and events stages on the parsed documents, and prints
words per second for spaCy alone and for spaCy + actors + events, and the overhead.

    .venv/bin/python bench/bench_coding.py [--words 20000]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tacitus.pipeline import Document, load_stage
from tacitus.records import RawArticle
from tacitus.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example_texts() -> list[str]:
    texts = []
    for path in sorted(EXAMPLES.glob("*")):
        if path.suffix == ".txt":
            texts.append(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and "text" in json.loads(line):
                    texts.append(json.loads(line)["text"])
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=20000)
    args = ap.parse_args()
    settings = Settings()
    clean, nlp = load_stage("clean", settings), load_stage("nlp", settings)
    actors, events = load_stage("actors", settings), load_stage("events", settings)
    texts = example_texts()
    docs, words = [], 0
    while words < args.words:
        for n, text in enumerate(texts):
            docs.append(clean(Document(RawArticle(f"ex{n}", text=f"{text}\n\n({len(docs)})"))))
            words += len(text.split())
    nlp(docs[0])  # load the model before timing
    actors(nlp(docs[0]))
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(docs))  # type: ignore[attr-defined]  # the nlp stage batches
    t1 = time.perf_counter()
    with_actors = [actors(d) for d in parsed]
    t2 = time.perf_counter()
    coded = [events(d) for d in with_actors]
    t3 = time.perf_counter()
    n_events = sum(len(d.events) for d in coded)
    spacy_s, coding_s = t1 - t0, t3 - t1
    print(f"actors {t2 - t1:.2f} s, events {t3 - t2:.2f} s")
    print(f"articles {len(docs)}  words {words}  events {n_events}")
    print(f"spaCy alone:              {words / spacy_s:8.0f} words/s  ({spacy_s:.2f} s)")
    print(f"spaCy + actors + events:  {words / (spacy_s + coding_s):8.0f} words/s")
    print(f"actors + events add {100 * coding_s / spacy_s:.1f}% to the spaCy time")


if __name__ == "__main__":
    main()
