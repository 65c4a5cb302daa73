"""A learned choice of the target among the sentence's actors.

The coder's rules find the target in the trigger's object, its prepositional phrases and
a fallback in the clause after it; on outside news half the misses are a target that the
sentence names elsewhere ("directed her criticism at the mayor", a target before the
verb, a target in a phrase hanging on the object). A binary logistic regression, trained
on the corpus' target spans, scores each (trigger, actor) pair of the sentence from the
dependency path between them, the side and distance, the preposition that governs the
actor and the event's CAMEO root. It fills a missing target when the best actor scores at
least ``target_fill`` and replaces the rules' target when another actor scores
``target_margin`` more.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import repeat
from typing import Any

import numpy as np

from ..parse import Parse, Sentence, Token
from ..records import Actor
from .syntax import ActorIndex, is_agency, kids, prep_objects

PREP_DEPS = frozenset({"pobj", "pcomp"})


def vocab_rows(vocab: dict[str, int], feats: dict[str, float]) -> np.ndarray:
    """The weight rows of the features ``vocab`` knows, in the features' order (the order
    the weights are summed in, so the scores stay the same to the last bit)."""
    # map with dict.get runs in C, not one Python frame a feature; -1 marks an unknown one
    idx = np.fromiter(map(vocab.get, feats, repeat(-1)), dtype=np.intp, count=len(feats))
    return idx[idx >= 0]


def token_starts(parse: Parse, sent: Sentence) -> list[int]:
    """The character offsets where the sentence's tokens start, to bisect a mention's
    start into. Kept on the parse (a pure fact of it): each candidate's arguments ask."""
    key = ("targets.starts", sent.first)
    starts: list[int] | None = parse.memo.get(key)
    if starts is None:
        starts = [t.start for t in parse.tokens[sent.first : sent.last]]
        parse.memo[key] = starts
    return starts


def sentence_actors(parse: Parse, index: ActorIndex, sent: Sentence) -> list[tuple[Actor, Token]]:
    """Each actor with a mention in the sentence and the token its first mention starts on."""
    lo, hi = bisect_left(index.starts, sent.start), bisect_left(index.starts, sent.end)
    starts = token_starts(parse, sent)
    out: list[tuple[Actor, Token]] = []
    seen: set[str] = set()
    for s, _e, actor in index.spans[lo:hi]:
        if actor.id in seen or is_agency(actor):
            continue
        seen.add(actor.id)
        k = sent.first + max(0, bisect_right(starts, s) - 1)
        out.append((actor, head_of_mention(parse, parse.tokens[k], s, _e)))
    return out


def head_of_mention(parse: Parse, tok: Token, start: int, end: int) -> Token:
    """The token of the mention whose head lies outside it (the phrase's head)."""
    t = tok
    for _ in range(6):
        h = parse.tokens[t.head]
        if h.i == t.i or not (start <= h.start < end):
            return t
        t = h
    return t


def pair_features(
    parse: Parse, trig: Token, code: str, actor: Actor, tok: Token, current: bool
) -> dict[str, float]:
    """Features of the actor at ``tok`` as the target of the act at ``trig``."""
    root = code[:2]
    f: dict[str, float] = {"bias": 1}
    side = "before" if tok.i < trig.i else "after"
    dist = abs(tok.i - trig.i)
    f[f"side={side}"] = 1
    f[f"dist={min(dist // 3, 5)}"] = 1
    f[f"dep={tok.dep}"] = 1
    f[f"dep|root={tok.dep}|{root}"] = 1
    f[f"sector={actor.sector}"] = 1
    f[f"placed={'yes' if actor.country or actor.sector in ('IGO', 'NGO') else 'no'}"] = 1
    f[f"current={current}"] = 1
    up = _path_up(parse, tok, trig)
    lem = trig.lemma.lower()
    f[f"path={up}"] = 1
    f[f"path|side={up}|{side}"] = 1
    f[f"path|root={up}|{root}"] = 1
    f[f"tpos={trig.pos}"] = 1
    f[f"tlem|dep={lem}|{tok.dep}"] = 1
    if tok.dep in PREP_DEPS:
        prep = parse.tokens[tok.head].lemma.lower()
        f[f"prep={prep}"] = 1
        f[f"prep|root={prep}|{root}"] = 1
        f[f"prep|side={prep}|{side}"] = 1
        f[f"tlem|prep={lem}|{prep}"] = 1
    return f


def candidate_pairs(
    parse: Parse,
    actors: list[tuple[Actor, Token]],
    trig: Token,
    code: str,
    source: Actor | None,
    target: Actor | None,
) -> list[tuple[Actor, dict[str, float]]]:
    """Each actor of the sentence (:func:`sentence_actors`) that may be the target of the
    act at ``trig`` (not the source, not the trigger itself), with its features."""
    inside = _side_phrase(parse, trig)
    cands = [
        (a, t)
        for a, t in actors
        if t.i != trig.i and not _same(a, source) and (inside is None or t.i in inside)
    ]
    return [(a, pair_features(parse, trig, code, a, t, _same(a, target))) for a, t in cands]


#: Prepositions and marks of a phrase or clause that says when the main act happened
#: ("met X days *after* clashes killed twelve people").
TIME_WORDS = frozenset({"after", "before", "since", "during", "following", "amid", "when", "while"})


def _side_phrase(parse: Parse, trig: Token) -> set[int] | None:
    """The tokens of the time phrase or clause the act at ``trig`` is told in, when it is
    told in one: its target is in there, not among the main clause's actors (the people
    "met" are not the target of the clashes that came before)."""
    t = trig
    for _ in range(8):
        if t.head == t.i:
            return None
        h = parse.tokens[t.head]
        if t.dep in ("pobj", "pcomp") and h.dep == "prep" and h.lemma.lower() in TIME_WORDS:
            return set(parse.subtree(h.i))
        if t.dep == "advcl" and any(
            m.lemma.lower() in TIME_WORDS for m in kids(parse, t.i, "mark", "advmod")
        ):
            return set(parse.subtree(t.i))
        t = h
    return None


#: Verbs that move people or things to or from a place or a side: their object is what
#: moves (mostly the doer's own troops, envoy or goods), and the act is aimed at where it
#: goes or what it leaves ("withdrew *its forces* from Lebanon", "deployed soldiers to
#: Mali", "returned the statues to Greece", "retook the town from the rebels"). Not an
#: expulsion or a deportation: the people thrown out are its target. ("retook": the tagger
#: leaves it as its own lemma.)
MOVE_VERBS = frozenset(
    {"send", "deploy", "redeploy", "dispatch", "withdraw", "pull", "move", "return",
     "extradite", "hand", "transfer", "repatriate", "airlift", "retake", "recapture",
     "wrest", "evacuate", "relocate", "retook", "retaken"}
)  # fmt: skip
#: Prepositions of where the moved object goes or what it leaves (and "out of").
MOVE_PREPS = ("to", "into", "from")


def moved_to(
    parse: Parse,
    actors: list[tuple[Actor, Token]],
    trig: Token,
    source: Actor | None,
    target: Actor | None,
) -> Actor | None:
    """For a :data:`MOVE_VERBS` act whose target is (in) its direct object, the actor of
    its "to", "into", "from" or "out of" phrase (on the verb or on the object), if any:
    the object is what moves, the side it goes to or leaves is the one the act is aimed
    at."""
    if target is None or trig.pos != "VERB" or trig.lemma.lower() not in MOVE_VERBS:
        return None
    objs = kids(parse, trig.i, "dobj")
    tok = next((t for a, t in actors if a.id == target.id), None)
    if not objs or tok is None or not any(tok.i in parse.subtree(o.i) for o in objs):
        return None
    outs = [c for c in parse.child_tokens[trig.i] if c.text.lower() == "out"]
    ends: set[int] = set()
    for holder in (trig, *objs):
        for o in prep_objects(parse, holder, *MOVE_PREPS):
            ends.update(parse.subtree(o.i))
    for o in (o for out in outs for o in prep_objects(parse, out, "of")):
        ends.update(parse.subtree(o.i))  # "pulled its troops out of Iraq"
    home = source.country if source is not None else None
    for a, t in actors:
        if t.i not in ends or _same(a, source) or _same(a, target):
            continue
        if home is not None and a.country == home != target.country:
            continue  # foreigners handed to the doer's own police: aimed at the foreigners
        return a
    return None


#: CAMEO roots of disapproval, rejection and protest: aimed at whoever did what they
#: object to.
DISAPPROVE_ROOTS = frozenset({"11", "12", "14"})


def act_doer(
    parse: Parse,
    actors: list[tuple[Actor, Token]],
    trig: Token,
    code: str,
    source: Actor | None,
    target: Actor | None,
) -> Actor | None:
    """For a protest or a condemnation (:data:`DISAPPROVE_ROOTS`) of an act named by a noun
    ("protested *the killing of an Indian student by Australian police*"), the actor of
    the noun's "by" phrase when the target is the one it was done to: the protest is
    aimed at who did it, not at its victim."""
    if target is None or code[:2] not in DISAPPROVE_ROOTS:
        return None
    tok = next((t for a, t in actors if a.id == target.id), None)
    if tok is None:
        return None
    for noun in kids(parse, trig.i, "dobj"):
        victims = {i for o in prep_objects(parse, noun, "of") for i in parse.subtree(o.i)}
        if tok.i not in victims:
            continue
        doers = {i for o in prep_objects(parse, noun, "by") for i in parse.subtree(o.i)}
        found = [a for a, t in actors if t.i in doers and not _same(a, source)]
        if found:
            return found[0]
    return None


#: Verbs whose subject undergoes the act of force their object or "in"/"from" phrase
#: names ("soldiers *suffered* heavy losses in attacks by ...", "villagers *fled*
#: attacks by ...", "the port *came* under bombardment by ...").
UNDERGO_VERBS = frozenset(
    {"suffer", "sustain", "endure", "face", "flee", "escape", "survive", "withstand",
     "come", "weather", "repel", "repulse"}
)  # fmt: skip
FORCE_TARGET_ROOTS = frozenset({"18", "19", "20"})


def undergoer(
    parse: Parse, actors: list[tuple[Actor, Token]], trig: Token, code: str, source: Actor | None
) -> Actor | None:
    """For an act of force named by a noun with no target, the subject of the verb of
    undergoing (:data:`UNDERGO_VERBS`) whose object or prepositional phrase holds it
    ("*Ethiopian soldiers* suffered heavy losses in attacks by Eritrean troops"): who
    suffered the attack is its target."""
    if trig.pos not in ("NOUN", "PROPN") or code[:2] not in FORCE_TARGET_ROOTS:
        return None
    t = trig
    for _ in range(4):
        if t.head == t.i or t.dep not in ("dobj", "pobj", "prep", "compound", "conj"):
            return None
        if t.dep == "prep" and t.lemma.lower() in TIME_WORDS:
            return None  # "fled *after* the attack": when, not what they underwent
        t = parse.tokens[t.head]
        if t.pos == "VERB":
            break
    if t.pos != "VERB" or t.lemma.lower() not in UNDERGO_VERBS:
        return None
    if t.lemma.lower() == "come" and not prep_objects(parse, t, "under"):
        return None  # "came under fire": not "came with attacks"
    subj = kids(parse, t.i, "nsubj")
    if not subj:
        return None
    inside = set(parse.subtree(subj[0].i))
    return next((a for a, k in actors if k.i in inside and not _same(a, source)), None)


def _partners(
    parse: Parse, actors: list[tuple[Actor, Token]], source: Actor | None, target: Actor | None
) -> bool:
    """The source and the target are named side by side, coordinated ("Chile and Peru",
    "Greek and Turkish officials"): the rules paired the two sides of a joint act."""
    if source is None or target is None:
        return False
    s = next((t for a, t in actors if a.id == source.id), None)
    t = next((t for a, t in actors if a.id == target.id), None)
    if s is None or t is None:
        return False
    return _conj_root(parse, s) == _conj_root(parse, t)


def _conj_root(parse: Parse, tok: Token) -> int:
    """The first conjunct of the coordination ``tok`` belongs to (itself when none)."""
    for _ in range(6):
        if tok.dep != "conj" or tok.head == tok.i:
            break
        tok = parse.tokens[tok.head]
    return tok.i


#: Sectors of a state's own organs: they speak and act for the state.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


def _own_state(source: Actor | None, target: Actor | None) -> bool:
    """The target is the source's own country named as a state ("the Greek prime minister
    warned Turkey that drilling in *Greek* waters ...", "Koizumi apologised for *Japan's*
    rule"): a state and its organs do not act on the state itself when the sentence names
    another side. Not a side outside the state ("French farmers threatened Paris with ..."
    is aimed at their own government)."""
    return (
        source is not None
        and target is not None
        and target.kind == "state"
        and (source.kind == "state" or source.sector in STATE_ORGANS)
        and source.country is not None
        and target.country == source.country
    )


def _same(a: Actor, b: Actor | None) -> bool:
    return b is not None and (a.id == b.id or a.name == b.name)


def _path_up(parse: Parse, tok: Token, trig: Token) -> str:
    """Dependency labels from the actor up to the trigger (or ``^`` past the trigger's
    clause: the actor is not under it), at most four steps."""
    ancestors = {trig.i}
    t = trig
    for _ in range(3):
        if t.head == t.i:
            break
        t = parse.tokens[t.head]
        ancestors.add(t.i)
    steps: list[str] = []
    t = tok
    for _ in range(4):
        if t.i == trig.i:
            return "/".join(steps) + "/T"
        if t.i in ancestors:
            return "/".join(steps) + "/^"
        steps.append(t.dep)
        if t.head == t.i:
            break
        t = parse.tokens[t.head]
    return "/".join(steps) + "/?"


class TargetScorer:
    """Weights of the target scorer (the ``tgt_*`` arrays of the event model file)."""

    def __init__(self, data: dict[str, Any], meta: dict[str, Any]) -> None:
        words = data["tgt_vocab"]
        if words.dtype == np.uint8:
            words = bytes(words).decode("utf-8").split("\n")
        self.vocab: dict[str, int] = {str(w): i for i, w in enumerate(list(words))}
        self.coef = np.asarray(data["tgt_coef"], dtype=np.float64)
        self.intercept = float(data["tgt_intercept"])
        self.fill = float(meta.get("target_fill", 1.1))
        self.margin = float(meta.get("target_margin", 1.1))

    @classmethod
    def from_arrays(cls, data: dict[str, Any], meta: dict[str, Any]) -> TargetScorer | None:
        return cls(data, meta) if "tgt_coef" in data else None

    def score(self, feats: dict[str, float]) -> float:
        idx = vocab_rows(self.vocab, feats)
        z = self.intercept + float(np.add.reduce(self.coef.take(idx)))  # (what .sum() calls)
        return float(1 / (1 + np.exp(-z)))

    def choose(
        self,
        parse: Parse,
        actors: list[tuple[Actor, Token]],
        trig: Token,
        code: str,
        source: Actor | None,
        target: Actor | None,
    ) -> Actor | None:
        """The target to use among the sentence's ``actors`` (:func:`sentence_actors`): the
        rules' one unless another scores clearly better, or the best one when the rules
        found none and it scores high enough."""
        if _partners(parse, actors, source, target):
            return target  # "Chile and Peru held talks": each is the other's target
        pairs = candidate_pairs(parse, actors, trig, code, source, target)
        if target is not None and pairs and all(a.id == target.id for a, _ in pairs):
            return pairs[0][0]  # the rules' target alone: no other to weigh (what pick says)
        scored = [(self.score(f), actor) for actor, f in pairs]
        chosen = self.pick([(p, a.id) for p, a in scored], target.id if target else None)
        found = next((a for _, a in scored if a.id == chosen), target)
        if _own_state(source, found):
            found = self.other_side(scored, source) or found
        return (
            moved_to(parse, actors, trig, source, found)
            or act_doer(parse, actors, trig, code, source, found)
            or found
            or undergoer(parse, actors, trig, code, source)
        )

    def other_side(self, scored: list[tuple[float, Actor]], source: Actor | None) -> Actor | None:
        """The best-scoring actor that is not the source's own state, if it scores enough
        to fill a missing target ("Koizumi apologised to South Korea for *Japan's* rule":
        South Korea)."""
        others = [(p, a) for p, a in scored if not _own_state(source, a)]
        if not others:
            return None
        p, best = max(others, key=lambda x: x[0])
        return best if p >= self.fill else None

    def pick(self, scored: list[tuple[float, str]], target: str | None) -> str | None:
        """The chosen actor id among scored ones, given the rules' target id."""
        if not scored:
            return target
        best_p, best = max(scored, key=lambda x: x[0])
        if target is None:
            return best if best_p >= self.fill else None
        mine = next((p for p, a in scored if a == target), None)
        if mine is None or best == target:
            return target
        return best if best_p >= mine + self.margin else target
