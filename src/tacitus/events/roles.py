"""Which side is which when the subject undergoes the act: "X received aid from Y".

The coder takes the subject of an active verb as the source. A verb of receiving or
undergoing ("received military aid *from* Britain", "faced criticism *from* Washington",
"came under attack *from* rebels", "won backing *from* the EU") reports an act whose doer is
the object of "from" and whose target is the subject: the sides are turned round. The
hosting reading keeps its sides ("Cuba received a delegation from Vietnam" is Cuba hosting
a visit, CAMEO 043, done by the host).

Also here, each a general rule of how news English names the sides:

- the doer in a "by" phrase of an act or text that is the subject ("an attack on a base
  *by* the rebels killed ...", "a report by Amnesty accused ...") is the source;
- the "to" phrase of a verb of handing over ("returned the sailors *to* Britain") names
  the target;
- coordinated doers of a two-sided act face each other ("X and Y held talks on Z", "agreed
  to pull back troops", "clashed", "accused each other", "failed to agree"), and a plural
  title of coordinated countries ("the presidents of X and Y") makes each a doer;
- an act with no target found takes an actor deeper in its own object phrases, and people
  a state organ acts on take its country.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.kb import KB, Entry, Title, norm
from ..parse import Parse, Token
from ..records import Actor, Event
from ..text import stable_id
from .coder import Candidate, Trigger
from .syntax import (
    REPORT_VERBS,
    SIDE_MARKS,
    ActorIndex,
    actors_of,
    context_actors,
    head,
    is_placed,
    kids,
    parties_at,
    prep_objects,
    subject,
    with_target,
)

#: Verbs whose subject receives or undergoes what the "from" phrase's actor does.
RECEIVING_VERBS = frozenset({"receive", "get", "face", "suffer", "endure"})
#: Verbs whose subject obtains what the "from" actor gives ("won backing from the EU",
#: "obtained weapons from Turkey"); in a fight the subject is the doer ("gained ground
#: from government forces", "won the town from the rebels").
ACQUIRING_VERBS = frozenset({"obtain", "draw", "earn", "win", "attract", "secure", "gain"})
#: CAMEO roots of force, where an acquiring subject is the one acting.
FORCE_ROOTS = ("15", "16", "17", "18", "19", "20")
#: "came under attack from", "fell under pressure from"
UNDERGOING_VERBS = frozenset({"come", "fall"})
#: Codes done by the receiving side itself: hosting a visit.
RECEIVER_ACTS = ("043",)


def giver_phrase(parse: Parse, verb: Token, code: str) -> list[Token]:
    """The objects of "from" hanging on the verb or on its direct object ("received a
    letter from Y", "aid from Y"), when the verb is one of receiving or undergoing (or
    of acquiring, outside the use of force)."""
    lemma = verb.lemma.lower()
    if lemma in UNDERGOING_VERBS:
        if not any(p.lemma.lower() == "under" for p in kids(parse, verb.i, "prep")):
            return []
    elif lemma in ACQUIRING_VERBS:
        if code.startswith(FORCE_ROOTS):
            return []
    elif lemma not in RECEIVING_VERBS:
        return []
    objs = kids(parse, verb.i, "dobj")  # "a pledge of aid from Y": the "of" noun's too
    objs += [o for d in objs for p in kids(parse, d.i, "prep") for o in kids(parse, p.i, "pobj")]
    holders = [verb, *objs]
    holders += [o for p in kids(parse, verb.i, "prep") for o in kids(parse, p.i, "pobj")]
    return [o for h in holders for o in prep_objects(parse, h, "from")]


def reroled(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """The candidate with its sides turned round when its subject receives or undergoes
    the act (see the module), or with the doer of a passive named in a "by" phrase on the
    verb's object (see :func:`deep_agent`); unchanged otherwise."""
    if cand.trigger.nominal:
        return cand
    if cand.source is None:
        return participle_agent(parse, index, deep_agent(parse, index, cand))
    cand = subject_agent(parse, index, cand)
    cand = recipient(parse, index, cand)
    cand = joint_partner(parse, index, cand)
    cand = speaker_state(parse, index, cand)
    if cand.target is None:
        cand = authored(parse, index, cand)
    if cand.code.startswith(RECEIVER_ACTS):
        return cand
    verb = cand.trigger.token
    givers = [a for o in giver_phrase(parse, verb, cand.code) for a in actors_of(parse, index, o)]
    if not givers:
        return cand
    subj, passive = subject(parse, verb)
    receivers = actors_of(parse, index, subj) if subj is not None and not passive else []
    if cand.source is not None and not _among(cand.source, receivers):
        return cand  # the source came from elsewhere (a speaker, a context rule)
    giver = givers[0]
    receiver = receivers[0] if receivers else cand.source
    if receiver is not None and _same(receiver, giver):
        return cand
    return replace(cand, source=giver, target=receiver)


def subject_agent(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """An active verb whose subject is an act or a text with its doer in a "by" phrase
    ("an attack on an army base *by* the rebels killed ten soldiers", "a report by Amnesty
    accused Syria"): the doer is the source, not an actor named elsewhere in the subject
    (the attack's target, the report's topic). Only a "by" phrase on a noun of the
    subject's phrase, not the agent of a participle in it ("a base run by the army")."""
    verb = cand.trigger.token
    if cand.trigger.reverse or not _word_before(parse, verb, "by"):
        return cand  # no "by" before the verb: nothing to look for (most sentences)
    # the verb's own subject only: one taken from a clause above was placed by its rules
    subj = next((c for c in parse.child_tokens[verb.i] if c.dep == "nsubj"), None)
    if subj is None or subj.pos not in ("NOUN", "PROPN"):
        return cand
    for tok in _noun_phrase(parse, subj):
        if tok.dep != "prep" or tok.lemma.lower() != "by" or head(parse, tok).pos != "NOUN":
            continue
        doers = [a for o in kids(parse, tok.i, "pobj") for a in actors_of(parse, index, o)]
        if not doers or cand.source is None or _among(cand.source, doers):
            return cand
        rest = cand.target if cand.target is None or not _same(cand.target, doers[0]) else None
        return replace(cand, source=doers[0], target=rest)
    return cand


def _word_before(parse: Parse, verb: Token, word: str) -> bool:
    """Whether ``word`` is written in the verb's sentence before it (a cheap first test)."""
    first = parse.sentences[verb.sent].first
    return any(t.text.lower() == word for t in parse.tokens[first : verb.i])


def _noun_phrase(parse: Parse, tok: Token) -> list[Token]:
    """The tokens under a noun, without the clauses hanging on it."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(
            c for c in parse.child_tokens[t.i] if c.dep not in ("relcl", "acl", "appos", "conj")
        )
    return sorted(out, key=lambda t: t.i)


#: Verbs of handing something over ("returned the island *to* China", "handed the
#: suspects over *to* Pakistan", "freed the hostages to a Red Cross team"): the one who
#: receives it is what the act is done to, ahead of the people or things handed over.
HANDING_VERBS = frozenset(
    {"return", "hand", "give", "release", "free", "cede", "surrender", "transfer",
     "extradite", "repatriate", "deliver", "turn"}
)  # fmt: skip
#: Codes of handing over: yielding (08: return, release, cede) and extradition (063).
HANDING_CODES = ("08", "063")


def recipient(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """The candidate with the "to" phrase's actor as its target when a verb of handing
    over has an object and a "to" phrase on the verb, its particle or its object (see
    :data:`HANDING_VERBS`)."""
    verb = cand.trigger.token
    lemma = verb.lemma.lower()
    if lemma not in HANDING_VERBS or not cand.code.startswith(HANDING_CODES):
        return cand
    objs = kids(parse, verb.i, "dobj")
    if not objs:
        return cand
    holders = [verb, *objs, *kids(parse, verb.i, "prt")]
    found = [
        a
        for h in holders
        for o in prep_objects(parse, h, "to")
        for a in actors_of(parse, index, o)
        if is_placed(a) and (cand.source is None or not _same(a, cand.source))
    ]
    if not found or (cand.target is not None and _same(found[0], cand.target)):
        return cand
    return replace(cand, target=found[0])


def joint_partner(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """The candidate with a coordinated doer as its target when a cooperative act is marked
    as done together ("X and Y held *joint* drills against Z", "X and Y *jointly* cleared
    mines"): the partners are the sides, not what they act on (see :func:`joint_sides`,
    which does the same for the lexicon's candidates with both doers)."""
    source = cand.source
    verb = cand.trigger.token
    if source is None or not cand.code.startswith(SYMMETRIC_CODES):
        return cand
    if not _joint_marked(parse, verb):
        return cand
    subj, passive = subject(parse, verb)
    if subj is None or passive:
        return cand
    doers = actors_of(parse, index, subj)
    if not _among(source, doers) or (cand.target is not None and _among(cand.target, doers)):
        return cand
    partners = [a for a in doers if not _same(a, source)]
    return replace(cand, target=partners[0]) if partners else cand


def speaker_state(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """The candidate aimed past the speaker's own state when a person or body of a country
    says what that state will do ("the Turkish minister warned that *Ankara* would cut ties
    with the EU"): the state in the clause's subject speaks through them, so the act is
    aimed at the other party the clause names (the EU), or at none it names."""
    source, target = cand.source, cand.target
    if source is None or target is None or cand.trigger.nominal:
        return cand
    if target.kind != "state" or source.kind == "state" or source.country != target.country:
        return cand
    if source.country is None:
        return cand
    for clause in kids(parse, cand.trigger.token.i, "ccomp"):
        subj, passive = subject(parse, clause)
        if subj is None or passive or not _among(target, actors_of(parse, index, subj)):
            continue
        others = [a for a in _reach(parse, index, clause, source) if a.country != source.country]
        return replace(cand, target=others[0] if others else None)
    return cand


#: Where the deeper search for a missing target starts: the verb's objects, complements
#: and prepositional phrases after it.
REACH_START = frozenset(
    {"dobj", "dative", "prep", "npadvmod", "oprd", "attr", "acomp", "xcomp", "ccomp", "advcl"}
)  # fmt: skip
#: Dependents it never walks into: punctuation, coordinators, and the marks of clauses.
REACH_SKIP = frozenset({"punct", "cc", "mark", "det", "aux", "auxpass", "neg", "case"})
#: How far below the verb an actor may sit and still be the act's target.
REACH_DEPTH = 6


def deeper_target(parse: Parse, index: ActorIndex, trig: Trigger, source: Actor) -> Actor | None:
    """The target of an act with a source and none found, when it sits deeper in the act's
    object than the coder's rules look: in a coordinated noun ("condemned the raid and the
    killing of Y's soldiers"), under a gerund ("accused X of violating *Y's* airspace"), as
    the agent of a participle ("rejected the plan drafted by Y"), in an apposition or a
    clause on a noun. The first actor after the verb in its own phrases, a placed one
    first; never one in a clause coordinated with the verb (another act) or in a side
    clause of time. Not for a pattern whose own preposition has an object ("arrived in",
    "withdrew from"): the coder leaves its target out when that phrase names no actor; a
    particle ("called off") has none."""
    if trig.reverse or trig.nominal:
        return None
    verb = trig.token
    own = [
        o
        for p in kids(parse, verb.i, "prep", "prt")
        if p.lemma.lower() in trig.preps
        for o in kids(parse, p.i, "pobj")
    ]
    if own:  # a particle ("called off") has no object of its own: the search goes on
        return None
    found = _reach(parse, index, verb, source)
    placed = [a for a in found if is_placed(a)]
    return (placed or found)[0] if found else None


def _reach(parse: Parse, index: ActorIndex, verb: Token, source: Actor) -> list[Actor]:
    stack = [(c, 1) for c in parse.child_tokens[verb.i] if c.i > verb.i and c.dep in REACH_START]
    seen: list[Token] = []
    while stack:
        t, depth = stack.pop()
        if t.text.lower() == "according" or depth > REACH_DEPTH:
            continue
        if t.dep == "advcl" and _side_clause(parse, t):
            continue
        seen.append(t)
        for c in parse.child_tokens[t.i]:
            if c.dep in REACH_SKIP or (c.dep == "conj" and t.pos in ("VERB", "AUX")):
                continue
            stack.append((c, depth + 1))
    out: list[Actor] = []
    for t in sorted(seen, key=lambda t: t.i):
        out += [a for a in parties_at(index, t) if not _same(a, source) and not _among(a, out)]
    return out


def _side_clause(parse: Parse, verb: Token) -> bool:
    """A clause of time or concession ("as", "while", "after"): not to whom."""
    return any(m.lemma.lower() in SIDE_MARKS for m in kids(parse, verb.i, "mark"))


#: CAMEO roots of words and stances (statements to protests): they answer what another did
#: or proposed, so the doer of the thing they answer is their target; not acts of force.
ANSWER_ROOTS = tuple(f"{n:02d}" for n in range(1, 15))


def authored(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """A stance with no target taken on a thing someone did or proposed, named in a
    passive clause on the verb's object ("agreed to the plan *proposed by China*",
    "condemned the attack *carried out by* the rebels"): the doer is the target."""
    if not cand.code.startswith(ANSWER_ROOTS) or cand.source is None:
        return cand
    verb = cand.trigger.token
    objs = kids(parse, verb.i, "dobj")
    objs += [o for p in kids(parse, verb.i, "prep") for o in kids(parse, p.i, "pobj")]
    for obj in objs:
        for clause in kids(parse, obj.i, "acl"):
            if clause.tag != "VBN":
                continue
            for by in kids(parse, clause.i, "agent"):
                doers = [
                    a
                    for o in kids(parse, by.i, "pobj")
                    for a in actors_of(parse, index, o)
                    if not _same(a, cand.source)
                ]
                if doers:
                    return replace(cand, target=doers[0])
    return cand


def deep_agent(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """A passive act with no source whose doer hangs on the verb's phrase rather than on
    the verb ("Sudan was hit with new sanctions *by* the United States", the parse hanging
    "by" on "sanctions"): the first "by" phrase in the verb's prepositional objects names
    the source."""
    verb = cand.trigger.token
    _subj, passive = subject(parse, verb)
    if not passive:
        return cand
    for prep in kids(parse, verb.i, "prep", "agent"):
        for obj in kids(parse, prep.i, "pobj"):
            for by in kids(parse, obj.i, "prep", "agent"):
                if by.lemma.lower() != "by":
                    continue
                found = [a for o in kids(parse, by.i, "pobj") for a in actors_of(parse, index, o)]
                doers = [a for a in found if cand.target is None or not _same(a, cand.target)]
                if doers:
                    return replace(cand, source=doers[0])
    return cand


#: Participles that name who did or owned up to the act or the weapon they hang on ("the
#: ambush, *claimed by* the Taliban", "rockets *fired by* Hamas", "a bombing *blamed on*
#: the PKK"), with the preposition that names the doer.
DOER_PARTICIPLES = {
    "claim": "by", "carry": "by", "launch": "by", "fire": "by", "stage": "by",
    "conduct": "by", "mount": "by", "drop": "by", "plant": "by", "set": "by",
    "detonate": "by", "lay": "by", "shoot": "by", "order": "by", "organise": "by",
    "organize": "by", "blame": "on", "attribute": "to",
}  # fmt: skip


def participle_agent(parse: Parse, index: ActorIndex, cand: Candidate) -> Candidate:
    """An active act with no source whose subject is an act or a weapon named with its doer
    in a participle ("the ambush on the convoy, *claimed by the Taliban*, killed six
    soldiers", "rockets *fired by* Hamas hit Sderot", "a bombing *blamed on* the PKK
    killed four"): the doer is the source. Only the verb's own subject, when it names no
    actor itself, and only participles of doing, claiming or blaming
    (:data:`DOER_PARTICIPLES`): "a convoy *attacked by* rebels" names what it underwent."""
    verb = cand.trigger.token
    if cand.source is not None or cand.trigger.reverse:
        return cand
    subj = next((c for c in parse.child_tokens[verb.i] if c.dep == "nsubj"), None)
    if subj is None or subj.pos != "NOUN" or actors_of(parse, index, subj):
        return cand
    for part in kids(parse, subj.i, "acl"):
        prep = DOER_PARTICIPLES.get(part.lemma.lower())
        if part.tag != "VBN" or prep is None:
            continue
        found = [
            a
            for p in kids(parse, part.i, "agent", "prep")
            if p.lemma.lower() == prep
            for o in kids(parse, p.i, "pobj")
            for a in actors_of(parse, index, o)
        ]
        doers = [a for a in found if cand.target is None or not _same(a, cand.target)]
        if doers:
            return replace(cand, source=doers[0])
    return cand


#: State coercion done to someone where a country's authorities act: arrests, detentions,
#: expulsions ("were arrested in Peru", "was expelled from Chile").
STATE_COERCION_ROOTS = ("16", "17")
STATE_SECTORS = frozenset({"GOV", "COP", "JUD"})


def state_doer(
    parse: Parse, trig: Trigger, sources: list[Actor], targets: list[Actor], index: ActorIndex
) -> tuple[list[Actor], list[Actor]]:
    """A passive arrest, detention or expulsion with no named doer, done "in" or "from" a
    country ("two reporters were arrested in Peru"): that country's authorities did it,
    and the country is the source (a killing "in Peru" names no doer)."""
    if sources or not trig.code.startswith(STATE_COERCION_ROOTS):
        return sources, targets
    _subj, passive = subject(parse, trig.token)
    if not passive:
        return sources, targets
    for prep in kids(parse, trig.token.i, "prep"):
        if prep.lemma.lower() not in ("in", "from"):
            continue
        for obj in kids(parse, prep.i, "pobj"):
            states = [
                a
                for a in actors_of(parse, index, obj)
                if a.country is not None
                and (a.sector is None or a.sector in STATE_SECTORS)
                and not _among(a, targets)
            ]
            if states:
                return states[:1], targets
    return sources, targets


#: Sectors whose report or act names who did an unattributed passive act beside it.
AUTHORITY_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL"})


def authority_doer(
    parse: Parse, trig: Trigger, sources: list[Actor], targets: list[Actor], index: ActorIndex
) -> tuple[list[Actor], list[Actor]]:
    """A passive act with no named doer in a clause that a state's authorities report
    ("police said two men were arrested") or that is coordinated with their own act ("the
    army stormed the camp and dozens were detained"): those authorities did it. Only a
    state or its organs (government, police, courts, army) with a country, so a witness or
    a party reporting an act names no doer."""
    verb = trig.token
    if sources or trig.reverse or verb.dep not in ("ccomp", "conj") or verb.head == verb.i:
        return sources, targets
    _subj, passive = subject(parse, verb)
    if not passive or kids(parse, verb.i, "agent"):
        return sources, targets
    gov = head(parse, verb)
    if verb.dep == "ccomp" and gov.lemma.lower() not in REPORT_VERBS:
        return sources, targets
    if verb.dep == "conj" and gov.pos != "VERB":
        return sources, targets
    speaker, gov_passive = subject(parse, gov)
    if speaker is None or gov_passive:
        return sources, targets
    doers = [
        a
        for a in actors_of(parse, index, speaker)
        if a.country is not None
        and (a.sector is None or a.sector in AUTHORITY_SECTORS)
        and not _among(a, targets)
        and not _own_forces_hit(a, trig, targets)
    ]
    return (doers[:1], targets) if doers else (sources, targets)


def _own_forces_hit(actor: Actor, trig: Trigger, targets: list[Actor]) -> bool:
    """An act of force on the authority's own soldiers or police ("three soldiers were
    killed in an ambush, the defence ministry said", with or without a country): they
    report it, they did not do it."""
    return trig.code[:2] in ("18", "19", "20") and any(
        t.country in (None, actor.country) and t.sector in ("MIL", "COP") for t in targets
    )


#: Deploying forces: a show of force (15) or peacekeepers sent (074).
DEPLOYMENT_CODES = ("15", "074")
FORCE_SECTORS = frozenset({"MIL", "COP"})


def own_forces(
    parse: Parse, trig: Trigger, sources: list[Actor], targets: list[Actor], index: ActorIndex
) -> tuple[list[Actor], list[Actor]]:
    """Forces of a country deployed in the passive with no named doer ("Turkish troops were
    deployed along the border"): the country deployed its own forces, so they are the
    source, and the target is an actor named after the verb, if any."""
    verb = trig.token
    if sources or trig.reverse or not trig.code.startswith(DEPLOYMENT_CODES):
        return sources, targets
    subj, passive = subject(parse, verb)
    if subj is None or not passive or kids(parse, verb.i, "agent"):
        return sources, targets
    forces = [
        a
        for a in actors_of(parse, index, subj)
        if a.country is not None and a.sector in FORCE_SECTORS
    ]
    if not forces:
        return sources, targets
    ids = {a.id for a in forces} | {a.country for a in forces}
    rest = [a for a in context_actors(parse, index, verb) if a.id not in ids]
    others = [a for a in rest if a.country not in ids]
    return forces[:1], ([a for a in others if is_placed(a)] or others)[:1]


def plural_owners(
    parse: Parse, trig: Trigger, sources: list[Actor], targets: list[Actor], index: ActorIndex
) -> tuple[list[Actor], list[Actor]]:
    """A plural subject whose "of" phrase names coordinated sides ("the presidents of Sudan
    and South Sudan agreed ...", "foreign ministers of India and Pakistan met"): the sides
    are the doers, not the title the actors stage made one actor of (which keeps the side
    whose country it took)."""
    if len(sources) != 1 or trig.reverse or trig.nominal:
        return sources, targets
    verb = trig.token
    subj = next((c for c in parse.child_tokens[verb.i] if c.dep == "nsubj"), None)
    if subj is None or subj.tag not in ("NNS", "NNPS"):
        return sources, targets
    for obj in prep_objects(parse, subj, "of"):
        if not kids(parse, obj.i, "conj"):
            continue
        sides = [a for a in actors_of(parse, index, obj) if is_placed(a)]
        own = sources[0]
        if own.country and all(own.country != a.country for a in sides):
            sides.append(own)  # the title took the last side's country as its own
        if len({a.country or a.name for a in sides}) >= 2 and not _among(own, sides[:-1]):
            return sides, [t for t in targets if not _among(t, sides)]
    return sources, targets


def _among(actor: Actor, actors: list[Actor]) -> bool:
    return any(_same(actor, a) for a in actors)


def _same(a: Actor, b: Actor) -> bool:
    return a.id == b.id or a.name == b.name


#: Nouns for people that the actors stage makes no actor of without a name or a cue ("a
#: man", "18 people", "two Christians"). A group noun it knows ("protesters", "rebels") is
#: an actor already.
PEOPLE_NOUNS = frozenset(
    {
        "man", "men", "woman", "women", "person", "persons", "people", "child", "children",
        "boy", "boys", "girl", "girls", "teenager", "teenagers", "youth", "youths",
        "family", "families", "citizen", "citizens", "national", "nationals", "foreigner",
        "foreigners", "tourist", "tourists", "visitor", "visitors", "passenger", "passengers",
        "suspect", "suspects", "member", "members", "supporter", "supporters", "follower",
        "followers", "inmate", "inmates", "captive", "captives", "convict", "convicts",
        "seeker", "seekers", "immigrant", "immigrants", "asylum-seekers", "christians",
        "muslims", "worshippers", "worshipers", "believers", "employee", "employees",
        "staff", "crew", "voter", "voters", "resident", "candidate", "candidates", "victim",
        "victims", "critic", "critics", "dissident", "dissidents", "blogger", "bloggers",
        "lawyer", "lawyers", "doctor", "doctors", "teacher", "teachers", "aide", "aides",
        # people named by their tie to another ("his rival", "her own backbenchers")
        "rival", "opponent", "opponents", "successor", "predecessor", "deputy", "deputies",
        "jailer", "jailers", "captor", "captors", "backbencher", "backbenchers",
        # people named by their trade, their plight or their kin ("beat the opposition
        # politician", "aid to the survivors", "freed the governor's son")
        "politician", "politicians", "survivor", "survivors", "pupil", "pupils",
        "schoolchildren", "schoolgirls", "schoolboys", "writer", "writers", "artist",
        "artists", "poet", "novelist", "bookseller", "publisher", "filmmaker", "son", "sons",
        "daughter", "daughters", "wife", "husband", "brother", "sister", "grandson",
        "relatives", "mother", "father", "migrant", "worker", "minority", "minorities",
    }
)  # fmt: skip
#: Heads that count people named in their "of" phrase ("dozens of men", "one of the men").
COUNT_HEADS = frozenset(
    {"dozen", "dozens", "hundreds", "thousands", "scores", "group", "number", "some", "many",
     "several", "most", "all", "none", "one", "two", "three", "four", "five", "six", "ten"}
)  # fmt: skip
#: Prepositions of a verb trigger whose object a people target may be.
#: Prepositions of a verb's direct object whose object receives the act ("aid to X").
RECIPIENT_PREPS = ("to", "with")
PEOPLE_PREPS = frozenset({"with", "at", "against", "to", "on", "upon", "toward", "towards"})
#: Prepositions of an event noun whose object is what the act is done to.
NOUN_PREPS = ("of", "against", "on", "to", "with")
#: Group nouns for bodies the actors stage makes no actor of, with their sector: states
#: taken together ("East Asian countries", "its European allies"), the press, businesses.
GROUP_NOUNS = {
    "countries": "GOV", "nations": "GOV", "states": "GOV", "allies": "GOV",
    "governments": "GOV", "neighbours": "GOV", "neighbors": "GOV", "partners": "",
    "newspapers": "MED", "newspaper": "MED", "broadcasters": "MED", "broadcaster": "MED",
    "outlets": "MED", "banks": "BUS", "businesses": "BUS", "drivers": "LAB",
    "communities": "CVL", "invaders": "MIL", "occupiers": "MIL",
    # the sides of a conflict or a talk, with no sector of their own
    "sides": "", "parties": "", "factions": "", "groups": "", "rivals": "",
    # lenders and watchers of a state, and the criminals a state acts against
    "donors": "", "creditors": "BUS", "lenders": "BUS", "monitors": "", "observers": "",
    "powers": "GOV", "superpowers": "GOV", "gangs": "", "gang": "", "bandits": "",
    "cartels": "", "cartel": "", "smugglers": "", "traffickers": "", "dealers": "",
    "mafia": "", "looters": "CVL", "community": "",
    # a gathering stands for the people in it ("police broke up the rally")
    "demonstration": "CVL", "demonstrations": "CVL", "rally": "CVL", "rallies": "CVL",
    "march": "CVL", "marches": "CVL", "sit-in": "CVL", "vigil": "CVL", "protest": "CVL",
    "protests": "CVL", "gathering": "CVL", "procession": "CVL",
}  # fmt: skip
#: CAMEO codes of the state acting on its people (as :mod:`.implied`): a people target of a
#: state organ's act belongs to the organ's country.
#: Also the threat of repression (137), seizing property (171) and releasing people held
#: (084: "the junta freed hundreds of detainees"), done by a state organ.
STATE_ON_PEOPLE = ("172", "173", "175", "137", "171", "084")
STATE_ORGANS = STATE_SECTORS | FORCE_SECTORS | {"SPY"}


def people_target(
    parse: Parse, index: ActorIndex, kb: KB, trig: Trigger, event: Event, article_id: str
) -> Event:
    """The event with the people its act lands on as its target ("police detained *18
    people*", "freed *a former presidential candidate*", "the arrest of *two men*"), when
    it has no target and the trigger's object is a noun phrase for people that no actor
    covers. The target is made for the event (like an implied one, not in the record's
    ``actors``): a group or a person named by the phrase, with the sector its title gives
    (else civilians), and the source's country when a state organ acts on its own people."""
    if event.plover is None:
        return event
    asked = _addressee(parse, index, kb, trig, event)
    if asked is not None:
        actor = _phrase_actor(parse, *asked, None, article_id)
        return with_target(event, article_id, trig.token.start, actor, "addressee")
    owned = _owned_post(parse, index, kb, trig)
    if owned is not None and (event.target is None or event.rule.endswith("+place")):
        # "ambushed an army convoy near the border": the army's, not the border; "a police
        # station in Kano": the country of the place it stands in
        country = event.target.country if event.target is not None else None
        actor = _phrase_actor(parse, *owned, country, article_id)
        return with_target(event, article_id, trig.token.start, actor, "object")
    if _own_object(parse, index, trig, event.target):
        # "recalled its ambassador from Lima": the act is aimed at the capital's government
        capital = capital_target(parse, kb, trig, event.source, article_id)
        if capital is not None:
            return with_target(event, article_id, trig.token.start, capital, "capital")
    if event.target is not None and event.rule.endswith("+place"):
        # "shot dead two looters in the city": the people, in the place's country
        found = _people_phrase(parse, index, kb, trig)
        if found is None or not _direct_object(parse, trig.token, found[1]):
            return event
        country = _state_country(event) or event.target.country
        actor = _phrase_actor(parse, *found, country, article_id)
        return with_target(event, article_id, trig.token.start, actor, "object")
    if event.target is not None:
        return event
    found = _people_phrase(parse, index, kb, trig)
    if found is None:  # an actor deeper in the object phrase, else no target
        deeper = deeper_target(parse, index, trig, event.source) if event.source else None
        if deeper is None:
            deeper = capital_target(parse, kb, trig, event.source, article_id)
        if deeper is None:
            return event
        return with_target(event, article_id, trig.token.start, deeper, "deeper")
    actor = _phrase_actor(parse, *found, _state_country(event), article_id)
    return with_target(event, article_id, trig.token.start, actor, "object")


#: CAMEO roots of appeals and demands: the people asked ("urged *his successor* to ...")
#: are the target, not the object of what they are asked to do.
ASKING_ROOTS = ("02", "10")


def _addressee(
    parse: Parse, index: ActorIndex, kb: KB, trig: Trigger, event: Event
) -> tuple[int, Token, str] | None:
    """(first token, head, sector) of the people an appeal or demand is made to when no
    actor names them and the rules chose a target in the wanted act ("urged *its
    partners* to sanction X", "asked *donors* to fill the gap")."""
    if trig.nominal or trig.reverse or not event.cameo.startswith(ASKING_ROOTS):
        return None
    verb = trig.token
    if not kids(parse, verb.i, "xcomp"):
        return None
    for obj in kids(parse, verb.i, "dobj")[:1]:
        found = _phrase_of(parse, index, kb, obj)
        if found is not None and found[1].i == obj.i:
            return found
    return None


def _direct_object(parse: Parse, verb: Token, tok: Token) -> bool:
    """``tok`` is the verb's direct object (or passive subject), or counted in it ("dozens
    of men"); not in a phrase of the verb ("restrictions on movement")."""
    for _ in range(3):
        if tok.head == verb.i:
            return tok.dep in ("dobj", "nsubjpass")
        if tok.head == tok.i or (tok.dep == "prep" and tok.lemma.lower() != "of"):
            return False
        tok = parse.tokens[tok.head]
    return False


def _state_country(event: Event) -> str | None:
    """The source's country when a state organ acts on its own people, else None."""
    src = event.source
    if (
        src is not None
        and event.cameo.startswith(STATE_ON_PEOPLE)
        and src.sector in STATE_ORGANS
        and src.country
    ):
        return src.country
    return None


#: Prepositions after which a capital names its government when the act has no other
#: target ("sent shells *to* Kyiv", "rejected calls *from* Brussels", "pointed the finger
#: *at* Moscow"). The actors stage leaves a capital after "to" a place (a destination far
#: more often, and an actor there would start events of its own); here the act is coded
#: already and only lacks its other side.
CAPITAL_PREPS = ("to", "from", "at")


def capital_target(
    parse: Parse, kb: KB, trig: Trigger, source: Actor | None, article_id: str
) -> Actor | None:
    """The government of a capital named in a "to"/"from"/"at" phrase of the verb or of its
    object, not the source's own; not for an act of travel (the capital is then where the
    doer goes) nor for a noun."""
    if trig.nominal or trig.reverse or source is None:
        return None
    verb = trig.token
    if verb.lemma.lower() in TRAVEL_VERBS:
        return None
    direct = kids(parse, verb.i, "dobj")  # "shells to Kyiv", "a batch of shells to Kyiv"
    holders = [verb, *direct, *(o for d in direct for o in prep_objects(parse, d, "of"))]
    objs = [o for h in holders for o in prep_objects(parse, h, *CAPITAL_PREPS)]
    # the parser labels the "to" of a verb of giving "dative" ("sent shells to Kyiv")
    objs += [
        o for d in kids(parse, verb.i, "dative") if d.pos == "ADP" for o in kids(parse, d.i, "pobj")
    ]
    if not objs:
        return None
    for m in kb.actors.match_parse(parse):
        entry = m.value
        if not isinstance(entry, Entry) or entry.what != "capital":
            continue
        if not any(m.first <= o.i < m.last for o in objs):
            continue
        role = entry.role(None)
        if role.country is None or role.country == source.country:
            continue
        toks = parse.tokens[m.first : m.last]
        start, end = toks[0].start, toks[-1].end
        name = " ".join(t.text for t in toks)
        return Actor(
            f"cap:{stable_id(article_id, start, name)}",
            name,
            kind="state",
            country=role.country,
            sector=role.sector,
            code=role.code,
            mentions=((start, end),),
            country_from="kb",
        )
    return None


#: Verbs of going somewhere: their "to" phrase is a destination.
TRAVEL_VERBS = frozenset(
    {"arrive", "travel", "fly", "go", "come", "head", "land", "return", "visit", "move", "flee"}
)


def _own_object(parse: Parse, index: ActorIndex, trig: Trigger, target: Actor | None) -> bool:
    """The target (if any) is the verb's object under an owner pronoun, the doer's own
    people ("recalled *its* ambassador", "withdrew *their* troops")."""
    if trig.nominal or trig.reverse:
        return False
    for obj in kids(parse, trig.token.i, "dobj"):
        if any(c.dep == "poss" and c.pos == "PRON" for c in parse.child_tokens[obj.i]):
            return target is None or any(a.id == target.id for a in index.all_at(obj))
    return False


#: Posts, units and vehicles of a body that an act of force lands on ("an army convoy", "a
#: police station", "rebel positions", "the opposition headquarters"): the body they serve.
POSTS = frozenset(
    {"convoy", "convoys", "patrol", "patrols", "position", "positions", "post", "posts",
     "station", "stations", "base", "bases", "barracks", "checkpoint", "checkpoints",
     "headquarters", "offices", "camp", "camps", "column", "columns", "vessel", "vessels",
     "ship", "ships", "helicopter", "helicopters", "jet", "jets", "truck", "trucks",
     "vehicle", "vehicles", "outpost", "outposts", "stronghold", "strongholds", "unit",
     "units", "compound"}
)  # fmt: skip


#: Sectors of the bodies that keep posts, units and vehicles of their own.
POST_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "REB", "INS", "UAF", "OPP", "PTY", "SPY"})


def _owned_post(
    parse: Parse, index: ActorIndex, kb: KB, trig: Trigger
) -> tuple[int, Token, str] | None:
    """(first token, head, sector) of the trigger's direct object (or passive subject) when
    it is a post, unit or vehicle (:data:`POSTS`) named by the body it serves, a title word
    before it ("an *army* convoy", "the *police* station"), and no actor covers it."""
    if trig.nominal or trig.reverse:
        return None
    for obj in kids(parse, trig.token.i, "dobj", "nsubjpass"):
        if obj.text.lower() not in POSTS:
            continue
        mods = [c for c in parse.child_tokens[obj.i] if c.dep in ("compound", "amod")]
        sector = next((s for c in mods if (s := _title_sector(kb, c))), None)
        if sector not in POST_SECTORS:
            continue  # "a refugee camp", "a student hostel": a place, no body's post
        left = [i for c in parse.child_tokens[obj.i] if c.i < obj.i for i in parse.subtree(c.i)]
        first = min([obj.i, *left])
        if any(index.all_at(t) for t in parse.tokens[first : obj.i + 1]):
            return None
        return first, obj, sector
    return None


def _title_sector(kb: KB, tok: Token) -> str | None:
    """The sector of a title word of a body or force ("army", "police", "rebel")."""
    for _alias, value in kb.titles.full.get(norm(tok.text), ()):
        if isinstance(value, Title) and value.sector:
            return value.sector
    return None


def _people_phrase(
    parse: Parse, index: ActorIndex, kb: KB, trig: Trigger
) -> tuple[int, Token, str] | None:
    """(first token index, head, sector) of the first object of the trigger that names
    people no actor covers: a verb's direct object, dative or passive subject, or the object
    of one of its target prepositions or of its direct object's; an event noun's
    "of"/"against"/"on"/"to"/"with" object."""
    verb = trig.token
    if trig.nominal:
        objs = prep_objects(parse, verb, *NOUN_PREPS)
    elif trig.reverse:
        return None
    else:  # one pass over the verb's children (this runs for every event with no target)
        objs, preps, comps = [], [], []
        for c in parse.child_tokens[verb.i]:
            if c.dep in ("dobj", "dative", "nsubjpass"):
                objs.append(c)
            elif c.dep in ("prep", "dative") and c.lemma.lower() in PEOPLE_PREPS:
                preps.append(c)
            elif c.dep in ("xcomp", "ccomp"):
                comps.append(c)
        direct = [o for o in objs if o.dep == "dobj"]
        objs += [o for p in preps for o in kids(parse, p.i, "pobj")]
        if trig.noun is not None and trig.noun.i != verb.i:  # "carried out arrests of X"
            objs += prep_objects(parse, trig.noun, *NOUN_PREPS)
        # "vowed to punish the invaders", "agreed to free two men": the wanted act's object
        objs += [o for x in comps for o in kids(parse, x.i, "dobj")]
        # "allowed women to drive", "said the commission should recount": the people the
        # act lets, asks or blames are the subject of its complement
        objs += [o for x in comps for o in kids(parse, x.i, "nsubj")]
        # "cut aid to its allies", "signed a pact with its neighbours" (not "condemned the
        # attack on the embassy": the object's own target is not the act's)
        objs += [o for d in direct for o in prep_objects(parse, d, *RECIPIENT_PREPS)]
    for obj in objs:
        found = _phrase_of(parse, index, kb, obj)
        if found is not None:
            return found
    return None


def _phrase_of(
    parse: Parse, index: ActorIndex, kb: KB, obj: Token
) -> tuple[int, Token, str] | None:
    """(first token index, head, sector) of the noun phrase at ``obj`` when it names
    people (through a count: "dozens of men") and no actor covers any of it."""
    tok = obj
    if tok.lemma.lower() in COUNT_HEADS or tok.text.lower() in COUNT_HEADS or tok.pos == "NUM":
        tok = next(iter(prep_objects(parse, tok, "of")), tok)
    sector = _people_sector(kb, tok)
    if sector is None:
        owner = _owner(parse, kb, tok)
        return _phrase_of(parse, index, kb, owner) if owner is not None else None
    left = [i for c in parse.child_tokens[obj.i] if c.i < obj.i for i in parse.subtree(c.i)]
    first = min([obj.i, *left])
    # an owner pronoun ("*his* rival", "*their* families") names the owner, not the people
    inside = [
        t for t in parse.tokens[first : tok.i + 1] if not (t.dep == "poss" and t.pos == "PRON")
    ]
    if any(index.all_at(t) for t in inside):
        return None  # an actor in it ("a Somali man", "dozens of protesters"): the rules'
    return first, tok, sector


def _owner(parse: Parse, kb: KB, tok: Token) -> Token | None:
    """The people or body that own a thing the act is done to ("condemned *the council's*
    decision", "blocked *the dissident's* website"): the act lands on them. Not an owner
    pronoun ("their offer": its referent is an actor or no one), nor people named by their
    tie to someone ("attacked *her rival's* record": a campaign's words, not an act)."""
    for c in kids(parse, tok.i, "poss"):
        if c.pos not in ("NOUN", "PROPN") or _people_sector(kb, c) is None:
            continue
        if not any(k.dep == "poss" and k.pos == "PRON" for k in parse.child_tokens[c.i]):
            return c
    return None


def _people_sector(kb: KB, tok: Token) -> str | None:
    """The sector of a noun for people (CVL when its title gives none), else None."""
    if tok.pos not in ("NOUN", "PROPN"):
        return None
    word = tok.text.lower()
    if word in PEOPLE_NOUNS or tok.lemma.lower() in PEOPLE_NOUNS:
        return "CVL"
    if word in GROUP_NOUNS:
        return GROUP_NOUNS[word]
    if tok.ent == "NORP" and tok.tag in ("NNS", "NNPS"):  # "two Christians", "Kurds"
        return "CVL"
    for _alias, value in kb.titles.full.get(norm(tok.text), ()):
        if isinstance(value, Title):
            return value.sector or "CVL"
    return None


def phrase_name(parse: Parse, first: int, head: Token, where: str) -> tuple[str, str]:
    """The id and name of an actor made for an event from the noun phrase ``first`` ..
    ``head``: "the rebels", "his rival" are named without the article or owner pronoun."""
    toks = parse.tokens[first : head.i + 1]
    owner = toks[0].dep == "poss" and toks[0].pos == "PRON"
    words = toks[1:] if (toks[0].dep == "det" or owner) and len(toks) > 1 else toks
    name = "".join(
        (" " if k and t.start > words[k - 1].end else "") + t.text for k, t in enumerate(words)
    )
    return f"np:{stable_id(where, toks[0].start, name)}", name


def _phrase_actor(
    parse: Parse, first: int, last: Token, found_sector: str, country: str | None, where: str
) -> Actor:
    """An actor made for an event from the noun phrase ``first`` .. ``last`` (its head)."""
    sector = found_sector or None  # "" for the sides of a conflict: no sector
    ident, name = phrase_name(parse, first, last, where)
    plural = last.tag in ("NNS", "NNPS") or last.lemma.lower() in COUNT_HEADS
    return Actor(
        ident,
        name,
        kind="group" if plural else "person",
        country=country,
        sector=sector,
        code=f"{country}{sector or ''}" if country else None,
        mentions=((parse.tokens[first].start, last.end),),
        country_from="context" if country else None,
    )


#: Acts two sides do with each other: intent to cooperate, meet or yield (030-032, 035,
#: 036), consultation (04), signing an agreement (057), material cooperation (06).
SYMMETRIC_CODES = ("030", "031", "032", "035", "036", "04", "057", "06")
#: Talks: the "on"/"about"/"over" phrase is the subject of the talks, not a party.
TALK_CODES = ("036", "04")
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")
#: Verbs whose coordinated subjects act on each other with no object ("Armenian and
#: Azerbaijani forces clashed", "the two sides traded accusations").
RECIPROCAL_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "trade"})
#: Two-sided acts that a verb of failing, refusing or deciding may govern ("X and Y failed
#: to agree", "refused to negotiate"): its coordinated doers face each other.
JOINT_VERBS = frozenset(
    {"agree", "meet", "negotiate", "talk", "cooperate", "reconcile", "compromise", "settle"}
)


def joint_sides(
    parse: Parse,
    index: ActorIndex,
    trig: Trigger,
    code: str,
    sources: list[Actor],
    targets: list[Actor],
) -> bool:
    """Coordinated doers of a two-sided act are each other's target ("Chile and Peru held
    talks", "Thailand and Cambodia agreed to pull back troops", "Greek and Turkish officials
    held talks on Cyprus", "the two armies clashed", "X and Y accused each other"): when
    the object says so ("each other"), when no target was found for a fight or an
    exchange, or when the only targets of a cooperative act have no country (the sides'
    own troops) or are the topic of talks."""
    if len(sources) < 2 or trig.nominal:
        return False
    verb = trig.token
    if _each_other(parse, verb):
        return True
    targets = [a for a in targets if not _broker(parse, verb, a)]
    if code.startswith(SYMMETRIC_CODES) and _joint_marked(parse, verb):
        return True  # "X and Y held joint drills / jointly cleared mines": with each other
    if not code.startswith(SYMMETRIC_CODES):
        if targets:
            return False
        # "the armies clashed", "the two sides failed to agree", "refused to negotiate"
        wanted = {c.lemma.lower() for c in kids(parse, verb.i, "xcomp")}
        return verb.lemma.lower() in RECIPROCAL_VERBS or bool(wanted & JOINT_VERBS)
    if not targets:
        return True
    if not any(is_placed(a) for a in targets):
        return True
    if not code.startswith(TALK_CODES):
        return False
    holders = [verb, *kids(parse, verb.i, "dobj")]
    topics = [
        a for h in holders for o in prep_objects(parse, h, *TOPIC_PREPS)
        for a in actors_of(parse, index, o)
    ]  # fmt: skip
    return all(_among(a, topics) for a in targets)


#: Second halves of a hyphenated modifier that names a third party's part in a deal or a
#: truce ("a Russian-brokered truce", "an Egyptian-mediated ceasefire"): not a side.
BROKER_WORDS = frozenset(
    {"brokered", "mediated", "sponsored", "backed", "drafted", "proposed", "hosted", "led"}
)


def _broker(parse: Parse, verb: Token, actor: Actor) -> bool:
    """The actor is named in the verb's sentence only before "-brokered", "-mediated" and
    the like (see :data:`BROKER_WORDS`)."""
    sent = parse.sentences[verb.sent]
    toks = parse.tokens
    ends = {s: e for s, e in actor.mentions if sent.start <= s < sent.end}
    if not ends:
        return False
    for t in toks[sent.first : sent.last]:
        if t.start not in ends:
            continue
        k = t.i
        while k + 1 < sent.last and toks[k + 1].start < ends[t.start]:
            k += 1  # the mention's last token
        if not (
            k + 2 < sent.last
            and toks[k + 1].text == "-"
            and toks[k + 2].text.lower() in BROKER_WORDS
        ):
            return False
    return True


#: Words that mark an act as done by its coordinated doers together ("jointly patrolled",
#: "held *joint* drills", "a *combined* operation"): the doers are each other's partners,
#: whatever the act is aimed at.
JOINT_ADVERBS = frozenset({"jointly", "together"})
JOINT_ADJECTIVES = frozenset({"joint", "combined"})


def _joint_marked(parse: Parse, verb: Token) -> bool:
    """The verb has "jointly" or "together", or its object (or the object of its "in"
    phrase: "broke up the ring in a joint operation") is modified by "joint"."""
    if any(a.lemma.lower() in JOINT_ADVERBS for a in kids(parse, verb.i, "advmod")):
        return True
    nouns = kids(parse, verb.i, "dobj") + prep_objects(parse, verb, "in")
    return any(m.lemma.lower() in JOINT_ADJECTIVES for n in nouns for m in kids(parse, n.i, "amod"))


def _each_other(parse: Parse, verb: Token) -> bool:
    """ "accused *each other*", "met *one another*": an object (or a prepositional one)
    that is a reciprocal pronoun."""
    objs = kids(parse, verb.i, "dobj")
    objs += [o for p in kids(parse, verb.i, "prep") for o in kids(parse, p.i, "pobj")]
    for obj in objs:
        if obj.lemma.lower() not in ("other", "another"):
            continue
        if any(d.lemma.lower() in ("each", "one") for d in parse.child_tokens[obj.i]):
            return True
        if obj.i > 0 and parse.tokens[obj.i - 1].text.lower() in ("each", "one"):
            return True
    return False


def passive_patient(
    parse: Parse, index: ActorIndex, trig: Trigger, event: Event, article_id: str
) -> Event:
    """The event with its roles set right when the rules took the subject of a passive verb
    with a "by" agent for the doer ("the mayor was shot by a gunman"): the subject receives
    the act and is the target; the agent (made by :func:`.sources.people_source` when no
    actor names it) is the source."""
    src = event.source
    if src is None or event.target is not None or trig.reverse or trig.nominal:
        return event
    verb = trig.token
    if not kids(parse, verb.i, "agent"):
        return event
    subj = kids(parse, verb.i, "nsubjpass")
    if not subj or not any(a.id == src.id for a in index.all_at(subj[0])):
        return event
    return with_target(replace(event, source=None), article_id, trig.token.start, src, "passive")
