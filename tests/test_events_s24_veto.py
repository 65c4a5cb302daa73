"""A veto held is a power, a veto cast is an act (CAMEO 129, reject): sentences of our own."""

from __future__ import annotations

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _codes(pipe: Pipeline, text: str, trigger: str) -> list[str]:
    (out,) = list(pipe.run([RawArticle(origin="t", text=text)]))
    assert out.record is not None
    return [e.cameo for e in out.record.events if trigger in e.trigger.split()]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing has a veto over any change to the treaty, diplomats in Geneva noted.",
        "As a permanent member, Paris holds a veto on the council.",
    ],
)
def test_a_veto_held_or_had_is_no_act(pipe: Pipeline, text: str) -> None:
    trigger = "has" if " has " in text else "holds"
    assert not any(c.startswith("129") for c in _codes(pipe, text, trigger))


@pytest.mark.parametrize(
    "text",
    [
        "Britain cast a veto against the draft resolution on Thursday.",
        "Moscow cast its veto on Tuesday, blocking the council's statement on the shelling.",
    ],
)
def test_a_veto_cast_is_a_rejection(pipe: Pipeline, text: str) -> None:
    assert "129" in _codes(pipe, text, "cast")


def test_the_model_proposes_no_act_where_the_noun_was_ruled_out(pipe: Pipeline) -> None:
    # the lexicon matched "holds ... veto" and its sense rule said no act: the model's
    # proposal on the same verb would bring the rejection back
    text = (
        "Moscow holds a veto in the Security Council, as do Paris, London, Beijing and Washington."
    )
    (out,) = list(pipe.run([RawArticle(origin="t", text=text)]))
    assert out.record is not None
    assert not [e for e in out.record.events if e.plover]
