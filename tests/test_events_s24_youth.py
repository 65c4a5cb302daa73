"""An act told in a time clause that says what its people were then ("when he was a boy")
is a profile's early life, not news; the same clause that says what they were doing is not.
Sentences of our own."""

from __future__ import annotations

import pytest

from tacitus.pipeline import Pipeline
from tacitus.records import RawArticle
from tacitus.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _types(pipe: Pipeline, text: str) -> list[str]:
    (out,) = list(pipe.run([RawArticle(origin="t", text=text)]))
    assert out.record is not None
    return [e.plover for e in out.record.events if e.plover]


@pytest.mark.parametrize(
    "text",
    [
        "When he was a student, police arrested him at a rally against the shah.",
        "When she was a teenager, the junta jailed her father for two years.",
    ],
)
def test_an_act_of_their_early_life_is_no_event(pipe: Pipeline, text: str) -> None:
    assert _types(pipe, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested him at a rally on Monday when he was leaving the stadium.",
        "Soldiers detained the boy on Friday when he was a mile from the border.",
    ],
)
def test_a_time_clause_of_what_they_were_doing_keeps_the_event(pipe: Pipeline, text: str) -> None:
    assert "COERCE" in _types(pipe, text)
