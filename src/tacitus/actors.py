"""The actors stage (placeholder until its implementation lands)."""

from __future__ import annotations

from .pipeline import Document
from .settings import Settings


class Actors:
    name = "actors"
    reads = ("article", "parse")
    writes = ("actors",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


def make_stage(settings: Settings) -> Actors:
    return Actors(settings)
