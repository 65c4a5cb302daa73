"""Record size and peak memory against article size: both must grow linearly with the text.

Each size is coded in a fresh process (so its peak resident memory is its own) with
``max_chars`` raised above the largest size: the shipped limit (200,000 characters) cuts
longer articles, and this benchmark measures what coding the whole text costs. The text is
one long article built from the paragraph templates of ``tacitus bench`` (the same few actors
mentioned again and again: the case where embedding mention lists in events grew a record with
the square of the text).

    .venv/bin/python bench/bench_memory.py [--sizes 10000,100000,1000000]

Prints one line per size: characters, record JSON bytes, bytes per character, peak RSS (MB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

DEFAULT_SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)

_CHILD = """
import json, sys
from tacitus.bench import generate
from tacitus.jobs import peak_rss_mb
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings

size = int(sys.argv[1])
paras, k = [], 0
while sum(len(p) + 2 for p in paras) < size:
    paras.append(generate(k + 1)[k].text)
    k += 1
text = "\\n\\n".join(paras)[:size]
settings = Settings(max_chars=size + 1, workers=1)
before = peak_rss_mb()
[out] = Pipeline(settings).run([RawArticle("<bench>", text=text)])
assert out.record is not None, out.failed or out.skipped
rec = json.dumps(out.record.to_dict(), ensure_ascii=False)
print(json.dumps({"chars": len(text), "record": len(rec.encode()), "rss": peak_rss_mb(),
                  "events": len(out.record.events), "actors": len(out.record.actors)}))
"""


def measure(size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(size)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"size {size}: {done.stderr.strip().splitlines()[-1]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES))
    sizes = [int(s) for s in ap.parse_args().sizes.split(",")]
    print(f"{'chars':>10} {'record bytes':>13} {'bytes/char':>10} {'peak RSS MB':>12} events")
    for size in sizes:
        r = measure(size)
        print(
            f"{r['chars']:>10,} {r['record']:>13,} {r['record'] / r['chars']:>10.2f} "
            f"{r['rss']:>12,.0f} {r['events']:>6}"
        )


if __name__ == "__main__":
    main()
