"""Language detection: lingua (offline n-gram models), restricted to the languages of news.

Short English news is full of names, acronyms and numbers ("MONUSCO said 12 UN peacekeepers
held by M23 ..."), which an n-gram model reads as any language. So in Latin script only the
words that begin with a lower-case letter are evidence (names, acronyms and numbers are not),
and with fewer than :data:`MIN_EVIDENCE` of them the text is English: a short English article
is never skipped for too little evidence. Other scripts (Arabic, Cyrillic, CJK, ...) are
judged on the whole sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Look at this much of an article.
SAMPLE_CHARS = 3000
#: Fewer lower-case words than this (in Latin script): too little evidence, assume English.
MIN_EVIDENCE = 4
#: A text is foreign only when the model gives English no more than this confidence: a short
#: English text of few common words can look Romanian or Tagalog to an n-gram model, but
#: it keeps some English confidence, which a text really in another language does not.
ENGLISH_DOUBT = 0.001
#: The languages told apart: English and the languages most news outside it is written in.
#: A text in a language not listed is called the nearest listed one (never English unless
#: it looks English), which is what the skip needs.
LANGUAGES: tuple[str, ...] = (
    "ENGLISH", "FRENCH", "SPANISH", "PORTUGUESE", "GERMAN", "ITALIAN", "DUTCH", "SWEDISH",
    "POLISH", "ROMANIAN", "TURKISH", "INDONESIAN", "TAGALOG", "SWAHILI", "SOMALI", "VIETNAMESE",
    "RUSSIAN", "UKRAINIAN", "GREEK", "HEBREW", "ARABIC", "PERSIAN", "URDU", "HINDI", "BENGALI",
    "CHINESE", "JAPANESE", "KOREAN",
)  # fmt: skip

#: Common English words that are not common words of the other languages listed: when at
#: least :data:`PLAIN_SHARE` of a sample's lower-case words are among them (English news runs
#: at 0.19-0.30, the other languages at none), the text is English without the model's cost.
PLAIN_ENGLISH = frozenset((
    "the", "of", "and", "that", "with", "for", "were", "said", "has", "have", "from", "which",
    "would", "this", "been", "their", "they", "are", "by", "its", "his", "not", "but", "who",
    "also", "after",
))  # fmt: skip
PLAIN_SHARE = 0.12
#: ... judged on at least this many words.
PLAIN_MIN_WORDS = 12

_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


@dataclass(frozen=True, slots=True)
class Guess:
    code: str  # ISO 639-1
    name: str


ENGLISH = Guess("en", "English")


@lru_cache(maxsize=1)
def detector() -> Any:
    """The lingua detector (low-accuracy mode: trigram models only, about 30 MB)."""
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def evidence(sample: str) -> str:
    """What the model judges: in Latin script, the words that start with a lower-case letter
    (names, acronyms and numbers say nothing of the language); else the sample itself."""
    letters = _LETTER.findall(sample)
    if not letters:
        return ""
    latin = sum(1 for ch in letters if _LATIN.match(ch))
    if latin * 2 < len(letters):
        return sample
    return " ".join(w for w in _WORD.findall(sample) if w[0].islower())


def detect(text: str) -> Guess:
    """The language of ``text`` (English when unsure)."""
    sample = text[:SAMPLE_CHARS]
    judged = evidence(sample)
    if not judged:  # no letters, or only names and acronyms
        return ENGLISH
    words = judged.split()
    if judged is not sample and len(words) < MIN_EVIDENCE:
        return ENGLISH
    if judged is not sample and len(words) >= PLAIN_MIN_WORDS:
        plain = sum(1 for w in words if w.lower() in PLAIN_ENGLISH)
        if plain >= PLAIN_SHARE * len(words):
            return ENGLISH
    ranked = detector().compute_language_confidence_values(judged)
    if not ranked:
        return ENGLISH
    top = ranked[0].language
    english = next((c.value for c in ranked if c.language.name == "ENGLISH"), 0.0)
    if top.name == "ENGLISH" or english > ENGLISH_DOUBT:
        return ENGLISH
    return Guess(top.iso_code_639_1.name.lower(), top.name.title())
