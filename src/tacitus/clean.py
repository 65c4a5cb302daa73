"""The clean stage (baseline): plain text becomes an Article with a content-hash id."""

from __future__ import annotations

from dataclasses import replace

from .pipeline import Document
from .records import Article
from .settings import Settings
from .text import content_id


class Clean:
    name = "clean"
    reads = ("raw",)
    writes = ("article",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        text = (raw.text or "").strip()
        if not text:
            return replace(doc, skipped="no text")
        article = Article(
            id=raw.id or content_id(text),
            text=text,
            title=raw.title,
            source=raw.source,
            url=raw.url,
            published=raw.published or self.settings.published,
        )
        return replace(doc, article=article)


def make_stage(settings: Settings) -> Clean:
    return Clean(settings)
