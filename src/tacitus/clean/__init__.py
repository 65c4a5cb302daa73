"""The clean stage: raw input -> Article (cleaned text, title, byline, dateline, date, language).

HTML goes through trafilatura first; all text then goes through the same cascade of small
steps in :mod:`tacitus.clean.text`, whose patterns live in :mod:`tacitus.clean.patterns`.
A non-English article is skipped (a signal, not an error); a text that is not prose fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import StageError
from ..pipeline import Document
from ..records import Article, Place, RawArticle
from ..settings import Settings
from ..text import content_id
from ..values import date_or_none
from . import language
from .html import extract_html
from .patterns import GENERIC_AUTHORS, SENTENCE_END
from .text import Cleaned, clean_text

__all__ = ["Clean", "make_stage", "not_prose"]

#: A stretch this long without a sentence end is not an article (a log, a table, a dump).
MAX_RUN_WITHOUT_SENTENCE_END = 20_000


def not_prose(text: str) -> str | None:
    """Why ``text`` is not prose (a long run without a sentence end), or None. Linear time."""
    last = 0
    for m in SENTENCE_END.finditer(text):
        if m.start() - last > MAX_RUN_WITHOUT_SENTENCE_END:
            break
        last = m.end()
    else:
        if len(text) - last <= MAX_RUN_WITHOUT_SENTENCE_END:
            return None
    return (
        f"not prose: more than {MAX_RUN_WITHOUT_SENTENCE_END:,} characters without a sentence end"
    )


def cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at the last paragraph (or line) break before it."""
    head = text[:limit]
    at = max(head.rfind("\n\n"), head.rfind("\n"))
    return head[:at] if at > limit // 2 else head


class Clean:
    name = "clean"
    reads = ("raw",)
    writes = ("article",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        src = self._source(raw)
        source = src.text
        if not source.strip():
            raise StageError("no article text in the HTML" if src.html else "no text")
        problem = not_prose(source[: self.settings.max_chars + 1])
        if problem:
            raise StageError(problem)
        if len(source) > self.settings.max_chars:
            total = len(source)
            source = cut(source, self.settings.max_chars)
            doc = doc.with_error(
                "clean",
                f"text of {total:,} characters cut at {self.settings.max_chars:,} "
                "(the max_chars setting); split the article or raise max_chars in tacitus.toml",
            )
        cleaned = clean_text(source, src.title, lines_are_paragraphs=src.html)
        if not cleaned.text:
            raise StageError("no article text left after removing boilerplate")
        guess = language.detect(cleaned.text)
        if guess.code not in self.settings.languages:
            return replace(doc, skipped=f"language {guess.code} ({guess.name}), not English")
        published = date_or_none(src.published) or date_or_none(cleaned.published)
        if src.published and not date_or_none(src.published):
            doc = doc.with_error(
                "clean", f"published {src.published[:40]!r} is not a date; dropped"
            )
        article = Article(
            id=raw.id or content_id(cleaned.text),
            text=cleaned.text,
            title=cleaned.title,
            source=raw.source,
            url=raw.url,
            published=published or date_or_none(self.settings.published),
            dateline=_dateline(cleaned),
            language=guess.code,
            byline=cleaned.byline or _author(src.author),
        )
        return replace(doc, article=article)

    @staticmethod
    def _source(raw: RawArticle) -> _Source:
        """The text to clean, with what HTML metadata adds (raw fields win)."""
        text = raw.text or ""
        page = raw.html if raw.html is not None and not text.strip() else None
        if page is None and _HTML_START.match(text):
            page = text  # a text field that holds a page
        if page is None:
            return _Source(text, raw.title, raw.published)
        found = extract_html(page)
        if found is None:
            return _Source("", raw.title, raw.published, html=True)
        return _Source(
            found.text,
            raw.title or found.title,
            raw.published or found.published,
            found.author,
            html=True,
        )


@dataclass(frozen=True, slots=True)
class _Source:
    text: str
    title: str | None
    published: str | None
    author: str | None = None
    html: bool = False  # from a page: one paragraph a line


#: A text that is really an HTML page.
_HTML_START = re.compile(r"\s*<(?:!doctype html|html[\s>]|body[\s>])", re.IGNORECASE)


def _dateline(cleaned: Cleaned) -> Place | None:
    if cleaned.dateline is None or cleaned.dateline_span is None:
        return None
    return Place(name=cleaned.dateline, mentions=(cleaned.dateline_span,))


def _author(name: str | None) -> str | None:
    return name if name and name.lower() not in GENERIC_AUTHORS else None


def make_stage(settings: Settings) -> Clean:
    return Clean(settings)
