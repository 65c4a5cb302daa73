"""No-event frames of figurative force: campaigns, nature and accidents, wars on things.

News borrows the verbs of violence for what is no violence: a candidate "storms through the
Rift Valley", a senator "goes on the offensive", a typhoon "lashes" the coast, swine fever
"forces" farmers to cull their pigs, the Kremlin "declares war" on fast food chains, railway
officials "blame a signal failure". The sense rows of ``data/event_senses.tsv`` read one
verb's own frame; these checks read the act as finally coded (after the model's retyping),
its doer and the register of its passage:

- **a natural or accidental doer**: the act's doer (its subject, the agent of a passive, or
  the subject of the clause a participle hangs on: "swept through the farms, *forcing*
  farmers to cull") is a force of nature, a disease or an accident ("Storm Ciara", "swine
  fever", "a gas explosion"; not "rocket fire" or a bare "explosion"), whatever the code;
- **a disaster's toll**: a casualty told in the passive with no doer ("At least 40 workers
  were killed") beside a word of a disaster or an accident and no word of a hostile
  agent in its sentence or its neighbours;
- **a disaster at home**: a visit, an order that sends people to safety or a declared
  state of emergency (CAMEO 04, 10, 17) in a disaster's passage with no hostile agent,
  aimed at no one or at the doer's own country ("visited Beira after the cyclone",
  "ordered residents to evacuate as the hurricane approached"); other demands ("rich
  countries must pay") and acts on another country stay;
- **campaign force**: an act of force (CAMEO 18 to 20) named by a verb or noun news uses
  of campaigns ("stormed", "hammered", "blitz", "offensive"), with no word of violence,
  weapons or wounds in its sentence, done by a legislator or a candidate (who command no
  army), or, in a passage about an election, by no crowd and no armed side and aimed at
  nothing a crowd could literally attack (offices, convoys, rallies, people in numbers).
  Supporters who storm an office, gunmen who attack a rally, an assailant's knife keep
  their events;
- **a retort**: force told with a that-clause ("shot back *that* his rival had raised
  taxes") is talk;
- **a war on things**: a war, crusade or jihad declared or waged "on" something the coder
  names no actor for and that is no name, state, people or armed or criminal group;
- **a blamed mishap**: blame (CAMEO 112) laid on a thing that is no party ("blamed a signal
  failure", "blamed the weather", "blamed climate change"); blame on someone's failure
  ("the government's failure") stays an accusation;
- **an untyped statement noun**: a statement named by a noun ("the president's remarks")
  with no PLOVER type and no target, as :mod:`tacitus.events.noevent` already quiets the
  same act told by a verb.

Tried and dropped: an endorsement or support for a candidate in a passage about an election
(it lost a SUPPORT record of plv_dev and one of the corpus's held-out split), and criticism
with no target in such a passage ("took aim at the frontrunner's tax plan"; no gain on the
dev sets, and the same risk), and promises with no target in such a passage ("pledged
free tertiary education"; they lost AGREE records of plv_dev and of the held-out split).

The word classes the checks read are the ``fig_*`` rows of ``data/event_senses.tsv``. Each
check reads the trigger's children and subject, the event's code and sides and the
sentence words kept on the parse: a few look-ups per candidate.
"""

from __future__ import annotations

from functools import lru_cache

from ..parse import Parse, Token
from ..records import Event
from .coder import Candidate
from .sense import near, sentence_words, word_class
from .syntax import kids, subject

#: Verbs of a casualty told in the passive ("17 workers were killed").
CASUALTY_VERBS = frozenset({"kill", "injure", "hurt", "wound", "maim"})
#: Nouns of a war declared or waged on something ("declared war on fast food chains").
WARS = frozenset({"war", "wars", "crusade", "jihad", "warfare"})
#: Roots of a state's routine answer to a disaster at home: visits and tours, orders (to
#: evacuate). Not appeals, which may ask other states for aid, nor aid itself, which the
#: corpus labels AID; promises (03) and warnings (13) were tried and lost AGREE and
#: THREATEN records of plv_dev.
RESPONSE_ROOTS = frozenset({"04", "10"})
#: What a state declares when a disaster strikes at home ("a state of emergency").
EMERGENCIES = frozenset({"emergency", "disaster", "calamity", "catastrophe"})
#: Roots of force: fighting, assault, mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})


def quiet(parse: Parse, cand: Candidate, event: Event) -> bool:
    """True when the event's doer is a force of nature or an accident, its force is a
    campaign's, its blame falls on a mishap, or it is an untyped statement noun (see the
    module doc)."""
    verb = cand.trigger.token
    if natural_doer(parse, verb) or natural_toll(parse, verb):
        return True
    root = event.cameo[:2]
    if root in FORCE_ROOTS and (retort(parse, verb) or campaign_force(parse, cand)):
        return True
    if root in FORCE_ROOTS and event.target is None and war_on_things(parse, cand):
        return True
    if event.cameo.startswith("112") and blamed_mishap(parse, verb):
        return True
    if root in RESPONSE_ROOTS and disaster_at_home(parse, verb, event):
        return True
    if root == "17" and _emergency(parse, verb) and disaster_at_home(parse, verb, event):
        return True
    return root == "01" and cand.trigger.nominal and event.plover is None and event.target is None


@lru_cache(maxsize=1)
def _natural() -> frozenset[str]:
    """Words of a disaster: the ``natural`` and ``fig_natural`` classes."""
    return word_class("natural") | word_class("fig_natural")


@lru_cache(maxsize=1)
def _hostile() -> frozenset[str]:
    """Words of a hostile agent or of unrest: violence (less the words of a toll), armed
    sides, ``fig_hostile`` (protesters, riots, curfews: "as protesters *stormed* government
    buildings", whose lemma is the natural class's "storm")."""
    return (
        (word_class("violence") - word_class("fig_toll"))
        | word_class("armed")
        | word_class("fig_hostile")
    )


@lru_cache(maxsize=1)
def _crowd() -> frozenset[str]:
    """Doers whose force is literal: crowds, armed sides, protesters."""
    return word_class("fig_crowd") | word_class("armed") | word_class("protesters")


@lru_cache(maxsize=1)
def _foes() -> frozenset[str]:
    """Who a war may literally be waged on: ``fig_foe``, armed sides, words of violence."""
    return word_class("fig_foe") | word_class("armed") | word_class("violence")


@lru_cache(maxsize=1)
def _assault() -> frozenset[str]:
    """Words of a literal assault: violence, armed sides, weapons and wounds."""
    return word_class("violence") | word_class("armed") | word_class("fig_literal")


@lru_cache(maxsize=1)
def _campaign() -> frozenset[str]:
    """Words of an election campaign: the ``election`` and ``fig_campaign`` classes."""
    return word_class("election") | word_class("fig_campaign")


def _words(parse: Parse, tok: Token) -> set[str]:
    """A noun's lemma and form with those of its compounds and modifiers."""
    toks = [tok, *kids(parse, tok.i, "compound", "amod", "nmod")]
    return {t.lemma.lower() for t in toks} | {t.text.lower() for t in toks}


def _doer(parse: Parse, verb: Token) -> Token | None:
    """The act's doer: a passive verb's agent, else its subject (through the clause a
    participle or an infinitive hangs on)."""
    subj, passive = subject(parse, verb)
    if not passive:
        return subj
    for a in kids(parse, verb.i, "agent"):
        for o in kids(parse, a.i, "pobj"):
            return o
    return None


def natural_doer(parse: Parse, verb: Token) -> bool:
    """The doer is a force of nature, a disease or an accident: "Storm Ciara lashed
    Britain", "swine fever ... forcing farmers to cull", "a gas explosion ... killing 37";
    not "rocket fire" or an explosion with nothing to say it was an accident."""
    doer = _doer(parse, verb)
    if doer is None:
        return False
    words = _words(parse, doer)
    if words & word_class("fig_hostilefire") or words & word_class("armed"):
        return False
    head = {doer.lemma.lower(), doer.text.lower()}
    if head & {"explosion", "explosions", "blast", "blaze", "fire", "fires"}:
        return bool(words & word_class("fig_accident")) or bool(head & {"blaze"})
    natural = _natural()
    if head & natural:
        return True
    # a named storm ("Storm Ciara", "Cyclone Idai"): the name's compound says what it is
    return doer.pos == "PROPN" and any(
        c.lemma.lower() in natural for c in kids(parse, doer.i, "compound")
    )


def natural_toll(parse: Parse, verb: Token) -> bool:
    """A casualty told in the passive with no doer ("At least 17 workers were killed")
    in a passage about a disaster or an accident (a word of one in the sentence or a
    neighbour) with no word of a hostile agent in any of the three sentences."""
    if verb.lemma.lower() not in CASUALTY_VERBS or kids(parse, verb.i, "agent"):
        return False
    if not kids(parse, verb.i, "auxpass") and not (verb.tag == "VBN" and verb.dep == "acl"):
        return False
    return near(parse, verb, _natural()) and not near(parse, verb, _hostile())


def war_on_things(parse: Parse, cand: Candidate) -> bool:
    """A war declared or waged on something that is no side: "the Kremlin has declared
    war on foreign-owned fast food chains", "a war on potholes". With no target found, the
    object of "on" or "against" is neither a name nor an armed or criminal group."""
    verb, noun = cand.trigger.token, cand.trigger.noun
    war = noun if noun is not None and noun.lemma.lower() in WARS else verb
    if war.lemma.lower() not in WARS:
        return False
    objs = [
        o
        for p in kids(parse, war.i, "prep")
        if p.lemma.lower() in ("on", "against", "upon")
        for o in kids(parse, p.i, "pobj")
    ]
    if not objs:
        return False
    foes = _foes()
    return not any(
        o.pos == "PROPN" or o.ent or _words(parse, o) & foes or _named(parse, o) for o in objs
    )


def _named(parse: Parse, tok: Token) -> bool:
    """A name among the noun's modifiers or the objects of its "of" phrase."""
    mods = kids(parse, tok.i, "compound", "amod", "poss", "nmod")
    mods += [o for p in kids(parse, tok.i, "prep") for o in kids(parse, p.i, "pobj")]
    return any(m.pos == "PROPN" or m.ent in ("GPE", "NORP", "ORG") for m in mods)


def disaster_at_home(parse: Parse, verb: Token, event: Event) -> bool:
    """A visit, an order to get to safety or a declared emergency in a passage about a
    disaster (a word of one in the sentence or a neighbour, no word of a hostile agent in
    any of the three), aimed at no one or at the doer's own country: "visited Beira after
    the cyclone", "ordered residents to evacuate as the hurricane approached". An act on
    another country, and any other demand ("rich countries must pay"), stays."""
    if event.cameo[:2] == "10" and not _to_safety(parse, verb):
        return False
    src, tgt = event.source, event.target
    there = tgt.country if tgt is not None else None
    if there is not None and (src is None or src.country != there):
        return False
    return near(parse, verb, _natural()) and not near(parse, verb, _hostile())


def _to_safety(parse: Parse, verb: Token) -> bool:
    """The order is to get out of harm's way ("ordered residents *to evacuate*", "told
    them *to stay* indoors"), not a demand on anyone."""
    return any(
        c.lemma.lower() in word_class("fig_safety")
        for c in kids(parse, verb.i, "xcomp", "ccomp", "advcl")
    ) or any(o.lemma.lower() == "evacuation" for o in kids(parse, verb.i, "dobj"))


def _emergency(parse: Parse, verb: Token) -> bool:
    """The verb declares an emergency or a disaster ("declared a state of emergency")."""
    return any(
        parse.tokens[i].lemma.lower() in EMERGENCIES
        for o in kids(parse, verb.i, "dobj")
        for i in parse.subtree(o.i)
    )


def retort(parse: Parse, verb: Token) -> bool:
    """Force told with a that-clause is talk: "shot back *that* his rival had raised
    taxes", "hit back *that* the figures were wrong"."""
    return any(
        m.lemma.lower() == "that"
        for c in kids(parse, verb.i, "ccomp")
        for m in kids(parse, c.i, "mark")
    )


def campaign_force(parse: Parse, cand: Candidate) -> bool:
    """Force named by a campaign's verb or noun in a passage about an election, with no
    word of violence in the sentence, no crowd or armed side doing it and nothing a crowd
    could literally attack on the receiving end (see the module doc)."""
    verb, noun = cand.trigger.token, cand.trigger.noun
    lemmas = {verb.lemma.lower()} | ({noun.lemma.lower()} if noun is not None else set())
    if not lemmas & word_class("fig_campaignforce"):
        return False
    if sentence_words(parse, verb.sent) & _assault():
        return False
    doer = _doer(parse, verb)
    if doer is not None and doer.lemma.lower() in word_class("fig_unarmed"):
        return True  # a senator's or a candidate's "offensive" is talk wherever it is told
    if not near(parse, verb, _campaign()):
        return False
    if doer is not None:
        crowd = _crowd()
        if _words(parse, doer) & crowd:
            return False
    return not _aimed_at_bodies(parse, verb) and not (
        noun is not None and _aimed_at_bodies(parse, noun)
    )


def _aimed_at_bodies(parse: Parse, tok: Token) -> bool:
    """The token's object, or the object of its "on", "against", "at" or "into" phrase, is
    a building, a vehicle, a gathering or people in numbers."""
    objs = kids(parse, tok.i, "dobj", "nsubjpass")
    for p in kids(parse, tok.i, "prep"):
        if p.lemma.lower() in ("on", "against", "at", "into", "upon"):
            objs += kids(parse, p.i, "pobj")
    return any(_words(parse, o) & word_class("fig_physical") for o in objs)


def blamed_mishap(parse: Parse, verb: Token) -> bool:
    """Blame laid on a mishap with no one named as its author ("blamed a signal failure",
    "blamed the weather"); not "blamed the government's failure"."""
    if verb.lemma.lower() not in ("blame", "attribute"):
        return False
    objs = kids(parse, verb.i, "dobj")
    if not objs:
        return False
    mods = kids(parse, objs[0].i, "poss", "compound", "amod")
    climate = objs[0].lemma.lower() == "change" and any(m.lemma.lower() == "climate" for m in mods)
    if objs[0].lemma.lower() not in word_class("fig_mishap") and not climate:
        return False
    return not any(m.dep == "poss" or m.pos == "PROPN" for m in mods)
