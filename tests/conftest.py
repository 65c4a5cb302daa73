"""Shared fixtures. Model-backed fixtures are session-scoped: the model loads once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tacitus.actors import extract_actors
from tacitus.actors.kb import load_kb
from tacitus.parse import Parse
from tacitus.pipeline import Pipeline
from tacitus.quotes import extract_quotes
from tacitus.records import Actor, Article, Quote, RawArticle, Record
from tacitus.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The full default pipeline with the real spaCy model."""
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline: Pipeline) -> Callable[..., Record]:
    """``code(text, published=None)`` runs the whole pipeline on one text."""

    def run(text: str, published: str | None = None, **kw: str) -> Record:
        outcome = next(pipeline.run([RawArticle("<test>", text=text, published=published, **kw)]))
        assert outcome.record is not None, outcome.failed or outcome.skipped
        return outcome.record

    return run


@pytest.fixture(scope="session")
def parse_text() -> Callable[[str], Parse]:
    """``parse_text(text)``: the real model's parse of a text, for stage unit tests."""
    from tacitus.nlp import load_model, to_parse

    def run(text: str) -> Parse:
        return to_parse(load_model(Settings().model)(text))

    return run


@pytest.fixture(scope="session")
def quotes(parse_text: Callable[[str], Parse]) -> Callable[[str], tuple[Quote, ...]]:
    """``quotes(text)``: the quotes stage on the real model's parse of a text."""

    def run(text: str) -> tuple[Quote, ...]:
        return extract_quotes(text, parse_text(text))

    return run


@pytest.fixture(scope="session")
def actors(parse_text: Callable[[str], Parse]) -> Callable[[str], tuple[Actor, ...]]:
    """``actors(text)``: the actors stage, with the shipped knowledge base, on one text."""

    def run(text: str) -> tuple[Actor, ...]:
        return extract_actors(Article("t", text), parse_text(text), load_kb(()))

    return run
