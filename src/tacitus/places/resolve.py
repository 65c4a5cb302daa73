"""Disambiguation: pick the gazetteer entry a toponym denotes, from its article's context.

A candidate's score is a prior (population on a log scale, feature type, main name or
alternate name, national capital) plus the weight of its country in the article (countries
named, demonyms, the dateline, other places that resolve without doubt) plus a bonus for
lying near other confidently resolved places. So "Tripoli" goes to Lebanon in an article
about Beirut and to Libya in one about Benghazi, and "Doha" goes to Qatar, not to an Indian
village of that name, because of population and the capital rule.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .gazetteer import ADMIN1, ADMIN2, CITY, CONTINENT, COUNTRY, REGION, Candidate, Gazetteer, fold
from .toponyms import Mention, weight

FEATURE_PRIOR = {COUNTRY: 3.0, ADMIN1: 1.5, CITY: 0.0, ADMIN2: -0.5, CONTINENT: 3.0, REGION: 8.0}
#: Regions carry no population: their prior stands in for a large one (REGION above).
PRIMARY_NAME = 2.0
CAPITAL = 2.0
#: A city that shares its name with a province it dominates ("Kabul", "New York") is
#: usually the city; a small city named like a large province ("Quebec") is not.
DOMINANT_SHARE = 0.3
CONTEXT = 4.0  # times the country's share of the article's country evidence
PROVINCE = 2.5  # lying in a province the article names ("Glasgow" with "Kentucky")
NEAR = 2.0  # lying within NEAR_KM of another confidently resolved place
NEAR_KM = 400.0
SURE_MARGIN = 1.5  # a first-pass margin this wide makes a place an anchor
DATELINE_WEIGHT = 2.0
ADJECTIVE_WEIGHT = 0.5


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Context:
    """What an article says about where it is: country weights and anchor points."""

    countries: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[int, float, float]] = field(default_factory=list)  # (entry, lat, lon)
    provinces: frozenset[tuple[str | None, str | None]] = frozenset()  # (ISO3, admin1)

    def share(self, iso3: str | None) -> float:
        if not iso3 or not self.countries:
            return 0.0
        return self.countries.get(iso3, 0.0) / max(self.countries.values())


def candidates(gaz: Gazetteer, name: str, features: frozenset[int] | None) -> list[Candidate]:
    cands = gaz.lookup(name)
    if features is not None:
        kept = [c for c in cands if c.feature in features]
        return kept or cands
    dominated = _dominated(cands)
    return [c for c in cands if c.id not in dominated]


def _dominated(cands: Sequence[Candidate]) -> set[int]:
    """Provinces named after a city that dominates them ("Kabul"): the name means the city."""
    out = set()
    for a in cands:
        if a.feature in (ADMIN1, ADMIN2):
            for c in cands:
                big = c.capital or c.population >= DOMINANT_SHARE * a.population
                if c.feature == CITY and c.country == a.country and big:
                    out.add(a.id)
    return out


def prior(c: Candidate) -> float:
    s = weight(c.population) + FEATURE_PRIOR[c.feature]
    s += PRIMARY_NAME if c.primary else 0.0
    s += CAPITAL if c.capital else 0.0
    return s


def rank(cands: Sequence[Candidate], ctx: Context | None = None) -> list[tuple[float, Candidate]]:
    """Candidates with their scores, best first (ties broken by entry id: deterministic)."""
    scored = []
    for c in cands:
        s = prior(c)
        if ctx is not None:
            s += CONTEXT * ctx.share(c.country)
            if c.feature != ADMIN1 and (c.country, c.admin1) in ctx.provinces:
                s += PROVINCE
            if c.feature not in (COUNTRY, CONTINENT, REGION) and any(
                i != c.id and distance_km(c.lat, c.lon, lat, lon) <= NEAR_KM
                for i, lat, lon in ctx.anchors
            ):
                s += NEAR
        scored.append((s, c))
    scored.sort(key=lambda sc: (-sc[0], sc[1].id))
    return scored


def _margin(scored: list[tuple[float, Candidate]]) -> float:
    if len(scored) < 2:
        return math.inf
    other = [s for s, c in scored[1:] if c.country != scored[0][1].country]
    return scored[0][0] - other[0] if other else math.inf


def context(
    gaz: Gazetteer,
    mentions: Iterable[Mention],
    adjectives: Iterable[str],
    dateline: str | None = None,
) -> Context:
    """First pass: resolve each mention by its prior; sure ones vote for their country."""
    votes: dict[str, float] = defaultdict(float)
    anchors: dict[int, tuple[int, float, float]] = {}
    provinces: set[tuple[str | None, str | None]] = set()
    for m in mentions:
        abbreviated = gaz.abbreviation(m.text)
        scored = [(0.0, abbreviated)] if abbreviated else rank(candidates(gaz, m.text, m.features))
        if not scored:
            continue
        best = scored[0][1]
        sure = _margin(scored) >= SURE_MARGIN
        if best.country:
            votes[best.country] += 1.0 if sure else 0.3
        if sure and best.feature == ADMIN1:
            provinces.add((best.country, best.admin1))
        if sure and best.feature not in (COUNTRY, CONTINENT, REGION):
            anchors[best.id] = (best.id, best.lat, best.lon)
    for iso3 in adjectives:
        votes[iso3] += ADJECTIVE_WEIGHT
    if dateline:
        scored = rank(candidates(gaz, dateline, None), Context(dict(votes)))
        if scored and scored[0][1].country:
            votes[scored[0][1].country] += DATELINE_WEIGHT
    return Context(dict(votes), sorted(anchors.values()), frozenset(provinces))


def resolve(
    gaz: Gazetteer, name: str, ctx: Context, features: frozenset[int] | None = None
) -> Candidate | None:
    """The entry ``name`` most likely denotes in this context.

    A country adjective ("Canadian") gives its country before any town of that name, and a
    written abbreviation ("Calif.") its province.
    """
    fixed = gaz.country_of_adjective(name) or gaz.abbreviation(name)
    if fixed is not None:
        return fixed
    scored = rank(candidates(gaz, name, features), ctx)
    if scored:
        return scored[0][1]
    if fold(name).startswith("the "):
        return resolve(gaz, name[4:], ctx, features)
    return _leading(gaz, name, ctx)


def _leading(gaz: Gazetteer, name: str, ctx: Context) -> Candidate | None:
    """A longer name that is no gazetteer entry ("Pearson International Airport", "Kabul
    University"): the longest leading run of its words that is one."""
    words = name.replace("-", " ").split()
    for n in range(len(words) - 1, 0, -1):
        scored = rank(candidates(gaz, " ".join(words[:n]), None), ctx)
        if scored:
            return scored[0][1]
    return None
