"""Roles from the text: titles, premodifiers and appositions give a country and a sector.

"Norwegian special envoy for Sudan talks Kari Berg": the title chain before the name holds
a country cue ("Norwegian") before the head title ("special envoy"); what follows "for" is
the subject matter, not the employer. "Hamas chief ...": an organisation cue lends its own
country and sector. "..., a spokesman for the Farmers' Union": a title without a sector of
its own ("spokesman", "leader") takes the organisation after "for"/"of".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .kb import Match, Title
from .mention import Context

#: words that may sit inside a title chain besides nouns, adjectives and proper nouns
CHAIN_WORDS = frozenset({"of", "for", "and", "-", "'s", "’s", "the", "on"})
#: "US-backed", "Afghan-born": a country cue that is not the actor's own
NOT_OWN = frozenset(
    {"backed", "born", "based", "allied", "funded", "supported", "trained", "sponsored"}
)
GENERIC = frozenset({"official", "officials", "leaders", "authorities", "spokesman", "member"})
FORMER = frozenset({"former", "ex", "ex-", "then", "late", "retired"})
CHAIN_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})


@dataclass
class RoleInfo:
    title: Title | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    org: str | None = None
    org_cue: Match | None = None  # the knowledge-base organisation named in the chain
    former: bool = False
    used: set[int] = field(default_factory=set)
    how: str | None = None  # "place" when a city or province gave the country
    placed: bool = False  # a city or province qualifies it, even one that gave no country


def in_chain(ctx: Context, i: int, low: str) -> bool:
    """Whether token ``i`` (lower-cased text ``low``) can be part of a title chain."""
    return (
        i in ctx.title_at
        or i in ctx.kb_at
        or ctx.tokens[i].pos in CHAIN_POS
        or low in CHAIN_WORDS
        or low in FORMER
    )


def chain_left(ctx: Context, first: int, stop: set[int], limit: int = 14) -> list[int]:
    """Token indices of the title chain right before ``first`` (in order)."""
    toks = ctx.tokens
    sent = toks[first].sent
    i = first - 1
    out: list[int] = []
    while i >= 0 and len(out) < limit and toks[i].sent == sent and i not in stop:
        t = toks[i]
        low = t.text.lower()
        if t.pos == "SPACE":
            i -= 1
            continue
        ok = in_chain(ctx, i, low) or t.tag == "POS" or t.dep == "case"
        lower_name = t.pos == "PROPN" and t.text[:1].isalpha() and not t.text[:1].isupper()
        if not ok or lower_name or _dash(ctx, i):  # a hyphen tagged PROPN stays in
            break
        if low == "the" and (i == 0 or toks[i - 1].text.lower() not in ("of", "for")):
            break
        out.append(i)
        i -= 1
    out.reverse()
    while out and ctx.tokens[out[0]].text.lower() in (
        "of",
        "for",
        "and",
        "-",
        "on",
        "the",
        "'s",
        "’s",
    ):
        out.pop(0)
    return out


def _dash(ctx: Context, i: int) -> bool:
    """A dash between words ("Serbia - Dozens of ..."), not a hyphen inside one."""
    t = ctx.tokens[i]
    if t.text in ("–", "—"):
        return True
    text = ctx.text
    return (
        t.text == "-"
        and text[t.start - 1 : t.start].isspace()
        and text[t.end : t.end + 1].isspace()
    )


def np_right(ctx: Context, start: int, limit: int = 16) -> list[int]:
    """An appositive noun phrase starting at ``start`` (after the comma or dash)."""
    toks = ctx.tokens
    if start >= len(toks):
        return []
    sent = toks[start].sent
    out: list[int] = []
    i = start
    while i < len(toks) and toks[i].sent == sent and len(out) < limit:
        t = toks[i]
        low = t.text.lower()
        if t.pos == "SPACE":
            i += 1
            continue
        if t.pos in ("DET",) and low in ("a", "an", "the") and not out:
            i += 1
            continue
        ok = in_chain(ctx, i, low) or (t.pos == "DET" and low == "the")
        if not ok:
            break
        out.append(i)
        i += 1
    return out


def _place_contested(ctx: Context, m: Match) -> bool:
    """A city or province in a title chain gives its country when it stands right before
    the title ("Mumbai police") or its sentence names no other country: further off, a
    place name is weaker evidence than a country's own name or demonym."""
    if m.last in ctx.title_at:
        return False
    country = ctx.entry(m).roles[0].country
    named = ctx.sentence_countries.get(ctx.tokens[m.first].sent, set())
    return bool(named - {country})


def _not_own(ctx: Context, m: Match) -> bool:
    toks = ctx.tokens
    j = m.last
    if j + 1 < len(toks) and toks[j].text == "-":
        return toks[j + 1].text.lower() in NOT_OWN
    return False


def read_role(ctx: Context, idxs: list[int], orgs: dict[int, RoleInfo]) -> RoleInfo:
    """The role a title chain gives: head title, country, sector, organisation.

    The chain splits at the first "for"/"of" after a title: before it lie the cues that
    qualify the head title ("US special envoy"); after it the complement, which names the
    employer of a title without a sector of its own ("spokesman for X"), or the country of
    any title after "of" ("President of Armenia"), and is only subject matter otherwise.
    """
    info = RoleInfo()
    titles = _titles_in(ctx, idxs, orgs)
    if not titles:
        return info
    inside = {i for t in titles for i in range(t.first, t.last)}
    split = next(
        (
            k
            for k, i in enumerate(idxs)
            if _is_prep(ctx, i) and i not in inside and i > titles[0].first
        ),
        len(idxs),
    )
    pre, post = idxs[:split], idxs[split:]
    pre_titles = [t for t in titles if t.first in pre] or titles[:1]
    head = pre_titles[-1]
    if len(pre_titles) > 1 and ctx.tokens[head.first - 1].text.lower() == "and":
        head = pre_titles[0]  # "Deputy Prime Minister and Minister of ..."
    info.title = _title(head)
    info.former = any(ctx.tokens[i].text.lower() in FORMER for i in pre)
    _cues(ctx, [i for i in pre if i < head.first], info, orgs)
    sector = _title(head).sector
    if sector is None or _title(head).cls in GENERIC:
        # "army spokesman", "intelligence officials": the modifier says the sector
        mods = [t for t in pre_titles if t.last <= head.first and _title(t).sector]
        sector = _title(mods[-1]).sector if mods else sector
    prep = ctx.tokens[post[0]].text.lower() if post else ""
    if post and (prep == "of" or info.title.sector is None):
        rest = RoleInfo()
        _cues(ctx, post[1:], rest, orgs)
        post_titles = [t for t in titles if t.first in post]
        rest_sector = next((_title(t).sector for t in post_titles if _title(t).sector), None)
        if not (info.org or info.country) and (rest.org or rest.country or rest_sector):
            info.country, info.org, info.code = rest.country, rest.org, rest.code
            info.how = rest.how
            info.org_cue = rest.org_cue
            info.sector = rest.sector or rest_sector
        info.placed = info.placed or rest.placed
        info.used |= rest.used
    _settle_sector(info, sector)
    return info


def _is_prep(ctx: Context, i: int) -> bool:
    return ctx.tokens[i].text.lower() in ("for", "of")


def _settle_sector(info: RoleInfo, title_sector: str | None) -> None:
    assert info.title is not None
    if info.org and info.sector:
        pass  # the organisation's sector wins ("Taliban commander": INS)
    elif title_sector:
        info.sector = title_sector
    elif info.country and info.title.kind == "person" and info.sector is None:
        info.sector = "GOV"
    if info.former and info.sector == "GOV":
        info.sector = "ELI"
    if info.org is None or info.code is None or info.former:
        info.code = None


def _title(m: Match) -> Title:
    assert isinstance(m.value, Title)
    return m.value


def _titles_in(ctx: Context, idxs: list[int], orgs: dict[int, RoleInfo]) -> list[Match]:
    """Title matches in the chain, except words of an organisation's name."""
    seen: list[Match] = []
    for i in idxs:
        m = ctx.title_at.get(i)
        if m is not None and m not in seen and m.first >= idxs[0] and m.first not in orgs:
            seen.append(m)
    return seen


def _cues(ctx: Context, idxs: list[int], info: RoleInfo, orgs: dict[int, RoleInfo]) -> None:
    """Country and organisation cues among ``idxs``; the one nearest the title wins."""
    for i in reversed(idxs):
        if i in orgs:
            o = orgs[i]
            if o.country is None and o.sector is None:
                continue  # says nothing; a country cue further left may
            info.org, info.country, info.sector, info.code = o.org, o.country, o.sector, o.code
            return
        m = ctx.kb_at.get(i)
        if m is None:
            m = ctx.place_at.get(i)  # "Mumbai police", "Uttar Pradesh Chief Minister"
            info.placed = info.placed or m is not None
            if m is not None and _place_contested(ctx, m):
                continue
        if m is None or _not_own(ctx, m):
            continue
        prev = ctx.kb_at.get(m.first - 1)
        if prev is not None and ctx.entry(prev).what in ("state", "demonym"):
            m = prev  # "Bosnian Serb forces": the first of two demonyms is the country
        e = ctx.entry(m)
        r = e.role(ctx.date)
        info.used.update(range(m.first, m.last))
        if e.what in ("state", "demonym", "capital", "place"):
            info.country = r.country
            info.how = "place" if e.what == "place" else None
        else:
            info.org, info.country, info.sector, info.code = e.name, r.country, r.sector, r.code
            info.org_cue = m
        return
