"""Find actor mentions: knowledge-base names, people, organisations, groups, nominals, pronouns.

The knowledge base and the title rules come before NER: a KB name is never re-read as a
person, a title word is cut off a PERSON entity ("Prime Minister Imran Khan"), a name NER
cut short is extended ("J. Blinken" -> "Antony J. Blinken"), and a PERSON entity that sits
where a place sits ("from Lashkar Gah") is left to the places stage.
"""

from __future__ import annotations

from collections import Counter

from .kb import Match, Title
from .mention import PRONOUN_GENDER, Context, Mention
from .roles import RoleInfo, chain_left, np_right, read_role

LOCATIVE = frozenset(
    {"in", "at", "from", "to", "into", "near", "across", "towards", "toward", "through", "via"}
)
PLACE_WORDS = frozenset({"province", "district", "city", "village", "town", "valley", "region"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "conj", "appos"})
ARGUMENT_PREPS = frozenset({"with", "by", "against", "between", "and"})
#: generic groups that stay unnamed unless a country or organisation qualifies them
NEEDS_CUE = frozenset(
    {"government", "ministry", "parliament", "delegation", "group", "party", "union", "court",
     "company", "media", "leaders", "council", "commission", "university", "movement",
     "officials", "authorities", "elders", "church"}
)  # fmt: skip


def find_mentions(ctx: Context) -> list[Mention]:
    used: set[int] = set()
    orgs = _org_entities(ctx)
    org_roles = {i: info for m, info in orgs for i in range(m.first, m.last)}
    out: list[Mention] = []
    for m, _info in orgs:
        used.update(range(m.first, m.last))
        out.append(m)
    for p in _people(ctx, used):
        used.update(range(p.first, p.last))
        _person_role(ctx, p, used, org_roles)
        out.append(p)
    out.extend(_titled(ctx, used, org_roles))
    out.extend(_kb_mentions(ctx, used))
    out.extend(_pronouns(ctx))
    out.sort(key=lambda m: (m.first, m.last))
    return out


def _argument(ctx: Context, first: int, last: int) -> bool:
    """A span in an argument slot (subject, object, "talks with X"), not a locative."""
    toks = ctx.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), first)
    t = toks[head]
    if t.dep == "pobj":
        return toks[t.head].text.lower() in ARGUMENT_PREPS
    return t.dep in ARGUMENT_DEPS


def _people(ctx: Context, used: set[int]) -> list[Mention]:
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for ent in ctx.parse.entities:
        if ent.label != "PERSON":
            continue
        f, last = ent.first, ent.last
        while f < last and (
            f in ctx.title_at
            or f in ctx.kb_at
            or toks[f].pos in ("DET", "PUNCT")
            or not toks[f].text[:1].isupper()
        ):
            f += 1
        while last > f and (toks[last - 1].pos == "PUNCT" or toks[last - 1].tag == "POS"):
            last -= 1
        if f >= last or any(i in used or i in ctx.kb_at for i in range(f, last)):
            continue
        while f > 0 and _name_token(ctx, f - 1, used):
            f -= 1
        if not _place_like(ctx, f, last):
            spans.append((f, last))
    spans.extend(_title_led_names(ctx, used, spans))
    spans.sort()
    out: list[Mention] = []
    for f, last in spans:
        if out and f < out[-1].last:
            continue
        surface = ctx.span_text(f, last)
        out.append(Mention(f, last, "person", surface, key=None))
    return out


def _name_token(ctx: Context, i: int, used: set[int]) -> bool:
    t = ctx.tokens[i]
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and i not in ctx.title_at
        and i not in ctx.kb_at
        and i not in used
        and t.ent in ("", "PERSON")
    )


def _title_led_names(ctx: Context, used: set[int], have: list[tuple[int, int]]) -> list:
    """Names NER missed right after a person title ("Ambassador Khalilzad")."""
    covered = {i for f, last in have for i in range(f, last)}
    out = []
    for m in ctx.title_matches:
        title = m.value
        assert isinstance(title, Title)
        if title.kind != "person":
            continue
        j = m.last
        k = j
        while k < len(ctx.tokens) and _name_token(ctx, k, used) and k not in covered:
            k += 1
        if k > j and ctx.tokens[k - 1].sent == ctx.tokens[j].sent:
            out.append((j, k))
    return out


def _place_like(ctx: Context, f: int, last: int) -> bool:
    toks = ctx.tokens
    if f - 1 >= 0 and (f - 1) in ctx.title_at:
        return False
    if toks[f].text.lower() in ctx.kb.genders:
        return False
    if last < len(toks) and toks[last].text.lower() in PLACE_WORDS:
        return True
    prev = toks[f - 1].text.lower() if f > 0 else ""
    return prev in LOCATIVE


def _person_role(ctx: Context, p: Mention, used: set[int], orgs: dict[int, RoleInfo]) -> None:
    stop = {i for i in range(len(ctx.tokens)) if i in used and i not in orgs}
    stop -= set(range(p.first, p.last))
    left = chain_left(ctx, p.first, stop)
    info = read_role(ctx, left, orgs)
    if info.title is None:
        j = p.last
        if j < len(ctx.tokens) and ctx.tokens[j].text in (",", "–", "—", "-"):
            info = read_role(ctx, np_right(ctx, j + 1), orgs)
    else:
        used.update(left)
    used |= info.used
    _apply(p, info)
    first = ctx.tokens[p.first].text.lower()
    if p.gender is None and p.last - p.first > 1:
        p.gender = ctx.kb.genders.get(first)


def _apply(m: Mention, info: RoleInfo) -> None:
    m.country, m.sector, m.code, m.org = info.country, info.sector, info.code, info.org
    if info.title is not None:
        m.title = info.title
        m.gender = info.title.gender
        m.classes.add(info.title.cls)


def _org_entities(ctx: Context) -> list[tuple[Mention, RoleInfo]]:
    """ORG entities the knowledge base does not know; their sector comes from a role word."""
    toks = ctx.tokens
    out = []
    for ent in ctx.parse.entities:
        if ent.label != "ORG":
            continue
        f, last = ent.first, ent.last
        while f < last and toks[f].pos in ("DET", "PUNCT"):
            f += 1
        if f >= last or any(i in ctx.kb_at for i in range(f, last)):
            continue
        if all(t.text.isupper() for t in toks[f:last]) and last - f == 1:
            continue  # a dateline or an unknown acronym
        info = RoleInfo()
        titles = [ctx.title_at[i].value for i in range(f, last) if i in ctx.title_at]
        info.sector = next((t.sector for t in reversed(titles) if isinstance(t, Title)), None)
        for i in range(f, last):
            m = ctx.kb_at.get(i)
            if m is not None and ctx.entry(m).what in ("state", "demonym"):
                info.country = ctx.entry(m).role(ctx.date).country
        if info.country is None and info.sector is not None:
            info.country = context_country(ctx, toks[f].sent)
        name = ctx.span_text(f, last)
        info.org = name
        mention = Mention(f, last, "organisation", name, key="org:" + name.lower())
        mention.country, mention.sector = info.country, info.sector
        out.append((mention, info))
    return out


def context_country(ctx: Context, sent: int) -> str | None:
    """The one country the surrounding sentences (this and the two before) talk about."""
    counts: Counter[str] = Counter()
    for m in ctx.kb_matches:
        s = ctx.tokens[m.first].sent
        e = ctx.entry(m)
        if sent - 2 <= s <= sent and e.what in ("state", "demonym", "capital"):
            c = e.role(ctx.date).country
            if c:
                counts[c] += 1
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _kb_mentions(ctx: Context, used: set[int]) -> list[Mention]:
    out = []
    for m in ctx.kb_matches:
        if any(i in used for i in range(m.first, m.last)):
            continue
        e = ctx.entry(m)
        r = e.role(ctx.date)
        surface = ctx.span_text(m.first, m.last)
        if e.what == "state":
            men = Mention(m.first, m.last, "state", surface, key="state:" + (r.country or ""))
            men.country, men.code = r.country, r.country
        elif e.what == "capital":
            if not _argument(ctx, m.first, m.last):
                continue
            men = Mention(m.first, m.last, "state", surface, key=f"gov:{r.country}")
            men.country, men.sector, men.code = r.country, "GOV", r.code
        elif e.what == "demonym":
            t = ctx.tokens[m.last - 1]
            if t.tag not in ("NNS", "NNPS") and t.dep in ("amod", "compound"):
                continue
            if not t.text.endswith("s"):
                continue
            men = Mention(m.first, m.last, "group", surface, key=f"people:{r.country}")
            men.country, men.sector = r.country, "CVL"
        else:
            men = Mention(m.first, m.last, r.kind, surface, key="kb:" + e.name.lower())
            men.country, men.sector, men.code, men.org = r.country, r.sector, r.code, e.name
            if r.kind == "person":
                men.gender = ctx.kb.genders.get(e.name.split()[0].lower())
        out.append(men)
    return out


def _titled(ctx: Context, used: set[int], orgs: dict[int, RoleInfo]) -> list[Mention]:
    """Title words not attached to a name: groups ("Afghan forces") and nominals ("the envoy")."""
    out: list[Mention] = []
    for m in ctx.title_matches:
        if any(i in used for i in range(m.first, m.last)):
            continue
        title = m.value
        assert isinstance(title, Title)
        head = ctx.tokens[m.last - 1]
        if head.pos not in ("NOUN", "PROPN") or (
            m.last < len(ctx.tokens)
            and (ctx.tokens[m.last].pos in ("NOUN", "PROPN") and m.last not in ctx.kb_at)
        ):
            continue  # a modifier ("peace envoy talks"), not the head of its phrase
        left = chain_left(ctx, m.first, used)
        left = [i for i in left if i not in ctx.title_at or ctx.title_at[i] is m] + list(
            range(m.first, m.last)
        )
        left.sort()
        out.extend(_titled_mentions(ctx, m, title, left, used, orgs))
    return out


def _titled_mentions(
    ctx: Context,
    m: Match,
    title: Title,
    idxs: list[int],
    used: set[int],
    orgs: dict[int, RoleInfo],
) -> list[Mention]:
    toks = ctx.tokens
    right = []
    if m.last < len(toks) and toks[m.last].text.lower() in ("of", "for"):
        right = np_right(ctx, m.last)
    info = read_role(ctx, idxs + right, orgs)
    first = idxs[0]
    det = toks[first - 1].text.lower() if first > 0 else ""
    countries = _coordinated_countries(ctx, idxs) if title.kind == "group" else []
    used.update(range(first, m.last))
    used |= info.used
    surface = ctx.span_text(first, m.last)
    if len(countries) > 1:
        out = []
        for c in countries:
            men = Mention(first, m.last, "group", surface, key=f"group:{c}:{title.cls}")
            men.country, men.sector = c, info.sector or title.sector
            men.classes.add(title.cls)
            out.append(men)
        return out
    men = Mention(first, m.last, "nominal", surface)
    _apply(men, info)
    men.named_kind = title.kind
    men.definite = det in ("the", "this", "that", "these", "those") or any(
        toks[i].tag == "POS" for i in idxs
    )
    if info.org is None and info.country is None and title.cls in NEEDS_CUE and not men.definite:
        return []
    cued = info.country is not None or info.org is not None
    if (cued or not men.definite) and title.kind == "group":
        men.kind = "group"
        men.key = f"group:{info.country or info.org}:{info.sector}:{title.cls}"
    return [men]


def _coordinated_countries(ctx: Context, idxs: list[int]) -> list[str]:
    """ "Hungarian and Romanian officials": one country per coordinated cue."""
    out = []
    for i in idxs:
        m = ctx.kb_at.get(i)
        if m is not None and m.first == i and ctx.entry(m).what in ("state", "demonym"):
            c = ctx.entry(m).role(ctx.date).country
            if c and c not in out:
                out.append(c)
    words = {ctx.tokens[i].text.lower() for i in idxs}
    return out if "and" in words or "," in words else out[:1]


def _pronouns(ctx: Context) -> list[Mention]:
    out = []
    for t in ctx.tokens:
        g = PRONOUN_GENDER.get(t.text.lower())
        if g is not None and (t.pos == "PRON" or t.tag == "PRP$"):
            men = Mention(t.i, t.i + 1, "pronoun", t.text)
            men.gender = g
            out.append(men)
    return out
