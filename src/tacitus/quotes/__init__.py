"""The quotes stage: who said what, direct and indirect, with the speaker as an actor.

A cascade of small steps: quotation marks (:mod:`.marks`), cue words (:mod:`.cue_tokens`), direct
quotes by their cue (:mod:`.direct`), indirect contents (:mod:`.content`) and the speaker as
written (:mod:`.subject`), put together by :mod:`.attribution`; then speakers resolved
across sentences (:mod:`.speaker`), with the last speaker carried through a paragraph for a
quote that has no cue of its own. Cue words are data (``data/cues.tsv``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from ..parse import Parse
from ..pipeline import Document
from ..records import Actor, Quote, Span
from ..settings import Settings
from .attribution import Finding, find
from .cue_tokens import cue_text
from .lexicon import cues
from .marks import words
from .speaker import Resolver

#: Most words of a quoted span that, with no cue and no speaker, is a phrase, not a quote.
MAX_PHRASE_WORDS = 8

#: A paragraph break: one newline or a run of them (blank lines).
PARAGRAPH_BREAK = re.compile(r"\n[\s]*")

__all__ = ["Quotes", "extract_quotes", "make_stage"]


class Quotes:
    name = "quotes"
    reads = ("article", "parse", "actors")
    writes = ("quotes",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        cues()  # load the cue table once, and fail early if it is broken

    def __call__(self, doc: Document) -> Document:
        if doc.article is None or doc.parse is None:
            return doc
        quotes = extract_quotes(doc.article.text, doc.parse, doc.actors)
        return replace(doc, quotes=quotes)


def make_stage(settings: Settings) -> Quotes:
    return Quotes(settings)


def extract_quotes(text: str, parse: Parse, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    """All quotes of a parsed text, in text order, each with its speaker where known."""
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    resolver = Resolver(text, parse, actors)
    last: list[Carry] = []
    out = []
    for f in find(text, parse):
        para = bisect_right(breaks, f.start)
        actor, sspan = _speaker(f, parse, resolver)
        if (
            actor is None
            and f.kind == "direct"
            and last
            and _carried(text, breaks, f, para, last[-1].para)
        ):
            prev = _voice(last)
            actor, sspan = prev.actor, prev.span
        if actor is None and f.cue is None and _phrase(text, f):
            continue  # a short quoted phrase no one says: a title, a term, a slogan
        if actor is not None:
            anchor = f.cue if f.cue is not None else _token_near(parse, f.start)
            sent = parse.tokens[anchor].sent if anchor is not None else -1
            last.append(Carry(para, actor, sspan, f.kind, sent))
            if anchor is not None:
                at = f.speaker[0] if f.speaker else anchor
                resolver.remember(parse.tokens[anchor].sent, at, actor)
        cue = cue_text(parse, f.cue) if f.cue is not None else None
        out.append(Quote(actor, text[f.start : f.end], f.kind, cue, (f.start, f.end), sspan))
    return tuple(out)


class Carry(NamedTuple):
    """A speaker found in the text, to carry to the quotes after it with no cue of their own."""

    para: int
    actor: Actor
    span: Span | None  # as written
    kind: str
    sent: int  # the sentence of its cue


def _voice(last: list[Carry]) -> Carry:
    """Whose words a quote with no cue goes on with: the last speaker, but a reported clause in
    the sentence of a direct quote (its speaker's relative clause, "X, who wants an inquiry")
    does not take over from the quoted voice."""
    prev = last[-1]
    for c in reversed(last[:-1]):
        if c.sent != prev.sent:
            break
        if c.kind == "direct" and prev.kind == "indirect":
            return c
    return prev


def _speaker(f: Finding, parse: Parse, resolver: Resolver) -> tuple[Actor | None, Span | None]:
    if f.speaker is None:
        return None, None
    first, last = f.speaker
    span = (parse.tokens[first].start, parse.tokens[last - 1].end)
    return resolver.resolve(first, last), span


def _carried(text: str, breaks: list[int], f: Finding, para: int, prev: int) -> bool:
    """The last speaker goes on in its paragraph, and into a paragraph that opens a quote."""
    if prev == para:
        return True
    start = breaks[para - 1] + 1 if para else 0
    return not text[start : f.start - 1].strip() and prev >= para - 1


def _phrase(text: str, f: Finding) -> bool:
    """A quoted span of a few words that ends in no full stop, "!" or "?", with no cue and
    no one to carry it from: the writer's phrase (a term, a show's name, an item of a list),
    not a statement. A sentence of its own ("“We have Okafor.”") stays a quote."""
    inner = text[f.start : f.end]
    return (
        f.kind == "direct"
        and inner.rstrip()[-1:] not in ".!?"
        and len(words(inner)) <= MAX_PHRASE_WORDS
    )


def _token_near(parse: Parse, char: int) -> int | None:
    t = parse.token_at(char)
    return t.i if t is not None else None
