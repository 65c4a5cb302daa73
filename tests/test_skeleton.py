"""Tests for the skeleton: records, pipeline order, store round-trip, CLI surface."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

import tacitus
from tacitus import ontology
from tacitus.errors import ConfigError
from tacitus.pipeline import Document, Pipeline
from tacitus.records import Actor, Article, Event, RawArticle, Record, record_from_json
from tacitus.store import Store


def test_public_api_is_pinned() -> None:
    assert sorted(tacitus.__all__) == sorted(
        [
            "SCHEMA",
            "Actor",
            "Article",
            "ConfigError",
            "DateRef",
            "Event",
            "InputError",
            "Pipeline",
            "Place",
            "Quote",
            "RawArticle",
            "Record",
            "Settings",
            "StoreError",
            "TacitusError",
            "__version__",
            "extract",
            "load_settings",
            "open_store",
        ]
    )


def test_record_json_has_every_key_and_round_trips() -> None:
    usa = Actor("a1", "Washington", ("the US",), "state", "USA", "GOV", "USAGOV", ((0, 10),))
    ev = Event(
        "e1",
        usa,
        None,
        "042",
        "04",
        "CONSULT",
        1,
        1.9,
        False,
        "asserted",
        "S.",
        (0, 2),
        "visited",
        0.8,
        "test",
    )
    rec = Record(Article("x", "S."), actors=(usa,), events=(ev,))
    d = rec.to_dict()
    assert d["schema"] == "tacitus/1"
    assert list(d["article"]) == [
        "id",
        "title",
        "source",
        "url",
        "published",
        "dateline",
        "language",
        "text",
        "byline",
        "role_date",
        "role_date_from",
    ]
    assert d["events"][0]["target"] is None and d["events"][0]["place"] is None
    assert record_from_json(json.loads(json.dumps(d))) == rec


class _Writes:
    def __init__(self, name: str, reads: tuple[str, ...], writes: tuple[str, ...]) -> None:
        self.name, self.reads, self.writes = name, reads, writes

    def __call__(self, doc: Document) -> Document:
        return doc


def test_pipeline_refuses_a_stage_whose_input_comes_later() -> None:
    with pytest.raises(ConfigError, match="reads parse"):
        Pipeline(stages=[_Writes("events", ("parse",), ("events",))])


class _Boom(_Writes):
    def __call__(self, doc: Document) -> Document:
        if doc.raw.text == "bad":
            raise ValueError("broken")
        return replace(doc, article=Article(doc.raw.text or "", doc.raw.text or ""))


def test_one_bad_article_does_not_stop_the_batch() -> None:
    pipe = Pipeline(stages=[_Boom("clean", ("raw",), ("article",))])
    raws = [RawArticle("a", text="good"), RawArticle("b", text="bad"), RawArticle("c", text="ok")]
    outs = list(pipe.run(raws))
    assert [o.record is not None for o in outs] == [True, False, True]
    assert "broken" in (outs[1].failed or "")


def test_ontology_has_all_roots_and_plover_types() -> None:
    table = ontology.codes()
    assert {c.root for c in table.values()} == {f"{i:02d}" for i in range(1, 21)}
    assert ontology.lookup("0421").code == "042"  # unknown detail falls back
    assert ontology.lookup("190").quad_class == 4
    assert ontology.plover_type("DEMAND") == "REQUEST"
    assert {c.plover for c in table.values() if c.plover} <= set(ontology.PLOVER_TYPES)


def test_store_is_idempotent_by_article_id(tmp_path) -> None:
    rec = Record(Article("abc", "Some text."))
    with Store(tmp_path / "s.duckdb") as st:
        assert st.add([(rec, "x")]).new == 1
        assert st.add([(rec, "x"), (rec, "y")]).new == 0
        assert st.count("articles") == 1
        assert next(st.records())["article"]["id"] == "abc"
