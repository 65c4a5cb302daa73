"""Named sites that no gazetteer holds: streets, roads, squares, bridges, airports, parks.

"Hutcheson Road", "Liberty Square" or "Marine Drive" is a place, but no town: a local
paper names it because it lies in the town the article is about. Such a name (an entity,
or a run of capitalised words, that ends in a site word) resolves to the town the article
names nearest before it (after it when none comes before; else the dateline's): the
site lies there, and its point is that town's. An article that names no town gives such a
site no place. Sites from our landmark table, and names the gazetteer holds, are found
by :mod:`.toponyms` and are not looked at here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..parse import Entity, Parse, Token
from ..records import Place
from .gazetteer import CITY, FEATURES
from .ranker import distance_km
from .toponyms import CONNECTORS, Mention

#: Last words that make a capitalised name a site in a town. Buildings that are also
#: institutions ("Mercy Hospital", "St Mary's Church") are left out: their names are the
#: institution's as often as the place's.
SITE_HEADS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive",
    "highway", "parkway", "expressway", "freeway", "turnpike", "square", "plaza", "bridge",
    "airport", "airfield", "park", "promenade", "embankment", "esplanade", "crescent",
})  # fmt: skip
#: Lower-case words after a name that make it a part of a town ("the Buckhead
#: neighborhood", "the Laurel Oaks subdivision"); the word stays out of the name.
QUARTERS = frozenset({"neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods",
                      "subdivision", "quarter", "enclave"})  # fmt: skip
#: Site words whose name's leading place is the town the site serves, wherever it lies.
AIRPORTS = frozenset({"airport", "airfield"})
#: Entity labels a site's name may carry (NER calls roads and squares any of these).
SITE_LABELS = frozenset({"FAC", "LOC", "GPE", "ORG", ""})
#: Entity labels over any word of a run that make it no site.
NOT_SITES = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
#: Entity labels that make the name before a quarter word no place (NER takes many a
#: quarter's name for a person's: "Zamalek").
NOT_QUARTERS = frozenset({"NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "DATE", "TIME"})
CITY_FEATURE = FEATURES[CITY]


def _quarter(parse: Parse, k: int) -> tuple[int, int] | None:
    """The capitalised name (up to three words) before a quarter word at token ``k``."""
    toks = parse.tokens
    if k == 0 or toks[k].text not in QUARTERS:
        return None
    first = k
    while first > 0 and k - first < 3 and toks[first - 1].sent == toks[k].sent:
        if not toks[first - 1].text[:1].isupper():
            break
        first -= 1
    if first == k or first == parse.sentences[toks[k].sent].first:
        return None  # no name, or a capitalised sentence opener ("Residents ...")
    if any(e.label in NOT_QUARTERS and e.first < k and first < e.last for e in parse.entities):
        return None  # "the Hispanic neighborhood": a people, not a place
    return first, k


def site_runs(parse: Parse) -> list[tuple[int, int]]:
    """Token spans of capitalised names that end in a site word, or that a quarter word
    follows ("the Buckhead neighborhood")."""
    toks = parse.tokens
    out: list[tuple[int, int]] = []
    ents: dict[int, Entity] = {e.last - 1: e for e in parse.entities}
    for k, t in enumerate(toks):
        quarter = _quarter(parse, k)
        if quarter is not None:
            out.append(quarter)
            continue
        if t.text.lower().rstrip(".") not in SITE_HEADS or not t.text[:1].isupper():
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
        longer = nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha()
        if longer and nxt is not None and nxt.ent not in ("DATE", "TIME"):
            continue  # "Tennessee Highway Patrol", "Park Service": a longer name's word
        ent = ents.get(k)
        if ent is not None and ent.label in SITE_LABELS and ent.last - ent.first > 1:
            first = ent.first
        else:
            first = k
            while (
                first > 0
                and toks[first - 1].sent == t.sent
                and (toks[first - 1].text[:1].isupper() or toks[first - 1].text in CONNECTORS)
            ):
                first -= 1
        while first < k and not toks[first].text[:1].isupper():
            first += 1  # "the", "of" never open the name
        if first > 0 and toks[first - 1].text[:1].isdigit():
            continue  # "47 Elm Street": an address, not a place
        if any(e.label in NOT_SITES and e.first < k + 1 and first < e.last for e in parse.entities):
            continue  # "Gorky Park" the novel, "Penny Lane" the song, "Bridge" a surname
        sent_first = parse.sentences[t.sent].first
        if first == k or (first == sent_first and k - first == 1 and ent is None):
            continue  # a bare "Road", or a capitalised sentence opener before it
        out.append((first, k + 1))
    return out


def _town_for(
    start: int, towns: Sequence[tuple[int, Place]], dateline: Place | None
) -> Place | None:
    before = [p for s, p in towns if s < start]
    if before:
        return before[-1]
    if dateline is not None and dateline.feature == CITY_FEATURE:
        return dateline
    return towns[0][1] if towns else None


def _quarter_town(
    toks: Sequence[Token], i: int, j: int, resolved: list[tuple[Mention, Place]]
) -> Place | None:
    """The town a quarter's name says it lies in: "Cairo's Abbasiya neighbourhood", "the
    Northside neighborhood of Gainesville"."""
    cities = {m.first: p for m, p in resolved if p.feature == CITY_FEATURE}
    ends = {m.last: p for m, p in resolved if p.feature == CITY_FEATURE}
    if i > 0 and toks[i - 1].text in ("'s", "’s") and i - 1 in ends:
        return ends[i - 1]
    if j + 2 < len(toks) and toks[j + 1].text == "of":
        return cities.get(j + 2)
    return None


#: A quarter's gazetteer reading this far from every town the article names is a namesake
#: elsewhere ("the Buckhead neighborhood" in an article about Atlanta, not a hamlet in Oregon).
QUARTER_KM = 100.0


def _strayed(inside: list[tuple[Mention, Place]], towns: Sequence[tuple[int, Place]]) -> bool:
    """The gazetteer's reading of a quarter's name lies far from all the article's towns."""
    own = {id(p) for _, p in inside}
    spots = [p for _, p in towns if id(p) not in own and p.lat is not None and p.lon is not None]
    if not spots:
        return False
    for _, p in inside:
        if p.lat is None or p.lon is None:
            return False
        if any(distance_km(p.lat, p.lon, t.lat, t.lon) <= QUARTER_KM for t in spots):  # type: ignore[arg-type]
            return False
    return True


def sites(
    parse: Parse,
    text: str,
    resolved: list[tuple[Mention, Place]],
    runs: list[tuple[int, int]],
    dateline: Place | None = None,
) -> list[tuple[Mention, Place]]:
    """The article's places with the sites of ``runs`` (:func:`site_runs`) added (and the
    town names embedded in a site's name, "London Road", taken out); in text order."""
    cities = [(m.start, p) for m, p in resolved if p.feature == CITY_FEATURE]
    towns = [(s, p) for s, p in cities if p.use == "name"]
    if not cities and (dateline is None or dateline.feature != CITY_FEATURE):
        return resolved
    out = list(resolved)
    toks = parse.tokens
    for i, j in runs:
        start, end = toks[i].start, toks[j - 1].end
        inside = [mp for mp in out if mp[0].start < end and start < mp[0].end]
        if any(m.use == "name" and (m.start < start or m.end > end) for m, _ in inside):
            continue  # part of a longer place name the gazetteer holds
        if any(m.use == "name" and p.feature != CITY_FEATURE for m, p in inside):
            continue  # "Tiananmen Square" is no site of a town when a region spells it
        served = [p for m, p in inside if p.feature == CITY_FEATURE]
        quarter = j < len(toks) and toks[j].text in QUARTERS
        strayed = quarter and bool(inside) and _strayed(inside, cities)
        if quarter and inside and not strayed:
            continue  # "Cairo's Abbasiya neighbourhood": the gazetteer knows the name
        town: Place | None
        if toks[j - 1].text.lower() in AIRPORTS and served:
            town = served[0]  # "Kandahar Airport" serves Kandahar
        elif quarter and (own := _quarter_town(toks, i, j, out)) is not None:
            town = own
        else:  # a quarter whose namesake lies far away: any town the article names
            elsewhere = [(s, p) for s, p in cities if all(p is not q for _, q in inside)]
            town = _town_for(start, elsewhere if strayed else towns, dateline)
        if town is None:
            continue
        name = text[start:end]
        m = Mention(start, end, i, j, toks[i].sent, name, None, toks[i].ent, False)
        place = Place(name=name, country=town.country, admin1=town.admin1, lat=town.lat,
                      lon=town.lon, geonameid=None, feature=town.feature,
                      mentions=((start, end),))  # fmt: skip
        out = [mp for mp in out if mp not in inside]
        out.append((m, place))
    out.sort(key=lambda mp: mp[0].start)
    return out
