"""Check: does the pipeline still write exactly the same records? (for speed work)

Runs the whole default pipeline over a fixed set of inputs and writes one line per article
(the full ``repr`` of its record: every actor with its mentions, event, quote, place, date
and error) to ``--out``, then prints the file's SHA-256. Run it before and after a change
that must not alter any output, and compare the digests (``diff`` the files to see where).

The inputs are the generated bench articles and, read at run time when ``--eval`` points
at the shared evaluation folder, the sentences of ``plv_dev.jsonl`` (one article each) and
the first ``--polnear`` PolNeAR dev articles. Nothing of them is stored in the repository.

    .venv/bin/python bench/same_output.py --out /tmp/before.txt [--eval ../shared/eval]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from tacitus.bench import generate
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings


def eval_inputs(folder: Path, n_polnear: int) -> list[RawArticle]:
    """PLV sentences (one article each) and the first PolNeAR dev articles, if present."""
    raws = []
    plv = folder / "plv_dev.jsonl"
    if plv.exists():
        for line in plv.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                raws.append(RawArticle(f"<plv {item['id']}>", text=item["text"]))
    texts = folder / "polnear_dev" / "text"
    if texts.is_dir():
        for path in sorted(texts.glob("*.txt"))[:n_polnear]:
            raws.append(RawArticle(f"<polnear {path.name}>", text=path.read_text("utf-8")))
    return raws


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="file for one record repr per line")
    ap.add_argument("--articles", type=int, default=150, help="generated bench articles")
    ap.add_argument("--eval", default="../shared/eval", help="shared evaluation folder")
    ap.add_argument("--polnear", type=int, default=12, help="PolNeAR dev articles to add")
    args = ap.parse_args()
    raws = generate(args.articles) + eval_inputs(Path(args.eval), args.polnear)
    lines = []
    for outcome in Pipeline(Settings()).run(raws):
        lines.append(f"{outcome.origin}\t{outcome.skipped}\t{outcome.failed}\t{outcome.record!r}")
    data = "\n".join(lines) + "\n"
    Path(args.out).write_text(data, encoding="utf-8")
    print(f"{len(lines)} articles  sha256 {hashlib.sha256(data.encode()).hexdigest()}")


if __name__ == "__main__":
    main()
