"""How a toponym is used: as a place, as an adjective, as an actor, or inside a name.

- "adjectival": a country's name modifying a noun ("US envoy", "the Iran deal"), its
  possessive ("Russia's army") or glued to a participle ("US-led"); country adjectives
  ("Kenyan", "Sino-") are found apart.
- "embedded": any other place modifying a noun or a title ("the Paris police", "Georgia
  Gov. Brian Kemp", "a Moscow-based firm"), inside an organisation's name ("Kentucky State
  Police", "CBC Toronto"), or a landmark standing for its city ("Heathrow Airport").
- "metonymic": a country or capital as the subject of an actor's verb ("Washington said",
  "Moscow denied"); a town or state named for its sports team ("the Phoenix Suns", "Real
  Madrid", "Boston beat the Lakers 112-105").
- "name": everything else.

An event is not placed by an adjectival or metonymic mention (see :mod:`.attach`).
"""

from __future__ import annotations

import re

from ..parse import Parse, Token
from .gazetteer import COUNTRY, Candidate
from .toponyms import SEAT_TITLES, Mention, person_cues, team

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
    if c.feature != COUNTRY and team(toks, m.first, m.name_end):
        return "metonymic"  # "the Phoenix Suns", "Real Madrid": the town's team
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
    if outside and a_side(parse, tok):
        return "metonymic"  # "Boston beat the Lakers 112-105": the town's team
    return "name"


#: Verbs of a game's result or fixture whose subject or object is a side ("beat", "lost to").
SPORT_VERBS = frozenset({
    "beat", "defeat", "edge", "rout", "top", "down", "blank", "sweep", "outscore", "outlast",
    "trounce", "thrash", "whip", "crush", "upset", "lose", "host", "tie", "draw", "shut",
    "blow", "hammer", "outplay", "eliminate", "oust", "stun",
})  # fmt: skip
#: Prepositions that take a side after such a verb ("lost to Denver", "drew with Chelsea").
SIDE_PREPS = frozenset({"to", "against", "with", "over"})
#: A score ("112-105", "2–1") or a word of games in the sentence says the verb is a game's.
SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
#: Words of sport, that make a side of a game's verb its team: not "the final battle", "a
#: win" or "its goal", which are war's and politics' too (those are in CONTEST_WORDS).
GAME_WORDS = frozenset({
    "game", "games", "match", "season", "points", "inning", "innings", "overtime",
    "playoff", "playoffs", "touchdown", "touchdowns", "quarterback", "halftime", "tournament",
    "semifinal", "semifinals", "championship", "coach", "fixture", "kickoff", "regional",
})  # fmt: skip


#: Words of contests and events: a small town beside one as a side of a game's verb is a
#: place, as a team's town or as a venue ("Dalton will host the series"), though no team.
CONTEST_WORDS = GAME_WORDS | {"final", "finals", "series", "title", "win", "victory", "league",
                              "goal", "goals", "scored", "events", "festival", "meet"}  # fmt: skip


def a_side(parse: Parse, tok: Token, words: frozenset[str] = GAME_WORDS) -> bool:
    """The name is the subject or object of a game's verb ("Boston beat the Lakers",
    "Denver lost to Phoenix") in a sentence with a score or one of ``words`` (of games)."""
    toks = parse.tokens
    verb = toks[tok.head]
    if tok.dep == "pobj" and verb.text.lower() in SIDE_PREPS:
        verb = toks[verb.head]
    elif not (tok.dep.startswith("nsubj") or tok.dep == "dobj"):
        return False
    if verb.lemma not in SPORT_VERBS:
        return False
    sentence = toks[parse.sentences[tok.sent].first : parse.sentences[tok.sent].last]
    if SCORE.search(" ".join(t.text for t in sentence)):
        return True
    return any(t.text.lower() in words for t in sentence)


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
