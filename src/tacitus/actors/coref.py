"""In-article coreference: names, variant spellings, nominals ("the envoy") and pronouns.

Rules, in order: a person's later mentions share a surname (fuzzy: one edit apart for long
names, "Zalmai"/"Zalmay"); a definite nominal goes to the most recent actor with that role
class (and the same country when one is given); a pronoun goes to the nearest compatible
actor, preferring subjects, looking back at most three sentences, never to the subject of its
own clause when it is an object, and never into a quotation from outside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .context import AT_HOME, DOMESTIC, SEATED, bare_organ, foreign, seat_country
from .institution import leader_country, loyal_country
from .kb import Entry
from .mention import ARMED, PRONOUN_GENDER, SUBJECT_DEPS, Context, Mention
from .organs import organ_acts, organ_figure

ARMED_CLASSES = frozenset({"insurgents", "militants", "rebels"})
#: definite nominals that refer back only to an actor with the same role, never stand alone
UNCUED_NOMINALS = frozenset(
    {"government", "ministry", "parliament", "party", "group", "delegation", "officials",
     "authorities", "leaders", "court", "company", "union", "council", "media"}
)  # fmt: skip
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})


@dataclass
class Cluster:
    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    org: str | None = None
    gender: str | None = None
    classes: set[str] = field(default_factory=set)
    armed: bool = False
    country_from: str | None = None

    def add(self, m: Mention, profile: bool = True) -> None:
        self.mentions.append(m)
        self.classes |= m.classes
        self.armed = self.armed or m.armed or (profile and m.sector in ARMED)
        if not profile:
            return
        # a region the knowledge base codes with no country or sector ("Gulf states": PGS)
        if self.country is None and self.sector is None and (m.country or m.sector or m.code):
            self.country, self.sector, self.code, self.org = m.country, m.sector, m.code, m.org
            self.country_from = m.country_from if m.country else None
        elif self.country_from == "context" and m.country and m.country_from != "context":
            # the actor's own words, met later, beat the country of the passage
            self.country, self.country_from = m.country, m.country_from
            self.code = f"{m.country}{self.sector or ''}"
        if self.gender is None:
            self.gender = m.gender

    @property
    def last_token(self) -> int:
        return self.mentions[-1].first


def edit1(a: str, b: str) -> bool:
    """At most one substitution, insertion or deletion apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:k] + b[k + 1 :] == a for k in range(len(b)))


def _names(surface: str) -> list[str]:
    return [w.strip(".,").lower() for w in surface.replace("-", " ").split() if w.strip(".,")]


def same_person(a: str, b: str) -> bool:
    """Same surname (fuzzy for long ones) and compatible given names."""
    na, nb = _names(a), _names(b)
    if not na or not nb:
        return False
    sa, sb = na[-1], nb[-1]
    if not (sa == sb or (min(len(sa), len(sb)) >= 6 and edit1(sa, sb))):
        return False
    ga, gb = na[:-1], nb[:-1]
    if not ga or not gb:
        return True
    short, long_ = sorted((na, nb), key=len)
    if len(short) < len(long_) and long_[-len(short) :] == short:
        return True  # "Pérez Molina" after "Otto Pérez Molina": a double surname
    x, y = ga[0], gb[0]
    return x == y or (len(x) <= 2 and y.startswith(x[0])) or (len(x) >= 4 and edit1(x, y))


def cluster(ctx: Context, mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    people: list[Cluster] = []
    at: dict[int, Cluster] = {}  # token -> the cluster of the mention placed over it so far
    for m in mentions:
        c: Cluster | None = None
        _owned(ctx, m, at, clusters)
        if m.kind == "person" and m.key is None:
            c = _person_cluster(ctx, m, people)
            if c is None:
                c = Cluster("person:" + m.surface, "person")
                people.append(c)
                clusters.append(c)
            c.add(m)
        elif m.kind in ("nominal", "group") and _pair_nominal(ctx, m):
            pass  # "the two leaders": both sides named before, not one actor (see below)
        elif m.kind in ("nominal", "pronoun"):
            c = _resolve(ctx, m, clusters) if m.kind == "nominal" else _pronoun(ctx, m, clusters)
            fresh = c is None and m.kind == "nominal"
            if fresh:
                _in_context(ctx, m, clusters)
            if fresh:
                c = _new_from_nominal(ctx, m, by_key, clusters)
            if c is not None:
                c.add(m, profile=fresh or (m.kind == "nominal" and c.kind != "person"))
                if m.kind == "pronoun" and c.kind == "person" and m.gender in ("m", "f"):
                    c.gender = c.gender or m.gender  # "he" tells what the name did not
        elif m.key is not None:
            c = by_key.get(m.key)
            if c is None:
                c = by_key[m.key] = Cluster(m.key, m.kind)
                clusters.append(c)
            c.add(m)
        if c is not None:
            for i in range(m.np_first, m.last):
                at.setdefault(i, c)
    return _cataphora(ctx, clusters)


def _cataphora(ctx: Context, clusters: list[Cluster]) -> list[Cluster]:
    """ "The Taliban's leader said ... Taliban chief Haibatullah Akhundzada": a nominal-only
    person joins the next named person of the same role class within three sentences."""
    out = []
    for c in clusters:
        if c.key.startswith("nominal:person") and all(m.kind == "nominal" for m in c.mentions):
            target = _named_after(ctx, c, clusters)
            if target is not None:
                target.mentions.extend(c.mentions)
                target.mentions.sort(key=lambda m: m.first)
                continue
        out.append(c)
    return out


def _named_after(ctx: Context, c: Cluster, clusters: list[Cluster]) -> Cluster | None:
    toks = ctx.tokens
    start = c.mentions[0].first
    best = None
    for d in clusters:
        if d.kind != "person" or d is c or not (c.classes & d.classes):
            continue
        if ((c.org or d.org) and c.org != d.org) or c.country != d.country:
            continue
        named = [m.first for m in d.mentions if m.kind == "person"]
        if not named:
            continue
        first = min(named)
        near = first > start and toks[first].sent - toks[start].sent <= 3
        if near and (best is None or first < min(m.first for m in best.mentions)):
            best = d
    return best


def _person_cluster(ctx: Context, m: Mention, people: list[Cluster]) -> Cluster | None:
    """The most recently mentioned person whose every name fits this one ("Clinton" after
    both "Bill Clinton" and "Hillary Clinton" goes to whichever came last), and whose
    gender and role do not conflict with it: "Bello said she ..." is not Musa Bello, whom
    "he" named before; "Senator Keller" is not Governor Ann Keller while another Keller
    is a senator."""
    gender = m.gender or _said_gender(ctx, m)
    fitting = []
    for p in people:
        named = [x.surface for x in p.mentions if x.kind == "person"]
        if not named or not all(same_person(m.surface, x) for x in named):
            continue
        if gender and p.gender and gender != p.gender:
            continue
        fitting.append(p)
    if not fitting:
        return _by_given_name(m, people, gender)
    if m.title is not None:
        same_role = [p for p in fitting if m.title.cls in p.classes]
        fitting = same_role or [p for p in fitting if not p.classes] or fitting
    # a known gender that agrees beats an unknown one; then the most recent
    return max(
        fitting, key=lambda p: (bool(gender) and p.gender == gender, p.last_token), default=None
    )


def _by_given_name(m: Mention, people: list[Cluster], gender: str | None) -> Cluster | None:
    """A lone given name ("Hillary", after "Hillary Clinton") that is the first name of one
    earlier person only, of no other gender; never when two people share it."""
    words = _names(m.surface.removesuffix("'s").removesuffix("’s"))
    if len(words) != 1 or m.title is not None:
        return None
    found = [
        p
        for p in people
        if any(
            len(n := _names(x.surface)) > 1 and n[0] == words[0]
            for x in p.mentions
            if x.kind == "person"
        )
    ]
    if len(found) != 1 or (gender and found[0].gender and gender != found[0].gender):
        return None
    return found[0]


def _said_gender(ctx: Context, m: Mention) -> str | None:
    """The gender a name's own report gives it: "Bello said she would sign" (the subject of
    the reported clause is the speaker, as good as always)."""
    toks = ctx.tokens
    subj = next((i for i in range(m.first, m.last) if toks[i].dep in SUBJECT_DEPS), None)
    if subj is None:
        return None
    verb = toks[subj].head
    for k in ctx.parse.children[verb]:
        if toks[k].dep != "ccomp":
            continue
        for j in ctx.parse.children[k]:
            g = PRONOUN_GENDER.get(toks[j].text.lower())
            if toks[j].dep in SUBJECT_DEPS and g in ("m", "f"):
                return g
    return None


def _resolve(ctx: Context, m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """A nominal's antecedent: the most recent actor in the same role class."""
    if not m.definite and m.country is None:
        return None
    cls = m.title.cls if m.title else None
    best: Cluster | None = None
    for c in clusters:
        if c.last_token >= m.first or c.kind in ("state",) or not c.mentions:
            continue
        if m.named_kind == "person" and c.kind != "person":
            continue
        if m.country is not None and c.country != m.country:
            continue
        if m.org is not None and c.org != m.org:
            continue
        if _stands_elsewhere(ctx, m, c):
            continue  # "Ugandan police ... In Kenya, the police ...": Kenya's
        if m.named_kind == "group" and c.kind == "person":
            continue
        if not m.definite and cls not in c.classes:
            continue
        armed = cls in ARMED_CLASSES and c.armed and c.kind in ("group", "organisation")
        named = m.definite and (_named_by_head(c, cls) or _same_head(ctx, m, c))
        if cls in UNCUED_NOMINALS and m.country is None and c.country is not None and not named:
            continue  # "the administration" after "the Russian government": not safe
        if (cls in c.classes or armed or named) and (
            best is None or c.last_token > best.last_token
        ):
            best = c
    return best


def _pair_nominal(ctx: Context, m: Mention) -> bool:
    """ "The two leaders", "both sides", "the two presidents": a plural nominal that stands
    for two actors named before it. No one cluster is its antecedent, and the passage's
    country is not its own; the events stage pairs it with the two sides
    (:func:`tacitus.events.sources.pair_doers`). Not when its own words give a country
    ("the two Kenyan ministers")."""
    if m.country is not None and m.country_from != "context":
        return False
    head = ctx.tokens[_mention_head(ctx, m)]
    if head.tag not in ("NNS", "NNPS"):
        return False
    left = {c.text.lower() for c in ctx.parse.child_tokens[head.i] if c.i < head.i}
    return "both" in left or {"the", "two"} <= left


def _stands_elsewhere(ctx: Context, m: Mention, c: Cluster) -> bool:
    """A body that acts where it stands (police, crowds, workers: ``AT_HOME``), named by a
    nominal in a sentence placed in another country than the earlier body's."""
    if m.title is None or m.title.sector not in AT_HOME or c.country is None:
        return False
    sent = ctx.tokens[m.first].sent
    located = ctx.about.located
    here = located[sent] if sent < len(located) else None
    return here is not None and here != c.country


def _same_head(ctx: Context, m: Mention, c: Cluster) -> bool:
    """A definite nominal that repeats the head noun of a body named before ("the ministry"
    after "Vietnam's foreign ministry", "the army" after "the Sudanese army") in a sentence
    that names another country, as a party ("The ministry accused Beijing ..."): the same
    body, as news refers back to it, not the other country's (which the passage's country
    would give it). Not where that sentence places itself in another country ("In Uganda,
    the police ..."). A sentence naming no other country leaves the nominal to the rules
    for bodies whose owner the text must say (see ``UNCUED_NOMINALS``)."""
    if c.kind not in ("group", "organisation") or c.country is None:
        return False
    sent = ctx.tokens[m.first].sent
    if not ctx.sentence_countries.get(sent, set()) - {c.country}:
        return False
    located = ctx.about.located
    here = located[sent] if sent < len(located) else None
    if here is not None and here != c.country:
        return False
    head = m.surface.lower().split()[-1]
    return any(
        x.kind != "pronoun" and x.surface.lower().split()[-1] == head and x is not m
        for x in c.mentions
    )


def _named_by_head(c: Cluster, cls: str | None) -> bool:
    """Whether an organisation's name has the nominal's word as its head: "the ministry"
    after "the Interior Ministry of Kazakhstan", "the court" after "the Supreme Court"."""
    if cls is None or c.kind != "organisation":
        return False
    for x in c.mentions:
        if x.kind == "pronoun":
            continue
        words = x.surface.lower().replace("’", "'").split()
        cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on")), len(words))
        if cut and words[cut - 1].removesuffix("'s") == cls:
            return True
    return False


def _in_context(ctx: Context, m: Mention, clusters: list[Cluster]) -> None:
    """ "The president", "parliament", "the opposition" with nobody to refer back to: the
    country of their owner ("Ghani's government"), else the country the passage is about
    (none when it is split)."""
    if m.country is not None or m.org is not None or m.title is None:
        return
    if m.title.sector not in DOMESTIC or foreign(m.surface):
        return
    owner = _possessor(ctx, m, clusters)
    if owner is not None:
        m.country, m.country_from, m.code = owner.country, "title", None
        return
    led = leader_country(ctx, m) or loyal_country(ctx, m)
    if led is not None:  # "the Clinton administration", "militias loyal to Tehran"
        m.country, m.country_from, m.code = led, "institution", None
        return
    m.country = ctx.about_at(m.first)
    if m.country is not None:
        m.country_from = "context"
        m.code = None


def _possessor(ctx: Context, m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The actor, with a country, that owns a nominal: "[Ghani]'s government"."""
    j = m.first - 1
    if j < 1 or ctx.tokens[j].tag != "POS":
        return None
    for c in clusters:
        if c.country and any(x.first <= j - 1 < x.last for x in c.mentions):
            return c
    return None


def _new_from_nominal(
    ctx: Context, m: Mention, by_key: dict[str, Cluster], out: list[Cluster]
) -> Cluster | None:
    # "a minister" is nobody in particular; "the foreign minister" of no known country is
    # still someone: the subject a later "he" refers to, not the president named before him
    if (
        m.country is None
        and m.org is None
        and not (m.sector and (m.named_kind == "group" or m.definite))
    ):
        return None
    uncued = m.country is None and m.org is None and m.title and m.title.cls in UNCUED_NOMINALS
    if uncued and not (bare_organ(ctx.parse, m) or organ_acts(ctx, m)):
        return None  # "the party", "the court": whose, the text must say (see bare_organ)
    if m.country_from == "context" and organ_figure(ctx, m):
        return None  # "the ministry shot down reports": no act, whoever's ministry it is
    kind = "person" if m.named_kind == "person" else "group"
    cls = m.title.cls if m.title else ""
    key = f"nominal:person:{m.country}:{m.org}:{cls}"
    if kind == "group":  # the same key an indefinite group of this kind gets
        key = f"group:{m.country or m.org}:{m.sector}:{cls}"
    c = by_key.get(key)
    if c is None:
        c = by_key[key] = Cluster(key, kind)
        out.append(c)
    return c


def _compatible(m: Mention, c: Cluster, ctx: Context | None = None) -> bool:
    if m.gender == "p":
        return c.kind in ("group", "organisation")
    if m.gender == "n":
        return c.kind in ("organisation", "state") or (
            ctx is not None and c.kind == "group" and _body_pronoun(ctx, m, c)
        )
    return c.kind == "person" and (c.gender is None or c.gender == m.gender)


#: Sectors of a group that is one body ("the defence ministry", "the junta", "the army"):
#: "its" may refer to it, as to a named organisation; not to a crowd or a family.
BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "REB", "INS", "PTY"})


def _body_pronoun(ctx: Context, m: Mention, c: Cluster) -> bool:
    """ "Its" ("its jets", "its forces": the body's own), or "it" as the subject of a
    sentence after the one that named the body ("The Serbian government said ... . *It*
    rejected ..."); a bare "it" inside the body's own sentence is left alone ("the
    government said it was studying ...", "the party ... if it continued")."""
    if not _one_body(ctx, c):
        return False
    t = ctx.tokens[m.first]
    if t.tag == "PRP$":
        return True
    verb = ctx.tokens[t.head]
    named = next((x for x in c.mentions if x.kind != "pronoun"), None)
    return (
        t.dep == "nsubj"
        and verb.head == verb.i
        and named is not None
        and ctx.tokens[named.first].sent < t.sent
    )


def _one_body(ctx: Context, c: Cluster) -> bool:
    """A group named by a singular noun of a body ("the Turkish defence ministry"), not
    by a plural one ("Turkish troops": "they")."""
    if c.sector not in BODY_SECTORS:
        return False
    named = next((x for x in c.mentions if x.kind != "pronoun"), None)
    return named is not None and ctx.tokens[_mention_head(ctx, named)].tag in ("NN", "NNP")


def _pronoun(ctx: Context, m: Mention, clusters: list[Cluster]) -> Cluster | None:
    toks = ctx.tokens
    t = toks[m.first]
    owner: dict[int, tuple[Cluster, Mention]] = {}
    for c in clusters:
        for x in c.mentions:
            if x.kind != "pronoun" or x.first < m.first:
                owner.setdefault(x.first, (c, x))
    if _bound_to_other(ctx, m, owner):
        return None
    bound = _object_controlled(ctx, m, owner)
    if bound is not None:
        return bound
    # the subject of the pronoun's own verb, when the pronoun is its object
    kids = ctx.parse.children[t.head] if t.dep in OBJECT_DEPS else ()
    clause_subject = {k for k in kids if toks[k].dep in SUBJECT_DEPS}
    sent = t.sent
    reach = 2 if m.gender in ("p", "n") else 4
    for s in range(sent, max(-1, sent - reach), -1):
        sp = ctx.parse.sentences[s]
        root = next((k for k in range(sp.first, sp.last) if toks[k].head == k), sp.first)
        cands = []
        for pos, (c, x) in owner.items():
            if toks[pos].sent != s or (s == sent and pos >= m.first) or not _compatible(m, c, ctx):
                continue
            if ctx.quoted[pos] and not ctx.quoted[m.first]:
                continue
            if any(i in clause_subject for i in range(x.first, x.last)):
                continue
            tier = 0 if ctx.is_subject(x) else 1
            if m.gender == "n" and tier:
                continue  # "it" and "its" refer back to subjects only
            cands.append((tier, -pos if s == sent else abs(pos - root), c))
        if cands:
            cands.sort(key=lambda x: (x[0], x[1]))
            return cands[0][2]
    return None


def _object_controlled(
    ctx: Context, m: Mention, owner: dict[int, tuple[Cluster, Mention]]
) -> Cluster | None:
    """ "The United States urged Japan to withdraw its troops": a possessive in an
    infinitive with no subject of its own belongs to the one told to act, the object of the
    verb above, when that is a compatible actor; not the subject of the sentence."""
    toks = ctx.tokens
    t = toks[m.first]
    if t.tag != "PRP$":
        return None
    k, steps = t.head, 0
    while toks[k].pos not in ("VERB", "AUX") and toks[k].head != k and steps < 6:
        k, steps = toks[k].head, steps + 1
    if toks[k].dep != "xcomp" or any(c.dep in SUBJECT_DEPS for c in ctx.parse.child_tokens[k]):
        return None
    obj = next((c.i for c in ctx.parse.child_tokens[toks[k].head] if c.dep == "dobj"), None)
    if obj is None:
        return None
    for c, x in owner.values():
        if x.np_first <= obj < x.last and x.first < m.first and _compatible(m, c, ctx):
            return c
    return None


def _bound_to_other(ctx: Context, m: Mention, owner: dict[int, tuple[Cluster, Mention]]) -> bool:
    """ "Some of our friends have blisters on their feet": a possessive that belongs to the
    subject of its own clause, when that subject is a plain noun and not an actor."""
    toks = ctx.tokens
    t = toks[m.first]
    if t.tag != "PRP$" or m.gender != "p":
        return False
    k, steps = t.head, 0
    while toks[k].pos not in ("VERB", "AUX") and toks[k].head != k and steps < 6:
        k, steps = toks[k].head, steps + 1
    subj = [c for c in toks if c.head == k and c.dep in SUBJECT_DEPS and c.i < t.i]
    covered = {i for pos, (_c, x) in owner.items() for i in range(x.first, x.last)}
    return any(c.tag in ("NNS", "NNPS") and c.i not in covered for c in subj)


#: nouns that, owned with "the" ("the country's foreign minister", "the Andean nation's
#: army"), stand for a state named before, as "its" does
NATION_WORDS = frozenset({"country", "nation", "kingdom", "republic", "emirate"})


def _owned(ctx: Context, m: Mention, at: dict[int, Cluster], clusters: list[Cluster]) -> None:
    """A domestic body or official whose own words give no country (or only the passage's)
    takes the country of the actor a possessive points to ("its troops", "their
    ambassador", "the country's interior minister"), else of the place its organ sits in
    ("the foreign ministry in Hanoi"); run before the mention is placed, so a group keyed
    by its country joins that country's group. Not where the owner acts on what it owns
    ("Russia withdrew its troops from Syria"): coders give such an act the place it is
    done to as target, never the actor's own men."""
    if m.kind == "organisation" and m.country is None:
        _named_after_country(ctx, m)
        return
    if m.kind not in ("nominal", "group") or m.sector not in DOMESTIC or m.org is not None:
        return
    if (m.country is not None and m.country_from != "context") or foreign(m.surface):
        return
    owner = _possessed_by(ctx, m, at, clusters)
    if owner is not None and owner.kind == "person" and m.sector not in SERVES:
        owner = None  # "her lawyer": hired where the case is, of any country
    if owner is not None and owner.country is not None:
        if _acted_on_by(ctx, m, owner, at, clusters):
            return
        _give(m, owner.country, "title")
        return
    seat = seat_country(ctx, m.first, m.last) if m.title and m.title.cls in SEATED else None
    if seat is not None:
        _give(m, seat, "place")


#: sectors of those a person's possessive makes of the person's own state or movement ("his
#: government", "her ministers", "his troops", "their party")
SERVES = frozenset({"GOV", "MIL", "COP", "SPY", "PTY", "OPP", "REB", "INS"})


def _named_after_country(ctx: Context, m: Mention) -> None:
    """An organisation whose name the text opens with a country or demonym that the
    recogniser left outside it ("the U.S. District Court", "the Kenyan Wildlife Service"):
    that country, when the country word qualifies the name's head."""
    toks = ctx.tokens
    j = m.np_first - 1
    hit = ctx.kb_at.get(j) if j >= 0 else None
    e = hit.value if hit is not None else None
    if not isinstance(e, Entry) or e.what not in ("state", "demonym") or hit is None:
        return
    if hit.last != m.np_first or toks[j].dep not in ("compound", "amod", "nmod"):
        return
    if not m.first <= toks[j].head < m.last:
        return
    country = e.role(ctx.date).country
    if country:
        m.country, m.country_from, m.code = country, "demonym", f"{country}{m.sector or ''}"


def _give(m: Mention, country: str, how: str) -> None:
    m.country, m.country_from, m.code = country, how, None
    if m.key is not None and m.key.startswith("group:"):
        parts = m.key.split(":")
        parts[1] = country
        m.key = ":".join(parts)


def _mention_head(ctx: Context, m: Mention) -> int:
    toks = ctx.tokens
    return next(
        (i for i in range(m.first, m.last) if not m.first <= toks[i].head < m.last), m.last - 1
    )


def _possessed_by(
    ctx: Context, m: Mention, at: dict[int, Cluster], clusters: list[Cluster]
) -> Cluster | None:
    """The actor that owns a mention's head: "[its] troops", "[Chile]'s envoy", "[the
    country]'s minister" (resolved as "its" is: the nearest subject state)."""
    toks = ctx.tokens
    for p in ctx.parse.children[_mention_head(ctx, m)]:
        if toks[p].dep != "poss":
            continue
        if p in at:
            return at[p]
        word = toks[p]
        dets = [k for k in ctx.parse.child_tokens[p] if k.dep == "det"]
        if word.lemma.lower() in NATION_WORDS and any(d.text.lower() == "the" for d in dets):
            it = Mention(p, p + 1, "pronoun", word.text, gender="n")
            return _pronoun(ctx, it, clusters)
    return None


def _acted_on_by(
    ctx: Context, m: Mention, owner: Cluster, at: dict[int, Cluster], clusters: list[Cluster]
) -> bool:
    """Whether the mention is the object of a verb (directly or through a preposition)
    whose subject, or the one told to act ("urged Japan to withdraw its troops"), is the
    owner itself."""
    toks = ctx.tokens
    t = toks[_mention_head(ctx, m)]
    if t.dep == "pobj" and toks[t.head].text.lower() == "of":
        t = toks[toks[t.head].head]  # "some of its troops"
    if t.dep == "pobj":
        t = toks[t.head]
    if t.dep not in ("dobj", "dative", "prep") or toks[t.head].pos not in ("VERB", "AUX"):
        return False
    subj = _controller(ctx, t.head)
    if subj is None:
        return False
    gender = PRONOUN_GENDER.get(toks[subj].text.lower())
    if subj not in at and gender is not None:  # "it is willing to ...": no mention made
        return (
            _pronoun(ctx, Mention(subj, subj + 1, "pronoun", "it", gender=gender), clusters)
            is owner
        )
    return at.get(subj) is owner


#: links along which a verb with no subject of its own takes the one above ("is willing
#: [to withdraw]", "offered [to send]", "will withdraw ... and [close]")
CONTROLLED = frozenset({"xcomp", "acomp", "conj"})


def _controller(ctx: Context, verb: int) -> int | None:
    """The subject of a verb: its own, else, for an infinitive ("offered to send", "urged
    Japan to withdraw"), the object of the verb above it or that verb's subject."""
    toks = ctx.tokens
    for _ in range(4):
        kids = ctx.parse.child_tokens[verb]
        subj = next((k.i for k in kids if k.dep == "nsubj"), None)
        if subj is not None:
            return subj
        if toks[verb].dep not in CONTROLLED or toks[verb].head == verb:
            return None
        above = toks[verb].head
        if toks[verb].dep == "xcomp":
            kids = ctx.parse.child_tokens[above]
            obj = next((k.i for k in kids if k.dep == "dobj"), None)
            if obj is not None:
                return obj
        verb = above
    return None


#: verbs (lemmas) of saying: their subject reports the clause they govern
SPEECH = frozenset({"say", "tell", "add", "announce", "report", "confirm", "state", "claim"})
#: sectors of the reported doers whose country a nameless speaking organ shares
REPORTED = frozenset({"GOV", "MIL", "COP", "SPY"})


def reported_country(ctx: Context, m: Mention, clusters: Sequence[Cluster]) -> str | None:
    """A state organ or official with no country of its own that reports what a state or
    its forces did, in a sentence split between countries: "Turkish jets bombed positions in
    Iraq, the defence ministry said". News names the speaker's country when it is not the
    doer's ("..., Iraq's foreign ministry said"), so the bare organ is the doer's."""
    toks = ctx.tokens
    t = toks[_mention_head(ctx, m)]
    if t.dep != "nsubj" or toks[t.head].lemma.lower() not in SPEECH:
        return None
    verb = toks[t.head]
    clauses = [k.i for k in ctx.parse.child_tokens[verb.i] if k.dep == "ccomp"]
    if verb.dep == "parataxis":  # "Myanmar set up ties with ..., the ministry said"
        clauses.append(verb.head)
    found = set()
    for k in clauses:
        for subj in (j.i for j in ctx.parse.child_tokens[k] if j.dep == "nsubj"):
            for c in clusters:
                if c.country is None or not (c.kind == "state" or c.sector in REPORTED):
                    continue
                if any(x.np_first <= subj < x.last for x in c.mentions if x.kind != "pronoun"):
                    found.add(c.country)
    return next(iter(found)) if len(found) == 1 else None
