"""A cheap, offline language check: writing system first, then function-word counts.

Good enough to keep non-English articles out of an English coder; it never calls a short
text foreign (too little evidence), so a one-line English article is not skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Look at this much of an article.
SAMPLE_CHARS = 3000
#: Fewer words than this: too little evidence, assume English.
MIN_WORDS = 15
#: A foreign language must have this many times English's function-word hits.
MARGIN = 2.0
#: ... and cover at least this share of the words.
MIN_SHARE = 0.12
#: English prose has a quarter or more of its words in the English list; with at least
#: UNKNOWN_MIN_WORDS words and under this share, the text is in a language we do not list.
UNKNOWN_MAX_ENGLISH = 0.04
UNKNOWN_MIN_WORDS = 30

#: Writing systems that are not Latin: letters in them, and the language they suggest.
SCRIPTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("ar", "Arabic script", re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("ru", "Cyrillic script", re.compile("[\u0400-\u04ff]")),
    (
        "zh",
        "Chinese/Japanese/Korean script",
        re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"),
    ),
    ("hi", "Devanagari script", re.compile("[\u0900-\u097f]")),
    ("el", "Greek script", re.compile("[\u0370-\u03ff]")),
    ("he", "Hebrew script", re.compile("[\u0590-\u05ff]")),
)
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Guess:
    code: str
    name: str


@lru_cache(maxsize=1)
def function_words() -> dict[str, tuple[str, frozenset[str]]]:
    """code -> (name, words), from ``data/stopwords.tsv``."""
    table: dict[str, tuple[str, frozenset[str]]] = {}
    text = resources.files("tacitus").joinpath("data/stopwords.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, words = line.split("\t")
        table[code] = (name, frozenset(words.split()))
    return table


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for code, (_name, words) in sorted(function_words().items()):
        for w in words:
            by_word.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in by_word.items()}


_NON_LATIN = re.compile("|".join(p.pattern for _c, _n, p in SCRIPTS))


def detect(text: str) -> Guess:
    """The language of ``text`` (English when unsure)."""
    sample = text[:SAMPLE_CHARS]
    table = function_words()
    english = Guess("en", table["en"][0])
    non_latin = len(_NON_LATIN.findall(sample))
    if non_latin:
        letters = len(_LETTER.findall(sample))
        for code, name, pattern in SCRIPTS:
            if len(pattern.findall(sample)) * 2 > letters:
                return Guess(code, name)
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return english
    hits = dict.fromkeys(table, 0)
    of_word = _languages_of_word()
    for w in words:
        for code in of_word.get(w, ()):
            hits[code] += 1
    best = max(sorted(hits), key=lambda c: hits[c])
    if (
        best != "en"
        and hits[best] >= MARGIN * max(hits.get("en", 0), 1)
        and hits[best] >= MIN_SHARE * len(words)
    ):
        return Guess(best, table[best][0])
    if len(words) >= UNKNOWN_MIN_WORDS and hits.get("en", 0) < UNKNOWN_MAX_ENGLISH * len(words):
        return Guess("und", "undetermined")
    return english
