"""The learned candidate ranker: a linear score over candidate features.

The weights live in ``data/place_ranker.json``; ``python -m tacitus.places.train`` (``make
train-places``) refits them with scikit-learn on the toponyms annotated in
``corpus/places/`` (our own news-style passages, never an evaluation corpus) and writes the
file with its meta (corpus hash, counts, held-out accuracy). Scoring is a dot product: no
scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import mul

from ..errors import ConfigError
from .gazetteer import ADMIN1, ADMIN2, CONTINENT, COUNTRY, REGION, Candidate, _data_text, fold

#: Feature names, in the order of the weight vector.
FEATURES = (
    "log_pop",  # log10(population + 1)
    "is_country",
    "is_admin1",
    "is_admin2",
    "is_continent",
    "is_region",  # our regions and seas (no population)
    "primary",  # the name is the entry's main name, not an alternate one
    "exact",  # the entry's label is the name as written (folded)
    "capital",  # a national capital
    "context",  # the entry's country's share of the article's country evidence
    "province",  # lies in a province the article names
    "near",  # within NEAR_KM of a confidently resolved place of the article
    "log_km",  # log10(1 + km to the nearest such place) / 4; 0 for countries or none
    "dateline",  # in the dateline's country
    "sentence",  # in a country the same sentence names (another toponym or an adjective)
    "state",  # in the province of another confidently resolved place ("Jackson" by Memphis)
    "listed",  # of the kind (country, province, city...) of the sure places listed beside it
    "cluster",  # the share of the article's confidently resolved places within NEAR_KM
    "support",  # the article's evidence for the entry's country, damped: v / (v + 1)
    "bare_admin2",  # a county named as written with no designator ("Kent", not "Kent County")
    "county_pop",  # log10(population + 1) of a county (admin2): among counties, people count less
)
NEAR_KM = 400.0
FILE = "place_ranker.json"


@dataclass(frozen=True)
class Evidence:
    """What the article says that bears on one mention's candidates."""

    countries: dict[str, float]
    anchors: list[tuple[int, float, float]]
    provinces: frozenset[tuple[str | None, str | None]]
    dateline: str | None = None
    sentence: frozenset[str] = frozenset()
    #: (ISO3, admin1) -> the anchors (confidently resolved places) that lie in it
    states: dict[tuple[str | None, str | None], frozenset[int]] = field(default_factory=dict)
    #: the kinds of the confidently resolved places listed beside the mention
    listed: frozenset[int] = frozenset()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _share(countries: dict[str, float], iso3: str | None) -> float:
    top = max(countries.values(), default=0.0)
    if not iso3 or top <= 1e-9:
        return 0.0
    return max(0.0, countries.get(iso3, 0.0)) / top


def features(c: Candidate, name: str, ev: Evidence | None) -> list[float]:
    """The feature vector of one candidate for a name, in :data:`FEATURES` order."""
    area = c.feature in (COUNTRY, CONTINENT, REGION)
    exact = fold(c.name) == fold(name)
    bare = float(c.feature == ADMIN2 and exact and c.primary and not _designated(name))
    x = [
        math.log10(c.population + 1),
        float(c.feature == COUNTRY),
        float(c.feature == ADMIN1),
        float(c.feature == ADMIN2),
        float(c.feature == CONTINENT),
        float(c.feature == REGION),
        float(c.primary),
        float(exact),
        float(c.capital),
    ]
    if ev is None:
        return [
            *x,
            *[0.0] * (len(FEATURES) - len(x) - 2),
            bare,
            x[0] if c.feature == ADMIN2 else 0.0,
        ]
    others = [(lat, lon) for i, lat, lon in ev.anchors if i != c.id]
    kms = [distance_km(c.lat, c.lon, lat, lon) for lat, lon in others] if not area else []
    km = min(kms, default=0.0)
    share = sum(k <= NEAR_KM for k in kms) / len(kms) if kms else 0.0
    state = not area and c.feature != ADMIN1 and _shares_state(ev, c)
    return [
        *x,
        _share(ev.countries, c.country),
        float(c.feature != ADMIN1 and (c.country, c.admin1) in ev.provinces),
        float(not area and bool(others) and km <= NEAR_KM),
        0.0 if area else math.log10(1.0 + km) / 4.0,
        float(ev.dateline is not None and c.country == ev.dateline),
        float(c.country in ev.sentence),
        float(state),
        float(c.feature in ev.listed),
        share,
        _support(ev.countries, c.country),
        bare,
        x[0] if c.feature == ADMIN2 else 0.0,
    ]


#: Last words that name a county as one ("Kent County", "Orleans Parish")
DESIGNATORS = (" county", " parish", " district", " borough", " municipality")


def _designated(name: str) -> bool:
    return fold(name).endswith(DESIGNATORS)


def _support(countries: dict[str, float], iso3: str | None) -> float:
    v = countries.get(iso3, 0.0) if iso3 else 0.0
    return v / (v + 1.0) if v > 0.0 else 0.0


def _shares_state(ev: Evidence, c: Candidate) -> bool:
    """Another anchor of the article lies in this candidate's province."""
    ids = ev.states.get((c.country, c.admin1))
    return ids is not None and c.admin1 is not None and any(i != c.id for i in ids)


@dataclass(frozen=True)
class Ranker:
    weights: tuple[float, ...]
    meta: dict[str, object]

    def score(self, x: list[float]) -> float:
        return sum(map(mul, self.weights, x))  # lengths: checked when the file is read


def parse(text: str, origin: str = FILE) -> Ranker:
    """A ranker from its JSON form; a file for other features is refused in one line."""
    try:
        data = json.loads(text)
        names, weights = tuple(data["features"]), tuple(float(w) for w in data["weights"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{origin}: not a place ranker file ({exc})") from exc
    if names != FEATURES or len(weights) != len(FEATURES):
        raise ConfigError(
            f"{origin}: its features do not match this version's",
            hint="rebuild it with `make train-places`",
        )
    return Ranker(weights, dict(data.get("meta", {})))


@lru_cache(maxsize=1)
def load() -> Ranker:
    return parse(_data_text(FILE))


_fitting: list[Ranker] = []  # weights the trainer ranks with while it fits new ones


def active() -> Ranker:
    """The weights in use: the shipped ones, or the trainer's while it fits."""
    return _fitting[-1] if _fitting else load()


@contextmanager
def fitting_with(model: Ranker) -> Iterator[None]:
    """Rank with ``model`` inside the block (the trainer's context passes)."""
    _fitting.append(model)
    try:
        yield
    finally:
        _fitting.pop()


def sentence_countries(pairs: Collection[tuple[int, str]], start: int | None) -> frozenset[str]:
    """Countries named in a sentence other than by the mention at ``start`` itself."""
    return frozenset(iso3 for s, iso3 in pairs if s != start)
