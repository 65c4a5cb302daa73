"""Quotation marks: find the quoted segments of a text, a pass over its characters.

A segment runs from an opening mark to its closing mark, or to the end of the paragraph
when the writer leaves it open (the convention for a quote that goes on in the next
paragraph). Titles ("the film “Kandahar”") and scare quotes of one to three words are
marked so that the attribution step can drop them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import STRAIGHT_OPEN_BEFORE, TITLE_WORDS


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark, or the end of the paragraph
    closed: bool
    width: int = 1  # 2 for a mark written as two apostrophes ('' ... '')

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted content, without the marks."""
        return self.start + self.width, self.end - self.width if self.closed else self.end


#: Quotation marks and paragraph ends: the only characters the scan stops at.
MARKS = re.compile(r"''|[“”\"\n]")


def find_segments(text: str) -> list[Segment]:
    """All quoted segments of ``text``, in order (curly and straight double marks).

    One regex pass over the marks; a mark left open closes at the end of its paragraph.
    """
    out: list[Segment] = []
    opener: str | None = None
    at = para = 0
    inner = False  # a curly pair open inside a straight quote: “Keep Out”
    for m in MARKS.finditer(text):
        c, i = m.group(), m.start()
        if c == "\n":
            if opener is not None:
                out.append(_open_segment(text, at, i, opener))
                opener = None
            para = i + 1
        elif opener is None:
            if c == "“" or (c in ('"', "''") and _opens(text, i, para, len(c))):
                opener, at, inner = c, i, False
        elif opener != "“" and c == "“":
            inner = True
        elif inner and c == "”":
            inner = False
        elif _closes(opener, c, text, i):
            out.append(Segment(at, i + len(c), True, len(c)))
            opener = None
    if opener is not None:
        out.append(_open_segment(text, at, len(text), opener))
    return out


def _closes(opener: str, c: str, text: str, i: int) -> bool:
    """Whether mark ``c`` closes ``opener``; straight and curly marks mix in scraped text."""
    if c == "''":
        return opener == "''"
    if c == "”":
        return opener in ("“", '"')
    if c == '"':
        after = text[i + 1 : i + 2]
        return opener == '"' or (opener == "“" and (not after or not after.isalnum()))
    return False


def _open_segment(text: str, at: int, end: int, opener: str) -> Segment:
    stop = end
    while stop > at + 1 and text[stop - 1].isspace():
        stop -= 1
    return Segment(at, stop, False, 2 if opener == "''" else 1)


def _opens(text: str, i: int, start: int, width: int = 1) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < len(text) else " "
    # any space opens, the no-break one of scraped text too ("he said.\xa0\"We ...")
    return (before.isspace() or before in STRAIGHT_OPEN_BEFORE) and not after.isspace()


def words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def is_short(text: str, seg: Segment) -> bool:
    """One to three words: a scare quote or a term unless a cue sits right beside it."""
    s, e = seg.inner
    return len(words(text[s:e])) <= 3


def is_sentence(text: str, seg: Segment) -> bool:
    """A quote that is a sentence of its own ("“Nobody likes it.”" after "she said."):
    it opens a sentence, starts with a capital and ends in a full stop, "!" or "?"; a scare
    quote or a term sits inside a sentence."""
    s, e = seg.inner
    inner = text[s:e].strip()
    if not seg.closed or not inner[:1].isupper() or inner[-1:] not in ".!?":
        return False
    before = text[: seg.start].rstrip(" \t\xa0")
    return not before or before[-1] in '.!?\n"”'


def is_title(text: str, seg: Segment) -> bool:
    """A short title-cased string after "film", "book", "called", "titled" and the like."""
    s, e = seg.inner
    inner = text[s:e].strip()
    ws = words(inner)
    if not ws or len(ws) > 8 or inner[-1:] in ".!?,":
        return False
    capitalised = sum(1 for w in ws if w[0].isupper() or len(w) <= 3)
    if capitalised < len(ws):
        return False
    before = words(text[max(0, seg.start - 40) : seg.start].lower())[-3:]
    return any(w.strip(",:;()'’") in TITLE_WORDS for w in before)
