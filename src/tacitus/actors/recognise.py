"""Find actor mentions: knowledge-base names, people, organisations, groups, nominals, pronouns.

The knowledge base and the title rules come before NER: a KB name is never re-read as a
person, a title word is cut off a PERSON entity ("Prime Minister Imran Khan"), a name NER
cut short is extended ("J. Blinken" -> "Antony J. Blinken"), and a PERSON entity that sits
where a place sits ("from Lashkar Gah") is left to the places stage.
"""

from __future__ import annotations

from collections import Counter

from .kb import Match, Title, norm
from .mention import ARMED, PRONOUN_GENDER, Context, Mention
from .roles import RoleInfo, chain_left, np_right, read_role

LOCATIVE = frozenset(
    {"in", "at", "from", "to", "into", "near", "across", "towards", "toward", "through", "via"}
)
PLACE_WORDS = frozenset({"province", "district", "city", "village", "town", "valley", "region"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent"})
ARGUMENT_PREPS = frozenset({"with", "by", "against", "between", "and"})
#: generic groups that stay unnamed unless a country or organisation qualifies them
NEEDS_CUE = frozenset(
    {"government", "ministry", "parliament", "delegation", "group", "party", "union", "court",
     "company", "media", "leaders", "council", "commission", "university", "movement",
     "officials", "authorities", "elders", "church"}
)  # fmt: skip


def find_mentions(ctx: Context) -> list[Mention]:
    people = _person_spans(ctx)
    in_person = {i for f, last in people for i in range(f, last)}
    orgs = _org_entities(ctx, in_person)
    org_roles = {i: info for m, info in orgs for i in range(m.first, m.last)}
    used = in_person | set(org_roles)
    out: list[Mention] = [m for m, _info in orgs]
    for f, last in people:
        p = Mention(f, last, "person", ctx.span_text(f, last))
        _person_role(ctx, p, used, org_roles)
        out.append(p)
    for m in _kb_mentions(ctx, used, people=True):
        used.update(range(m.first, m.last))
        _person_role(ctx, m, used, org_roles, fallback=m)
        out.append(m)
    out.extend(_titled(ctx, used, org_roles))
    out.extend(_kb_mentions(ctx, used, people=False))
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


def _person_spans(ctx: Context) -> list[tuple[int, int]]:
    """People: NER spans cut at titles, mended, and their surnames found again later."""
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for ent in ctx.parse.entities:
        span = _trim(ctx, ent.first, ent.last, ent.label)
        if span is None:
            continue
        f, last = span
        while f > 0 and _name_token(ctx, f - 1) and _extends_left(ctx, f):
            f -= 1
        k = last
        while k < len(toks) and toks[k].sent == toks[f].sent:
            if _name_token(ctx, k):
                last = k + 1
            elif toks[k].pos != "SPACE":
                break
            k += 1
        if not _place_like(ctx, f, last):
            spans.append((f, last))
    spans.extend(_title_led_names(ctx, spans))
    spans = _merge(ctx, spans)
    return _merge(ctx, spans + _surname_recall(ctx, spans))


def _trim(ctx: Context, f: int, last: int, label: str) -> tuple[int, int] | None:
    """The name part of an entity, or None. An ORG or GPE entity that begins inside a person
    title ("Secretary of [Defense Lloyd Austin]") holds a person's name after the title."""
    toks = ctx.tokens
    if label != "PERSON":
        t = ctx.title_at.get(f)
        if label not in ("ORG", "GPE") or t is None or t.first >= f:
            return None
        if not isinstance(t.value, Title) or t.value.kind != "person":
            return None
    while f < last and (
        f in ctx.title_at
        or f in ctx.kb_at
        or toks[f].pos in ("DET", "PUNCT")
        or not toks[f].text[:1].isupper()
    ):
        f += 1
    while last > f and (toks[last - 1].pos == "PUNCT" or toks[last - 1].tag == "POS"):
        last -= 1
    if f >= last or any(i in ctx.kb_at or i in ctx.title_at for i in range(f, last)):
        return None
    if any(ch.isdigit() for t in toks[f:last] for ch in t.text):
        return None
    if f > 0 and toks[f - 1].text == "-":
        return None  # the tail of a hyphenated name ("Eid al-Fitr")
    return f, last


def _extends_left(ctx: Context, f: int) -> bool:
    """ "Antony [J. Blinken]": extend over a given name, or before an initial."""
    prev, first = ctx.tokens[f - 1], ctx.tokens[f]
    initial = len(first.text) == 2 and first.text.endswith(".")
    return initial or prev.text.lower() in ctx.kb.genders


def _name_token(ctx: Context, i: int) -> bool:
    t = ctx.tokens[i]
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and i not in ctx.title_at
        and i not in ctx.kb_at
        and t.ent in ("", "PERSON", "GPE", "ORG")
    )


def _title_led_names(ctx: Context, have: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names NER missed right after a person title ("Ambassador Khalilzad")."""
    covered = {i for f, last in have for i in range(f, last)}
    out = []
    for m in ctx.title_matches:
        title = m.value
        assert isinstance(title, Title)
        if title.kind != "person" or m.last in covered:
            continue
        k = j = m.last
        while k < len(ctx.tokens) and _name_token(ctx, k) and k not in covered:
            k += 1
        if k > j and ctx.tokens[k - 1].sent == ctx.tokens[j].sent:
            out.append((j, k))
    return out


def _merge(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join overlapping spans and spans only whitespace tokens apart."""
    gaps: dict[int, int] = {}
    for t in ctx.tokens:
        if t.pos == "SPACE":
            gaps[t.i] = gaps.get(t.i - 1, 0) + 1
    gaps = {i - n + 1: n for i, n in gaps.items()}
    out: list[tuple[int, int]] = []
    for f, last in sorted(spans):
        if out and f <= out[-1][1] + gaps.get(out[-1][1], 0):
            out[-1] = (out[-1][0], max(last, out[-1][1]))
        else:
            out.append((f, last))
    return out


def _surname_recall(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A known person's surname alone, whatever NER called it ("Qureshi" as GPE or ORG)."""
    toks = ctx.tokens
    surnames = {norm(toks[last - 1].text) for f, last in spans if last - f >= 2}
    for m in ctx.kb_matches:
        e = ctx.entry(m)
        if e.what == "actor" and e.role(ctx.date).kind == "person" and m.last - m.first >= 2:
            surnames.add(norm(toks[m.last - 1].text))
    covered = {i for f, last in spans for i in range(f, last)}
    out = []
    for t in toks:
        if t.i in covered or not _name_token(ctx, t.i):
            continue
        if norm(t.text) in surnames:
            out.append((t.i, t.i + 1))
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


def _person_role(
    ctx: Context,
    p: Mention,
    used: set[int],
    orgs: dict[int, RoleInfo],
    fallback: Mention | None = None,
) -> None:
    stop = (used - set(orgs)) - set(range(p.first, p.last))
    left = chain_left(ctx, p.first, stop)
    info = read_role(ctx, left, orgs)
    if info.title is None:
        j = p.last
        if j < len(ctx.tokens) and ctx.tokens[j].text in (",", "–", "—", "-"):
            info = read_role(ctx, np_right(ctx, j + 1), orgs)
    else:
        used.update(left)
        p.np_first = left[0] if left else p.first
    used |= info.used
    kb = (fallback.country, fallback.sector, fallback.code) if fallback else (None, None, None)
    _apply(p, info)
    if fallback is not None and p.country is None:
        # the knowledge base knows the country; a title in the text may say the sector
        if p.sector is None or p.sector == kb[1]:
            p.country, p.sector, p.code = kb
        else:
            p.country, p.code = kb[0], None
    first = ctx.tokens[p.first].text.lower()
    if p.gender is None and p.last - p.first > 1:
        p.gender = ctx.kb.genders.get(first)


def _apply(m: Mention, info: RoleInfo) -> None:
    m.country, m.sector, m.code, m.org = info.country, info.sector, info.code, info.org
    if info.title is not None:
        m.title = info.title
        m.gender = info.title.gender
        m.classes.add(info.title.cls)


def _org_entities(ctx: Context, people: set[int]) -> list[tuple[Mention, RoleInfo]]:
    """ORG entities the knowledge base does not know; their sector comes from a role word."""
    toks = ctx.tokens
    out = []
    for ent in ctx.parse.entities:
        if ent.label != "ORG" or "/" in ent.text or "\n" in ent.text:
            continue
        f, last = ent.first, ent.last
        while f < last and toks[f].pos in ("DET", "PUNCT"):
            f += 1
        while last > f and (toks[last - 1].pos == "PUNCT" or toks[last - 1].tag == "POS"):
            last -= 1
        if f >= last or any(i in ctx.kb_at or i in people for i in range(f, last)):
            continue
        if _in_outer_title(ctx, f, last) or _place_like(ctx, f, last):
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


def _in_outer_title(ctx: Context, f: int, last: int) -> bool:
    """ "Secretary of [State]": the entity is part of a title that reaches outside it."""
    for i in range(f, last):
        m = ctx.title_at.get(i)
        if m is not None and (m.first < f or m.last > last):
            return True
    return False


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


def _kb_mentions(ctx: Context, used: set[int], people: bool) -> list[Mention]:
    out = []
    for m in ctx.kb_matches:
        if any(i in used for i in range(m.first, m.last)):
            continue
        e = ctx.entry(m)
        r = e.role(ctx.date)
        if (e.what == "actor" and r.kind == "person") != people:
            continue
        surface = ctx.span_text(m.first, m.last)
        if e.what in ("state", "demonym") and _modifies_own(ctx, m, r.country):
            continue
        if e.what == "state":
            men = Mention(m.first, m.last, "state", surface, key="state:" + (r.country or ""))
            men.country, men.code = r.country, r.country
        elif e.what == "capital":
            if not _argument(ctx, m.first, m.last) or _dateline(ctx, m):
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
            person = r.kind == "person"
            key = None if person else "kb:" + e.name.lower()
            men = Mention(m.first, m.last, r.kind, surface, key=key)
            men.country, men.sector, men.code = r.country, r.sector, r.code
            men.org = None if person else e.name
            men.armed = any(x.sector in ARMED for x in e.roles)
            if person:
                men.gender = ctx.kb.genders.get(e.name.split()[0].lower())
        out.append(men)
    return out


def _dateline(ctx: Context, m: Match) -> bool:
    """ "KABUL:" opening a story is a dateline, not the government."""
    toks = ctx.tokens
    caps = all(t.text.isupper() for t in toks[m.first : m.last])
    return caps or (m.last < len(toks) and toks[m.last].text == ":")


def _modifies_own(ctx: Context, m: Match, country: str | None) -> bool:
    """ "U.S. [State Department]": a country cue right before its own institution."""
    nxt = ctx.kb_at.get(m.last)
    if nxt is None or country is None:
        return False
    e = ctx.entry(nxt)
    return e.what == "actor" and e.role(ctx.date).country == country


def _titled(ctx: Context, used: set[int], orgs: dict[int, RoleInfo]) -> list[Mention]:
    """Title words not attached to a name: groups ("Afghan forces") and nominals ("the envoy")."""
    out: list[Mention] = []
    for m in ctx.title_matches:
        title = m.value
        assert isinstance(title, Title)
        if title.kind == "name" or any(i in used for i in range(m.first, m.last)):
            continue
        if any(ctx.entry(ctx.kb_at[i]).what == "actor" for i in range(m.first, m.last)
               if i in ctx.kb_at):  # fmt: skip
            continue
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
