"""The country of the body a leader heads or a group serves, from the names qualifying it.

"The Bush administration", "Ruto's government", "[Obama] administration officials": the
country of the known person whose name qualifies the body. "Forces loyal to Haftar",
"militias allied to Tehran": the country of the side a group serves. Marked
``country_from="institution"``; read before the country of the passage. And "the Republican
Senate", "Democratic lawmakers": a US party's chamber or members (``country_from="title"``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..parse import Token
from .context import PARTY_PREFIXES
from .kb import Match
from .mention import Context, Mention


def leader_country(ctx: Context, men: Mention) -> str | None:
    """The country of a known person whose name qualifies the group ("[Obama]
    administration officials", "[Ruto]'s government"): the body that person leads."""
    toks = ctx.tokens
    j = men.first - 1
    if j >= 0 and toks[j].tag == "POS":
        j -= 1
    inner = men.first < men.last - 1 and toks[men.first].pos == "PROPN"
    if inner and (j < 0 or toks[j].pos != "PROPN"):
        j = men.first  # "the Clinton Administration": the leader's name inside the mention
    if j < 0 or toks[j].pos != "PROPN" or not men.first <= toks[j].head < men.last:
        return None
    if toks[j].dep not in ("compound", "poss"):
        return None
    m = ctx.kb_at.get(j)
    if m is not None:
        e = ctx.entry(m)
        r = e.role(ctx.date)
        return r.country if e.what == "actor" and r.kind == "person" else None
    if j > 0 and toks[j - 1].pos == "PROPN":
        return None  # a full name NER found, of no known person
    return ctx.kb.surname_country(toks[j].text, ctx.date)


#: adjectives that tie an armed group to the leader it serves ("forces loyal to Haftar")
LOYAL = frozenset({"loyal", "allied", "faithful"})


def loyal_country(ctx: Context, men: Mention) -> str | None:
    """The one country of the known leader or state a group is loyal to ("fighters loyal to
    the former president", "militias allied to Tehran"): the country of the side it serves,
    from the known names and demonyms after "to"; None when they name several or none."""
    toks = ctx.tokens
    first, last = men.first, men.last
    head = toks[next((i for i in range(first, last) if not first <= toks[i].head < last), first)]
    for adj in (t for t in toks[head.i + 1 : min(len(toks), head.i + 4)] if t.head == head.i):
        if adj.text.lower() not in LOYAL:
            continue
        for prep in (t for t in toks[adj.i + 1 : adj.i + 3] if t.head == adj.i):
            if prep.text.lower() not in ("to", "with"):
                continue
            end = prep.i + 1
            while end < len(toks) and toks[end].sent == prep.sent and _under(toks, end, prep.i):
                end += 1
            found = set()
            for i in range(prep.i + 1, end):
                m = ctx.kb_at.get(i)
                if m is None or m.first != i:
                    continue
                e = ctx.entry(m)
                r = e.role(ctx.date)
                if e.what in ("state", "demonym", "capital") or r.kind == "person":
                    found.add(r.country)
            return found.pop() if len(found) == 1 else None
    return None


def _under(toks: Sequence[Token], i: int, top: int) -> bool:
    """Whether token ``i`` lies in the subtree of token ``top``."""
    hops = 0
    while i != top and toks[i].head != i and hops < 12:
        i, hops = toks[i].head, hops + 1
    return i == top


#: the two US parties' adjectives, and the bodies and members of Congress they qualify
US_PARTY = frozenset({"Republican", "Democratic", "GOP", "Democrat"})
US_HOUSES = frozenset(
    {"house", "senate", "congress", "caucus", "lawmakers", "senators", "congressmen",
     "congresswomen", "legislators", "representatives", "leadership", "majority", "minority"}
)  # fmt: skip


def us_party(ctx: Context, men: Mention) -> bool:
    """A chamber or members of Congress qualified by a US party ("the Republican Senate",
    "Democratic lawmakers"), in a sentence about no other country: the United States."""
    toks = ctx.tokens
    if toks[men.last - 1].text.lower() not in US_HOUSES:
        return False
    if bare_congress(ctx, men):
        return True
    if not any(t.text in US_PARTY for t in toks[min(men.np_first, men.first) : men.last - 1]):
        return False
    return ctx.about_at(men.first) in (None, "USA")


#: sectors of bodies whose people are of no one country ("U.N. mediator ...")
STATELESS = frozenset({"IGO", "NGO"})


def employer_country(ctx: Context, chain: Sequence[int]) -> str | None:
    """The country of the known person or body in the words before a name that gives it
    no title ("CNN's Ann Ortiz", "Obama adviser Ben Hale", "Toyota chairman ..."): the
    person works for them, and CAMEO codes them with that country. None when those named
    there are of several countries or none, or one spans countries ("U.N. mediator ...")."""
    found: set[str | None] = set()
    for i in chain:
        m = ctx.kb_at.get(i)
        if m is None or ctx.entry(m).what != "actor":
            continue
        r = ctx.entry(m).role(ctx.date)
        if r.sector in STATELESS:
            return None
        found.add(r.country)
    return found.pop() if len(found) == 1 else None


#: words that may stand with a bare "Congress" ("the Congress", "this Congress")
BARE_WORDS = frozenset({"the", "this", "a", "congress"})


def bare_congress(ctx: Context, men: Mention) -> bool:
    """ "Congress" with no country's name, demonym or party before it, in a text that names
    no country and no known person or body of a country but the United States: the US
    Congress, as English-language news writes it ("Congress passed the bill on Friday").
    Peru's or the Philippines' congress, and India's Congress party, come with their
    country's places, people or bodies named."""
    toks = ctx.tokens
    words = toks[min(men.np_first, men.first) : men.last]
    if toks[men.last - 1].text != "Congress" or any(
        t.text.lower() not in BARE_WORDS for t in words
    ):
        return False
    if any(cs - {"USA"} for cs in ctx.sentence_countries.values()):
        return False
    return not any(_foreign_actor(ctx, m) for m in ctx.kb_matches)


def _foreign_actor(ctx: Context, m: Match) -> bool:
    """A known person, state or body of another country than the United States."""
    e = ctx.entry(m)
    if e.what not in ("actor", "state", "demonym", "capital"):
        return False
    r = e.role(ctx.date)
    return r.country not in (None, "USA") and r.sector not in ("IGO", "NGO", "MED", "BUS")


#: words after a party adjective that make it some other party's or body's name
#: ("Democratic Party of Japan", "Democratic Forces for ...")
PARTY_NAMES_AFTER = frozenset({"party", "forces", "front", "alliance", "union", "movement"})


def party_member(ctx: Context, first: int, last: int, np_first: int) -> bool:
    """A person a US party's adjective qualifies in their own words ("Republican Sen. ...",
    "longtime Democratic pollster ...", "..., a Republican senator from Ohio,", "GOP nominee
    ..."), in a sentence and passage about no other country: of the United States (CAMEO
    codes a party's members with its country). Not "Social Democratic", "Free Democrats",
    "the Democratic Republic of Congo" or "Syrian Democratic Forces", other names that hold
    the word."""
    if US_MEMBER.match(ctx.text, ctx.tokens[last - 1].end):
        return True  # "Sen. Ann Cole (R-Iowa)", "Ann Cole (Ariz.)": how US news names them
    own = _own_words(ctx, first, last, np_first)
    words = [i for i in own if _party_word(ctx, i)]
    if words and any(_congress_title(ctx, i) for i in own):
        return True  # "Republican Sen. X criticized Mexico": a member of Congress anywhere
    sent = ctx.tokens[first].sent
    if ctx.about_at(first) not in (None, "USA"):
        return False
    return bool(words) and not ctx.sentence_countries.get(sent, set()) - {"USA"}


#: the party's letter and state, or the state alone, in brackets after a member of Congress
#: ("(R-Iowa)", "(D-N.Y.)", "(Ariz.)"): a state by its AP abbreviation or name
US_MEMBER = re.compile(
    r"\s?\((?:[RDI]-[A-Z][A-Za-z. ]{1,14}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind"
    r"|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla"
    r"|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.)\)"
)
#: titles of members of the US Congress, beside a party's adjective ("Republican Sen.")
CONGRESS_TITLES = frozenset(
    {"sen", "sen.", "senator", "rep", "rep.", "representative", "congressman", "congresswoman"}
)


def _congress_title(ctx: Context, i: int) -> bool:
    return i < len(ctx.tokens) and ctx.tokens[i].text.lower() in CONGRESS_TITLES


def _own_words(ctx: Context, first: int, last: int, np_first: int) -> list[int]:
    """The words a person's name stands in: its title chain, up to four modifiers before it
    ("longtime Democratic pollster"), and the noun phrase in apposition to it, after or
    before a comma ("X, a Republican senator," / "A Republican senator, X,")."""
    toks = ctx.tokens
    out = list(range(np_first, first))
    i = np_first - 1
    while i >= 0 and np_first - i <= 4 and toks[i].sent == toks[first].sent:
        if toks[i].pos == "PUNCT" or toks[i].head <= i:
            break  # a modifier of the phrase points right, to the name or its title
        out.append(i)
        i -= 1
    head = next((j for j in range(first, last) if not first <= toks[j].head < last), last - 1)
    for k in ctx.parse.children[head]:
        if toks[k].dep == "appos":
            out.extend(ctx.parse.subtree(k)[:10])
    if toks[head].dep == "appos" and toks[head].head < first:
        out.extend(j for j in ctx.parse.subtree(toks[head].head)[:10] if j < first)
    return out


def _party_word(ctx: Context, i: int) -> bool:
    toks = ctx.tokens
    t = toks[i]
    if t.text not in US_PARTY:
        return False
    m = ctx.kb_at.get(i)
    if m is not None:  # "Syrian Democratic Forces", "Democratic Republic of Congo"
        r = ctx.entry(m).role(ctx.date)
        return (r.country, r.sector) == ("USA", "PTY")
    opening = ctx.parse.sentences[t.sent].first
    prev = toks[i - 1] if i > 0 and toks[i - 1].sent == t.sent else None
    if prev is not None and prev.text.lower() in PARTY_PREFIXES:
        return False  # "Social Democratic", "Free Democrats": another party's name
    if prev is not None and prev.i > opening and prev.text[:1].isupper() and prev.text.isalpha():
        return False  # a capitalised word inside a sentence: some other name holds the word
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.text.lower() not in PARTY_NAMES_AFTER
