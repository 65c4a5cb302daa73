"""No-event frames of civic life: relief at home from a natural hazard, local ceremony.

A government that deploys soldiers "to fight the wildfires", mobilises them "to fight the
floods", or whose navy "evacuated fishermen ahead of the cyclone": the verbs are the
lexicon's verbs of mobilising and withdrawing, but what is fought is a hazard of nature, not
another party, and the codes they get (MOBILIZE against the troops sent, RETREAT for an
evacuation, COERCE for a cordon) name no act between political actors. These checks read
that frame:

- **relief at home**: a verb of dispatching, evacuating or rescuing (:data:`RELIEF_VERBS`)
  coded as a force posture, force, coercion or a withdrawal (MOBILIZE, ASSAULT, COERCE,
  RETREAT: never the act of relief) in a sentence (or after one) that names a natural
  hazard or its wreckage (:data:`HAZARDS`: "storm", "floodwaters", "debris"), no word of
  conflict (:data:`CONFLICT`: "rebels", "protesters", "riot", "lockdown") and no place or
  people but the doer's own. Kept: relief sent abroad ("India sent troops to help Nepal
  ...": a place or a target of another country may be aid between states), nationals
  evacuated from a war ("as fighting raged"), troops sent to crush protesters or quell a
  riot after a flood;
- **aid is kept**: relief coded AID ("sent troops to help clear the debris", "evacuated
  residents of the towns hit by the tsunami", "deployed troops to distribute food") is
  AID in our corpus' labels, even with no one named as aided; quieting it cost held-out
  AID rows, so it is left to the model;
- **a town hall's threat on a facility**: a mayor, council or county threatening, with no
  one threatened, to close or sell a pool, a library or a park: municipal business;
- **campaign business** (session 25), in a passage about an election (its sentence or a
  neighbour has a word of the ``election`` class, a rally, a debate or a race) with no word
  of violence: a candidate's words on a rival of the contest ("blasted his *opponent's*
  trade policy", an ad "mocking the *challenger's* record"; not an accusation, CAMEO 112);
  support for a candidate not named as another party's ("endorsed the Democratic
  *challenger*", "rallied behind a single *candidate*"; not "the prime minister's
  candidate", nor a state's support); volunteers, canvassers or poll watchers mobilised
  or sent with no purpose but canvassing; a trip to a town or province of the doer's own
  country ("He flies to Michigan on Friday") or a tour of places named by common nouns
  ("toured three counties"); a manifesto or an ad put out ("will release its own"); a
  pledge to no one (CAMEO 030 with no target, "He promised to build a million homes") in
  a passage with a word of campaigning itself, not "elections" alone ("vowed to hold free
  elections" is an intent of reform). Outside such a passage: a rally held by an office
  holder of the government with no demand, "against" or "over" ("The governor will hold a
  rally in Tampa"): CAMEO 133 is a threat of dissent, and a governing side's rally is none.

Tried and dropped: a legislature's act with no target in a sentence that gives its vote
tally ("The Senate rejected the tax package 13-9"): the PLOVER gold codes such refusals as
REJECT (two PLOVER dev rows lost, none gained).

Legislature business on procedural objects is :data:`tacitus.events.noevent.ARTEFACTS`;
a pardoned turkey and a body that dissolves itself are word-sense rows
(``data/event_senses.tsv``, "s22 civic").
Each check reads the trigger's lemma, the event's actors and the sentence words kept on
the parse: a few look-ups per candidate.
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Actor, Event
from .coder import Candidate
from .sense import near, sentence_words, word_class
from .syntax import kids, prep_objects, span_of, subject

#: Verbs of sending a force, evacuating and rescuing: relief work where a hazard is the
#: occasion ("deployed soldiers to fight the wildfires", "evacuated fishermen", "cordoned
#: off the area").
RELIEF_VERBS = frozenset(
    {
        "send",
        "deploy",
        "dispatch",
        "mobilise",
        "mobilize",
        "rush",
        "evacuate",
        "rescue",
        "fly",
        "cordon",
        "cordone",
    }
)
#: Natural hazards and their wreckage, as they are written in a news sentence (forms and
#: lemmas); not "fire" (gunfire, "opened fire"), "surge" or "collapse" (troops and regimes).
HAZARDS = frozenset(
    {
        "storm",
        "storms",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "earthquake",
        "quake",
        "aftershock",
        "flood",
        "floods",
        "flooding",
        "flooded",
        "floodwater",
        "floodwaters",
        "flood-hit",
        "flood-stricken",
        "wildfire",
        "wildfires",
        "bushfire",
        "bushfires",
        "blaze",
        "blazes",
        "flames",
        "tsunami",
        "volcano",
        "eruption",
        "landslide",
        "landslides",
        "mudslide",
        "mudslides",
        "avalanche",
        "snowstorm",
        "blizzard",
        "snow",
        "heatwave",
        "monsoon",
        "debris",
        "rubble",
        "drought",
        "locust",
        "locusts",
        "capsize",
        "capsized",
        "shipwreck",
        "outbreak",
        "cholera",
        "epidemic",
    }
)
#: Words of conflict, unrest and coercion: a force sent where they stand is sent against
#: someone ("to quell the riots after the flood", "evacuated its citizens as fighting raged").
CONFLICT = frozenset(
    {
        "war",
        "conflict",
        "rebel",
        "rebels",
        "militant",
        "militants",
        "insurgent",
        "insurgents",
        "gunmen",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "protest",
        "protests",
        "riot",
        "riots",
        "rioter",
        "rioters",
        "unrest",
        "looter",
        "looters",
        "looting",
        "clash",
        "clashes",
        "attack",
        "attacks",
        "offensive",
        "violence",
        "coup",
        "crackdown",
        "quell",
        "crush",
        "siege",
        "bombing",
        "bomb",
        "shelling",
        "airstrike",
        "airstrikes",
        "terrorist",
        "terrorists",
        "lockdown",
        "curfew",
        "quarantine",
        "martial",
        "border",
        "refugee",
        "refugees",
        "migrant",
        "migrants",
    }
)


#: Entity labels of places and peoples.
PLACES = frozenset({"GPE", "LOC", "NORP"})

#: Code roots a relief operation is mistaken for: yielding (an evacuation), coercion, a
#: force posture and force. Not aid (our corpus labels relief at home AID, even with no
#: one named as aided), nor statements, intents or requests, nor protest ("flood victims
#: blocked the highway to demand aid" is a protest).
DEEDS = frozenset({"08", "15", "17", "18", "19"})


#: Towns, cities and counties and their officers, as the subject of a threat.
TOWN_HALL = frozenset(
    {
        "mayor",
        "council",
        "councillor",
        "councilor",
        "city",
        "town",
        "county",
        "borough",
        "municipality",
        "commissioners",
    }
)
#: Public facilities a town hall threatens to close, sell or cut.
FACILITIES = frozenset(
    {
        "pool",
        "library",
        "libraries",
        "park",
        "parks",
        "playground",
        "museum",
        "beach",
        "beaches",
        "bridge",
        "road",
        "landfill",
        "zoo",
        "clinic",
        "centre",
        "center",
        "rink",
        "stadium",
        "market",
        "shelter",
        "branch",
    }
)


def quiet(parse: Parse, cand: Candidate, event: Event) -> bool:
    """True when the event is relief work at home from a natural hazard or a town hall's
    threat on a facility (see the module doc)."""
    verb = cand.trigger.token
    if relief_at_home(parse, verb, event):
        return True
    if campaign_business(parse, cand, event):
        return True
    if event.target is not None or cand.trigger.nominal:
        return False
    return event.cameo[:2] == "13" and town_hall_threat(parse, verb)


def town_hall_threat(parse: Parse, verb: Token) -> bool:
    """A mayor's or a council's threat, to no one, to close, sell or cut a public facility
    ("The mayor threatened to close the pool")."""
    subj, passive = subject(parse, verb)
    if subj is None or passive or subj.lemma.lower() not in TOWN_HALL:
        return False
    objs = [o for x in kids(parse, verb.i, "xcomp") for o in kids(parse, x.i, "dobj")]
    return any(o.lemma.lower() in FACILITIES for o in objs)


def relief_at_home(parse: Parse, verb: Token, event: Event) -> bool:
    """A force sent, people evacuated or rescued because of a natural hazard, coded as
    force, coercion or a withdrawal, with no word of conflict near and no place, people or
    party of another country named ("The government mobilised 20,000 soldiers to fight the
    floods"; not "... to help Belgium fight the floods", "... to quell riots")."""
    root = event.cameo[:2]
    if verb.lemma.lower() not in RELIEF_VERBS or root not in DEEDS:
        return False
    near = _near_words(parse, verb.sent)
    if not near & HAZARDS or near & CONFLICT:
        return False
    return not _abroad(event.source, event.target) and not _elsewhere(parse, verb, event.source)


def _elsewhere(parse: Parse, verb: Token, source: Actor | None) -> bool:
    """The sentence, or the one before, names a place or a people outside the doer's own
    name ("to help Belgium drain ...", "floods in Sindh. The Chinese government sent ..."):
    the relief may be sent abroad."""
    spans = source.mentions if source is not None else ()
    for k in {verb.sent, max(0, verb.sent - 1)}:
        sent = parse.sentences[k]
        for tok in parse.tokens[sent.first : sent.last]:
            if tok.ent in PLACES and not any(a <= tok.start < b for a, b in spans):
                return True
    return False


def _near_words(parse: Parse, k: int) -> frozenset[str]:
    """The words of sentence ``k`` and the one before it (the hazard is often told first:
    "A cyclone struck the coast. The navy evacuated 3,000 fishermen")."""
    return sentence_words(parse, k) | sentence_words(parse, max(0, k - 1))


def _abroad(source: Actor | None, target: Actor | None) -> bool:
    """The target is of another country than the doer, or is a state: relief between
    countries, an event of aid."""
    if target is None:
        return False
    if target.kind == "state":
        return source is None or source.country != target.country
    home = source.country if source is not None else None
    return target.country is not None and home is not None and home != target.country


# --- campaign business (session 25) --------------------------------------------------------

#: Words that make a passage one about an election beyond the ``election`` class.
CAMPAIGN_WORDS = frozenset(
    {"campaign", "campaigns", "rally", "rallies", "debate", "debates", "race", "primary"}
)
#: Rivals of a contest, as a candidate's words name them.
RIVALS = frozenset(
    {
        "opponent",
        "opponents",
        "rival",
        "rivals",
        "challenger",
        "challengers",
        "incumbent",
        "frontrunner",
        "front-runner",
        "contender",
        "contenders",
        "hopeful",
        "hopefuls",
    }
)
#: Who is backed in an election.
CANDIDATES = RIVALS | frozenset(
    {"candidate", "candidates", "nominee", "ticket", "slate", "candidacy", "bid"}
)
#: The people a party mobilises for a vote.
CAMPAIGNERS = frozenset(
    {
        "volunteer",
        "volunteers",
        "canvasser",
        "canvassers",
        "watcher",
        "watchers",
        "voter",
        "voters",
        "agent",
        "agents",
        "worker",
        "workers",
        "footsoldier",
        "footsoldiers",
    }
)
#: Verbs of mobilising and sending.
MOBILISING = frozenset({"mobilise", "mobilize", "deploy", "send", "dispatch", "marshal", "recruit"})
#: Verbs of a trip.
TRIPS = frozenset({"fly", "travel", "head", "visit", "tour", "go", "return", "swing"})
#: Gatherings a politician holds.
GATHERINGS = frozenset({"rally", "rallies", "roadshow", "roadshows", "meeting", "meetings"})
#: Purposes that make a gathering or a mobilisation a protest ("to demand his release").
PROTEST_PURPOSES = frozenset(
    {"demand", "protest", "denounce", "condemn", "oppose", "reject", "press", "challenge", "resist"}
)
#: Sectors of a state organ: words on one are acts on the state, campaign or not.
STATE_ORGANS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})


def campaign_business(parse: Parse, cand: Candidate, event: Event) -> bool:
    """Campaign talk, support, canvassing and travel in a passage about an election, or a
    governing side's rally (see the module doc)."""
    verb = cand.trigger.token
    own = {verb.lemma.lower(), verb.text.lower()}  # "blasted" is no blast
    if (sentence_words(parse, verb.sent) & word_class("violence")) - own:
        return False
    if event.source is not None and event.source.kind == "state":
        return False  # a state's words and support are acts between states
    if government_rally(parse, cand, event):
        return True
    if not near(parse, verb, word_class("election") | CAMPAIGN_WORDS):
        return False
    root = event.cameo[:2]
    if root == "05":
        return backs_candidate(parse, verb, event)
    if root == "04" and verb.lemma.lower() in TRIPS:
        return home_trip(event) or stump_tour(parse, verb, event)
    if root == "03" and event.target is None:
        return campaign_pledge(parse, verb, event)
    if verb.lemma.lower() in MOBILISING:
        return canvassing(parse, verb)
    if verb.lemma.lower() in PUBLISHING:
        return campaign_paper(parse, verb)
    return rival_words(parse, verb, event)


#: Verbs of putting out a paper or an ad.
PUBLISHING = frozenset({"release", "unveil", "publish", "launch", "issue", "present"})
#: A campaign's papers and ads.
CAMPAIGN_PAPERS = frozenset(
    {
        "manifesto",
        "manifestos",
        "platform",
        "programme",
        "program",
        "ad",
        "ads",
        "advert",
        "adverts",
        "spot",
        "spots",
        "commercial",
        "pledges",
        "slate",
        "list",
    }
)


def campaign_paper(parse: Parse, verb: Token) -> bool:
    """A manifesto, a platform or an ad put out, or "its own" after one ("The Congress party
    unveiled its manifesto ... The BJP will release its own next week"): no prisoners or
    property released."""
    objs = kids(parse, verb.i, "dobj")
    if not objs:
        return False
    near_words = sentence_words(parse, verb.sent) | sentence_words(parse, max(0, verb.sent - 1))
    return all(
        o.lemma.lower() in CAMPAIGN_PAPERS
        or (o.lemma.lower() == "own" and bool(near_words & CAMPAIGN_PAPERS))
        for o in objs
    )


#: Words of campaigning itself: "elections" alone may be what a pledge promises ("vowed to
#: hold free elections", an intent of reform).
STUMP_WORDS = CAMPAIGN_WORDS | frozenset(
    {
        "candidate",
        "candidates",
        "re-election",
        "reelection",
        "manifesto",
        "stump",
        "hustings",
        "voters",
        "campaigning",
        "canvassing",
    }
)


def campaign_pledge(parse: Parse, verb: Token, event: Event) -> bool:
    """A pledge to no one of no named kind (CAMEO 030) in a passage about campaigning ("He
    promised to build a million homes" after a re-election launch); not a pledge of reform
    ("promised to amend the constitution to allow direct elections": 034) nor one in a
    passage that only names elections."""
    return event.cameo == "030" and near(parse, verb, STUMP_WORDS)


def rival_words(parse: Parse, verb: Token, event: Event) -> bool:
    """A candidate's words on a rival or a rival's record, with no accusation of a crime
    ("blasted his opponent's trade policy"): every thing acted on is a rival's, whatever
    target the coder drew from a phrase on it ("record *on the council*")."""
    code = event.cameo
    if code[:2] not in CAMPAIGN_TALK or code.startswith("112"):
        return False
    objs = _aims(parse, verb)
    return bool(objs) and all(_rival(parse, o) for o in objs)


#: Roots of a candidate's talk: statements, appeals, intents, criticism, rejection.
CAMPAIGN_TALK = frozenset({"01", "02", "03", "11", "12"})


def _aims(parse: Parse, verb: Token) -> list[Token]:
    """What the verb acts on: its object, its infinitive's object, and the object of
    "behind", "for", "against", "on" or "over"."""
    objs = kids(parse, verb.i, "dobj")
    objs += [o for x in kids(parse, verb.i, "xcomp") for o in kids(parse, x.i, "dobj")]
    for p in kids(parse, verb.i, "prep"):
        if p.lemma.lower() in ("behind", "for", "against", "on", "over"):
            objs += kids(parse, p.i, "pobj")
    return [o for o in objs if o.ent not in ("DATE", "TIME")]  # "on Monday"


def _rival(parse: Parse, noun: Token) -> bool:
    """A rival ("the challenger") or a rival's thing ("his opponent's trade policy")."""
    if noun.lemma.lower() in RIVALS or noun.text.lower() in RIVALS:
        return True
    owners = kids(parse, noun.i, "poss")
    return any(o.lemma.lower() in RIVALS or o.text.lower() in RIVALS for o in owners)


def backs_candidate(parse: Parse, verb: Token, event: Event) -> bool:
    """Support for a candidate, a ticket or a bid not named as another party's ("endorsed the
    Democratic challenger", "rallied behind a single candidate"; not "the prime minister's
    candidate")."""
    if event.target is not None and event.target.sector in STATE_ORGANS:
        return False
    objs = kids(parse, verb.i, "dobj") + prep_objects(parse, verb, "behind")
    if not objs:  # "voted for the challenger"; with an object, "for a third term" is a term
        objs = prep_objects(parse, verb, "for")
    return bool(objs) and all(
        o.lemma.lower() in CANDIDATES and not kids(parse, o.i, "poss") for o in objs
    )


def canvassing(parse: Parse, verb: Token) -> bool:
    """Volunteers, canvassers or poll watchers mobilised or sent, with no purpose but
    canvassing and watching the vote ("will mobilise volunteers to knock on doors"; not
    "mobilised party workers to break up the rally")."""
    objs = kids(parse, verb.i, "dobj")
    if not objs or not all(o.lemma.lower() in CAMPAIGNERS for o in objs):
        return False
    purposes = kids(parse, verb.i, "xcomp", "advcl")
    return all(c.lemma.lower() in CANVASS_PURPOSES for c in purposes)


#: What campaigners are mobilised to do: canvass and watch the vote, not "to break up" a
#: rival's rally or "to demand" anything.
CANVASS_PURPOSES = frozenset(
    {
        "knock",
        "canvass",
        "register",
        "vote",
        "campaign",
        "watch",
        "monitor",
        "get",
        "turn",
        "drive",
        "distribute",
        "hand",
        "call",
        "phone",
        "help",
        "man",
        "staff",
        "count",
    }
)


def home_trip(event: Event) -> bool:
    """A trip to a town or province (a place actor that is no country) of the doer's own
    country, or of no other country named for the doer ("flies to Michigan")."""
    tgt, src = event.target, event.source
    if tgt is None or tgt.kind != "state" or tgt.country_from != "place":
        return False
    return src is None or src.country is None or src.country == tgt.country


#: Common nouns of the places a candidate tours.
STUMP_PLACES = frozenset(
    {
        "county",
        "counties",
        "constituency",
        "constituencies",
        "district",
        "districts",
        "province",
        "provinces",
        "state",
        "states",
        "village",
        "villages",
        "town",
        "towns",
        "region",
        "regions",
        "ward",
        "wards",
        "city",
        "cities",
        "riding",
        "ridings",
        "suburb",
        "suburbs",
        "seat",
        "seats",
        "market",
        "markets",
        "factory",
        "factories",
        "farm",
        "farms",
    }
)


def stump_tour(parse: Parse, verb: Token, event: Event) -> bool:
    """A tour of places named by common nouns ("toured three counties of the Rift Valley",
    "went to the marginal seats"), whatever target the coder drew from a clause beside it;
    a country is a target only outside the places' own phrase ("four constituencies *of
    western Kenya*" is where they are)."""
    places = kids(parse, verb.i, "dobj") + prep_objects(parse, verb, "to", "through", "across")
    if not places or not all(p.pos == "NOUN" and p.lemma.lower() in STUMP_PLACES for p in places):
        return False
    tgt = event.target
    if tgt is None or tgt.kind != "state" or tgt.country_from == "place":
        return True
    sent = parse.sentences[verb.sent]
    here = [m for m in tgt.mentions if sent.start <= m[0] < sent.end]
    spans = [span_of(parse, p.i) for p in places]
    return all(any(a <= m[0] < b for a, b in spans) for m in here)


def government_rally(parse: Parse, cand: Candidate, event: Event) -> bool:
    """A rally held by an office holder of the government, with no demand, "against" or
    "over" on it ("The governor will hold a rally in Tampa"): no threat of dissent."""
    noun, src = cand.trigger.noun, event.source
    if noun is None or noun.lemma.lower() not in GATHERINGS or event.cameo[:2] not in ("13", "14"):
        return False
    if src is None or src.sector != "GOV" or src.kind != "person":
        return False
    verb = cand.trigger.token
    if any(
        p.lemma.lower() in ("against", "over")
        for t in (verb, noun)
        for p in kids(parse, t.i, "prep")
    ):
        return False
    purposes = kids(parse, verb.i, "xcomp", "advcl") + kids(parse, noun.i, "acl", "relcl")
    return not any(c.lemma.lower() in PROTEST_PURPOSES for c in purposes)
