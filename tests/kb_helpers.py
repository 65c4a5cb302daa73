"""Tokens for the knowledge-base tests: words as proper nouns, one space apart."""

from __future__ import annotations

from tacitus.parse import Token


def toks(*words: str) -> list[Token]:
    out, pos = [], 0
    for i, w in enumerate(words):
        out.append(Token(i, w, pos, pos + len(w), w, "PROPN", "NNP", "dep", i, "", 0))
        pos += len(w) + 1
    return out
