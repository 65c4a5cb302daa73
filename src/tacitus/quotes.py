"""The quotes stage (placeholder until its implementation lands)."""

from __future__ import annotations

from .pipeline import Document
from .settings import Settings


class Quotes:
    name = "quotes"
    reads = ("article", "parse", "actors")
    writes = ("quotes",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


def make_stage(settings: Settings) -> Quotes:
    return Quotes(settings)
