"""In-article coreference: names, variant spellings, nominals ("the envoy") and pronouns.

Rules, in order: a person's later mentions share a surname (fuzzy: one edit apart for long
names, "Zalmai"/"Zalmay"); a definite nominal goes to the most recent actor with that role
class (and the same country when one is given); a pronoun goes to the nearest compatible
actor, preferring subjects, looking back at most three sentences, never to the subject of its
own clause when it is an object, and never into a quotation from outside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .mention import SUBJECT_DEPS, Context, Mention

ARMED = frozenset({"INS", "REB", "UAF"})
ARMED_CLASSES = frozenset({"insurgents", "militants", "rebels"})
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

    def add(self, m: Mention, profile: bool = True) -> None:
        self.mentions.append(m)
        self.classes |= m.classes
        if not profile:
            return
        if self.country is None and self.sector is None and (m.country or m.sector):
            self.country, self.sector, self.code, self.org = m.country, m.sector, m.code, m.org
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
    x, y = ga[0], gb[0]
    return x == y or (len(x) <= 2 and y.startswith(x[0])) or (len(x) >= 4 and edit1(x, y))


def cluster(ctx: Context, mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    people: list[Cluster] = []
    for m in mentions:
        if m.kind == "person" and m.key is None:
            c = next((p for p in people if any(same_person(m.surface, x.surface) for x in
                                                p.mentions)), None)  # fmt: skip
            if c is None:
                c = Cluster("person:" + m.surface, "person")
                people.append(c)
                clusters.append(c)
            c.add(m)
        elif m.kind in ("nominal", "pronoun"):
            c = _resolve(ctx, m, clusters) if m.kind == "nominal" else _pronoun(ctx, m, clusters)
            if c is None and m.kind == "nominal":
                c = _new_from_nominal(m, by_key, clusters)
            if c is not None:
                c.add(m, profile=m.kind == "nominal" and c.kind != "person")
        elif m.key is not None:
            c = by_key.get(m.key)
            if c is None:
                c = by_key[m.key] = Cluster(m.key, m.kind)
                clusters.append(c)
            c.add(m)
    return clusters


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
        if m.named_kind == "group" and c.kind == "person":
            continue
        if not m.definite and cls not in c.classes:
            continue
        armed = cls in ARMED_CLASSES and c.sector in ARMED and c.kind in ("group", "organisation")
        if (cls in c.classes or armed) and (best is None or c.last_token > best.last_token):
            best = c
    return best


def _new_from_nominal(m: Mention, by_key: dict[str, Cluster], out: list[Cluster]) -> Cluster | None:
    if m.country is None and m.org is None and not (m.named_kind == "group" and m.sector):
        return None
    if m.named_kind == "person" and m.country is None and m.org is None:
        return None
    kind = "person" if m.named_kind == "person" else "group"
    key = f"nominal:{kind}:{m.country}:{m.org}:{m.title.cls if m.title else ''}"
    c = by_key.get(key)
    if c is None:
        c = by_key[key] = Cluster(key, kind)
        out.append(c)
    return c


def _compatible(m: Mention, c: Cluster) -> bool:
    if m.gender == "p":
        return c.kind in ("group", "organisation")
    return c.kind == "person" and (c.gender is None or c.gender == m.gender)


def _pronoun(ctx: Context, m: Mention, clusters: list[Cluster]) -> Cluster | None:
    toks = ctx.tokens
    t = toks[m.first]
    owner: dict[int, Cluster] = {}
    for c in clusters:
        for x in c.mentions:
            if x.kind != "pronoun" or x.first < m.first:
                owner.setdefault(x.first, c)
    # the subject of the pronoun's own verb, when the pronoun is its object
    clause_subject = {
        k.i for k in toks if k.head == t.head and k.dep in SUBJECT_DEPS and t.dep in OBJECT_DEPS
    }
    sent = t.sent
    for s in range(sent, max(-1, sent - 4), -1):
        cands = []
        for pos, c in owner.items():
            k = toks[pos]
            if k.sent != s or (s == sent and pos >= m.first) or not _compatible(m, c):
                continue
            if ctx.quoted[pos] and not ctx.quoted[m.first]:
                continue
            mention = next(x for x in c.mentions if x.first == pos)
            if any(i in clause_subject for i in range(mention.first, mention.last)):
                continue
            subj = ctx.is_subject(mention)
            cands.append((not subj, -pos if s == sent else pos, c))
        if cands:
            cands.sort(key=lambda x: (x[0], x[1]))
            return cands[0][2]
    return None
