"""Targets that are things or places no actor names.

An act of force, a seizure or a lawsuit often lands on a thing or a place rather than on
a named body: "rebels attacked *the pipeline*", "troops stormed *the presidential palace*",
"the government sued *the magazine*", "imposed a curfew on *the capital*". The actors
stage makes no actor of such a phrase, so the event had no target, while coders (and our
corpus) mark the phrase as the target. When the rules, the people phrases and the deeper
search found none, the event takes a target made from the verb's direct object (through
an act's own noun: "launched an assault *on* X"), or from an event noun's "of"/"on"/
"against" object ("the bombing *of* the embassy"). The made target has no country: it
adds no country to a dyad, it only names what the act landed on.

Not for the acts whose missing target :mod:`.implied` fills with the state or its people
(protests, demands, arrests by a source with a country): their target is that
country's. It runs after the no-event filters (:mod:`.noevent`), which read a missing
target as a cue ("war on drugs").
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Actor, Event
from .coder import Trigger
from .implied import AT_THE_STATE, BY_THE_STATE
from .roles import SYMMETRIC_CODES, TRAVEL_VERBS, phrase_name
from .syntax import ActorIndex, kids, prep_objects, with_target

#: CAMEO codes whose missing target :mod:`.implied` fills when the source has a country.
IMPLIED = AT_THE_STATE + BY_THE_STATE
#: Prepositions of an event noun whose object the act lands on ("the shelling *of* X").
NOUN_PREPS = ("of", "on", "against")
#: Prepositions of a verb's object that names the act itself ("imposed a curfew *on* X",
#: "launched an assault *on* X", "took control *of* X").
ACT_PREPS = ("on", "against", "upon", "at", "into", "of")
#: Object nouns that name the act, a measure or an amount, not what it lands on: their
#: "on"/"of" phrase names it, else there is no target to make.
ACT_NOUNS = frozenset(
    {"assault", "attack", "attacks", "offensive", "raid", "raids", "strike", "strikes",
     "curfew", "blockade", "siege", "embargo", "ban", "sanctions", "control", "fire",
     "crackdown", "campaign", "operation", "war", "pressure", "restrictions", "charges",
     "tariffs", "duties", "limits", "cap", "freeze", "halt", "hold", "possession",
     "custody", "command", "charge", "closure", "occupation", "bombardment", "shelling",
     "state", "emergency", "barrage", "volley", "salvo", "rocket", "rockets", "missile",
     "missiles", "shell", "shells", "bomb", "bombs", "mortar", "mortars", "drone",
     "drones", "grenade", "grenades", "shot", "shots", "gas", "bullets", "rocks", "stones",
     "bottles", "eggs", "inquiry", "investigation", "probe"}
)  # fmt: skip
#: Object nouns that are never what an act lands on: time, manner, amounts, talk.
NOT_TARGETS = frozenset(
    {"time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
     "hour", "hours", "night", "morning", "way", "part", "place", "step", "steps",
     "measure", "measures", "action", "actions", "move", "moves", "decision", "statement",
     "talks", "visit", "trip", "call", "calls", "responsibility", "power", "note", "aim",
     "advantage", "effect", "lot", "number", "total", "rest", "one", "ones", "thing",
     "things", "something", "nothing", "anything", "everything", "support", "help", "aid",
     "role", "stance", "position", "view", "views", "issue", "issues", "question", "case",
     "matter", "plan", "plans", "deal", "agreement", "accord", "pact", "treaty", "law",
     "bill", "order", "orders", "vote", "votes", "election", "elections", "money", "funds",
     "million", "millions", "billion", "billions", "percent", "%", "dollars", "euros"}
)  # fmt: skip


def object_target(
    parse: Parse, index: ActorIndex, trig: Trigger, event: Event, where: str
) -> Event:
    """The event with a target made from the thing or place its act lands on (or the other
    side of a two-sided act), when it has a source and no target, and no actor covers that
    phrase. (Putting the thing in place of the place an act of force happened in, with the
    place's country, lost on a dev set: the place is kept.)"""
    if event.plover is None or event.source is None or event.target is not None:
        return event
    if event.source.country and event.cameo.startswith(IMPLIED):
        return event  # the state or its people are the target (:mod:`.implied`)
    head = _partner(parse, index, trig, event) or _landing(parse, trig, event.cameo)
    if head is None:
        return event
    first = min([head.i, *(i for c in _left(parse, head) for i in parse.subtree(c.i))])
    if any(index.all_at(t) for t in parse.tokens[first : head.i + 1]):
        return event  # an actor in it: the rules' business, not a thing
    actor = _thing(parse, first, head, _end(parse, head), where)
    return with_target(event, where, trig.token.start, actor, "thing")


#: What two sides sign or strike together ("X and Y signed a truce"): the act is two-sided
#: whatever its code.
DEALS = frozenset(
    {"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "cease-fire",
     "armistice", "memorandum"}
)  # fmt: skip


def _partner(parse: Parse, index: ActorIndex, trig: Trigger, event: Event) -> Token | None:
    """The other side of a two-sided act named beside the source as a doer, when no actor
    names it ("Iran and *the six powers* resumed talks", "the government and *the armed
    groups* signed a truce"): each side is the other's target."""
    if trig.nominal:
        return None
    deal = any(o.lemma.lower() in DEALS for o in kids(parse, trig.token.i, "dobj"))
    if not (deal or event.cameo.startswith(SYMMETRIC_CODES)):
        return None
    src = event.source
    for subj in kids(parse, trig.token.i, "nsubj"):
        if src is None or not any(a.id == src.id for a in index.all_at(subj)):
            continue
        return next((c for c in kids(parse, subj.i, "conj") if _fits(c)), None)
    return None


def _end(parse: Parse, head: Token) -> int:
    """Where the phrase of ``head`` ends, with its "of" phrase ("the outskirts of X")."""
    tail = [
        i
        for p in kids(parse, head.i, "prep")
        if p.lemma.lower() == "of"
        for i in parse.subtree(p.i)
    ]
    return parse.tokens[max(tail)].end if tail else head.end


#: Prepositions of a verb (or of its object) whose object receives the act ("appealed *to*
#: X", "called *on* X", "cut supplies *to* X", "imposed sanctions *on* X"): checked
#: before the direct object, which is then what is given or imposed.
RECIPIENT_PREPS = ("to", "on", "upon", "against")
#: Prepositions of a verb that name where it is aimed only when it has no direct object
#: ("fired *at* X", "broke *into* X"); with one they say where ("attacked the metro *at*
#: the station").
AIM_PREPS = ("at", "into", "toward", "towards")
#: Entity types that are never a target (when, how much).
NOT_TARGET_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Pronouns that name people the sentence goes on to describe ("punish *those* behind
#: the riots", "arrest *anyone* who"): a target as much as a noun is.
PEOPLE_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "whoever"})


#: CAMEO roots of appeals, demands and accusations: the subject of their "that" clause is
#: who is asked or blamed ("demanded that *the commission* resign").
TOLD_CODES = ("02", "10", "11")


def _landing(parse: Parse, trig: Trigger, code: str) -> Token | None:
    """The head noun of what the act at ``trig`` lands on, if the sentence names one."""
    verb = trig.token
    if trig.nominal:
        return next((o for o in prep_objects(parse, verb, *NOUN_PREPS, "to") if _fits(o)), None)
    if trig.reverse:  # "the convoy was attacked by X": the subject receives the act
        return next((s for s in kids(parse, verb.i, "nsubjpass", "nsubj") if _fits(s)), None)
    for cand in _verb_objects(parse, verb, trig):
        if _fits(cand):
            return cand
    # "vowed to punish X", "refused to pay compensation to X": the wanted act's object
    for x in kids(parse, verb.i, "xcomp"):
        for cand in _verb_objects(parse, x, None):
            if _fits(cand):
                return cand
    if code.startswith(TOLD_CODES):  # "demanded that the commission resign"
        for x in kids(parse, verb.i, "ccomp"):
            for cand in kids(parse, x.i, "nsubj", "nsubjpass"):
                if _fits(cand):
                    return cand
    return None


def _verb_objects(parse: Parse, verb: Token, trig: Trigger | None) -> list[Token]:
    """The verb's candidate targets in order: a receiving preposition's object, one of
    its direct object's, the direct object itself (through an act's noun), a "with"."""
    # a journey's own phrase is where the doer goes, not what the act lands on
    travel = verb.lemma.lower() in TRAVEL_VERBS
    own = trig.preps if trig is not None and not travel else ()
    # the passive subject is the object ("the patrol was ambushed by X")
    direct = (kids(parse, verb.i, "dobj") or kids(parse, verb.i, "nsubjpass"))[:1]
    # a deal or talks: its "on"/"over" phrase is its topic, not a side ("a deal on X")
    topic = any(_topic(o) for o in direct)
    noun = trig.noun if trig is not None else None
    acts = [o for o in direct if not topic and ((noun is not None and o.i == noun.i) or _act(o))]
    aims = AIM_PREPS if acts or not direct else ()
    receiving = ("to", "against") if topic else RECIPIENT_PREPS

    out = [
        o
        for p in kids(parse, verb.i, "prep", "dative")
        if p.lemma.lower() in receiving + aims or (p.lemma.lower() in own and not topic)
        for o in kids(parse, p.i, "pobj")
    ]
    for obj in direct:
        # "sanctions on X", "aid to X"
        out += prep_objects(parse, obj, "to", *(() if topic else ("on", "against", "into")))
        if obj in acts:
            out += prep_objects(parse, obj, *ACT_PREPS)
        elif not topic:
            out.append(obj)
    out += prep_objects(parse, verb, "with")
    return out


def _topic(tok: Token) -> bool:
    """The object is a deal, talks or another thing whose phrases say what it is about."""
    word = tok.text.lower()
    return word in NOT_TARGETS or word in DEALS or tok.lemma.lower() in DEALS


def _act(tok: Token) -> bool:
    """The object names the act, a measure or a weapon, not what it lands on."""
    return tok.text.lower() in ACT_NOUNS or tok.lemma.lower() in ACT_NOUNS


def _fits(tok: Token) -> bool:
    """A noun (or a pronoun for people) that may name what an act lands on."""
    word = tok.text.lower()
    if word in PEOPLE_PRONOUNS:
        return True
    if tok.pos not in ("NOUN", "PROPN") or tok.ent in NOT_TARGET_ENTS:
        return False
    return word not in NOT_TARGETS and word not in ACT_NOUNS


def _left(parse: Parse, head: Token) -> list[Token]:
    return [c for c in parse.child_tokens[head.i] if c.i < head.i]


def _thing(parse: Parse, first: int, head: Token, end: int, where: str) -> Actor:
    """An actor for the thing or place named by ``first`` .. ``head`` (its mention up to
    ``end``), without its article or owner pronoun ("the pipeline" is named "pipeline")."""
    ident, name = phrase_name(parse, first, head, where)
    return Actor(ident, name, kind="thing", mentions=((parse.tokens[first].start, end),))
