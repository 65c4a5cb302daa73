"""Small text helpers shared by the stages (no stage imports another stage)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, unified quotes, collapsed whitespace, lower case: the form an id is hashed from."""
    t = unicodedata.normalize("NFKC", text)
    t = t.translate(QUOTE_MAP)
    return _WS.sub(" ", t).strip().lower()


def without_accents(text: str) -> str:
    """The text with its letters' combining accents dropped ("é" -> "e"; NFKD)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def content_id(text: str) -> str:
    """Article id: the first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def stable_id(*parts: object) -> str:
    """A short deterministic id for derived records (events, quotes)."""
    h = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8"))  # (map: no generator)
    return h.hexdigest()[:16]
