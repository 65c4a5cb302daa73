"""The dates stage: date expressions anchored on the publication date, and event dates.

Expressions are found by compiled patterns (:mod:`.lexicon`, words in ``data/dates.json``)
and resolved by calendar rules of our own (:mod:`.calendar`); the clause's tense, read from
the parse (:mod:`.tense`), decides between the last and the next "Saturday". Values are
``"YYYY-MM-DD"`` (precision day), ``"YYYY-MM"`` (month) or ``"YYYY"`` (year). Without a
publication date, relative expressions keep ``date`` null; absolute dates still resolve.

Each event takes the date expression in its span that its trigger (or a clause above the
trigger) governs, else such an expression in its sentence, else the publication date
(precision day); with no publication date either, its date stays null.
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


def _nearest(refs: list[DateRef], at: int) -> DateRef:
    return min(refs, key=lambda r: min(abs(r.span[0] - at), abs(r.span[1] - at)))


def _pick(refs: list[DateRef], event: Event, parse: Parse | None) -> DateRef | None:
    """The expression that dates the event: the one its trigger governs, else the one
    governing the nearest clause above the trigger ("said on Saturday that they had met");
    an expression in a clause below or beside it ("a march that last year saw ...") does
    not date it. Without a parse, the first expression."""
    trig = _trigger_index(parse, event) if parse is not None else None
    if parse is None or trig is None:
        return refs[0]
    by_verb: dict[int | None, list[DateRef]] = {}
    for r in refs:
        g = governor(parse, r.span)
        by_verb.setdefault(None if g is None else g.i, []).append(r)
    at = parse.tokens[trig].start
    i, seen = trig, 0
    while seen < 40:
        if i in by_verb:
            return _nearest(by_verb[i], at)
        head = parse.tokens[i].head
        if head == i:
            break
        i, seen = head, seen + 1
    return _nearest(by_verb[None], at) if None in by_verb else None


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
        ref = _pick(inside, event, parse) if inside else None
        if ref is not None:
            return replace(event, date=ref.date, date_precision=ref.precision)
    anchor = parse_anchor(published)
    if anchor is None:
        if event.date is None and event.date_precision is None:
            return event  # undated already: a copy would be the same record, made slowly
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
