"""The events stage: who did what to whom, coded in CAMEO with PLOVER, negation and modality.

Submodules: ``lexicon`` (the verb and noun tables), ``syntax`` (walking the parse),
``coder`` (triggers and arguments), ``nominal`` (noun events), ``modality`` (negation,
intentions, threats, hypotheticals, reports), ``places`` (a place as the target of force
that names no actor). See ``coder`` for the actor policy: events
without an identifiable source actor are dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import ontology
from ..actors.kb import KB, load_kb
from ..parse import Parse, Sentence, Token
from ..pipeline import Document
from ..records import Actor, Article, Event
from ..settings import Settings
from ..text import stable_id
from .coder import (
    ABSORBING_ROOTS,
    DEMAND_CODES,
    VOICING_VERBS,
    Candidate,
    Trigger,
    demand_from_report,
    find_triggers,
    prominence,
    refine,
    verb_arguments,
)
from .implied import imply_targets
from .lexicon import Lexicon, load
from .modality import Mood, mood, nominal_mood, recode
from .model import EventModel, Verdict, features, lemma_lows, shipped, type_code
from .noevent import quiet
from .noevent_history import PUBLISHED
from .nominal import find_nominals, nominal_arguments, passive_sides
from .objects import object_target
from .places import PlaceFinder, with_place_target
from .propose import propose
from .roles import (
    authority_doer,
    joint_sides,
    own_forces,
    passive_patient,
    people_target,
    plural_owners,
    reroled,
    state_doer,
)
from .sense import is_history, is_life_story, resolve, word_class
from .sources import people_doers, people_source
from .syntax import (
    REPORT_VERBS,
    ActorIndex,
    actors_of,
    is_domestic,
    is_placed,
    kids,
    placed_in,
    span_of,
    subject,
    with_target,
)
from .targets import TargetScorer, sentence_actors

__all__ = ["Events", "code_sentence", "make_stage"]

#: Protest, coercion and violence are coded with an unnamed perpetrator ("three civilians
#: were killed in a bombing", "thousands demonstrated in Belgrade", "the former minister was
#: arrested on Tuesday") when the target is known.
UNNAMED_PERPETRATOR_ROOTS = frozenset({"14", "17", "18", "19", "20"})
#: So are aid and sanctions told in the passive with no agent ("sanctions were imposed on
#: Russian banks", "Ukraine was given $2 billion in aid"): the news names the receiver, and
#: a PLOVER coder codes the act with an unknown doer.
UNNAMED_PASSIVE_ROOTS = frozenset({"07", "16"})
#: So are verdicts and releases of a known person (CAMEO 116, 084x) done by a court named
#: with a word that makes no actor ("a federal jury convicted ...", "the high court granted
#: bail to ..."), and verdicts told in the passive with no agent ("the former governor was
#: convicted of bribery"). Not releases told so ("was freed on Monday"): the freeing side is
#: often named elsewhere in the sentence, and an unnamed one then outranks it (measured:
#: it cost a right dyad on plv_dev). Not when a subject is named that is no court.
UNNAMED_DOER_CODES = ("116", "084")
#: Words for a court that, without a place or a name, make no actor.
COURT_WORDS = word_class("bench") | {"panel"}  # the no-event checks' court words, and a panel
#: Jurisdiction: police and courts act on their own people, and a government does when it
#: concedes (or says it will), refuses, coerces or punishes ("the Mozambique government
#: accepted demands from rebels", "Egyptian police dispersed demonstrators"). A countryless
#: domestic group or organisation named from the text (not a known one) on the other side
#: takes the country.
DOMESTIC_ORGANS = frozenset({"COP", "JUD"})
GOVERNMENT_DOMESTIC_CODES = ("08", "12", "17", "035")  # 035: intent to yield
#: Acts two sides do together: intent to cooperate or meet (030-032, 036), consultation
#: (04), signing an agreement (057), material cooperation (06). With coordinated doers and
#: no other target ("Chile and Peru held talks"), CAMEO codes each side's act on the other.
JOINT_CODES = ("030", "031", "032", "036", "04", "057", "06")


class Events:
    name = "events"
    reads = ("article", "parse", "actors")
    writes = ("events",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lexicon: Lexicon = load(settings.lexicon)
        self.model: EventModel | None = shipped() if settings.event_model else None
        self.kb: KB = load_kb(tuple(settings.kb))

    def __call__(self, doc: Document) -> Document:
        if doc.article is None or doc.parse is None or not doc.actors:
            return doc
        article, parse = doc.article, doc.parse
        index = ActorIndex.build(doc.actors)
        places = PlaceFinder(parse, self.kb)
        sents = parse.sentences
        # no actor named in it or beside it (a quoted "we" takes the speaker of the next or
        # previous sentence): no side for an event, nothing to propose
        todo = [
            sent
            for k, sent in enumerate(sents)
            if index.any_within(sents[max(0, k - 1)].start, sents[min(k + 1, len(sents) - 1)].end)
        ]
        events: list[Event] = []
        seen: set[str] = set()
        for kept in self._judged(article, parse, index, todo):
            for event in self._sentence(parse, index, article.id, kept, places):
                if event.id not in seen:  # two readings that came to the same event
                    seen.add(event.id)
                    events.append(event)
        return replace(doc, events=imply_targets(tuple(events), doc.actors))

    def _sentence(
        self,
        parse: Parse,
        index: ActorIndex,
        article_id: str,
        kept: list[tuple[Candidate, Event]],
        places: PlaceFinder,
    ) -> list[Event]:
        """A sentence's judged events (:meth:`_judged`): an act of force with no target aimed
        at the place it names, an act with no target aimed at the people its object names."""
        out = []
        for c, e in kept:
            e = with_place_target(places, index, article_id, c.trigger.token, c.trigger.noun, e)
            e = passive_patient(parse, index, c.trigger, e, article_id)
            e = people_source(parse, index, self.kb, c.trigger, e, article_id)
            e = people_target(parse, index, self.kb, c.trigger, e, article_id)
            if not quiet(parse, c, e):  # no codable event by its frame (``noevent``)
                out.append(object_target(parse, index, c.trigger, e, article_id))
        return out

    def _judged(
        self, article: Article, parse: Parse, index: ActorIndex, sents: list[Sentence]
    ) -> list[list[tuple[Candidate, Event]]]:
        """Per sentence: the lexicon's candidates, judged by the model (where the lexicon is
        silent, the model's proposal), their targets chosen by the target scorer. The
        document's candidates go to the model in one batch (a numpy call costs more than
        one candidate's sums); each sentence reads the same as on its own."""
        year = news_year(article)
        parse.memo[PUBLISHED] = int(article.published[:4]) if article.published else None
        coded = []
        for sent in sents:
            cands = code_sentence(parse, self.lexicon, index, sent, self.kb)
            coded.append([c for c in cands if not _history(parse, c.trigger.token, year)])
        model = self.model
        if model is None:
            return [
                [(c, to_event(article, parse, sent, c)) for c in cands]
                for sent, cands in zip(sents, coded, strict=True)
            ]
        asked: list[tuple[dict[str, float], str | None, bool]] = []
        drafts = [
            self._drafts(article, parse, sent, cands, asked)
            for sent, cands in zip(sents, coded, strict=True)
        ]
        verdicts = model.judge_many(asked)
        out = []
        for sent, cands, draft in zip(sents, coded, drafts, strict=True):
            kept: list[tuple[Candidate, Event]] = []
            if not cands and model.proposer is not None:
                found = propose(model.proposer, parse, index, self.lexicon, sent, type_code)
                if found is not None and _noun_vetoed(parse, found.candidate.trigger.token):
                    found = None
                if found is not None and not _history(parse, found.candidate.trigger.token, year):
                    found = replace(found, candidate=reroled(parse, index, found.candidate))
                    event = to_event(article, parse, sent, found.candidate)
                    sure = round(found.probability, 3)
                    kept.append((found.candidate, replace(event, rule="model", confidence=sure)))
            for cand, fields, k in draft:
                judged = fields if k < 0 else answer(model, cand, fields, asked[k][2], verdicts[k])
                if judged is not None:  # None: the model vetoed the lexicon's match
                    kept.append((cand, Event(**judged)))  # (made once, with the model's word)
            if model.targets is not None and kept:
                actors = sentence_actors(parse, index, sent)
                kept = [(c, retarget(model.targets, article, parse, actors, c, e)) for c, e in kept]
            out.append(kept)
        return out

    @staticmethod
    def _drafts(
        article: Article,
        parse: Parse,
        sent: Sentence,
        cands: list[Candidate],
        asked: list[tuple[dict[str, float], str | None, bool]],
    ) -> list[tuple[Candidate, dict[str, Any], int]]:
        """Each candidate's event fields and the number of its question to the model in
        ``asked`` (added to it; -1: no question, the lexicon codes it alone)."""
        # both directions of one act already coded ("Chile and Peru held talks"): no swap
        pairs = {
            (c.trigger.token.i, c.source.id, c.target.id) for c in cands if c.source and c.target
        }
        out = []
        for cand in cands:
            mutual = (
                cand.source is not None
                and cand.target is not None
                and (cand.trigger.token.i, cand.target.id, cand.source.id) in pairs
            )
            fields = event_fields(article, parse, sent, cand)
            ask = question(parse, sent, cand, fields, swappable=not mutual)
            if ask is not None:
                asked.append(ask)
            out.append((cand, fields, len(asked) - 1 if ask is not None else -1))
        return out


#: Where an undated article's role date came from that says when it was written at the
#: earliest: the latest date the text states. Not ``office_terms``: that is the last day the
#: named office holders' terms allow, a bound from above, so an act two years before it may
#: be this year's news; not ``today`` (no date at all).
WRITTEN_WHEN = frozenset({"published", "text"})


def _history(parse: Parse, tok: Token, year: int | None) -> bool:
    """An act dated well before the article, or one of an obituary's life story."""
    return is_history(parse, tok, year) or is_life_story(parse, tok)


def news_year(article: Article) -> int | None:
    """The year the article was written: its publication date's, else that of the latest
    date its text states (the year it was written at the earliest); else None."""
    day = article.published or (
        article.role_date if article.role_date_from in WRITTEN_WHEN else None
    )
    return int(day[:4]) if day and day[:4].isdigit() else None


def retarget(
    scorer: TargetScorer,
    article: Article,
    parse: Parse,
    actors: list[tuple[Actor, Token]],
    cand: Candidate,
    event: Event,
) -> Event:
    """The target scorer's choice among the sentence's actors (``rule`` gains
    ``+target`` when it differs from the rules' target)."""
    if event.plover is None:
        return event
    trig = cand.trigger.token
    noun = cand.trigger.noun
    if noun is not None and noun.i != trig.i and trig.lemma.lower() in VOICING_VERBS:
        owners = {p.i for p in kids(parse, noun.i, "poss")}  # "voiced Egypt's support"
        actors = [(a, t) for a, t in actors if t.i not in owners]
    tgt = scorer.choose(parse, actors, trig, event.cameo, event.source, event.target)
    if (tgt.id if tgt else None) == (event.target.id if event.target else None):
        return event
    return with_target(event, article.id, trig.start, tgt, "target")


def coded_as(entry: ontology.Code) -> dict[str, Any]:
    """The event fields a CAMEO code's table entry gives (root, PLOVER, quad class, Goldstein)."""
    return {
        "root": entry.root,
        "plover": entry.plover,
        "plover_mode": entry.plover_mode,
        "quad_class": entry.quad_class,
        "goldstein": entry.goldstein,
    }


def judge(
    model: EventModel,
    parse: Parse,
    sent: Sentence,
    cand: Candidate,
    event: dict[str, Any],
    swappable: bool = True,
) -> dict[str, Any] | None:
    """The model's word on a lexicon event (its fields, :func:`event_fields`): kept
    (``rule`` gains ``+model``), retyped (``rule="model"``, the type's general CAMEO code;
    never a prepositional pattern), sides swapped (unless ``swappable`` is false: the
    reverse pair is coded too), or vetoed (None). Statements with no PLOVER type (01x) are
    left as the lexicon coded them."""
    ask = question(parse, sent, cand, event, swappable)
    if ask is None:
        return event
    return answer(model, cand, event, ask[2], model.judge(*ask))


def question(
    parse: Parse, sent: Sentence, cand: Candidate, event: dict[str, Any], swappable: bool = True
) -> tuple[dict[str, float], str | None, bool] | None:
    """What :func:`judge` asks the model of a lexicon event: its features, its PLOVER type
    and whether it has two sides to swap; None for a statement with no PLOVER type."""
    if event["plover"] is None:
        return None
    sides = swappable and event["source"] is not None and event["target"] is not None
    return features(parse, sent, cand), event["plover"], sides


def answer(
    model: EventModel, cand: Candidate, event: dict[str, Any], sides: bool, verdict: Verdict
) -> dict[str, Any] | None:
    """The event as the model's ``verdict`` on it has it (see :func:`judge`)."""
    if verdict.plover == model.none:
        return None
    source, target = event["source"], event["target"]
    sure = event["confidence"] if verdict.probability is None else round(verdict.probability, 3)
    change: dict[str, Any] = {"confidence": sure, "rule": f"{event['rule']}+model"}
    # A pattern with a particle or preposition ("withdraw from", "lash out at") already says
    # which sense it matched: the model may veto it, never change its type.
    if verdict.changed and not cand.trigger.preps:
        entry = ontology.lookup(type_code(verdict.plover))
        change.update(cameo=entry.code, **coded_as(entry), rule="model")
    if verdict.swap and sides:
        change.update(source=target, target=source, rule=f"{change['rule']}+swap")
    return {**event, **change}


def code_sentence(
    parse: Parse, lex: Lexicon, index: ActorIndex, sent: Sentence, kb: KB | None = None
) -> list[Candidate]:
    """All coded acts of one sentence, main acts first (with ``kb``, also those done by
    people no actor names: "a gunman shot the mayor")."""
    triggers = refine(parse, find_triggers(parse, lex, sent.first, sent.last))
    used = {t.noun.i for t in triggers if t.noun is not None}
    used |= {c for t in triggers if t.noun is not None for c in parse.subtree(t.noun.i)}
    nominals = find_nominals(parse, lex, sent.first, sent.last, used)
    # the content of a demand, offer, threat or refusal ("its demand that Israel ease ...")
    # is not an act that happened
    content = {
        c.i
        for n in nominals
        if n.code[:2] in ABSORBING_ROOTS
        for c in kids(parse, n.token.i, "acl", "ccomp")
    }
    triggers = [t for t in triggers if t.token.i not in content and not mandative(parse, t.token)]
    where = frozenset(t.token.i for t in (*triggers, *nominals))
    out: list[Candidate] = []
    for trig in triggers:
        args = verb_arguments(parse, index, trig, lex)
        args = state_doer(parse, trig, *args, index)  # "were arrested in Peru": Peru did it
        args = authority_doer(parse, trig, *args, index)  # "police said two were held"
        args = own_forces(parse, trig, *args, index)  # "Turkish troops were deployed"
        args = plural_owners(parse, trig, *args, index)  # "the presidents of X and Y"
        args = passive_sides(parse, index, trig, *args)  # "talks were held between X and Y"
        if kb is not None:
            args = people_doers(parse, index, kb, trig, *args)  # "a gunman shot the mayor"
        out += _candidates(parse, index, trig, *args, where)
    for trig in nominals:
        args = nominal_arguments(parse, index, trig.token)
        out += _candidates(parse, index, trig, *args, where)
    demands = _report_demands(parse, index, sent, {t.token.i: t for t in triggers})
    absorbed = {c.trigger.noun.i for c in demands if c.trigger.noun is not None}
    out = [c for c in out if c.trigger.token.i not in absorbed] + demands
    out = [reroled(parse, index, c) for c in out]  # "received aid from Y": Y is the source
    seen: set[tuple[int, str | None, str | None]] = set()
    unique = []
    for c in sorted(out, key=lambda c: (c.prominence, -c.trigger.specificity, c.trigger.token.i)):
        key = (
            c.trigger.token.i,
            c.source.id if c.source else None,
            c.target.id if c.target else None,
        )
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique


#: memo key of the light verbs whose event noun the sense rules read as no act
NOUN_SENSE_VETO = "events.noun_sense_veto"


def _noun_vetoed(parse: Parse, verb: Token) -> bool:
    """Whether ``verb`` is a light verb whose event noun the sense rules said is no act
    here ("holds a veto" is a power, not its use): the noun named the act the lexicon
    weighed, so the model proposes none in its place."""
    return (NOUN_SENSE_VETO, verb.i) in parse.memo


def mandative(parse: Parse, verb: Token) -> bool:
    """A bare verb in a that-clause with its own subject ("demanded that Israel *ease*"):
    the mandative subjunctive names a wanted act, not one that happened."""
    return (
        verb.dep == "ccomp"
        and verb.tag == "VB"
        and bool(kids(parse, verb.i, "nsubj"))
        and not kids(parse, verb.i, "aux", "auxpass")
    )


def _candidates(
    parse: Parse,
    index: ActorIndex,
    trig: Trigger,
    sources: list[Actor],
    targets: list[Actor],
    where: frozenset[int] = frozenset(),
) -> list[Candidate]:
    if not sources and not (
        targets
        and (
            trig.code[:2] in UNNAMED_PERPETRATOR_ROOTS
            or _unnamed_court(parse, trig)
            or _agentless_passive(parse, trig, targets)
        )
    ):
        return []
    m = nominal_mood(parse, trig.token) if trig.nominal else mood(parse, trig.token, trig.code)
    recoded = recode(trig.code, m)
    if recoded is None:
        if trig.noun is not None and not trig.nominal and resolve(trig.code, m.frame) is None:
            parse.memo[(NOUN_SENSE_VETO, trig.token.i)] = True
        return []
    code, modality = recoded
    depth = prominence(parse, trig.token, where) + (1 if trig.nominal else 0)
    out = []
    doers: list[Actor | None] = list(sources) or [None]
    joint = not targets and len(sources) > 1 and code.startswith(JOINT_CODES)
    joint = joint or joint_sides(parse, index, trig, code, sources, targets)
    for s in doers:
        sides: list[Actor | None] = list(targets) or [None]
        if joint and s is not None:  # "Chile and Peru held talks": each with the other
            sides = [o for o in sources if o.id != s.id and o.name != s.name] or [None]
        for t in sides:
            target = None if t is not None and s is not None and t.id == s.id else t
            src, target = _jurisdiction(s, target, code)
            out.append(Candidate(trig, code, src, target, m, modality, depth))
    return out


def _agentless_passive(parse: Parse, trig: Trigger, targets: list[Actor]) -> bool:
    """Aid or a sanction told in the passive with no agent (:data:`UNNAMED_PASSIVE_ROOTS`),
    received by a state or by people of one (not "loans were granted to small farmers")."""
    if trig.nominal or trig.code[:2] not in UNNAMED_PASSIVE_ROOTS:
        return False
    if not any(is_placed(t) for t in targets):
        return False
    _, passive = subject(parse, trig.token)
    return passive and not kids(parse, trig.token.i, "agent")


def _unnamed_court(parse: Parse, trig: Trigger) -> bool:
    """A verdict or a release (:data:`UNNAMED_DOER_CODES`) with a court word for its
    subject, or a verdict in the passive with no agent."""
    if trig.nominal or not trig.code.startswith(UNNAMED_DOER_CODES):
        return False
    subj, passive = subject(parse, trig.token)
    if passive:
        return trig.code.startswith("116") and not kids(parse, trig.token.i, "agent")
    return subj is not None and subj.lemma.lower() in COURT_WORDS


def _jurisdiction(
    source: Actor | None, target: Actor | None, code: str
) -> tuple[Actor | None, Actor | None]:
    """A countryless domestic side facing a state organ takes the organ's country."""
    if source is None or target is None:
        return source, target
    if _organ_of(source, code) and is_domestic(target):
        assert source.country is not None
        return source, placed_in(target, source.country)
    if _organ_of(target, code) and is_domestic(source):
        assert target.country is not None
        return placed_in(source, target.country), target
    return source, target


def _organ_of(actor: Actor, code: str) -> bool:
    if actor.country is None:
        return False
    return actor.sector in DOMESTIC_ORGANS or (
        actor.sector == "GOV" and code.startswith(GOVERNMENT_DOMESTIC_CODES)
    )


def _report_demands(
    parse: Parse, index: ActorIndex, sent: Sentence, triggers: dict[int, Trigger]
) -> list[Candidate]:
    """ "X said Y must do Z" is X demanding of Y (CAMEO 10); the demanded act (Z) refines
    the code and is not coded as done."""
    out: list[Candidate] = []
    lows = lemma_lows(parse)  # (the parse's lower-cased lemmas, made once for all sentences)
    for tok in parse.tokens[sent.first : sent.last]:
        if lows[tok.i] not in REPORT_VERBS:
            continue  # (demand_from_report asks this first: most words are no report verb)
        comp = demand_from_report(parse, tok)
        if comp is None:
            continue
        subj, _ = subject(parse, tok)
        sources = actors_of(parse, index, subj) if subj is not None else []
        targets = [a for s in kids(parse, comp.i, "nsubj") for a in actors_of(parse, index, s)]
        inner = triggers.get(comp.i)
        code = DEMAND_CODES.get(inner.code[:2], "100") if inner else "100"
        trig = Trigger(tok, code, "report+must", 2.0, comp if inner else None)
        out += _candidates(parse, index, trig, sources, targets)
    return [replace(c, mood=Mood(False, "asserted"), modality="asserted") for c in out]


def to_event(article: Article, parse: Parse, sent: Sentence, cand: Candidate) -> Event:
    return Event(**event_fields(article, parse, sent, cand))


def event_fields(article: Article, parse: Parse, sent: Sentence, cand: Candidate) -> dict[str, Any]:
    """The fields of the event a candidate makes (the model may change some before it is
    made: an event is a frozen record, and making it twice costs)."""
    entry = ontology.lookup(cand.code)
    tok = cand.trigger.token
    if cand.trigger.nominal:  # a noun's event spans its sentence
        start, end = sent.start, sent.end
    else:
        start, end = span_of(parse, tok.i)
        start, end = max(start, sent.start), min(end, sent.end)
    confidence = round(
        max(0.1, min(0.95, 0.55 + 0.04 * cand.trigger.specificity) - 0.1 * cand.prominence), 2
    )
    if cand.modality == "hypothetical":  # acts under "if"/"could" are not the main news
        confidence = round(max(0.1, confidence - 0.15), 2)
    if cand.source is None:
        confidence = round(max(0.1, confidence - 0.1), 2)
    if cand.target is None:
        confidence = round(max(0.1, confidence - 0.05), 2)
    return dict(
        id=stable_id(
            article.id,
            tok.start,
            cand.source.id if cand.source else "",
            cand.target.id if cand.target else "",
            cand.code,
        ),
        source=cand.source,
        target=cand.target,
        cameo=cand.code,
        **coded_as(entry),
        negated=cand.mood.negated,
        prominence=cand.prominence,
        modality=cand.modality,
        sentence=article.text[sent.start : sent.end],
        span=(start, end),
        trigger=tok.text,
        confidence=confidence,
        rule=cand.trigger.rule,
    )


def make_stage(settings: Settings) -> Events:
    return Events(settings)
