"""The coder: triggers from the lexicon, source and target from the parse, codes from CAMEO.

Policy on actors: an event needs a source actor (an actor mention under the trigger's
subject, the passive agent, or the possessor/"by"/"between" argument of a nominal event).
A target with no country (say "peacekeepers") gives way to a country or
organisation named later in the same clause ("deployed peacekeepers in Iraq" -> Iraq), as
CAMEO coders do; with none, the clause's first other actor is the target. Events with no
identifiable source are dropped: an event without a "who" misleads a
dyadic analysis more than it informs it. The exception is protest and violence against a
named target ("three civilians were killed in a bombing", "thousands demonstrated in
Belgrade"): those are kept with ``source=None`` (see ``UNNAMED_PERPETRATOR_ROOTS``).
A missing target is allowed (``target=None``).
One event is made per (source, target) pair when either side is coordinated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..parse import Parse, Token
from ..records import Actor
from .lexicon import Lexicon, Pattern
from .modality import (
    INTENT_CODES,
    NEGATED_COOPERATION,
    THREAT_CODES,
    Mood,
    is_negated,
    obliging_clause,
)
from .syntax import (
    REPORT_VERBS,
    ActorIndex,
    actors_of,
    clause_verb,
    context_actors,
    governing_chain,
    is_placed,
    is_to_infinitive,
    kids,
    prep_objects,
    subject,
)

TARGET_PREPS = ("with", "at", "against", "to", "on", "into", "upon", "toward", "towards")
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
#: Governors whose xcomp act refines their own code instead of standing alone.
ABSORBING_ROOTS = frozenset({"02", "03", "10", "12", "13"})
#: Talks and the intent to meet: the "with" phrase on the verb or its object names the
#: partner, ahead of an actor in the object, which is the topic ("discussed Libya with Egypt",
#: "held talks with Egypt").
PARTNER_CODES = ("04", "036")
#: Verbs that voice a stance named by their object ("expressed Egypt's support", "reiterated
#: the party's opposition"): the stance's possessor is its owner, never the target (unlike
#: "rejected Iran's proposal", where the possessor is the one the act answers).
VOICING_VERBS = frozenset({"express", "voice", "reiterate", "reaffirm", "convey", "restate"})
#: Purposes that make a deployment military protection (CAMEO 074): "sent troops *to
#: defend* the kingdom", "deployed jets *to reassure* the Baltic states".
PROTECTION_PURPOSES = frozenset(
    {"defend", "protect", "guard", "shield", "reassure", "secure", "bolster", "safeguard"}
)
#: Acts that a past participle on a noun reports as a standing allegiance ("the rebels
#: *backed* by Peru", "a candidate endorsed by the party"), not as a new act.
ALLEGIANCE_ROOTS = ("05",)
#: Sending or deploying forces (a show of force, mobilising, military protection or
#: peacekeeping): their object is the source's own forces, the target is elsewhere.
DEPLOYING_CODES = ("15", "074")
OWN_FORCE_SECTORS = frozenset({"MIL", "COP"})
#: Coded acts whose "of" + gerund names an alleged deed ("accused Y *of shelling*"), which
#: is not coded as done (the accusation is the act).
ALLEGING_VERBS = frozenset({"accuse", "suspect", "allege", "convict", "acquit", "clear"})
#: Contact by telephone or in talk: a purpose of praise, thanks or apology ("called his
#: counterpart *to congratulate* him", "spoke to the emir *to thank* him") is the act the
#: call was made for (05x), as a phone call is only its medium.
CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "speak", "talk"})
APPEAL_CODES = {"04": "026", "08": "025", "03": "021", "05": "022", "06": "021", "07": "023"}
DEMAND_CODES = {"04": "106", "07": "103", "08": "105", "02": "100", "05": "102", "06": "101"}


@dataclass(frozen=True)
class Trigger:
    """A matched trigger before its arguments are found."""

    token: Token
    code: str
    rule: str
    specificity: float
    noun: Token | None = None  # the object noun of a light verb or frame
    preps: tuple[str, ...] = ()
    nominal: bool = False
    reverse: bool = False  # the subject receives the act, the preposition's object does it


@dataclass(frozen=True)
class Candidate:
    """One coded act with its actors (the stage turns it into an ``Event``)."""

    trigger: Trigger
    code: str
    source: Actor | None
    target: Actor | None
    mood: Mood
    modality: str
    prominence: int  # clause depth below the sentence's main act (0 = main)


def _prep_children(parse: Parse, verb: Token) -> list[Token]:
    """The verb's particles, prepositions and agent, and the prepositions on those (kept on
    the parse: matching the trigger and reading its arguments both ask)."""
    key = ("coder.preps", verb.i)
    found: tuple[Token, ...] | None = parse.memo.get(key)
    if found is None:
        found = parse.memo[key] = tuple(_preps_of(parse, verb))
    return list(found)


def _preps_of(parse: Parse, verb: Token) -> list[Token]:
    out = []
    for t in kids(parse, verb.i, "prt", "prep", "agent"):
        if t.text.lower() == "according":
            continue  # "according to X" names who reports it
        out.append(t)
        out.extend(kids(parse, t.i, "prep", "prt"))
    return out


def _object_preps(parse: Parse, verb: Token) -> list[Token]:
    """The verb's prepositions and those its object takes ("received $2 billion in aid
    *from* China": the parser may hang "from" on the object), the object of one of the
    verb's own prepositions included ("came under fire *from* X")."""
    out = [t for t in _prep_children(parse, verb) if t.i > verb.i]
    heads = kids(parse, verb.i, "dobj")
    heads += [o for p in out if p.dep == "prep" for o in _pobj(parse, p)]
    heads += [o for h in heads for p in kids(parse, h.i, "prep") for o in _pobj(parse, p)]
    return out + [p for h in heads for p in kids(parse, h.i, "prep")]


def _pobj(parse: Parse, prep: Token) -> list[Token]:
    return kids(parse, prep.i, "pobj", "pcomp")


class _Slots(dict[str, list[Token]]):
    """The tokens of each frame slot of ``verb`` (with the prepositions ``preps``), each read
    the first time a pattern asks for it: most patterns read the object alone."""

    def __init__(self, parse: Parse, verb: Token, preps: list[Token]) -> None:
        super().__init__()
        self.parse, self.verb, self.preps = parse, verb, preps

    def __missing__(self, slot: str) -> list[Token]:
        found = self[slot] = _SLOT_READERS[slot](self.parse, self.verb, self.preps)
        return found


def _slot_objects(parse: Parse, verb: Token, preps: list[Token]) -> list[Token]:
    objs = kids(parse, verb.i, "dobj")
    objs += [c for o in objs for c in kids(parse, o.i, "conj")]
    if kids(parse, verb.i, "auxpass"):
        objs += kids(parse, verb.i, "nsubjpass")
    elif verb.dep == "acl" and verb.tag == "VBN" and verb.head != verb.i:
        objs.append(parse.tokens[verb.head])  # "the sanctions imposed on Y": the object
    # "allowed inspectors to visit": the parser may hang the object as the subject of a
    # to-infinitive clause rather than as the verb's own object
    objs += [
        s
        for c in kids(parse, verb.i, "ccomp")
        if is_to_infinitive(parse, c)
        for s in kids(parse, c.i, "nsubj")
    ]
    objs += [o for p in preps for o in _pobj(parse, p)]
    objs += [x for o in list(objs) for x in _object_heads(parse, o)]
    return objs


def _slot_subjects(parse: Parse, verb: Token, _preps: list[Token]) -> list[Token]:
    subj = kids(parse, verb.i, "nsubj")
    return subj + [m for x in subj for m in _object_heads(parse, x)]


def _slot_clauses(parse: Parse, verb: Token, _preps: list[Token]) -> list[Token]:
    return kids(parse, verb.i, "xcomp", "ccomp")


def _slot_complements(parse: Parse, verb: Token, _preps: list[Token]) -> list[Token]:
    # "called the strikes *a war crime*", "called it an act *of terrorism*": the parser may
    # hang the label under the complement, or name it after "of"
    comps = kids(parse, verb.i, "xcomp", "ccomp", "acomp", "oprd", "attr")
    return (
        comps
        + [g for c in comps for g in kids(parse, c.i, "acomp", "oprd", "dobj")]
        + [h for c in comps for h in _object_heads(parse, c)]
    )


_SLOT_READERS = {
    "subj": _slot_subjects,
    "obj": _slot_objects,
    "xcomp": _slot_clauses,
    "comp": _slot_complements,
}


def _object_heads(parse: Parse, obj: Token) -> list[Token]:
    """Nouns that stand for an object in frames: its compounds ("aid program") and the
    noun after "of" ("a state of emergency", "part of an aid program")."""
    out = kids(parse, obj.i, "compound")
    heads = ("of", "in") if _amount(obj) else ("of",)  # "$200 million *in* emergency aid"
    of = [
        o for p in kids(parse, obj.i, "prep") if p.lemma.lower() in heads for o in _pobj(parse, p)
    ]
    return out + of + [c for o in of for c in kids(parse, o.i, "compound")]


#: Words that make an object a sum of money ("$40 billion in military assistance").
AMOUNT_WORDS = frozenset(
    [
        "million",
        "billion",
        "trillion",
        "$",
        "€",
        "£",
        "sum",
        "amount",
        "dollar",
        "euro",
        "pound",
        "yen",
        "yuan",
        "rupee",
        "franc",
        "shekel",
        "riyal",
        "dinar",
        "peso",
        "rouble",
        "ruble",
        "dirham",
        "lira",
    ]
)


def _amount(tok: Token) -> bool:
    return tok.tag == "CD" or tok.tag == "$" or tok.lemma.lower() in AMOUNT_WORDS


def verb_forms(verb: Token) -> list[str]:
    """The lemma, then guesses from the word when the lemmatiser slips ("staged" -> "stag")."""
    word = verb.text.lower()
    out = [verb.lemma.lower(), word]
    if word.endswith("ed"):
        out += [word[:-1], word[:-2]]
    return out


def infinitive_complements(parse: Parse, verb: Token) -> list[Token]:
    """xcomp/ccomp children, and "to"-infinitives the parser hangs as advcl ("sworn to fight")."""
    out = kids(parse, verb.i, "xcomp", "ccomp")
    return out + [a for a in kids(parse, verb.i, "advcl") if is_to_infinitive(parse, a)]


def _verb_patterns(lex: Lexicon, verb: Token) -> tuple[Pattern, ...]:
    """The patterns of the first of the verb's forms the lexicon knows."""
    for form in verb_forms(verb):
        found = lex.verb_patterns(form)
        if found:
            return found
    return ()


def match_verb(parse: Parse, lex: Lexicon, verb: Token) -> Trigger | None:
    """The most specific lexicon pattern whose particles, prepositions and frame fit."""
    patterns = _verb_patterns(lex, verb)
    if not patterns:
        return None
    prep_toks = [t for t in _prep_children(parse, verb) if t.i > verb.i]  # "lash out at"
    have = [p.lemma.lower() for p in prep_toks]
    object_preps: list[Token] | None = None
    object_have: list[str] = []
    slots_by_preps: dict[tuple[int, ...], _Slots] = {}
    for pat in patterns:  # (a verb may have dozens: the lemmas are lowered once, above)
        toks, words = prep_toks, have
        if pat.frame.reverse:
            if object_preps is None:
                object_preps = _object_preps(parse, verb)
                object_have = [t.lemma.lower() for t in object_preps]
            toks, words = object_preps, object_have
        if pat.preps and any(p not in have and p not in words for p in pat.preps):
            continue
        if not pat.frame.slots and not pat.frame.light:  # no frame: the slots go unread
            return Trigger(
                verb,
                pat.code,
                pat.origin,
                pat.specificity,
                None,
                pat.preps,
                reverse=pat.frame.reverse,
            )
        mine = [t for t, w in zip(toks, words, strict=True) if w in pat.preps]
        key = tuple(t.i for t in mine)
        slots = slots_by_preps.get(key)
        if slots is None:
            slots = slots_by_preps[key] = _Slots(parse, verb, mine)
        if not all(
            any(_fits(t, allowed, parse) for t in slots[s]) for s, allowed in pat.frame.slots
        ):
            continue
        noun = (
            next((t for t in slots["obj"] if _fits(t, pat.frame.slots[0][1], parse)), None)
            if pat.frame.slots and pat.frame.slots[0][0] == "obj"
            else None
        )
        if pat.frame.light:
            hit = _light(parse, lex, slots["obj"])
            if hit is None:
                continue
            return hit_from(verb, pat, hit)
        return Trigger(
            verb, pat.code, pat.origin, pat.specificity, noun, pat.preps, reverse=pat.frame.reverse
        )
    return None


def _fits(tok: Token, allowed: frozenset[str] | tuple[str, ...], parse: Parse) -> bool:
    """A frame word matches the token's lemma or its form ("talks", "negotiations" as
    written), or the word it closes with a hyphen ("cease-fire" for "ceasefire"); ``*``
    matches any word."""
    if "*" in allowed or tok.lemma.lower() in allowed or tok.text.lower() in allowed:
        return True
    joined = hyphenated(parse, tok)
    return joined is not None and joined in allowed


def hyphenated(parse: Parse, tok: Token) -> str | None:
    """The one word a hyphenated compound ending at ``tok`` is also written as ("cease-fire"
    -> "ceasefire", "air-strikes" -> "airstrike"), or None: the parser splits it into a
    compound, a hyphen and ``tok``."""
    if tok.i < 2:
        return None
    hyphen, first = parse.tokens[tok.i - 1], parse.tokens[tok.i - 2]
    if hyphen.text != "-" or first.head != tok.i or not first.text.isalpha():
        return None
    if first.end != hyphen.start or hyphen.end != tok.start:
        return None
    return (first.text + tok.lemma).lower()


def hit_from(verb: Token, pat: Pattern, hit: tuple[Token, Pattern]) -> Trigger:
    noun, npat = hit
    rule = f"{pat.origin}+{npat.origin}"
    return Trigger(verb, npat.code, rule, pat.specificity + npat.specificity, noun, pat.preps)


def _light(parse: Parse, lex: Lexicon, objs: list[Token]) -> tuple[Token, Pattern] | None:
    """The event noun a light verb takes ("held *talks*", "launched a mediation *effort*")."""
    for obj in objs:
        for noun in (obj, *kids(parse, obj.i, "compound")):
            npat = match_noun(parse, lex, noun)
            if npat is not None:
                return obj, npat
    return None


def match_noun(
    parse: Parse, lex: Lexicon, noun: Token, patterns: tuple[Pattern, ...] | None = None
) -> Pattern | None:
    """The event-noun pattern for ``noun`` whose modifier frame fits ("hunger strike");
    ``patterns``: its :func:`noun_patterns`, when the caller has them already."""
    mods = {t.lemma.lower() for t in kids(parse, noun.i, "compound", "amod", "nmod", "poss")}
    mods |= {t.text.lower() for t in kids(parse, noun.i, "compound", "amod", "nmod")}
    if patterns is None:
        patterns = noun_patterns(parse, lex, noun)
    for pat in patterns:
        if all(mods & allowed for _s, allowed in pat.frame.slots):
            return pat
    return None


def noun_patterns(parse: Parse, lex: Lexicon, noun: Token) -> tuple[Pattern, ...]:
    """The event-noun patterns the word may match: its hyphenated one-word form's, else its
    lemma's, else its form's (none: the noun is no event)."""
    joined = hyphenated(parse, noun)
    return (
        (lex.noun_patterns(joined) if joined else ())
        or lex.noun_patterns(noun.lemma.lower())
        or lex.noun_patterns(noun.text.lower())
    )


def find_triggers(parse: Parse, lex: Lexicon, first: int, last: int) -> list[Trigger]:
    """Verb triggers (plain, prepositional, framed, light) of one sentence."""
    out = []
    for tok in parse.tokens[first:last]:
        if tok.pos in ("VERB", "AUX") or (tok.pos == "NOUN" and tok.tag.startswith("VB")):
            trig = match_verb(parse, lex, tok)
            if trig is not None:
                out.append(trig)
    return out


def refine(parse: Parse, triggers: list[Trigger]) -> list[Trigger]:
    """Governors like "urge", "promise", "refuse", "threaten" take their code's detail from
    the act in their complement, which then does not stand alone; so does a call made for
    praise ("phoned X to congratulate him"); the deed an accusation names is dropped."""
    by_tok = {t.token.i: t for t in triggers}
    drop: set[int] = set()
    out = []
    for trig in triggers:
        code = trig.code
        root = code[:2]
        comps = infinitive_complements(parse, trig.token)
        if root == "15":  # "sent troops *to help*", the parser may hang it on the troops
            comps += [a for o in kids(parse, trig.token.i, "dobj") for a in _purposes(parse, o)]
        inner = [by_tok[c.i] for c in comps if c.i in by_tok]
        if trig.token.lemma.lower() in ALLEGING_VERBS:
            drop.update(c.i for c in alleged_acts(parse, trig.token) if c.i in by_tok)
        guard = [c for c in comps if c.lemma.lower() in PROTECTION_PURPOSES]
        if root == "15" and inner and inner[0].code.startswith("07"):
            # troops sent "to help flood victims", "to protect civilians": the aid is the act
            drop.update(i.token.i for i in inner)
            code = inner[0].code
        elif root == "15" and guard:
            # troops sent "to defend Saudi Arabia": military protection (074)
            drop.update(i.token.i for i in inner)
            code = "074"
        elif root == "04" and _contact_for_support(trig, inner):
            drop.update(i.token.i for i in inner)
            code = inner[0].code
        elif root in ABSORBING_ROOTS and inner:
            drop.update(i.token.i for i in inner)
            if is_negated(parse, inner[0].token) and not is_negated(parse, trig.token):
                code = "120" if root in ("03", "13") else code
            elif code.endswith("0"):
                code = _absorb(root, inner[0].code[:2], inner[0].code) or code
        out.append(replace(trig, code=code) if code != trig.code else trig)
    return [t for t in out if t.token.i not in drop]


def alleged_acts(parse: Parse, verb: Token) -> list[Token]:
    """The gerunds an accusation names ("accused Baku *of violating* the truce", "was
    convicted of *inciting* riots"): alleged or judged, not acts the report asserts."""
    return [
        c
        for p in kids(parse, verb.i, "prep")
        if p.lemma.lower() == "of"
        for c in kids(parse, p.i, "pcomp")
    ]


def _contact_for_support(trig: Trigger, inner: list[Trigger]) -> bool:
    """A call or talk whose purpose is a 05x act (praise, apology, support)."""
    return bool(inner) and trig.token.lemma.lower() in CONTACT_VERBS and inner[0].code[:2] == "05"


def _purposes(parse: Parse, noun: Token) -> list[Token]:
    """To-infinitives hanging on a noun ("troops *to help* the victims")."""
    return [a for a in kids(parse, noun.i, "acl", "relcl") if is_to_infinitive(parse, a)]


def _absorb(root: str, iroot: str, icode: str) -> str | None:
    if root == "02":
        return "027" if icode in ("087", "037", "057") else APPEAL_CODES.get(iroot)
    if root == "03":
        return "039" if icode == "045" else INTENT_CODES.get(iroot)
    if root == "10":  # an order to arrest, expel or close is the coercion itself
        return icode if iroot in ("15", "16", "17") else DEMAND_CODES.get(iroot)
    if root == "12":
        return NEGATED_COOPERATION.get(iroot)
    if root == "13":
        return THREAT_CODES.get(iroot)
    return None


def prominence(parse: Parse, tok: Token, triggers: frozenset[int] = frozenset()) -> int:
    """How many clause levels the act sits below the sentence's main act: governing verbs
    and event nouns count, reporting verbs ("X said ...") do not."""
    depth = 0
    for t in governing_chain(parse, tok)[1:]:
        verb = t.pos in ("VERB", "AUX") and t.lemma.lower() not in REPORT_VERBS
        if verb or t.i in triggers:
            depth += 1
    return depth


def verb_arguments(
    parse: Parse, index: ActorIndex, trig: Trigger, lex: Lexicon | None = None
) -> tuple[list[Actor], list[Actor]]:
    verb = trig.token
    subj, passive = subject(parse, verb)
    preps = _prep_children(parse, verb)
    if trig.reverse:
        return _reversed_arguments(parse, index, trig, subj, passive, preps)
    sources: list[Actor] = []
    targets: list[Actor] = []
    candidates: list[Token] = []
    if passive and verb.dep == "acl" and trig.code.startswith(ALLEGIANCE_ROOTS):
        return sources, targets  # "rebels backed by Y" says who they are, not a new act
    if passive:
        sources = [
            a
            for p in preps
            if p.dep == "agent"
            for o in _pobj(parse, p)
            for a in actors_of(parse, index, o)
        ]
        if not sources and lex is not None:
            sources = _instrument_actors(parse, index, lex, preps)
        if subj is not None:
            candidates.append(subj)
    elif subj is not None:
        sources = actors_of(parse, index, subj) or speaker_for(parse, index, subj)
        infinitive = verb.dep == "relcl" and is_to_infinitive(parse, verb)
        if not sources and (verb.dep == "acl" or infinitive) and subj.i == verb.head:
            # "X issued a declaration demanding ...", "X took steps to isolate Y": the
            # noun's issuer
            issuer, passive_issuer = subject(parse, clause_verb(parse, subj))
            if issuer is not None and not passive_issuer and issuer.i != subj.i:
                sources = actors_of(parse, index, issuer)
    objs = kids(parse, verb.i, "dobj", "dative")
    if trig.code[:2] >= "10":  # "lodged a protest with the AU against Y": Y, not the forum
        candidates += [
            o for d in objs if not index.all_at(d) for o in prep_objects(parse, d, "against")
        ]
    if trig.code.startswith(PARTNER_CODES):  # "discussed Libya with Egypt": the partner
        candidates += [o for h in (verb, *objs) for o in prep_objects(parse, h, "with")]
    candidates += objs
    candidates += [o for p in preps if p.lemma.lower() in trig.preps for o in _pobj(parse, p)]
    candidates += [o for p in target_preps(preps, trig.code) for o in _pobj(parse, p)]
    for comp in kids(parse, verb.i, "ccomp", "xcomp"):
        candidates += kids(parse, comp.i, "nsubj", "nsubjpass")
    for comp in kids(parse, verb.i, "xcomp"):  # "threatened to stop talks with Y"
        candidates += kids(parse, comp.i, "dobj", "dative")
        candidates += [
            o
            for p in _prep_children(parse, comp)
            if p.lemma.lower() in TARGET_PREPS
            for o in _pobj(parse, p)
        ]
    own = {a.id for a in sources}
    noun = trig.noun
    if noun is not None and noun.i != verb.i and verb.lemma.lower() in VOICING_VERBS:
        # "voiced Egypt's support for Y": the stance's owner speaks, it is not the target
        own |= {a.id for p in kids(parse, noun.i, "poss") for a in index.all_at(p)}
    deploying = trig.code.startswith(DEPLOYING_CODES)

    def others(found: list[Actor]) -> list[Actor]:
        """Not the source, nor the forces a deployment sends (its own)."""
        return [a for a in found if a.id not in own and not (deploying and own_force(a, sources))]

    for cand in candidates:  # "withdrew its troops from Peru": the troops are its own
        targets = actors_of(parse, index, cand)
        if others(targets):
            targets = targets if not deploying else others(targets)
            break
    else:
        targets = []
    own_place = [o for p in preps if p.lemma.lower() in trig.preps for o in _pobj(parse, p)]
    if own_place and not targets:
        return sources, targets  # "arrived in Islamabad": the place is the target slot
    if sources and not any(is_placed(a) for a in targets):
        context = others(context_actors(parse, index, verb))
        better = [a for a in context if is_placed(a)][:1]
        targets = better or targets or context[:1]
    return sources, targets


def target_preps(preps: list[Token], code: str) -> list[Token]:
    """The verb's prepositions that may name the target, in order; in a conflict (CAMEO 10
    to 20) an "against" phrase first: "filed a complaint with the UN against Britain",
    "lodged a protest with the AU against Somalia" (the "with" phrase is the forum)."""
    out = [p for p in preps if p.lemma.lower() in TARGET_PREPS]
    if code[:2] >= "10":
        out.sort(key=lambda p: p.lemma.lower() != "against")
    return out


def own_force(actor: Actor, sources: list[Actor]) -> bool:
    """Armed forces or police that are the source's own (no country, or a source's
    country): what a deployment sends ("deployed troops along the border"), not at whom."""
    if actor.sector not in OWN_FORCE_SECTORS or not sources:
        return False
    return actor.country is None or any(actor.country == s.country for s in sources)


def _reversed_arguments(
    parse: Parse,
    index: ActorIndex,
    trig: Trigger,
    subj: Token | None,
    passive: bool,
    preps: list[Token],
) -> tuple[list[Actor], list[Actor]]:
    """ "X received aid from Y": Y (the object of the pattern's preposition) is the source
    and X (the subject, or a reporting speaker's pronoun) the target; with no such
    preposition there is no source. A passive ("aid was received from Y") has no target."""
    sources = [
        a
        for p in (*preps, *_object_preps(parse, trig.token))
        if p.lemma.lower() in trig.preps
        for o in _pobj(parse, p)
        for a in actors_of(parse, index, o)
    ]
    sources = list({a.id: a for a in sources}.values())
    targets: list[Actor] = []
    if subj is not None and not passive:
        targets = actors_of(parse, index, subj) or speaker_for(parse, index, subj)
    ids = {a.id for a in sources}
    return sources, [a for a in targets if a.id not in ids]


def speaker_for(parse: Parse, index: ActorIndex, subj: Token) -> list[Actor]:
    """An unresolved pronoun subject inside reported speech ("Syria says *it* will ...",
    "'*We* will march,' the group said") stands for the speaker: the subject of the
    nearest reporting verb above it."""
    if subj.pos != "PRON" or subj.text.lower() not in SPEAKER_PRONOUNS:
        return []
    for t in governing_chain(parse, subj)[1:]:
        if t.lemma.lower() in REPORT_VERBS:
            speaker, _ = subject(parse, t)
            return actors_of(parse, index, speaker) if speaker is not None else []
    if subj.text.lower() in ("we", "i"):
        return quote_speaker(parse, index, subj.sent)
    return []


def quote_speaker(parse: Parse, index: ActorIndex, k: int) -> list[Actor]:
    """The speaker of a quotation that runs over several sentences: "we" in a quoted
    sentence with no cue of its own is the subject of the cue verb in the sentence after
    it or before it, when that sentence is quoted too."""
    for j in (k, k + 1, k - 1):
        if not 0 <= j < len(parse.sentences):
            continue
        sent = parse.sentences[j]
        toks = parse.tokens[sent.first : sent.last]
        if not any(t.text in QUOTE_MARKS for t in toks):
            continue
        for t in toks:
            if t.lemma.lower() in REPORT_VERBS:
                speaker, _ = subject(parse, t)
                found = actors_of(parse, index, speaker) if speaker is not None else []
                if found:
                    return found
    return []


def _instrument_actors(
    parse: Parse, index: ActorIndex, lex: Lexicon, preps: list[Token]
) -> list[Actor]:
    """A passive act done "in"/"by"/"during" an event that names its doer ("was killed in a
    US drone strike", "were wounded in a rebel attack"): the doer is the source."""
    for p in preps:
        if p.lemma.lower() not in ("in", "by", "during"):
            continue
        for noun in _pobj(parse, p):
            if match_noun(parse, lex, noun) is None:
                continue
            for i in parse.subtree(noun.i):  # pre-modifiers: "a 2016 US drone strike"
                found = index.all_at(parse.tokens[i]) if i < noun.i else []
                if found:
                    return found[:1]
    return []


def demand_from_report(parse: Parse, verb: Token) -> Token | None:
    """ "X said Y must do Z": the clause under a reporting verb with must/should (or
    "ought/needs/has to")."""
    if verb.lemma.lower() not in REPORT_VERBS:
        return None
    for comp in kids(parse, verb.i, "ccomp"):
        aux = {a.lemma.lower() for a in kids(parse, comp.i, "aux")}
        obliged = aux & {"must", "should", "ought"} or obliging_clause(parse, comp)
        if obliged and kids(parse, comp.i, "nsubj"):  # or "ought/needs/has to"
            return comp
    return None
