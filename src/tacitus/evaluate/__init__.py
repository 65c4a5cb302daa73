"""The evaluation gate: score each stage on gold data and compare with pinned floors.

Each scorer module ``tacitus.evaluate.<kind>`` has ``score(path, settings) -> Report``.
Floors live in ``eval/floors.json`` in the repository (``{"events": {"type_accuracy": 0.7}}``)
and only ever go up.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, InputError
from ..settings import Settings

#: Kind -> where its gold data sits inside the shared eval folder.
KINDS: dict[str, str] = {
    "events": "plover_gsr_dev.json",
    "quotes": "polnear_dev",
    "places": "geoparsing",
    "dates": "timebank",
    "actors": "actors_gold.jsonl",  # our own format; tests/fixtures/actors_gold.jsonl
}


@dataclass
class Report:
    kind: str
    scores: dict[str, float]
    details: list[str] = field(default_factory=list)  # lines printed below the scores


@dataclass
class Verdict:
    report: Report
    failures: list[str]


def run(kind: str, path: str | Path, settings: Settings) -> Report:
    if kind not in KINDS:
        raise ConfigError(f"unknown eval kind {kind!r}", hint=f"one of {', '.join(KINDS)}, all")
    p = Path(path)
    if not p.exists():
        raise InputError(str(p), "no such gold file or folder")
    module = importlib.import_module(f"tacitus.evaluate.{kind}")
    report: Report = module.score(p, settings)
    return report


def resolve(kind: str, path: str | Path) -> Path:
    """For ``eval all``: a shared eval folder holds each kind's data under a known name."""
    p = Path(path)
    return p / KINDS[kind] if p.is_dir() and (p / KINDS[kind]).exists() else p


def load_floors(path: str | Path | None) -> dict[str, dict[str, float]]:
    if path is None or not Path(path).exists():
        return {}
    try:
        data: dict[str, dict[str, float]] = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from exc
    return data


def judge(report: Report, floors: dict[str, dict[str, float]]) -> Verdict:
    fails = []
    for metric, floor in floors.get(report.kind, {}).items():
        got = report.scores.get(metric)
        if got is None:
            fails.append(f"{report.kind}.{metric}: not measured (floor {floor:.3f})")
        elif got + 1e-9 < floor:
            fails.append(f"{report.kind}.{metric}: {got:.3f} is below its floor {floor:.3f}")
    return Verdict(report, fails)
