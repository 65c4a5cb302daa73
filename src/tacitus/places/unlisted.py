"""Places no gazetteer holds, placed by the place a writer names after them.

A writer who names a village, a slum or a township that readers will not know says where
it is: "in Mabvuku, Harare", "a farm near Kittrell, North Carolina", "residents of
Greenfield, Ohio". When the name after the comma is a place the article resolved (a town,
a county, a province or a country) and the name before it is none the gazetteer holds,
the name before it is a place inside that one: it takes that place's point, as a street
takes its town's (see :mod:`.sites`). A preposition of place (or "of" after a place noun)
before the name is required, and the place after the comma must not go on as a modifier,
so that "at Acme, Georgia's largest employer" gives nothing.

A name that a kind word introduces or follows ("the village of Kampala Ridge", "a town
called Rova", "the villages of Ayla and Dumo", "in the Wedza district"), and a landform
named by its head word ("the Tapajos River", "Lake Nokomis"), that the gazetteer
lacks lies near the place named next to it ("... in Uttar Pradesh": its sentence's, else
the last the article named before it), and takes that point; an article that names no
other place gives it none.
"""

from __future__ import annotations

import re
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
HOSTS = frozenset({"city", "admin1", "admin2", "country", "region"})


_NAME = r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
#: "the village of X", "a town called X", "the villages of X and Y": a kind of settlement
#: or area, then its name (and, after a plural kind, the list's other items: :data:`_ITEM`).
_KIND_OF = re.compile(
    r"\b(?:towns?|villages?|city|cities|hamlets?|townships?|suburbs?|settlements?|"
    r"communit(?:y|ies)|districts?|provinces?|count(?:y|ies)|regions?|governorates?|"
    r"municipalit(?:y|ies)) (?:of|called|named) " + _NAME
)
_ITEM = re.compile(r"(?:,| and|, and) " + _NAME)
#: "in the X district", "near X village": a preposition of place, the name, a kind word.
_NAME_KIND = re.compile(
    r"\b(?:in|near|at|outside|from|around|of|into|across) (?:the )?"
    + _NAME
    + r" (?:district|province|"
    r"county|region|village|township|municipality|governorate|area|camp|slum)s?\b"
)

#: "the Tapajos River", "Oostanaula Creek", "Lake Nokomis": landforms named by a head word.
_LANDFORM = re.compile(
    r"\b(?:(?:Lake|Mount|Mt\.) " + _NAME + r"|" + _NAME + r" (?:River|Creek|Lake|Island|"
    r"Islands|Bay|Valley|Mountains?|Peak|Falls|Canyon|Shoal|Reef|Glacier|Swamp|Bayou|"
    r"Sound|Inlet|Lagoon|Plateau|Peninsula))\b"
)

_KIND_WORD = re.compile(
    r" (?:district|province|county|region|village|township|municipality|governorate|area|"
    r"camp|slum)s?\b"
)
_LANDFORM_WORD = re.compile(
    r"(?:Lake|Mount|Mt\.|River|Creek|Island|Islands|Bay|Valley|Mountains?|Peak|Falls|"
    r"Canyon|Shoal|Reef|Glacier|Swamp|Bayou|Sound|Inlet|Lagoon|Plateau|Peninsula)\b"
)


def _run_before(
    toks: tuple[Token, ...], comma: int, sent_first: int, place_ends: set[int]
) -> int | None:
    """The first token of the capitalised run (up to MAX_WORDS) that ends before the comma
    at token ``comma``, if a preposition of place opens it, or a list of places goes on
    with it ("Attapeu, Laos; Kampot, Cambodia; and Pingo, Kenya")."""
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
    k = first - 1
    while k > sent_first and first - k <= 2 and toks[k].text.lower() in LIST_GLUE:
        k -= 1
    return first if k < first - 1 and k in place_ends else None


#: What joins the items of a list of places ("...; and"); a bare comma joins lists of
#: anything ("Tips, Rome, Food").
LIST_GLUE = frozenset({";", "and"})
#: Parts of speech of a name's words: a proper noun; after a kind word ("the village of
#: X") a capitalised word the tagger did not know may come out as any open class.
NAME_TAGS = frozenset({"PROPN"})
NAME_TAGS_AFTER_KIND = frozenset({"PROPN", "NOUN", "ADJ", "VERB", "X"})
#: After a kind word ("a town called X") NER's guess at an unknown name says little; only
#: numbers, dates and peoples rule it out.
NOT_PLACE_AFTER_KIND = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                                  "QUANTITY", "NORP"})  # fmt: skip


def _plain(
    parse: Parse,
    gaz: Gazetteer,
    first: int,
    last: int,
    text: str,
    not_place: frozenset[str] = NOT_PLACE,
    tags: frozenset[str] = NAME_TAGS,
) -> bool:
    """The run is no name the gazetteer holds, no common or kind word, and no entity of a
    kind that is never a place; each word tagged as ``tags`` allows."""
    key = fold(text)
    if gaz.has(key) or key in stopwords() or key in DIRECTIONS or key in designators():
        return False
    toks = parse.tokens[first:last]
    if any(t.ent in not_place for t in toks) or any(t.pos not in tags for t in toks):
        return False
    return not any(fold(t.text) in designators() for t in toks)


def unlisted(
    parse: Parse, text: str, gaz: Gazetteer, resolved: list[tuple[Mention, Place]]
) -> list[tuple[Mention, Place]]:
    """The article's places with the unknown places that a resolved one contains added."""
    toks = parse.tokens
    taken = [(m.start, m.end) for m, _ in resolved]
    place_ends = {m.last - 1 for m, p in resolved if p.use == "name"}
    out = list(resolved)
    for m, p in sorted(resolved, key=lambda mp: mp[0].start):
        if p.use != "name" or p.feature not in HOSTS or m.first < 2:
            continue
        comma = m.first - 1
        if toks[comma].text != "," or toks[comma].sent != m.sent:
            continue
        after = toks[m.last] if m.last < len(toks) and toks[m.last].sent == m.sent else None
        if after is not None and (after.text in POSSESSIVE or after.pos in NAME_GOES_ON):
            continue  # "at Acme, Georgia's largest employer", "in Acme, Georgia officials"
        first = _run_before(toks, comma, parse.sentences[m.sent].first, place_ends)
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
        place_ends.add(comma - 1)
    return out


def _code(word: str) -> bool:
    """A postal code or an acronym ("NY", "US"): no word of a landform's own name."""
    return word.isupper() and len(word.rstrip(".")) <= 3


def _host(resolved: list[tuple[Mention, Place]], sent: int, start: int) -> Place | None:
    """The place named next to a position: in its own sentence the first after it, else
    the last before it; else the last the article named before that sentence (news names
    the region before the village), else the first after it."""
    named = [(m, p) for m, p in resolved if p.feature in HOSTS and p.use in ("name", "embedded")]
    same = [(m, p) for m, p in named if m.sent == sent]
    after = [(m, p) for m, p in same if m.start > start]
    if after:
        return min(after, key=lambda mp: mp[0].start)[1]
    before = [(m, p) for m, p in named if m.end <= start]
    if before:
        return max(before, key=lambda mp: mp[0].start)[1]
    later = [(m, p) for m, p in named if m.start > start]
    return min(later, key=lambda mp: mp[0].start)[1] if later else None


def kind_named(
    parse: Parse, text: str, gaz: Gazetteer, resolved: list[tuple[Mention, Place]]
) -> list[tuple[Mention, Place]]:
    """The article's places with the unknown names a kind word introduces added, each at
    the place its sentence names next to it."""
    taken = [(m.start, m.end) for m, _ in resolved]
    out = list(resolved)
    spans = []  # the full patterns run only where their kind or head word occurs (cheap)
    if _KIND_WORD.search(text):
        spans += [mt.span(1) for mt in _NAME_KIND.finditer(text)]
    if _LANDFORM_WORD.search(text):
        spans += [mt.span(0) for mt in _LANDFORM.finditer(text)]
    for mt in _KIND_OF.finditer(text):
        spans.append(mt.span(1))
        end = mt.end()
        while mt.group(0).split(" ", 1)[0].endswith("s") and (
            item := _ITEM.match(text, end)
        ):  # "the villages of Foua and Kfraya"
            spans.append(item.span(1))
            end = item.end()
    for start, end in sorted(spans):
        if any(s < end and start < e for s, e in taken):
            continue
        first, last = parse.token_at(start), parse.token_at(end - 1)
        if first is None or last is None or first.sent != last.sent:
            continue
        while first.i < last.i and (first.pos == "DET" or _code(first.text)):
            first = parse.tokens[first.i + 1]  # "The Tapajos River", "the NY Plum Island lab"
            start = first.start
        if any(s < end and start < e for s, e in taken):
            continue
        if first.start != start or last.end != end or first.text.lower() in DIRECTIONS:
            continue
        name = text[start:end]
        if not _plain(
            parse, gaz, first.i, last.i + 1, name, NOT_PLACE_AFTER_KIND, NAME_TAGS_AFTER_KIND
        ):
            continue
        host = _host(resolved, first.sent, start)
        if host is None:
            continue
        m = Mention(start, end, first.i, last.i + 1, first.sent, name, None, first.ent, True)
        out.append((m, replace(host, name=name, geonameid=None, mentions=((start, end),),
                               use="name")))  # fmt: skip
        taken.append((start, end))
    return out
