"""No-event frame of ordinary crime: police, courts and criminals with no political side.

A local crime report is written in the verbs of force and coercion: police "arrested" a
burglar, gunmen "shot" a shopkeeper in a robbery, a man "stabbed" his neighbour in a row over
parking, a court "sentenced" a fraudster, officers "raided" a counterfeit ring. PLOVER and
CAMEO code acts between political actors; a private crime and the police's and the courts'
routine answer to it are not one. What marks the frame is the passage, not the verb:

- **a crime story**: a passage (more than one sentence: :func:`crime_story`) with a word
  of ordinary crime in the act's sentence or a neighbour: a crime of private gain
  ("robbery", "burglar", "stole", "fraud", "carjacking", "extortion", "counterfeit", "drug
  dealer"), a private quarrel ("an argument", "a row over parking", "road rage", "his
  wife") or the register of the police blotter ("on suspicion of", "knifepoint");
- **no word of politics or of an armed side** there: no protester, activist, journalist,
  opposition, party office, election, minister, soldier, militant, rebel, checkpoint,
  terror, riot or charge of sedition (each keeps the act: "police arrested a journalist",
  "gunmen shot a candidate", "militants attacked a checkpoint");
- **acts the frame holds**: an arrest, charge, detention, search or seizure (CAMEO 17x) by
  the police, a prosecutor or a court; force (18x to 20x) by someone who is not a state's
  force, on someone who is not one ("police shot a robber" and "gunmen shot a policeman"
  stay events: violence by or against state forces is PLOVER's); a robber's demand, a
  victim's resistance or one private party's accusation of another (10x to 12x) by a doer
  who is no state force, or told in a sentence of the crime; an inquiry opened into the
  crime (09x, in such a sentence); and a court's words to a courtroom (02x, 10x, 12x:
  "rejected a defence request", "ordered his assets sold");
- **the sides are private**: the event's target is no state, office, party, armed group or
  state force (a person of no sector, a civilian, a firm, a worker, or no actor at all).

Each check reads the trigger's subject, object and agent, the event's sides and the words
of three sentences kept on the parse: a few set look-ups per candidate.
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Actor, Event
from .coder import Candidate
from .noevent_figurative import FORCE_ROOTS  # force: 18x to 20x; coercion (17) apart
from .sense import near, sentence_words, word_class
from .syntax import doer_token, kids, subject

#: Words of ordinary crime and private quarrels (lemmas and forms, lower case).
CRIME_WORDS = frozenset(
    {
        "rob",
        "robbed",
        "robbing",
        "robbery",
        "robberies",
        "robber",
        "robbers",
        "burglary",
        "burglaries",
        "burglar",
        "burglars",
        "burgle",
        "theft",
        "thefts",
        "thief",
        "thieves",
        "steal",
        "stole",
        "stolen",
        "stealing",
        "shoplifting",
        "shoplifter",
        "fraud",
        "cheat",
        "cheating",
        "fraudster",
        "fraudsters",
        "defraud",
        "defrauding",
        "swindle",
        "swindling",
        "scam",
        "scammer",
        "scammers",
        "embezzle",
        "embezzling",
        "embezzlement",
        "carjacking",
        "carjack",
        "carjacked",
        "mugging",
        "mugger",
        "pickpocket",
        "extortion",
        "extort",
        "extorting",
        "extortionist",
        "extortionists",
        "racketeering",
        "counterfeit",
        "forgery",
        "heist",
        "intruder",
        "arson",
        "arsonist",
        "vandalism",
        "burglarized",
        "knifepoint",
        "gunpoint",
        "murder",
        "murdered",
        "manslaughter",
        "homicide",
        "stabbing",
        "insider",
        "pyramid",
        "dealer",
        "dealers",
        "cocaine",
        "heroin",
        "narcotics",
        "suspicion",
        "argument",
        "quarrel",
        "quarrelled",
        "quarreled",
        "feud",
        "jealous",
        "jealousy",
        "rage",
        "parking",
        "fence",
        "housemate",
        "flatmate",
        "roommate",
        "wife",
        "husband",
        "girlfriend",
        "boyfriend",
        "brawl",
        "row",
        "offence",
        "offences",
        "offense",
        "offenses",
        "stabbed",
        "assaulting",
        "aggravated",
        "nightclub",
        "drunk",
        "drinking",
    }
)
#: Words of politics, the press or an armed side: any of them near the act keeps it.
POLITICAL_WORDS = frozenset(
    {
        "protest",
        "protests",
        "protester",
        "protesters",
        "protestor",
        "protestors",
        "demonstrator",
        "demonstrators",
        "demonstration",
        "rally",
        "activist",
        "activists",
        "opposition",
        "dissident",
        "dissidents",
        "journalist",
        "journalists",
        "reporter",
        "reporters",
        "editor",
        "blogger",
        "newspaper",
        "election",
        "elections",
        "candidate",
        "candidates",
        "voter",
        "voters",
        "mayor",
        "governor",
        "minister",
        "senator",
        "lawmaker",
        "lawmakers",
        "legislator",
        "mp",
        "parliament",
        "president",
        "presidential",
        "politician",
        "political",
        "government",
        "ministry",
        "regime",
        "junta",
        "militant",
        "militants",
        "rebel",
        "rebels",
        "insurgent",
        "insurgents",
        "guerrilla",
        "guerrillas",
        "terrorist",
        "terrorists",
        "terrorism",
        "terror",
        "jihadist",
        "jihadists",
        "islamist",
        "islamists",
        "militia",
        "militias",
        "militiamen",
        "separatist",
        "separatists",
        "soldier",
        "soldiers",
        "troops",
        "army",
        "military",
        "checkpoint",
        "sedition",
        "treason",
        "espionage",
        "spy",
        "spying",
        "coup",
        "riot",
        "riots",
        "rioter",
        "rioters",
        "uprising",
        "embassy",
        "diplomat",
        "diplomatic",
        "ambassador",
        "sectarian",
        "ethnic",
        "tribal",
        "rights",
        "bomb",
        "bombing",
        "bomber",
        "suicide",
        "hostage",
        "hostages",
    }
)
#: A state's armed force or police named as the doer or the victim of force.
FORCES = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "policewoman",
        "officer",
        "officers",
        "constable",
        "trooper",
        "troopers",
        "deputy",
        "deputies",
        "guard",
        "guards",
        "soldier",
        "soldiers",
        "troops",
        "army",
        "military",
        "forces",
        "gendarme",
        "gendarmes",
        "carabinieri",
        "carabineros",
        "gardai",
        "garda",
        "patrol",
        "marine",
        "marines",
        "navy",
        "sailors",
        "coastguard",
        "commando",
        "commandos",
        "station",
    }
)
#: Sectors of a political side: the target of an act on one is a political actor.
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "PTY", "OPP", "REB", "INS", "UAF", "SPY", "IGO", "NGO", "MED"}
)
#: Roots of a robber's demand, a victim's resistance, an inquiry opened into a crime, one
#: private party's accusation of another, or a court's words to a courtroom.
SIDE_ROOTS = frozenset({"02", "09", "10", "11", "12"})
#: Verbs of the police's force on places that are routine search, not assault ("raided
#: three garages"): coercion, which the frame holds as it holds arrests.
SEARCHES = frozenset({"raid", "search", "swoop"})
#: Reporting verbs the model may take as the trigger: their subject is the teller, not the
#: doer ("..., police said").
TELLING = frozenset({"say", "tell", "report"})


def quiet(parse: Parse, cand: Candidate, event: Event) -> bool:
    """True when the act is part of an ordinary crime or the police's or a court's routine
    answer to it, with no political side (see the module doc)."""
    root = event.cameo[:2]
    if root not in FORCE_ROOTS and root != "17" and root not in SIDE_ROOTS:
        return False
    verb = cand.trigger.token
    if not crime_story(parse, verb) or near(parse, verb, POLITICAL_WORDS):
        return False
    if root in SIDE_ROOTS:
        return _side_act(parse, verb, event)
    if _political_target(parse, verb, event):
        return False
    if root == "17" or verb.lemma.lower() in SEARCHES:
        return True
    return not _force_doer(parse, verb)


def crime_story(parse: Parse, verb: Token) -> bool:
    """The act is told in a crime story: a word of ordinary crime in its sentence or a
    neighbour, and a neighbour to read. The frame is the story's: only the sentences around
    the act show that no political side is in it, so a lone sentence ("Police arrested a
    man on suspicion of murder", which PLOVER codes COERCE) keeps its act: on the PLOVER dev
    sentences, quieting such lone sentences lost four COERCE, one ASSAULT and one ACCUSE
    record."""
    return len(parse.sentences) > 1 and near(parse, verb, CRIME_WORDS)


def _side_act(parse: Parse, verb: Token, event: Event) -> bool:
    """A court's words to a courtroom ("rejected a defence request", "asked the court for
    the maximum"), or, with no political side as the target, an act told in a sentence of
    the crime ("demanded cash", "opened a murder inquiry") or by its doer ("the robbers
    demanded ...")."""
    if _courtroom(parse, verb):
        return True
    target = event.target
    if event.cameo[:2] not in ("10", "11"):  # an inquiry into the crime: its object
        if _political_actor(target, _done(parse, verb, False)):
            return False
    elif target is not None and (target.kind == "state" or target.sector in POLITICAL_SECTORS):
        return False  # a demand of or a charge against the police ("demanded that police act")
    if sentence_words(parse, verb.sent) & CRIME_WORDS:
        return True
    doer = _doer(parse, verb)
    return doer is not None and not _forces(parse, doer) and event.cameo[:2] in ("10", "11", "12")


def _doer(parse: Parse, verb: Token) -> Token | None:
    if verb.lemma.lower() in TELLING:
        return None
    return doer_token(parse, verb)


def _done(parse: Parse, verb: Token, force: bool) -> list[Token]:
    """Who the act is done to: the object, the passive subject, and for force the object
    of "on" or "at" ("opened fire on customers")."""
    subj, passive = subject(parse, verb)
    done = kids(parse, verb.i, "dobj")
    if passive and subj is not None:
        done.append(subj)
    if force:
        done += [
            o
            for p in kids(parse, verb.i, "prep")
            if p.lemma.lower() in ("on", "at")
            for o in kids(parse, p.i, "pobj")
        ]
    return done


def _force_doer(parse: Parse, verb: Token) -> bool:
    """The doer of force is a state's force ("police shot a robber")."""
    doer = _doer(parse, verb)
    return doer is not None and _forces(parse, doer)


def _forces(parse: Parse, tok: Token) -> bool:
    words = [tok, *kids(parse, tok.i, "compound")]
    return any(w.lemma.lower() in FORCES or w.text.lower() in FORCES for w in words)


def _political_target(parse: Parse, verb: Token, event: Event) -> bool:
    """The act is done to a state force ("gunmen shot a policeman") or to an actor of a
    political side named as its object."""
    force = event.cameo[:2] in FORCE_ROOTS
    done = _done(parse, verb, force)
    if force and any(_forces(parse, t) for t in done):
        return True
    return _political_actor(event.target, done)


def _political_actor(target: Actor | None, done: list[Token]) -> bool:
    """The target is a state, or of a political side, and the parse's object names it (a
    place or a body the coder drew from "police said" or "at Manchester Crown Court" is no
    side to the act)."""
    if target is None:
        return False
    if target.kind != "state" and target.sector not in POLITICAL_SECTORS:
        return False
    return any(a <= t.start < b for t in done for a, b in target.mentions)


def _courtroom(parse: Parse, verb: Token) -> bool:
    """A court or a judge is the doer, or is the one asked ("asked the court for ...")."""
    bench = word_class("bench")
    doer = _doer(parse, verb)
    if doer is not None and doer.lemma.lower() in bench:
        return True
    return any(t.lemma.lower() in bench for t in kids(parse, verb.i, "dobj"))
