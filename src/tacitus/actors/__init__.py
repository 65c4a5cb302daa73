"""The actors stage: mentions -> actors with name, country, sector, kind and code.

Sub-steps (each its own module): ``kb`` loads the knowledge base (data files) once;
``recognise`` finds mentions (KB names first, then organisations, groups, nominals and
pronouns), with ``people`` for person names; ``roles`` reads titles and appositions;
``coref`` joins the mentions of one actor; ``context`` drops place names inside other names
("New Mexico") and finds the country the passage is about, which a titled person or a
domestic body with no cue of its own takes (``country_from="context"``). This module turns
the clusters into :class:`Actor` records.

For later stages: an actor's ``mentions`` are character spans into ``Article.text``. A
person's span starts at its title chain ("US special envoy ... Zalmai Khalilzad"); a
state named by a demonym covers the noun it qualifies ("Tanzanian offer"); an organisation
named inside a title chain ("Taliban chief ...") has its own, nested span; coordinated
groups ("Afghan and Pakistani forces") share one span. Map a token to the actor with the
smallest span that covers it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..parse import Parse, Token
from ..pipeline import Document
from ..records import Actor, Article
from ..settings import Settings
from .context import (
    DOMESTIC,
    about,
    clause_country,
    destination,
    drop_false_places,
    foreign,
    gazetteer_towns,
)
from .coref import Cluster, cluster, reported_country
from .institution import employer_country, leader_country, loyal_country, us_party
from .kb import KB, Entry, Match, load_kb, norm, vet_matches
from .mention import Context, Mention
from .people import drop_other_people
from .recognise import argument, find_mentions
from .roles import chain_left
from .window import with_role_date

__all__ = ["Actors", "extract_actors", "make_stage"]


class Actors:
    name = "actors"
    reads = ("article", "parse")
    writes = ("actors", "article")  # the article gains role_date and role_date_from

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kb = load_kb(tuple(settings.kb))

    def __call__(self, doc: Document) -> Document:
        assert doc.article is not None and doc.parse is not None
        found = matches(self.kb, doc.parse)
        article = with_role_date(doc.article, doc.parse, self.kb, found)
        actors = extract_actors(article, doc.parse, self.kb, found)
        return replace(doc, article=article, actors=actors)


def make_stage(settings: Settings) -> Actors:
    return Actors(settings)


def matches(kb: KB, parse: Parse) -> tuple[list[Match], list[Match]]:
    """The knowledge-base names (vetted) and the titles in a parsed text."""
    titles = kb.titles.match(parse.tokens)
    people = [(e.first, e.last) for e in parse.entities if e.label == "PERSON"]

    def places() -> set[str]:
        return {c for m in kb.places.match_parse(parse) for c in _countries(m)}

    return vet_matches(kb.actors.match(parse.tokens), titles, people, places), titles


def _countries(m: Match) -> set[str]:
    return {r.country for r in m.value.roles if r.country} if isinstance(m.value, Entry) else set()


def extract_actors(
    article: Article,
    parse: Parse,
    kb: KB,
    found: tuple[list[Match], list[Match]] | None = None,
) -> tuple[Actor, ...]:
    """The actors of one parsed article, in order of first mention (ids a1, a2, ...).
    ``found``: what :func:`matches` gave for this parse, when already computed."""
    names, titles = found if found is not None else matches(kb, parse)
    names = drop_other_people(parse, kb, drop_false_places(parse, kb, names))
    places = _places(parse, kb, names)
    ctx = Context(
        article.text,
        parse,
        kb,
        article.role_date if article.role_date_from else article.published,
        names,
        titles,
        place_matches=places,
    )
    dateline = article.dateline.mentions if article.dateline else ()
    ctx.about = about(article.text, parse, [*names, *places], ctx.date, dateline)
    clusters = [c for c in cluster(ctx, find_mentions(ctx)) if _named(c)]
    for c in clusters:
        _by_surname(ctx, c)
    for c in clusters:
        _in_context(ctx, c, clusters)
    clusters.sort(key=lambda c: min(m.first for m in c.mentions))
    return tuple(_actor(ctx, f"a{n}", c) for n, c in enumerate(clusters, 1))


#: words after a city's name that say it is some small namesake ("the Medellin town mayor")
SMALL_PLACE_WORDS = frozenset(
    {"town", "village", "township", "municipality", "barangay", "hamlet", "county", "parish"}
)


def _places(parse: Parse, kb: KB, names: list[Match]) -> list[Match]:
    """Cities and provinces named in the text, less those inside a person's name ("Paris
    Hilton") or a knowledge-base name, and those a place prefix or an origin suffix makes
    another place ("New Lagos") or no one's own ("Mumbai-born")."""
    toks = parse.tokens
    taken = {i for m in names for i in range(m.first, m.last)}
    taken |= {
        i
        for e in parse.entities
        if e.label == "PERSON" and not _placed_person(toks, e.first, e.last)
        for i in range(e.first, e.last)
    }
    found = []
    listed = kb.places.match_parse(parse)
    for m in listed:
        if any(i in taken for i in range(m.first, m.last)):
            continue
        small = m.last < len(toks) and toks[m.last].text.lower() in SMALL_PLACE_WORDS
        if small and isinstance(m.value, Entry) and m.value.roles[0].kind == "city":
            continue  # "Medellin town": a small namesake of the big city
        found.append(m)
    taken |= {i for m in listed for i in range(m.first, m.last)}  # "Medellin town" too
    towns = gazetteer_towns(parse, kb, taken, [*names, *found])
    return drop_false_places(parse, kb, found + towns)


#: prepositions after which a one-word "person" is where something happens ("police in Marawi")
WHERE = frozenset({"in", "near", "inside", "outside", "around", "across", "throughout"})


#: nouns whose "of" phrase is a place ("residents of Goma", "the outskirts of Herat")
PLACE_OF = frozenset(
    {"resident", "residents", "inhabitants", "people", "native", "outskirts", "streets",
     "town", "city", "village", "centre", "center", "mayor", "governor", "province"}
)  # fmt: skip


def _placed_person(toks: Sequence[Token], first: int, last: int) -> bool:
    """A one-word PERSON entity right after a locative preposition, or after "of" on a
    noun of dwellers or places: NER's misreading of a place it does not know ("clashes near
    Marawi", "residents of Goma"), which the place cues may then read."""
    if last - first > 2 or first == 0:
        return False
    prep = toks[first - 1]
    before = prep.text.lower()
    if before == "of" and first > 1:
        return toks[first - 2].text.lower() in PLACE_OF
    if before == "from":  # "a trader from Da Nang" (the place list must still know it)
        return prep.dep == "prep" and toks[prep.head].pos == "NOUN"
    return before in WHERE and last - first == 1


def _by_surname(ctx: Context, c: Cluster) -> None:
    """A person named only by a surname the knowledge base gives one country ("Erdogan
    said"): that country, from the knowledge base. Never when the text gives a first name
    (then it is someone else) or the surname is shared across countries ("Khan")."""
    if c.country is not None:
        return
    if c.kind == "organisation" and c.sector is None and c.key.startswith("org:"):
        _org_as_surname(ctx, c)  # "Lagumdzija said": NER took a lone surname for a body
        return
    if c.kind != "person":
        return
    named = [m for m in c.mentions if m.kind == "person"]
    words = {m.surface.removesuffix("'s").removesuffix("’s").strip() for m in named}
    if len(words) != 1:
        return
    word = next(iter(words))
    if not _surname_like(ctx, word):
        return
    if not any(argument(ctx, m.first, m.last) or _leads(ctx, m.last) for m in named):
        return  # "a Rasmussen poll", "the Bush years": a modifier may name anything
    country = ctx.kb.surname_country(word, ctx.date)
    if country is not None:
        c.country, c.country_from = country, "kb"
        c.code = f"{country}{c.sector or ''}"


#: nouns whose modifier names the leader of a government ("the Bush administration")
LED = frozenset(
    {"administration", "government", "regime", "cabinet", "presidency", "loyalists", "camp"}
)


def _leads(ctx: Context, last: int) -> bool:
    """A name that qualifies a government it leads ("Bush administration officials")."""
    t = ctx.tokens[last - 1]
    return t.dep in ("compound", "poss") and ctx.tokens[t.head].text.lower() in LED


def _surname_like(ctx: Context, word: str) -> bool:
    """One capitalised word, or two ("Pérez Molina") when the first is no given name."""
    parts = word.split()
    if not all(p[:1].isupper() for p in parts) or len(parts) > 2:
        return False
    return len(parts) == 1 or parts[0].lower() not in ctx.kb.genders


def _org_as_surname(ctx: Context, c: Cluster) -> None:
    """An organisation NER found that is one capitalised word, no role word in it, and the
    surname of one known office holder's country: that person ("Dehghan warned ...")."""
    words = {m.surface.removesuffix("'s").removesuffix("’s").strip() for m in c.mentions}
    if len(words) != 1:
        return
    word = next(iter(words))
    if " " in word or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return
    if not any(argument(ctx, m.first, m.last) for m in c.mentions):
        return
    country = ctx.kb.surname_country(word, ctx.date)
    if country is not None:
        c.kind, c.country, c.country_from, c.code = "person", country, "kb", country


def _in_context(ctx: Context, c: Cluster, clusters: Sequence[Cluster] = ()) -> None:
    """A titled person or a domestic body whose own words give no country takes the country
    the passage is about ("President Smith", "police", "protesters")."""
    if c.country is None and c.kind != "person" and _us_party(ctx, c):
        c.country, c.country_from, c.sector = "USA", "title", c.sector or "GOV"
        c.code = f"USA{c.sector}"
        return
    if c.country is None and c.kind == "person" and c.sector is None and c.classes <= HONORIFICS:
        _bare_person(ctx, c)
        return
    if c.country is None and c.sector is None and c.key.startswith("org:"):
        _unknown_org(ctx, c)
        return
    if c.country is not None or not _domestic(c) or c.key.startswith(("kb:", "ethnic:")):
        return
    if c.key.startswith("org:") and _known(ctx, c):
        return
    mate = _other_of(ctx, c, clusters)
    if mate is not None:  # "Speaker Lopez and other members of Congress": Lopez's own
        c.country, c.country_from, c.code = mate, "apposition", f"{mate}{c.sector}"
        return
    if c.kind == "person" and not c.classes:
        return  # a bare name says nothing of an office
    if c.org is not None and not c.key.startswith("org:"):
        return  # a member of an organisation of no known country
    if any(foreign(m.surface) for m in c.mentions):
        return  # "foreign troops in Mali" are not Mali's
    for m in c.mentions:  # "the Bush administration", "forces loyal to Haftar"
        led = leader_country(ctx, m) or loyal_country(ctx, m) if m.kind != "pronoun" else None
        if led is not None:
            c.country, c.country_from, c.code = led, "institution", f"{led}{c.sector}"
            return
    m = min(c.mentions, key=lambda x: x.first)
    c.country = ctx.about_at(m.first) or clause_country(ctx, m.first, m.last, c.sector)
    c.country = c.country or reported_country(ctx, m, clusters)  # "..., the ministry said"
    if c.country is not None:
        c.country_from = "context"
        c.code = f"{c.country}{c.sector}"


#: title classes that say only that a name is a person's ("Mr. Holt", "Dr. Lopez"), no office
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir"})
#: sectors of people and crowds who belong where the story stands ("journalists", "a
#: businessman"), though a newspaper or a company so named may be anyone's
LOCAL_PEOPLE = frozenset({"MED", "BUS"})


def _domestic(c: Cluster) -> bool:
    """A body or person of a sector that takes the country of the passage."""
    return c.sector in DOMESTIC or (c.sector in LOCAL_PEOPLE and c.kind in ("person", "group"))


#: words in an organisation's name that say it spans countries ("World Food Programme")
WIDE = frozenset({"world", "global", "worldwide", "transnational"})


def _unknown_org(ctx: Context, c: Cluster) -> None:
    """An organisation of no known sector or entry ("the Kessler Foundation said") in an
    article plainly about one country is that country's, marked ``context``; not one whose
    name says it spans countries, nor one in a sentence that names another country."""
    if c.kind != "organisation" or _known(ctx, c) or ctx.about.article is None:
        return
    if any(foreign(m.surface) or WIDE & set(m.surface.lower().split()) for m in c.mentions):
        return
    sent = ctx.tokens[min(m.first for m in c.mentions)].sent
    if any(e.roles[0].country != ctx.about.article for _m, e in _countries_in(ctx, sent)):
        return
    c.country, c.country_from, c.code = ctx.about.article, "context", ctx.about.article


def _countries_in(ctx: Context, sent: int) -> list[tuple[Match, Entry]]:
    """The countries, demonyms and capitals the sentence names."""
    return [(m, ctx.entry(m)) for m in ctx.country_names.get(sent, ())]


def _us_party(ctx: Context, c: Cluster) -> bool:
    """A chamber or members of Congress qualified by a US party (see :func:`us_party`)."""
    return any(m.kind != "pronoun" and us_party(ctx, m) for m in c.mentions)


def _other_of(ctx: Context, c: Cluster, clusters: Sequence[Cluster]) -> str | None:
    """The country of the person or body a group is joined to as "other" members of its
    kind ("the minister and other officials", "Pelosi and other lawmakers")."""
    if c.kind != "group":
        return None
    toks = ctx.tokens
    for m in c.mentions:
        head = next(
            (i for i in range(m.first, m.last) if not m.first <= toks[i].head < m.last), m.first
        )
        t = toks[head]
        if t.dep != "conj" or not any(
            k.head == head and k.text.lower() == "other" for k in toks[m.first : head]
        ):
            continue
        for o in clusters:
            if o is c or o.country is None or o.kind == "state":
                continue
            if any(x.first <= t.head < x.last for x in o.mentions):
                return o.country
    return None


def _bare_person(ctx: Context, c: Cluster) -> None:
    """A person named in full with no title (or only "Mr.", "Dr."), organisation or known
    entry takes the one country named in the sentence that first names them ("Maria Lopez,
    a nurse in Caracas, ..."), marked ``context``; none when the sentence names several
    countries or none, names a country as a party to what it tells ("Maria Lopez sued
    Venezuela"), or only a city or province (where a visitor acts: "gave a concert in
    Boston"). A surname alone ("Holt said") may be someone known from elsewhere: it takes
    only the country the whole article is plainly about (with "Mr." also the dateline's),
    and only when its sentence names no country."""
    named = [m for m in c.mentions if m.kind == "person"]
    if not named or c.org is not None:
        return
    if max(len(m.surface.split()) for m in named) < 2:
        _surname_alone(ctx, c, min(m.first for m in named))
        return
    first = min(m.first for m in named)
    chain = chain_left(ctx, first, set())
    if any(_kb_actor_at(ctx, i) for i in chain):
        employer = employer_country(ctx, chain)  # "CNN's Ann Ortiz"; not "U.N. mediator ..."
        if employer is not None:
            c.country, c.country_from, c.code = employer, "institution", employer
        return
    sent = ctx.tokens[first].sent
    here: set[str | None] = set()
    own = _own_clause(ctx, named)
    for m, e in _countries_in(ctx, sent):
        if m.first in own and _head(ctx, m.first, m.last).dep in ("poss", "compound", "amod"):
            here.add(e.roles[0].country)  # "..., who heads Kenya's electoral commission"
            continue
        if e.what != "demonym" and argument(ctx, m.first, m.last):
            return  # "scored against Chad", "criticised Russia": a party, not a home
        if destination(ctx.parse, m.first, m.last):
            continue  # "flew to Paris": where they go, not where they are from
        if e.name == "Georgia" and ctx.about.article == "USA":
            here.add("USA")  # "Georgia" in a story about the United States: the state
            continue
        here.add(e.roles[0].country)
    country = next(iter(here)) if len(here) == 1 else None
    if country is not None:
        c.country, c.country_from, c.code = country, "context", country
    elif not here:  # the story's own people ("Mr." ones: the dateline's, too)
        home = ctx.about.article
        if home is None and c.classes & HONORIFICS:
            home = ctx.about.dateline
        if home is not None and not _placed_abroad(ctx, sent, home):
            c.country, c.country_from, c.code = home, "context", home


def _own_clause(ctx: Context, named: list[Mention]) -> set[int]:
    """Tokens of the relative clauses on a person's name ("Ann Oduya, who heads ..."): what
    they qualify there is the person's own office, not a party to the sentence's act."""
    out: set[int] = set()
    for m in named:
        head = _head(ctx, m.first, m.last)
        for k in ctx.parse.child_tokens[head.i]:
            if k.dep == "relcl":
                out.update(ctx.parse.subtree(k.i))
    return out


def _head(ctx: Context, first: int, last: int) -> Token:
    toks = ctx.tokens
    return toks[next((i for i in range(first, last) if not first <= toks[i].head < last), first)]


def _surname_alone(ctx: Context, c: Cluster, first: int) -> None:
    """A person named by one word takes the article's own country (see :func:`_bare_person`)."""
    sent = ctx.tokens[first].sent
    country = ctx.about.article
    if country is None and c.classes & HONORIFICS:
        country = ctx.about.dateline
    if country is None or _placed_abroad(ctx, sent, country):
        return
    for m, e in _countries_in(ctx, sent):
        if e.roles[0].country != country:
            return  # another country in the sentence: it may be theirs
        if e.what != "demonym" and argument(ctx, m.first, m.last):
            return  # "Holt sued Kenya": a party, not a home
    c.country, c.country_from, c.code = country, "context", country


def _placed_abroad(ctx: Context, sent: int, home: str | None = None) -> bool:
    """The sentence names a city or province of another country than ``home`` (by default
    the article's)."""
    home = home or ctx.about.article
    return any(
        ctx.tokens[m.first].sent == sent and ctx.entry(m).roles[0].country != home
        for m in ctx.place_matches
    )


def _kb_actor_at(ctx: Context, i: int) -> bool:
    m = ctx.kb_at.get(i)
    return m is not None and ctx.entry(m).what == "actor"


def _known(ctx: Context, c: Cluster) -> bool:
    """An organisation the knowledge base knows under other capitals ("the state
    department") takes its country from there."""
    for _alias, e in ctx.kb.actors.full.get(norm(c.key[4:]), []):
        if isinstance(e, Entry) and e.what == "actor":
            c.country = e.role(ctx.date).country
            if c.country is not None:
                c.country_from, c.code = "kb", f"{c.country}{c.sector or ''}"
                return True
    return False


def _named(c: Cluster) -> bool:
    """Some mention names or describes the actor: a quotation mark alone does not."""
    return any(m.kind != "pronoun" and any(ch.isalpha() for ch in m.surface) for m in c.mentions)


def _actor(ctx: Context, aid: str, c: Cluster) -> Actor:
    toks = ctx.tokens
    spans = sorted({(toks[m.np_first].start, toks[m.last - 1].end) for m in c.mentions})
    mentions = sorted(c.mentions, key=lambda m: m.first)
    surfaces = [m.surface for m in mentions if m.kind != "pronoun"]
    # a quotation mark or a dash alone is no name: a surface with a letter names the actor
    worded = [s for s in surfaces if any(ch.isalpha() for ch in s)]
    name = _canonical(ctx, c, worded or surfaces)
    aliases = tuple(dict.fromkeys(s for s in surfaces if s != name))
    code = c.code
    if code is None and (c.country or c.sector):
        code = f"{c.country or ''}{c.sector or ''}"
    how = c.country_from if c.country else None
    return Actor(aid, name, aliases, c.kind, c.country, c.sector, code, tuple(spans), how)


def _canonical(ctx: Context, c: Cluster, surfaces: list[str]) -> str:
    if c.org and c.kind != "person" and c.key.startswith("kb:"):
        return c.org
    if c.kind == "person":
        named = [m.surface for m in c.mentions if m.kind == "person" and m.surface in surfaces]
        surfaces = sorted(named, key=surfaces.index) if named else surfaces
        counts = Counter(surfaces)
        longest = max(len(s.split()) for s in surfaces)
        full = [s for s in surfaces if len(s.split()) == longest]
        return max(full, key=lambda s: (counts[s], -surfaces.index(s)))
    if c.key.startswith("state:") and c.country in ctx.kb.states:
        return ctx.kb.states[c.country].name
    return surfaces[0]
