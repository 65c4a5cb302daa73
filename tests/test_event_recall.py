"""Recall beyond the lexicon (the model's proposals) and the learned target choice.

Sentences are written for these tests; hand-built weights test the decision rules, the
shipped weights and the real spaCy model test the stage end to end."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from events_helpers import Known, standin_actors
from tacitus.events import model as event_model
from tacitus.events.lexicon import load as load_lexicon
from tacitus.events.propose import Proposer, has_actor, main_predicate, read
from tacitus.events.syntax import ActorIndex
from tacitus.events.targets import TargetScorer
from tacitus.parse import Parse
from tacitus.pipeline import Pipeline
from tacitus.records import Actor, RawArticle, Record
from tacitus.settings import Settings

#: The lexicon lists none of these verbs; each reports an act between states. Actors as
#: the actors stage would give them: name -> (country, sector).
UNLISTED: list[tuple[str, Known]] = [
    (
        "The Kremlin yanked its ambassador from Tallinn after the row.",
        {"The Kremlin": ("RUS", "GOV"), "ambassador": (None, "GOV"), "Tallinn": ("EST", None)},
    ),
    (
        "Hungary stonewalled the European Union over the refugee quota.",
        {"Hungary": ("HUN", None), "European Union": (None, "IGO")},
    ),
    (
        "Seoul yanked its envoy from Tokyo over the textbook dispute.",
        {"Seoul": ("KOR", "GOV"), "envoy": (None, "GOV"), "Tokyo": ("JPN", None)},
    ),
    (
        "The Indonesian navy impounded two Vietnamese fishing boats.",
        {"Indonesian navy": ("IDN", "MIL"), "Vietnamese fishing boats": ("VNM", None)},
    ),
    (
        "Argentina parachuted food to villagers cut off by floods in Bolivia.",
        {"Argentina": ("ARG", None), "villagers": (None, "CVL"), "Bolivia": ("BOL", None)},
    ),
]
#: No political event, though actors are named: no proposal may be made.
QUIET: list[tuple[str, Known]] = [
    (
        "The referee sent off the Chelsea captain in the second half.",
        {"Chelsea": ("GBR", None)},
    ),
    (
        "Sweden's central bank left interest rates unchanged.",
        {"Sweden's central bank": ("SWE", "GOV")},
    ),
    (
        "Shares of Toyota slid in Tokyo after the earnings report.",
        {"Toyota": ("JPN", "BUS"), "Tokyo": ("JPN", None)},
    ),
    (
        "Ecuador's tourism minister opened a new hotel in Quito.",
        {"Ecuador's tourism minister": ("ECU", "GOV"), "Quito": ("ECU", None)},
    ),
]


def _vocab(words: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)


def _proposer(at: float) -> Proposer:
    arrays = {
        "prop_vocab": _vocab(["bias", "lem=pound", "lem=chat"]),
        "prop_classes": np.array(["ASSAULT", "CONSULT", "NONE"]),
        # rows: features; columns: classes
        "prop_coef": np.array([[0.0, 0.0, 2.0], [4.0, 0.0, -2.0], [0.0, 1.0, 0.0]]),
        "prop_intercept": np.zeros(3),
        "prop_calib_x": np.array([0.0, 1.0]),
        "prop_calib_y": np.array([0.0, 1.0]),
    }
    return Proposer(arrays, {"propose_at": at})


def test_a_proposal_reads_the_event_probability_and_never_names_none() -> None:
    model = _proposer(0.9)
    kind, p_type, p_event = model.best({"bias": 1, "lem=pound": 1})
    assert kind == "ASSAULT" and p_event > 0.9 and p_type <= p_event
    kind, _, p_event = model.best({"bias": 1, "lem=chat": 1})
    assert kind == "CONSULT" and p_event < 0.9  # NONE stays the likeliest: no proposal
    assert model.best({"unknown feature": 1})[0] != "NONE"


def _scorer(fill: float, margin: float) -> TargetScorer:
    arrays = {"tgt_vocab": _vocab(["bias"]), "tgt_coef": np.zeros(1), "tgt_intercept": 0.0}
    return TargetScorer(arrays, {"target_fill": fill, "target_margin": margin})


def test_the_target_scorer_fills_only_above_its_threshold_and_replaces_by_a_margin() -> None:
    scorer = _scorer(0.5, 0.2)
    assert scorer.pick([(0.6, "a"), (0.3, "b")], None) == "a"
    assert scorer.pick([(0.4, "a"), (0.3, "b")], None) is None
    assert scorer.pick([(0.9, "a"), (0.6, "b")], "b") == "a"  # 0.3 better: replaced
    assert scorer.pick([(0.7, "a"), (0.6, "b")], "b") == "b"  # 0.1 better: kept
    assert scorer.pick([], "b") == "b"
    assert scorer.pick([(0.9, "a")], "c") == "c"  # the rules' target is not scored: kept


def test_older_weights_without_proposer_or_scorer_still_load(tmp_path: Path) -> None:
    weights = Path(event_model.__file__).parent.parent / event_model.MODEL_FILE
    with np.load(weights, allow_pickle=False) as z:
        kept = {k: z[k] for k in z.files if not k.startswith(("prop_", "tgt_"))}
    old = tmp_path / "old.npz"
    np.savez(old, **kept)
    loaded = event_model.EventModel.load(old)
    assert loaded.proposer is None and loaded.targets is None
    shipped = event_model.shipped()
    assert shipped is not None and shipped.proposer is not None and shipped.targets is not None
    meta = json.loads(str(np.load(weights)["meta"]))
    assert 0.0 < meta["propose_at"] <= 1.0


@pytest.mark.model
def test_main_predicate_reads_through_a_reporting_verb(
    parse_text: Callable[[str], Parse],
) -> None:
    parse = parse_text("Officials in Lima said the army pulled back from the border town.")
    pred = main_predicate(parse, parse.sentences[0])
    assert pred is not None and pred.lemma == "pull"
    parse = parse_text("Chile recalled its ambassador.")
    pred = main_predicate(parse, parse.sentences[0])
    assert pred is not None and pred.lemma == "recall"
    sent = parse.sentences[0]
    chile = Actor("a1", "Chile", country="CHL", mentions=((0, 5),))
    assert has_actor(ActorIndex.build([chile]), sent)
    assert not has_actor(ActorIndex.build([]), sent)


def _p_event(
    parse_text: Callable[[str], Parse], proposer: Proposer, case: tuple[str, Known]
) -> float:
    text, known = case
    parse = parse_text(text)
    index = ActorIndex.build(standin_actors(text, known))
    reading = read(proposer, parse, index, load_lexicon(), parse.sentences[0])
    return 0.0 if reading is None else reading.p_event


@pytest.mark.model
def test_the_shipped_proposer_tells_unlisted_acts_from_no_events(
    parse_text: Callable[[str], Parse],
) -> None:
    model = event_model.shipped()
    assert model is not None and model.proposer is not None
    acts = [_p_event(parse_text, model.proposer, c) for c in UNLISTED]
    quiet = [_p_event(parse_text, model.proposer, c) for c in QUIET]
    assert all(p < model.proposer.threshold for p in quiet), quiet  # no proposal on these
    assert sum(acts) / len(acts) > sum(quiet) / len(quiet) + 0.3, (acts, quiet)
    assert sorted(acts)[len(acts) // 2] > max(quiet), (acts, quiet)


@pytest.mark.model
def test_a_proposal_is_an_event_of_the_model(pipeline: Pipeline) -> None:
    """Whatever the stage proposes is well formed and says the model made it."""
    lexicon_only = Pipeline(Settings(event_model=False))
    texts = [t for t, _ in UNLISTED]
    assert not any(r.events for r in _run(lexicon_only, texts)), "the lexicon codes one"
    for e in (e for r in _run(pipeline, texts) for e in r.events):
        assert e.rule.startswith("model") and e.plover is not None
        assert e.source is not None and 0.0 <= e.confidence <= 1.0
    quiet = [t for t, _ in QUIET]
    assert not [e for r in _run(pipeline, quiet) for e in r.events if e.rule.startswith("model")]


def _run(pipeline: Pipeline, texts: list[str]) -> list[Record]:
    out = []
    for outcome in pipeline.run([RawArticle(str(i), text=t) for i, t in enumerate(texts)]):
        assert outcome.record is not None
        out.append(outcome.record)
    return out
