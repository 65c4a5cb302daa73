"""The CAMEO ontology table (``data/cameo.tsv``): Goldstein, quad class, PLOVER type."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: PLOVER's 16 current event types.
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Older PLOVER type names and their current equivalents.
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    label: str


@lru_cache(maxsize=1)
def codes() -> dict[str, Code]:
    text = resources.files("tacitus").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    out: dict[str, Code] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        out[row["code"]] = Code(
            row["code"],
            row["root"],
            int(row["quad_class"]),
            float(row["goldstein"]),
            row["plover"] or None,
            row["plover_mode"] or None,
            row["label"],
        )
    return out


def lookup(code: str) -> Code:
    """The entry for a CAMEO code; unknown 4-digit codes fall back to their 3-digit parent."""
    table = codes()
    for c in (code, code[:3], code[:2]):
        if c in table:
            return table[c]
    raise KeyError(f"unknown CAMEO code {code!r}")


def plover_type(name: str) -> str:
    """Map an older PLOVER type name to the current 16."""
    return PLOVER_RENAMES.get(name.upper(), name.upper())
