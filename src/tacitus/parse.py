"""A model-neutral view of a parsed document.

The nlp stage turns the spaCy ``Doc`` into these plain records; every later stage reads
them and never sees spaCy. Tests build them by hand (see :func:`build`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any


@dataclass(frozen=True, slots=True)
class Token:
    i: int
    text: str
    start: int  # character offset into Article.text
    end: int
    lemma: str
    pos: str  # universal POS (NOUN, VERB, PROPN, ...)
    tag: str  # fine-grained tag (VBD, NNP, ...)
    dep: str  # dependency label (nsubj, dobj, ...)
    head: int  # index of the head token (itself for the root)
    ent: str  # entity label or ""
    sent: int  # index of its sentence


@dataclass(frozen=True, slots=True)
class Sentence:
    first: int  # first token index
    last: int  # one past the last token index
    start: int  # character offsets
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    first: int
    last: int  # one past the last token
    start: int
    end: int
    label: str
    text: str


_index = attrgetter("i")  # a token's index, read in C (children maps it over every token)


@dataclass(frozen=True)
class Parse:
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        # a list made whole, not a generator fed to tuple(); a leaf (half the tokens) shares ()
        return tuple([tuple(map(_index, k)) if k else () for k in self.child_tokens])

    @cached_property
    def memo(self) -> dict[tuple[str, int], Any]:
        """Results the parse walkers keep for this parse (a sentence's word set, ...), by
        (what, index): every trigger of a sentence asks for them again."""
        return {}

    @cached_property
    def child_tokens(self) -> tuple[tuple[Token, ...], ...]:
        """The children of each token as tokens, in order (what the parse walkers read)."""
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t)
        return tuple(map(tuple, kids))

    def subtree(self, i: int) -> list[int]:
        """Token indices of the subtree under ``i``, in order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def token_at(self, char: int) -> Token | None:
        """The token that covers character offset ``char``."""
        lo, hi = 0, len(self.tokens) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            t = self.tokens[mid]
            if char < t.start:
                hi = mid - 1
            elif char >= t.end:
                lo = mid + 1
            else:
                return t
        return None


def build(text: str, rows: list[tuple[str, str, str, str, int, str]]) -> Parse:
    """Build a one-sentence :class:`Parse` by hand, for tests.

    ``rows`` are ``(word, lemma, pos, dep, head, ent)``; the words must occur in ``text``
    in order.
    """
    tokens, pos = [], 0
    for i, (word, lemma, upos, dep, head, ent) in enumerate(rows):
        start = text.index(word, pos)
        pos = start + len(word)
        tokens.append(Token(i, word, start, pos, lemma, upos, upos, dep, head, ent, 0))
    sent = Sentence(0, len(tokens), 0, len(text))
    ents, i = [], 0
    while i < len(tokens):
        if tokens[i].ent:
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].ent == tokens[i].ent:
                j += 1
            s, e = tokens[i].start, tokens[j].end
            ents.append(Entity(i, j + 1, s, e, tokens[i].ent, text[s:e]))
            i = j + 1
        else:
            i += 1
    return Parse(tuple(tokens), (sent,), tuple(ents))
