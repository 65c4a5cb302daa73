"""The trained event coder: shipped weights, vetoes, calibration, reproducible training,
and the span-marked gold reader (real spaCy model)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tacitus.evaluate import event_sets
from tacitus.events import model as event_model
from tacitus.events import train
from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle, Record
from tacitus.settings import Settings

MINI = Path(__file__).parent / "fixtures" / "corpus_mini"
WEIGHTS = Path(event_model.__file__).parent.parent / event_model.MODEL_FILE

#: Sentences written for this test (not in the corpus): the lexicon codes each as an
#: assault; none reports one.
FIGURATIVE = [
    "Spain's goalkeeper stopped a penalty as Spain beat Italy in the semi-final.",
    "The Yankees attacked the Red Sox pitching early and won seven to two.",
    "Rising interest rates hit homeowners in Spain hard this winter.",
    "Senator Blake fought her rival for the nomination through the spring.",
    "Ferrari's driver battled Mercedes for the lead in Monaco.",
    "Cheap imports are killing French dairy farmers, the union says.",
]
REAL = [
    ("Rebels attacked an army base in northern Mali on Tuesday, killing six soldiers.", "ASSAULT"),
    ("Turkish warplanes bombed Kurdish militant positions in northern Iraq.", "ASSAULT"),
    ("Police arrested the opposition leader in Kampala on Friday.", "COERCE"),
    ("The foreign minister of Peru met his Bolivian counterpart in Lima.", "CONSULT"),
    ("Norway accused Russia of jamming GPS signals near the border.", "ACCUSE"),
    ("Gunmen attacked a football team's bus in Karachi, killing two players.", "ASSAULT"),
]


@pytest.fixture(scope="module")
def lexicon_only() -> Pipeline:
    return Pipeline(Settings(event_model=False))


def run(pipeline: Pipeline, texts: list[str]) -> list[Record]:
    out = []
    for outcome in pipeline.run([RawArticle(str(i), text=t) for i, t in enumerate(texts)]):
        assert outcome.record is not None
        out.append(outcome.record)
    return out


def test_weights_ship_small_and_without_pickle() -> None:
    assert WEIGHTS.stat().st_size <= 30_000_000
    with np.load(WEIGHTS, allow_pickle=False) as z:
        assert all(z[k].dtype != object for k in z.files)
        meta = json.loads(str(z["meta"]))
    assert meta["train_rows"] > 0 and meta["corpus_hash"]
    assert event_model.shipped() is not None


def test_calibration_is_monotonic_and_a_probability() -> None:
    model = event_model.shipped()
    assert model is not None
    assert np.all(np.diff(model.calib_x) >= 0)
    assert np.all(np.diff(model.calib_y) >= 0)
    grid = [model.calibrate(p) for p in np.linspace(0, 1, 101)]
    assert all(0.0 <= p <= 1.0 for p in grid)
    assert grid == sorted(grid) and grid[-1] > grid[0]


@pytest.mark.model
def test_model_vetoes_or_doubts_figurative_violence_and_keeps_real_events(
    pipeline: Pipeline, lexicon_only: Pipeline
) -> None:
    before = run(lexicon_only, FIGURATIVE)
    literal = [i for i, r in enumerate(before) if any(e.plover == "ASSAULT" for e in r.events)]
    assert literal, "the lexicon alone reads none literally: the sentences test nothing"
    after = run(pipeline, FIGURATIVE)
    kept = [e for i in literal for e in after[i].events if e.plover == "ASSAULT"]
    # the sense rules and the model leave figurative violence no confident assault
    assert all(k.confidence < 0.8 for k in kept)
    real = run(pipeline, [t for t, _ in REAL])
    for record, (_text, kind) in zip(real, REAL, strict=True):
        mine = [e for e in record.events if e.plover == kind]
        assert mine, f"{kind} lost: {record.article.text}"
        assert all("+model" in e.rule and 0.0 <= e.confidence <= 1.0 for e in mine)
        # what the model keeps of the figurative ones it trusts less than any real event
        assert all(k.confidence < min(e.confidence for e in mine) for k in kept)


@pytest.mark.model
@pytest.mark.slow
def test_training_is_reproducible_on_a_small_corpus(tmp_path: Path) -> None:
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    meta = train.train(MINI, a)
    train.train(MINI, b)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    assert meta["train_rows"] == 48 and meta["candidates"] > 0
    with zipfile.ZipFile(a) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    loaded = event_model.EventModel.load(a)
    assert set(loaded.classes) >= {"NONE", "CONSULT"}


MARKED = [
    {
        "id": "m1",
        "text": "Norway accused Russia of jamming GPS signals near the border.",
        "plover": "ACCUSE",
        "source": "Norway",
        "target": "Russia",
    },
    {
        "id": "m2",
        "text": "Police arrested the opposition leader in Kampala on Friday.",
        "plover": "COERCE",
        "source": "Police",
        "target": "the opposition leader",
    },
    {
        "id": "m3",
        "text": "The foreign minister of Peru met his Bolivian counterpart in Lima.",
        "plover": "YIELD",
        "source": "The foreign minister of Peru",
        "target": "his Bolivian counterpart",
    },
]


@pytest.mark.model
def test_span_marked_gold_is_scored_by_type_and_dyad(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "marked.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in MARKED) + "\n", encoding="utf-8")
    assert event_sets.is_marked_set(path)
    golds = event_sets.load_marked(path)
    assert golds[2].types == {"CONCEDE", "RETREAT"}
    scores, confusion, _ = event_sets.score_marked(golds, pipeline, "plv")
    # two right (accuse, arrest); the meeting is not a concession
    assert scores["plv_type_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert 0.0 < scores["plv_dyad_accuracy"] <= scores["plv_type_accuracy"]
    assert confusion["YIELD"]["CONSULT"] == 1


def test_a_broken_marked_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "marked.jsonl"
    path.write_text(json.dumps(MARKED[0]) + "\n" + '{"id": "x", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"marked\.jsonl:2: not a span-marked event record"):
        event_sets.load_marked(path)


def test_unreadable_weights_are_one_clear_error(tmp_path: Path) -> None:
    from tacitus.errors import ConfigError

    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ConfigError, match=r"bad\.npz: unreadable event model"):
        event_model.shipped(str(bad))
    assert event_model.shipped(str(tmp_path / "missing.npz")) is None
