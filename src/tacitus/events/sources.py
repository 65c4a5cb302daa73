"""The doer of an act named by a noun for people that no actor covers ("*a gunman* shot the
mayor", "*settlers* attacked Palestinian farmers", "the mayor was shot by *a gunman*").

The actors stage makes no actor of a bare noun for people without a name or a cue, so an
act done by one has no source: an act of force is kept with none, and any other act is not
coded. Such a subject names the doer as surely as a name does; the event takes a source
made from the phrase, as :func:`.roles.people_target` makes a target from its object.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..actors.kb import KB, Entry
from ..parse import Parse, Sentence, Token
from ..records import Actor, Event
from ..text import stable_id
from .coder import SPEAKER_PRONOUNS, Trigger
from .roles import _people_sector, _phrase_actor, _phrase_of
from .syntax import (
    REPORT_VERBS,
    ActorIndex,
    actors_of,
    governing_chain,
    is_placed,
    kids,
    prep_objects,
    subject,
)
from .targets import head_of_mention, sentence_actors

#: Doers of news acts that the title tables leave out, with their sector: people named by
#: what they do or where they live ("settlers", "thugs"), and a bare count ("hundreds
#: marched", "thousands rallied").
DOER_NOUNS = {
    "settler": "CVL", "settlers": "CVL", "extremist": "UAF", "extremists": "UAF",
    "thug": "UAF", "thugs": "UAF", "vigilante": "UAF", "vigilantes": "UAF",
    "bodyguard": "UAF", "bodyguards": "UAF", "hundreds": "CVL", "thousands": "CVL",
    "dozens": "CVL", "scores": "CVL", "tens": "CVL",
}  # fmt: skip


#: Organs that act on their own country's people (as the events stage's jurisdiction).
DOMESTIC_ORGANS = frozenset({"COP", "JUD"})
#: Acts of force: coded with no source when they have a target, and given their people
#: doer after (:func:`people_source`).
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
#: Protest: done by crowds ("thousands marched"), whoever they are.
PROTEST_ROOT = "14"
#: Sectors whose people act in public life: a bare "the council", "rebel commanders",
#: "the authorities" do; relatives, a director, donors or a company mostly do not (their
#: thanks, gifts and deals are no political event).
PUBLIC_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "OPP", "PTY", "REB", "INS", "UAF", "LAB"}
)


def people_source(
    parse: Parse, index: ActorIndex, kb: KB, trig: Trigger, event: Event, article_id: str
) -> Event:
    """The event with the people its verb's subject (or, in the passive, its "by" phrase)
    names as its source, when it has no source and no actor covers that phrase. Not a
    pronoun, not a noun that names no people ("the blast killed ten"), not the target."""
    weapon = weapon_doer(parse, index, trig)
    told = event.source is not None and _reporter(parse, trig, event.source)
    if told:  # "Four civilians were killed, the governor said": the doer told before
        weapon = weapon or previous_doer(parse, index, trig, event)
    if event.source is not None and (
        weapon is None or not (told or _wields(parse, trig, event.source))
    ):
        return event
    found = (event.target,) if event.target is not None else ()
    actor = (
        weapon
        or named_before(parse, index, trig)
        or doer_actor(parse, index, kb, trig, article_id, found)
        or clause_doer(parse, index, trig)
        or previous_doer(parse, index, trig, event)
        or arresting_organ(parse, index, trig, event)
    )
    if actor is None or (event.target is not None and _overlaps(actor, event.target)):
        return event
    tgt = event.target.id if event.target else ""
    new_id = stable_id(article_id, trig.token.start, actor.id, tgt, event.cameo)
    return replace(event, source=actor, id=new_id, rule=f"{event.rule}+subject")


def people_doers(
    parse: Parse,
    index: ActorIndex,
    kb: KB,
    trig: Trigger,
    sources: list[Actor],
    targets: list[Actor],
) -> tuple[list[Actor], list[Actor]]:
    """The coder's sides with a people phrase as the doer when it found none (see
    :func:`people_source`): the act is coded, as one done by a named actor would be. Only
    a protest, whoever the crowd is, or an act of people in public life
    (:data:`PUBLIC_SECTORS`) aimed at a country or an international body (a local
    council's or a senate's doings at home are no event between states); an act of force
    is left to :func:`people_source`."""
    controlled = object_doers(parse, index, trig, targets)
    if controlled is not None:  # "condemned Russia for attacking ...": Russia attacked
        return controlled
    root = trig.code[:2]
    if not sources:
        pair = pair_doers(parse, index, trig)
        if pair:  # "The two leaders signed an accord": the pair the last sentence named
            return pair, [] if trig.code.startswith(PAIR_JOINT_CODES) else targets
    if sources or root in FORCE_ROOTS:  # kept with no source: see :func:`people_source`
        return sources, targets
    named = named_before(parse, index, trig)
    if named is not None and not any(_overlaps(named, t) for t in targets):
        return [named], targets  # "The EU met on Monday. The bloc imposed sanctions on ..."
    actor = doer_actor(parse, index, kb, trig, "subject", targets)
    if actor is None or any(_overlaps(actor, t) for t in targets):
        return sources, targets
    if root != PROTEST_ROOT and (
        actor.sector not in PUBLIC_SECTORS or not any(is_placed(t) for t in targets)
    ):
        return sources, targets  # "the council approved a request from residents"
    return [actor], targets


#: Verbs whose object does the act of their "for"/"of"/"with" gerund ("thanked Japan *for
#: donating* vaccines", "accused Azerbaijan *of shelling* villages", "charged two Britons
#: *with spying*"): praise, blame and punishment are for what the object did.
OBJECT_CONTROL_VERBS = frozenset(
    {"thank", "praise", "commend", "congratulate", "hail", "applaud", "salute", "credit",
     "reward", "honour", "honor", "condemn", "blame", "accuse", "criticise", "criticize",
     "fault", "rebuke", "reprimand", "denounce", "censure", "castigate", "slam", "chide",
     "punish", "fine", "sanction", "sue", "arrest", "detain", "jail", "convict", "charge",
     "indict", "sentence", "expel", "suspect", "forgive", "pardon", "excuse", "thanked"}
)  # fmt: skip
CONTROL_PREPS = frozenset({"for", "of", "with"})


def object_doers(
    parse: Parse, index: ActorIndex, trig: Trigger, targets: list[Actor]
) -> tuple[list[Actor], list[Actor]] | None:
    """The sides of an act told by a gerund after an :data:`OBJECT_CONTROL_VERBS` verb:
    the verb's object did it ("the US condemned *Russia* for attacking Ukrainian power
    stations": Russia attacked, not the US), or its subject in the passive ("Russia was
    condemned for attacking ..."), and is not its target; None when the trigger is no
    such gerund or that phrase names no actor."""
    tok = trig.token
    if trig.nominal or tok.tag != "VBG" or tok.dep != "pcomp" or tok.head == tok.i:
        return None
    prep = parse.tokens[tok.head]
    if prep.lemma.lower() not in CONTROL_PREPS or prep.head == prep.i:
        return None
    verb = parse.tokens[prep.head]
    objs = kids(parse, verb.i, "dobj")
    if verb.dep == "dobj" and verb.head != verb.i:  # "for" hung on the object itself
        verb, objs = parse.tokens[verb.head], [verb]
    if verb.lemma.lower() not in OBJECT_CONTROL_VERBS:
        return None
    subj, passive = subject(parse, verb)
    if passive:  # "Russia was condemned for attacking ...": the passive subject
        objs = [subj] if subj is not None else []
    doers = [a for o in objs for a in actors_of(parse, index, o)]
    if not doers:
        return None
    return doers, [t for t in targets if not any(_overlaps(t, d) or t.id == d.id for d in doers)]


#: Plural heads of a phrase that stands for two sides named before ("the two *leaders*",
#: "both *sides*", "the two *countries*").
PAIR_NOUNS = frozenset(
    {"leaders", "men", "women", "sides", "countries", "nations", "states", "governments",
     "presidents", "ministers", "premiers", "delegations", "parties", "neighbours",
     "neighbors", "rivals", "allies", "leaderships", "chiefs", "envoys", "heads",
     "counterparts", "capitals", "armies", "militaries", "factions", "groups"}
)  # fmt: skip
#: Acts two sides do together: a pair doing one is each other's target ("the two leaders
#: agreed to resume visits by their ministers": not the ministers).
PAIR_JOINT_CODES = ("03", "04", "057", "06")
#: Prepositions of a place or time phrase: an actor there is no side ("met *in Beijing*").
PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "from", "during"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
MOTION_VERBS = frozenset(
    {"fly", "travel", "go", "come", "head", "return", "arrive", "move", "drive", "sail"}
)


def pair_doers(parse: Parse, index: ActorIndex, trig: Trigger) -> list[Actor]:
    """The two sides a "the two leaders" or "both sides" subject stands for: the first two
    actors not named as a place, earlier in its own sentence ("After Ruto met Hassan, *the
    two leaders* agreed ...") or else in the sentence before ("Modi met Xi in Wuhan on
    Friday. *The two leaders* agreed ..."). News names a pair, then refers to them as one
    plural phrase; no actor covers that phrase, so without this the act has no source."""
    if trig.nominal or trig.reverse:
        return []
    subj, passive = subject(parse, trig.token)
    if subj is None or passive or not _pair_phrase(parse, subj) or index.all_at(subj):
        return []
    here = _sides(parse, index, parse.sentences[subj.sent], subj.i)
    if len(here) >= 2 or subj.sent == 0:
        return here
    return _sides(parse, index, parse.sentences[subj.sent - 1], len(parse.tokens))


def _sides(parse: Parse, index: ActorIndex, sent: Sentence, before: int) -> list[Actor]:
    """The first two actors of ``sent`` that are parties to an act there (not places),
    mentioned before token ``before``; none unless there are two sides."""
    found: list[Actor] = []
    for actor, head in sentence_actors(parse, index, sent):
        if head.i >= before or not _argument(parse, head) or _as_place(parse, head):
            continue
        if any(a.id == actor.id or a.name == actor.name for a in found):
            continue
        found.append(actor)
    if len(found) < 2:
        return []
    one, two = found[:2]
    same = one.country is not None and one.country == two.country
    if same and "state" in (one.kind, two.kind):
        return []  # "Beijing ... China": one state named twice, not a pair
    return [one, two]


def _pair_phrase(parse: Parse, head: Token) -> bool:
    """ "the two leaders", "both sides", "both countries' ministers" are not: the head is a
    plural :data:`PAIR_NOUNS` word with "two" or "both" before it."""
    if head.text.lower() not in PAIR_NOUNS:
        return False
    left = [c.text.lower() for c in parse.child_tokens[head.i] if c.i < head.i]
    return "both" in left or ("two" in left and "the" in left)


#: Dependencies of a phrase that is a party to its clause's act.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "pobj"})


def _argument(parse: Parse, head: Token) -> bool:
    """The mention is a party to an act of its sentence: the subject or object of a verb
    (or a conjunct of one, or its object after a preposition), not a word inside a noun
    phrase ("relations *between Washington and Beijing*": no pair that acted)."""
    t = head
    for _ in range(4):
        if t.dep not in ("conj", "appos", "compound", "amod", "poss") or t.head == t.i:
            break
        t = parse.tokens[t.head]
    if t.dep not in ARGUMENT_DEPS or t.head == t.i:
        return False
    up = parse.tokens[t.head]
    if t.dep == "pobj":
        up = parse.tokens[up.head] if up.head != up.i else up
        if up.dep == "dobj" and up.head != up.i:  # "held talks *with X*": the act's party
            up = parse.tokens[up.head]
    return up.pos in ("VERB", "AUX")


def _as_place(parse: Parse, head: Token) -> bool:
    """The mention is the object of a place or time preposition ("talks *in Moscow*"), or
    a place name a journey goes to ("flew *to Asmara*"; not "protested *to Manila*")."""
    if head.dep != "pobj" or head.head == head.i:
        return False
    prep = parse.tokens[head.head]
    if prep.lemma.lower() in PLACE_PREPS:
        return True
    verb = parse.tokens[prep.head]
    return head.ent in PLACE_ENTS and verb.lemma.lower() in MOTION_VERBS


#: Definite nouns that stand for a state or a body named before ("*the bloc* imposed
#: sanctions", "*the kingdom* recalled its envoy", "*the group* said it killed ..."), with
#: the kind of actor each refers back to.
ANAPHOR_NOUNS = {
    "bloc": "igo", "alliance": "igo", "organisation": "igo", "organization": "igo",
    "kingdom": "state", "country": "state", "nation": "state", "republic": "state",
    "emirate": "state", "group": "group", "militia": "group", "movement": "group",
    "faction": "group", "organisation's": "igo",
}  # fmt: skip
#: Sectors of the bodies "the group" and "the movement" stand for: armed groups, parties,
#: unions and NGOs, not a government, an army or a crowd.
GROUP_SECTORS = frozenset({"REB", "INS", "UAF", "OPP", "PTY", "NGO", "LAB", "SEP"})
#: Sentences back (besides its own) a definite noun may refer to.
ANAPHOR_REACH = 2


def named_before(parse: Parse, index: ActorIndex, trig: Trigger) -> Actor | None:
    """The actor a bare "the bloc", "the kingdom" or "the group" doer stands for: the most
    recent one of its kind (:data:`ANAPHOR_NOUNS`) named before it in its sentence or the
    two before. Wire copy names a body once, then calls it by its kind; the actors stage
    makes no actor of the bare noun, so without this the act has no source."""
    if trig.nominal or trig.reverse:
        return None
    holder = _doer(parse, trig.token)
    if holder is None or index.all_at(holder):
        return None
    kind = ANAPHOR_NOUNS.get(holder.text.lower())
    mods = [c for c in parse.child_tokens[holder.i] if c.i < holder.i]
    if kind is None or [c.text.lower() for c in mods] != ["the"]:
        return None  # "the opposition group", "a group of lawyers": not a reference back
    first = parse.sentences[max(0, holder.sent - ANAPHOR_REACH)].start
    k = bisect_left(index.starts, holder.start)
    latest: Actor | None = None
    for start, end, actor in reversed(index.spans[:k]):
        if start < first:
            break
        if end > holder.start or not _of_kind(actor, kind):
            continue
        if _subject_at(parse, start, end):
            return actor  # the topic a sentence was about, as a pronoun prefers it
        latest = latest or actor
    return latest


#: Marks of a clause that tells how a harm came about ("were killed *when* troops opened
#: fire", "were wounded *as* police charged the crowd").
HOW_MARKS = frozenset({"when", "as", "after"})
#: Verbs of an attack whose subject is the doer of the harm told in the main clause.
FORCE_CLAUSE_VERBS = frozenset(
    {"open", "fire", "attack", "shell", "bomb", "storm", "raid", "strike", "ambush", "shoot",
     "hit", "launch", "target", "charge", "detonate", "ram", "torch", "overrun", "pound"}
)  # fmt: skip


def clause_doer(parse: Parse, index: ActorIndex, trig: Trigger) -> Actor | None:
    """The doer of a harm told in the passive with no "by" phrase, named as the subject of
    the attack its "when"/"as"/"after" clause tells ("two soldiers were killed *when
    Pakistani troops opened fire*"): wire copy names the victims first and the attackers
    in the clause that says how they died."""
    if trig.nominal or trig.reverse or kids(parse, trig.token.i, "agent"):
        return None
    _subj, passive = subject(parse, trig.token)
    if not passive:
        return None
    for clause in kids(parse, trig.token.i, "advcl"):
        marks = kids(parse, clause.i, "mark", "advmod")
        if clause.lemma.lower() not in FORCE_CLAUSE_VERBS or not any(
            m.lemma.lower() in HOW_MARKS for m in marks
        ):
            continue
        doer, clause_passive = subject(parse, clause)
        if doer is None or clause_passive:
            continue
        found = actors_of(parse, index, doer)
        if found:
            return found[0]
    return None


#: Acts of force a passive harm refers back to (as :data:`FORCE_CLAUSE_VERBS`, with the
#: verbs of killing and capture); not "clash" or "fight", which have two sides.
PRIOR_FORCE_VERBS = FORCE_CLAUSE_VERBS | {
    "kill", "wound", "massacre", "abduct", "kidnap", "assault", "invade", "bombard",
    "blow", "behead", "execute", "slaughter", "assassinate", "gun",
}  # fmt: skip
#: Codes of a harm whose doer the sentence before may name: violence, assault, fighting
#: and mass violence (not an arrest: see :func:`arresting_organ`).
HARM_ROOTS = frozenset({"18", "19", "20"})
#: Nouns of an attack: a passive harm "in a bombing" or "in a Taliban attack" names its own
#: cause, which may be another act than the one told before.
ATTACK_NOUNS = frozenset(
    {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
     "ambush", "bombing", "bombings", "blast", "explosion", "shelling", "assault",
     "clash", "clashes", "fighting", "crossfire", "violence", "shootout", "firefight"}
)  # fmt: skip
CAUSE_PREPS = frozenset({"in", "during", "by", "from", "after"})


def previous_doer(parse: Parse, index: ActorIndex, trig: Trigger, event: Event) -> Actor | None:
    """The doer of a harm told in the passive with no doer of its own ("Two officers were
    killed"), named in the sentence before as the one doer of an act of force ("Gunmen
    attacked a police post in Zamfara. Two officers were killed."): news tells the attack,
    then its toll. Not across a paragraph break, not when that sentence has two doers, and
    not when the passive names its own cause ("by", "when X ...", "in a roadside bombing")."""
    if trig.nominal or trig.reverse or trig.code[:2] not in HARM_ROOTS:
        return None
    tok = trig.token
    if tok.sent == 0 or not subject(parse, tok)[1] or _own_cause(parse, tok):
        return None
    if _break_before(parse, tok.sent):
        return None
    doers = _force_doers(parse, index, parse.sentences[tok.sent - 1])
    if len(doers) != 1:
        return None
    doer, tgt = doers[0], event.target
    if tgt is not None and (
        _overlaps(doer, tgt) or (doer.country == tgt.country and doer.sector == tgt.sector)
    ):
        return None  # "Police charged the crowd. Two policemen were hurt": not by police
    return doer


def _reporter(parse: Parse, trig: Trigger, source: Actor) -> bool:
    """The source is who reports a harm told in the passive ("Four civilians were killed,
    *the governor* said"): the teller of the toll, not the doer."""
    if trig.nominal or trig.reverse or not subject(parse, trig.token)[1]:
        return False
    for t in governing_chain(parse, trig.token)[1:]:
        if t.lemma.lower() in REPORT_VERBS:
            speaker, passive = subject(parse, t)
            return speaker is not None and not passive and _covers(source, speaker)
    return False


def _break_before(parse: Parse, k: int) -> bool:
    """A paragraph break (a line break, which the parser keeps as a space token at the end
    of the sentence before) or a wider gap lies between sentence ``k`` and the one before:
    a new paragraph may tell another story."""
    prev, here = parse.sentences[k - 1], parse.sentences[k]
    if here.start - prev.end > 1:
        return True
    j = here.first - 1
    while j >= prev.first and parse.tokens[j].pos == "SPACE":
        if "\n" in parse.tokens[j].text:
            return True
        j -= 1
    return False


def _own_cause(parse: Parse, verb: Token) -> bool:
    """The passive names what did it: a "by" agent, a "when"/"as"/"after" clause, or an
    attack other than one told before ("killed *in a suicide bombing*", "*in a Taliban
    attack*"; "in the attack" refers back, so does not count)."""
    if kids(parse, verb.i, "agent"):
        return True
    for clause in kids(parse, verb.i, "advcl"):
        if any(m.lemma.lower() in HOW_MARKS for m in kids(parse, clause.i, "mark", "advmod")):
            return True
    for prep in kids(parse, verb.i, "prep"):
        if prep.lemma.lower() not in CAUSE_PREPS:
            continue
        for obj in kids(parse, prep.i, "pobj"):
            if obj.text.lower() not in ATTACK_NOUNS:
                continue
            mods = parse.child_tokens[obj.i]
            if [m.text.lower() for m in mods if m.dep == "det"] != ["the"] or any(
                m.dep in ("compound", "amod", "poss") for m in mods
            ):
                return True
    return False


def _force_doers(parse: Parse, index: ActorIndex, sent: Sentence) -> list[Actor]:
    """The distinct doers of the acts of force (:data:`PRIOR_FORCE_VERBS`) a sentence tells:
    the subject of each in the active, its "by" phrase in the passive."""
    found: list[Actor] = []
    for tok in parse.tokens[sent.first : sent.last]:
        if tok.pos != "VERB" or tok.lemma.lower() not in PRIOR_FORCE_VERBS:
            continue
        subj, passive = subject(parse, tok)
        heads = _agent_objects(parse, tok) if passive else [subj] if subj is not None else []
        for head in heads:
            for actor in actors_of(parse, index, head):
                if not any(a.id == actor.id or a.name == actor.name for a in found):
                    found.append(actor)
    return found


#: Sectors of the organs that make arrests.
ARREST_SECTORS = frozenset({"COP", "SPY"})
#: Sentences back (besides its own) an arresting organ may be named.
ARREST_REACH = 2


def arresting_organ(parse: Parse, index: ActorIndex, trig: Trigger, event: Event) -> Actor | None:
    """The police (or a security service) named in the passage, when an arrest is told in
    the passive with no doer ("French police cleared a camp near Calais. About fifty
    migrants were detained."): the one such organ named in its sentence or the two before,
    in the same paragraph; none when two are named, or the passive names its own doer."""
    if trig.nominal or trig.reverse or not trig.code.startswith("17"):
        return None
    tok = trig.token
    if not subject(parse, tok)[1] or kids(parse, tok.i, "agent"):
        return None
    first = tok.sent
    while first > 0 and tok.sent - first < ARREST_REACH and not _break_before(parse, first):
        first -= 1
    lo, hi = parse.sentences[first].start, parse.sentences[tok.sent].end
    organs: list[Actor] = []
    k = bisect_left(index.starts, lo)
    for start, _end, actor in index.spans[k:]:
        if start >= hi:
            break
        if actor.sector in ARREST_SECTORS and not any(a.name == actor.name for a in organs):
            organs.append(actor)
    tgt = event.target
    if len(organs) != 1 or (tgt is not None and _overlaps(organs[0], tgt)):
        return None
    return organs[0]


def _agent_objects(parse: Parse, verb: Token) -> list[Token]:
    """The objects of the verb's "by" agent phrase."""
    return [o for a in kids(parse, verb.i, "agent") for o in kids(parse, a.i, "pobj")]


def weapon_doer(parse: Parse, index: ActorIndex, trig: Trigger) -> Actor | None:
    """The doer of a harm told in the passive whose "by" phrase names the weapon, named
    with the weapon: the agent of its participle ("hit by rockets *fired by Hezbollah*",
    "killed by a bomb *planted by Taliban fighters*") or its "from" phrase ("hit by mortar
    fire *from Syrian government forces*"). News names the weapon that struck and then who
    used it."""
    if trig.nominal or trig.reverse or trig.code[:2] not in FORCE_ROOTS:
        return None
    if not subject(parse, trig.token)[1]:
        return None
    for weapon in _agent_objects(parse, trig.token):
        users = [
            *(o for v in kids(parse, weapon.i, "acl") for o in _agent_objects(parse, v)),
            *prep_objects(parse, weapon, "from"),
            *prep_objects(parse, trig.token, "from"),  # (where the parser hangs it)
        ]
        for user in users:
            found = [a for a in actors_of(parse, index, user) if not _covers(a, weapon)]
            if found:
                return found[0]
    return None


def _wields(parse: Parse, trig: Trigger, source: Actor) -> bool:
    """The source is named by the weapon in the passive's "by" phrase ("damaged by
    *drones* sent by rebels"): the weapon, not who used it."""
    return any(_covers(source, w) for w in _agent_objects(parse, trig.token))


def _covers(actor: Actor, tok: Token) -> bool:
    return any(s <= tok.start < e for s, e in actor.mentions)


def _subject_at(parse: Parse, start: int, end: int) -> bool:
    """The mention at ``start:end`` is (a conjunct or possessor in) a verb's subject."""
    tok = parse.token_at(start)
    if tok is None:
        return False
    tok = head_of_mention(parse, tok, start, end)
    for _ in range(4):
        if tok.dep not in ("conj", "compound", "poss", "appos") or tok.head == tok.i:
            break
        tok = parse.tokens[tok.head]
    return tok.dep in ("nsubj", "nsubjpass")


def _of_kind(actor: Actor, kind: str) -> bool:
    if kind == "state":
        return actor.kind == "state"
    if kind == "igo":
        return actor.sector == "IGO"
    return actor.kind in ("group", "organisation") and actor.sector in GROUP_SECTORS


def doer_actor(
    parse: Parse,
    index: ActorIndex,
    kb: KB,
    trig: Trigger,
    where: str,
    targets: Sequence[Actor] = (),
) -> Actor | None:
    """An actor made from the people phrase that is the trigger's doer, if any, with the
    country of a place its phrase names ("police *in Lagos*"), else, for police or a court,
    that of the people they act on ("the court jailed a Kenyan activist": its own)."""
    if trig.nominal or trig.reverse:
        return None
    holder = _doer(parse, trig.token)
    found = _doer_phrase(parse, index, kb, holder) if holder is not None else None
    if holder is None or found is None:
        return None
    first, last, sector = found
    country = _placed_in(parse, index, kb, holder)
    if country is None and sector in DOMESTIC_ORGANS:
        country = next((t.country for t in targets if t.kind != "state" and t.country), None)
    return _phrase_actor(parse, first, last, sector, country, where)


def _placed_in(parse: Parse, index: ActorIndex, kb: KB, tok: Token) -> str | None:
    """The country of the phrase's "in" phrase ("officials *in Kyiv*", "police *in
    Kenya*"): of an actor there, else of a country or capital the knowledge base names
    there (the actors stage leaves a place after "in" a place)."""
    objs = prep_objects(parse, tok, "in")
    if not objs:
        return None
    for o in objs:
        for a in index.all_at(o):
            if a.country is not None:
                return a.country
    for m in kb.actors.match_parse(parse):
        entry = m.value
        if not isinstance(entry, Entry) or entry.what not in ("capital", "state"):
            continue
        if any(m.first <= o.i < m.last for o in objs):
            return entry.role(None).country
    return None


def _doer(parse: Parse, verb: Token) -> Token | None:
    """The verb's own subject when active, the object of its "by" agent when passive; for a
    pronoun in reported speech ("rebel commanders said *they* would shoot down ..."), the
    subject of the reporting verb above it."""
    subj, passive = subject(parse, verb)
    if passive:
        return next(
            (o for a in kids(parse, verb.i, "agent") for o in kids(parse, a.i, "pobj")), None
        )
    if subj is not None and subj.pos == "PRON" and subj.text.lower() in SPEAKER_PRONOUNS:
        subj = _speaker(parse, subj)
    if subj is None or subj.pos not in ("NOUN", "PROPN") or subj.dep != "nsubj":
        return None
    return subj


def _speaker(parse: Parse, pron: Token) -> Token | None:
    """The subject of the nearest reporting verb above a pronoun, if active."""
    for t in governing_chain(parse, pron)[1:]:
        if t.lemma.lower() in REPORT_VERBS:
            speaker, passive = subject(parse, t)
            return None if passive else speaker
    return None


def _doer_phrase(
    parse: Parse, index: ActorIndex, kb: KB, tok: Token
) -> tuple[int, Token, str] | None:
    """(first token, head, sector) of the people phrase at ``tok`` (see :func:`_phrase_of`,
    with the doers of :data:`DOER_NOUNS` too)."""
    word = tok.text.lower()
    if word in DOER_NOUNS and _people_sector(kb, tok) is None:
        left = [i for c in parse.child_tokens[tok.i] if c.i < tok.i for i in parse.subtree(c.i)]
        first = min([tok.i, *left])
        if any(index.all_at(t) for t in parse.tokens[first : tok.i + 1]):
            return None
        if kids(parse, tok.i, "prep") and word in ("hundreds", "thousands", "dozens"):
            return _phrase_of(parse, index, kb, tok)  # "thousands of nurses": the nurses
        return first, tok, DOER_NOUNS[word]
    return _phrase_of(parse, index, kb, tok)


def _overlaps(a: Actor, b: Actor) -> bool:
    return any(s < e2 and s2 < e for s, e in a.mentions for s2, e2 in b.mentions)
