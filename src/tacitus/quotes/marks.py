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
    width: int = 1  # 2 for a mark written as two apostrophes ('' ... '')

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted content, without the marks."""
        return self.start + self.width, self.end - self.width if self.closed else self.end


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
    i = start
    while i < end:
        c = text[i]
        if c == "'" and text.startswith("''", i) and i + 2 <= end:
            c = "''"  # two apostrophes stand for a double mark in some house styles
        elif c not in '“”"':
            i += 1
            continue
        if opener is None:
            if c == "“" or (c in ('"', "''") and _opens(text, i, start, end, len(c))):
                opener, at = c, i
        elif (opener == "“" and c == "”") or (opener == c and c in ('"', "''")):
            out.append(Segment(at, i + len(c), True, len(c)))
            opener = None
        i += len(c)
    if opener is not None:
        stop = end
        while stop > at + 1 and text[stop - 1].isspace():
            stop -= 1
        out.append(Segment(at, stop, False, len(opener) if opener != "“" else 1))
    return out


def _opens(text: str, i: int, start: int, end: int, width: int = 1) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
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
