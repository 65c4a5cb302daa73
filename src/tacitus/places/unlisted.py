"""Places no gazetteer holds, placed by the place a writer names after them.

A writer who names a village, a slum or a township that readers will not know says where
it is: "in Mabvuku, Harare", "a farm near Kittrell, North Carolina", "residents of
Greenfield, Ohio". When the name after the comma is a place the article resolved (a town,
a county, a province or a country) and the name before it is none the gazetteer holds,
the name before it is a place inside that one: it takes that place's point, as a street
takes its town's (see :mod:`.sites`). A preposition of place (or "of" after a place noun)
before the name is required, and the place after the comma must end the phrase, so that
"at Acme, Georgia's largest employer" gives nothing.
"""

from __future__ import annotations

from dataclasses import replace

from ..parse import Parse, Token
from ..records import Place
from .gazetteer import Gazetteer, fold
from .toponyms import (
    DIRECTIONS,
    LOCATIVE,
    PLACE_OF,
    POSSESSIVE,
    Mention,
    _capitalised,
    designators,
    stopwords,
)

#: The longest unknown name taken before a comma ("Mukuru Kwa Reuben" is three words).
MAX_WORDS = 3
#: Entity labels that make a capitalised run no place: people, dates, works, numbers.
NOT_PLACE = frozenset({"PERSON", "DATE", "TIME", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT",
                       "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP",
                       "LANGUAGE"})  # fmt: skip
#: Parts of speech after the containing place that make it a modifier or a longer name.
NAME_GOES_ON = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PART"})
#: Place features that may contain an unknown place.
HOSTS = frozenset({"city", "admin1", "admin2", "country"})


def _run_before(toks: tuple[Token, ...], comma: int, sent_first: int) -> int | None:
    """The first token of the capitalised run (up to MAX_WORDS) that ends before the comma
    at token ``comma``, if a preposition of place opens it."""
    first = comma
    while first > sent_first and comma - first < MAX_WORDS and _capitalised(toks[first - 1]):
        first -= 1
    if first in (comma, sent_first):
        return None
    before = toks[first - 1].text.lower()
    if before in LOCATIVE and before not in ("to", "from", "via"):
        return first
    of_place = before == "of" and first >= 2 and toks[first - 2].text in (*PLACE_OF, ",")
    if before == "from" or of_place:
        return first  # "a man from Kittrell, N.C.", "the village of Tummelbach, Bavaria",
        # "Mr Brown, of Harlowdene, Essex"
    return None


def _plain(parse: Parse, gaz: Gazetteer, first: int, last: int, text: str) -> bool:
    """The run is no name the gazetteer holds, no common or kind word, and no entity of a
    kind that is never a place."""
    key = fold(text)
    if gaz.has(key) or key in stopwords() or key in DIRECTIONS or key in designators():
        return False
    toks = parse.tokens[first:last]
    if any(t.ent in NOT_PLACE for t in toks) or any(t.pos not in ("PROPN",) for t in toks):
        return False
    return not any(fold(t.text) in designators() for t in toks)


def unlisted(
    parse: Parse, text: str, gaz: Gazetteer, resolved: list[tuple[Mention, Place]]
) -> list[tuple[Mention, Place]]:
    """The article's places with the unknown places that a resolved one contains added."""
    toks = parse.tokens
    taken = [(m.start, m.end) for m, _ in resolved]
    out = list(resolved)
    for m, p in resolved:
        if p.use != "name" or p.feature not in HOSTS or m.first < 2:
            continue
        comma = m.first - 1
        if toks[comma].text != "," or toks[comma].sent != m.sent:
            continue
        after = toks[m.last] if m.last < len(toks) and toks[m.last].sent == m.sent else None
        if after is not None and (after.text in POSSESSIVE or after.pos in NAME_GOES_ON):
            continue  # "at Acme, Georgia's largest employer", "in Acme, Georgia officials"
        first = _run_before(toks, comma, parse.sentences[m.sent].first)
        if first is None:
            continue
        start, end = toks[first].start, toks[comma - 1].end
        if any(s < end and start < e for s, e in taken):
            continue
        name = text[start:end]
        if not _plain(parse, gaz, first, comma, name):
            continue
        hamlet = Mention(start, end, first, comma, m.sent, name, None, toks[first].ent, True)
        out.append((hamlet, replace(p, name=name, geonameid=None, mentions=((start, end),))))
        taken.append((start, end))
    return out
