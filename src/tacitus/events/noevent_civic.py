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
  one threatened, to close or sell a pool, a library or a park: municipal business.

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
from .sense import sentence_words
from .syntax import kids, subject

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
