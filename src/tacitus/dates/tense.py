"""The tense of the clause a date expression sits in, read from the dependency parse."""

from __future__ import annotations

from ..parse import Parse, Token
from .calendar import FUTURE, PAST, PRESENT, UNKNOWN
from .lexicon import Lexicon

_VERBAL = ("VERB", "AUX")
_AUX_DEPS = ("aux", "auxpass")


def head_token(parse: Parse, span: tuple[int, int]) -> Token | None:
    """The token of the span whose head lies outside it (the expression's syntactic head)."""
    first = parse.token_at(span[0])
    if first is None:
        return None
    inside = []
    for t in parse.tokens[first.i :]:
        if t.start >= span[1]:
            break
        inside.append(t)
    for t in inside:
        h = parse.tokens[t.head]
        if t.head == t.i or not (span[0] <= h.start < span[1]):
            return t
    return first


def governor(parse: Parse, span: tuple[int, int]) -> Token | None:
    """The verb that governs the expression: the first verb up its chain of heads."""
    t = head_token(parse, span)
    for _ in range(12):
        if t is None:
            return None
        if t.pos in _VERBAL and t.dep not in ("amod", "aux", "auxpass"):
            return t
        if t.head == t.i:
            return None
        t = parse.tokens[t.head]
    return None


def _aux(parse: Parse, v: Token) -> list[Token]:
    return [parse.tokens[c] for c in parse.children[v.i] if parse.tokens[c].dep in _AUX_DEPS]


def verb_tense(parse: Parse, v: Token, lex: Lexicon, depth: int = 0) -> str:
    """past, future, present or unknown for verb ``v``."""
    auxes = _aux(parse, v)
    if any(
        a.text.lower() in lex.future_auxiliaries or a.lemma in lex.future_auxiliaries for a in auxes
    ):
        return FUTURE
    present_aux = any(a.tag in ("VBZ", "VBP") for a in auxes)
    if v.lemma.lower() in lex.future_verbs and (v.tag not in ("VBD", "VBN") or present_aux):
        return FUTURE  # "plans to", "is expected in December"
    head = parse.tokens[v.head]
    if v.dep == "xcomp" and head.lemma.lower() in lex.future_verbs and depth < 3:
        return FUTURE  # "is due to meet on Monday", "scheduled to vote"
    inherits = v.dep == "conj"  # a coordinated verb
    if v.tag == "VB" and v.dep in ("xcomp", "advcl"):
        return UNKNOWN  # an infinitive ("agreed to meet in March") looks either way
    if inherits and v.dep in ("xcomp", "ccomp", "advcl", "conj") and head.pos in _VERBAL:
        return verb_tense(parse, head, lex, depth + 1) if depth < 3 else UNKNOWN
    if v.tag in ("VBD", "VBN") or any(a.tag == "VBD" for a in auxes):
        return PAST
    if v.tag == "VBG" and any(a.lemma == "be" and a.tag in ("VBZ", "VBP") for a in auxes):
        return FUTURE  # "is meeting on Monday"
    if v.tag in ("VBZ", "VBP") or any(a.tag in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    return UNKNOWN


def clause_tense(parse: Parse | None, span: tuple[int, int], lex: Lexicon) -> str:
    if parse is None:
        return UNKNOWN
    v = governor(parse, span)
    return UNKNOWN if v is None else verb_tense(parse, v, lex)
