"""The trained coder beside the lexicon.

The lexicon proposes candidates (trigger, CAMEO code, source, target, provenance); this
model reads parse and lexical features of each candidate's clause and decides

- whether it is a real event (it may veto a lexicon match: "the governor went on the
  attack over the budget", "Liverpool crushed Chelsea"),
- its PLOVER type (keeping the lexicon's CAMEO code when it agrees; a changed type takes
  the type's general code and ``rule="model"``),
- whether source and target are the other way round,

and gives the event's ``confidence``: the model's probability of the final type, calibrated
by isotonic regression fitted on a part of the corpus' train split.

The same file carries two more models: the proposer (:mod:`tacitus.events.propose`: an
event where the lexicon is silent) and the target scorer (:mod:`tacitus.events.targets`:
which of the sentence's actors is the target); either may be absent from older weights.

The weights are a plain ``.npz`` (no pickle): a feature vocabulary, the coefficient matrices
of the logistic regressions and the calibration curves. ``tacitus.events.train`` rebuilds
them from the corpus (``make train``). Only numpy is needed at run time.
"""

from __future__ import annotations

import json
import zipfile
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np

from .. import ontology
from ..errors import ConfigError
from ..parse import Parse, Sentence, Token
from ..records import Actor
from .coder import Candidate
from .propose import Proposer
from .syntax import governing_chain, kids
from .targets import TargetScorer, token_starts, vocab_rows

MODEL_FILE = "data/event_model.npz"
NONE = "NONE"
NEGATORS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor"})
MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can", "will", "shall"})
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV"})


_lemma = attrgetter("lemma")
#: the reductions ``ndarray.sum`` and ``ndarray.max`` call, without their Python wrapper
_add, _max = np.add.reduce, np.maximum.reduce


def _arg_token(parse: Parse, sent: Sentence, actor: Actor | None, near: Token) -> Token | None:
    """The token starting the actor's mention in this sentence closest to the trigger."""
    if actor is None:
        return None
    starts = token_starts(parse, sent)
    best: Token | None = None
    for s, _e in actor.mentions:
        if not sent.start <= s < sent.end:
            continue
        k = sent.first + max(0, bisect_right(starts, s) - 1)
        tok = parse.tokens[k]
        if best is None or abs(tok.i - near.i) < abs(best.i - near.i):
            best = tok
    return best


def _path(parse: Parse, tok: Token, trig: Token) -> str:
    """Dependency labels from the argument up towards the trigger (at most 4 steps)."""
    steps: list[str] = []
    t = tok
    for _ in range(4):
        if t.i == trig.i:
            return "/".join(steps) + "/T"
        steps.append(t.dep)
        if t.head == t.i:
            break
        t = parse.tokens[t.head]
    return "/".join(steps) + "/?"


def _arg_features(
    f: dict[str, float], parse: Parse, sent: Sentence, role: str, actor: Actor | None, trig: Token
) -> None:
    if actor is None:
        f[f"{role}=none"] = 1
        return
    f[f"{role}_kind={actor.kind}"] = 1
    f[f"{role}_sector={actor.sector}"] = 1
    f[f"{role}_country={'yes' if actor.country else 'no'}"] = 1
    tok = _arg_token(parse, sent, actor, trig)
    if tok is None:
        f[f"{role}_outside"] = 1
        return
    f[f"{role}_side={'before' if tok.i < trig.i else 'after'}"] = 1
    f[f"{role}_dep={tok.dep}"] = 1
    f[f"{role}_ent={tok.ent or '-'}"] = 1
    f[f"{role}_path={_path(parse, tok, trig)}"] = 1


def features(parse: Parse, sent: Sentence, cand: Candidate) -> dict[str, float]:
    """Binary features of one candidate: the trigger and its clause, the arguments, modal
    and negation words, words around it and the sentence's content lemmas."""
    low = lemma_lows(parse)
    trig = cand.trigger.token
    lem = low[trig.i]
    code = cand.code
    f: dict[str, float] = {"bias": 1}
    f[f"code={code}"] = 1
    f[f"root={code[:2]}"] = 1
    f[f"rule={cand.trigger.rule}"] = 1
    f[f"ruletype={cand.trigger.rule.split(':')[0]}"] = 1
    f[f"lem={lem}"] = 1
    f[f"lem|root={lem}|{code[:2]}"] = 1
    f[f"tag={trig.tag}"] = 1
    f[f"dep={trig.dep}"] = 1
    f[f"nominal={cand.trigger.nominal}"] = 1
    f[f"modality={cand.modality}"] = 1
    f[f"negated={cand.mood.negated}"] = 1
    f[f"depth={min(cand.prominence, 3)}"] = 1
    f[f"spec={min(round(cand.trigger.specificity), 8)}"] = 1  # how specific the pattern is
    if trig.head != trig.i:
        head = low[trig.head]
        f[f"head={head}"] = 1
        f[f"headdep={trig.dep}>{head}"] = 1
    for g in governing_chain(parse, trig)[1:4]:
        f[f"gov={low[g.i]}"] = 1
    for k in parse.child_tokens[trig.i]:  # in order; a set test, not a scan of 18 labels
        if k.dep not in _ALL_DEPS:
            continue
        word = low[k.i]
        f[f"kid={k.dep}:{word}"] = 1
        if k.dep in ("dobj", "nsubjpass", "attr", "oprd"):
            f[f"obj={word}"] = 1
            f[f"lem|obj={lem}|{word}"] = 1
            f[f"obj_ent={k.ent or k.pos}"] = 1
        if k.dep in ("prep", "prt", "agent"):
            f[f"lem|prep={lem}|{word}"] = 1
            for o in kids(parse, k.i, "pobj", "pcomp"):
                f[f"pobj={word}:{low[o.i]}"] = 1
                f[f"pobj_ent={word}:{o.ent or o.pos}"] = 1
        if k.dep in ("aux", "auxpass") and word in MODALS:
            f[f"modal={word}"] = 1
        if k.dep == "neg" or word in NEGATORS:
            f["neg"] = 1
        if k.dep in ("nsubj", "nsubjpass"):
            f[f"subj={word}"] = 1
            f[f"subj_ent={k.ent or k.pos}"] = 1
    if cand.trigger.noun is not None:
        f[f"noun={low[cand.trigger.noun.i]}"] = 1
    if cand.trigger.reverse:
        f["reverse"] = 1
    for off in (-3, -2, -1, 1, 2, 3):
        j = trig.i + off
        if sent.first <= j < sent.last:
            f[f"w{off:+d}={low[j]}"] = 1
    f.update(_sentence_features(parse, sent))
    _arg_features(f, parse, sent, "src", cand.source, trig)
    _arg_features(f, parse, sent, "tgt", cand.target, trig)
    return f


def lemma_lows(parse: Parse) -> tuple[str, ...]:
    """Each token's lemma in lower case, by token index. Kept on the parse (a pure fact
    of it): every candidate's features read the same words again."""
    key = ("model.lows", 0)
    lows: tuple[str, ...] | None = parse.memo.get(key)
    if lows is None:
        lows = tuple(map(str.lower, map(_lemma, parse.tokens)))  # in C, no Python frame
        parse.memo[key] = lows
    return lows


def _sentence_features(parse: Parse, sent: Sentence) -> dict[str, float]:
    """The sentence's content lemmas, negators, conditions and entity labels (kept on the
    parse: every candidate of the sentence has them)."""
    key = ("model.sentence", sent.first)
    f: dict[str, float] | None = parse.memo.get(key)
    if f is not None:
        return f
    f = {}
    lows = lemma_lows(parse)
    for t in parse.tokens[sent.first : sent.last]:
        low = lows[t.i]
        if t.pos in CONTENT_POS:
            f[f"bow={low}"] = 1
        if low in NEGATORS:
            f["sent_neg"] = 1
        if low in ("if", "unless", "whether"):
            f[f"sent_cond={low}"] = 1
        if t.ent:
            f[f"sent_ent={t.ent}"] = 1
    parse.memo[key] = f
    return f


_ALL_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "dobj",
        "dative",
        "attr",
        "oprd",
        "prep",
        "prt",
        "agent",
        "aux",
        "auxpass",
        "neg",
        "xcomp",
        "ccomp",
        "advmod",
        "acomp",
        "advcl",
        "npadvmod",
    }
)


@dataclass(frozen=True)
class Verdict:
    """What the model says about one candidate."""

    plover: str  # the type it chose, or NONE (a veto)
    probability: float | None  # calibrated probability that it is right (None: untaught)
    changed: bool  # the type differs from the lexicon's
    swap: bool  # source and target are the other way round


class EventModel:
    """Weights loaded once; :meth:`judge` reads one candidate."""

    none = NONE

    def __init__(self, data: dict[str, Any]) -> None:
        words = data["vocab"]
        if words.dtype == np.uint8:  # stored as one UTF-8 string, a feature a line
            words = bytes(words).decode("utf-8").split("\n")
        self.vocab: dict[str, int] = {str(w): i for i, w in enumerate(list(words))}
        self.classes: list[str] = data["classes"].tolist()
        self._at = {c: k for k, c in enumerate(self.classes)}  # a class's place in a score list
        self.coef = np.asarray(data["coef"], dtype=np.float64)  # (features, classes)
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)
        self.swap_coef = np.asarray(data["swap_coef"], dtype=np.float64)  # (features,)
        self.swap_intercept = float(data["swap_intercept"])
        self.calib_x = np.asarray(data["calib_x"], dtype=np.float64)
        self.calib_y = np.asarray(data["calib_y"], dtype=np.float64)
        self.meta: dict[str, Any] = json.loads(str(data["meta"]))
        self.veto = float(self.meta.get("veto", 0.5))
        self.retype_margin = float(self.meta.get("retype_margin", 0.2))
        self.swap_at = float(self.meta.get("swap_at", 0.7))
        self.retype_at = float(self.meta.get("retype_at", 0.0))  # least probability to retype
        #: types the corpus taught well enough for the model to veto or change them
        support: dict[str, int] = self.meta.get("labels", {})
        least = int(self.meta.get("min_support", 0))
        self.known = frozenset(k for k, n in support.items() if n >= least) or frozenset(
            self.classes
        )
        #: proposes events where the lexicon is silent (absent from older weights)
        self.proposer: Proposer | None = Proposer.from_arrays(data, self.meta)
        #: chooses the target among the sentence's actors (absent from older weights)
        self.targets: TargetScorer | None = TargetScorer.from_arrays(data, self.meta)

    @classmethod
    def load(cls, path: str | Path | None = None) -> EventModel:
        if path is None:
            ref = resources.files("tacitus").joinpath(MODEL_FILE)
            with resources.as_file(ref) as p, np.load(p, allow_pickle=False) as z:
                return cls(dict(z))
        with np.load(path, allow_pickle=False) as z:
            return cls(dict(z))

    def _rows(self, feats: dict[str, float]) -> np.ndarray:
        """The weight rows of the features the model knows (an index array: numpy takes it
        without converting a list each time)."""
        return vocab_rows(self.vocab, feats)

    def probabilities(
        self, feats: dict[str, float], rows: np.ndarray | None = None
    ) -> dict[str, float]:
        idx = self._rows(feats) if rows is None else rows
        return dict(zip(self.classes, self._softmax(idx), strict=True))

    def _softmax(self, idx: np.ndarray) -> list[float]:
        """Each class's probability, in class order. The reductions are called as ufuncs:
        ``a.sum()`` and ``a.max()`` are these same calls behind a Python frame, so the
        figures are the same to the last bit."""
        z = self.intercept + _add(self.coef.take(idx, axis=0), axis=0)
        z = np.exp(z - _max(z))
        p: list[float] = (z / _add(z)).tolist()
        return p

    def calibrate(self, p: float) -> float:
        return float(np.interp(p, self.calib_x, self.calib_y))

    def swap_probability(self, feats: dict[str, float], rows: np.ndarray | None = None) -> float:
        idx = self._rows(feats) if rows is None else rows
        z = self.swap_intercept + float(_add(self.swap_coef.take(idx)))
        return float(1 / (1 + np.exp(-z)))

    def judge(
        self, feats: dict[str, float], lexicon_type: str | None, sides: bool = True
    ) -> Verdict:
        """Veto, retype or keep. The model only overrules the lexicon on types it was
        taught (``min_support`` training candidates): on others it keeps the lexicon's
        type and gives its probability. Without two ``sides`` to swap, ``swap`` is False
        unread."""
        rows = self._rows(feats)
        return self._verdict(feats, rows, self._softmax(rows), lexicon_type, sides)

    def judge_many(
        self, asked: Sequence[tuple[dict[str, float], str | None, bool]]
    ) -> list[Verdict]:
        """:meth:`judge` of many candidates (features, lexicon type, sides), their weights
        summed in one numpy call for all: a document's candidates cost one call, not one
        each. The verdicts are :meth:`judge`'s to the last bit (each candidate's rows are
        summed in the same order, each class row is a row of its own)."""
        rows = [self._rows(feats) for feats, _, _ in asked]
        if len(rows) > 1 and all(len(r) for r in rows):
            every = self._softmax_many(rows)
        else:  # (reduceat reads an empty run as its next row: none of them, one at a time)
            every = [self._softmax(r) for r in rows]
        return [
            self._verdict(feats, r, scores, lex, sides)
            for (feats, lex, sides), r, scores in zip(asked, rows, every, strict=True)
        ]

    def _softmax_many(self, rows: list[np.ndarray]) -> list[list[float]]:
        """:meth:`_softmax` of each run of rows, a matrix at a time."""
        starts = np.cumsum([0, *map(len, rows[:-1])])
        z = self.intercept + np.add.reduceat(
            self.coef.take(np.concatenate(rows), axis=0), starts, axis=0
        )
        z = np.exp(z - _max(z, axis=1, keepdims=True))
        every: list[list[float]] = (z / _add(z, axis=1, keepdims=True)).tolist()
        return every

    def _verdict(
        self,
        feats: dict[str, float],
        rows: np.ndarray,
        scores: list[float],
        lexicon_type: str | None,
        sides: bool,
    ) -> Verdict:
        at = self._at
        lex = lexicon_type or NONE
        best = max(scores)
        top = self.classes[scores.index(best)]  # the first of the best, as before
        taught = lex in self.known
        if taught and top == NONE and best >= self.veto:
            return Verdict(NONE, self.calibrate(best), lex != NONE, False)
        chosen = lex
        mine = scores[at[lex]] if lex in at else 0.0
        margin = max(mine + self.retype_margin, self.retype_at)
        if (
            taught
            and top not in (lex, NONE)
            and top in self.known
            and best >= margin
            and top not in siblings(lex)
        ):
            chosen = top
        swap = sides and self.swap_probability(feats, rows) >= self.swap_at
        p = None
        if chosen in self.known:
            p = self.calibrate(scores[at[chosen]] if chosen in at else 0.0)
        return Verdict(chosen, p, chosen != lex, swap)


@cache
def siblings(plover: str) -> frozenset[str]:
    """The other PLOVER types that share a CAMEO root with this one (CONCEDE and RETREAT
    under 08, ASSAULT and COERCE under 17 and 19). Between siblings the lexicon's sub-code
    is the finer evidence ("eased the curfew" against "withdrew from the town"), so the
    model may veto such an event but does not retype it into its sibling."""
    roots: dict[str, set[str]] = {}
    for c in ontology.codes().values():
        if c.plover:
            roots.setdefault(c.root, set()).add(c.plover)
    near = set().union(*(types for types in roots.values() if plover in types))
    return frozenset(near - {plover})


#: The general CAMEO code a retyped event takes (checked against the table: a code whose
#: type differs gives way to the first 3-digit code of the type).
TYPE_CODES = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "050",
    "COOPERATE": "060",
    "AID": "070",
    "CONCEDE": "080",
    "RETREAT": "084",
    "REQUEST": "020",
    "ACCUSE": "112",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "MOBILIZE": "150",
    "SANCTION": "160",
    "COERCE": "170",
    "ASSAULT": "190",
}


@lru_cache(maxsize=32)
def type_code(plover: str) -> str:
    """The general CAMEO code of a PLOVER type."""
    table = ontology.codes()
    code = TYPE_CODES.get(plover, "")
    if code in table and table[code].plover == plover:
        return code
    for code, entry in table.items():
        if len(code) == 3 and entry.plover == plover:
            return code
    raise KeyError(f"no CAMEO code for PLOVER type {plover!r}")


@lru_cache(maxsize=4)
def shipped(path: str | None = None) -> EventModel | None:
    """The packaged model (loaded once), or ``None`` when no weights ship (a checkout
    before ``make train``): the lexicon then codes alone. Unreadable weights are an error."""
    try:
        return EventModel.load(path)
    except FileNotFoundError:
        return None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        where = path or MODEL_FILE
        raise ConfigError(
            f"{where}: unreadable event model ({type(exc).__name__}: {exc})",
            hint="rebuild it with `make train`, or set event_model = false",
        ) from None
