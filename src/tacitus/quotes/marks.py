"""Quotation marks: find the quoted segments of a text, a pass over its characters.

A segment runs from an opening mark to its closing mark, or to the end of the paragraph
when the writer leaves it open (the convention for a quote that goes on in the next
paragraph). Titles ("the film “Kandahar”") and scare quotes of one to three words are
marked so that the attribution step can drop them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import STRAIGHT_OPEN_BEFORE, TITLE_WORDS


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark, or the end of the paragraph
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted content, without the marks."""
        return self.start + 1, self.end - 1 if self.closed else self.end


def find_segments(text: str) -> list[Segment]:
    """All quoted segments of ``text``, in order (curly and straight double marks)."""
    out: list[Segment] = []
    para_start = 0
    while para_start <= len(text):
        para_end = text.find("\n", para_start)
        if para_end < 0:
            para_end = len(text)
        out.extend(_paragraph_segments(text, para_start, para_end))
        para_start = para_end + 1
    return out


def _paragraph_segments(text: str, start: int, end: int) -> list[Segment]:
    out: list[Segment] = []
    opener: str | None = None
    at = 0
    for i in range(start, end):
        c = text[i]
        if c not in '“”"':
            continue
        if opener is None:
            if c == "“" or (c == '"' and _opens(text, i, start, end)):
                opener, at = c, i
        elif (opener == "“" and c == "”") or (opener == '"' and c == '"'):
            out.append(Segment(at, i + 1, True))
            opener = None
    if opener is not None:
        stop = end
        while stop > at + 1 and text[stop - 1].isspace():
            stop -= 1
        out.append(Segment(at, stop, False))
    return out


def _opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before in STRAIGHT_OPEN_BEFORE and not after.isspace()


def words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def is_short(text: str, seg: Segment) -> bool:
    """One to three words: a scare quote or a term unless a cue sits right beside it."""
    s, e = seg.inner
    return len(words(text[s:e])) <= 3


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
