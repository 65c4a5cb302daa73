"""Tests for ``tacitus eval actors`` on our JSON Lines gold format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.evaluate.actors import GoldActor, load_gold, match, score
from tacitus.records import Actor
from tacitus.settings import Settings

GOLD = Path(__file__).parent / "fixtures" / "actors_gold.jsonl"


def test_every_line_of_our_gold_set_loads_with_iso3_countries() -> None:
    cases = load_gold(GOLD)
    assert len(cases) >= 25
    assert all(c.actors for c in cases)
    countries = {a.country for c in cases for a in c.actors} - {None}
    assert all(len(c) == 3 and c.isupper() for c in countries)


def test_names_match_whole_names_surnames_and_aliases_one_to_one() -> None:
    gold = (GoldActor("Hana Dvorak", "CHL", "GOV"), GoldActor("the opposition", None, "OPP"))
    pred = (
        Actor("a1", "Dvorak", kind="person"),
        Actor("a2", "Opposition", kind="group"),
        Actor("a3", "Dvorak", kind="person"),
    )
    pairs = match(gold, pred)
    assert [(g.name, a.id) for g, a in pairs] == [("the opposition", "a2"), ("Hana Dvorak", "a1")]
    assert match((GoldActor("Chile", "CHL", None),), (Actor("a1", "Chilean", kind="state"),)) == []


def test_bad_gold_line_is_one_input_error(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    p.write_text('{"text": "x", "actors": [{"name": "A"}]}\n{"text": "no actors"}\n')
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        load_gold(p)


@pytest.mark.model
def test_score_counts_a_wrong_country_and_a_missed_actor(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    rows = [
        {"text": "Pakistan accused India of violating the ceasefire.",
         "actors": [{"name": "Pakistan", "country": "PAK"}, {"name": "India", "country": "CHN"}]},
        {"text": "Chilean Foreign Minister Hana Dvorak met Rosa Lind on Monday.",
         "actors": [{"name": "Hana Dvorak", "country": "CHL", "sector": "GOV"},
                    {"name": "Ferdinand Quill", "country": None}]},
    ]  # fmt: skip
    p.write_text("\n".join(json.dumps(r) for r in rows))
    report = score(p, Settings())
    s = report.scores
    assert s["name_recall"] == 0.75  # Ferdinand Quill is never named
    assert s["country_accuracy"] == pytest.approx(2 / 3, abs=1e-3)  # India is not China
    assert s["recall"] == 0.5
    assert s["from_kb"] > 0 and s["from_title"] > 0
    assert any("country CHN read as IND" in line for line in report.details)


@pytest.mark.model
def test_cli_eval_actors_on_our_gold_set() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tacitus", "eval", "actors", str(GOLD)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    f1 = next(ln for ln in run.stdout.splitlines() if ln.strip().startswith("f1 "))
    assert float(f1.split()[1]) >= 0.8
    assert "from_context" in run.stdout
    # with no floors file nothing was checked, and the summary must not say floors were met
    assert "no floors given" in run.stderr
    assert "at or above their floors" not in run.stderr
