"""Find actor mentions: knowledge-base names, people, organisations, groups, nominals, pronouns.

People come from :mod:`.people`; organisations NER finds and the KB does not know take their
sector from a role word in their name; title words without a name make groups ("Afghan
forces") or nominals ("the envoy") that :mod:`.coref` resolves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..parse import Token
from .context import DOMESTIC, FOREIGN, SEATED, beyond_border, foreign, seat_country
from .institution import leader_country, loyal_country, party_member, us_party
from .kb import Match, Title
from .mention import ARMED, PRONOUN_GENDER, Context, Mention
from .organs import body_acts
from .people import person_spans, place_like
from .roles import NOT_OWN, RoleInfo, chain_left, np_right, read_role

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative"})
#: a capital after these is a government ("sanctions on Moscow", "talks with Kabul"); not
#: after "to", which names a destination far more often ("flights to Delhi")
ARGUMENT_PREPS = frozenset({"with", "by", "against", "between", "and", "on"})
#: verbs of travel whose destination ("arrived in Kabul", "flew to Delhi") is the host state
VISIT_VERBS = frozenset(
    {"arrive", "travel", "fly", "go", "come", "head", "land", "return", "visit"}
)
VISIT_PREPS = frozenset({"in", "to", "at"})
#: organisations of society whose country, unnamed, is that of the story around them
CIVIC = frozenset({"CVL", "NGO", "OPP", "PTY", "LAB", "EDU", "REL", "AGR", "REB", "INS"})
#: organisations whose country a city or province in their name gives ("Mumbai Police",
#: "Munich Regional Court"); not international ones ("Shanghai Cooperation Organisation")
PLACED = frozenset(
    {"GOV", "MIL", "COP", "JUD", "OPP", "PTY", "LAB", "EDU", "REL", "MED", "BUS", "CVL", "AGR"}
)
#: sectors of the people a plural person title names as a group on its own ("strikers")
CROWD_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "REL", "UAF"})
#: people others act on, or single trades, that name no body of their own ("victims")
ACTED_ON = frozenset(
    {"victim", "suspect", "inmate", "prisoner", "detainee", "hostage", "actor", "lawyer",
     "looter", "citizen", "voter"}
)  # fmt: skip
#: generic groups that stay unnamed unless a country or organisation qualifies them
NEEDS_CUE = frozenset(
    {"government", "ministry", "parliament", "delegation", "group", "party", "union", "court",
     "company", "media", "leaders", "council", "commission", "university", "movement",
     "officials", "authorities", "elders", "church", "opposition"}
)  # fmt: skip


def find_mentions(ctx: Context) -> list[Mention]:
    people = person_spans(ctx)
    in_person = {i for f, last in people for i in range(f, last)}
    orgs = _org_entities(ctx, in_person)
    org_roles = {i: info for m, info in orgs for i in range(m.first, m.last)}
    used = in_person | set(org_roles)
    out: list[Mention] = [m for m, _info in orgs]
    for f, last in people:
        p = Mention(f, last, "person", ctx.span_text(f, last))
        _person_role(ctx, p, used, org_roles, fallback=_misspelt_known(ctx, f, last))
        out.append(p)
    for m in _kb_mentions(ctx, used, people=True):
        used.update(range(m.first, m.last))
        _person_role(ctx, m, used, org_roles, fallback=m)
        out.append(m)
    out.extend(_titled(ctx, used, org_roles))
    out.extend(_kb_mentions(ctx, used, people=False))
    for cue in ctx.org_cues:  # "Taliban chief ...": the Taliban are mentioned too
        men = _kb_mention(ctx, cue, used)
        if men is not None:
            out.append(men)
    out.extend(_place_mentions(ctx, used))
    out.extend(_nation_nominals(ctx, used, out))
    out.extend(_pronouns(ctx))
    out.sort(key=lambda m: (m.first, m.last))
    return out


#: nouns by which news names again a state it has just named ("the Gulf state", "the island
#: nation", "the kingdom"); "state" only with a word before it ("the Gulf state"), as a
#: bare "the state" is often a US state or the state as such
NATION_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate", "state"})


def _nation_nominals(ctx: Context, used: set[int], found: list[Mention]) -> list[Mention]:
    """ "Qatar hosted the talks. The Gulf state urged ...": a definite nation noun as the
    subject of a sentence stands for the state named as a subject in the sentence before
    it (not the one it acted on: "Saudi Arabia cut ties with Iran. The kingdom ...")."""
    toks = ctx.tokens
    out = []
    for t in toks:
        if t.dep != "nsubj" or t.lemma.lower() not in NATION_NOUNS or t.i in used:
            continue
        if t.tag != "NN" or not t.text.islower():
            continue
        kids = ctx.parse.child_tokens[t.i]
        if any(k.dep in ("prep", "poss", "relcl", "acl") for k in kids):
            continue  # "the country of origin", "the country's ...": not the state itself
        det = [k for k in kids if k.dep == "det" and k.text.lower() == "the" and k.i < t.i]
        mods = [k for k in kids if k.dep in ("amod", "compound") and k.i < t.i]
        if not det or (t.lemma.lower() == "state" and not mods):
            continue
        country = _subject_state_before(ctx, t.sent)
        if country is None:
            continue
        first = det[0].i
        key = next(  # the state's own cluster, however it was keyed
            (
                x.key
                for x in found
                if x.kind == "state"
                and x.country == country
                and x.key is not None
                and ctx.tokens[x.first].sent == t.sent - 1
            ),
            f"gov:{country}",
        )
        men = Mention(first, t.i + 1, "state", ctx.span_text(first, t.i + 1), key=key)
        men.country, men.sector, men.code = country, "GOV", f"{country}GOV"
        men.country_from = "context"
        out.append(men)
    return out


def _subject_state_before(ctx: Context, sent: int) -> str | None:
    """The country of the one state named as a subject in the sentence before ``sent``."""
    toks = ctx.tokens
    found = set()
    for m in ctx.kb_matches:
        if toks[m.first].sent != sent - 1 or ctx.entry(m).what != "state":
            continue
        head = _head(ctx, m.first, m.last)
        if head.dep == "conj":  # "Chile and Peru signed": both are subjects
            head = toks[head.head]
        if head.dep in ("nsubj", "nsubjpass"):
            found.add(ctx.entry(m).role(ctx.date).country)
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _place_mentions(ctx: Context, used: set[int]) -> list[Mention]:
    """A city or province in an argument slot ("the Taliban stormed Kunduz", "aid to
    Sindh") stands for its country, as CAMEO and PLOVER coders code it: a state actor named
    by the place, its country from there (``place``)."""
    out = []
    for m in ctx.place_matches:
        if any(i in used for i in range(m.first, m.last)):
            continue
        if not (argument(ctx, m.first, m.last) or _visited(ctx, m.first, m.last)):
            continue
        if _head(ctx, m.first, m.last).dep == "poss":
            continue  # "Mosul's Old City": where, not whom
        if _dateline(ctx, m) or _line_head(ctx, m):
            continue  # "ISTANBUL -", "Cebu City--Police ...": where the story was filed
        country = ctx.entry(m).roles[0].country
        surface = ctx.span_text(m.first, m.last)
        men = Mention(m.first, m.last, "state", surface, key=f"place:{surface.lower()}")
        men.country, men.code, men.country_from = country, country, "place"
        used.update(range(m.first, m.last))
        out.append(men)
    return out


def argument(ctx: Context, first: int, last: int) -> bool:
    """A span in an argument slot (subject, object, "talks with X"), not a locative."""
    toks = ctx.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), first)
    t = toks[head]
    hops = 0
    while t.dep == "conj" and hops < 5:  # "Kabul and Islamabad traded accusations"
        t, hops = toks[t.head], hops + 1
    if t.dep == "pobj":
        return toks[t.head].text.lower() in ARGUMENT_PREPS
    return t.dep in ARGUMENT_DEPS


def _line_head(ctx: Context, m: Match) -> bool:
    """A place opening its sentence before a dash: a dateline ("Lagos - Police said ...")."""
    toks = ctx.tokens
    opens = m.first == 0 or toks[m.first - 1].sent != toks[m.first].sent
    return opens and m.last < len(toks) and toks[m.last].text in ("-", "--", "–", "—", ",")


def _head(ctx: Context, first: int, last: int) -> Token:
    toks = ctx.tokens
    return toks[next((i for i in range(first, last) if not first <= toks[i].head < last), first)]


def _misspelt_known(ctx: Context, f: int, last: int) -> Mention | None:
    """A known person under a surname spelt one letter off ("Laurent Gbago")."""
    words = [t.text for t in ctx.tokens[f:last] if t.pos != "PUNCT"]
    if len(words) < 2:
        return None
    entry = ctx.kb.person_like(words[0], words[-1])
    if entry is None:
        return None
    r = entry.role(ctx.date)
    men = Mention(f, last, "person", entry.name)
    men.country, men.sector, men.code = r.country, r.sector, r.code
    men.country_from = "kb"
    return men


def _visited(ctx: Context, first: int, last: int) -> bool:
    """A capital as the destination of a travel verb: "arrived in Kabul", "flew to Delhi"."""
    toks = ctx.tokens
    head = next((i for i in range(first, last) if not first <= toks[i].head < last), first)
    t = toks[head]
    if t.dep != "pobj" or toks[t.head].text.lower() not in VISIT_PREPS:
        return False
    return toks[toks[t.head].head].lemma.lower() in VISIT_VERBS


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
    how = "title"
    if info.title is None:
        j = p.last
        if j < len(ctx.tokens) and ctx.tokens[j].text in (",", "–", "—", "-"):
            right = np_right(ctx, j + 1)
            info = read_role(ctx, right, orgs)
            how = "apposition"
            if info.title is not None:  # "X, the Danish trade minister": one actor, not two
                used.update(right)
        if info.title is None:
            before = _title_before(ctx, p, stop)  # "the Danish trade minister, X"
            if before:
                info, how = read_role(ctx, before, orgs), "apposition"
                used.update(before)
                p.np_first = before[0]
    else:
        used.update(left)
        p.np_first = left[0] if left else p.first
    if info.country is None and info.org is None:
        _of_state(ctx, p, info, used)  # "Foreign Minister Ivan Petrov of Bulgaria"
    if info.country is None and info.org is None and fallback is None:
        info.country = _apposition_home(ctx, p)  # "X, a tribal elder in Khost"
        info.how = "place" if info.country is not None else info.how
    used |= info.used
    kb = (fallback.country, fallback.sector, fallback.code) if fallback else (None, None, None)
    _apply(ctx, p, info, how)
    if fallback is not None and p.country is None and p.sector != "IGO":
        # the knowledge base knows the country; a title in the text may say the sector
        # (not an international body's: "U.N. envoy X" acts for no country)
        if p.sector is None or p.sector == kb[1]:
            p.country, p.sector, p.code = kb
        else:
            p.country, p.code = kb[0], None
        p.country_from = "kb" if p.country else None
    if p.country is None and p.org is None and party_member(ctx, p.first, p.last, p.np_first):
        p.country, p.country_from = "USA", "title"  # "Republican Sen. X", "a Democratic aide"
        p.code = f"USA{p.sector or ''}"
    first = ctx.tokens[p.first].text.lower()
    if p.gender is None and p.last - p.first > 1:
        p.gender = ctx.kb.genders.get(first)


#: prepositions by which an apposition says where a person lives or comes from ("a farmer
#: in Oaxaca", "a resident of Goma", "a trader from Kano")
HOME_PREPS = frozenset({"in", "of", "from"})


def _apposition_home(ctx: Context, p: Mention) -> str | None:
    """The country of the one place a person's own apposition puts them in ("Ahmed Wali, a
    tribal elder in Khost", "Ana Ruiz, a Kabul shopkeeper", "a resident of Goma"): news
    introduces people with no office by where they live. Only a common noun's own phrase
    ("a nurse in Lima"); a place the sentence names elsewhere may be where a visitor acts."""
    toks = ctx.tokens
    head = _head(ctx, p.first, p.last)
    if p.last >= len(toks) or toks[p.last].text != ",":
        return None
    found: set[str] = set()
    for k in ctx.parse.children[head.i]:
        noun = toks[k]
        if noun.dep != "appos" or noun.i <= p.last or noun.pos != "NOUN":
            continue
        for c in ctx.parse.children[k]:
            if toks[c].dep == "compound" and c < k:
                found.update(_home_at(ctx, c))  # "a Kabul shopkeeper"
            if toks[c].dep == "prep" and toks[c].text.lower() in HOME_PREPS:
                for j in ctx.parse.children[c]:
                    if toks[j].dep != "pobj":
                        continue
                    found.update(_home_at(ctx, j))
                    for o in ctx.parse.children[j]:  # "from Herat and Mashhad"
                        if toks[o].dep == "conj":
                            found.update(_home_at(ctx, o))
    return next(iter(found)) if len(found) == 1 else None


def _home_at(ctx: Context, j: int) -> set[str]:
    m = ctx.kb_at.get(j) or ctx.place_at.get(j)
    e = ctx.entry(m) if m is not None else None
    if e is None or e.what not in ("state", "place", "capital"):
        return set()
    country = e.role(ctx.date).country
    if e.name == "Georgia" and e.what == "state" and ctx.about.article == "USA":
        country = "USA"  # "a peanut farmer in Georgia" in a story about the United States
    return {country} if country else set()


def _title_before(ctx: Context, p: Mention, stop: set[int]) -> list[int]:
    """The title chain a name stands in apposition to, before a comma ("Senate President,
    Bukola Saraki", "the Belarusian defence minister, Leonid Maltsev"): the parser makes
    the name an ``appos`` of the title's head."""
    toks = ctx.tokens
    head = _head(ctx, p.first, p.last)
    t = head.head
    if head.dep != "appos" or not t < p.first - 1 or toks[p.first - 1].text != ",":
        return []
    m = ctx.title_at.get(t)
    if m is None or m.last != p.first - 1 or getattr(m.value, "kind", "") != "person":
        return []
    if any(i in stop for i in range(m.first, m.last)):
        return []
    return [*chain_left(ctx, m.first, stop), *range(m.first, m.last)]


def _of_state(ctx: Context, p: Mention, info: RoleInfo, used: set[int]) -> None:
    """A person followed by "of" and a country's name: that country ("Foreign Minister
    Ivan Petrov of Bulgaria", "Ivan Petrov of Bulgaria said")."""
    toks = ctx.tokens
    j = p.last
    if j + 1 >= len(toks) or toks[j].text.lower() != "of":
        return
    m = ctx.kb_at.get(j + 1)
    if m is None or m.first != j + 1 or ctx.entry(m).what != "state" or j + 1 in used:
        return
    info.country = ctx.entry(m).role(ctx.date).country
    info.how = "title" if info.title is not None else "apposition"
    info.used.update(range(m.first, m.last))


def _apply(ctx: Context, m: Mention, info: RoleInfo, how: str = "title") -> None:
    """Give ``m`` the role read from its title chain or apposition (``how``)."""
    if info.org_cue is not None:
        ctx.org_cues.append(info.org_cue)
    m.country, m.sector, m.code, m.org = info.country, info.sector, info.code, info.org
    if info.country is not None:
        m.country_from = "institution" if info.org is not None else info.how or how
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
        last = _lower_tail(toks, f, last)
        if f >= last or any(i in people or _kb_actor(ctx, i) for i in range(f, last)):
            continue
        if all(
            i in ctx.kb_at or i in ctx.place_at or toks[i].pos == "PUNCT" for i in range(f, last)
        ):
            continue  # only country or place words ("Kosovar Albanians", "Quetta")
        if _in_outer_title(ctx, f, last) or place_like(ctx, f, last) or _title_modifier(ctx, last):
            continue
        if all(t.text.isupper() for t in toks[f:last]) and last - f == 1:
            continue  # a dateline or an unknown acronym
        if _not_a_body(toks[f:last], any(i in ctx.title_at for i in range(f, last))):
            continue  # "post-Brexit", "Islamophobic", "Senate Resolution 12", "State of Emergency"
        if _adjectival(ctx, f, last):
            continue  # "Radical French [farmers]": modifiers of a noun outside the entity
        info = RoleInfo()
        titles = [ctx.title_at[i].value for i in range(f, last) if i in ctx.title_at]
        info.sector = next((t.sector for t in reversed(titles) if isinstance(t, Title)), None)
        how = None
        for i in range(f, last):
            m = ctx.kb_at.get(i)
            if m is not None and ctx.entry(m).what in ("state", "demonym"):
                info.country = ctx.entry(m).role(ctx.date).country
                how = "demonym"
        owned = None
        if info.country is None:
            info.country, how = _owner_country(ctx, f)  # "Russia's Foreign Ministry"
            owned = info.country
        if info.country is None and (info.sector in PLACED or _local_name(toks[last - 1], info)):
            info.country = _place_in(ctx, f, last)  # "Munich Regional Court", "Lagos Zoo"
            how = "place"
        if info.country is None and info.sector in CIVIC:
            info.country = context_country(ctx, toks[f].sent)
            how = "context"
        name = ctx.span_text(f, last)
        info.org = name
        key = f"org:{name.lower()}" + (f":{owned}" if owned else "")  # one per owner country
        mention = Mention(f, last, "organisation", name, key=key)
        mention.country, mention.sector = info.country, info.sector
        mention.country_from = how if info.country else None
        out.append((mention, info))
    return out


def _lower_tail(toks: Sequence[Token], f: int, last: int) -> int:
    """The end of an ORG entity less a lower-case "of" phrase NER ran on into ("the
    electoral commission [of fraud]", "the council [of ignoring the]"): a name's own "of"
    phrase holds a capital ("Council of Ministers", "Bank of England")."""
    for k in range(f + 1, last - 1):
        if toks[k].text == "of" and not any(t.text[:1].isupper() for t in toks[k + 1 : last]):
            return k
    return last


#: last words of the names of bodies of several countries, named after the city they met in
#: ("Lima Group", "Paris Club", "Minsk format"): a city in such a name gives no country
GATHERINGS = frozenset(
    {"group", "club", "forum", "format", "process", "summit", "conference", "talks", "pact",
     "accords", "accord", "initiative", "organisation", "organization", "declaration", "five"}
)  # fmt: skip


def _local_name(last: Token, info: RoleInfo) -> bool:
    """An organisation with no role word whose name may take a city's country ("New York
    Stock Exchange", "Sao Paulo Zoo"), unless it names a gathering of states."""
    return info.sector is None and last.text.lower() not in GATHERINGS


ADJ_ENDINGS = ("ic", "al", "ian", "ive", "ous", "ary", "ist")
#: last words of names of acts and texts, not of bodies that act
INSTRUMENTS = frozenset(
    {"resolution", "act", "bill", "treaty", "agreement", "emergency", "law",
     "declaration", "convention", "protocol", "charter", "constitution", "amendment", "plan"}
)  # fmt: skip


def _not_a_body(words: Sequence[Token], titled: bool) -> bool:
    """An ORG entity that names no body: it starts in lower case with no role word in it
    ("post-Brexit"), is one adjective ("Islamophobic"), holds a number ("Karabakh 115"), or
    ends in the word for a text or act ("Senate Concurrent Resolution")."""
    first, last = words[0], words[-1]
    if not first.text[:1].isupper() and not first.text[:1].isdigit() and not titled:
        return True
    if len(words) == 1 and first.pos == "ADJ" and first.text.endswith(ADJ_ENDINGS):
        return True
    if any(t.text.isdigit() for t in words):
        return True
    return last.text.lower() in INSTRUMENTS


def _owner_country(ctx: Context, f: int) -> tuple[str | None, str | None]:
    """The country named as the owner of an organisation: "[Russia]'s Foreign Ministry",
    "[Karachi]'s city council"."""
    toks = ctx.tokens
    if f < 2 or toks[f - 1].tag != "POS":
        return None, None
    m = ctx.kb_at.get(f - 2)
    if m is not None and m.last == f - 1 and ctx.entry(m).what in ("state", "capital"):
        return ctx.entry(m).role(ctx.date).country, "demonym"
    m = ctx.place_at.get(f - 2)
    if m is not None and m.last == f - 1:
        return ctx.entry(m).roles[0].country, "place"
    return None, None


def _place_in(ctx: Context, f: int, last: int) -> str | None:
    """The one country the cities and provinces inside a name give ("Michigan Department of
    Environmental Quality"), unless a suffix makes it a base ("Lagos-based")."""
    found = set()
    for i in range(f, last):
        m = ctx.place_at.get(i)
        if m is not None and not (
            m.last + 1 < len(ctx.tokens)
            and ctx.tokens[m.last].text == "-"
            and ctx.tokens[m.last + 1].text.lower() in NOT_OWN
        ):
            found.add(ctx.entry(m).roles[0].country)
    return found.pop() if len(found) == 1 else None


def _adjectival(ctx: Context, f: int, last: int) -> bool:
    """An entity ending in a demonym that qualifies a noun after it is no name."""
    toks = ctx.tokens
    m = ctx.kb_at.get(last - 1)
    t = toks[last - 1]
    return (
        m is not None
        and ctx.entry(m).what == "demonym"
        and t.dep in ("amod", "compound")
        and t.head >= last
    )


def _kb_actor(ctx: Context, i: int) -> bool:
    """A knowledge-base name (not a country cue like "Serbian" in "Serbian Workers' Union")."""
    m = ctx.kb_at.get(i)
    return m is not None and ctx.entry(m).what not in ("state", "demonym")


def _title_modifier(ctx: Context, last: int) -> bool:
    """ "Serbian [Labour] Minister": an entity right before a person title qualifies it."""
    m = ctx.title_at.get(last)
    return m is not None and m.first == last and getattr(m.value, "kind", "") == "person"


def _in_outer_title(ctx: Context, f: int, last: int) -> bool:
    """ "Secretary of [State]": the entity is part of a title that reaches outside it."""
    for i in range(f, last):
        m = ctx.title_at.get(i)
        if m is not None and (m.first < f or m.last > last):
            return True
    return False


def context_country(ctx: Context, sent: int) -> str | None:
    """The one country the surrounding sentences (this and the two before) talk about:
    named at least twice, and at least twice as often as any other."""
    counts: Counter[str] = Counter()
    for m in [*ctx.kb_matches, *ctx.place_matches]:
        s = ctx.tokens[m.first].sent
        e = ctx.entry(m)
        if sent - 2 <= s <= sent and e.what in ("state", "demonym", "capital", "place"):
            c = e.role(ctx.date).country
            if c:
                counts[c] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
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
        if e.what in ("state", "demonym") and _modifies_own(ctx, m, r.country):
            continue
        men = _kb_mention(ctx, m, used)
        if men is not None:
            out.append(men)
    return out


def _kb_mention(ctx: Context, m: Match, used: set[int]) -> Mention | None:
    e = ctx.entry(m)
    r = e.role(ctx.date)
    surface = ctx.span_text(m.first, m.last)
    if e.what == "state":
        men = Mention(m.first, m.last, "state", surface, key="state:" + (r.country or ""))
        men.country, men.code, men.country_from = r.country, r.country, "kb"
    elif e.what == "capital":
        if _dateline(ctx, m):
            return None
        if _visited(ctx, m.first, m.last):  # the host state of a visit
            men = Mention(m.first, m.last, "state", surface, key="state:" + (r.country or ""))
            men.country, men.code, men.country_from = r.country, r.country, "kb"
            return men
        if not argument(ctx, m.first, m.last):
            return None
        men = Mention(m.first, m.last, "state", surface, key=f"gov:{r.country}")
        men.country, men.sector, men.code = r.country, "GOV", r.code
        men.country_from = "kb"
    elif e.what == "demonym":
        return _demonym(ctx, m, used)
    else:
        person = r.kind == "person"
        key = None if person else "kb:" + e.name.lower()
        men = Mention(m.first, m.last, r.kind, surface, key=key)
        men.country, men.sector, men.code = r.country, r.sector, r.code
        men.country_from = "kb" if r.country else None
        men.org = None if person else e.name
        men.armed = any(x.sector in ARMED for x in e.roles)
        if person:
            men.gender = ctx.kb.genders.get(e.name.split()[0].lower())
    return men


def _demonym(ctx: Context, m: Match, used: set[int]) -> Mention | None:
    """ "Afghans": the people (CVL). "an Indian proposal": the state, over the noun it
    qualifies. "Bosnian Serbs": the first demonym gives the country."""
    toks = ctx.tokens
    t = toks[m.last - 1]
    country = ctx.entry(m).role(ctx.date).country
    surface = ctx.span_text(m.first, m.last)
    if m.first > 0 and toks[m.first - 1].text.lower() == "ethnic":
        return _ethnic(ctx, m, used)
    nxt = ctx.kb_at.get(m.last)
    if nxt is not None and ctx.entry(nxt).what == "demonym" and toks[m.last].tag in ("NNS", "NNPS"):
        used.update(range(nxt.first, nxt.last))
        men = Mention(m.first, nxt.last, "group", ctx.span_text(m.first, nxt.last))
        men.key, men.country, men.sector = f"people:{country}", country, "CVL"
        men.country_from = "demonym"
        return men
    if t.text.endswith("s") and (t.tag in ("NNS", "NNPS") or t.dep not in ("amod", "compound")):
        men = Mention(m.first, m.last, "group", surface, key=f"people:{country}")
        men.country, men.sector, men.country_from = country, "CVL", "demonym"
        return men
    last = m.last
    h = t.head
    if beyond_border(ctx.parse, m.first, m.last):
        return None  # "near the Afghan border": a line on the map, not the state
    near = h >= m.last and h - m.last <= 2
    if near and all(
        toks[k].pos in ("NOUN", "PROPN") and k not in used for k in range(m.last, h + 1)
    ):
        last = h + 1
        if _people_name(toks[h]):  # "Iraqi Kurds": a people of that country
            men = Mention(m.first, last, "group", ctx.span_text(m.first, last))
            men.key, men.country, men.sector = (
                f"people:{country}:{toks[h].text.lower()}",
                country,
                "CVL",
            )
            men.country_from = "demonym"
            return men
    men = Mention(m.first, last, "state", surface, key=f"state:{country}")
    men.country, men.code, men.country_from = country, country, "demonym"
    return men


def _ethnic(ctx: Context, m: Match, used: set[int]) -> Mention:
    """ "ethnic Albanians", "ethnic Serb civilians": a people by descent, of the country the
    story is about (if one clearly is), not of the state the demonym names."""
    toks = ctx.tokens
    first, last = m.first - 1, m.last
    h = toks[m.last - 1].head
    if m.last <= h <= m.last + 1 and toks[h].pos in ("NOUN", "PROPN") and h not in used:
        last = h + 1  # "ethnic Serb villagers"
    used.update(range(first, last))
    men = Mention(first, last, "group", ctx.span_text(first, last))
    men.key = "ethnic:" + ctx.span_text(m.first, last).lower()
    men.country, men.sector = context_country(ctx, toks[m.first].sent), "CVL"
    men.country_from = "context" if men.country else None
    return men


def _people_name(t: Token) -> bool:
    """A capitalised plural name: "Kurds", "Shiites", "Hazaras"."""
    return t.text[:1].isupper() and t.text.endswith("s") and t.tag in ("NNPS", "NNP")


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
        if title.kind == "name" and not _common_body(ctx, m):
            continue
        if any(i in used for i in range(m.first, m.last)):
            continue
        if any(ctx.entry(ctx.kb_at[i]).what in ("actor", "state") for i in range(m.first, m.last)
               if i in ctx.kb_at):  # fmt: skip
            continue
        head = ctx.tokens[m.last - 1]
        if head.pos not in ("NOUN", "PROPN") or _modifier(ctx, m):
            continue  # a modifier ("peace envoy talks"), not the head of its phrase
        if title.kind == "group" and _counted_only(ctx, head):
            continue  # "a shortage of nurses": an amount of people, not a body that acts
        if title.kind == "group" and _shouted(ctx, m.first, m.last):
            continue  # "FELLOW DOCTORS SNUB HIM —": a kicker line, told again below it
        left = _own_words(ctx, chain_left(ctx, m.first, used))
        left = sorted({*left, *range(m.first, m.last)})
        out.extend(_titled_mentions(ctx, m, title, left, used, orgs))
    return out


#: words for a state body that, written in lower case after "the" or an owner, name the
#: one body of that kind in the story ("the electoral commission", "the regional assembly",
#: "the council's decision"); in capitals they are part of a name NER finds
COMMON_BODIES = frozenset({"commission", "council", "assembly", "tribunal", "directorate"})


def _common_body(ctx: Context, m: Match) -> bool:
    """A title word that only names an organisation's sector ("Commission"), written as a
    common noun for one body: lower case, singular, the head of a definite phrase."""
    head = ctx.tokens[m.last - 1]
    if head.text.lower() not in COMMON_BODIES or not head.text.islower():
        return False
    if head.tag != "NN" or m.last - m.first != 1 or head.dep == "nsubjpass":
        return False
    if head.dep == "nsubj" and not (body_acts(ctx, head.i) or _repeats_body(ctx, head)):
        return False  # "the council faces a vote", "the commission" alone: see body_acts
    return any(
        (k.dep == "det" and k.text.lower() in ("the", "this")) or k.dep == "poss"
        for k in ctx.parse.child_tokens[head.i]
    )


#: nouns whose "of" phrase is an amount or a supply of people, not a party to an act
AMOUNTS = frozenset(
    {"shortage", "shortages", "lack", "number", "numbers", "proportion", "share", "influx",
     "supply", "scarcity", "dearth", "surplus", "shortfall"}
)  # fmt: skip


def _counted_only(ctx: Context, head: Token) -> bool:
    """A group named as what an amount is of ("a shortage of nurses", "the number of
    migrants", "a lack of teachers and nurses"): the amount is what the sentence tells of."""
    while head.dep == "conj" and head.head < head.i:
        head = ctx.tokens[head.head]
    if head.dep != "pobj" or ctx.tokens[head.head].text.lower() != "of":
        return False
    return ctx.tokens[ctx.tokens[head.head].head].text.lower() in AMOUNTS


def _shouted(ctx: Context, first: int, last: int) -> bool:
    """Words in capitals within a run of three or more words in capitals: a headline or
    kicker, whose people the text names again in its sentences."""
    toks = ctx.tokens

    def caps(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].text.isupper() and len(toks[i].text) > 1

    if not all(caps(i) for i in range(first, last)):
        return False
    before = next((k for k in range(first - 1, -2, -1) if not caps(k)), -1)
    after = next((k for k in range(last, len(toks) + 1) if not caps(k)), len(toks))
    return after - before - 1 >= 3


def _repeats_body(ctx: Context, head: Token) -> bool:
    """ "The commission" after "Peru's electoral commission" in an earlier sentence: a body
    the story has named with its owner or qualifier, named again by its head noun (coref
    then joins them); not a first "the commission" no one has qualified."""
    word = head.text.lower()
    for t in ctx.tokens[: head.i]:
        if t.sent == head.sent:
            break
        if t.text.lower() == word and t.tag == "NN":
            kids = ctx.parse.child_tokens[t.i]
            if any(k.dep == "poss" or (k.dep == "amod" and k.text.islower()) for k in kids):
                return True
    return False


def _own_words(ctx: Context, left: list[int]) -> list[int]:
    """The part of a title chain that belongs to the title: "the trust of [the police]",
    "40 [protesters]", "dozens of [protesters]", "assaults on [Kurdish fighters]" lose the
    words before the last "of", "for" or "on" when no title, country or organisation stands
    among them, or when the words after it name a country of their own ("the deadline of
    the AU for [the Sudanese military]"); and everything up to a count ("at least 23
    [civilians]", "a further 300 [refugees]")."""
    toks = ctx.tokens
    cut = [k for k, i in enumerate(left) if toks[i].text.lower() in ("of", "for", "on")]
    if cut:
        k = cut[-1]
        before, after = left[:k], left[k + 1 :]
        if not any(i in ctx.title_at or i in ctx.kb_at for i in before) or _own_country(ctx, after):
            left = after
    counts = [k for k, i in enumerate(left) if toks[i].pos == "NUM" or toks[i].text.isdigit()]
    if counts:
        left = left[counts[-1] + 1 :]
    # and an owner's mark left of the title when the owner is an actor of its own ("the
    # farmers['] union")
    while left and (
        toks[left[0]].text.lower() in ("the", "of") or toks[left[0]].tag in ("POS", "``")
    ):
        left = left[1:]
    return left


def _own_country(ctx: Context, idxs: list[int]) -> bool:
    """Whether words name a country by its name or demonym (not an organisation)."""
    for i in idxs:
        m = ctx.kb_at.get(i)
        if m is not None and ctx.entry(m).what in ("state", "demonym"):
            return True
    return False


def _modifier(ctx: Context, m: Match) -> bool:
    head = ctx.tokens[m.last - 1]
    if head.dep in ("compound", "amod") and head.head >= m.last:
        return m.last not in ctx.kb_at and ctx.tokens[head.head].pos in ("NOUN", "PROPN")
    return False


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
    how = "demonym" if title.kind == "group" else "title"
    if _local_group(ctx, title, idxs, info):
        info.country = _located(ctx, m.last)  # "rebels in Darfur", "students across Kenya"
        at = ctx.place_at.get(m.last + 1) or ctx.kb_at.get(m.last + 1)
        how = "place" if at is not None and ctx.entry(at).what in ("place", "capital") else "title"
    first = idxs[0]
    det = toks[first - 1].text.lower() if first > 0 else ""
    countries = _coordinated_countries(ctx, idxs) if title.kind == "group" else []
    used.update(range(first, m.last))
    used |= info.used
    surface = ctx.span_text(first, m.last)
    if len(countries) > 1:
        return _one_per_country(ctx, m, title, first, countries, info.sector or title.sector)
    men = Mention(first, m.last, "nominal", surface)
    if det in ("the", "this", "that", "these", "those"):
        men.np_first = first - 1
    _apply(ctx, men, info, how)
    if info.org is not None and info.code is not None and title.kind == "group":
        men.kind, men.key = "group", "kb:" + info.org.lower()  # "Boko Haram fighters"
        return [men]
    men.named_kind = title.kind
    men.definite = (
        det in ("the", "this", "that", "these", "those")
        or any(toks[i].tag == "POS" for i in idxs)
        or (first > 1 and toks[first - 1].tag == "POS")  # "Ghani's government"
    )
    needs_cue = (title.cls in NEEDS_CUE or title.plural) and not _qualified(title, info)
    uncued = info.org is None and info.country is None and needs_cue and not men.definite
    uncued = uncued and not info.placed  # "envoys of Abkhazia": a place qualifies them
    if uncued and not in_context(ctx, men, title) and not _crowd(title):
        return []
    cued = info.country is not None or info.org is not None
    if (cued or not men.definite) and title.kind == "group":
        men.kind = "group"
        men.key = f"group:{info.country or info.org}:{info.sector}:{title.cls}"
    return [men]


#: sectors of society whose word, qualifying a group, names a particular side of public
#: life ("opposition leaders", "union leaders", "the rebel alliance")
SOCIETY = frozenset(
    {"OPP", "PTY", "LAB", "EDU", "REB", "INS", "CVL", "REL", "AGR", "UAF", "NGO", "ENV"}
)


def _qualified(title: Title, info: RoleInfo) -> bool:
    """A group that a word of a sector of society qualifies, which names a side as surely as
    a country would: a title row of several words ("opposition leaders", "trade union"), or
    "leaders" whose sector a title before them gives ("union leaders", "student leaders");
    not "ministers" or "officials" alone, nor "government officials" (a state's, whose
    country the text must say), nor "opposition members" (on our corpus, members debating
    in a chamber)."""
    if title.kind != "group" or info.sector not in SOCIETY:
        return False
    return " " in title.phrase or (title.cls == "leaders" and info.sector != title.sector)


def _crowd(title: Title) -> bool:
    """Whether a plural made from a person title names people who act as a body with no
    country or organisation said ("employees walked out", "attackers stormed the hotel"), as
    "protesters" and "workers" do; "ministers" or "officials" alone name no one."""
    crowd = title.plural and title.sector in CROWD_SECTORS
    return crowd and title.cls not in NEEDS_CUE | ACTED_ON


def in_context(ctx: Context, men: Mention, title: Title) -> bool:
    """Give a domestic body or official with no country of its own ("officials said",
    "the opposition") the country the passage is about; whether there was one."""
    if title.sector not in DOMESTIC or men.country is not None or men.org is not None:
        return False
    if foreign(men.surface):
        return False
    led = leader_country(ctx, men) or loyal_country(ctx, men)
    if led is not None:  # "Obama administration officials", "forces loyal to Haftar"
        men.country, men.country_from = led, "institution"
        return True
    if us_party(ctx, men):  # "Republican senators"
        men.country, men.country_from = "USA", "title"
        return True
    seat = seat_country(ctx, men.first, men.last) if title.cls in SEATED else None
    if seat is not None:  # "the foreign ministry in Hanoi", "officials in Tehran"
        men.country, men.country_from = seat, "place"
        return True
    men.country = ctx.about_at(men.first)
    men.country_from = "context" if men.country else None
    return men.country is not None


def _one_per_country(
    ctx: Context,
    m: Match,
    title: Title,
    first: int,
    countries: list[tuple[str, str]],
    sector: str | None,
) -> list[Mention]:
    """ "Afghan and Pakistani forces": "Afghan forces" and "Pakistani forces", one span."""
    out = []
    head_words = ctx.span_text(m.first, m.last)
    for c, cue in countries:
        name = f"{cue} {head_words}"
        men = Mention(first, m.last, "group", name, key=f"group:{c}:{sector}:{title.cls}")
        men.country, men.sector, men.country_from = c, sector, "demonym"
        men.classes.add(title.cls)
        out.append(men)
    return out


def _local_group(ctx: Context, title: Title, idxs: list[int], info: RoleInfo) -> bool:
    """Whether "<group> in <country>" says the group's own country: rebels, protesters and
    students are mostly local; troops, officials and refugees often are not."""
    if title.kind != "group" or info.country is not None or info.org is not None:
        return False
    if title.sector in ("MIL", "GOV", "REF", "SPY", "IGO", None):
        return False
    first = idxs[0]
    words = {ctx.tokens[i].text.lower() for i in idxs}
    if first > 0:
        words.add(ctx.tokens[first - 1].text.lower())
    return not words & (FOREIGN | {"its", "their", "his", "her", "our"})


def _located(ctx: Context, j: int) -> str | None:
    toks = ctx.tokens
    if j >= len(toks) or toks[j].text.lower() not in (
        "in",
        "from",
        "throughout",
        "across",
        "inside",
    ):
        return None
    j += 1
    if j < len(toks) and toks[j].text.lower() == "the":
        j += 1
    m = ctx.kb_at.get(j) or ctx.place_at.get(j)  # "rebels in Darfur", "police in Lagos"
    if m is None or m.first != j or ctx.entry(m).what not in ("state", "place", "capital"):
        return None
    country = ctx.entry(m).role(ctx.date).country
    if ctx.entry(m).what == "capital" and ctx.sentence_countries.get(toks[j].sent, set()) - {
        country
    }:
        return None  # "militias in Tripoli ... the Lebanese port": a capital's name is shared
    return country


def _coordinated_countries(ctx: Context, idxs: list[int]) -> list[tuple[str, str]]:
    """ "Hungarian and Romanian officials": one country per coordinated cue."""
    out: list[tuple[str, str]] = []
    for i in idxs:
        m = ctx.kb_at.get(i)
        if m is not None and m.first == i and ctx.entry(m).what in ("state", "demonym"):
            c = ctx.entry(m).role(ctx.date).country
            if c and c not in [x for x, _ in out]:
                out.append((c, ctx.span_text(m.first, m.last)))
    words = {ctx.tokens[i].text.lower() for i in idxs}
    return out if "and" in words or "," in words else out[:1]


def _referential_it(ctx: Context, i: int) -> bool:
    """ "it said", "its soil"; not "it is clear that", "it takes time", "make it work"."""
    t = ctx.tokens[i]
    if t.text.lower() == "its":
        return True
    head = ctx.tokens[t.head]
    return t.dep in ("nsubj", "nsubjpass") and head.lemma not in ("be", "seem", "appear", "take")


def _pronouns(ctx: Context) -> list[Mention]:
    out = []
    for t in ctx.tokens:
        g = PRONOUN_GENDER.get(t.text.lower())
        if g == "n" and not _referential_it(ctx, t.i):
            continue
        if g is not None and (t.pos == "PRON" or t.tag == "PRP$"):
            men = Mention(t.i, t.i + 1, "pronoun", t.text)
            men.gender = g
            out.append(men)
    return out
