"""How a toponym is used: as a place, as an adjective, as an actor, or inside a name.

- "adjectival": a country's name modifying a noun ("US envoy", "the Iran deal"), its
  possessive ("Russia's army") or glued to a participle ("US-led"); country adjectives
  ("Kenyan", "Sino-") are found apart.
- "embedded": any other place modifying a noun or a title ("the Paris police", "Georgia
  Gov. Brian Kemp", "a Moscow-based firm"), inside an organisation's name ("Kentucky State
  Police", "CBC Toronto"), or a landmark standing for its city ("Heathrow Airport").
- "metonymic": a country or capital as the subject of an actor's verb ("Washington said",
  "Moscow denied").
- "name": everything else.

An event is not placed by an adjectival or metonymic mention (see :mod:`.attach`).
"""

from __future__ import annotations

from ..parse import Parse, Token
from .gazetteer import COUNTRY, Candidate
from .toponyms import SEAT_TITLES, Mention, person_cues

#: Verbs whose subject is an actor: a place as their subject stands for its government.
ACTOR_VERBS = frozenset({
    "say", "tell", "announce", "accuse", "deny", "warn", "condemn", "demand", "reject",
    "urge", "agree", "sign", "sanction", "threaten", "claim", "insist", "ask", "vow",
    "respond", "recall", "expel", "welcome", "support", "back", "oppose", "impose", "hope",
    "want", "plan", "seek", "refuse", "propose", "offer", "pledge", "promise", "praise",
    "criticize", "criticise", "blame", "call", "invite", "reply", "decide", "declare",
    "argue", "believe", "consider", "confirm", "protest", "retaliate", "veto",
    "recognize", "recognise", "negotiate", "order", "approve", "suspend", "summon",
})  # fmt: skip
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
HYPHENS = frozenset({"-", "–"})
#: Entity labels of names that may hold a place's name ("CBC Toronto", "Heathrow Airport").
NAME_LABELS = frozenset({"ORG", "FAC"})


def usage(parse: Parse, m: Mention, c: Candidate) -> str:
    if m.dateline:
        return "name"  # "BEIRUT (Reuters) -": NER may take the dateline into the agency's name
    if m.landmark:
        return "embedded"
    toks = parse.tokens
    last = m.name_end - 1  # the name's own last word
    tok = toks[last]
    head = toks[tok.head]
    outside = not (m.first <= tok.head < m.last)
    if _inside_name(parse, m):  # "CBC Toronto", "Costco Canada"
        return "embedded"
    if _glued(parse, m, last):  # "US-led", "Moscow-based", "a Buford-area man"
        return "adjectival" if c.feature == COUNTRY else "embedded"
    # a common noun ("US envoy"), or the name of an organisation or person ("Kentucky State
    # Police", "US President Biden"), not another place ("Lashkar Gah, Helmand")
    modified = head.pos == "NOUN" or (head.pos == "PROPN" and head.ent in ("ORG", "PERSON"))
    modified = modified or _title(toks, m.name_end, m.sent)
    if outside and tok.dep in MODIFIER_DEPS and modified:
        return "adjectival" if c.feature == COUNTRY else "embedded"
    subject = outside and tok.dep.startswith("nsubj") and tok.dep != "nsubjpass"
    if subject and head.lemma in ACTOR_VERBS and (c.feature == COUNTRY or c.capital):
        return "metonymic"
    return "name"


def _glued(parse: Parse, m: Mention, last: int) -> bool:
    """The name is the first part of a hyphenated modifier: glued in one token ("US-led")
    or before a hyphen and a lower-case word ("Moscow - based" as the parser splits it)."""
    toks = parse.tokens
    if m.end < toks[last].end:
        return True
    k = m.name_end
    if k + 1 >= len(toks) or toks[k].text not in HYPHENS or toks[k].start != m.end:
        return False
    nxt = toks[k + 1]
    return nxt.start == toks[k].end and nxt.text[:1].islower()


def _inside_name(parse: Parse, m: Mention) -> bool:
    """The name lies inside a longer organisation's or building's name."""
    for ent in parse.entities:
        if ent.label in NAME_LABELS and ent.first <= m.first and m.last <= ent.last:
            return ent.last - ent.first > m.last - m.first
    return False


def _title(toks: tuple[Token, ...], k: int, sent: int) -> bool:
    """A title and a capitalised name follow the place ("Georgia Gov. Brian Kemp")."""
    if k + 1 >= len(toks) or toks[k + 1].sent != sent or not toks[k + 1].text[:1].isupper():
        return False
    word = toks[k].text.lower().rstrip(".")
    return word in person_cues() or word in SEAT_TITLES
