"""Disambiguation: pick the gazetteer entry a toponym denotes, from its article's context.

Each candidate gets a learned linear score (:mod:`.ranker`) over its features: population
on a log scale, feature type, main or alternate name and exactness, national capital, the
weight of its country in the article (countries named, demonyms, the dateline, places that
resolve without doubt), lying in a province the article names or in the province of
another confidently resolved place ("Jackson" beside "Memphis" is Jackson, Tennessee),
distance to the article's confidently resolved places, and the countries its own sentence
names. So "Tripoli" goes to
Lebanon in an article about Beirut and to Libya in one about Benghazi, and "Doha" goes to
Qatar, not to an Indian village of that name.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import ranker
from .gazetteer import ADMIN1, ADMIN2, CITY, CONTINENT, COUNTRY, REGION, Candidate, Gazetteer, fold
from .ranker import distance_km as distance_km
from .toponyms import INSTITUTION_HEADS, Mention, landmarks, shared_adjectives

#: A city that shares its name with a province it dominates ("Kabul", "New York") is
#: usually the city; a small city named like a large province ("Quebec") is not.
DOMINANT_SHARE = 0.3
SURE_MARGIN = 1.5  # a first-pass margin this wide makes a place an anchor
ADJECTIVE_WEIGHT = 0.5


@dataclass
class Context:
    """What an article says about where it is: country weights and anchor points."""

    countries: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[int, float, float]] = field(default_factory=list)  # (entry, lat, lon)
    provinces: frozenset[tuple[str | None, str | None]] = frozenset()  # (ISO3, admin1)
    dateline: str | None = None  # the dateline's country
    #: sentence -> (start, ISO3) of the toponyms and country adjectives it holds
    sentences: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    #: mention start -> the vote its own first pass cast (left out of its own evidence)
    own: dict[int, tuple[str, float]] = field(default_factory=dict)
    #: (ISO3, admin1) -> the anchors in that province
    states: dict[tuple[str | None, str | None], frozenset[int]] = field(default_factory=dict)
    #: mention start -> the kinds of the sure places listed beside it
    listed: dict[int, frozenset[int]] = field(default_factory=dict)
    #: starts of the mentions the first pass resolved without doubt, to the province
    sure: frozenset[int] = frozenset()
    #: folded name -> the anchors its own first pass gave (left out of its second pass)
    named: dict[str, frozenset[int]] = field(default_factory=dict)
    #: mention start -> its folded name, whose mentions' votes all stay out of its evidence
    #: ("London" ten times is no evidence that London is in England)
    name_at: dict[int, str] = field(default_factory=dict)

    _votes_by_name: dict[str, dict[str, float]] | None = field(default=None, init=False)

    def _name_votes(self) -> dict[str, dict[str, float]]:
        """Folded name -> ISO3 -> the votes its mentions cast (built once)."""
        if self._votes_by_name is None:
            out: dict[str, dict[str, float]] = defaultdict(dict)
            for start, key in self.name_at.items():
                if start in self.own:
                    iso3, vote = self.own[start]
                    out[key][iso3] = out[key].get(iso3, 0.0) + vote
            self._votes_by_name = dict(out)
        return self._votes_by_name

    def share(self, iso3: str | None) -> float:
        if not iso3 or not self.countries:
            return 0.0
        return self.countries.get(iso3, 0.0) / max(self.countries.values())

    def evidence(self, at: tuple[int, int] | None) -> ranker.Evidence:
        """The evidence for the mention at (sentence, start), or for the article as a whole."""
        pairs = self.sentences.get(at[0], []) if at is not None else []
        start = at[1] if at is not None else None
        countries = self.countries
        key = self.name_at.get(start) if start is not None else None
        if key is not None:
            countries = dict(countries)
            for iso3, vote in self._name_votes().get(key, {}).items():
                countries[iso3] = countries.get(iso3, 0.0) - vote
        elif start in self.own:
            iso3, vote = self.own[start]
            countries = {**countries, iso3: countries.get(iso3, 0.0) - vote}
        listed = self.listed.get(start, frozenset()) if start is not None else frozenset()
        return ranker.Evidence(
            countries, self.anchors, self.provinces, self.dateline,
            ranker.sentence_countries(pairs, start), self.states, listed,
        )  # fmt: skip


#: Last words that make a name a body of water, a range or a desert ("North Sea", "Strait of
#: Hormuz" ends in a name, so first words count too; "the Gulf" is the word alone): such a
#: name that our regions table holds is that region, not a province or hamlet that borrowed it.
PHYSICAL = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel", "canal", "river",
                      "lake", "bay", "mountains", "mount", "mt", "desert", "basin", "delta",
                      "peninsula", "reef"})  # fmt: skip


#: Words after a province's name that some provinces keep in their gazetteer name and
#: others do not ("Western Region" is Uganda's name, Ghana's is "Western").
PROVINCE_WORDS = frozenset({"region", "province", "state", "governorate", "oblast", "prefecture"})


def candidates(gaz: Gazetteer, name: str, features: frozenset[int] | None) -> list[Candidate]:
    cands = gaz.lookup(name)
    words = fold(name).split(" ")
    if len(words) > 1 and words[-1] in PROVINCE_WORDS and cands:
        # the provinces named without the word compete too; the article's context chooses
        seen = {c.id for c in cands}
        bare = gaz.lookup(name.rsplit(" ", 1)[0])
        cands = [*cands, *(c for c in bare if c.feature == ADMIN1 and c.id not in seen)]
    if words[-1] in PHYSICAL or words[0] in PHYSICAL:  # "the Gulf" too: a sea, not a province
        cands = [c for c in cands if c.feature == REGION] or cands
    elif len(words) > 1 and any(c.feature == REGION and c.country is None for c in cands):
        # a region that spans countries ("Middle East", "West Africa") is no hamlet named so
        cands = [c for c in cands if c.feature not in (CITY, ADMIN2)]
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


def rank(
    cands: Sequence[Candidate],
    ctx: Context | None = None,
    name: str = "",
    at: tuple[int, int] | None = None,
) -> list[tuple[float, Candidate]]:
    """Candidates with their scores, best first (ties broken by entry id: deterministic)."""
    model = ranker.active()
    ev = ctx.evidence(at) if ctx is not None else None
    scored = [(model.score(ranker.features(c, name or c.name, ev)), c) for c in cands]
    scored.sort(key=lambda sc: (-sc[0], sc[1].id))
    return scored


def _margin(scored: list[tuple[float, Candidate]], by_state: bool = False) -> float:
    """How far the best candidate leads the best one in another country (or province)."""
    if len(scored) < 2:
        return math.inf
    top = scored[0][1]
    other = [
        s
        for s, c in scored[1:]
        if c.country != top.country or (by_state and c.admin1 != top.admin1)
    ]
    return scored[0][0] - other[0] if other else math.inf


def context(
    gaz: Gazetteer,
    mentions: Iterable[Mention],
    adjectives: Iterable[str | tuple[int, int, str]],
    dateline: str | None = None,
    lists: dict[int, tuple[int, ...]] | None = None,
) -> Context:
    """First pass: resolve each mention by its prior; sure ones vote for their country.

    ``adjectives`` are ISO3 codes, or (sentence, start, ISO3) so that the sentence feature
    sees them too; ``lists``: mention start -> the starts of the mentions listed beside it
    (:func:`.recognise.listed_with`), whose sure kinds the ``listed`` feature sees.
    """
    sure_kind: dict[int, int] = {}
    votes: dict[str, float] = defaultdict(float)
    anchors: dict[int, tuple[int, float, float]] = {}
    provinces: set[tuple[str | None, str | None]] = set()
    sentences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    own: dict[int, tuple[str, float]] = {}
    states: dict[tuple[str | None, str | None], set[int]] = defaultdict(set)
    sure_starts: set[int] = set()
    named: dict[str, set[int]] = defaultdict(set)
    name_at: dict[int, str] = {}
    mentions = list(mentions)
    bests: dict[int, tuple[Mention, Candidate]] = {}
    for m in mentions:
        fixed = gaz.candidate(m.fixed * 2) if m.fixed is not None else None
        abbreviated = fixed or gaz.abbreviation(m.text)  # "Calif.", or "CA" after "City, "
        cands = candidates(gaz, m.text, m.features)
        scored = [(0.0, abbreviated)] if abbreviated else rank(cands, None, m.text)
        if not scored:
            continue
        best = scored[0][1]
        bests[m.start] = (m, best)
        sure = _margin(scored) >= SURE_MARGIN
        if sure or abbreviated:
            sure_kind[m.start] = best.feature
        if abbreviated or (sure and _margin(scored, by_state=True) >= SURE_MARGIN):
            sure_starts.add(m.start)
        if best.country:
            own[m.start] = (best.country, 1.0 if sure else 0.3)
            name_at[m.start] = fold(m.text)
            votes[best.country] += own[m.start][1]
            if sure or best.feature in (COUNTRY, ADMIN1):
                sentences[m.sent].append((m.start, best.country))
        if sure and best.feature == ADMIN1:
            provinces.add((best.country, best.admin1))
        if sure and best.feature not in (COUNTRY, CONTINENT, REGION):
            anchors[best.id] = (best.id, best.lat, best.lon)
            named[fold(m.text)].add(best.id)
            if best.feature != ADMIN1 and _margin(scored, by_state=True) >= SURE_MARGIN:
                states[(best.country, best.admin1)].add(best.id)
    for adj in adjectives:
        if isinstance(adj, str):
            votes[adj] += ADJECTIVE_WEIGHT
        else:
            votes[adj[2]] += ADJECTIVE_WEIGHT
            sentences[adj[0]].append((adj[1], adj[2]))
    if votes and max(votes, key=lambda k: votes[k]) == HOME_COUNTRY:
        state = home_state(gaz, mentions)
        if state is not None:  # a local paper's state: where its towns' names all meet
            provinces.add(state)
            for start, (m, best) in bests.items():  # a namesake abroad by its size alone
                if _strays(gaz, m, best, state):
                    sure_starts.discard(start)
                    anchors.pop(best.id, None)
                    named[fold(m.text)].discard(best.id)
                    states[(best.country, best.admin1)].discard(best.id)
    home = None
    if dateline:
        scored = rank(candidates(gaz, dateline, None), Context(dict(votes)), dateline)
        if scored and scored[0][1].country:
            home = scored[0][1].country  # its own feature, not a vote in ``countries``
    listed = {
        start: frozenset(sure_kind[n] for n in near if n in sure_kind)
        for start, near in (lists or {}).items()
    }
    return Context(
        dict(votes), sorted(anchors.values()), frozenset(provinces), home, dict(sentences), own,
        {k: frozenset(v) for k, v in states.items()}, {k: v for k, v in listed.items() if v},
        frozenset(sure_starts), {k: frozenset(v) for k, v in named.items()}, name_at,
    )  # fmt: skip


#: The country whose local papers name their towns bare and their state seldom.
HOME_COUNTRY = "USA"
#: A state is an article's home when this many of its distinct town or county names have a
#: namesake there, and more than in any other state.
HOME_NAMES = 3


def _strays(gaz: Gazetteer, m: Mention, best: Candidate, home: tuple[str, str]) -> bool:
    """A town or county chosen outside the article's home state by its prior alone, where a
    namesake inside that state stands ("Cleveland", Ohio, in an article about Mississippi):
    left in doubt for the second pass, whose anchors are the article's other choices."""
    if m.fixed is not None or best.feature not in (CITY, ADMIN2) or best.country != home[0]:
        return False  # a city abroad ("London") keeps its prior: the home pulls US towns
    if (best.country, best.admin1) == home:
        return False
    return any(
        c.feature in (CITY, ADMIN2) and (c.country, c.admin1) == home
        for c in candidates(gaz, m.text, m.features)
    )


def home_state(gaz: Gazetteer, mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """The US state that holds a town or county of the most distinct names the article
    uses ("Cleveland", "Greenville" and "Indianola" all lie in Mississippi), at least
    :data:`HOME_NAMES` of them, lying close together (within :data:`HOME_KM` of each other):
    a local paper's towns are neighbours, where namesakes scatter over a state. Of states
    that hold as many names, the one whose namesakes lie closest together, where no other
    lies nearly as close (:data:`TIGHTER`)."""
    held: dict[str, dict[str, Candidate]] = defaultdict(dict)
    for m in mentions:
        if m.fixed is not None:
            continue
        key = fold(m.text)
        cands = gaz.lookup(m.text)
        if any(c.primary and _a_state(c) for c in cands):
            continue  # "Texas", "Mexico": the state or country, whatever towns bear its name
        for c in cands:
            if c.country != HOME_COUNTRY or not c.admin1 or c.feature not in (CITY, ADMIN2):
                continue
            seen = held[c.admin1].get(key)
            if seen is None or c.population > seen.population:
                held[c.admin1][key] = c
    most = max((len(v) for v in held.values()), default=0)
    if most < HOME_NAMES:
        return None
    spreads = {a: _spread(list(v.values())) for a, v in held.items() if len(v) == most}
    close = sorted((s, a) for a, s in spreads.items() if s <= HOME_KM)
    if len(close) > 1 and close[1][0] < TIGHTER * max(close[0][0], TIGHT_KM):
        return None  # two states whose namesakes both lie close: no home
    best = min(spreads, key=lambda a: (spreads[a], a))
    return (HOME_COUNTRY, best)


def _a_state(c: Candidate) -> bool:
    return c.feature == COUNTRY or (c.feature == ADMIN1 and c.country == HOME_COUNTRY)


#: The farthest apart two places of a local article's home state may lie.
HOME_KM = 250.0
#: Of two states whose namesakes both lie within HOME_KM, the tighter is still the home when
#: the other's lie this many times as far apart ("Greenwood", "Franklin" and "Johnson
#: County" lie within 15 km in Indiana, 70 km and more elsewhere): a local paper's towns are
#: neighbours, where namesakes gather by chance. Spreads under TIGHT_KM count as TIGHT_KM.
TIGHTER = 3.0
TIGHT_KM = 20.0


def _spread(cands: list[Candidate]) -> float:
    """The greatest distance between two of the places."""
    return max(
        (
            distance_km(a.lat, a.lon, b.lat, b.lon)
            for k, a in enumerate(cands)
            for b in cands[k + 1 :]
        ),
        default=0.0,
    )


def anchored(ctx: Context, chosen: Sequence[tuple[Mention, Candidate]]) -> dict[str, Context]:
    """Second pass: for each name left in doubt, the context with the places the first
    pass chose for the article's other names as anchors too.

    The first pass anchors on sure places only, so names in doubt that explain each other
    ("London" beside "Edmonton", a county beside its towns, "Paris" in an article about
    Texas) cannot help each other. Here every chosen town or province of another name
    becomes an anchor (distance, cluster, same province) and its country's vote follows
    the choice rather than the name's bare prior (the anchors a name in doubt gave by
    its prior alone are dropped). A name never anchors itself: each doubtful name gets
    the context built from the others. Names: folded.
    """
    doubtful = {fold(m.text) for m, _ in chosen if m.start not in ctx.sure}
    if not doubtful:
        return {}
    # the anchors names in doubt gave by their bare prior give way to what they chose
    prior = frozenset().union(*(ctx.named.get(key, frozenset()) for key in doubtful))
    out: dict[str, Context] = {}
    for key in doubtful:
        anchors = {a[0]: a for a in ctx.anchors if a[0] not in prior}
        states = {k: set(v) - prior for k, v in ctx.states.items()}
        provinces = set(ctx.provinces)
        countries = dict(ctx.countries)
        for m, c in chosen:
            if m.start in ctx.sure or fold(m.text) == key:
                continue
            if m.start in ctx.own:  # the vote follows the choice, not the bare prior
                iso3, vote = ctx.own[m.start]
                countries[iso3] = countries.get(iso3, 0.0) - vote
                if c.country:
                    countries[c.country] = countries.get(c.country, 0.0) + vote
            if c.feature == ADMIN1:
                provinces.add((c.country, c.admin1))
            elif c.feature not in (COUNTRY, CONTINENT, REGION):
                anchors[c.id] = (c.id, c.lat, c.lon)
                states.setdefault((c.country, c.admin1), set()).add(c.id)
        out[key] = Context(
            countries, sorted(anchors.values()), frozenset(provinces), ctx.dateline,
            ctx.sentences, ctx.own, {k: frozenset(v) for k, v in states.items()}, ctx.listed,
            ctx.sure, ctx.named, ctx.name_at,
        )  # fmt: skip
    return out


def resolve(
    gaz: Gazetteer,
    name: str,
    ctx: Context,
    features: frozenset[int] | None = None,
    at: tuple[int, int] | None = None,
    within: tuple[str | None, str | None] | None = None,
) -> Candidate | None:
    """The entry ``name`` most likely denotes in this context (``at``: the mention's
    sentence and start, for the sentence feature; ``within``: the country and province a
    "City, State" pattern names, which rule out candidates elsewhere when any lie there).

    A country adjective ("Canadian") gives its country before any town of that name, and a
    written abbreviation ("Calif.") its province.
    """
    fixed = adjective_country(gaz, name, ctx.countries) or gaz.abbreviation(name)
    if fixed is not None:
        return fixed
    cands = candidates(gaz, name, features)
    if within is not None:
        inside = [c for c in cands if c.country == within[0]]
        inside = [c for c in inside if within[1] is None or c.admin1 == within[1]] or inside
        cands = inside or cands
    scored = rank(cands, ctx, name, at)
    if scored:
        return scored[0][1]
    if fold(name).startswith("the "):
        return resolve(gaz, name[4:], ctx, features, at)
    return landmark(gaz, name) or _leading(gaz, name, ctx)


def adjective_country(gaz: Gazetteer, name: str, countries: dict[str, float]) -> Candidate | None:
    """The country of a country adjective ("Kenyan"). One that two countries share
    ("Congolese", "Dominican") is the one the article names more (``countries``: its
    votes), and without such a word the more populous: news of "Congolese troops" in
    Goma is of the Democratic Republic, and most "Congolese" news is."""
    c = gaz.country_of_adjective(name)
    shared = shared_adjectives().get(fold(name)) if c is not None else None
    if not shared:
        return c
    options = [o for o in map(gaz.country_by_iso3, shared) if o is not None]
    return max(options, key=lambda o: (countries.get(o.country or "", 0.0), o.population))


def landmark(gaz: Gazetteer, name: str) -> Candidate | None:
    """A building, airport or base from our table: the city it lies in."""
    row = landmarks().get(fold(name))
    if row is None:
        return None
    city, iso3, admin1 = row
    cands = [c for c in gaz.lookup(city) if c.country == iso3 and c.feature == CITY]
    cands = [c for c in cands if admin1 is None or c.admin1 == admin1] or cands
    return max(cands, key=lambda c: (c.population, -c.id), default=None)


def _leading(gaz: Gazetteer, name: str, ctx: Context) -> Candidate | None:
    """A longer name that is no gazetteer entry ("Pearson International Airport", "Kabul
    University"): the longest leading run of its words that is one."""
    words = name.replace("-", " ").split()
    if any(w.lower() in INSTITUTION_HEADS for w in words[1:]):
        return None  # "Columbia University" is not Columbia
    for n in range(len(words) - 1, 0, -1):
        scored = rank(candidates(gaz, " ".join(words[:n]), None), ctx, " ".join(words[:n]))
        if scored:
            return scored[0][1]
    return None
