"""Tests for ``tacitus eval events``: gold formats, type mapping, dyad scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.evaluate import events as ev
from tacitus.settings import Settings

PLOVER = [
    {
        "id": "t1",
        "text": "Japan sharply criticised China over the island dispute on Monday.",
        "event": "DISAPPROVE",
        "source": [{"actorText": "Japan", "code": "JAP"}],
        "target": [{"actorText": "China", "code": "CHN", "sector": "GOV"}],
    },
    {
        "id": "t2",
        "text": "Kenya and Uganda agreed to reopen their shared border.",
        "event": "AGREE",
        "source": [{"actorText": "Kenya", "code": "KEN"}, {"actorText": "Uganda", "code": "UGA"}],
        "target": "",
    },
    {
        "id": "t3",
        "text": "France demanded that Mali hold elections before the end of the year.",
        "event": "DEMAND",
        "source": [{"actorText": "France", "code": "FRA"}],
        "target": [{"actorText": "Mali", "code": "MLI"}],
    },
]
OURS = [
    {
        "id": "o1",
        "text": "Norway condemned Sweden on Monday.",
        "published": "2024-03-04",
        "events": [{"source": "NOR", "root": "11", "target": "SWE"}],
    },
    {
        "id": "o2",
        "text": "The weather was mild in Oslo.",
        "published": "2024-03-04",
        "events": [{"source": "NOR", "root": "04", "target": None}],
    },
]


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    if name.endswith(".jsonl"):
        assert isinstance(data, list)
        path.write_text("\n".join(json.dumps(r) for r in data) + "\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_plover_gold_maps_old_types_and_cameo_countries(tmp_path: Path) -> None:
    cases = ev.load_gold(write(tmp_path, "gold.json", PLOVER))
    assert [sorted(c.types) for c in cases] == [["ACCUSE"], ["AGREE"], ["REQUEST"]]
    assert cases[0].dyads == {("ACCUSE", "JPN", "CHN")}
    assert cases[1].dyads == {("AGREE", "KEN", ev.ANY), ("AGREE", "UGA", ev.ANY)}


def test_our_jsonl_gold(tmp_path: Path) -> None:
    cases = ev.load_gold(write(tmp_path, "gold.jsonl", OURS))
    assert cases[0].types == {"ACCUSE"} and cases[0].dyads == {("ACCUSE", "NOR", "SWE")}
    assert cases[1].dyads == {("CONSULT", "NOR", None)}
    assert cases[0].published == "2024-03-04"


def test_unannotated_target_matches_any_but_a_wrong_one_does_not() -> None:
    assert ev._matches(("AGREE", "KEN", "UGA"), ("AGREE", "KEN", ev.ANY))
    assert ev._matches(("AGREE", "KEN", None), ("AGREE", "KEN", ev.ANY))
    assert not ev._matches(("AGREE", "KEN", "TZA"), ("AGREE", "KEN", "UGA"))
    assert not ev._matches(("REJECT", "KEN", "UGA"), ("AGREE", "KEN", ev.ANY))


def test_bad_gold_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError):
        ev.load_gold(bad)


@pytest.mark.model
def test_score_end_to_end(tmp_path: Path) -> None:
    report = ev.score(write(tmp_path, "gold.json", PLOVER), Settings())
    assert report.kind == "events"
    assert set(report.scores) >= {"type_accuracy", "dyad_f1", "coverage"}
    assert report.scores["type_accuracy"] == 1.0
    assert report.scores["dyad_f1"] >= 0.75
    assert any(line.strip().startswith("ACCUSE") for line in report.details)


@pytest.mark.model
def test_score_counts_a_missed_record_as_wrong(tmp_path: Path) -> None:
    report = ev.score(write(tmp_path, "gold.jsonl", OURS), Settings())
    assert report.scores["type_accuracy"] == 0.5
    assert report.scores["dyad_recall"] == 0.5


def test_international_organisations_compare_as_one_class() -> None:
    from tacitus.records import Actor

    assert ev._gold_country("IGO") == ev._gold_country("NGO") == ev.INTERNATIONAL
    assert ev.actor_country(Actor("a1", "Red Cross", sector="NGO")) == ev.INTERNATIONAL
    assert ev.actor_country(Actor("a2", "Kenya", country="KEN")) == "KEN"
    assert ev.actor_country(Actor("a3", "a militia", sector="UAF")) is None
