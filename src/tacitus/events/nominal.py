"""Nominal events: "the meeting between A and B", "fighting between X and Y", "X's attack on
Y", "a march by Z". A noun from ``event_nouns.tsv`` becomes an event only when the phrase
itself names who acted: a "between" pair, a possessor, a "by" agent or an actor modifier
("a US drone strike"). Nouns that a verb trigger already used ("held talks") are skipped.
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Actor
from .coder import Trigger, match_noun, noun_patterns
from .lexicon import Lexicon
from .sense import noun_frame, resolve, rules_for
from .syntax import ActorIndex, actors_of, clause_verb, kids, subject

NOMINAL_TARGET_PREPS = ("with", "against", "on", "into", "upon", "toward", "towards", "to")
#: A noun under these prepositions is a goal or topic, not an act that happened
#: ("calls for a ceasefire", "hopes of talks").
PARTY_DEPS = frozenset({"pobj", "conj", "nmod", "appos"})
#: Nouns for a state of affairs ("America's longest war"): events only with named parties
#: ("war between X and Y", "violence against Z"), never from a possessor alone.
STATE_NOUNS = frozenset({"war", "conflict", "violence", "hostilities", "unrest", "crisis"})
GERUND_DEPS = frozenset({"nsubj", "csubj", "nsubjpass", "dobj", "pobj"})
#: "a press release", "a news conference" are not acts between actors; "a price war", "a
#: patent battle", "a campaign offensive" are not fighting.
NON_EVENT_MODIFIERS = frozenset(
    {
        "press",
        "news",
        "media",
        "price",
        "pricing",
        "patent",
        "tariff",
        "currency",
        "culture",
        "turf",
        "legal",
        "court",
        "courtroom",
        "bidding",
        "ratings",
        "advertising",
        "marketing",
        "charm",
        "verbal",
        "word",
        "flame",
        "campaign",
        "election",
        "electoral",
        "propaganda",
        "pr",
        "sales",
        "takeover",
        "bid",
        "fare",
        "format",
        "console",
        "streaming",
    }
)
#: Determiners that deny the event ("*no* request was sent").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
#: Either kind of modifier: a noun with one names no act (joined once, not per noun).
NOT_AN_ACT_MODIFIERS = NON_EVENT_MODIFIERS | NEGATIVE_DETERMINERS
#: "under sanctions", "under occupation" and "since the war" name a standing state or a
#: past landmark, not an act.
NON_EVENT_PREPS = frozenset(
    {"for", "of", "about", "over", "toward", "towards", "under", "since", "throughout"}
)
#: Gifts whose giver follows "from" ("aid *from* Japan", "donations from Ireland").
FROM_SOURCE_NOUNS = frozenset(
    {"aid", "assistance", "donation", "donations", "relief", "loan", "grant", "help"}
)
#: Agent nouns that say who acts when they are the complement of a copula ("Germany is the
#: largest *donor* to the fund", "Norway remains a major donor").
AGENT_NOUNS = frozenset({"donor", "donors"})
COPULAS = frozenset({"be", "remain", "become", "stay"})
#: Acts whose doer follows "of" ("the visit *of the Pope* to Iraq", "the withdrawal *of US
#: troops* from Kabul", "the deployment *of Chinese warships*"): one goes, or is sent,
#: somewhere. Other acts take their patient there ("the arrest *of* the editor").
OF_DOER_NOUNS = frozenset(
    {"visit", "visits", "trip", "withdrawal", "pullout", "deployment", "arrival", "departure"}
)
#: Verbs that say an act happened, with the act for their subject: the parser hangs the
#: act's "between" pair on them ("fighting *erupted between* the army and the RSF",
#: "talks *took place between* Serbia and Kosovo").
OCCURRENCE_VERBS = frozenset(
    {
        "erupt",
        "break",
        "flare",
        "occur",
        "happen",
        "take",
        "continue",
        "resume",
        "rage",
        "intensify",
        "escalate",
        "begin",
        "start",
        "open",
        "end",
        "conclude",
    }
)
PAIR_PREPS = ("between", "among")
#: Prepositions that put a copula's subject in a place ("is *in* Beijing", "was *at* the UN").
THERE_PREPS = frozenset({"in", "at"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})
#: Prepositions that make a noun's act the setting of its clause ("raised it *during* talks
#: with Biden", "spoke *at* a meeting with Erdogan"): the clause's subject took part.
SETTING_PREPS = frozenset({"at", "during", "in", "after", "following"})
MEETING_ROOT = "04"  # the acts a stay somewhere is "for" (talks, a summit, a visit)
#: Verbs that bring a gift or a word to its receiver, with the act for their subject and
#: its giver after "from" ("help *came from* Qatar", "aid *poured in from* the Gulf").
ARRIVAL_VERBS = frozenset({"come", "arrive", "pour", "flow", "flood"})
#: Acts whose doer such a "from" names: gifts, and support or criticism voiced.
FROM_DOER_NOUNS = FROM_SOURCE_NOUNS | {
    "support",
    "backing",
    "criticism",
    "condemnation",
    "praise",
    "pressure",
}


def find_nominals(
    parse: Parse, lex: Lexicon, first: int, last: int, used: set[int]
) -> list[Trigger]:
    out = []
    for tok in parse.tokens[first:last]:
        gerund = tok.tag == "VBG" and tok.dep in GERUND_DEPS  # "Fighting between X and Y"
        if not (tok.pos in ("NOUN", "PROPN") or gerund) or tok.i in used:
            continue
        purpose = tok.dep == "pobj" and parse.tokens[tok.head].lemma.lower() in NON_EVENT_PREPS
        if purpose and _there_for(parse, tok) is None:
            continue
        patterns = noun_patterns(parse, lex, tok)
        if not patterns:
            continue  # no event noun: nothing to check
        if _not_an_act(parse, tok):
            continue
        pat = match_noun(parse, lex, tok, patterns)
        if pat is None:
            continue
        code: str | None = pat.code
        if rules_for(pat.code, tok.lemma.lower()):  # the frame only where a rule may apply
            code = resolve(pat.code, noun_frame(parse, tok))
        if code is not None and not (purpose and not code.startswith(MEETING_ROOT)):
            out.append(Trigger(tok, code, pat.origin, pat.specificity, tok, (), True))
    return out


def _not_an_act(parse: Parse, tok: Token) -> bool:
    """A noun that names no act here: denied ("no talks"), a modifier of another noun
    ("an *attack* ad", "a *war* chest"), an act of another field ("a price war"), or one
    dated to a past year ("the 1962 war", "the 2003 invasion": history, not news)."""
    if tok.dep == "compound" and parse.tokens[tok.head].pos in ("NOUN", "PROPN"):
        return True
    mods = kids(parse, tok.i, "compound", "amod", "nmod", "det", "nummod", "poss")
    words = {m.lemma.lower() for m in mods} | {m.text.lower() for m in mods}
    if words & NOT_AN_ACT_MODIFIERS:
        return True
    return any(_is_year(m) for m in mods) or any(
        _is_year(o)
        for p in kids(parse, tok.i, "prep")
        if p.lemma.lower() in ("of", "in")
        for o in kids(parse, p.i, "pobj")
    )


def _is_year(tok: Token) -> bool:
    text = tok.text.lstrip("'’")
    return text.isdigit() and len(text) == 4 and 1500 <= int(text) < 2100


def _parties(parse: Parse, index: ActorIndex, objs: list[Token]) -> list[Actor]:
    """Actors heading nouns under a "between" phrase, in order ("between the Taliban and
    Afghan forces" even when parsed as one noun phrase)."""
    out: list[Actor] = []
    for o in objs:
        for i in parse.subtree(o.i):
            t = parse.tokens[i]
            if t.i != o.i and t.dep not in PARTY_DEPS:
                continue
            for a in index.all_at(t):
                if all(a.id != b.id for b in out):
                    out.append(a)
    return out


def clause_subject_actors(parse: Parse, index: ActorIndex, noun: Token) -> list[Actor]:
    """The actors of the subject of the verb that governs ``noun``."""
    verb = clause_verb(parse, noun)
    subj, passive = subject(parse, verb)
    return [] if subj is None or passive else actors_of(parse, index, subj)


def copula_subject_actors(parse: Parse, index: ActorIndex, noun: Token) -> list[Actor]:
    """The subject's actors when ``noun`` completes a copula ("*Japan* is the largest donor")."""
    if noun.dep != "attr" or noun.head == noun.i:
        return []
    verb = parse.tokens[noun.head]
    if verb.lemma.lower() not in COPULAS:
        return []
    return [a for s in kids(parse, verb.i, "nsubj") for a in actors_of(parse, index, s)]


def arrival_source_actors(parse: Parse, index: ActorIndex, noun: Token) -> list[Actor]:
    """The actors after "from" on the verb of arrival ``noun`` is the subject of ("support
    came *from* Berlin")."""
    verb = parse.tokens[noun.head]
    if noun.dep != "nsubj" or verb.lemma.lower() not in ARRIVAL_VERBS:
        return []
    return [
        a
        for p in kids(parse, verb.i, "prep")
        if p.lemma.lower() == "from"
        for o in kids(parse, p.i, "pobj")
        for a in actors_of(parse, index, o)
    ]


def _own_and_hung_between(parse: Parse, index: ActorIndex, noun: Token) -> list[Token]:
    """The noun's prepositions, and a "between" the parser hung on the verb the noun is the
    subject of when that verb says the act happened (:data:`OCCURRENCE_VERBS`) or is a
    passive ("a truce was agreed between ...", "talks were held between ..."), or on the
    object of one of the noun's prepositions when the noun has none of its own ("clashes on
    the border *between* Afghan and Pakistani forces": the parties of the clash). Only
    between forces, groups or people: "the road between Kabul and Jalalabad" names places,
    not parties. Its pair is read first, as the noun's own would be."""
    preps = kids(parse, noun.i, "prep")
    if any(p.lemma.lower() in PAIR_PREPS for p in preps):
        return preps
    verb = parse.tokens[noun.head]
    said = noun.dep == "nsubj" and verb.lemma.lower() in OCCURRENCE_VERBS
    if said or noun.dep == "nsubjpass":  # "talks *were held between* X and Y"
        hung = [p for p in kids(parse, verb.i, "prep") if p.lemma.lower() in PAIR_PREPS]
        if hung:
            return [*hung, *preps]
    for p in preps:
        for o in kids(parse, p.i, "pobj"):
            for b in kids(parse, o.i, "prep"):
                if b.lemma.lower() != "between":
                    continue
                pair = [a for x in kids(parse, b.i, "pobj") for a in actors_of(parse, index, x)]
                if len(pair) >= 2 and all(a.kind != "state" for a in pair):
                    return [b, *preps]
    return preps


def _there_for(parse: Parse, noun: Token) -> Token | None:
    """The copula of "X is in Beijing *for* talks with Y", "was at the UN *for* a summit":
    a visit told with "be", its purpose the meeting noun (wire copy's "is in Kyiv for
    talks" reports the talks, as "flew to Kyiv for talks" does). Only a meeting noun
    (CAMEO 04), only with the copula's own "in" or "at" a named place; not "hopes for
    talks" or "ready for talks" (the "for" hangs on a noun or an adjective there)."""
    prep = parse.tokens[noun.head]
    if noun.dep != "pobj" or prep.lemma.lower() != "for" or prep.dep != "prep":
        return None
    verb = parse.tokens[prep.head]
    if verb.lemma.lower() not in COPULAS or not kids(parse, verb.i, "nsubj"):
        return None
    there = [
        o
        for p in kids(parse, verb.i, "prep")
        if p.lemma.lower() in THERE_PREPS
        for o in kids(parse, p.i, "pobj")
    ]
    return verb if any(o.ent in PLACE_ENTITIES for o in there) else None


def passive_sides(
    parse: Parse, index: ActorIndex, trig: Trigger, sources: list[Actor], targets: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """The sides of a verb trigger in the passive with no agent: its "between" pair ("talks
    *were held between* Armenia and Azerbaijan", "a truce was signed between X and Y"), as
    for the noun's own "between"; or, when its event noun is one whose doer follows "of",
    that doer ("the withdrawal *of US troops* was completed"). Else the sides as found."""
    verb = trig.token
    if sources or trig.nominal or not kids(parse, verb.i, "nsubjpass", "auxpass"):
        return sources, targets
    if kids(parse, verb.i, "agent") or _denied_subject(parse, verb):
        return sources, targets
    for p in kids(parse, verb.i, "prep"):
        if p.lemma.lower() not in PAIR_PREPS:
            continue
        objs = kids(parse, p.i, "pobj")
        pair = [a for o in objs for a in actors_of(parse, index, o)]
        if len(pair) < 2:
            pair = _parties(parse, index, objs) or pair
        if len(pair) >= 2:
            return pair[:1], pair[1:]
    if trig.noun is not None and trig.noun.lemma.lower() in OF_DOER_NOUNS:
        doers = _of_actors(parse, index, trig.noun)
        if doers:
            return doers, [t for t in targets if all(t.id != d.id for d in doers)]
    return sources, targets


def _of_actors(parse: Parse, index: ActorIndex, noun: Token) -> list[Actor]:
    """The actors of the noun's "of" phrase."""
    return [
        a
        for p in kids(parse, noun.i, "prep")
        if p.lemma.lower() == "of"
        for o in kids(parse, p.i, "pobj")
        for a in actors_of(parse, index, o)
    ]


def _setting_subject(parse: Parse, index: ActorIndex, noun: Token) -> list[Actor]:
    """The clause subject's actors when the noun's act, done "with" someone, is the setting
    of the clause ("Xi raised Taiwan *during talks with Biden*", "clashes with police"
    after "after"): a joint act, so the subject is its other side. Not an act "on" or
    "against" someone ("after an attack on its embassy, France ..." did not attack it)."""
    prep = parse.tokens[noun.head]
    if noun.dep != "pobj" or prep.dep != "prep" or prep.lemma.lower() not in SETTING_PREPS:
        return []
    if not any(p.lemma.lower() == "with" for p in kids(parse, noun.i, "prep")):
        return []
    return clause_subject_actors(parse, index, noun)


def _denied_subject(parse: Parse, verb: Token) -> bool:
    """The passive's subject is denied by its determiner ("*no* talks were held")."""
    return any(
        d.lemma.lower() in NEGATIVE_DETERMINERS
        for s in kids(parse, verb.i, "nsubjpass")
        for d in kids(parse, s.i, "det", "neg")
    )


def _agent_hung_on_patient(
    parse: Parse, index: ActorIndex, noun: Token
) -> tuple[list[Actor], list[Actor]]:
    """The "by" agent the parser hung on the object of the noun's "of" ("the killing of a
    protester *by police*", "the arrest of the editor *by the army*"), and that object:
    in "the ACT of Y by Z", Z did the act to Y. Not when the noun names a state of affairs."""
    if noun.lemma.lower() in STATE_NOUNS:
        return [], []
    for p in kids(parse, noun.i, "prep"):
        if p.lemma.lower() != "of":
            continue
        for o in kids(parse, p.i, "pobj"):
            agents = [
                a
                for b in kids(parse, o.i, "prep")
                if b.lemma.lower() == "by"
                for x in kids(parse, b.i, "pobj")
                for a in actors_of(parse, index, x)
            ]
            if agents:
                return agents, actors_of(parse, index, o)
    return [], []


def nominal_arguments(
    parse: Parse, index: ActorIndex, noun: Token
) -> tuple[list[Actor], list[Actor]]:
    sources: list[Actor] = []
    targets: list[Actor] = []
    for prep in _own_and_hung_between(parse, index, noun):
        objs = kids(parse, prep.i, "pobj")
        word = prep.lemma.lower()
        if word in PAIR_PREPS:
            pair = [a for o in objs for a in actors_of(parse, index, o)]
            if len(pair) < 2:  # the parser may miss the coordination: take the parties
                pair = _parties(parse, index, objs) or pair
            if pair:
                sources, targets = pair[:1], pair[1:]
        elif not sources and (
            word == "by" or (word == "from" and noun.lemma.lower() in FROM_SOURCE_NOUNS)
        ):
            sources = [a for o in objs for a in actors_of(parse, index, o)]
        elif word in NOMINAL_TARGET_PREPS and not targets:
            targets = [a for o in objs for a in actors_of(parse, index, o)]
    if not sources:
        sources, patients = _agent_hung_on_patient(parse, index, noun)
        targets = targets or patients
    if not sources and targets:
        sources = _setting_subject(parse, index, noun)
    there = None if sources else _there_for(parse, noun)
    if there is not None:  # "Blinken is in Cairo for talks": the visitor
        sources = [a for x in kids(parse, there.i, "nsubj") for a in actors_of(parse, index, x)]
    if not sources and noun.lemma.lower() not in STATE_NOUNS:
        for mod in kids(parse, noun.i, "poss", "compound", "amod", "nmod"):
            found = index.at(mod)
            if found is None and mod.dep == "poss" and mod.pos == "PRON":
                sources = clause_subject_actors(parse, index, noun)  # "X renewed *its* demand"
                break
            if found is not None:
                sources = [found]
                break
    if not sources and noun.lemma.lower() in OF_DOER_NOUNS:
        sources = _of_actors(parse, index, noun)
    if not sources and noun.lemma.lower() in AGENT_NOUNS:
        sources = copula_subject_actors(parse, index, noun)
    if not sources and noun.lemma.lower() in FROM_DOER_NOUNS:
        sources = arrival_source_actors(parse, index, noun)
    if not targets:  # "its demand that Israel ease ...": the demanded party
        targets = [
            a
            for c in kids(parse, noun.i, "acl", "ccomp")
            for s in kids(parse, c.i, "nsubj")
            for a in actors_of(parse, index, s)
        ]
    return sources, [t for t in targets if all(t.id != s.id for s in sources)]
