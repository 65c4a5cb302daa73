"""A place for each event: its clause, else its sentence, else the article's dateline.

Adjectival and metonymic mentions ("US envoy", "Washington said") are no locations.
Within a clause a place attached to the trigger by a locative preposition ("clashed in
Lashkar Gah") wins, then the most specific place (a city over a province over a country),
then the nearest. ``Event.place_precision`` records which level the place came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..parse import Parse, Token
from ..records import Event, Place
from .toponyms import LOCATIVE, Mention

PLACE_PRECISIONS = ("clause", "sentence", "dateline")
#: Uses of a name that say nothing about where an event happened.
NOT_LOCATIONS = frozenset({"adjectival", "metonymic"})
#: Dependency labels that open a new clause below a verb.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "csubj", "acl"})
SPECIFICITY = {"city": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4, "continent": 5}


def trigger_token(parse: Parse, ev: Event) -> Token | None:
    start, end = ev.span
    first = parse.token_at(start)
    if first is None:
        return None
    for t in parse.tokens[first.i :]:
        if t.start >= end:
            break
        if t.text == ev.trigger or t.lemma == ev.trigger:
            return t
    return first


def clause(parse: Parse, head: int) -> set[int]:
    """Token indices of the clause headed by ``head``, without its embedded clauses."""
    out, stack = set(), [head]
    while stack:
        j = stack.pop()
        out.add(j)
        stack.extend(k for k in parse.children[j] if parse.tokens[k].dep not in CLAUSE_DEPS)
    return out


def _prep_attached(parse: Parse, m: Mention, trigger: int) -> bool:
    for k in range(m.first, m.last):
        prep = parse.tokens[parse.tokens[k].head]
        if prep.text.lower() in LOCATIVE and prep.head == trigger:
            return True
    return False


def _pick(
    parse: Parse, trigger: Token, pool: Sequence[tuple[Mention, Place]]
) -> tuple[Mention, Place]:
    def key(mp: tuple[Mention, Place]) -> tuple[int, int, int]:
        m, p = mp
        return (
            0 if _prep_attached(parse, m, trigger.i) else 1,
            SPECIFICITY.get(p.feature or "", 4),
            abs(m.start - trigger.start),
        )

    return min(pool, key=key)


def place_for(
    parse: Parse, ev: Event, resolved: Sequence[tuple[Mention, Place]], dateline: Place | None
) -> tuple[Place | None, str | None]:
    t = trigger_token(parse, ev)
    if t is not None:
        in_sentence = [mp for mp in resolved if mp[0].sent == t.sent]
        if in_sentence:  # (the clause is walked only when its sentence names a place)
            tokens = clause(parse, t.i)
            in_clause = [mp for mp in in_sentence if mp[0].first in tokens]
            if in_clause:
                return _pick(parse, t, in_clause)[1], "clause"
            return _pick(parse, t, in_sentence)[1], "sentence"
    if dateline is not None and dateline.lat is not None:
        return dateline, "dateline"
    return None, None


def attach(
    parse: Parse,
    events: Sequence[Event],
    resolved: Sequence[tuple[Mention, Place]],
    dateline: Place | None,
) -> tuple[Event, ...]:
    """Events with their place and place precision set (an existing place is kept).

    Adjectival and metonymic mentions ("US envoy", "Washington said") place no event.
    """
    resolved = [mp for mp in resolved if mp[1].use not in NOT_LOCATIONS]
    out = []
    for ev in events:
        if ev.place is not None:
            out.append(ev)
            continue
        place, precision = place_for(parse, ev, resolved, dateline)
        if place is None and precision is None and ev.place_precision is None:
            out.append(ev)  # still unplaced: a copy would be the same record, made slowly
            continue
        out.append(replace(ev, place=place, place_precision=precision))
    return tuple(out)
