"""No-event frames of civic life: relief at home from a natural hazard, local ceremony.

A government that sends troops "to help clear the debris", an army that "evacuated villagers
from the flood plain", a coast guard that "rescued 40 fishermen" in a storm: the verbs are
the lexicon's verbs of mobilising, aiding and withdrawing, but what is acted on is a hazard
of nature and the people it strands at home, not another party. CAMEO and PLOVER code acts
between political actors; a state's own relief work inside its borders has no one it is
done to. These checks read that frame:

- **relief at home**: a verb of dispatching, evacuating or rescuing (:data:`RELIEF_VERBS`)
  in a sentence (or after one) that names a natural hazard or its wreckage
  (:data:`HAZARDS`: "storm", "floodwaters", "debris") and no word of conflict
  (:data:`CONFLICT`: "fighting", "rebels", "protesters", "riot", "lockdown"), whose target
  is no one, the force it sends, or a public with no other country than the doer's. Kept:
  relief sent abroad ("India sent troops to help Nepal clear the debris": a target of
  another country is aid between states), nationals evacuated from a war ("as fighting
  raged"), troops sent to crush protesters or quell a riot after a flood;
- **a vote by tally**: a legislature's statement, support, demand or refusal with no target
  in a sentence that gives the vote ("The Senate rejected the tax package 13-9", "by 204
  votes to 115"): its business, the passage of a measure; a vote *on* a party ("voted
  62-30 to condemn Russia") has that party as its target and is kept, and so is a vote
  of the UN's councils;
- **a town hall's threat on a facility**: a mayor, council or county threatening, with no
  one threatened, to close or sell a pool, a library or a park: municipal business;
- **aid in kind at home** is not touched where it is given to people ("distributed food to
  flood victims", "provided aid to the victims"): the PLOVER gold codes a government's aid
  to its civilians as AID, so only the dispatch of a force, an evacuation and a rescue go
  quiet.

Legislature business on procedural objects is :data:`tacitus.events.noevent.ARTEFACTS`;
ceremonies on animals are word-sense rows (``data/event_senses.tsv``, class ``ceremony``).
Each check reads the trigger's lemma, the event's actors and the sentence words kept on
the parse: a few look-ups per candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..parse import Parse, Token
from ..records import Actor, Event
from .coder import Candidate
from .sense import sentence_words
from .syntax import kids, subject

#: Verbs of sending a force, evacuating and rescuing: relief work where a hazard is the
#: occasion ("sent troops to help", "evacuated residents", "closed roads as the fire spread").
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
        "help",
        "cordon",
        "cordone",
        "block",
        "close",
        "seal",
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


#: Code roots of deeds a relief operation is mistaken for: aid, yielding (an evacuation),
#: obstruction, coercion, a force posture and force; not statements, intents or requests.
DEEDS = frozenset({"07", "08", "14", "15", "17", "18", "19"})


#: Verbal code roots a legislature's vote is coded with: statements, appeals, intents,
#: support, demands, disapproval and refusals.
VOTE_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12"})
#: Legislatures and their members, as the subject of a vote.
LEGISLATURES = frozenset(
    {
        "senate",
        "parliament",
        "house",
        "assembly",
        "congress",
        "committee",
        "subcommittee",
        "legislature",
        "chamber",
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "senator",
        "senators",
        "mp",
        "mps",
        "deputies",
        "knesset",
        "bundestag",
        "duma",
        "diet",
        "lords",
        "commons",
        "council",
        "councillors",
        "councilors",
        "commissioners",
        "supervisors",
        "aldermen",
    }
)
#: Words of the UN's councils and assemblies, whose votes are acts between states.
UN_WORDS = frozenset({"un", "u.n.", "nations", "security", "general"})
#: A vote tally written as one token ("13-9", "52–48").
TALLY = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
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
    """True when the event is relief work at home from a natural hazard, a legislature's
    vote, or a town hall's threat on a facility (see the module doc)."""
    verb = cand.trigger.token
    if relief_at_home(parse, verb, event):
        return True
    if event.target is not None or cand.trigger.nominal:
        return False
    root = event.cameo[:2]
    if root in VOTE_ROOTS and tallied_vote(parse, verb):
        return True
    return root == "13" and town_hall_threat(parse, verb)


def tallied_vote(parse: Parse, verb: Token) -> bool:
    """A legislature's act in a sentence that gives its vote tally ("The Senate rejected
    the package 13-9", "MPs backed the motion by 320 votes to 250"), not the UN's."""
    subj, passive = subject(parse, verb)
    if subj is None or passive or subj.lemma.lower() not in LEGISLATURES:
        return False
    if any(c.lemma.lower() == "white" for c in kids(parse, subj.i, "compound", "amod")):
        return False  # the White House is no legislature
    words = sentence_words(parse, verb.sent)
    if words & UN_WORDS:
        return False
    sent = parse.sentences[verb.sent]
    toks = parse.tokens[sent.first : sent.last]
    if any(TALLY.match(t.text) for t in toks) or _split_tally(toks):
        return True
    return bool(words & {"votes", "vote"}) and any(t.pos == "NUM" for t in toks)


def _split_tally(toks: Sequence[Token]) -> bool:
    """A tally the tokeniser split ("52", "-", "48")."""
    return any(
        toks[k].text in ("-", "–") and toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit()
        for k in range(1, len(toks) - 1)
    )


def town_hall_threat(parse: Parse, verb: Token) -> bool:
    """A mayor's or a council's threat, to no one, to close, sell or cut a public facility
    ("The mayor threatened to close the pool")."""
    subj, passive = subject(parse, verb)
    if subj is None or passive or subj.lemma.lower() not in TOWN_HALL:
        return False
    objs = [o for x in kids(parse, verb.i, "xcomp") for o in kids(parse, x.i, "dobj")]
    return any(o.lemma.lower() in FACILITIES for o in objs)


def relief_at_home(parse: Parse, verb: Token, event: Event) -> bool:
    """A force sent, people evacuated or rescued because of a natural hazard, with no word
    of conflict near and no party of another country acted on ("The Kenyan government sent
    troops to help clear the debris"; not "India sent troops to help Nepal ...")."""
    lemma = verb.lemma.lower()
    if lemma not in RELIEF_VERBS or event.cameo[:2] not in DEEDS:
        return False
    if lemma == "help" and event.target is not None:
        return False  # "helped the flood victims": aid to people, as the gold codes it
    near = _near_words(parse, verb.sent)
    if not near & HAZARDS or near & CONFLICT:
        return False
    return not _abroad(event.source, event.target)


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
