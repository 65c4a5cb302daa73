"""A tiny stand-in for the actors stage, for the events tests only.

It marks every occurrence of the given names as a mention of one actor, so the coder can be
tested on its own, whatever the actors stage does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tacitus.events import Events
from tacitus.parse import Parse
from tacitus.pipeline import Document
from tacitus.records import Actor, Article, Event, RawArticle, Record
from tacitus.settings import Settings

#: name -> (country, sector)
Known = dict[str, tuple[str | None, str | None]]
#: the coder on a text with its known actors
Code = Callable[[str, Known], tuple[Event, ...]]


def standin_actors(text: str, known: Known) -> tuple[Actor, ...]:
    out = []
    for n, (name, (country, sector)) in enumerate(known.items(), 1):
        spans = tuple(
            (m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        )
        if spans:
            out.append(Actor(f"a{n}", name, country=country, sector=sector, mentions=spans))
    return tuple(out)


def coder(parse_text: Callable[[str], Parse], settings: Settings | None = None) -> Code:
    stage = Events(settings or Settings())

    def run(text: str, known: Known) -> tuple[Event, ...]:
        doc = Document(
            RawArticle("<test>", text=text),
            article=Article("t1", text),
            parse=parse_text(text),
            actors=standin_actors(text, known),
        )
        return replace(stage(doc)).events

    return run


def best_event(record: Record) -> Event:
    """The record's best event (as the scorers pick it); fails when it has none."""
    from tacitus.evaluate.events import best_events

    best = best_events(record.events)
    assert best, f"no event in {record.article.text!r}"
    return best[0]


def typed_events(record: Record) -> list[tuple[str, str | None, str]]:
    """(trigger, PLOVER type, CAMEO code) of each typed event of the record."""
    return [(e.trigger.lower(), e.plover, e.cameo) for e in record.events if e.plover]


def plovers_on(record: Record, trigger: str) -> list[str | None]:
    """The PLOVER types of the record's events on ``trigger`` (any case): [] when the trigger
    codes no event."""
    return [e.plover for e in record.events if e.trigger.lower() == trigger.lower()]
