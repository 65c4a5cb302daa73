"""The dates stage (placeholder until its implementation lands)."""

from __future__ import annotations

from .pipeline import Document
from .settings import Settings


class Dates:
    name = "dates"
    reads = ("article", "parse", "events")
    writes = ("dates", "events")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


def make_stage(settings: Settings) -> Dates:
    return Dates(settings)
