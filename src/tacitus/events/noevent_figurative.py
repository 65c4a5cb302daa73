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
- **a disaster at home**: a visit or an order (CAMEO 04, 10) in a disaster's passage with
  no hostile agent, aimed at no one or at the doer's own country ("visited Beira after
  the cyclone", "ordered residents to evacuate as the hurricane approached");
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
  failure", "blamed the weather"); blame on someone's failure ("the government's
  failure") stays an accusation;
- **an untyped statement noun**: a statement named by a noun ("the president's remarks")
  with no PLOVER type and no target, as :mod:`tacitus.events.noevent` already quiets the
  same act told by a verb.

Tried and dropped: an endorsement or support for a candidate in a passage about an election
(it lost a SUPPORT record of plv_dev and one of the corpus's held-out split), and criticism
with no target in such a passage ("took aim at the frontrunner's tax plan"; no gain on the
dev sets, and the same risk), and promises with no target in such a passage ("pledged
free tertiary education"; they lost AGREE records of plv_dev and of the held-out split).

Each check reads the trigger's children and subject, the event's code and sides and the
sentence words kept on the parse: a few look-ups per candidate.
"""

from __future__ import annotations

from functools import lru_cache

from ..parse import Parse, Token
from ..records import Event
from .coder import Candidate
from .sense import near, sentence_words, word_class
from .syntax import kids, subject

#: Natural forces, diseases and accidents beyond the ``natural`` word class.
NATURAL_EXTRA = frozenset(
    {
        "fever",
        "flu",
        "influenza",
        "ebola",
        "measles",
        "malaria",
        "dengue",
        "covid",
        "covid-19",
        "coronavirus",
        "anthrax",
        "plague",
        "rabies",
        "river",
        "sea",
        "seas",
        "tide",
        "tides",
        "lava",
        "mud",
        "heat",
        "cold",
        "derailment",
        "shipwreck",
        "fire",
        "fires",
        "flames",
        "gust",
        "gusts",
        "swell",
        "waves",
    }
)
#: What makes an explosion or a fire an accident, not a bomb or arson ("a *gas* explosion").
ACCIDENTS = frozenset(
    {
        "gas",
        "boiler",
        "methane",
        "chemical",
        "factory",
        "pipeline",
        "cylinder",
        "firework",
        "fireworks",
        "dust",
        "industrial",
        "forest",
        "bush",
        "grass",
        "brush",
        "electrical",
        "kitchen",
        "mine",
        "refinery",
        "tanker",
        "warehouse",
    }
)
#: Words that make a fire or an explosion no accident ("*rocket* fire", "*militant* fire").
HOSTILE_FIRE = frozenset(
    {
        "rocket",
        "artillery",
        "mortar",
        "sniper",
        "gun",
        "machine-gun",
        "tank",
        "enemy",
        "militant",
        "rebel",
        "hostile",
        "friendly",
        "cross",
        "cross-border",
        "shell",
        "bomb",
        "car",
        "suicide",
    }
)

#: Verbs and nouns of force that news uses of campaigns ("stormed through the valley",
#: "hammered the incumbent", "a blitz", "declared war on the machine"); not "clash",
#: "beat", "stab", "raid", "invade" or "kill", which a campaign's crowds do literally.
CAMPAIGN_FORCE = frozenset(
    {
        "attack",
        "assault",
        "storm",
        "hit",
        "hammer",
        "blast",
        "batter",
        "pummel",
        "pound",
        "crush",
        "target",
        "ambush",
        "bomb",
        "torpedo",
        "war",
        "battle",
        "fight",
        "offensive",
        "blitz",
        "siege",
        "besiege",
        "slam",
        "strike",
        "destroy",
        "demolish",
        "annihilate",
        "bury",
        "trounce",
        "rout",
        "thrash",
        "snipe",
        "skewer",
        "savage",
        "maul",
        "bludgeon",
        "sink",
        "conquer",
        "overrun",
        "sweep",
        "barrage",
        "salvo",
        "broadside",
        "onslaught",
        "bombard",
        "wallop",
        "drub",
        "steamroll",
        "decimate",
    }
)
#: Words of a campaign beyond the ``election`` word class.
CAMPAIGN_WORDS = frozenset(
    {
        "campaign",
        "campaigning",
        "convention",
        "hustings",
        "stump",
        "fundraiser",
        "caucus",
        "debate",
        "debates",
        "primary",
        "rally",
        "rallies",
        "roadshow",
        "roadshows",
        "campaigner",
        "campaigners",
        "frontrunner",
        "seat",
        "seats",
        "vote",
        "votes",
    }
)
#: Doers whose force is literal: crowds, youths, gangs (beyond the ``armed`` and
#: ``protesters`` classes).
CROWD_DOERS = frozenset(
    {
        "supporter",
        "supporters",
        "youth",
        "youths",
        "thug",
        "thugs",
        "gang",
        "gangs",
        "mob",
        "crowd",
        "crowds",
        "member",
        "members",
        "wing",
        "loyalist",
        "loyalists",
        "vigilante",
        "vigilantes",
        "hooligan",
        "hooligans",
        "agent",
        "agents",
        "bodyguard",
        "bodyguards",
        "guard",
        "guards",
        "cadre",
        "cadres",
        "worker",
        "workers",
        "man",
        "men",
    }
)
#: What a crowd can literally attack: buildings, vehicles, gatherings, people in numbers.
PHYSICAL = frozenset(
    {
        "office",
        "offices",
        "headquarters",
        "hq",
        "building",
        "buildings",
        "home",
        "homes",
        "house",
        "houses",
        "residence",
        "convoy",
        "motorcade",
        "car",
        "cars",
        "vehicle",
        "vehicles",
        "bus",
        "buses",
        "rally",
        "rallies",
        "meeting",
        "march",
        "procession",
        "station",
        "stations",
        "booth",
        "booths",
        "box",
        "boxes",
        "centre",
        "center",
        "commission",
        "supporter",
        "supporters",
        "activist",
        "activists",
        "protester",
        "protesters",
        "crowd",
        "crowds",
        "voter",
        "voters",
        "journalist",
        "journalists",
        "reporter",
        "reporters",
        "agent",
        "agents",
        "observer",
        "observers",
        "worker",
        "workers",
        "stage",
        "podium",
        "hall",
        "palace",
        "parliament",
    }
)
#: What a mishap's blame is laid on when no party is named ("blamed a signal failure").
MISHAPS = frozenset(
    {
        "failure",
        "fault",
        "faults",
        "malfunction",
        "error",
        "fatigue",
        "weather",
        "fog",
        "ice",
        "visibility",
        "speeding",
        "overloading",
        "leak",
        "short-circuit",
        "circuit",
        "glitch",
        "defect",
        "defects",
        "wear",
        "corrosion",
        "lightning",
        "rain",
        "rains",
        "wind",
        "winds",
        "turbulence",
        "bird",
        "birds",
        "overcrowding",
        "water",
        "well",
        "wells",
        "sewage",
        "contamination",
        "hygiene",
        "sanitation",
        "mosquito",
        "mosquitoes",
        "pipe",
        "pipes",
        "wiring",
        "cable",
        "cables",
        "brake",
        "brakes",
        "tyre",
        "tyres",
        "tire",
        "tires",
        "engine",
        "valve",
        "warming",
    }
)
#: Doers with no army to command: legislators, candidates, local office holders. Force
#: they "launch" with no word of violence about is talk ("went on the offensive").
UNARMED_OFFICES = frozenset(
    {
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "mp",
        "deputy",
        "backbencher",
        "candidate",
        "nominee",
        "challenger",
        "incumbent",
        "frontrunner",
        "front-runner",
        "mayor",
        "councillor",
        "councilor",
        "campaign",
        "assemblyman",
        "assemblywoman",
        "spokesman",
        "spokeswoman",
    }
)
#: Verbs of a casualty told in the passive ("17 workers were killed").
CASUALTY_VERBS = frozenset({"kill", "injure", "hurt", "wound", "maim"})
#: Words of the violence class that only count casualties ("killed", "dead"), which a
#: storm's toll uses as much as a bombing's.
CASUALTY_WORDS = frozenset(
    {
        "killed",
        "dead",
        "wounded",
        "injured",
        "casualties",
        "killing",
        "kill",
        "kills",
        "wounding",
        "injuring",
        "died",
        "civilians",
        "shoppers",
        "blast",
        "explosion",
    }
)
#: Words of hostile agents beyond the violence and armed classes.
HOSTILE_EXTRA = frozenset(
    {"arson", "arsonist", "arsonists", "attacker", "attack", "attacks", "grenade", "terror"}
)
#: Nouns of a war declared or waged on something ("declared war on fast food chains").
WARS = frozenset({"war", "wars", "crusade", "jihad", "warfare"})
#: Who a war may literally be waged on when the coder names no actor for them.
FOES = frozenset(
    {
        "cartel",
        "cartels",
        "gang",
        "gangs",
        "trafficker",
        "traffickers",
        "terrorist",
        "terrorists",
        "mafia",
        "mafias",
        "smuggler",
        "smugglers",
        "pirate",
        "pirates",
        "poacher",
        "poachers",
        "bandit",
        "bandits",
        "kidnapper",
        "kidnappers",
        "extremist",
        "extremists",
        "separatist",
        "separatists",
        "invader",
        "invaders",
        "occupier",
        "occupiers",
        "enemy",
        "enemies",
        "people",
        "country",
        "nation",
        "state",
        "neighbour",
        "neighbor",
        "government",
        "regime",
    }
)
#: Words of a literal assault beyond the violence class: weapons, attackers, wounds.
LITERAL = frozenset(
    {
        "knife",
        "knives",
        "machete",
        "machetes",
        "gun",
        "guns",
        "pistol",
        "rifle",
        "stone",
        "stones",
        "rock",
        "rocks",
        "stick",
        "sticks",
        "club",
        "clubs",
        "bat",
        "bats",
        "acid",
        "petrol",
        "grenade",
        "grenades",
        "assailant",
        "attacker",
        "assassin",
        "assassination",
        "stab",
        "stabbed",
        "punch",
        "punched",
        "fists",
        "hospital",
        "hospitalised",
        "hospitalized",
        "wounds",
        "injuries",
        "hurt",
        "unhurt",
        "bleeding",
        "blood",
        "bullet",
        "bullets",
        "gunshot",
        "thug",
        "thugs",
        "mob",
    }
)
#: Roots of a state's routine answer to a disaster at home: visits and tours, orders (to
#: evacuate). Not appeals, which may ask other states for aid, nor aid itself, which the
#: corpus labels AID; promises (03) and warnings (13) were tried and lost AGREE and
#: THREATEN records of plv_dev.
RESPONSE_ROOTS = frozenset({"04", "10"})
#: What an order in a disaster tells people to do: get out of harm's way.
SAFETY = frozenset(
    {"evacuate", "leave", "flee", "move", "stay", "shelter", "relocate", "boil", "remain"}
)
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
    """Words of a disaster: the ``natural`` class and :data:`NATURAL_EXTRA`."""
    return word_class("natural") | NATURAL_EXTRA


@lru_cache(maxsize=1)
def _hostile() -> frozenset[str]:
    """Words of a hostile agent: violence (less the words of a toll), armed sides."""
    return (word_class("violence") - CASUALTY_WORDS) | word_class("armed") | HOSTILE_EXTRA


@lru_cache(maxsize=1)
def _crowd() -> frozenset[str]:
    """Doers whose force is literal: crowds, armed sides, protesters."""
    return CROWD_DOERS | word_class("armed") | word_class("protesters")


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
    if words & HOSTILE_FIRE or words & word_class("armed"):
        return False
    head = {doer.lemma.lower(), doer.text.lower()}
    if head & {"explosion", "explosions", "blast", "blaze", "fire", "fires"}:
        return bool(words & ACCIDENTS) or bool(head & {"blaze"})
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
    foes = FOES | word_class("armed") | word_class("violence")
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
        c.lemma.lower() in SAFETY for c in kids(parse, verb.i, "xcomp", "ccomp", "advcl")
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
    if not lemmas & CAMPAIGN_FORCE:
        return False
    if sentence_words(parse, verb.sent) & (word_class("violence") | word_class("armed") | LITERAL):
        return False
    doer = _doer(parse, verb)
    if doer is not None and doer.lemma.lower() in UNARMED_OFFICES:
        return True  # a senator's or a candidate's "offensive" is talk wherever it is told
    if not near(parse, verb, word_class("election") | CAMPAIGN_WORDS):
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
    return any(_words(parse, o) & PHYSICAL for o in objs)


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
    if objs[0].lemma.lower() not in MISHAPS and not climate:
        return False
    return not any(m.dep == "poss" or m.pos == "PROPN" for m in mods)
