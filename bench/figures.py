"""Run ``tacitus bench --json`` several times and print the median of each figure.

On a shared machine one run is noisy; the median of three is what the README reports.
Usage: ``.venv/bin/python bench/figures.py [RUNS] [--corpus PATH]``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys


def main(argv: list[str]) -> None:
    runs = int(argv[0]) if argv and argv[0].isdigit() else 3
    extra = [a for a in argv if not a.isdigit()]
    cmd = [sys.executable, "-m", "tacitus", "bench", "--json", *extra]
    results = []
    for k in range(runs):
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        print(f"run {k + 1}: {results[-1]}", file=sys.stderr)
    median = {key: statistics.median(r[key] for r in results) for key in results[0]}
    print(json.dumps(median, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
