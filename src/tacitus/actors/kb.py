"""The actor knowledge base: TSV data files, loaded once, indexed for longest-match lookup.

Files under ``tacitus/data/kb/`` (an analyst edits these, or adds files of their own named in
``Settings.kb`` / ``--kb``):

- ``states.tsv``: iso3, name, aliases, demonyms, capitals, metonyms (``|``-separated;
  ``=`` joins names of one institution, ``State Department=Department of State``; a metonym
  may carry a sector, ``Pentagon:MIL``; the default is GOV).
- ``actors.tsv`` (and user files): name, aliases, kind, country, sector, code, valid_from,
  valid_until. Rows sharing a name are dated roles of one actor.
- ``office_holders_2014_2026.tsv``: heads of state and government, foreign and defence
  ministers since 2014, in the same columns.
- ``leaders_1945_2014.tsv``: heads of state and government of 1945-2014 that the reference
  layer lacks (Nkrumah, Duvalier, de Gaulle, ...), dated, in the same columns.
- ``actors_petrarch2.tsv``: about 18,000 office holders since 1945 and 7,000 institutions and
  armed groups to 2014, converted from PETRARCH2 (MIT; ``NOTICE``) by
  ``tools/petrarch2kb.py``. A broad *reference layer*: indexed lazily and cached (see
  :class:`Reference`), and its people match only with a title or their country in the
  article (:func:`vet_matches`), since many of their names are also other people's.

Precedence, lowest first: the reference layer, the leaders, the office holders,
``actors.tsv``, the user's files. A name defined in several files is one actor whose later
rows win: an earlier file's roles stay only for the dates the later rows leave open.
- ``places.tsv``: large cities and first-level subdivisions whose name gives one country
  (GeoNames, CC BY 4.0; written by ``tools/places2kb.py``): name, aliases, country, kind,
  population; ``places_news.tsv`` adds, in the same columns, places of conflict and frequent
  reporting that GeoNames spells otherwise (Daraa, Fallujah, Mindanao). Matched in their own
  index (:attr:`KB.places`), never as actors, only as the country cue in an actor's own words
  ("Mumbai police") or in the passage around it.
- ``titles.tsv``: role words (title, sector, kind, gender, class).
- ``names.tsv``: given names and their usual gender.

Lookup never runs a regular expression per token: a phrase is matched by concatenating the
lower-cased token texts and walking a set of alias prefixes (longest match wins), which also
makes the match independent of how the tokenizer splits "al-Shabaab" or "U.S.".
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..parse import Parse, Token
from ..text import QUOTE_MAP, without_accents

KINDS = ("person", "state", "organisation", "group")
#: countries whose people's names put the surname first ("Xi Jinping", "Moon Jae-in")
SURNAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "HKG", "MAC"})
#: states whose press names people by the given name, which comes first ("Abhisit",
#: "Thaksin", "Yingluck"): the first word of the name matches alone too
GIVEN_NAME_CALLED = frozenset({"THA"})
#: a surname alone gives a country only if this few known people bear it (or nine in ten of
#: its bearers are of that country)
SURNAME_BEARERS = 5
#: short forms of English given names, for matching a known person's full given name
NICKNAMES = {
    "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "jim": "james",
    "mike": "michael", "tony": "anthony", "dick": "richard", "rick": "richard",
    "tom": "thomas", "joe": "joseph", "ben": "benjamin", "ted": "edward", "ed": "edward",
    "chuck": "charles", "charlie": "charles", "nick": "nicholas", "dave": "david",
    "steve": "stephen", "chris": "christopher", "andy": "andrew", "alex": "alexander",
    "jerry": "gerald", "ron": "ronald", "don": "donald", "sam": "samuel", "pat": "patrick",
    "dan": "daniel", "matt": "matthew", "larry": "lawrence", "jack": "john", "liz":
    "elizabeth", "kate": "katherine", "sue": "susan", "tim": "timothy", "greg": "gregory",
    "jeff": "jeffrey", "ken": "kenneth", "fred": "frederick", "frank": "francis",
}  # fmt: skip
#: surnames that are also words or common first names in English text
SURNAME_STOP = frozenset(
    {
        "may",
        "king",
        "young",
        "rice",
        "brown",
        "white",
        "black",
        "green",
        "ford",
        "moon",
        "price",
        "rose",
        "hope",
        "love",
        "cook",
    }
)
SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "REB", "INS", "OPP", "PTY", "CVL", "MED", "NGO"}
    | {"IGO", "BUS", "EDU", "REL", "REF", "LAB", "AGR", "ELI", "SPY", "UAF"}
)
_ACTOR_COLUMNS = (
    "name",
    "aliases",
    "kind",
    "country",
    "sector",
    "code",
    "valid_from",
    "valid_until",
)


@dataclass(frozen=True, slots=True)
class Role:
    """What an actor is during one period (ISO dates; ``None`` is open)."""

    kind: str
    country: str | None
    sector: str | None
    code: str | None
    valid_from: str | None = None
    valid_until: str | None = None

    def covers(self, date: str) -> bool:
        lo = self.valid_from or ""
        return lo <= date and (self.valid_until is None or date < self.valid_until)


@dataclass(frozen=True, slots=True)
class Entry:
    """One knowledge-base actor or cue. ``what`` says how a match is used:

    ``actor`` (a named actor: organisation, group, person, metonym), ``state`` (a country
    name), ``demonym`` ("Afghan", "Afghans"), ``capital`` ("Kabul": a government metonym only
    as an argument, a place otherwise), ``place`` (a city or province of one country: a cue
    for that country, never an actor).
    """

    name: str
    what: str
    roles: tuple[Role, ...]
    #: from a broad reference file (PETRARCH2's 20,000 office holders): a person matched only
    #: with context (see :func:`vet_matches`)
    broad: bool = False

    def role(self, date: str | None) -> Role:
        """The role valid on ``date``; the open-ended (current) one when no date is known.

        A date no row covers (before the first role, in a gap, after the last) keeps the
        kind and country of the nearest role but no sector: what it was then is unknown."""
        if date:
            day = date[:10]
            for r in self.roles:
                if r.covers(day):
                    return r
            near = min(self.roles, key=lambda r: _distance(r, day))
            return Role(near.kind, near.country, None, near.country)
        current = [r for r in self.roles if r.valid_until is None]
        return current[-1] if current else self.roles[-1]


def _distance(r: Role, day: str) -> tuple[int, str]:
    """Sort key: roles that end before ``day`` by how recently; then those that start after."""
    if r.valid_until is not None and r.valid_until <= day:
        return (0, "".join(chr(0x10FFFF - ord(c)) for c in r.valid_until))
    return (1, r.valid_from or "")


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    sector: str | None  # None: takes the sector of the organisation beside it
    kind: str  # person or group
    gender: str | None
    cls: str
    plural: bool = False  # made from a person title ("ministers"): an actor only with a cue


@dataclass(frozen=True, slots=True)
class Match:
    first: int
    last: int  # one past the last token
    value: object


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """The matching form of a token or phrase: lower case, unified quotes, no spaces."""
    return "".join(text.translate(QUOTE_MAP).lower().split())


@lru_cache(maxsize=1 << 14)  # a pure test of two strings: the same few pairs come back
def _case_ok(alias: str, surface: str, titled: bool = False) -> bool:
    """Acronyms match in their own case; the capitalised words of a name must be capitalised
    in the text ("Russia today" is not the broadcaster Russia Today). With ``titled``, an
    acronym of four letters or more also matches as one capitalised word, as British papers
    write them ("Nato", "Opec", "Unicef")."""
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        plain = "".join(surface.split())
        if titled and len(letters) >= 4 and alias.isalpha() and plain == alias.capitalize():
            return True
        return plain == "".join(alias.split())
    words, seen = alias.split(), surface.split()
    if len(words) != len(seen):
        return True
    return all(s[:1].isupper() or not w[:1].isupper() for w, s in zip(words, seen, strict=True))


@dataclass
class Reference:
    """A broad reference file (PETRARCH2's office holders), indexed without parsing its rows:
    ``keys`` maps an alias's matching form to its ``alias US name`` pairs (joined by RS: one
    string per key keeps the cached form small); ``rows`` keeps each name's raw lines, read
    into an :class:`Entry` the first time the name is matched (or merged with a curated row
    of the same name). Built once and cached, a process loads its 35,000 rows in a blink."""

    keys: dict[str, str]
    rows: dict[str, str]
    prefixes: set[str]
    longest: int
    path: str = ""
    made: dict[str, Entry] = field(default_factory=dict)
    #: names a curated file also defines: they resolve to the curated (merged) entry
    claimed: dict[str, Entry] = field(default_factory=dict)

    def pairs(self, key: str) -> list[tuple[str, str]]:
        packed = self.keys.get(key)
        if packed is None:
            return []
        return [(p.partition(_US)[0], p.partition(_US)[2]) for p in packed.split(_RS)]

    def entry(self, name: str) -> Entry:
        if name in self.claimed:
            return self.claimed[name]
        e = self.made.get(name)
        if e is None:
            e = self.made[name] = self.read(name)
        return e

    def read(self, name: str) -> Entry:
        rows = _actor_rows(self.path, self.rows[name])
        return Entry(rows[0][0], "actor", tuple(r for _, _, r in rows), broad=True)


_US, _RS = "\x1f", "\x1e"


def _reference(path: str, text: str) -> Reference:
    keys: dict[str, str] = {}
    rows: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, aliases = line.split("\t", 2)[:2]
        low = name.lower()
        if low in rows:
            rows[low] += "\n" + line
            continue
        rows[low] = line
        forms = [name, *_split(aliases)]
        forms += [s for s in map(_unhyphenated, forms) if s not in forms]
        for alias in forms:
            k, pair = norm(alias), f"{alias}{_US}{low}"
            keys[k] = f"{keys[k]}{_RS}{pair}" if k in keys else pair
    prefixes = {p for k in keys for p in _bounds(keys[k])}
    longest = max((len(k) for k in keys), default=0)
    return Reference(keys, rows, prefixes, longest, path)


_PIECES = re.compile(r"\w+|[^\w\s]")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _unhyphenated(alias: str) -> str:
    """An alias with the hyphens between letters written as spaces, as news often writes
    names ("Abdul Mahdi", "al Shabaab"); unchanged when it has none."""
    return _HYPHEN.sub(" ", alias) if "-" in alias else alias


def _bounds(packed: str) -> list[str]:
    """The matching forms of the aliases' leading pieces ("al", "al-", "al-shabaab"): the
    keys a token walk can reach, since a token never splits a run of letters or digits."""
    out = []
    for pair in packed.split(_RS):
        key = ""
        for piece in _PIECES.findall(pair.partition(_US)[0]):
            key += norm(piece)
            out.append(key)
    return out


def cache_dir() -> Path:
    """Where built indexes are kept: ``$TACITUS_CACHE`` or ``~/.cache/tacitus``."""
    env = os.environ.get("TACITUS_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "tacitus"


def load_reference(name: str) -> Reference:
    """The reference file ``name`` from the cache folder, built and cached on first use."""
    text = _read(name)
    digest = hashlib.sha256(f"{REFERENCE_FORMAT}\n{text}".encode()).hexdigest()[:16]
    path = cache_dir() / f"kb-{Path(name).stem}-{digest}.marshal"
    try:
        keys, rows, prefixes, longest = marshal.loads(path.read_bytes())
        return Reference(keys, rows, prefixes, longest, name)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no cache yet, or a damaged one: build it
    ref = _reference(name, text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(marshal.dumps((ref.keys, ref.rows, ref.prefixes, ref.longest)))
        tmp.replace(path)
    except OSError:
        pass  # a read-only home works, only slower
    return ref


#: What a word is to a :class:`PhraseIndex` (bits): the start of an alias, a whole alias.
STARTS, WHOLE = 1, 2
#: Words an index keeps what they are for before it starts afresh (a bound on memory).
WORDS_KEPT = 1 << 16

#: the last token sequence matched and its matching forms: the actors', titles' and places'
#: indexes walk the same parse one after another (one item, replaced whole: thread-safe)
_LAST_NORMS: list[tuple[object, list[str]]] = [((), [])]


def _norms(tokens: Sequence[Token]) -> list[str]:
    """The matching form of each token, computed once per token sequence in a row."""
    last = _LAST_NORMS[0]
    if last[0] is tokens:
        return last[1]
    # a word of letters and digits alone has no quote or space to unify: its lower case is
    # its form (most tokens; the cached call costs more than the lowering)
    norms = [t.text.lower() if t.text.isalnum() else norm(t.text) for t in tokens]
    _LAST_NORMS[0] = (tokens, norms)
    return norms


@dataclass
class PhraseIndex:
    """Alias -> values, matched over token sequences by concatenated normal form."""

    full: dict[str, list[tuple[str, object]]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    longest: int = 0
    #: a broad reference layer: key -> (alias, name); names become entries only when matched
    ref: Reference | None = None
    #: what each word seen is to the index (:data:`STARTS`, :data:`WHOLE`, both or neither),
    #: for the reference layer it was read with: most words of every text come back, and two
    #: lookups in the big prefix sets cost more than one in this small table
    _words: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _words_ref: Reference | None = field(default=None, repr=False, compare=False)

    def add(self, alias: str, value: object) -> None:
        self._words.clear()  # a new alias may start or be a word read before
        alias = alias.strip()
        if not alias:
            return
        key = norm(alias)
        bucket = self.full.get(key)
        if bucket is None:
            self.full[key] = [(alias, value)]
            self.prefixes.update(key[:k] for k in range(1, len(key) + 1))
            self.longest = max(self.longest, len(key))
        elif all(v is not value or a != alias for a, v in bucket):
            bucket.append((alias, value))  # "NATO" and "Nato": each with its own case rule
        if not key.isascii():
            bare = _unaccented(alias)  # "Mevlut Cavusoglu", as news often writes it
            if bare != alias:
                self.add(bare, value)
        if "-" in alias:
            spaced = _unhyphenated(alias)  # "Adil Abdul Mahdi" for "Adil Abdul-Mahdi"
            if spaced != alias:
                self.add(spaced, value)

    def match_parse(self, parse: Parse) -> list[Match]:
        """:meth:`match` over a whole parse, kept on it: the actors and events stages both
        ask for a text's places."""
        key = ("phrase_index", id(self))
        found: tuple[Match, ...] | None = parse.memo.get(key)
        if found is None:
            found = parse.memo[key] = tuple(self.match(parse.tokens))
        return list(found)

    def match(self, tokens: Sequence[Token], max_tokens: int = 12) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        n, done = len(tokens), 0
        norms = _norms(tokens)
        prefixes, full, ref, longest = self.prefixes, self.full, self.ref, self.longest
        more = ref.prefixes if ref is not None else frozenset()
        keys = ref.keys if ref is not None else {}
        kinds = self._kinds(norms)
        # most words start no name: only the others are walked from
        starts = [i for i, k in enumerate(kinds) if k & STARTS]
        for i in starts:
            if i < done or tokens[i].pos == "SPACE":
                continue
            key, best, sent = "", None, tokens[i].sent
            for j in range(i, min(n, i + max_tokens)):
                key += norms[j]
                if len(key) > longest:
                    break
                if j == i:  # the word alone: what it is was read once (``_kinds``)
                    whole = kinds[i] & WHOLE
                elif key not in prefixes and key not in more:
                    break
                else:
                    whole = key in full or key in keys
                if j + 1 < n and tokens[j].sent != sent:
                    continue
                if whole:  # a whole alias, not only the start of one
                    hit = self._hit(key, tokens, i, j)
                    if hit is not None:
                        best = Match(i, j + 1, hit)
            if best is not None:
                out.append(best)
                done = best.last
        return out

    def _kinds(self, norms: list[str]) -> list[int]:
        """What each word is to the index: the start of an alias (:data:`STARTS`), a whole
        one (:data:`WHOLE`), both or neither."""
        words = self._words
        if self._words_ref is not self.ref or len(words) > WORDS_KEPT:
            words.clear()  # (a reference layer set after a match; a long run's new words)
            self._words_ref = self.ref
        try:
            return list(map(words.__getitem__, norms))  # (in C: no Python frame a word)
        except KeyError:
            pass  # a word not read before: read the new ones
        full, prefixes = self.full, self.prefixes
        more = self.ref.prefixes if self.ref is not None else frozenset()
        keys = self.ref.keys if self.ref is not None else {}
        for k in norms:
            if k not in words:
                start = STARTS if k in prefixes or k in more else 0
                words[k] = start | (WHOLE if start and (k in full or k in keys) else 0)
        return list(map(words.__getitem__, norms))

    def _hit(self, key: str, tokens: Sequence[Token], i: int, j: int) -> object | None:
        main = self.full.get(key)
        extra = self.ref.pairs(key) if self.ref is not None else None
        if main is None and not extra:
            return None
        if i == j:  # one token (most hits): its text, one word
            surface, spaced = tokens[i].text, 1
        else:
            surface, spaced = self._spaced(tokens, i, j)
        for alias, value in main or ():
            if len(alias.split()) >= spaced and _case_ok(alias, surface, titled=True):
                return value
        for alias, name in extra or ():
            if len(alias.split()) >= spaced and _case_ok(alias, surface) and self.ref is not None:
                return self.ref.entry(name)
        return None

    @staticmethod
    def _spaced(tokens: Sequence[Token], i: int, j: int) -> tuple[str, int]:
        """The text of tokens ``i..j`` and how many words the text spaces them into."""
        surface = " ".join(t.text for t in tokens[i : j + 1])
        # words as the text spaces them: "to go" is two, never the one word "Togo" (a space
        # beside punctuation, "al - Shabaab", does not count)
        spaced = 1 + sum(
            tokens[k].start > tokens[k - 1].end
            and tokens[k].text[:1].isalnum()
            and tokens[k - 1].text[-1:].isalnum()
            for k in range(i + 1, j + 1)
        )
        return surface, spaced


@dataclass
class KB:
    actors: PhraseIndex
    titles: PhraseIndex
    genders: dict[str, str]
    by_name: dict[str, Entry]
    states: dict[str, Entry]  # iso3 -> state entry
    #: given name -> (surname, entry) of the people, for misspelt surnames
    people: dict[str, list[tuple[str, Entry]]] = field(default_factory=dict)
    #: actor name (lower case) -> every alias any file gave it
    aliases: dict[str, list[str]] = field(default_factory=dict)
    #: cities and provinces of one country (``places.tsv``), matched apart from the actors
    places: PhraseIndex = field(default_factory=lambda: PhraseIndex())

    def surname_country(self, surname: str, date: str | None = None) -> str | None:
        """The country a surname alone stands for ("Clinton", "Erdogan"): that of a curated
        person bearing it, when at most ``SURNAME_BEARERS`` known people bear it (in any
        file) and more than half of them are of that country; None otherwise ("Khan",
        "Johnson"), and for given names and words (``SURNAME_STOP``)."""
        s = norm(surname)
        curated, everyone = self._surnames
        if len(s) < 4 and s not in self._first_surnames:
            return None  # "Xi", "Li": only a surname that comes first may be that short
        given = s in self.genders and s not in self._first_surnames  # "Xi" leads a name
        if len(s) < 2 or given or s in SURNAME_STOP:
            return None
        mine = {e.role(date).country for e in curated.get(s, ())}
        country = mine.pop() if len(mine) == 1 else None
        if country is None:
            return None  # none, several, or one with no country then (Ban Ki-moon at the UN)
        people = everyone.get(s, {})
        total, mine_n = sum(people.values()), people.get(country, 0)
        if mine_n * 2 <= total or (total > SURNAME_BEARERS and mine_n * 10 < total * 9):
            return None  # shared across countries ("Khan"), or common and not all one's
        return country

    def known_surname(self, word: str) -> bool:
        """Whether some person the knowledge base knows (in any file) bears this surname."""
        return norm(word) in self._surnames[1]

    @cached_property
    def _surnames(self) -> tuple[dict[str, list[Entry]], dict[str, dict[str, int]]]:
        """Surname -> countries of the curated people; surname -> country -> people count
        over every file, the reference layer's raw rows included."""
        curated: dict[str, list[Entry]] = {}
        everyone: dict[str, dict[str, int]] = {}
        seen: set[str] = set()

        def add(name: str, country: str | None) -> None:
            words = name.split()
            if len(words) < 2 or not country or f"{name}|{country}" in seen:
                return
            seen.add(f"{name}|{country}")
            for word in _surnames_of(words, country):
                per = everyone.setdefault(word, {})
                per[country] = per.get(country, 0) + 1

        for key, e in self.by_name.items():
            if e.what == "actor" and e.roles[-1].kind == "person":
                countries = {r.country for r in e.roles if r.country}
                if len(e.name.split()) >= 2 and not e.broad and countries:
                    home = e.role(None).country or next(iter(countries))
                    for word in _surnames_of(e.name.split(), home):
                        curated.setdefault(word, []).append(e)
                for c in countries:
                    add(key, c)
        ref = self.actors.ref
        for key, lines in ref.rows.items() if ref is not None else ():
            if key in self.by_name:
                continue
            for line in lines.split("\n"):
                cols = line.split("\t")
                if len(cols) > 3 and cols[2] == "person":
                    add(key, cols[3])
        return curated, everyone

    @cached_property
    def _first_surnames(self) -> frozenset[str]:
        """Surnames of the curated people whose names put the surname first ("Xi"), and the
        given names of those their press calls by the given name ("Yingluck")."""
        return frozenset(
            norm(e.name.split()[0])
            for e in self.by_name.values()
            if e.what == "actor"
            and not e.broad
            and e.roles[-1].kind == "person"
            and len(e.name.split()) >= 2
            and any(r.country in SURNAME_FIRST | GIVEN_NAME_CALLED for r in e.roles)
        )

    def person_like(self, given: str, surname: str) -> Entry | None:
        """The one known person with this given name and a surname one letter away
        ("Abdelaziz Bouteflicka", "Laurent Gbago"), else the one office holder of the
        reference layer with this given name (or the name it is short for: "Bill" for
        "William") and surname, middle names aside ("Bill Shorten" for "William Richard
        Shorten"); None if none or several."""
        s = norm(surname)
        if len(s) < 5:
            return None
        hits = {e.name: e for known, e in self.people.get(norm(given), []) if _one_edit(s, known)}
        if hits:
            return next(iter(hits.values())) if len(hits) == 1 else None
        ref = self.actors.ref
        g = norm(given)
        names = self._ref_people.get((g, s), set()) | self._ref_people.get(
            (NICKNAMES.get(g, g), s), set()
        )
        if ref is None or len(names) != 1 or s in SURNAME_STOP:
            return None
        if sum(self._surnames[1].get(s, {}).values()) > 2:
            return None  # a common surname ("Smith"): another man of the same names
        return ref.entry(next(iter(names)))

    @cached_property
    def _ref_people(self) -> dict[tuple[str, str], set[str]]:
        """(given name, surname) -> the reference layer's people of three or more words who
        bear them (those of two are matched by name already)."""
        out: dict[tuple[str, str], set[str]] = {}
        ref = self.actors.ref
        for key, lines in ref.rows.items() if ref is not None else ():
            words = key.split()
            if len(words) < 3 or "\tperson\t" not in lines or key in self.by_name:
                continue
            out.setdefault((norm(words[0]), norm(words[-1])), set()).add(key)
        return out


#: short words inside names that do not start a double surname ("bin", "van", "del")
PARTICLES = frozenset({"bin", "ibn", "van", "von", "der", "den", "del", "dos", "das", "abu"})


def _surnames_of(words: list[str], country: str) -> list[str]:
    """The matching forms a person's surname takes: the last word; also the first where
    names put the surname first, else the last two of a longer name (a double surname);
    each also without its accents ("Lagumdžija" is written
    "Lagumdzija" too)."""
    out = [norm(words[-1])]
    if country in SURNAME_FIRST or country in GIVEN_NAME_CALLED:
        out.append(norm(words[0]))
    elif len(words) >= 3 and len(words[-2]) > 2 and words[-2].lower() not in PARTICLES:
        out.append(norm(" ".join(words[-2:])))  # "Pérez Molina", "López Obrador"
    return list(dict.fromkeys([*out, *(_unaccented(w) for w in out)]))


def _unaccented(word: str) -> str:
    """The word with its letters' accents dropped ("ž" -> "z", "ğ" -> "g", "ł" -> "l")."""
    if word.isascii():
        return word
    return without_accents(word.translate(UNDECOMPOSED))


#: letters Unicode does not split into a base letter and an accent
UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)  # fmt: skip


def _one_edit(a: str, b: str) -> bool:
    """At most one letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


def _rows(path: Path | str, text: str) -> Iterable[list[str]]:
    """Tab-separated rows (no quoting), without comments, blank lines and a header row."""
    for n, line in enumerate(text.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if n == 0 and row[0] in ("iso3", "name", "title"):
            continue
        yield [c.strip() for c in row]


def _split(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _or_none(value: str) -> str | None:
    return value or None


def _code(country: str | None, sector: str | None) -> str | None:
    if country or sector:
        return f"{country or ''}{sector or ''}"
    return None


def _actor_rows(path: Path | str, text: str) -> list[tuple[str, list[str], Role]]:
    out = []
    for row in _rows(path, text):
        row = row + [""] * (len(_ACTOR_COLUMNS) - len(row))
        name, aliases, kind, country, sector, code, since, until = row[: len(_ACTOR_COLUMNS)]
        if kind not in KINDS or (sector and sector not in SECTORS):
            raise ConfigError(
                f"{path}: bad actor row for {name!r} (kind {kind!r}, sector {sector!r})",
                hint=f"kind is one of {', '.join(KINDS)}; sector a CAMEO agent code",
            )
        c, s = _or_none(country), _or_none(sector)
        role = Role(kind, c, s, code or _code(c, s), _or_none(since), _or_none(until))
        out.append((name, _split(aliases), role))
    return out


def _add_actor_file(kb: KB, path: Path | str, text: str, broad: bool = False) -> None:
    """Add one actor file. A name a file shares with an earlier one is one actor: the later
    file's roles come first (the first role covering a date wins) and the earlier file's roles
    stay only where they overlap none of them (so a curated row overrides the reference)."""
    rows = _actor_rows(path, text)
    roles: dict[str, list[Role]] = {}
    aliases: dict[str, list[str]] = {}
    for name, al, role in rows:
        roles.setdefault(name, []).append(role)
        aliases.setdefault(name, []).extend(al)
    for name, rs in roles.items():
        old = kb.by_name.get(name.lower())
        ref = kb.actors.ref
        if old is None and ref is not None and name.lower() in ref.rows:
            old = ref.read(name.lower())
        names = [name, *aliases[name]]
        if old is not None and old.what == "actor":
            kept = [piece for r in old.roles for piece in _minus(r, rs)]
            entry = Entry(name, "actor", (*rs, *kept), broad=broad and old.broad)
            for alias in kb.aliases.get(name.lower(), []):
                _swap(kb.actors, alias, old, entry)
        else:
            entry = Entry(name, "actor", tuple(rs), broad=broad)
        kb.by_name[name.lower()] = entry
        if ref is not None and name.lower() in ref.rows:
            ref.claimed[name.lower()] = entry
        kb.aliases.setdefault(name.lower(), []).extend(names)
        if rs[-1].kind == "person" and not broad:
            for full in names:
                words = full.split()
                if len(words) >= 2:
                    kb.people.setdefault(norm(words[0]), []).append((norm(words[-1]), entry))
        for alias in names:
            if broad:
                kb.actors.add(alias, entry)  # never over a state, metonym or earlier row
            else:
                _front(kb.actors, alias, entry)


def _minus(r: Role, over: list[Role]) -> list[Role]:
    """The parts of ``r``'s period that none of ``over`` covers (an open end reaches as far
    as it can): a later file's rows cut the earlier file's roles around them."""
    pieces = [(r.valid_from or "", r.valid_until or "9999")]
    for o in over:
        lo, hi = o.valid_from or "", o.valid_until or "9999"
        cut = []
        for a, b in pieces:
            if lo >= b or hi <= a:
                cut.append((a, b))
                continue
            if a < lo:
                cut.append((a, lo))
            if hi < b:
                cut.append((hi, b))
        pieces = cut
    return [
        Role(r.kind, r.country, r.sector, r.code, a or None, None if b == "9999" else b)
        for a, b in pieces
    ]


def _swap(index: PhraseIndex, alias: str, old: Entry, new: Entry) -> None:
    bucket = index.full.get(norm(alias), [])
    for k, (a, v) in enumerate(bucket):
        if v is old:
            bucket[k] = (a, new)


def _front(index: PhraseIndex, alias: str, entry: Entry) -> None:
    """Add ``alias`` so that this entry wins over ones already there (later files override)."""
    index.add(alias, entry)
    bucket = index.full[norm(alias)]
    bucket.sort(key=lambda av: av[1] is not entry)


def _add_states(kb: KB, text: str) -> None:
    for row in _rows("states.tsv", text):
        row = row + [""] * (6 - len(row))
        iso, name, aliases, demonyms, capitals, metonyms = row[:6]
        state = Entry(name, "state", (Role("state", iso, None, iso),))
        kb.states[iso] = state
        kb.by_name[name.lower()] = state
        for alias in [name, *_split(aliases)]:
            kb.actors.add(alias, state)
        dem = Entry(name, "demonym", (Role("group", iso, None, iso),))
        for alias in _split(demonyms):
            kb.actors.add(alias, dem)
        cap = Entry(name, "capital", (Role("state", iso, "GOV", iso + "GOV"),))
        town = (Role("city", iso, None, iso),)
        for alias in _split(capitals):
            kb.actors.add(alias, cap)
            kb.places.add(alias, Entry(alias, "place", town))  # "a market in Kabul": a place
        for met in _split(metonyms):
            words, _, sector = met.partition(":")
            sector = sector or "GOV"
            names = [w.strip() for w in words.split("=") if w.strip()]
            role = Role("organisation", iso, sector, iso + sector)
            entry = Entry(names[0], "actor", (role,))
            for word in names:
                kb.actors.add(word, entry)


def _add_places(kb: KB, text: str, name: str = "places.tsv") -> None:
    """Place cues; a later file's row for a name wins (``places_news.tsv``: "Jalalabad" is the
    Afghan city the news names, not GeoNames' Kyrgyz Jalal-Abad)."""
    later = name != PLACE_FILES[0]
    for row in _rows(name, text):
        row = row + [""] * (4 - len(row))
        place, aliases, iso, kind = row[:4]
        if not iso:
            continue
        entry = Entry(place, "place", (Role(kind or "city", iso, None, iso),))
        for alias in [place, *_split(aliases)]:
            (_front if later else PhraseIndex.add)(kb.places, alias, entry)


def _add_titles(kb: KB, text: str) -> None:
    """Titles as written, then the plural of each person title as a group ("ministers")."""
    people = []
    for row in _rows("titles.tsv", text):
        row = row + [""] * (5 - len(row))
        phrase, sector, kind, gender, cls = row[:5]
        sec = None if sector in ("", "-") else sector
        title = Title(phrase, sec, kind or "person", gender or None, cls or phrase)
        kb.titles.add(phrase, title)
        if title.kind == "person":
            people.append(title)
    for t in people:
        plural = plural_of(t.phrase)
        if norm(plural) not in kb.titles.full:
            kb.titles.add(plural, Title(plural, t.sector, "group", None, t.cls, plural=True))


def plural_of(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    elif not last.endswith("."):
        last += "s"
    return f"{head} {last}".strip()


def _read(name: str) -> str:
    return resources.files("tacitus").joinpath("data", "kb", name).read_text(encoding="utf-8")


#: bump when the cached form of a reference file changes
REFERENCE_FORMAT = 4
#: broad reference files, lowest precedence (their people need context to match)
REFERENCE_FILES = ("actors_petrarch2.tsv",)
#: place cues: GeoNames' large places, then the names news writes that it lacks
PLACE_FILES = ("places.tsv", "places_news.tsv")
#: curated actor files in rising precedence; the user's ``--kb`` files come after them
ACTOR_FILES = ("leaders_1945_2014.tsv", "office_holders_2014_2026.tsv", "actors.tsv")


@lru_cache(maxsize=8)
def load_kb(extra: tuple[str, ...] = ()) -> KB:
    """The shipped knowledge base plus the user's files (later files win on a shared alias
    and on the roles of a shared name)."""
    kb = KB(PhraseIndex(), PhraseIndex(), {}, {}, {})
    _add_states(kb, _read("states.tsv"))
    for name in REFERENCE_FILES:  # one reference layer (the last file named wins)
        ref = load_reference(name)
        kb.actors.ref = ref
        kb.actors.longest = max(kb.actors.longest, ref.longest)
    for name in ACTOR_FILES:
        _add_actor_file(kb, name, _read(name))
    _add_titles(kb, _read("titles.tsv"))
    for name in PLACE_FILES:
        _add_places(kb, _read(name), name)
    for row in _rows("names.tsv", _read("names.tsv")):
        if len(row) >= 2:
            kb.genders[row[0].lower()] = row[1]
    for path in extra:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"actor knowledge-base file {path}: {exc.strerror or exc}",
                hint="--kb names a TSV file: name, aliases, kind, country, sector, code, "
                "valid_from, valid_until",
            ) from exc
        _add_actor_file(kb, p, text)
    return kb


def vet_matches(
    matches: list[Match],
    titles: list[Match],
    people: Sequence[tuple[int, int]] = (),
    places: Callable[[], set[str]] | None = None,
) -> list[Match]:
    """Drop matches of broad-reference people that nothing in the article supports.

    A name in PETRARCH2's 20,000 office holders ("Abdul Qadir", "Michael Church") is often a
    different person's. Such a match stands only with a title right before it ("Interior
    Minister ..."), or when one of that person's countries is named in the article (its
    name, a demonym or its capital), or when it is a whole name the parser reads as a person
    (``people``: PERSON entity spans) in an article that names no country and whose cities
    and provinces (``places``, asked only then) lie in none other than theirs ("Richard
    Nixon resigned"); curated entries always stand."""
    countries = {
        r.country
        for m in matches
        if isinstance(m.value, Entry) and m.value.what in ("state", "demonym", "capital")
        for r in m.value.roles
    }
    titled = {t.last for t in titles}
    out = []
    where: set[str] | None = None
    for m in matches:
        e = m.value
        if isinstance(e, Entry) and e.broad and e.roles[0].kind == "person":
            own = {r.country for r in e.roles}
            supported = m.first in titled or bool(own & countries)
            if (
                not supported
                and not countries
                and any(
                    f <= m.first and m.last <= last and m.last - m.first >= 2 for f, last in people
                )
            ):
                where = where if where is not None else (places() if places else set())
                supported = where <= own
            if not supported:
                continue
        out.append(m)
    return out
