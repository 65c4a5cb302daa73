"""The dates stage: date expressions anchored on the publication date, and event dates.

Expressions are found by compiled patterns (:mod:`.lexicon`, words in ``data/dates.json``)
and resolved by calendar rules of our own (:mod:`.calendar`); the clause's tense, read from
the parse (:mod:`.tense`), decides between the last and the next "Saturday". Values are
``"YYYY-MM-DD"`` (precision day), ``"YYYY-MM"`` (month) or ``"YYYY"`` (year). Without a
publication date, relative expressions keep ``date`` null; absolute dates still resolve.

Each event takes the date expression in its span (the one governed by its trigger when there
are several), else one in its sentence, else the publication date (precision day).
"""

from __future__ import annotations

from dataclasses import replace

from ..parse import Parse
from ..pipeline import Document
from ..records import DateRef, Event
from ..settings import Settings
from .calendar import parse_anchor
from .finder import find
from .lexicon import load
from .tense import governor

__all__ = ["Dates", "date_event", "find_dates", "make_stage"]


def find_dates(text: str, published: str | None, parse: Parse | None = None) -> list[DateRef]:
    """Date expressions of ``text`` resolved against ``published`` (ISO date or None)."""
    return find(text, parse, parse_anchor(published), load())


def _inside(ref: DateRef, span: tuple[int, int]) -> bool:
    return span[0] <= ref.span[0] and ref.span[1] <= span[1]


def _trigger_index(parse: Parse, event: Event) -> int | None:
    words = event.trigger.lower().split()
    if not words:
        return None
    first = parse.token_at(event.span[0])
    if first is None:
        return None
    for t in parse.tokens[first.i :]:
        if t.start >= event.span[1]:
            break
        if t.text.lower() == words[0] or t.lemma.lower() == words[0]:
            return t.i
    return None


def _pick(refs: list[DateRef], event: Event, parse: Parse | None) -> DateRef:
    """Of several expressions, the one the trigger governs, else the nearest to it."""
    if len(refs) == 1 or parse is None:
        return refs[0]
    trig = _trigger_index(parse, event)
    if trig is None:
        return refs[0]
    for r in refs:
        g = governor(parse, r.span)
        if g is not None and g.i == trig:
            return r
    at = parse.tokens[trig].start
    return min(refs, key=lambda r: min(abs(r.span[0] - at), abs(r.span[1] - at)))


def date_event(
    event: Event, refs: list[DateRef], parse: Parse | None, published: str | None
) -> Event:
    """``event`` with its date and precision set (see the module docstring)."""
    scopes = [event.span]
    if parse is not None:
        tok = parse.token_at(event.span[0])
        if tok is not None:
            s = parse.sentences[tok.sent]
            scopes.append((s.start, s.end))
    for scope in scopes:
        inside = [r for r in refs if _inside(r, scope)]
        if inside:
            ref = _pick(inside, event, parse)
            return replace(event, date=ref.date, date_precision=ref.precision)
    anchor = parse_anchor(published)
    if anchor is None:
        return replace(event, date=None, date_precision=None)
    return replace(event, date=anchor.isoformat(), date_precision="day")


class Dates:
    name = "dates"
    reads = ("article", "parse", "events")
    writes = ("dates", "events")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        load()

    def __call__(self, doc: Document) -> Document:
        assert doc.article is not None
        published = doc.article.published or self.settings.published
        refs = find_dates(doc.article.text, published, doc.parse)
        events = tuple(date_event(e, refs, doc.parse, published) for e in doc.events)
        return replace(doc, dates=tuple(refs), events=events)


def make_stage(settings: Settings) -> Dates:
    return Dates(settings)
