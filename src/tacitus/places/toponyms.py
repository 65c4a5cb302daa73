"""Find toponyms: gazetteer lookups over capitalised token runs, with NER as one feature.

spaCy's small model tags some places as persons ("Lashkar Gah") and misses others, so a
candidate is any run of capitalised tokens (with lower-case connectors such as "de" or
"al" inside) whose text is a gazetteer name, longest first. Guards drop runs inside a
longer person or organisation name, common words, dates, and obscure places with no
support from NER or a locative preposition ("in", "near"). The scan itself and the
article-wide passes are in :mod:`.recognise`.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..parse import Entity, Parse, Token
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
    _data_text,
    fold,
)

MAX_TOKENS = 5
CONNECTORS = frozenset({"de", "del", "da", "do", "la", "le", "al", "el", "of", "ad", "as",
                        "ash", "an", "ul", "upon", "on", "sur", "-", "'s", "e", "i", "ye",
                        "y", "am", "der", "bin", "ez", "az", "ar", "ed", "es", "en",
                        "et", "au", "aux", "du", "des", "di", "les", "sous"})  # fmt: skip
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "outside", "across", "around",
                      "through", "toward", "towards", "inside", "throughout", "via",
                      "off"})  # fmt: skip
#: Nouns after a name that make it a person's ("the Bush years", "Obama administration").
PERSON_NOUNS = frozenset({
    "administration", "administrations", "years", "era", "presidency", "campaign", "family",
    "aides", "allies", "supporters", "loyalists", "doctrine", "cabinet", "camp", "estate",
    "foundation", "memoir", "biography", "impeachment", "inauguration", "legacy",
})  # fmt: skip
#: Prepositions after which even a name NER takes for a person is a place ("in Parkes").
SITED = frozenset({"in", "near", "outside", "around", "throughout", "off"})
#: Words before "as" that make it name a where ("from as far as Toccoa", "as far away as").
REACH = frozenset({"far", "away", "north", "south", "east", "west"})
#: Prepositions that name a where only after a verb of going ("fled to", "moved from").
TOWARD = frozenset({"to", "from", "into", "toward", "towards"})
#: Verbs of going: "to" or "from" after one names a place ("drove to Cleveland"), where
#: after others it may name a person ("talked to Cleveland", "heard from Austin").
MOTION_VERBS = frozenset({
    "flee", "move", "drive", "travel", "return", "go", "come", "fly", "head", "relocate",
    "commute", "walk", "ride", "sail", "drift", "evacuate", "transfer", "deport", "airlift",
    "escape", "retreat", "advance", "march", "migrate", "emigrate", "immigrate", "arrive",
})  # fmt: skip
#: NER labels that speak for a place, and ones that rule a span out.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                              "QUANTITY", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})  # fmt: skip
#: A city this large is taken even when NER and the context say nothing.
BARE_CITY_POPULATION = 50_000
#: A place tagged PERSON by NER is kept only if it is this large, or a country or province.
PERSON_TAGGED_POPULATION = 20_000
#: Titles of members elected for a place ("Calgary MLA", "Lethbridge MP").
SEAT_TITLES = frozenset({"mla", "mp", "mpp", "mna", "mep", "councillor", "councilor",
                         "alderman", "commissioner", "assemblyman", "assemblywoman",
                         "congressman", "congresswoman", "lawmaker", "legislator", "premier",
                         "sheriff", "superintendent"})  # fmt: skip
#: Entity labels of dates and times: a name inside one is a place only as a country,
#: province or region ("Canada Day") or a city of some size by its main name.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: A city this large that ends an organisation's name is the branch's place ("CTV Edmonton").
BRANCH_CITY = 300_000
#: A one-word city that NER takes for a person stands on its own only if this large.
PERSON_TAGGED_CITY = 300_000


#: Features that stand as places on their own, without NER or a preposition.
MAJOR = frozenset({COUNTRY, ADMIN1, CONTINENT, REGION})
#: Head words of names of institutions, buildings and sites: a place-like word before one
#: ("Columbia University", "Heathrow Airport") or after "<head> of" ("University of Kent")
#: is part of that name, not a place (unless the whole name is a landmark we know).
INSTITUTION_HEADS = frozenset({
    "university", "college", "institute", "school", "academy", "polytechnic", "hospital",
    "clinic", "stadium", "arena", "museum", "church",
    "cathedral", "mosque", "temple", "synagogue", "palace", "house", "hall", "tower", "hotel",
    "bank", "times", "post", "herald", "tribune", "journal", "gazette", "chronicle", "club",
    "company", "corporation", "corp", "inc", "ltd", "group", "foundation", "united", "fc",
    "centre", "center", "prison", "jail", "bridge", "street", "road", "avenue", "square",
    "park", "zoo", "library", "studios", "records", "press", "daily", "telegraph", "observer",
    "resort", "resorts", "mall", "casino", "motel", "inn", "lodge", "restaurant", "cafe",
    "pizza", "planetarium", "highway", "boulevard", "parkway", "expressway", "freeway",
    "turnpike", "pier", "marina",
})  # fmt: skip
#: Head words of public works and services that a place's own agency is named by ("the
#: Florida Highway Patrol", "the Fulton County School Board", "the Chicago Park District"),
#: and the words that close such an agency's name.
PUBLIC_HEADS = frozenset({"highway", "school", "schools", "park", "parks", "turnpike",
                          "bridge", "port"})  # fmt: skip
AGENCY_TAILS = frozenset({"patrol", "board", "district", "department", "authority",
                          "commission", "service", "police", "system", "administration",
                          "agency", "office", "council", "division"})  # fmt: skip
#: Public services a city's name opens ("Sydney Water", "Toronto Hydro", "Dublin Bus").
UTILITY_WORDS = frozenset({"water", "hydro", "bus", "transit", "transport", "trains",
                           "metro", "airport", "airports", "police", "fire", "ambulance",
                           "energy", "power", "gas", "electric", "council"})  # fmt: skip
#: Words between a name and a school's or hospital's head word ("Lincoln High School",
#: "Jackson Memorial Hospital"): such names are mostly people's, not the town's.
INSTITUTION_MODIFIERS = frozenset({"high", "middle", "elementary", "junior", "senior",
                                   "primary", "secondary", "grammar", "memorial"})  # fmt: skip
#: Words that open football clubs' names before their town ("Real Madrid", "Atletico
#: Madrid", "Bayern Munich", "Inter Milan", "Olympique Marseille").
CLUB_PREFIXES = frozenset({"Real", "Atletico", "Atlético", "Athletic", "Sporting", "Olympique",
                           "Inter", "AC", "Borussia", "Dynamo", "Dinamo", "Spartak",
                           "Lokomotiv", "CSKA", "Racing", "Deportivo"})  # fmt: skip
#: A province this populous named before a common noun is a place without NER's label.
PROVINCE_POPULATION = 500_000
#: A province this populous is a place as a noun phrase's head without NER's label, by
#: a name of at least this many letters; HEAD_DEPS: the dependencies of such a head.
BIG_PROVINCE = 1_000_000
PROVINCE_NAME_LEN = 5
HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
#: Heads that an institution's name takes with "of" before the place ("University of Kent").
OF_HEADS = frozenset({"university", "college", "institute", "school", "academy", "bank",
                      "museum", "church", "cathedral", "hospital"})  # fmt: skip
#: An acronym this short is a place only as a country, province or region ("US", "UAE").
ACRONYM_LEN = 5
#: Compass words: before a place they name part of it ("Southern California", "Far North
#: Queensland": the place after them stands); alone they name no place ("Western powers").
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "far",
    "inner", "outer", "mid", "middle", "downtown", "rural", "coastal", "upstate", "downstate",
})  # fmt: skip
#: Compass words that only a state takes ("upstate New York" is the state, not the city).
STATE_PARTS = frozenset({"upstate", "downstate"})
#: Lower-case words that NER takes into a place's entity and that name a part of it
#: ("north Georgia", "metro Atlanta", "suburban Chicago", "Midtown Manhattan").
PART_WORDS = DIRECTIONS | {"metro", "suburban", "midtown"}
#: Words that link the items of a list ("Foua and Kfraya", "Parkes, Berry and Wyong").
LIST_LINKS = frozenset({",", "and", "or", "&", "/"})
#: The links of a list that no company's name holds ("Marks & Spencer" does).
COORDINATION = frozenset({",", "and", "or"})
#: Nouns after a name that speak for a place: its people and offices ("Tabriz residents",
#: "the Innisfail skater", "Beaconsfield Mayor ...").
LOCAL_HEADS = frozenset({
    "resident", "residents", "native", "natives", "mayor", "council", "councillor",
    "councilman", "councilwoman", "alderman", "police", "officials", "authorities",
    "suburb", "suburbs", "neighbourhood", "neighborhood", "skyline", "streets", "area",
    "townspeople", "villagers", "locals", "shops", "schools", "homeowners", "voters",
    "county", "township", "sheriff", "commissioners", "aldermen", "selectmen", "firefighters",
    "deputies", "taxpayers",
})  # fmt: skip
#: Trades a local paper names people by with their town ("a Gainesville teacher", "the
#: Innisfail skater"); companies have such people too ("a Ford engineer"), so these count
#: only where NER names no organisation.
LOCAL_TRADES = frozenset({
    "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "farmer", "farmers",
    "rancher", "ranchers", "pastor", "lawyer", "attorney", "firefighter", "officer",
    "officers", "skater", "athlete", "athletes", "artist", "artists", "veteran", "veterans",
    "physician", "dentist", "pharmacist", "restaurateur", "builder", "contractor",
    "merchant", "merchants", "shopkeeper", "fisherman", "fishermen", "pilot", "priest",
    "musician", "golfer", "runner", "swimmer", "wrestler", "boxer", "coach", "principal",
})  # fmt: skip
#: Lower-case sites after a place's name ("the Dadaab camps", "Kabul airport", "the Rafah
#: crossing"); companies have plants and mines too ("the Newmont mine"), so these count
#: only where NER names no organisation.
LOCAL_SITES = frozenset({
    "camps", "hospital", "mine", "mines", "laboratory", "refinery", "port", "airport",
    "airbase", "prison", "jail", "market", "dam", "oilfield", "checkpoint", "crossing",
    "harbour", "harbor", "seaport", "barracks",
})  # fmt: skip
#: A place's households, businesses and spokespeople ("Braselton families", "Dahlonega
#: businesses", "Malakal elders"), which count only where NER names no organisation
#: ("Ford families", "a Ford spokesman").
LOCAL_CIVIC = frozenset({
    "businesses", "families", "households", "motorists", "drivers", "commuters",
    "churches", "restaurants", "landowners", "parents", "neighbors", "neighbours",
    "lawmakers", "legislators", "hospitals", "farms", "roads", "neighborhood", "spokesman",
    "spokeswoman", "spokesperson", "officer", "officers", "leaders", "elders",
})  # fmt: skip
#: Nouns of an appositive that says what a name is ("Brno, the second city"; "Tessalit, a
#: town in northern Mali"; "Hodeidah, the rebel-held port").
APPOSITIVE_KINDS = frozenset({
    "town", "city", "village", "capital", "province", "district", "region", "state", "port",
    "suburb", "county", "hamlet", "township", "municipality", "island", "oasis", "enclave",
    "stronghold", "metropolis", "outpost", "settlement",
})  # fmt: skip
POSSESSIVE = frozenset({"'s", "’s"})
#: What follows a person's town set off after ", of" (see ``_Scan.home_of``).
HOME_ENDS = frozenset({",", ".", ";", ")"})
#: People a local paper names by their town, after "a" or "the" ("a Winder man", "the
#: Oakwood teenager"); a surname takes no such article.
LOCAL_PEOPLE = frozenset({"man", "woman", "men", "women", "teen", "teenager", "teenagers",
                          "boy", "girl", "couple", "motorist", "driver", "businessman",
                          "businesswoman", "mother", "father", "student", "toddler"})  # fmt: skip
#: Nouns whose "of" introduces a place ("the town of Karak", "villages of Foua and Kfraya").
PLACE_OF = frozenset({
    "town", "towns", "city", "cities", "village", "villages", "province", "provinces",
    "district", "districts", "county", "counties", "region", "state", "states", "suburb",
    "suburbs", "outskirts", "capital", "port", "island", "islands", "municipality",
    "community", "hamlet", "area", "governorate", "prefecture", "borough", "township",
    "parish", "republic", "kingdom", "emirate", "oblast", "residents", "people",
    "mayor", "mayors", "inhabitants", "citizens", "natives", "heart", "edge", "center",
    "centre", "downtown", "streets", "neighborhoods", "neighbourhoods", "north", "south",
    "east", "west", "northeast", "northwest", "southeast", "southwest",
})  # fmt: skip
#: Combining forms of country names before a hyphen ("Sino-American", "Franco-German",
#: "Russo-Ukrainian"): each an adjective of its country, never the town that shares its
#: spelling. "Indo-", "Anglo-" and "Afro-" are left out: they name more than a country
#: ("Indo-Pacific", "Anglo-Saxon").
COMBINING = {"Sino": "CHN", "Franco": "FRA", "Russo": "RUS", "Italo": "ITA", "Greco": "GRC",
             "Turco": "TUR", "Luso": "PRT", "Austro": "AUT", "Nippo": "JPN",
             "Polono": "POL", "Serbo": "SRB"}  # fmt: skip
#: A dateline opens an article or a sentence with its place, in capitals or not, then
#: punctuation ("BEIRUT —", "INNISFAIL -", "EDMONTON, Ky (WBKO) --").
DATELINE_PUNCT = frozenset({"—", "–", "-", "--", ":", ",", "(", "_"})
#: Dashes after an article's first word that make it a dateline in any case ("Hinesville --").
DATELINE_DASHES = frozenset({"—", "–", "--"})
#: A dateline stands in the article's first sentences (a title may come before it).
DATELINE_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character span of the name itself
    end: int
    first: int  # token span, including a designator word ("province")
    last: int
    sent: int
    text: str
    features: frozenset[int] | None  # kinds of place a designator allows, else any
    ner: str  # the NER label over the name, or ""
    located: bool  # after a locative preposition ("in", "near", ...)
    landmark: bool = False  # a building, airport or base from our table (its city stands)
    use: str = "name"  # see ``Place.use``; set after resolution
    fixed: int | None = None  # the entry a postal code after "City, " stands for ("KY")
    kind_word: bool = False  # ``last`` takes in a designator after the name ("province")
    dateline: bool = False  # the place a dateline names ("BEIRUT (Reuters) -")

    @property
    def name_end(self) -> int:
        """One past the name's own last token (before a designator word)."""
        return self.last - self.kind_word


@lru_cache(maxsize=1)
def landmarks() -> dict[str, tuple[str, str, str | None]]:
    """Folded landmark name -> (city, ISO3, admin1 or None) from ``place_landmarks.tsv``."""
    lines = [ln for ln in _data_text("place_landmarks.tsv").splitlines() if ln[:1] != "#"]
    out: dict[str, tuple[str, str, str | None]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        for name in row["name"].split("|"):
            out[fold(name)] = (row["city"], row["iso3"], row.get("admin1") or None)
    return out


@lru_cache(maxsize=1)
def postal() -> dict[str, tuple[str, str]]:
    """Postal code -> (ISO3, province) from ``place_postal.tsv`` ("KY" -> Kentucky)."""
    lines = [ln for ln in _data_text("place_postal.tsv").splitlines() if ln[:1] != "#"]
    rows = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
    return {row["code"]: (row["iso3"], row["admin1"]) for row in rows}


def postal_entry(gaz: Gazetteer, code: str) -> int | None:
    """The gazetteer entry of the province a postal code names."""
    row = postal().get(code)
    if row is None:
        return None
    hits = [c for c in gaz.lookup(row[1]) if c.feature == ADMIN1 and c.country == row[0]]
    return hits[0].id if hits else None


@lru_cache(maxsize=1)
def shared_adjectives() -> dict[str, tuple[str, ...]]:
    """Folded adjective -> the ISO3 of every country ``place_countries.tsv`` gives it, for
    the adjectives two countries share ("Congolese": both Congos; "Dominican")."""
    lines = [ln for ln in _data_text("place_countries.tsv").splitlines() if ln[:1] != "#"]
    seen: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        for adj in filter(None, (row.get("adjectives") or "").split("|")):
            seen.setdefault(fold(adj), []).append(row["iso3"])
    return {k: tuple(v) for k, v in seen.items() if len(v) > 1}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = _data_text("place_stopwords.txt").splitlines()
    return frozenset(fold(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def person_cues() -> frozenset[str]:
    lines = _data_text("place_person_cues.txt").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def teams() -> frozenset[str]:
    """Sports teams' nicknames after a place's name ("Suns", "Red Sox"): ``place_teams.txt``."""
    lines = _data_text("place_teams.txt").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def team(toks: Sequence[Token], i: int, j: int) -> bool:
    """Tokens ``i..j-1`` name a sports team's town: a nickname ends the name after them
    ("the Phoenix Suns", "Boston Red Sox fans"), or a football club's word opens it ("Real
    Madrid"), whatever NER says."""
    sent = toks[i].sent
    if i > 0 and toks[i - 1].text in CLUB_PREFIXES and toks[i - 1].sent == sent:
        return True
    for n in (2, 1):
        k = j + n
        if k > len(toks) or any(t.sent != sent for t in toks[j:k]):
            continue
        if " ".join(t.text for t in toks[j:k]) in teams():
            # "the Chicago Bulls Foundation": a longer name still
            return k == len(toks) or toks[k].sent != sent or not _capitalised(toks[k])
    return False


def _personal(parse: Parse, i: int, j: int) -> bool:
    """A title before the run, or an initial or a person's name right after it."""
    toks = parse.tokens
    before = toks[i - 1] if i > 0 and toks[i - 1].sent == toks[i].sent else None
    if before is not None and before.text.lower().rstrip(".") in person_cues():
        return True
    if before is not None and _title_chain(toks, i):
        return True
    if j < len(toks) and toks[j].sent == toks[i].sent:
        nxt = toks[j]
        if len(nxt.text) == 2 and nxt.text[0].isupper() and nxt.text[1] == ".":
            return True
        title = nxt.text.lower().rstrip(".")
        if title in person_cues() or title in SEAT_TITLES:
            return False  # "Calgary MLA Sandra Jansen": the run is the title's place
        if title in UTILITY_WORDS:
            return False  # "Sydney Water": a city's service, though NER names a person
        if nxt.ent == "PERSON" and _capitalised(nxt):
            return True
    return False


#: How many words back from a name a title may stand with its office and a given name
#: between ("Secretary of Defense Lloyd J. Austin").
TITLE_REACH = 6


def _title_chain(toks: Sequence[Token], i: int) -> bool:
    """A title, its office and a given name before the run ("Secretary of Defense Lloyd
    Austin", "U.S. Attorney General Merrick Garland"): the run ends a person's name, though
    NER may take the office and the name for an organisation. The word right before the
    run is a capitalised name in one entity with the run, not "of" ("Chief Minister of
    Punjab" names a place), nor a headline's verb ("Secretary Blinken Visits China")."""
    sent = toks[i].sent
    k = i - 1
    if not _capitalised(toks[k]) or toks[k].text.lower().rstrip(".") in person_cues():
        return False
    if toks[k].ent not in ("PERSON", "ORG") or toks[k].ent != toks[i].ent:
        return False
    while k >= max(0, i - TITLE_REACH) and toks[k].sent == sent:
        word = toks[k].text.lower().rstrip(".")
        if word in person_cues() and k < i - 1:
            return True
        if not _capitalised(toks[k]) and word not in ("of", "."):
            return False
        k -= 1
    return False


@lru_cache(maxsize=1)
def designators() -> dict[str, frozenset[int]]:
    lines = [ln for ln in _data_text("place_designators.tsv").splitlines() if ln[:1] != "#"]
    return {
        row["word"]: frozenset(FEATURES.index(f) for f in row["features"].split(","))
        for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
    }


#: French elisions that open a name's capitalised word ("Côte d'Ivoire", "Val d'Isère").
ELISIONS = ("d'", "d’", "l'", "l’")


def _capitalised(t: Token) -> bool:
    w = t.text
    return w[:1].isupper() or (w[:2] in ELISIONS and w[2:3].isupper())


def capitals(parse: Parse) -> tuple[bool, ...]:
    """Each token's :func:`_capitalised`, by index. Kept on the parse: the toponym and the
    adjective scans both walk every token of the text and ask it of each."""
    key = ("places.capitals", 0)
    caps: tuple[bool, ...] | None = parse.memo.get(key)
    if caps is None:
        caps = parse.memo[key] = tuple(map(_capitalised, parse.tokens))
    return caps


def _abbrev_dot(toks: Sequence[Token], t: Token) -> bool:
    """The full stop of a short word the tokenizer split off ("Ft" "." in "Ft. Worth")."""
    return (
        t.text == "." and t.i > 0 and toks[t.i - 1].end == t.start and len(toks[t.i - 1].text) <= 3
    )


def _longest(parse: Parse, text: str, gaz: Gazetteer, i: int, stop: int) -> int:
    """One past the last token of the longest gazetteer name starting at token ``i``."""
    toks = parse.tokens
    hi = min(stop, i + MAX_TOKENS)
    # the first token after ``i`` that cannot be inside a name, found once: a span may end
    # on it but not run past it (not every span's inner tokens read again)
    bad = i + 1
    while bad < hi - 1:
        t = toks[bad]
        if not _capitalised(t) and t.text.lower() not in CONNECTORS and not _abbrev_dot(toks, t):
            break
        bad += 1
    for j in range(min(hi, bad + 1), i, -1):
        last = toks[j - 1]
        if not _capitalised(last):
            continue
        key = fold(text[toks[i].start : last.end])
        if _office_city(parse, gaz, i, j, key):
            continue  # "the Springfield City Council": the city is Springfield
        if gaz.has(key) or key in landmarks():
            return j
    return i


#: Offices after "<Town> City" that make "City" part of the office's name.
CITY_OFFICES = frozenset({"council", "hall", "commission", "manager", "attorney", "clerk",
                          "schools", "school", "police", "court", "board", "administrator",
                          "councilman", "councilwoman", "councilor", "councillor"})  # fmt: skip


def _office_city(parse: Parse, gaz: Gazetteer, i: int, j: int, key: str) -> bool:
    """ "Springfield City Council": "Springfield City" is only an alternate name of one
    Springfield; the office belongs to the town that "Springfield" names on its own."""
    toks = parse.tokens
    if j - i < 2 or toks[j - 1].text != "City" or j >= len(toks):
        return False
    if toks[j].text.lower() not in CITY_OFFICES or toks[j].sent != toks[i].sent:
        return False
    return not any(c.primary for c in gaz.lookup(key))


def _couples(parse: Parse, ent_of: list[Entity | None]) -> set[str]:
    """First names joined to a full name by "and" ("Warwick and Ruth Dawes"): a couple of
    one surname, as local news names them, whatever town bears the first name. NER must
    take the first name for a person on its own."""
    toks = parse.tokens
    out = set()
    for ent in parse.entities:
        k = ent.first - 2
        if ent.label != "PERSON" or ent.last - ent.first < 2 or k < 0:
            continue
        one = ent_of[k]
        if toks[k + 1].text != "and" or one is None or one.label != "PERSON":
            continue
        if (one.first, one.last) == (k, k + 1) and toks[k].sent == toks[ent.first].sent:
            out.add(toks[k].text)
    return out


class _Scan:
    """One article's scan: the parse, its entities by token, and its people's name words."""

    def __init__(self, parse: Parse, text: str, gaz: Gazetteer) -> None:
        self.parse, self.text, self.gaz = parse, text, gaz
        self.ent_of: list[Entity | None] = [None] * len(parse.tokens)
        self.person_words: set[str] = set()
        self.weak: list[Mention] = []  # small towns that lack only support
        for ent in parse.entities:
            for k in range(ent.first, ent.last):
                self.ent_of[k] = ent
            if ent.label == "PERSON" and ent.last - ent.first > 1:
                toks = parse.tokens[ent.first : ent.last]
                kinds = tuple(t for t in toks if t.text.lower() in designators())
                if kinds:
                    toks = kinds  # "Children's Village Malakal": a place's kind and name
                elif toks[1].text.lower().rstrip(".") in SEAT_TITLES | person_cues():
                    toks = toks[1:]  # "Calgary MLA Sandra Jansen": Calgary names no one
                self.person_words.update(t.text for t in toks)
        self.person_words.update(_couples(parse, self.ent_of))
        #: last words of people's full names ("Halden" of "Lisa Halden")
        self.surnames = {
            parse.tokens[e.last - 1].text
            for e in parse.entities
            if e.label == "PERSON" and e.last - e.first > 1
        }

    def person_words_elsewhere(self, m: Mention) -> set[str]:
        """Words of PERSON entities other than the one over ``m``."""
        out: set[str] = set()
        for ent in self.parse.entities:
            if ent.label == "PERSON" and not (ent.first <= m.first < ent.last):
                out.update(t.text for t in self.parse.tokens[ent.first : ent.last])
        return out

    def heads_entity(self, m: Mention) -> bool:
        """A place that opens the longer name around it ("Kentucky State Police") or follows
        its "of" ("University of Manitoba"), not one that ends a person's name in it."""
        ent = self.ent_of[m.first]
        if ent is None or ent.first == m.first:
            return True
        return self.parse.tokens[m.first - 1].text.lower() in ("of", "in", "the")

    def disease(self, m: Mention) -> bool:
        """The name of a virus or disease named after a place ("Marburg virus", "Reston
        ebolavirus", "Minamata disease"), up to one lower-case word between."""
        toks = self.parse.tokens
        for k in (m.last, m.last + 1):
            if k >= len(toks) or toks[k].sent != m.sent:
                return False
            word = toks[k].text.lower()
            if word in DISEASE_HEADS or word.endswith("virus"):
                return True
            if not toks[k].text.islower():
                return False
        return False

    def notable(self, m: Mention) -> bool:
        """A country, province or region, or a city of some size by its main name."""
        cands = self.gaz.lookup(m.text)
        return any(
            c.feature in MAJOR or (c.primary and c.population >= BARE_CITY_POPULATION)
            for c in cands
        )

    def titled(self, m: Mention) -> bool:
        """The place opens a person's name and a title follows it ("Calgary MLA Sandra
        Jansen", "Ohio Gov. Mike DeWine"): the title's place, not part of the name."""
        ent = self.ent_of[m.first]
        toks = self.parse.tokens
        if ent is None or ent.first != m.first or m.last >= ent.last:
            return False
        word = toks[m.last].text.lower().rstrip(".")
        return word in person_cues() or word in SEAT_TITLES

    def county_as_district(self, m: Mention, cands: list[Candidate]) -> bool:
        """A name before "District" that only a US county bears ("the Garden District",
        "the Warehouse District"): US counties are never called districts, so the words
        name a town's quarter or a region abroad that the gazetteer lacks."""
        if self.parse.tokens[m.last - 1].text.lower() not in ("district", "districts"):
            return False
        fit = [c for c in cands if m.features is None or c.feature in m.features]
        return bool(fit) and all(c.feature == ADMIN2 and c.country == "USA" for c in fit)

    def the_name(self, m: Mention) -> bool:
        """The entity over the name is the name and "the" before it, nothing more."""
        ent = self.ent_of[m.first]
        toks = self.parse.tokens
        if ent is None or ent.last != m.last or ent.first != m.first - 1:
            return False
        return toks[ent.first].text.lower() == "the"

    def branch(self, m: Mention, cands: list[Candidate]) -> bool:
        """A country, province or large city that ends an organisation's name: the branch
        that serves it ("CBC Toronto", "Costco Canada", "Team Alberta")."""
        ent = self.ent_of[m.first]
        if ent is None or ent.label != "ORG" or ent.last != m.last:
            return False
        if _generic(m.text):
            return False  # "the Health Sciences Centre", "the Suchiate Rivers"
        big = any(c.feature == CITY and c.primary and c.population >= BRANCH_CITY for c in cands)
        return big or any(c.feature in (COUNTRY, ADMIN1) and c.primary for c in cands)

    def ner(self, i: int, j: int) -> tuple[str, bool]:
        """The entity label over tokens ``i..j-1`` and whether that entity reaches beyond,
        other than to the next item of a list it wrongly takes in ("Jackson and Banks")."""
        toks = self.parse.tokens
        for k in range(i, j):
            ent = self.ent_of[k]
            if ent is not None:
                before = ent.first < i and toks[i - 1].text.lower() not in COORDINATION
                # "north Georgia", "metro Atlanta": a part of the place, no longer name
                before = before and not all(t.text in PART_WORDS for t in toks[ent.first : i])
                after = ent.last > j and toks[j].text.lower() not in COORDINATION
                return ent.label, before or after
        return "", False

    def fragment(self, i: int, j: int) -> bool:
        """Whether the run is glued to other capitalised words ("Hutcheson Road")."""
        toks = self.parse.tokens
        before = i > 0 and toks[i - 1].sent == toks[i].sent and _capitalised(toks[i - 1])
        before = before and toks[i - 1].i != self.parse.sentences[toks[i].sent].first
        after = j < len(toks) and toks[j].sent == toks[i].sent and _capitalised(toks[j])
        return before or after

    def mention(self, i: int, j: int) -> tuple[Mention, bool]:
        toks = self.parse.tokens
        designator = designators().get(toks[j].text.lower()) if j < len(toks) else None
        if designator is not None and toks[j].sent != toks[i].sent:
            designator = None
        prev = toks[i - 1].text.lower() if i > 0 and toks[i - 1].sent == toks[i].sent else ""
        if prev == "the" and i > 1:
            prev = toks[i - 2].text.lower()
        if prev == "as" and i > 2 and toks[i - 2].text.lower() in REACH:
            prev = "to"  # "from as far as Toccoa", "as far away as Elberton": a where
        label, longer = self.ner(i, j)
        start, end = toks[i].start, toks[j - 1].end
        text = self.text[start:end]
        m = Mention(start, end, i, j + (designator is not None), toks[i].sent, text,
                    designator, label, prev in LOCATIVE, fold(text) in landmarks(),
                    kind_word=designator is not None)  # fmt: skip
        return m, longer

    def institution(self, i: int, j: int) -> bool:
        """The run begins or ends the name of an institution or building ("Columbia
        University", "University of Kent"), not a place."""
        toks = self.parse.tokens
        k = j
        while k < min(j + 2, len(toks)) and toks[k].text.lower() in INSTITUTION_MODIFIERS:
            k += 1  # "Lincoln High School", "Jackson Memorial Hospital"
        nxt = toks[k] if k < len(toks) and toks[k].sent == toks[i].sent else None
        if nxt is not None and _capitalised(nxt) and nxt.text.lower() in INSTITUTION_HEADS:
            return all(_capitalised(t) for t in toks[j:k])
        if i > 1 and toks[i - 1].text == "of" and toks[i - 2].sent == toks[i].sent:
            head = toks[i - 2]
            return _capitalised(head) and head.text.lower() in OF_HEADS
        return False

    def utility(self, m: Mention) -> bool:
        """The place and one word of a public service make up the whole entity ("Sydney
        Water", "Toronto Hydro", "Dublin Bus"): no person bears such a surname."""
        ent = self.ent_of[m.first]
        toks = self.parse.tokens
        if ent is None or ent.first != m.first or ent.last != m.last + 1:
            return False
        return toks[m.last].text.lower() in UTILITY_WORDS

    def public_office(self, m: Mention) -> bool:
        """A state, country, large city or county before a public body whose name holds a
        building's or institution's word ("the Florida Highway Patrol", "the Fulton County
        School Board"): the body is the place's own government, unlike "Columbia University"."""
        toks = self.parse.tokens
        k = m.last
        if k + 1 >= len(toks) or toks[k + 1].sent != m.sent:
            return False
        head, tail = toks[k].text.lower(), toks[k + 1].text.lower()
        if head not in PUBLIC_HEADS or tail not in AGENCY_TAILS or not _capitalised(toks[k + 1]):
            return False
        return self.designated(m) or self.notable(m)

    def acronym(self, m: Mention) -> bool:
        """An agency's acronym ("NASA") that spells a village; a dateline ("GAZA -") is not
        one: it opens its sentence before punctuation."""
        t = m.text
        if not (t.isupper() and t.isalpha() and len(t) <= ACRONYM_LEN):
            return False
        toks = self.parse.tokens
        opens = m.first == self.parse.sentences[m.sent].first
        return not (opens and m.last < len(toks) and not toks[m.last].text[:1].isalnum())

    def subject_person(self, m: Mention) -> bool:
        """One word that NER takes for a person and that is the subject of a verb ("Abe
        said"): a surname, not a town."""
        tok = self.parse.tokens[m.first]
        if m.ner != "PERSON" or m.last - m.first != 1 or not tok.dep.startswith("nsubj"):
            return False
        return not self.paired_with_no_person(m)

    def paired_with_no_person(self, m: Mention) -> bool:
        """Joined by "and" or "or" to a capitalised name NER takes for no person ("Devon
        and Cornwall police", "Jordan and Egypt said"), or that NER leaves unlabelled but
        the gazetteer holds ("Buford and Cumming have grown", "Cumming and Buford have
        grown"): people are paired with people."""
        toks = self.parse.tokens
        links = ("and", "or")
        k, i = m.last, m.first - 1
        after = k + 1 < len(toks) and toks[k].text.lower() in links
        before = i > 0 and toks[i].text.lower() in links
        return (after and self._no_person(toks[k + 1], m.sent)) or (
            before and self._no_person(toks[i - 1], m.sent)
        )

    def _no_person(self, t: Token, sent: int) -> bool:
        """A capitalised word of the sentence NER labels as no person: a place's, an
        organisation's, or none, where the gazetteer holds it."""
        if t.sent != sent or not _capitalised(t) or t.ent == "PERSON":
            return False
        return t.ent != "" or self.gaz.has(fold(t.text))

    def dateline(self, m: Mention) -> bool:
        """A name in capitals that opens the article or a sentence before punctuation
        ("BEIRUT —", "WASHINGTON (AP)"): the dateline's place."""
        toks = self.parse.tokens
        if m.first == 0 and m.last < len(toks) and toks[m.last].text in DATELINE_DASHES:
            return not m.text.islower() and m.text not in self.person_words  # "Hinesville --"
        if not m.text.isupper() or len(m.text) < 3 or m.sent > DATELINE_SENTENCES:
            return False  # "HARVEY: ..." further down is a speaker in a transcript
        if m.first != self.parse.sentences[m.sent].first:
            return False
        nxt = toks[m.last].text if m.last < len(toks) else ""
        if nxt in DATELINE_PUNCT or nxt[:1] in DATELINE_PUNCT:
            return True
        big = max((c.population for c in self.gaz.lookup(m.text)), default=0)
        return m.first == 0 and big >= BARE_CITY_POPULATION  # "WASHINGTON Barack Obama ..."

    def cued(self, m: Mention) -> bool:
        """A noun of a place's people or offices after it ("Tabriz residents"), or a place
        noun and "of" before it ("the town of Karak")."""
        toks = self.parse.tokens
        k = m.last
        if k + 1 < len(toks) and toks[k].text in POSSESSIVE and toks[k].sent == m.sent:
            k += 1  # "Dahlonega's mayor", "Cumming's police chief"
        if k < len(toks) and toks[k].sent == m.sent and toks[k].text.lower() in LOCAL_HEADS:
            return not toks[k].text.isupper()
        people = k < len(toks) and toks[k].sent == m.sent and toks[k].text in LOCAL_PEOPLE
        trade = k < len(toks) and toks[k].sent == m.sent and toks[k].text in LOCAL_TRADES
        local = LOCAL_SITES | LOCAL_CIVIC
        if k == m.last and k < len(toks) and toks[k].text in local and m.ner != "ORG":
            return toks[k].sent == m.sent
        if people or (trade and m.ner != "ORG"):
            before = toks[m.first - 1].text.lower() if m.first > 0 else ""
            opens = m.first == self.parse.sentences[m.sent].first  # a headline's
            return (before in ("a", "an", "the") or opens) and k == m.last  # "a Commerce teenager"
        i = m.first
        if i > 1 and toks[i - 1].text == "of" and toks[i - 2].sent == m.sent:
            return toks[i - 2].text.lower() in PLACE_OF or self.home_of(m)
        return self.appositive(m)

    def home_of(self, m: Mention) -> bool:
        """A person's town set off by commas after "of" ("The driver, of Oakwood, was
        hurt"; "his son, of Lula."): how a local paper says where people live."""
        toks = self.parse.tokens
        i, k = m.first, m.last
        if i < 2 or toks[i - 2].text != "," or k >= len(toks):
            return False
        return toks[k].text in HOME_ENDS

    def appositive(self, m: Mention) -> bool:
        """A comma and "a" or "the" with a kind of place after the name ("Brno, the second
        city"), the kind word no modifier itself ("Smith, the city council member", "Jones,
        the town's mayor")."""
        toks = self.parse.tokens
        k = m.last
        if k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].sent != m.sent:
            return False
        if toks[k + 1].text.lower() not in ("a", "an", "the"):
            return False
        for n in range(k + 2, min(k + 7, len(toks))):
            t = toks[n]
            if t.sent != m.sent:
                return False
            after = toks[n + 1] if n + 1 < len(toks) else None
            if t.text.lower() in APPOSITIVE_KINDS:
                if after is not None and after.text.lower() in APPOSITIVE_KINDS:
                    continue  # "the state capital"
                return after is None or (
                    after.pos not in ("NOUN", "PROPN", "PART") and after.text not in POSSESSIVE
                )
            if t.pos not in ("ADJ", "ADV", "NUM", "NOUN", "PUNCT", "VERB") or t.text == ",":
                return False
        return False

    def designated(self, m: Mention) -> bool:
        """A name with its kind of place in it or after it ("Barren County")."""
        return m.features is not None or fold(m.text).rsplit(" ", 1)[-1] in designators()

    def surname(self, m: Mention) -> bool:
        """Followed by a noun that a person's name modifies ("the Obama administration")."""
        k = m.last
        toks = self.parse.tokens
        return k < len(toks) and toks[k].sent == m.sent and toks[k].text in PERSON_NOUNS

    def sited(self, m: Mention) -> bool:
        """After "in", "at" or "near": a where, unlike "to" or "from" a person; but "to" or
        "from" after a verb of going is a where too ("fled to Dawsonville")."""
        toks = self.parse.tokens
        i = m.first - 1
        if i >= 0 and toks[i].text.lower() == "the":
            i -= 1
        if i < 0 or toks[i].sent != m.sent:
            return False
        word = toks[i].text.lower()
        return word in SITED or (word in TOWARD and toks[toks[i].head].lemma in MOTION_VERBS)

    def supported(self, m: Mention, longer_entity: bool) -> bool:
        """The guards: may this gazetteer match stand as a place?

        A prominent place (a country, province, region or large city) may sit inside an
        organisation's name ("Kentucky State Police") and survives a wrong NER label; a
        small town must not be glued to other capitalised words ("Hutcheson Road"). A small
        town that only lacks support is kept in ``self.weak``: a list it stands in with
        other places may still take it (:func:`_rescue`).
        """
        if _personal(self.parse, m.first, m.name_end):
            return False
        if m.landmark:
            return True
        if self.disease(m):
            return False  # "Marburg virus", "Reston ebolavirus": a disease's name
        if self.institution(m.first, m.name_end) and not self.public_office(m):
            return False
        key = fold(m.text)
        single = " " not in key
        plural_kind = m.kind_word and self.parse.tokens[m.last - 1].text.endswith("s")
        if single and key in PART_WORDS and (m.features is None or plural_kind):
            return False  # "Western powers", "Western states", "Metro": a direction, no place
        if single and key in LANDFORM_WORDS and self.fragment(m.first, m.last):
            return False  # "Lake Lanier", "Port Fourchon": the first word of a longer name
        if single and key in designators():
            return False  # "SOS Village", "the City": a kind of place, not one of its names
        if single and key in stopwords() and not m.kind_word:
            # "Reading", but "Hall counties", and "a man from Independence" that NER names
            # (a town of some size by its main name: "in Hall" is no town of note)
            if m.ner != "GPE" or not self.object_of_where(m) or self.fragment(m.first, m.last):
                return False
            cities = (c for c in self.gaz.lookup(m.text) if c.feature == CITY and c.primary)
            return max((c.population for c in cities), default=0) >= PERSON_TAGGED_POPULATION
        if self.dateline(m):
            return True
        if m.ner == "PERSON" and longer_entity and self.hometown(m):
            return True  # "Leonard of Ada, Oklahoma": NER's name, our town
        if m.ner == "PERSON" and longer_entity and self.titled(m) and self.notable(m):
            return True  # "Calgary MLA Sandra Jansen": the member for Calgary
        if m.ner == "PERSON" and longer_entity and self.utility(m) and self.notable(m):
            return True  # "Sydney Water": NER's person, the city's water board
        propn = self.parse.tokens[m.first].pos == "PROPN"
        if single and not propn and m.ner not in PLACE_LABELS and not self.cued(m):
            return False
        if single and m.text in self.person_words and m.ner not in ("GPE", "LOC"):
            return False  # "Obama" after "Barack Obama": a surname, not a town
        cands = self.gaz.lookup(m.text)
        if single and self.surname_echo(m, cands):
            return False
        major = any(c.feature in MAJOR for c in cands)
        big = self.size(m, cands)
        if not major and self.acronym(m):
            return False
        if not major and m.ner in TIME_LABELS:
            by_name = (c.population for c in cands if c.feature == CITY and c.primary)
            if max(by_name, default=0) < BARE_CITY_POPULATION:
                return False  # "Jan. 5": a month, not a town that "Jan" is another name of
        if not major and big < PERSON_TAGGED_CITY and self.subject_person(m):
            return False  # "Abe said"; but "Edmonton was the only city ..."
        if m.kind_word and self.county_as_district(m, cands):
            return False  # "the Garden District": a town's quarter, not Garden County
        if m.features is not None and not longer_entity:
            return True  # "the Cairns district", "Heze city": the word says what it is
        # only small towns bear the name (not "Cornwall", a county too)
        villages = all(c.feature == CITY for c in cands) and big < BARE_CITY_POPULATION
        if single and m.ner == "NORP" and villages and self.peoples_word(m):
            return False  # "the Arab street", "Mayan temples": a people's word
        prominent = any(c.feature in MAJOR and c.primary for c in cands)
        prominent = prominent or big >= BARE_CITY_POPULATION
        if m.ner == "PERSON":
            if longer_entity:
                return False
            if self.sited(m) or self.qualified(m) or self.cued(m):
                return True
            if single and not major and self.surname(m) and big < PERSON_TAGGED_CITY:
                return False  # "the Bush years": a town of 136,000, but a president here
            named = max((c.population for c in cands if c.feature == CITY and c.primary), default=0)
            if prominent or major or named >= PERSON_TAGGED_POPULATION:
                return True  # by its main name: "Mazagan" is an old name of El Jadida
            if single:  # a small town NER takes for a person: a list may say more
                self.weak.append(m)
            return False
        if prominent:
            return not longer_entity or self.heads_entity(m) or self.branch(m, cands)
        if major and longer_entity and self.the_name(m):
            return True  # "the Basque Country": a province by another name, "the" taken in
        if longer_entity and self.designated(m) and self.heads_entity(m):
            return True  # "Metcalfe County Sheriff's Office": the county's own office
        if longer_entity and m.ner == "ORG" and self.cued(m) and self.heads_entity(m):
            return True  # "the Blue Ridge council": the town's own council
        if m.ner in NOT_PLACE_LABELS or (longer_entity and m.ner in ("ORG", "WORK_OF_ART")):
            return False
        if self.cued(m):
            return True
        glued = m.ner not in ("GPE", "LOC") and self.fragment(m.first, m.last)
        if glued and not self.designated(m):
            return False
        # a name of several words is rarely an accident; one word needs support
        supported = not single or m.ner in PLACE_LABELS or m.features is not None or m.located
        if supported or self.qualified(m):
            return True
        if single and (self.province_modifier(m, cands) or self.province_named(m, cands)):
            return True  # "the Tigray war", "annexed Crimea": English names NER missed
        self.weak.append(m)
        return False

    def surname_echo(self, m: Mention, cands: list[Candidate]) -> bool:
        """The surname of a person the article names in full ("Nurse Lisa Halden ... Halden
        worked nights"), alone where no preposition of place, province after a comma or place noun
        makes it a where: the person, though NER calls the word a place, where only small
        towns bear it (not "Houston" after "Whitney Houston")."""
        if m.text not in self.surnames or m.located or self.qualified(m) or self.cued(m):
            return False
        towns = [c for c in cands if c.feature in (CITY, ADMIN2)]
        return len(towns) == len(cands) and all(
            c.population < BARE_CITY_POPULATION for c in towns if c.feature == CITY
        )

    def province_modifier(self, m: Mention, cands: list[Candidate]) -> bool:
        """A proper noun that names a large province, by its English name too ("Tigray",
        "Bavaria", "Sichuan": alternates of "Tigrai", "Bayern", "Sichuan Sheng"), modifying a
        common noun ("the Tigray war", "Sichuan farmers"): the province's own war,
        government or crops, where NER, seeing no place, gives no label."""
        tok = self.parse.tokens[m.first]
        head = self.parse.tokens[tok.head]
        if tok.pos != "PROPN" or tok.dep != "compound" or head.pos != "NOUN":
            return False
        return any(c.feature == ADMIN1 and c.population >= PROVINCE_POPULATION for c in cands)

    def province_named(self, m: Mention, cands: list[Candidate]) -> bool:
        """A proper noun that names a province of millions as a noun phrase's head ("Russia
        annexed Crimea", "troops left Chechnya"), which NER took for an organisation or left
        unlabelled: a province's English name (an alternate of "Avtonomna Respublika
        Krym"). Short words and capitals ("Ten", "MEL") stay out: alternates hold them."""
        tok = self.parse.tokens[m.first]
        if m.ner not in ("ORG", "") or tok.pos != "PROPN" or tok.dep not in HEAD_DEPS:
            return False
        if len(m.text) < PROVINCE_NAME_LEN or not m.text.istitle():
            return False
        return any(c.feature == ADMIN1 and c.population >= BIG_PROVINCE for c in cands)

    def peoples_word(self, m: Mention) -> bool:
        """A word NER takes for a people's that modifies a common noun ("across the Arab
        street", "Mayan temples"), or that no preposition of place nor province after a
        comma makes a where ("from Kibaha", "Mwanga, Tanzania")."""
        toks = self.parse.tokens
        tok = toks[m.first]
        head = toks[tok.head]
        modifier = tok.dep in ("amod", "compound", "nmod")
        if self.qualified(m) or (m.located and not (modifier and head.pos == "NOUN")):
            return False
        return modifier or head.pos == "NOUN"

    def glued_names(self, m: Mention) -> bool:
        """A proper noun stands right before or after the name in its sentence ("Big Oil",
        "Human Rights Watch"; not "Though Bombay had")."""
        toks = self.parse.tokens
        near = (toks[k] for k in (m.first - 1, m.last) if 0 <= k < len(toks))
        return any(t.sent == m.sent and t.pos == "PROPN" and _capitalised(t) for t in near)

    def size(self, m: Mention, cands: list[Candidate]) -> int:
        """The largest city a name may be. A word glued to other capitalised words that NER
        names no place counts only the cities it is the main name of: an alternate spelling
        that is an English word ("Big Oil" for Biga, "Human Rights" for Uman, "the Drug
        Task Force" for Durg) says nothing of a town, where "Bombay is" still does."""
        main = m.ner in ("GPE", "LOC") or " " in m.text or not self.glued_names(m)
        # a word NER names nothing and no preposition of place governs, nor a verb as its
        # subject ("Molotov cocktails"; not "Rio is"): only a town it is the main name
        # of, not an old name of Perm
        subject = self.parse.tokens[m.first].dep in ("nsubj", "nsubjpass")
        main = main and (m.ner != "" or m.located or subject or " " in m.text)
        cities = (c for c in cands if c.feature == CITY and (main or c.primary))
        return max((c.population for c in cities), default=0)

    def object_of_where(self, m: Mention) -> bool:
        """The object of "in", "near", "outside" or "from" ("a man from Independence"), not
        a modifier after one ("in EU parliament") nor after "to" ("according to Xinhua")."""
        toks = self.parse.tokens
        i = m.first - 1
        if i < 0 or toks[m.name_end - 1].dep != "pobj":
            return False
        return toks[i].text.lower() in SITED or toks[i].text.lower() == "from"

    def strong(self, m: Mention) -> bool:
        """Found with evidence of its own: NER's place label, a preposition of place, a
        place's people or offices, a word that says what kind of place it is, or its
        province or country after a comma ("La Paz, Bolivia", whatever NER says); the
        preposition and the people's nouns only where NER did not name an organisation
        ("Hydro officials", "to Prate")."""
        if m.ner in ("GPE", "LOC") or m.features is not None or self.qualified(m):
            return True
        return m.ner not in ("ORG", "PERSON") and (m.located or self.cued(m))

    def echo_barred(self, m: Mention) -> bool:
        """The guards a repeated place name must still pass (see :func:`_echoes`)."""
        toks = self.parse.tokens
        first, last = m.first, m.name_end
        if _personal(self.parse, first, last) or self.disease(m) or self.institution(first, last):
            return True
        if self.surname(m) or self.subject_person(m) or self.acronym(m):
            return True
        if m.text in self.person_words and m.ner not in ("GPE", "LOC"):
            return True  # "Jordan" the country, and "Michael Jordan" too
        if m.last - m.first == 1 and self.surname_echo(m, self.gaz.lookup(m.text)):
            return True
        if m.last - m.first == 1 and toks[first].pos != "PROPN" and m.ner not in PLACE_LABELS:
            return True
        return self.fragment(first, last) and not self.designated(m)

    def hometown(self, m: Mention) -> bool:
        """A person's town after "of" that NER takes into the person's name: before its
        province or country ("his brother Leonard of Ada, Okla."), or a town of some size
        ending the name ("a daughter, Mary of Tulsa")."""
        toks = self.parse.tokens
        if m.first == 0 or toks[m.first - 1].text != "of":
            return False
        ent = self.ent_of[m.first]
        ends = ent is not None and ent.last == m.name_end
        return self.qualified(m) or (ends and self.notable(m))

    def qualified(self, m: Mention) -> bool:
        """Followed by a comma and a province or country ("Paris, Texas"; "Kut, Iraq")."""
        toks = self.parse.tokens
        k = m.last
        if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].sent != m.sent:
            return False
        if toks[k + 1].text in self.gaz.abbreviations:
            return True
        for n in range(min(3, len(toks) - k - 1), 0, -1):
            span = toks[k + 1 : k + 1 + n]
            if not all(_capitalised(t) for t in span):
                continue
            key = self.text[span[0].start : span[-1].end]
            if any(c.feature in (ADMIN1, COUNTRY) for c in self.gaz.lookup(key)):
                return True
        return False


def _abbreviated(parse: Parse, gaz: Gazetteer, i: int) -> Mention | None:
    """A province's abbreviation: "Calif." anywhere but a sentence's start (or right after
    "City, ", where a sentence splitter may have cut), where "Miss." and "Wash." are words;
    one no word is spelt like ("NSW", "N.Y.") anywhere; "Ky" and "KY" only after "City, "."""
    toks = parse.tokens
    tok = toks[i]
    comma = i > 1 and toks[i - 1].text == "," and _capitalised(toks[i - 2])
    opens = i == parse.sentences[tok.sent].first
    word = tok.text
    wordlike = not (word.isupper() and word.isalpha() and len(word) >= 3) and "." not in word[:-1]
    if word in gaz.abbreviations and (not opens or comma or not wordlike):
        return Mention(tok.start, tok.end, i, i + 1, tok.sent, tok.text, None, tok.ent, False)
    if not comma:
        return None
    if f"{tok.text}." in gaz.abbreviations:  # "EDMONTON, Ky (WBKO)"
        return Mention(tok.start, tok.end, i, i + 1, tok.sent, f"{tok.text}.", None, tok.ent,
                       False)  # fmt: skip
    entry = postal_entry(gaz, tok.text) if tok.text.isupper() else None
    if entry is None:
        return None
    return Mention(tok.start, tok.end, i, i + 1, tok.sent, tok.text, frozenset({ADMIN1}),
                   tok.ent, False, fixed=entry)  # fmt: skip


#: Nouns after a place's name that make it a disease's ("Marburg virus", "Minamata disease").
DISEASE_HEADS = frozenset({"virus", "viruses", "fever", "disease", "syndrome", "encephalitis",
                           "strain", "variant", "virion"})  # fmt: skip
#: Common nouns that name places too ("Centre" in Burkina Faso, "Rivers" in Nigeria).
GENERIC = frozenset({"river", "rivers", "lake", "lakes", "mountain", "mountains", "hills",
                     "valley", "island", "islands", "coast", "bay", "delta", "plains"})  # fmt: skip


#: Words that open or close names of landforms and settlements ("Lake Lanier", "Port
#: Fourchon", "Cape Cod"): alone, glued to another capitalised word, they are part of that
#: name, not the county or village that bears the bare word.
LANDFORM_WORDS = GENERIC | {"port", "fort", "mount", "cape", "point", "isle", "glen",
                            # a landform's head after its name ("Baker Beach", "the Iveragh
                            # Peninsula"): no town called Beach or Peninsula
                            "peninsula", "beach", "crater", "desert", "canyon", "gorge",
                            "creek", "falls", "reef", "glacier", "swamp", "bayou", "inlet",
                            "lagoon", "plateau", "shoal", "harbor", "harbour", "cove",
                            "marsh", "dunes"}  # fmt: skip


#: Capitalised head words after a name that make the run a landform's name ("the Savannah
#: River", "Tar River"), as in :mod:`.unlisted`.
LANDFORM_HEADS = frozenset({
    "River", "Creek", "Lake", "Island", "Islands", "Bay", "Valley", "Mountain", "Mountains",
    "Peak", "Falls", "Canyon", "Shoal", "Reef", "Glacier", "Swamp", "Bayou", "Sound", "Inlet",
    "Lagoon", "Plateau", "Peninsula", "Beach", "Desert", "Crater", "Gorge",
})  # fmt: skip
# (not "Harbor": a harbour takes its name from the town on it, "Boston Harbor")


def _generic(name: str) -> bool:
    """A one-word name that is a common noun of institutions or landforms."""
    key = fold(name)
    return key in INSTITUTION_HEADS or key in GENERIC or key in designators()


def combining(parse: Parse, i: int) -> str | None:
    """The country of a combining form at token ``i`` ("Sino" before "-American")."""
    toks = parse.tokens
    iso3 = COMBINING.get(toks[i].text)
    if iso3 is None or i + 2 >= len(toks) or toks[i + 1].text not in ("-", "–"):
        return None
    nxt = toks[i + 2]
    return iso3 if nxt.start == toks[i + 1].end == toks[i].end + 1 else None


def _prefixed(gaz: Gazetteer, tok: Token) -> Mention | None:
    """A country or province glued to a participle in one token ("U.S.-led", "UK-based"):
    the name before the hyphen."""
    name, dash, rest = tok.text.rpartition("-")
    if not dash or not name or not rest.islower() or gaz.has(fold(tok.text)):
        return None
    if not any(c.feature in MAJOR for c in gaz.lookup(name)) and gaz.abbreviation(name) is None:
        return None
    return Mention(tok.start, tok.start + len(name), tok.i, tok.i + 1, tok.sent, name, None,
                   tok.ent, False)  # fmt: skip


def _in_persons_name(toks: Sequence[Token], k: int) -> bool:
    """Token ``k`` is part of a person's name of several words ("Mike German"): NER's
    PERSON label on a lone adjective ("Ugandan and Tanzanian leaders") is a slip, unless
    it is a verb's subject ("French said": a surname)."""
    if toks[k].ent != "PERSON":
        return False
    after_article = k > 0 and toks[k - 1].text.lower() in ("the", "a", "an")
    if toks[k].dep.startswith("nsubj") and not after_article:
        return True  # "the Bangladeshi and Sri Lankan workers": no surname takes "the"
    return any(
        0 <= n < len(toks) and toks[n].ent == "PERSON" and _capitalised(toks[n])
        for n in (k - 1, k + 1)
    )


def _whole_person(toks: Sequence[Token], i: int, j: int) -> bool:
    """Tokens ``i..j-1`` are labelled PERSON and the label reaches no further."""
    if any(t.ent != "PERSON" for t in toks[i:j]):
        return False
    before = i > 0 and toks[i - 1].ent == "PERSON" and toks[i - 1].sent == toks[i].sent
    after = j < len(toks) and toks[j].ent == "PERSON" and toks[j].sent == toks[i].sent
    return not before and not after


def adjectives(parse: Parse, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Demonyms and adjectives of places ("Afghan", "North Korean", "European", "Texan"):
    (start, end, ISO3), the ISO3 empty for a place in no one country ("European")."""
    out = []
    toks = parse.tokens
    caps = capitals(parse)  # each token's case read once, not at every test
    k = 0
    while k < len(toks):
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
        pair = nxt is not None and caps[k] and caps[k + 1]
        third = toks[k + 2] if pair and k + 2 < len(toks) else None
        if nxt is not None and third is not None and third.sent == t.sent:
            c = gaz.country_of_adjective(f"{t.text} {nxt.text} {third.text}")
            if c is not None:  # "South East Asian", "Papua New Guinean": whatever NER says
                out.append((t.start, third.end, c.country or ""))
                k += 3
                continue
        if pair and nxt is not None and _whole_person(toks, k, k + 2):
            # "Sri Lankan police": NER's person is the two-word adjective itself
            c = gaz.country_of_adjective(f"{t.text} {nxt.text}")
            if c is not None:
                out.append((t.start, nxt.end, c.country or ""))
                k += 2
                continue
        if not caps[k] or _in_persons_name(toks, k):
            k += 1
            continue
        if nxt is not None and caps[k + 1] and not _in_persons_name(toks, k + 1):
            c = gaz.country_of_adjective(f"{t.text} {nxt.text}")  # "North Korean"
            if c is not None:
                out.append((t.start, nxt.end, c.country or ""))
                k += 2
                continue
        c = gaz.country_of_adjective(t.text)
        if c is not None:
            out.append((t.start, t.end, c.country or ""))
        elif (iso3 := combining(parse, k)) is not None:
            out.append((t.start, t.end, iso3))
        k += 1
    return out


def weight(population: int) -> float:
    """A place's prior weight from its population (log scale)."""
    return math.log10(population + 1)
