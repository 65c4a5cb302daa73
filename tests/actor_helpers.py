"""Helpers for the actor tests."""

from __future__ import annotations

from tacitus.records import Actor


def named(found: tuple[Actor, ...], word: str) -> Actor:
    """The first actor whose name or an alias holds ``word`` (the test fails if none does)."""
    hits = [a for a in found if word in a.name or any(word in x for x in a.aliases)]
    assert hits, [(a.name, a.country) for a in found]
    return hits[0]
