"""Check the hand-written event corpus files (corpus/events/*.tsv).

Usage: python corpus/events/check.py [CAMEO_TABLE] [FILE ...]

CAMEO_TABLE defaults to ../shared/reference/cameo_1.1b3.tsv (a table with
`code<TAB>label...` rows; lines starting with '#' are skipped). FILEs default to
every pos_*.tsv beside this script. Each problem is printed as one line naming
the file and line; the exit status is 1 when there is any problem.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HEADER = "text\tcameo\tsource\ttarget\tnegated\tmodality\tclass\ttags"
MODALITIES = {"asserted", "intended", "threatened", "hypothetical", "reported"}
CLASSES = {"event", "tricky"}
REGISTERS = {"wire", "local", "oped", "transcript", "feature", "brief"}
REGIONS = {
    "AFR",
    "MENA",
    "EUR",
    "EURASIA",
    "SASIA",
    "EASIA",
    "SEASIA",
    "LATAM",
    "NAM",
    "OCE",
    "GLOBAL",
}
ERAS = {"1980s", "1990s", "2000s", "2010s", "2020s"}


def load_codes(table: Path) -> set[str]:
    """Return the CAMEO codes listed in the first column of `table`."""
    codes: set[str] = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        codes.add(line.split("\t", 1)[0])
    return codes


def check_row(cells: list[str], codes: set[str]) -> list[str]:
    """Return the problems with one corpus row (empty when it is fine)."""
    if len(cells) != 8:
        return [f"{len(cells)} columns, expected 8"]
    text, code, source, target, negated, modality, klass, tags = cells
    problems = []
    if not text.strip():
        problems.append("empty text")
    if code not in codes:
        problems.append(f"unknown CAMEO code {code!r}")
    for name, span in (("source", source), ("target", target)):
        if span != "-" and span not in text:
            problems.append(f"{name} {span!r} is not a substring of the text")
    if negated not in {"0", "1"}:
        problems.append(f"negated {negated!r} is not 0 or 1")
    if modality not in MODALITIES:
        problems.append(f"unknown modality {modality!r}")
    if klass not in CLASSES:
        problems.append(f"unknown class {klass!r}")
    parts = tags.split("|")
    if (
        len(parts) != 3
        or parts[0] not in REGISTERS
        or parts[1] not in REGIONS
        or parts[2] not in ERAS
    ):
        problems.append(f"bad tags {tags!r} (register|region|era)")
    return problems


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    table = Path(argv[0]) if argv else here.parents[1] / "../shared/reference/cameo_1.1b3.tsv"
    if not table.is_file():
        print(f"{table}: CAMEO table not found")
        return 1
    files = [Path(a) for a in argv[1:]] or sorted(here.glob("pos_*.tsv"))
    codes = load_codes(table)
    seen: Counter[str] = Counter()
    bad = 0
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0] != HEADER:
            print(f"{path}:1: header is not {HEADER!r}")
            bad += 1
            continue
        for number, line in enumerate(lines[1:], start=2):
            cells = line.split("\t")
            for problem in check_row(cells, codes):
                print(f"{path}:{number}: {problem}")
                bad += 1
            seen[cells[0].strip().lower()] += 1
    for text, count in seen.items():
        if count > 1:
            print(f"duplicate text ({count}x): {text[:70]}")
            bad += 1
    print(f"{sum(seen.values())} rows in {len(files)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
