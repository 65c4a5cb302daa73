"""What the places stage finds in a text the tests write, read two ways."""

from __future__ import annotations

from collections.abc import Callable

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.records import Article, Place


def found_places(text: str, parse_text: Callable[[str], Parse]) -> list[tuple[str, Place]]:
    """Each place mention in order: its words and the place it resolved to."""
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    return [(text[m.start : m.end], p) for m, p in resolved]


def places_by_name(text: str, parse_text: Callable[[str], Parse]) -> dict[str, Place]:
    """The place each name first resolved to."""
    out: dict[str, Place] = {}
    for name, p in found_places(text, parse_text):
        out.setdefault(name, p)
    return out
