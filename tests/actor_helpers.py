"""Helpers for the actor tests."""

from __future__ import annotations

from tacitus.records import Actor, Event, Record


def named(found: tuple[Actor, ...], word: str) -> Actor:
    """The first actor whose name or an alias holds ``word`` (the test fails if none does)."""
    hits = [a for a in found if word in a.name or any(word in x for x in a.aliases)]
    assert hits, [(a.name, a.country) for a in found]
    return hits[0]


def ending(found: tuple[Actor, ...], word: str) -> list[Actor]:
    """The actors whose name's last word is ``word`` (any case)."""
    return [a for a in found if a.name.lower().split()[-1] == word]


def top_event(record: Record) -> Event:
    """The record's typed event of the highest confidence (the test fails if none)."""
    coded = sorted((e for e in record.events if e.plover), key=lambda e: -e.confidence)
    assert coded, record.events
    return coded[0]
