"""Junk actor names over a folder of articles (or JSON Lines of ``text`` rows).

Counts the actors (and quote speakers, event sources and targets) whose name has a lower-case
word before a capitalised one ("challenger Ann Roe"), a dash, pipe or colon (a headline
separator), no letters at all, or more than five words. A title-case descriptor NER glued
before a name is not seen here (it needs the parse). Prints the counts and, with
``--examples N``, up to N names per class (for reading only: never copy them into tests).

    PYTHONPATH=src python bench/actor_name_junk.py ../shared/eval/polnear_dev/text
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from tacitus.pipeline import Pipeline
from tacitus.records import Actor, RawArticle, Record
from tacitus.settings import Settings

ARTICLES = frozenset({"the", "a", "an"})


def junk_classes(name: str) -> list[str]:
    """The junk classes a name falls in (none for a clean one)."""
    words = name.split()
    out = []
    if not any(ch.isalpha() for ch in name):
        out.append("no letters")
    if re.search(r"\s[-–—|:]\s|[|:]|^[-–—]|[-–—]$", name):
        out.append("dash/pipe/colon")
    if len(words) > 5:
        out.append("over five words")
    if (
        len(words) >= 2
        and words[0][:1].islower()
        and words[0].lower() not in ARTICLES
        and any(w[:1].isupper() for w in words[1:])
    ):
        out.append("lower-case word before a name")
    return out


def _texts(path: Path) -> list[str]:
    if path.is_dir():
        folder = path / "text" if (path / "text").is_dir() else path
        return [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln]
    return [r["text"] for r in rows]


def _all_actors(rec: Record) -> list[Actor]:
    """The record's actors, quote speakers and event sources and targets, each once."""
    found = [*rec.actors, *(q.speaker for q in rec.quotes)]
    found += [a for e in rec.events for a in (e.source, e.target)]
    return list({(a.id, a.name): a for a in found if a is not None}.values())


def main(path: str, examples: int) -> None:
    texts = _texts(Path(path))
    raws = [RawArticle(str(n), text=t, id=str(n)) for n, t in enumerate(texts)]
    counts: Counter[str] = Counter()
    seen: dict[str, list[str]] = defaultdict(list)
    actors = junk = 0
    for outcome in Pipeline(Settings()).run(raws):
        rec = outcome.record
        if rec is None:
            continue
        for a in _all_actors(rec):
            actors += 1
            classes = junk_classes(a.name)
            junk += bool(classes)
            for c in classes:
                counts[c] += 1
                if len(seen[c]) < examples:
                    seen[c].append(f"{a.name!r} ({a.kind} {a.id})")
    print(f"articles {len(texts)}  actors {actors}  junk names {junk}")
    for c, n in counts.most_common():
        print(f"  {c:<32} {n}")
        for ex in seen[c]:
            print(f"      {ex}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", help="a folder of .txt articles or a JSON Lines file")
    ap.add_argument("--examples", type=int, default=0, help="names to show per class")
    args = ap.parse_args()
    main(args.path, args.examples)
