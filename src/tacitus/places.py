"""The places stage (placeholder until its implementation lands)."""

from __future__ import annotations

from .pipeline import Document
from .settings import Settings


class Places:
    name = "places"
    reads = ("article", "parse", "events")
    writes = ("places", "events")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


def make_stage(settings: Settings) -> Places:
    return Places(settings)
