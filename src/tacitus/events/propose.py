"""Recall beyond the lexicon: the model proposes an event where no pattern matched.

A sentence with political actors but no lexicon candidate ("Seoul shut its border
crossings to the North's workers") still has a main predicate: the root verb, or the verb
of the clause a reporting verb introduces. Its arguments are found as for a lexicon
trigger (:func:`tacitus.events.coder.verb_arguments`), and a multinomial logistic
regression trained on the corpus reads back-off features that carry over to verbs the
lexicon does not list:

- the predicate's lemma, its last three letters (a poor man's word class: ``-ize``,
  ``-ate``), its particle and preposition, its object noun and that noun's ending, the
  lemma of an infinitive or clausal complement ("moved to *block*");
- the lexicon's own hints elsewhere in the sentence: the CAMEO roots of event nouns and of
  listed verbs whose frame did not fit (a sentence about "*sanctions*" with an unlisted
  verb);
- modals and negation, the sentence's content lemmas, and the kinds of source and target.

No proposal is made on a light verb whose event noun the lexicon matched and its sense
rules ruled out ("holds a veto" is a power, not its use): the noun named the act weighed.

The proposal keeps the type's general CAMEO code (:func:`tacitus.events.model.type_code`),
negation and modality as for a lexicon match, and ``rule="model"``. It is made only when
the probability of an event (one less that of NONE) reaches a threshold chosen on
out-of-fold predictions for the corpus sentences the lexicon leaves silent, where a
no-event sentence given an event costs three events found; ``confidence`` is the type's
probability, calibrated on the same predictions. Training sees every predicate twice, once
without its lemma features, so that the back-off features learn to carry it. The spaCy
model shipped with the project has no static word vectors (``nlp.vocab.vectors`` is
empty), so no embedding features are used.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..parse import Parse, Sentence, Token
from ..records import Actor
from .coder import Candidate, Trigger, verb_arguments
from .lexicon import Lexicon
from .modality import mood, recode
from .syntax import REPORT_VERBS, ActorIndex, kids
from .targets import vocab_rows

NONE = "NONE"
RULE = "model"
NEGATORS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor"})
MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can", "will", "shall"})
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV"})
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "dative")
#: Acts kept with an unnamed doer when the target is named (as the lexicon's coder does).
UNNAMED_DOER_TYPES = frozenset({"PROTEST", "ASSAULT"})
_DEPS = (*OBJECT_DEPS, "prep", "prt", "agent", "aux", "auxpass", "neg", "xcomp", "ccomp", "nsubj")


def _low(t: Token) -> str:
    return t.lemma.lower()


def main_predicate(parse: Parse, sent: Sentence) -> Token | None:
    """The sentence's root verb, or the verb of the clause a reporting root introduces
    ("officials said the army *withdrew*")."""
    root = next((t for t in parse.tokens[sent.first : sent.last] if t.head == t.i), None)
    if root is None:
        return None
    if _low(root) in REPORT_VERBS:
        comp = kids(parse, root.i, "ccomp")
        if comp:
            return comp[0]
    return root if root.pos in ("VERB", "AUX") else None


def has_actor(index: ActorIndex, sent: Sentence) -> bool:
    """Some actor mention starts inside the sentence."""
    k = bisect_left(index.starts, sent.start)
    return k < len(index.starts) and index.starts[k] < sent.end


def _side(f: dict[str, float], role: str, actors: list[Actor]) -> None:
    if not actors:
        f[f"{role}=none"] = 1
        return
    a = actors[0]
    f[f"{role}_sector={a.sector}"] = 1
    f[f"{role}_kind={a.kind}"] = 1
    f[f"{role}_country={'yes' if a.country else 'no'}"] = 1


def proposal_features(
    parse: Parse,
    sent: Sentence,
    pred: Token,
    lex: Lexicon,
    sources: list[Actor],
    targets: list[Actor],
) -> dict[str, float]:
    """Back-off features of a main predicate (see the module's docstring)."""
    lem = _low(pred)
    f: dict[str, float] = {"bias": 1, f"lem={lem}": 1, f"suf={lem[-3:]}": 1, f"tag={pred.tag}": 1}
    for pat in lex.verb_patterns(lem)[:1]:  # listed, though no pattern's frame fitted
        f[f"self={pat.code[:2]}"] = 1
    for k in kids(parse, pred.i, *_DEPS):
        low = _low(k)
        if k.dep in OBJECT_DEPS:
            for pat in lex.noun_patterns(low)[:1]:
                f[f"obj_lexn={pat.code[:2]}"] = 1
            f[f"obj={low}"] = 1
            f[f"obj_suf={low[-3:]}"] = 1
            f[f"lem|obj={lem}|{low}"] = 1
        elif k.dep in ("prep", "prt", "agent"):
            f[f"prep={low}"] = 1
            f[f"lem|prep={lem}|{low}"] = 1
            for o in kids(parse, k.i, "pobj", "pcomp"):
                f[f"pobj={low}:{_low(o)}"] = 1
        elif k.dep in ("xcomp", "ccomp"):
            f[f"comp={low}"] = 1
            for pat in lex.verb_patterns(low)[:1]:
                f[f"comp_lexv={pat.code[:2]}"] = 1
        elif k.dep in ("aux", "auxpass") and low in MODALS:
            f[f"modal={low}"] = 1
        if k.dep == "neg" or low in NEGATORS:
            f["neg"] = 1
    for t in parse.tokens[sent.first : sent.last]:
        low = _low(t)
        if t.pos in CONTENT_POS:
            f[f"bow={low}"] = 1
        if low in NEGATORS:
            f["sent_neg"] = 1
        if t.pos == "NOUN":
            for pat in lex.noun_patterns(low)[:1]:
                f[f"lexn={pat.code[:2]}"] = 1
        elif t.pos == "VERB" and t.i != pred.i:
            for pat in lex.verb_patterns(low)[:1]:
                if pat.code != "noun":
                    f[f"lexv={pat.code[:2]}"] = 1
    _side(f, "src", sources)
    _side(f, "tgt", targets)
    return f


@dataclass(frozen=True)
class Proposal:
    candidate: Candidate
    plover: str
    probability: float


class Proposer:
    """Weights of the proposal model (the ``prop_*`` arrays of the event model file)."""

    def __init__(self, data: dict[str, Any], meta: dict[str, Any]) -> None:
        words = data["prop_vocab"]
        if words.dtype == np.uint8:
            words = bytes(words).decode("utf-8").split("\n")
        self.vocab: dict[str, int] = {str(w): i for i, w in enumerate(list(words))}
        self.classes: list[str] = data["prop_classes"].tolist()
        self.coef = np.asarray(data["prop_coef"], dtype=np.float64)
        self.intercept = np.asarray(data["prop_intercept"], dtype=np.float64)
        self.calib_x = np.asarray(data["prop_calib_x"], dtype=np.float64)
        self.calib_y = np.asarray(data["prop_calib_y"], dtype=np.float64)
        self.threshold = float(meta.get("propose_at", 1.1))

    @classmethod
    def from_arrays(cls, data: dict[str, Any], meta: dict[str, Any]) -> Proposer | None:
        return cls(data, meta) if "prop_coef" in data else None

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        idx = vocab_rows(self.vocab, feats)
        # the ufuncs ``sum()`` and ``max()`` call, without their Python frames (same figures)
        z = self.intercept + np.add.reduce(self.coef.take(idx, axis=0), axis=0)
        z = np.exp(z - np.maximum.reduce(z))
        return dict(zip(self.classes, (z / np.add.reduce(z)).tolist(), strict=True))

    def best(self, feats: dict[str, float]) -> tuple[str, float, float]:
        """The most likely event type (never NONE), its probability, and the probability
        that there is an event at all (one less that of NONE): the threshold reads the
        latter, so that doubt between two types does not hide an event."""
        probs = self.probabilities(feats)
        top = max((k for k in probs if k != NONE), key=lambda k: probs[k])
        return top, probs[top], 1.0 - probs.get(NONE, 0.0)

    def calibrate(self, p: float) -> float:
        return float(np.interp(p, self.calib_x, self.calib_y))


def predicate_arguments(
    parse: Parse, index: ActorIndex, lex: Lexicon, pred: Token
) -> tuple[list[Actor], list[Actor]]:
    return verb_arguments(parse, index, Trigger(pred, "000", RULE, 0.0), lex)


@dataclass(frozen=True)
class Reading:
    """The proposal model's reading of a sentence's main predicate."""

    pred: Token
    sources: list[Actor]
    targets: list[Actor]
    plover: str  # the most likely event type
    p_type: float
    p_event: float  # one less the probability of no event


def read(
    proposer: Proposer, parse: Parse, index: ActorIndex, lex: Lexicon, sent: Sentence
) -> Reading | None:
    """The reading of a sentence with actors and a main predicate that has some, or None."""
    if not has_actor(index, sent):
        return None
    pred = main_predicate(parse, sent)
    if pred is None:
        return None
    sources, targets = predicate_arguments(parse, index, lex, pred)
    if not sources and not targets:
        return None
    feats = proposal_features(parse, sent, pred, lex, sources, targets)
    return Reading(pred, sources, targets, *proposer.best(feats))


def propose(
    proposer: Proposer,
    parse: Parse,
    index: ActorIndex,
    lex: Lexicon,
    sent: Sentence,
    type_code: Any,
) -> Proposal | None:
    """The model's event for a sentence the lexicon left silent, or None."""
    r = read(proposer, parse, index, lex, sent)
    if r is None or r.p_event < proposer.threshold:
        return None
    if not r.sources and r.plover not in UNNAMED_DOER_TYPES:
        return None
    code = type_code(r.plover)
    m = mood(parse, r.pred, code)
    recoded = recode(code, m)
    if recoded is None:
        return None
    code, modality = recoded
    trig = Trigger(r.pred, code, RULE, 0.0)
    src = r.sources[0] if r.sources else None
    tgt = next((t for t in r.targets if src is None or t.id != src.id), None)
    cand = Candidate(trig, code, src, tgt, m, modality, 0)
    return Proposal(cand, r.plover, proposer.calibrate(r.p_type))
