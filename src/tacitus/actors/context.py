"""The country a passage is about, for actors whose own words name none.

"The president", "parliament", "police", "the opposition", "protesters": CAMEO and PLOVER
coders give such an actor the country of the story. In order: the dateline ("KABUL:"), else
the one country named in the same sentence, else the one the paragraph is mostly about,
else the article's dominant country; none when the evidence is split (two countries named
in the sentence, or no country named clearly more often than the others).

In a sentence split between countries, police, crowds, workers and other bodies that act
where they stand take the country of the one place their own clause puts the act in
(:func:`clause_country`).

Also here: place names inside other names that must not give a country ("New Mexico",
"Papua New Guinea" as written without its KB name, "Russian-born", "Jordan Peterson",
"Georgia" next to US states), dropped from the knowledge-base matches before any rule reads
them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..parse import Parse, Token
from ..places import gazetteer
from ..places.gazetteer import ADMIN1, ADMIN2, CITY
from ..places.toponyms import POSSESSIVE, team
from .kb import KB, Entry, Match, Role, norm

if TYPE_CHECKING:
    from .mention import Context, Mention

#: Sectors of bodies that act at home: they take the country the passage is about.
DOMESTIC = frozenset(
    {"GOV", "MIL", "COP", "JUD", "OPP", "PTY", "CVL", "REB", "INS", "LAB", "EDU", "REL", "AGR"}
    | {"ELI", "SPY", "UAF"}
)
#: Words that say a body is not of the country it stands in ("foreign troops in Mali").
FOREIGN = frozenset(
    {"foreign", "international", "western", "coalition", "multinational", "allied", "overseas"}
)
#: Words that make a place name inside them some other place ("New Mexico", "Nova Scotia").
PLACE_PREFIXES = frozenset({"new", "nova"})
#: "Russian-born", "Iran-based": the country is an origin or a base, not the actor's own.
ORIGIN_SUFFIXES = frozenset({"born", "raised", "descended", "educated", "made"})
#: US states whose names are also countries; read as the state next to another US state.
US_STATES = frozenset(
    {"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
     "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
     "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
     "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
     "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
     "wisconsin", "wyoming", "atlanta", "savannah"}
)  # fmt: skip
PLACE_KINDS = ("state", "demonym", "capital", "place")
#: words before a US party's name or adjective that make it another party's ("Social
#: Democrats", "Christian Democrat", "Sweden Democrats", "Liberal Democrats")
PARTY_PREFIXES = frozenset(
    {"social", "christian", "liberal", "free", "new", "national", "progressive", "popular",
     "sweden", "european", "united", "people's", "young"}
)  # fmt: skip


#: Words after "foreign" or "international" that make an office of the country's own
#: ("the foreign minister", "the Foreign Ministry", "international development secretary").
OWN_OFFICE = frozenset(
    {"minister", "ministry", "ministers", "secretary", "affairs", "office", "policy",
     "relations", "trade", "service", "development", "intelligence", "cooperation"}
)  # fmt: skip


def foreign(surface: str) -> bool:
    """Whether the words of a mention say it is foreign ("Foreign troops", "coalition
    forces"); not "foreign minister", an office at home."""
    words = [w.lower().strip(".,") for w in surface.split()]
    return any(
        w in FOREIGN and not (k + 1 < len(words) and words[k + 1] in OWN_OFFICE)
        for k, w in enumerate(words)
    )


#: "New Mexico" and "Georgia" beside US states are places of the United States: a cue for
#: its country (a state governor is USA GOV), read as a capital is (a government only as an
#: argument: "New Mexico sued").
US_PLACE = (Role("state", "USA", "GOV", "USAGOV"),)


def drop_false_places(parse: Parse, kb: KB, matches: list[Match]) -> list[Match]:
    """Knowledge-base matches less the country names that stand inside other names; a US
    state that bears a country's name becomes a cue for the United States."""
    toks = parse.tokens
    out = []
    for m in matches:
        e = m.value
        prev = toks[m.first - 1] if m.first > 0 else None
        if _other_party(e, prev):
            continue  # "the Sweden Democrats", "Liberal Democrats": not the US party
        if not isinstance(e, Entry) or e.what not in PLACE_KINDS:
            out.append(m)
            continue
        nxt = toks[m.last] if m.last < len(toks) else None
        after = toks[m.last + 1] if m.last + 1 < len(toks) else None
        if prev is not None and prev.text.lower() in PLACE_PREFIXES and prev.text[:1].isupper():
            if e.name == "Mexico" and prev.text == "New":
                out.append(Match(m.first - 1, m.last, Entry("New Mexico", "capital", US_PLACE)))
            continue  # "New Mexico", "New Guinea", "New South Wales"
        hyphen = nxt is not None and after is not None and nxt.text == "-"
        if hyphen and after is not None and after.text.lower() in ORIGIN_SUFFIXES:
            continue  # "his Iranian-born wife"
        if _given_name(parse, kb, m):
            continue  # "Jordan Henderson", "Chad Smith"
        if nxt is not None and nxt.lemma.lower() in CURRENCIES:
            continue  # "wages in US dollars", "the Turkish lira": money, not a state
        if e.what in ("capital", "place") and nxt is not None and nxt.text == "County":
            continue  # "Nassau County" (New York), not the Bahamas
        if e.what == "place" and _hyphen_compound(parse, kb, m):
            continue  # "the Bogo-Medellin hospital": a local name, not Colombia's city
        if e.name == "Georgia" and e.what == "state" and _near_us_state(parse, m):
            out.append(Match(m.first, m.last, Entry("Georgia", "capital", US_PLACE)))
            continue
        out.append(m)
    return out


#: money named by its country ("US dollars", "the Chinese yuan"): no cue of the story's
#: country and no party to it
CURRENCIES = frozenset(
    {"dollar", "euro", "yuan", "renminbi", "rupee", "peso", "pound", "lira", "rouble",
     "ruble", "yen", "won", "rand", "naira", "shilling", "franc", "dinar", "riyal", "real",
     "kwacha", "cedi", "taka", "baht", "ringgit", "rupiah", "hryvnia", "zloty", "krona",
     "krone", "forint", "lev", "leu", "manat", "tenge", "som", "afghani", "currency"}
)  # fmt: skip


def _other_party(e: object, prev: Token | None) -> bool:
    """A US party's name after a word that makes it another country's party."""
    if not isinstance(e, Entry) or e.what != "actor" or prev is None:
        return False
    r = e.roles[0]
    return (r.country, r.sector) == ("USA", "PTY") and prev.text.lower() in PARTY_PREFIXES


def _hyphen_compound(parse: Parse, kb: KB, m: Match) -> bool:
    """A city or province joined by a hyphen, with no space, to a capitalised word that is no
    known place ("Bogo-Medellin", "Medellin-Bogo"): one local name made of two."""
    toks = parse.tokens
    for dash, other in ((m.first - 1, m.first - 2), (m.last, m.last + 1)):
        if other < 0 or other >= len(toks) or toks[dash].text != "-":
            continue
        a, b = (toks[other], toks[dash]) if other < dash else (toks[dash], toks[other])
        if a.end != b.start:
            continue  # spaced: "Kabul - Police said" is a dateline
        w = toks[other]
        if len(w.text) < 3 or w.text.isupper():
            continue  # "Sen. Mike Lee (R-Utah)": a party's letter, the state is his
        if w.text[:1].isupper() and w.text.isalpha() and norm(w.text) not in kb.places.full:
            return norm(w.text) not in kb.actors.full
    return False


def _given_name(parse: Parse, kb: KB, m: Match) -> bool:
    """A one-word country opening a person's name ("Jordan Henderson"): NER reads one
    PERSON over it and a capitalised word after it, or the word is a known given name."""
    toks = parse.tokens
    if m.last - m.first != 1 or m.last >= len(toks):
        return False
    nxt = toks[m.last]
    if nxt.pos != "PROPN" or not nxt.text[:1].isupper():
        return False
    if norm(nxt.text) in kb.titles.prefixes:
        return False  # "Estonian MEP", "Jordan Foreign Minister": a title, not a surname
    person = any(
        e.label == "PERSON" and e.first == m.first and e.last > m.last for e in parse.entities
    )
    return person or (toks[m.first].text.lower() in kb.genders and nxt.ent == "PERSON")


def _near_us_state(parse: Parse, m: Match) -> bool:
    toks = parse.tokens
    sent = toks[m.first].sent
    window = [t for t in toks if t.sent == sent and t.i not in range(m.first, m.last)]
    return any(t.text.lower() in US_STATES and t.text[:1].isupper() for t in window) or any(
        t.text in ("Atlanta", "U.S.", "US") for t in window if abs(t.i - m.first) <= 3
    )


@dataclass(frozen=True)
class About:
    """Per sentence, the country the passage is about (``None``: unknown or split).

    The dateline comes first, except in a sentence that places itself in one other
    country (``located``: "In Kabul, he will meet ..." under an Islamabad dateline)."""

    dateline: str | None
    by_sentence: tuple[str | None, ...]
    located: tuple[str | None, ...] = ()
    #: the one country the whole article is plainly about (see :func:`plainly`), for people
    #: named with no title: stricter than the fallback of ``by_sentence``
    article: str | None = None

    def at(self, sent: int) -> str | None:
        if self.dateline is not None:
            here = self.located[sent] if 0 <= sent < len(self.located) else None
            return here or self.dateline
        if 0 <= sent < len(self.by_sentence):
            return self.by_sentence[sent]
        return None


def about(
    text: str,
    parse: Parse,
    matches: Sequence[Match],
    date: str | None,
    dateline: Sequence[tuple[int, int]],
) -> About:
    """The dateline's country, and for each sentence its own, its paragraph's or the
    article's country."""
    per_sent: list[Counter[str]] = [Counter() for _ in parse.sentences]
    placed: list[set[str]] = [set() for _ in parse.sentences]
    opening: list[set[str]] = [set() for _ in parse.sentences]  # "In Kabul, ..."

    #: countries of the known people and bodies a sentence names (weaker evidence)
    held: list[set[str]] = [set() for _ in parse.sentences]
    line_country = None
    georgia: list[tuple[int, bool]] = []  # "Georgia" (sentence, locative): state or country
    toks = parse.tokens
    for m in matches:
        e = m.value
        if isinstance(e, Entry) and e.what == "actor":
            r = e.role(date)
            credit = r.sector == "MED" and _credit(parse, m)  # "(Reuters)", "AFP said"
            if r.country and r.sector not in ("IGO", "NGO", "BUS") and not credit:
                held[toks[m.first].sent].add(r.country)
            continue
        if not isinstance(e, Entry) or e.what not in PLACE_KINDS:
            continue
        c = e.role(date).country
        if not c or (m.first > 0 and toks[m.first - 1].text.lower() == "ethnic"):
            continue  # "ethnic Hungarians" are a people by descent, not a state
        if destination(parse, m.first, m.last) or beyond_border(parse, m.first, m.last):
            continue  # "on a visit to Russia": where someone goes, not where the story stands
        if _opposed(parse, m):
            continue  # "the war against Iraq": the other side, not where the story stands
        start = toks[m.first].start
        if any(s <= start < e_ for s, e_ in dateline) or _opening_caps(text, parse, m):
            line_country = line_country or c
            continue
        if e.name == "Georgia" and e.what == "state":
            georgia.append((toks[m.first].sent, _locative(parse, m)))
            continue  # counted once the article's own country is known
        per_sent[toks[m.first].sent][c] += 1
        if _locative(parse, m):
            placed[toks[m.first].sent].add(c)
            if _opens(parse, m):
                opening[toks[m.first].sent].add(c)
    for s, loc in _us_towns(text, parse):  # "in Tulsa, Okla.": a US town, as news writes it
        per_sent[s]["USA"] += 1
        if loc:
            placed[s].add("USA")
    known: Counter[str] = Counter(c for cs in held for c in cs)
    named: Counter[str] = sum(per_sent, Counter())
    if georgia and not (named["USA"] or known["USA"]):
        named["GEO"] += len(georgia)
    story = plainly(named, known, line_country) or only_one(named, known, line_country)
    for s, loc in georgia:  # in a story about the United States, "Georgia" is the state
        c = "USA" if story == "USA" else "GEO"
        per_sent[s][c] += 1
        if loc:
            placed[s].add(c)
    paras = _paragraphs(text, parse)
    article: Counter[str] = Counter()
    by_para: dict[int, Counter[str]] = {}
    for s, counts in enumerate(per_sent):
        article.update(counts)
        by_para.setdefault(paras[s], Counter()).update(counts)
    out: list[str | None] = []
    for s, counts in enumerate(per_sent):
        if counts:
            here = opening[s] if len(counts) > 1 else set(counts)
            out.append(next(iter(here)) if len(here) == 1 else None)  # "In Kabul, ..."
            continue
        # the paragraph's own country, else the article's (named once will do where no
        # other country is named as often: a short passage names its country once)
        found = dominant(by_para[paras[s]], need=1) or dominant(article, need=1)
        if found is None and not article:  # no country named: the known people's
            found = story or (next(iter(held[s])) if len(held[s]) == 1 else None)
        out.append(found)
    located = tuple(next(iter(p)) if len(p) == 1 else None for p in placed)
    return About(line_country, tuple(out), located, story)


#: a town and the Associated Press abbreviation of its US state ("Tulsa, Okla.", "Charlotte,
#: N.C."): how American news places a town; the gazetteer may not know the town, or read
#: its name as a person's ("Charlotte")
US_TOWN = re.compile(
    r"(\bin )?\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill"
    r"|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D"
    r"|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.(?=[\s,;:)—–-])"
)


def _us_towns(text: str, parse: Parse) -> list[tuple[int, bool]]:
    """(sentence, after "in") of each town placed by its US state's abbreviation."""
    starts = [s.start for s in parse.sentences]
    return [
        (max(0, bisect_right(starts, m.start()) - 1), m.group(1) is not None)
        for m in US_TOWN.finditer(text)
    ]


#: lemmas of the verbs a news outlet credits a story with ("Reuters reported", "AFP said")
CREDITS = frozenset(
    {"report", "say", "tell", "quote", "cite", "learn", "see", "confirm", "reach", "contact"}
)


def _credit(parse: Parse, m: Match) -> bool:
    """A news outlet named as the teller of the story, in brackets ("(Reuters)") or as the
    subject of a verb of telling ("AFP reported", "told Reuters"): an agency reports from
    anywhere, so its country says nothing of where the story stands ("Reuters could not
    reach the ministry" is the reporter too)."""
    toks = parse.tokens
    if m.first > 0 and toks[m.first - 1].text == "(":
        return True
    head = next(
        (i for i in range(m.first, m.last) if not m.first <= toks[i].head < m.last), m.first
    )
    return toks[toks[head].head].lemma.lower() in CREDITS


def plainly(named: Counter[str], known: Counter[str], dateline: str | None) -> str | None:
    """The country an article is plainly about: its names of countries, capitals and places
    and the countries of the known people and bodies it names (one per sentence) point to
    one country at least three times and three times as often as to any other, and the
    dateline, if any, agrees."""
    votes = named + known
    top = votes.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] * 3 > top[0][1]):
        return None
    if dateline is not None and dateline != top[0][0]:
        return None
    return top[0][0]


def only_one(named: Counter[str], known: Counter[str], dateline: str | None) -> str | None:
    """The one country a short passage points to at least twice (by names of it or its
    places, or by its known people, one per sentence), with no other country named or
    known in it, and the dateline, if any, agreeing: a passage of a few sentences names
    its country once or twice, or only its leaders."""
    votes = named + known
    if len(votes) != 1:
        return None
    country, n = next(iter(votes.items()))
    return country if n >= 2 and dateline in (None, country) else None


#: title classes of a state's own organs and officials, of the country of the capital or
#: city they are said to be in ("the foreign ministry in Hanoi", "officials in Tehran",
#: "police in Lagos"); not troops, diplomats or envoys, who serve abroad
SEATED = frozenset(
    {"government", "authorities", "officials", "ministry", "parliament", "police", "court",
     "prosecutors", "lawmakers"}
)  # fmt: skip


def seat_country(ctx: Context, first: int, last: int) -> str | None:
    """The country of the one capital, city or country an "in" phrase on the head of a
    body not named with "a" names ("the foreign ministry in Hanoi", "officials in Tehran")."""
    toks = ctx.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), last - 1)
    kids = ctx.parse.child_tokens[head]
    if any(k.dep == "det" and k.text.lower() in ("a", "an") for k in kids):
        return None  # "retain a civil administration in Gaza": a thing, not a body that acts
    found = set()
    for p in ctx.parse.children[head]:
        if toks[p].dep != "prep" or toks[p].text.lower() != "in":
            continue
        for j in ctx.parse.children[p]:
            hit = ctx.kb_at.get(j) or ctx.place_at.get(j)
            e = hit.value if hit is not None and toks[j].dep == "pobj" else None
            if isinstance(e, Entry) and e.what in ("state", "capital", "place"):
                country = e.role(ctx.date).country
                if country:
                    found.add(country)
    return next(iter(found)) if len(found) == 1 else None


#: words of going somewhere (lemmas): the place after their "to" is a destination
MOVES = frozenset(
    {"visit", "trip", "travel", "tour", "journey", "fly", "go", "head", "delegation", "mission"}
)


def _object_of(parse: Parse, first: int, last: int, prep: str, heads: frozenset[str]) -> bool:
    """Whether the phrase ``first:last`` is the object of ``prep`` hanging on a word whose
    lemma is in ``heads`` ("travel *to* X", "the border *with* X")."""
    toks = parse.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), first)
    t = toks[head]
    if t.dep != "pobj" or toks[t.head].text.lower() != prep:
        return False
    return toks[toks[t.head].head].lemma.lower() in heads


def destination(parse: Parse, first: int, last: int) -> bool:
    """A place someone goes to ("a visit to Russia", "will travel to France"): no evidence
    of the country the people of the sentence belong to."""
    return _object_of(parse, first, last, "to", MOVES)


def _opposed(parse: Parse, m: Match) -> bool:
    """A country named as what someone acts or fights against ("mobilised troops for the
    war against Iraq", "sanctions against Russia")."""
    toks = parse.tokens
    head = next(
        (i for i in range(m.first, m.last) if not m.first <= toks[i].head < m.last), m.first
    )
    t = toks[head]
    return t.dep == "pobj" and toks[t.head].text.lower() == "against"


#: words for the line between two countries ("the border with Burkina Faso")
BORDERS = frozenset({"border", "frontier", "boundary"})


def beyond_border(parse: Parse, first: int, last: int) -> bool:
    """A country named as the other side of a border ("near the border with Chad", "near
    the Afghan border", "the Chad border"): the story stands on this side of it, in some
    other country. Not a border's own people or posts ("Afghan border police")."""
    if _object_of(parse, first, last, "with", BORDERS):
        return True
    toks = parse.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), first)
    t = toks[head]
    if t.dep not in ("amod", "compound") or toks[t.head].lemma.lower() not in BORDERS:
        return False
    line = toks[t.head]
    return line.dep not in ("compound", "amod") and not (
        line.i + 1 < len(toks) and toks[line.i + 1].pos in ("NOUN", "PROPN")
    )


#: prepositions that place what a sentence tells in a country ("in Kabul", "across Mali")
LOCATIVE = frozenset({"in", "inside", "across", "throughout"})


def _locative(parse: Parse, m: Match) -> bool:
    toks = parse.tokens
    head = next(
        (i for i in range(m.first, m.last) if not m.first <= toks[i].head < m.last), m.first
    )
    t = toks[head]
    return t.dep == "pobj" and toks[t.head].text.lower() in LOCATIVE


def _opens(parse: Parse, m: Match) -> bool:
    """A locative that opens its sentence ("In Kabul, the president said ..."): where the
    whole sentence stands, not where one act in it happened ("retook a village in ...")."""
    toks = parse.tokens
    prep = toks[m.first - 2] if m.first >= 2 and toks[m.first - 1].text.lower() == "the" else None
    prep = prep or (toks[m.first - 1] if m.first >= 1 else None)
    if prep is None or prep.text.lower() not in LOCATIVE:
        return False
    return prep.i == 0 or toks[prep.i - 1].sent != prep.sent


def dominant(counts: Counter[str], need: int = 2) -> str | None:
    """The country named at least ``need`` times and twice as often as any other."""
    top = counts.most_common(2)
    if not top or top[0][1] < need or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
        return None
    return top[0][0]


def _opening_caps(text: str, parse: Parse, m: Match) -> bool:
    """ "KABUL:" or "KABUL (Reuters) -" at the start of the first paragraph; or a place
    heading it before a colon, in any case ("Moldova: the government expelled ...")."""
    toks = parse.tokens
    if toks[m.first].sent > 1:
        return False
    words = toks[m.first : m.last]
    caps = all(t.text.isupper() and len(t.text) > 2 for t in words)
    headed = m.last < len(toks) and toks[m.last].text == ":"
    line_start = text.rfind("\n", 0, words[0].start) + 1
    return (caps or headed) and not text[line_start : words[0].start].strip()


def _paragraphs(text: str, parse: Parse) -> list[int]:
    """Paragraph number of each sentence: a new paragraph after a line break between the
    last word of one sentence and the first of the next. The cleaner joins a paragraph's
    wrapped lines and puts a blank line between paragraphs; spaCy keeps that blank line as a
    whitespace token at the end of the sentence before it, so the gap between two sentences'
    character spans is empty and the break is read from the words' own offsets."""
    toks = parse.tokens
    out, para, prev_end = [], 0, 0
    for s in parse.sentences:
        words = [t for t in toks[s.first : s.last] if not t.text.isspace()]
        if not words:
            out.append(para)
            continue
        if out and "\n" in text[prev_end : words[0].start]:
            para += 1
        out.append(para)
        prev_end = words[-1].end
    return out


#: title classes of bodies that are the state itself: with no country in their words or the
#: passage they still stand (sector only), as the state whose country the text leaves open
STATE_ORGANS = frozenset({"authorities"})
#: title classes of state organs that stand so only where :func:`bare_organ` says
GOVERNMENT = frozenset({"government", "ministry", "parliament"})
#: title classes of the other bodies of a state named by a common noun ("the electoral
#: commission", "the council", "the court", "the regional assembly"): acted on, they stand
#: as :data:`GOVERNMENT` organs do; as subjects, a bare one needs a country (measured: councils
#: granting planning permission and courts trying private crimes became events); a council
#: or commission a lower-case word qualifies stands without one (``organs.body_acts``)
BODIES = GOVERNMENT | frozenset({"commission", "council", "court", "assembly"})
#: words that name a state's rulers in any story: "the junta", "the regime"
RULERS = frozenset({"junta", "regime"})
#: slots of a party acted on or named beside another ("condemned the government", "the
#: government's plan", "protests against the government", "rebels and the government")
ACTED_ON = frozenset({"dobj", "pobj", "poss", "dative", "conj"})


def bare_organ(parse: Parse, m: Mention) -> bool:
    """Whether a definite state organ whose words and passage give no country still stands
    as an actor (sector only, country none), so that an event keeps its source or target
    and a scorer can match it by its span.

    "The authorities", "the junta" and "the regime" always do. "The government", "the
    ministry" and "the parliament" do where they are acted on or joined to another party,
    where the sentence's act is someone else's. As a subject they stand only where
    :func:`.organs.organ_acts` says: the subject of an act, not of a description or a
    figure ("the government faces a crisis", "the ministry shot down reports"), which
    would make no-event sentences codable."""
    if not m.definite or m.title is None:
        return False
    if m.title.cls in STATE_ORGANS:
        return True
    if m.title.cls not in BODIES:
        return False
    head = parse.tokens[m.last - 1]
    if m.title.cls not in GOVERNMENT:  # "the council's committee blocked ...": not acted on
        return head.dep in ACTED_ON and head.dep != "poss"
    return head.text.lower() in RULERS or head.dep in ACTED_ON


#: sectors of bodies that act where they stand (police, crowds, workers, farmers, students,
#: clergy, the opposition); not rulers, soldiers or envoys, who act abroad too, nor gunmen
#: (in a story of two countries, often come from the other)
AT_HOME = frozenset({"COP", "CVL", "LAB", "AGR", "EDU", "REL", "OPP"})


def clause_country(ctx: Context, first: int, last: int, sector: str | None) -> str | None:
    """In a sentence split between countries, the country of a body that acts where it
    stands, from the one place its own clause puts its act in: "Saudi Arabia cut ties with
    Iran after protesters stormed its embassy in Tehran" (the protesters are Iran's). A
    capital counts only where its country is named too (capitals' names are shared)."""
    if sector not in AT_HOME:
        return None
    toks = ctx.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), last - 1)
    workplace = _workplace_country(ctx, head)
    if workplace is not None:
        return workplace
    head = _counted(ctx, head)  # "[thousands] of teachers marched in ..."
    if toks[head].dep not in ("nsubj", "nsubjpass"):
        return None
    verb = toks[head].head
    named = {  # countries the sentence names by name or demonym, not by a capital
        e.role(ctx.date).country
        for m in ctx.country_names.get(toks[head].sent, [])
        if isinstance(e := m.value, Entry) and e.what != "capital"
    }
    found = set()
    where = [verb, *(k for k in ctx.parse.children[verb] if toks[k].dep == "dobj")]
    for w in where:
        for p in ctx.parse.children[w]:
            if toks[p].dep != "prep" or toks[p].text.lower() not in LOCATIVE:
                continue
            for j in ctx.parse.children[p]:
                c = _place_country(ctx, j, named) if toks[j].dep == "pobj" else None
                if c is not None:
                    found.add(c)
    return next(iter(found)) if len(found) == 1 else None


#: prepositions that tie people to where they work or study ("teachers at", "workers from")
WORKPLACE = frozenset({"at", "from", "of"})


def _workplace_country(ctx: Context, head: int) -> str | None:
    """The country of the one place named in the name of the school, plant or body a group
    works or studies at ("teachers from Denver Public Schools", "workers at the Busan
    shipyard", "students of the University of Dhaka"): they act where they work."""
    toks = ctx.tokens
    found = set()
    for p in ctx.parse.children[head]:
        if toks[p].dep != "prep" or toks[p].text.lower() not in WORKPLACE:
            continue
        for j in ctx.parse.children[p]:
            if toks[j].dep != "pobj":
                continue
            for k in ctx.parse.subtree(j)[:8]:
                c = _place_country(ctx, k, set())
                if c is not None:
                    found.add(c)
    return next(iter(found)) if len(found) == 1 else None


#: words that count the people of their "of" phrase ("thousands of teachers")
COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions"})


def _counted(ctx: Context, head: int) -> int:
    """The count a group is the "of" phrase of ("[thousands] of teachers", "[200] of the
    workers"), which stands in the group's slot; else the group's own head."""
    toks = ctx.tokens
    t = toks[head]
    if t.dep != "pobj" or toks[t.head].text.lower() != "of":
        return head
    count = toks[toks[t.head].head]
    if count.pos == "NUM" or count.text.lower() in COUNTS:
        return count.i
    return head


def _place_country(ctx: Context, j: int, named: set[str | None]) -> str | None:
    m = ctx.kb_at.get(j) or ctx.place_at.get(j)
    e = m.value if m is not None else None
    if not isinstance(e, Entry) or e.what not in ("state", "capital", "place"):
        return None
    country = e.role(ctx.date).country
    if e.what == "capital" and country not in named:
        return None
    return country


#: A town the actors' own place list leaves out ("teachers in Mysore", "the Denver school
#: board") gives its country when the gazetteer knows it as a place of at least this many
#: people ...
TOWN_POPULATION = 100_000
#: ... and that country's largest place of the name is this many times as large as any
#: other country's ("Manchester": England's, not New Hampshire's; "Lincoln": no one's)
TOWN_DOMINANCE = 4
#: gazetteer features a town cue may be: cities and provinces
TOWN_FEATURES = frozenset({ADMIN1, CITY})


def gazetteer_towns(
    parse: Parse, kb: KB, taken: set[int], named: Sequence[Match] = ()
) -> list[Match]:
    """Towns and provinces that NER names as places (GPE), that open an organisation's name
    ("Denver Public Schools") or that stand as one word after "in" ("farmers in Mysore":
    NER may call a town it does not know anything), and that the gazetteer gives one
    country: place cues like those of ``places.tsv``. Never a word the knowledge base knows
    as a given name, a known person's surname or an actor ("Jordan", "Adelson"), nor one
    inside a person's name or another knowledge-base match (``taken``). A small town
    (:func:`_small_town_country`) only of a country the text names among its knowledge-base
    matches (``named``), or where it names none: the gazetteer lacks many villages whose
    names small towns elsewhere bear ("Solhan" in Burkina Faso and in Turkey)."""
    toks = parse.tokens
    out = []
    countries = _named_countries(parse, named)
    people: set[str] | None = None
    for (first, last), least in sorted(_town_spans(parse).items()):
        words = toks[first:last]
        if not words or any(t.i in taken for t in words) or len(words) > 3:
            continue
        if team(toks, first, last):
            continue  # "the Cleveland Cavaliers"
        if people is None:  # "Lester Holt" once makes "Lester" his all through the text
            people = {
                t.text
                for e in parse.entities
                if e.label == "PERSON"
                for t in toks[e.first : e.last]
            }
        if any(t.text in people for t in words):
            continue
        if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words):
            continue
        if last < len(toks) and toks[last].text.lower() in NAMESAKE_WORDS:
            continue  # "Medellin town", "Jackson County": a small namesake
        name = " ".join(t.text for t in words)
        # another name of a town ("Teheran") only where a place stands: after a preposition
        spelt = any(t.dep == "pobj" and toks[t.head].text.lower() in PLACED_BY for t in words)
        country = _town_country(kb, name, least if spelt else max(least, MAIN_NAME_ONLY))
        district = last < len(toks) and toks[last].text.lower() == "district"
        if district:  # "in Reasi district": the district is where the act stands
            spelt = spelt or (
                toks[last].dep == "pobj" and toks[toks[last].head].text.lower() in PLACED_BY
            )
        if country is None and spelt and _placed_entity(parse, first, last):
            country = _small_town_country(kb, name, district)
            country = country if not countries or country in countries else None
        if country is not None:
            taken.update(range(first, last))
            out.append(
                Match(first, last, Entry(name, "place", (Role("city", country, None, country),)))
            )
    return out


def _named_countries(parse: Parse, named: Sequence[Match]) -> set[str]:
    """The countries the text names by a country's name, a demonym, a capital or a listed
    place, less those named as a border's other side."""
    out = set()
    for m in named:
        e = m.value
        if not isinstance(e, Entry) or e.what not in PLACE_KINDS or not e.roles[0].country:
            continue
        if not beyond_border(parse, m.first, m.last):
            out.add(e.roles[0].country)
    return out


#: prepositions after which a capitalised word names where something happens
WHERE = frozenset({"in", "near", "inside", "outside", "around", "across", "throughout"})


def _town_spans(parse: Parse) -> dict[tuple[int, int], int]:
    """Spans that may name a town, each with the least people its town must have: GPE
    entities and a proper noun alone after a locative preposition (a town of note), an
    organisation's first word (a city: "Cerro Verde" is a mine, not Havana's Cerro)."""
    toks = parse.tokens
    spans: dict[tuple[int, int], int] = {}
    for e in parse.entities:
        first = e.first + (toks[e.first].text.lower() == "the")
        if e.label == "GPE":
            spans[(first, e.last)] = TOWN_POPULATION
        elif e.label == "ORG" and e.last - first >= 2 and toks[e.last - 1].text not in POSSESSIVE:
            spans.setdefault((first, first + 1), ORG_TOWN_POPULATION)  # "Denver Public Schools"
    for t in toks[:-2]:
        where = t.text.lower() in WHERE or (t.text.lower() == "from" and _on_noun(toks, t))
        if where and toks[t.i + 1].pos == "PROPN":
            after = toks[t.i + 2]  # "in Cerro de Pasco": a name of several words
            if after.pos != "PROPN" and after.text.lower() not in NAME_PARTICLES:
                spans[(t.i + 1, t.i + 2)] = TOWN_POPULATION
            elif after.pos == "PROPN" and _name_ends(toks, t.i + 3):
                spans[(t.i + 1, t.i + 3)] = TOWN_POPULATION  # "near Les Cayes"
    return spans


def _name_ends(toks: Sequence[Token], i: int) -> bool:
    """No proper noun or name particle goes on at ``i``."""
    return i >= len(toks) or (toks[i].pos != "PROPN" and toks[i].text.lower() not in NAME_PARTICLES)


def _on_noun(toks: Sequence[Token], t: Token) -> bool:
    """A preposition that hangs on a common noun ("a trader from Cochabamba", "refugees
    from Kidal"): its object is where people come from, not whom a message came from."""
    return t.dep == "prep" and toks[t.head].pos == "NOUN"


#: words after a town's name that say it is some small namesake ("the Medellin town mayor")
NAMESAKE_WORDS = frozenset(
    {"town", "village", "township", "municipality", "barangay", "hamlet", "county", "parish"}
)
#: a town asked for with this many people or more is known by its main name only (not
#: "Lester" for Leicester): an organisation's first word, a subject or a modifier
MAIN_NAME_ONLY = 250_000
#: prepositions whose object is a place ("in Teheran", "from Faluja"), not "with Lester"
PLACED_BY = frozenset({"in", "near", "inside", "outside", "around", "from", "at", "to"})
#: a town that opens an organisation's name must be a city of this many people
ORG_TOWN_POPULATION = 250_000
#: small words inside place names ("Cerro de Pasco", "Rio de Janeiro", "Sidi Bou Said")
NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "la", "el", "al", "di", "du"})


def _town_country(kb: KB, name: str, least: int = TOWN_POPULATION) -> str | None:
    """The one country whose town of this name dwarfs every other country's (see
    :data:`TOWN_DOMINANCE`), when that town has ``least`` people or more and the name is
    no person's nor a compass word ("North"). Cities and provinces by their main name;
    cities by another name ("Mysore" for Mysuru) only where no place bears it as its main
    one. Districts do not count: GeoNames gives them the people of a whole county."""
    key = norm(name)
    if len(key) < 4 or key in kb.genders or kb.known_surname(key) or key in kb.actors.full:
        return None
    if all(w in GENERIC_PLACE_WORDS for w in key.split()) or key in TEAM_NATIONS:
        return None
    found = [c for c in gazetteer.load().lookup(name) if c.country and c.feature in TOWN_FEATURES]
    main = [c for c in found if c.primary]
    best: dict[str, int] = {}
    other_names = least < MAIN_NAME_ONLY
    for c in main or [c for c in found if c.feature == CITY and other_names]:
        best[c.country or ""] = max(best.get(c.country or "", 0), c.population)
    top = sorted(best.items(), key=lambda kv: -kv[1])
    if not top or top[0][1] < least:
        return None
    if len(top) > 1 and top[0][1] < TOWN_DOMINANCE * top[1][1]:
        return None
    return top[0][0]


#: a town no other country has a place of the same name gives its country from this many
#: people ("gunmen killed four in Chaman": conflict news names small towns; a name only one
#: country's gazetteer knows is no one else's)
SMALL_TOWN_POPULATION = 15_000


def _placed_entity(parse: Parse, first: int, last: int) -> bool:
    """NER reads the span as a place (GPE or LOC): not a month, a faith or a language that
    a small town happens to be named after ("in March")."""
    return any(
        e.label in ("GPE", "LOC") and e.first <= first and last <= e.last for e in parse.entities
    )


def _small_town_country(kb: KB, name: str, district: bool = False) -> str | None:
    """The country of a town of :data:`SMALL_TOWN_POPULATION` people or more whose name
    every place the gazetteer knows by it shares (a district too, named as one: "in Reasi
    district")."""
    key = norm(name)
    if len(key) < 4 or key in kb.genders or kb.known_surname(key) or key in kb.actors.full:
        return None
    if all(w in GENERIC_PLACE_WORDS for w in key.split()) or key in TEAM_NATIONS:
        return None
    found = gazetteer.load().lookup(name)
    if len({c.country for c in found}) != 1:
        return None
    features = TOWN_FEATURES | {ADMIN2} if district else TOWN_FEATURES
    size = max((c.population for c in found if c.feature in features), default=0)
    return found[0].country if size >= SMALL_TOWN_POPULATION else None


#: words that alone name no town ("North", "Central Region")
GENERIC_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "upper", "lower", "capital", "region", "province", "state", "district", "city", "centre",
     "center", "middle", "coast", "island", "islands", "national", "federal", "new", "great"}
)  # fmt: skip
#: nations of a state whose names the news gives sports teams ("England beat Wales"): the
#: actors' place list leaves them out too
TEAM_NATIONS = frozenset({"england", "scotland", "wales"})
