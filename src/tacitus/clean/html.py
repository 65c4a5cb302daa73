"""HTML pages: trafilatura finds the article text and its metadata (title, date, author)."""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

#: Fallback when trafilatura finds nothing (for instance past lxml's nesting limit).
_P_OPEN = re.compile(r"(?i)<p\b[^>]*>")
_P_END = re.compile(r"(?i)</(?:p|div|article|section|body|td|li)\s*>")
_TAG = re.compile(r"<[^<>]*>")
_WS = re.compile(r"\s+")
#: Pages past these sizes are dumps, not articles: trafilatura's time grows with them
#: (about 6 s for 20,000 paragraphs), so their <p> text is taken as it is.
MAX_PAGE_CHARS = 5_000_000
MAX_PAGE_PARAGRAPHS = 1_500


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str  # one paragraph a line
    title: str | None = None
    published: str | None = None
    author: str | None = None
    fallback: bool = False  # trafilatura was not used or found nothing


def extract_html(page: str) -> Extracted | None:
    """The main text of an HTML page with its metadata; None when it has no text."""
    if len(page) <= MAX_PAGE_CHARS and page.count("<p") <= MAX_PAGE_PARAGRAPHS:
        from trafilatura import bare_extraction

        try:
            doc = bare_extraction(page, include_comments=False, with_metadata=True)
        except (RecursionError, ValueError, TypeError, AttributeError):
            doc = None  # a malformed or pathologically nested page: try the plain fallback
        if doc is not None and not isinstance(doc, dict) and (doc.text or "").strip():
            return Extracted(
                doc.text or "", doc.title or None, doc.date or None, doc.author or None
            )
    text = paragraphs_fallback(page)
    return Extracted(text, fallback=True) if text else None


def paragraphs_fallback(page: str) -> str:
    """The text of the page's <p> elements, one a line (linear time, no parser)."""
    out = []
    for chunk in _P_OPEN.split(page)[1:]:
        end = _P_END.search(chunk)
        body = chunk[: end.start()] if end else chunk
        text = _WS.sub(" ", htmllib.unescape(_TAG.sub(" ", body))).strip()
        if text:
            out.append(text)
    return "\n".join(out)
