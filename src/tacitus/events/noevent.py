"""Passages with no codable event: checks by genre, register and clause that quiet an act.

A news passage with no political event still has verbs the lexicon knows: a legislature
"rejected an amendment", a judge "dismissed the lawsuit", "residents complained", a
chief executive "promised higher dividends", a president "visited flooded villages",
"the Yankees invaded Fenway Park". What they share is not the verb but the frame:

- **no one acted on**: a verbal act (statements, appeals, intents, talks, support,
  inquiries, demands, criticism, refusals, threats: CAMEO 01 to 05 and 09 to 13) with no
  target whose object, or its infinitive's object, is a procedure, a document or a
  figure ("vetoed the *bill*", "rejected the *estimate*", "defended the *budget*",
  "will review the *data*", "agreed to cut 6,000 *jobs*"); a visit or meeting with
  no one named to visit or meet; a return to the doer's own country;
- **a generic public** as the doer of a verbal act, with nothing naming whose
  ("*Critics* praised", "*Residents* complained"; not "Hamas supporters");
- **reporting formulas**: a statement with no addressee and no PLOVER type (CAMEO 01x
  but denials: "would comment once he had read it", "was weighing her options") and a
  refusal to tell ("declined to comment", "refused to discuss the details");
- **sport**: force, threats and coercion in a passage written in the register of sport
  (its sentence or a neighbour has a score or a word of sport) with no word of violence;
  conceding and hosting there too ("conceded two late goals", "will host the final"), and a
  rally with a score in its own sentence ("rallied to beat the Yankees 6-5");
- **a condition**: the act of an if- or unless-clause ("*If* Washington imposed tariffs,
  Europe could retaliate"), supposed, not reported;
- **history told by decade**: an act spread over a decade ("armed the rebels *through
  the 1980s*") is background whatever year the article was written.

Tried and dropped, because they lowered the PLOVER dev sets (whose gold codes these as
events): verbal acts of firms, papers or civilians with no political side (only a firm's
or a union's market deal, named by its object, is quiet: see
:func:`tacitus.events.noevent_frames.market_deal`), a court's acts
on private parties, acts in a passage about an election campaign, and acts dated to a
bare year in an undated article, and every hypothetical or negated act (the PLOVER gold
codes "refused to" and "did not" acts, and threats under "if", as events).

Ordinary crime told as a story (police arrests, criminals' force on private people, a
court's routine, with no political side near) is read by :mod:`.noevent_crime`.

Each check reads the trigger's own tokens and children, the candidate's actors, and the
words of its sentence and its two neighbours (kept on the parse once per sentence), so the
cost is a few dictionary look-ups per candidate.
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Event
from . import (
    noevent_civic,
    noevent_crime,
    noevent_figurative,
    noevent_frames,
    noevent_legis,
    noevent_misc,
)
from .coder import Candidate
from .modality import scenario
from .noevent_history import told_as_history
from .sense import SCORE, _is_year, near, sentence_words, word_class
from .syntax import is_to_infinitive, kids, subject

#: Code roots of verbal acts: statements, appeals, intents, talks, support, inquiries,
#: demands, criticism, refusals and threats (not cooperation, aid or yielding, which are
#: done to something, nor protest, force or coercion).
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
#: Roots a sport passage uses in another sense ("attacked", "invaded", "threatened").
SPORT_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
#: Objects that are procedure, documents or figures, not a party acted on: a verbal act
#: on one with no target is a legislature's, a court's or a market's business.
ARTEFACTS = frozenset(
    {
        "bill",
        "amendment",
        "measure",
        "legislation",
        "budget",
        "nomination",
        "motion",
        "estimate",
        "forecast",
        "compromise",
        "lawsuit",
        "suit",
        "injunction",
        "dividend",
        "price",
        "figure",
        "data",
        "datum",
        "job",
        "layoff",
        "selection",
        "return",
        "record",
        "appropriation",
        "ordinance",
        "option",
        "zoning",
        "rezoning",
    }
)
#: What a spokesman declines to tell about ("declined to discuss the details").
INFORMATION = frozenset(
    {
        "comment",
        "detail",
        "specific",
        "record",
        "return",
        "information",
        "document",
        "figure",
        "data",
        "name",
        "result",
        "statement",
        "question",
        "transcript",
        "email",
        "report",
    }
)
#: Verbs of telling whose refusal is a reporting formula on their own ("declined to
#: comment", "refused to say").
TELLING = frozenset({"comment", "discuss", "say", "confirm", "elaborate", "speculate"})
#: Visits, tours and meetings: with no one named to visit or meet, no act between parties.
TRAVEL = frozenset({"visit", "tour", "meet", "return"})
#: A doer named only as a generic public: no party, state or group (CAMEO codes none).
GENERIC_DOERS = frozenset(
    {
        "critic",
        "supporter",
        "opponent",
        "resident",
        "neighbour",
        "neighbor",
        "local",
        "observer",
        "analyst",
        "economist",
        "expert",
        "commentator",
        "pundit",
        "fan",
        "viewer",
        "reader",
        "investor",
        "shareholder",
        "customer",
        "consumer",
        "shopper",
        "parent",
        "homeowner",
        "commuter",
        "passenger",
        "skeptic",
        "sceptic",
        "detractor",
        "admirer",
        "colleague",
        "friend",
        "many",
        "some",
        "other",
    }
)
#: Prepositions that spread an act over a decade ("through the 1980s").
DECADE_PREPS = frozenset({"through", "throughout", "across", "over"})


def quiet(parse: Parse, cand: Candidate, event: Event) -> bool:
    """True when the event, as finally coded (its code and sides after the model and the
    target rules), is no codable event by its frame (see the module doc)."""
    root = event.cameo[:2]
    verb = cand.trigger.token
    if condition(parse, verb) or noevent_misc.quiet(parse, verb) or capacity(parse, verb):
        return True
    if scenario(parse, verb, cand.trigger.nominal):
        return True
    if root in SPORT_ROOTS and sport_register(parse, verb):
        return True
    if sport_play(parse, verb, root):
        return True
    if decade_dated(parse, verb) or noevent_frames.quiet(parse, cand, event):
        return True
    if told_as_history(parse, cand) or noevent_civic.quiet(parse, cand, event):
        return True
    if noevent_figurative.quiet(parse, cand, event):
        return True
    if noevent_legis.quiet(parse, cand, event) or noevent_crime.quiet(parse, cand, event):
        return True
    if root not in VERBAL_ROOTS or cand.trigger.nominal:
        return False
    if event.target is None and (
        (root == "01" and event.plover is None)
        or _artefact(parse, verb)
        or _withheld(parse, verb)
        or (root == "04" and verb.lemma.lower() in TRAVEL)
    ):
        return True
    if root == "04" and _home(verb, event):
        return True
    return generic_doer(parse, verb) and not _public_on_state(root, event)


#: Demands, accusations and protests a public makes of a state organ ("Angry residents
#: demanded that the police find the killers", "Residents blamed the authorities for ...")
#: are acts on that organ, whoever makes them; other acts of a generic public stay quiet.
PUBLIC_ON_STATE_ROOTS = frozenset({"10", "11", "14"})
STATE_ORGANS = frozenset({"GOV", "COP", "MIL", "JUD"})


def _public_on_state(root: str, event: Event) -> bool:
    tgt = event.target
    return root in PUBLIC_ON_STATE_ROOTS and tgt is not None and tgt.sector in STATE_ORGANS


def _lemmas(toks: list[Token]) -> set[str]:
    """Lemmas and forms (the lemmatiser slips: "taxes" -> "taxis")."""
    return {t.lemma.lower() for t in toks} | {t.text.lower() for t in toks}


def _artefact(parse: Parse, verb: Token) -> bool:
    """The verb's object (or the object of its "against"/"on" phrase) is a procedure or a
    figure: "vetoed the bill", "defended the budget against ...", "lobbied against it"."""
    objs = kids(parse, verb.i, "dobj", "nsubjpass")
    objs += [o for x in kids(parse, verb.i, "xcomp") for o in kids(parse, x.i, "dobj")]
    objs += [c for o in objs for c in kids(parse, o.i, "conj")]
    for p in kids(parse, verb.i, "prep"):
        if p.lemma.lower() in ("against", "on", "over"):
            objs += kids(parse, p.i, "pobj")
    return bool(_lemmas([o for o in objs if not _return_of(parse, o)]) & ARTEFACTS)


def _return_of(parse: Parse, obj: Token) -> bool:
    """ "the return *of* their lands", "of the hostages": the act of giving back, not a
    tax return or a figure (the artefact "return")."""
    return obj.lemma.lower() == "return" and any(
        p.lemma.lower() == "of" for p in kids(parse, obj.i, "prep")
    )


def _withheld(parse: Parse, verb: Token) -> bool:
    """A refusal to tell ("declined to *comment*", "refused to *discuss* the details"): a
    reporting formula, not a rejection of anyone."""
    for comp in kids(parse, verb.i, "xcomp"):
        obj = _lemmas(kids(parse, comp.i, "dobj"))
        if comp.lemma.lower() in TELLING and (not obj or obj & INFORMATION):
            return True
    return False


def _home(verb: Token, event: Event) -> bool:
    """A return to one's own country ("She returns to Canberra on Friday"): no visit."""
    src, tgt = event.source, event.target
    return (
        verb.lemma.lower() == "return"
        and src is not None
        and tgt is not None
        and src.country is not None
        and tgt.country == src.country
    )


def generic_doer(parse: Parse, verb: Token) -> bool:
    """The subject is a generic public with nothing naming whose ("Critics said",
    "Residents complained"; not "Hamas supporters", "his critics", "critics of Hamas")."""
    subj, passive = subject(parse, verb)
    if subj is None or passive or subj.lemma.lower() not in GENERIC_DOERS:
        return False
    if kids(parse, subj.i, "compound", "poss", "nmod", "appos"):
        return False
    if any(a.pos == "PROPN" or a.tag == "NNP" for a in kids(parse, subj.i, "amod")):
        return False
    return not any(
        o.pos == "PROPN" for p in kids(parse, subj.i, "prep") for o in kids(parse, p.i, "pobj")
    )


def sport_register(parse: Parse, tok: Token) -> bool:
    """The sentence, or the one before or after it, is written about sport (a score or a
    word of sport), and the sentence itself has no word of violence."""
    return _register(parse, tok, "sports")


#: Roots a match report uses for play ("conceded two goals", "will host Buffalo"), quiet in
#: the register of sport as force is.
SPORT_PLAY_ROOTS = frozenset({"03", "08"})


def sport_play(parse: Parse, verb: Token, root: str) -> bool:
    """Conceding and hosting in a match report ("India conceded 350 runs", "Kansas City will
    host the final"), and a rally with a score in its own sentence ("The Red Sox rallied to
    beat the Yankees 6-5"): play, not yielding, agreeing or protest. A rally of fans with
    no score ("Fans rallied outside parliament") is left to the protest coder."""
    if root in SPORT_PLAY_ROOTS:
        return sport_register(parse, verb)
    if root == "14" and verb.lemma.lower() == "rally":
        return SCORE in sentence_words(parse, verb.sent)
    return False


def _register(parse: Parse, tok: Token, name: str) -> bool:
    """A word of class ``name`` in the sentence or a neighbour, and none of violence in the
    sentence itself."""
    if sentence_words(parse, tok.sent) & word_class("violence"):
        return False
    return near(parse, tok, word_class(name))


#: Marks of a conditional clause ("*if* Washington imposed tariffs", "*unless* the city
#: paid").
CONDITIONAL_MARKS = frozenset({"if", "unless"})


def condition(parse: Parse, verb: Token) -> bool:
    """The act is the condition of a conditional ("If Washington imposed tariffs, Europe
    could retaliate"): put as a supposition, not reported as done or threatened."""
    return verb.dep == "advcl" and any(
        m.lemma.lower() in CONDITIONAL_MARKS for m in kids(parse, verb.i, "mark")
    )


#: Nouns of a capacity to act: "the votes *to impeach*", "the power *to arrest*".
CAPACITIES = frozenset(
    {
        "vote",
        "votes",
        "power",
        "powers",
        "authority",
        "means",
        "strength",
        "numbers",
        "majority",
        "capacity",
        "ability",
        "mandate",
        "jurisdiction",
    }
)

#: Verbs of having a capacity ("lacks the votes", "mustered the numbers").
HAVING = frozenset({"lack", "have", "need", "muster", "secure", "gather", "win", "command", "hold"})


def capacity(parse: Parse, verb: Token) -> bool:
    """The act is what a capacity is for ("lacks the votes to impeach the governor", "has
    the power to arrest"): a to-infinitive on a noun of capacity names no act done. The
    parser may hang the infinitive on the verb that has the noun ("lacks ... to impeach")."""
    if verb.head == verb.i or not is_to_infinitive(parse, verb):
        return False
    if verb.dep == "acl":
        nouns = [parse.tokens[verb.head]]
    elif verb.dep == "advcl" and parse.tokens[verb.head].lemma.lower() in HAVING:
        nouns = kids(parse, verb.head, "dobj")  # not "used their votes to impeach"
    else:
        return False
    return any(n.lemma.lower() in CAPACITIES or n.text.lower() in CAPACITIES for n in nouns)


def decade_dated(parse: Parse, verb: Token) -> bool:
    """An act dated to a decade ("armed the Contras *through the 1980s*", "in the 1990s
    the army razed villages"): told as history, whenever the article was written."""
    for p in kids(parse, verb.i, "prep"):
        if p.lemma.lower() in DECADE_PREPS:
            for o in kids(parse, p.i, "pobj"):
                if _is_decade(o.text):
                    return True
    return False


def _is_decade(text: str) -> bool:
    return text.endswith("s") and _is_year(text) and text[3] == "0"
