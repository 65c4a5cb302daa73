"""Find toponyms in an article: the scan over capitalised runs and the passes after it.

:func:`find` walks each sentence, takes the longest gazetteer name at each capitalised
token and asks the guards of :mod:`.toponyms` whether it stands; then whole-article passes
add what one mention alone could not show: small towns in a list with places found
(:func:`_rescue`), small US towns in a state the article names or whose towns it names
(:func:`_home_towns`), names NER took for people in a country the article is about
(:func:`_person_tagged_places`), a name the article has placed said again
(:func:`_echoes`), a county the article names in full named again bare or by a compass
part ("Hall", "North Hall" after "Hall County": :func:`_county_echoes`), and the items of a
list that a plural kind word or a people's noun closes (:func:`_listed_before`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..parse import Parse, Token
from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, fold
from .resolve import home_state
from .toponyms import (
    BARE_CITY_POPULATION,
    DATELINE_DASHES,
    DATELINE_SENTENCES,
    DIRECTIONS,
    LIST_LINKS,
    MAJOR,
    MAX_TOKENS,
    PART_WORDS,
    STATE_PARTS,
    Mention,
    _abbreviated,
    _capitalised,
    _generic,
    _longest,
    _prefixed,
    _Scan,
    capitals,
    combining,
    designators,
    person_cues,
    stopwords,
)
from .usage import CONTEST_WORDS, a_side


def _directed(scan: _Scan, i: int, stop: int) -> Mention | None:
    """ "Southern California", "Far North Queensland", "Metro Atlanta": compass or part words
    before a place name that is no name with them; the mention spans both and names the
    place."""
    toks = scan.parse.tokens
    k = i
    while k < min(stop, i + 2) and toks[k].text.lower() in PART_WORDS and _capitalised(toks[k]):
        k += 1
    if k == i or k >= stop or not _capitalised(toks[k]):
        return None
    j = _longest(scan.parse, scan.text, scan.gaz, k, stop)
    if j == k:
        return None
    m, _ = scan.mention(k, j)
    label, longer = scan.ner(i, j)  # an entity over the whole span ("Southern California")
    if not scan.supported(m, longer):
        return None
    cands = scan.gaz.lookup(m.text)
    big = max((c.population for c in cands if c.feature == CITY), default=0)
    major = any(c.feature in MAJOR for c in cands)
    if label not in ("GPE", "LOC") and big < BARE_CITY_POPULATION and not major:
        return None  # "the Central Business District": no place after the compass word
    if any(t.text.lower() in STATE_PARTS for t in toks[i:k]) and any(
        c.feature == ADMIN1 for c in cands
    ):
        m = replace(m, features=frozenset({ADMIN1}))  # "upstate New York": the state
    return replace(m, start=toks[i].start, first=i)


def find(parse: Parse, text: str, gaz: Gazetteer) -> list[Mention]:
    """Toponym mentions in document order, longest match first, never overlapping."""
    scan = _Scan(parse, text, gaz)
    out: list[Mention] = []
    pending: list[Mention] = []
    rejected: list[Mention] = []
    nested: list[Mention] = []  # rejected inside a longer name ("Hall" in "North Hall")
    caps = capitals(parse)  # (read once per text: most tokens are lower case)
    for sent in parse.sentences:
        i = sent.first
        while i < sent.last:
            if not caps[i]:
                i += 1
                continue
            tok = parse.tokens[i]
            if combining(parse, i) is not None:
                i += 1  # "Sino-American": an adjective (see :func:`adjectives`)
                continue
            abbr = _abbreviated(parse, gaz, i) or _prefixed(gaz, tok)
            if abbr is not None:
                out.append(abbr)
                i += 1
                continue
            j = _longest(parse, text, gaz, i, sent.last)
            words = _adjective_words(parse, gaz, i, sent.last)
            if words and j < i + words:
                i += words  # "Sri Lankan": an adjective, not the town "Sri" (but "Central
                continue  # African Republic" is a name)
            directed = _directed(scan, i, sent.last) if tok.text.lower() in PART_WORDS else None
            if directed is not None and (j == i or j <= directed.name_end - 1):
                out.append(directed)
                i = directed.last
                continue
            if j == i:
                i += 1
                continue
            m, longer = scan.mention(i, j)
            if scan.supported(m, longer):
                out.append(_as_dateline(scan, m))
                i = m.last
            else:
                if m.ner == "PERSON" and not longer and m.last - m.first > 1:
                    pending.append(m)
                elif not longer:
                    rejected.append(m)
                else:
                    nested.append(m)
                i = j  # no shorter place inside a rejected name ("Qala" in "Musa Qala")
    out.extend(
        m
        for m in lower_dateline(scan)
        if not any(m.first < o.last and o.first < m.last for o in out)
    )
    out.extend(_rescue(scan, out))
    out.extend(_after_a_towns_possessive(scan, out))
    out.extend(_sides(scan, out))
    out.extend(_home_towns(scan, out))
    out.extend(_person_tagged_places(pending, out, scan))
    out.extend(_echoes(scan, rejected + pending, out))
    out = _county_echoes(scan, rejected + pending + _parts(scan, nested), out)
    out = _listed_before(scan, out)
    return sorted((m for m in out if not route(parse, m.last, m.text)), key=lambda m: m.start)


def _as_dateline(scan: _Scan, m: Mention) -> Mention:
    """A dateline names the town the story was filed from ("NEW YORK (AP) --",
    "WASHINGTON --"): where the name is also a state's or a country's, the town."""
    if m.fixed is not None or not scan.dateline(m):
        return m
    m = replace(m, dateline=True)
    cands = scan.gaz.lookup(m.text)
    if m.features is not None or all(c.feature == CITY for c in cands):
        return m
    if not any(c.feature == CITY for c in cands):
        return m
    return replace(m, features=frozenset({CITY}))


#: A dateline in lower case ("kyiv, ukraine —", "caracas, venezuela (AP) —", "gaza —"): a
#: place, maybe its province or country, maybe a date and an agency, then a dash or colon.
_LOWER = r"[a-z][a-z'’.\-]*(?: [a-z][a-z'’.\-]*){0,3}"
LOWER_DATELINE = re.compile(
    rf"(?P<town>{_LOWER})(?:,\s*(?P<area>{_LOWER}))?(?:,\s*[A-Za-z]{{3,9}}\.? \d{{1,2}})?"
    r"\s*(?P<agency>\([A-Za-z .]{2,20}\)\s*)?(?P<sep>—|–|--|-|:)\s"
)


#: Where a paragraph's text begins: the text's start, or after a line break.
PARAGRAPH_START = re.compile(r"(?:^|\n)[ \t]*(?=\S)")


def lower_dateline(scan: _Scan) -> list[Mention]:
    """The place of a dateline written in lower case at the start of one of the article's
    first paragraphs (a title may come first), as some sites print it ("kyiv, ukraine —
    ..."): the town a gazetteer holds, and the province or country after its comma where
    that is one. A lone word needs a dash or an agency after it ("gaza — ", "kyiv (Reuters)
    -"), so that "update: ..." is no place."""
    sents = scan.parse.sentences
    if not sents:
        return []
    head = scan.text[: sents[min(DATELINE_SENTENCES, len(sents) - 1)].end]
    for par in list(PARAGRAPH_START.finditer(head))[: DATELINE_SENTENCES + 1]:
        if scan.text[par.end() : par.end() + 1].islower():
            return _lower_dateline_at(scan, par.end())
    return []


def _lower_dateline_at(scan: _Scan, start: int) -> list[Mention]:
    """The lower-case dateline's mentions at character ``start``, or none."""
    m = LOWER_DATELINE.match(scan.text, start)
    lone = m is not None and m.group("area") is None and m.group("agency") is None
    if m is None or (lone and m.group("sep") not in DATELINE_DASHES):
        return []
    out = []
    for group, kinds in (("town", None), ("area", (ADMIN1, COUNTRY))):
        if m.group(group) is None:
            continue
        first, last = scan.parse.token_at(m.start(group)), scan.parse.token_at(m.end(group) - 1)
        if first is None or last is None or first.end > m.end(group):
            return []
        cands = scan.gaz.lookup(m.group(group))
        if not cands or (kinds is not None and not any(c.feature in kinds for c in cands)):
            return []
        if fold(m.group(group)) in stopwords():
            return []
        town = group == "town" and any(c.feature == CITY for c in cands)
        mention, _ = scan.mention(first.i, last.i + 1)
        out.append(replace(mention, features=frozenset({CITY}) if town else None,
                           kind_word=False, last=last.i + 1, dateline=group == "town"))  # fmt: skip
    return out


def _adjective_words(parse: Parse, gaz: Gazetteer, i: int, stop: int) -> int:
    """How many tokens from ``i`` spell a place's adjective of two or three words ("Sri
    Lankan", "Puerto Rican", "South East Asian"), or 0: its first words are no place."""
    toks = parse.tokens
    for n in (3, 2):
        if i + n <= stop and all(_capitalised(t) for t in toks[i + 1 : i + n]):
            words = " ".join(t.text for t in toks[i : i + n])
            if gaz.country_of_adjective(words) is not None:
                return n
    return 0


def route(parse: Parse, k: int, name: str) -> bool:
    """A country's or state's abbreviation before a number (token ``k``) names a road ("U.S.
    27", "Ga. 400", "US 1"), not the place; a spelt-out name before one may be a score
    ("Georgia 24")."""
    toks = parse.tokens
    if k >= len(toks) or toks[k].sent != toks[k - 1].sent or not toks[k].text.isdigit():
        return False
    return name.endswith(".") or (name.isupper() and len(name) <= 4)


def _linked(toks: tuple[Token, ...], a: int, b: int) -> bool:
    """Tokens ``a`` (last of one item) and ``b`` (first of the next) are joined as in a
    list: by a comma, "and", "or", or ", and"."""
    between = [t.text.lower() for t in toks[a + 1 : b]]
    return 1 <= len(between) <= 2 and all(w in LIST_LINKS for w in between)


def listed_with(parse: Parse, mentions: list[Mention]) -> dict[int, tuple[int, ...]]:
    """Mention start -> the starts of the mentions it stands beside in a list ("Belgium,
    Greece and Denmark"; "Alabama, Georgia and Florida"), joined by a comma, "and" or
    "or" and nothing else."""
    toks = parse.tokens
    ordered = sorted(mentions, key=lambda m: m.first)
    out: dict[int, list[int]] = {}
    for a, b in pairwise(ordered):
        if a.sent == b.sent and a.last <= b.first and _linked(toks, a.last - 1, b.first):
            out.setdefault(a.start, []).append(b.start)
            out.setdefault(b.start, []).append(a.start)
    return {k: tuple(v) for k, v in out.items()}


def _rescue(scan: _Scan, found: list[Mention]) -> list[Mention]:
    """Small towns that lacked support but stand in a list with places found ("Foua and
    Kfraya", "Moonbi, Parkes, Berry and Wyong"): a comma link needs the list to go on
    after the town too, so "in Kenya, Smith said" takes no Smith."""
    toks = scan.parse.tokens
    ends = {m.last - 1: m for m in found}
    starts = {m.first: m for m in found}
    out: list[Mention] = []
    weak = sorted(scan.weak, key=lambda m: m.first)
    changed = True
    while changed:
        changed = False
        for m in weak:
            if m in out or any(m.first < o.last and o.first < m.last for o in found + out):
                continue
            after = toks[m.last].text.lower() if m.last < len(toks) else ""
            listy = after in LIST_LINKS or after in (".", ";", "in", "")
            left = any(e in ends and _linked(toks, e, m.first) for e in (m.first - 2, m.first - 3))
            left = left and (toks[m.first - 1].text != "," or listy)
            right = any(
                s in starts and _linked(toks, m.last - 1, s) for s in (m.last + 1, m.last + 2)
            )
            if left or right:
                out.append(m)
                ends[m.last - 1], starts[m.first] = m, m
                changed = True
    return out


def _sides(scan: _Scan, found: list[Mention]) -> list[Mention]:
    """Small towns that lacked only support as a side of a game with a score ("beat Toccoa
    58-51 to reach the final"), as a local paper names a school's team by its town, or of a
    verb of games among words of contests and events ("Dalton will host the series"): a
    team's town or a venue either way (:func:`.usage.usage` says which). A name NER takes
    for a person stays out ("beat Murray 6-4, 6-3" is a tennis player)."""
    toks = scan.parse.tokens
    out: list[Mention] = []
    for m in scan.weak:
        if m.ner == "PERSON" or m.last - m.first != 1:
            continue
        if not a_side(scan.parse, toks[m.first], CONTEST_WORDS):
            continue
        if not any(m.first < o.last and o.first < m.last for o in found + out):
            out.append(m)
    return out


def _after_a_towns_possessive(scan: _Scan, found: list[Mention]) -> list[Mention]:
    """A name that lacked only support after a large town's possessive ("Atlanta's
    Buckhead", "Chicago's Pilsen"): a part of that town, as a local paper names it. A name
    NER takes for a person stays out ("Atlanta's Young")."""
    toks = scan.parse.tokens
    ends = {m.last: m for m in found}
    out: list[Mention] = []
    for m in scan.weak:
        k = m.first - 1
        if k < 1 or toks[k].text not in ("'s", "’s") or m.ner == "PERSON":
            continue
        host = ends.get(k)
        if host is None or not scan.notable(host) or host.text in scan.person_words:
            continue
        if not any(c.feature == CITY for c in scan.gaz.lookup(host.text)):
            continue
        if not any(m.first < o.last and o.first < m.last for o in found + out):
            out.append(m)
    return out


def named_states(gaz: Gazetteer, found: list[Mention]) -> set[tuple[str | None, str | None]]:
    """The US states (and other countries' provinces) the article names by a postal code or
    an abbreviation ("Rome, Ga."), or by a province's own name ("Tennessee")."""
    out: set[tuple[str | None, str | None]] = set()
    for m in found:
        if m.fixed is not None:
            c = gaz.candidate(m.fixed * 2)
            out.add((c.country, c.admin1))
        elif (abbr := gaz.abbreviation(m.text)) is not None and abbr.feature == ADMIN1:
            out.add((abbr.country, abbr.admin1))
        else:
            cands = gaz.lookup(m.text)
            states = [c for c in cands if c.feature == ADMIN1 and c.primary]
            if len(states) == 1 and all(c.feature != COUNTRY for c in cands):
                out.add((states[0].country, states[0].admin1))
    return out


def _home_towns(scan: _Scan, found: list[Mention]) -> list[Mention]:
    """Small US towns that lacked only support, in a state the article names ("Rome, Ga. ...
    Cedartown"): a local paper names the towns around it bare, and NER often takes them
    for organisations. A name a person of the article bears stays out. Only US states:
    abroad, a province named says less about which bare words are towns."""
    states = {s for s in named_states(scan.gaz, found) if s[0] == "USA"}
    home = home_state(scan.gaz, found)
    if home is not None:  # the state the article's town names meet in, named or not
        states.add(home)
    if not states:
        return []
    out: list[Mention] = []
    for m in scan.weak:
        person = m.ner == "PERSON" and not scan.paired_with_no_person(m)
        if (person and not _ahead_of_a_person(scan, m)) or m.text in scan.person_words:
            continue
        if any(m.first < o.last and o.first < m.last for o in found + out):
            continue
        cands = scan.gaz.lookup(m.text)
        if any(c.feature == CITY and (c.country, c.admin1) in states for c in cands):
            out.append(m)
    return out


def _ahead_of_a_person(scan: _Scan, m: Mention) -> bool:
    """A name in the possessive before a person's full name ("Ringgold's Ben Tate"): a local
    paper's way of saying where a player or a resident is from, whatever NER calls it."""
    toks = scan.parse.tokens
    k = m.last
    if k + 2 >= len(toks) or toks[k].text not in ("'s", "’s") or toks[k].sent != m.sent:
        return False
    ent = scan.ent_of[k + 1]
    return (
        ent is not None
        and ent.label == "PERSON"
        and ent.first == k + 1
        and ent.last - ent.first > 1
    )


def _item_before(scan: _Scan, first: int) -> tuple[int, int] | None:
    """The tokens of the list item that ends before token ``first`` across a comma, "and",
    "or" or ", and" ("Hall, Forsyth and Dawson"): the longest gazetteer name ending there."""
    toks = scan.parse.tokens
    sent = toks[first].sent
    k = first - 1
    links = 0
    while k >= 0 and toks[k].sent == sent and toks[k].text.lower() in LIST_LINKS and links < 2:
        k, links = k - 1, links + 1
    if not links or k < 0 or toks[k].sent != sent or not _capitalised(toks[k]):
        return None
    lowest = max(scan.parse.sentences[sent].first, k - MAX_TOKENS + 1)
    for i in range(lowest, k + 1):
        if _capitalised(toks[i]) and _longest(scan.parse, scan.text, scan.gaz, i, k + 1) == k + 1:
            return i, k + 1
    return None


def _listed_before(scan: _Scan, found: list[Mention]) -> list[Mention]:
    """The items of a list that one plural kind word or one people's noun closes ("Hall,
    Forsyth and Dawson counties", "Devon and Cornwall police"): each item is a place of
    that kind, found or not (a found item takes the kind)."""
    toks = scan.parse.tokens
    by_first = {m.first: m for m in found}
    out = list(found)
    for m in sorted(found, key=lambda m: m.first):
        closing = toks[m.last - 1].text.lower() if m.kind_word else ""
        plural = closing.endswith("s") and closing in designators()
        if not plural and not (m.ner != "ORG" and scan.cued(m)):
            continue
        first = m.first
        while (item := _item_before(scan, first)) is not None:
            i, j = item
            seen = by_first.get(i)
            if seen is not None and seen.last == j:
                if plural and seen.features is None:
                    out[out.index(seen)] = replace(seen, features=m.features)
            elif seen is not None or any(i < o.last and o.first < j for o in out):
                break
            else:
                cand, _ = scan.mention(i, j)
                cand = replace(cand, last=j, features=m.features if plural else None)
                kinds = {c.feature for c in scan.gaz.lookup(cand.text)}
                if plural and not kinds & (m.features or frozenset()):
                    break  # "Hall, Forsyth and Dawson counties": each a county
                if scan.echo_barred(cand) or (not plural and fold(cand.text) in stopwords()):
                    break
                out.append(cand)
            first = i
    return out


def _echoes(scan: _Scan, rejected: list[Mention], found: list[Mention]) -> list[Mention]:
    """Bare mentions of a name the article already takes for a place elsewhere ("flights
    into Malakal" after "the town of Malakal"): an article means one thing by one name, so
    a mention that lacked only support, or that NER labelled an organisation or a person
    on its own, stands too. A mention in a person's context, inside an institution's or a
    disease's name, or glued to other capitalised words does not."""
    names = {fold(m.text) for m in found if m.fixed is None and scan.strong(m)}
    out: list[Mention] = []
    for m in rejected:
        key = fold(m.text)
        if key not in names or key in stopwords() or key in DIRECTIONS or _generic(m.text):
            continue
        if scan.gaz.country_of_adjective(m.text) is not None or key in person_cues():
            continue  # "English", "the Pope"
        if any(m.first < o.last and o.first < m.last for o in found + out):
            continue
        if scan.echo_barred(m):
            continue
        out.append(m)
    return out


#: Words that close a county's name ("Hall County", "Orleans Parish").
COUNTY_WORDS = (" county", " parish")
COUNTY = frozenset({ADMIN2})


def county_base(m: Mention) -> str | None:
    """The folded name a county mention bears without its word ("hall" for "Hall County",
    and for "Hall" in "Hall and Forsyth counties"), or None for no county."""
    key = fold(m.text)
    for word in COUNTY_WORDS:
        if key.endswith(word) and len(key) > len(word):
            return key[: -len(word)]
    return key if m.kind_word and m.features == COUNTY else None


def _parts(scan: _Scan, nested: list[Mention]) -> list[Mention]:
    """Names inside a longer one that a compass word opens ("North Hall", "East Hall": a
    part of a county), spanning the compass word: the county they lie in."""
    toks = scan.parse.tokens
    out = []
    for m in nested:
        i = m.first - 1
        if i < 0 or toks[i].sent != m.sent or toks[i].text.lower() not in DIRECTIONS:
            continue
        if m.last < len(toks) and toks[m.last].sent == m.sent and _capitalised(toks[m.last]):
            continue  # "North Hall High School": a longer name still
        opens = i == scan.parse.sentences[m.sent].first
        if not opens and _capitalised(toks[i - 1]):
            continue  # "Lake North Hall": a longer name still
        out.append(replace(m, start=toks[i].start, first=i))
    return out


def _county_echoes(scan: _Scan, rejected: list[Mention], found: list[Mention]) -> list[Mention]:
    """A county the article names in full ("Hall County"), named again bare ("residents of
    Hall", "Hall and Forsyth"): a local paper's short form for its county. The bare name
    stands as the county, though it is a common word ("Hall", "White") or a small town
    elsewhere; a name with a reading of note (a state, a large city: "Jackson",
    "Washington") keeps its own reading, and a person's name stays a person's."""
    bases = {b for m in found if (b := county_base(m)) is not None}
    if not bases:
        return found
    out = []
    for m in found:
        bare = fold(m.text) in bases and m.features is None and m.fixed is None
        if bare and not scan.notable(m) and not scan.echo_barred(m):
            m = replace(m, features=COUNTY)
        out.append(m)
    for m in rejected:
        if fold(m.text) not in bases or scan.notable(m) or scan.echo_barred(m):
            continue
        if any(m.first < o.last and o.first < m.last for o in out):
            continue
        out.append(replace(m, features=COUNTY))
    return out


def _person_tagged_places(
    pending: list[Mention], found: list[Mention], scan: _Scan
) -> list[Mention]:
    """Names of several words that NER took for people ("Musa Qala") but that name a town in
    a country where the article's other places lie, and whose last word names nobody else."""
    countries: set[str | None] = set()
    for m in found:
        cands = scan.gaz.lookup(m.text) or [c for c in [scan.gaz.abbreviation(m.text)] if c]
        countries.update(c.country for c in cands[:1])
    toks = scan.parse.tokens
    for ent in scan.parse.entities:  # "the Israeli military": the country's adjective
        if ent.label == "NORP":
            adjective = scan.gaz.country_of_adjective(
                " ".join(t.text for t in toks[ent.first : ent.last])
            )
            countries.update([adjective.country] if adjective is not None else [])
    out = []
    for m in pending:
        last = scan.parse.tokens[m.name_end - 1].text
        if last in scan.person_words_elsewhere(m):
            continue
        if any(c.country in countries for c in scan.gaz.lookup(m.text)):
            out.append(m)
    return out
