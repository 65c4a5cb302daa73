"""Cue words in the parse: which tokens cue a report (a verb of saying, a cue noun or
adjective, a prepositional cue such as "according to"), and of what kind."""

from __future__ import annotations

from functools import lru_cache

from ..parse import Parse
from .lexicon import (
    CHANNEL_NOUNS,
    CLAUSE_OPENERS,
    CLEAR_ADJECTIVES,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    EVIDENCE_NOUNS,
    GROUP_NOUNS,
    MADE_NOUNS,
    OPEN_COMPLEMENTS,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    STANCE_NOUNS,
    SUBJECTS,
    cue_of,
    cues,
)

#: Longest sentence (tokens) whose parse the indirect rules trust.
MAX_SENTENCE_TOKENS = 250


#: Labels of what a verb of appearance says its subject seems (besides a to-clause).
SEEM_PREDICATES = frozenset({"acomp", "attr", "oprd", "ccomp"})


#: Labels of a clause under a cue noun or adjective.
NOUN_CLAUSES = frozenset({"acl", "ccomp", "xcomp", "advcl", "relcl"})


def is_cue(parse: Parse, i: int) -> bool:
    t = parse.tokens[i]
    if t.pos == "ADP" or t.text.lower() == "according":
        return via(parse, i) is not None
    if not (t.pos in ("VERB", "AUX") or t.tag.startswith("VB")):
        if t.pos == "NOUN" and stance_objects(parse, i):
            return True
        return t.pos in ("NOUN", "ADJ") and bool(clause_children(parse, i))
    cue = cue_of(t.text, t.lemma)
    if cue is None:
        return made_clear(parse, i) is not None
    if cue.kind == "via":
        return False
    if cue.kind == "seeming":
        return seeming_parts(parse, i) is not None
    if i and parse.tokens[i - 1].pos == "DET" and parse.tokens[i - 1].dep == "det":
        return False  # "a tweet", "the post": a noun the tagger took for a verb
    return cue.kind != "evidence" or _own_subject(parse, i)


#: Labels under which "make" takes the adjective of "made clear that ...".
CLEAR_LABELS = frozenset({"ccomp", "oprd", "acomp", "xcomp"})


def made_clear(parse: Parse, i: int) -> int | None:
    """The adjective of "made clear that ...", "made plain the vote would fail", or the noun of
    "made the argument (for years) that ...": "make" reports the clause it takes beside the
    adjective or the noun; the token of the adjective or noun, else None."""
    toks, t = parse.tokens, parse.tokens[i]
    if t.lemma.lower() != "make":
        return None
    kids = parse.children[i]
    adj = [
        c
        for c in kids
        if (toks[c].dep in CLEAR_LABELS and toks[c].lemma.lower() in CLEAR_ADJECTIVES)
        or (toks[c].dep == "dobj" and toks[c].lemma.lower() in MADE_NOUNS)
    ]
    if not adj or not any(toks[c].dep == "ccomp" and c > adj[0] for c in kids):
        return None
    return adj[0]


def seeming_parts(parse: Parse, i: int) -> tuple[int, int] | None:
    """A verb of appearance with a subject of its own and what it seems ("the deal seems to
    be dead", "the plan seemed doomed", "the rally seemed like a wake", "it seems the vote
    failed"): the subject and the predicate, else None ("she appeared on television")."""
    toks, kids = parse.tokens, parse.children[i]
    subj = [c for c in kids if toks[c].dep in SUBJECTS and c < i]
    preds = [c for c in kids if c > i and _seems_as(parse, c)]
    if not subj or not preds:
        return None
    word = toks[subj[0]].text.lower()
    if word == "there" or (word == "it" and toks[preds[0]].dep in OPEN_COMPLEMENTS):
        return None  # "it seems to work": the "it" may be anything
    return subj[0], preds[0]


def _seems_as(parse: Parse, c: int) -> bool:
    """A predicate of a verb of appearance: a to-clause, an adjective, a noun, a clause or
    a "like" phrase."""
    t = parse.tokens[c]
    if t.dep == "prep":
        return t.text.lower() == "like" and bool(parse.children[c])
    return t.dep in OPEN_COMPLEMENTS or t.dep in SEEM_PREDICATES


def holder(parse: Parse, seeming: tuple[int, int]) -> bool:
    """Whether the subject of a verb of appearance holds the view its to-clause gives ("many
    voters seem to think ..."); otherwise no one speaks ("the deal seems dead")."""
    subj, pred = seeming
    return parse.tokens[pred].dep in OPEN_COMPLEMENTS and sentient(parse, subj)


def sentient(parse: Parse, h: int) -> bool:
    """A subject that can hold a view ("many voters seem to think", "Lee appeared to back"):
    it speaks, and only its to-clause is the content."""
    t = parse.tokens[h]
    if t.ent in ("PERSON", "NORP", "ORG") or t.text.lower() in ("i", "he", "she", "we", "they"):
        return True
    lemma = t.lemma.lower()
    return lemma in PEOPLE_NOUNS or lemma in PERSON_TITLES or lemma in GROUP_NOUNS


def clause_children(parse: Parse, i: int) -> list[int]:
    """The that- or to-clauses of a cue noun or adjective ("the claim that the vote was
    rigged", "eager to run"); none for other words."""
    t = parse.tokens[i]
    words = CUE_NOUNS if t.pos == "NOUN" else CUE_ADJECTIVES if t.pos == "ADJ" else None
    if words is None or t.lemma.lower() not in words:
        return []
    out = []
    for c in [*parse.children[i], *_predicate_clauses(parse, i)]:
        if c > i and parse.tokens[c].dep in NOUN_CLAUSES:
            first = parse.tokens[min(parse.subtree(c))]
            word = first.text.lower()
            if word in CLAUSE_OPENERS and (word != "that" or first.dep == "mark"):
                out.append(c)  # "the claim that ...", not "the claim that he made"
    return out


def _predicate_clauses(parse: Parse, i: int) -> list[int]:
    """The clause a cue noun is said to be ("Her view is that the pier is unsafe", "the
    council's conclusion was that ..."): the clauses of the "be" the noun is the subject of."""
    t = parse.tokens[i]
    head = parse.tokens[t.head]
    if t.dep != "nsubj" or head.i == i or head.lemma.lower() != "be":
        return []
    return [c for c in parse.children[head.i] if c > head.i and parse.tokens[c].dep == "ccomp"]


def stance_objects(parse: Parse, i: int) -> list[int]:
    """The object of a noun of stance after its preposition ("his criticism of the levy",
    "her support for Navarro"), when the noun has a holder of its own, a possessor ("his",
    "Lee's"): none for other nouns, nor for "the criticism of the levy", which names no
    one who holds it."""
    toks, t = parse.tokens, parse.tokens[i]
    preps = STANCE_NOUNS.get(t.lemma.lower())
    if preps is None or not any(toks[c].dep == "poss" for c in parse.children[i]):
        return []
    return [
        g
        for c in parse.children[i]
        if c > i and toks[c].dep == "prep" and toks[c].text.lower() in preps
        for g in parse.children[c]
        if toks[g].dep == "pobj"
    ]


def _own_subject(parse: Parse, i: int) -> bool:
    """An evidence verb speaks only for a subject of its own ("the poll shows that"), not
    for the act before it (", showing that", ", meaning that")."""
    return any(parse.tokens[c].dep in SUBJECTS for c in parse.children[i])


def via(parse: Parse, i: int) -> tuple[str, int, int] | None:
    """A prepositional cue at token ``i`` ("according to the ministry", "in a statement",
    "in the latest poll"): its role (source, channel, evidence), the token of its noun and
    the last token of the cue words."""
    toks, t = parse.tokens, parse.tokens[i]
    words = t.text.lower()
    if (t.pos != "ADP" and words != "according") or words not in _via_words():
        return None
    j = i
    if i + 1 < len(toks) and f"{words} {toks[i + 1].text.lower()}" in cues():
        words, j = f"{words} {toks[i + 1].text.lower()}", i + 1
    cue = cues().get(words)
    if cue is None or cue.kind != "via":
        return None
    noun = next((g for g in parse.children[j] if toks[g].dep == "pobj"), None)
    if noun is None:
        return None
    if cue.object == "source":
        return "source", noun, j
    lemma = toks[noun].lemma.lower()
    if lemma in EVIDENCE_NOUNS and _generic(parse, noun):
        return None
    if lemma in EVIDENCE_NOUNS or lemma in CHANNEL_NOUNS:
        head = toks[t.head]
        said = cue_of(head.text, head.lemma)
        reported = head.i != i and said is not None and said.kind == "speech"
        if not reported:  # "said in a statement": the verb is the cue
            return ("evidence" if lemma in EVIDENCE_NOUNS else "channel"), noun, j
    return None


@lru_cache(maxsize=1)
def _via_words() -> frozenset[str]:
    """First words of the prepositional cues ("according", "in"): no other word is one."""
    return frozenset(k.split()[0] for k, c in cues().items() if c.kind == "via")


def _generic(parse: Parse, noun: int) -> bool:
    """Evidence in the plural that names no particular source ("leads in the polls", "in
    national polls"): the writer's own summary, not a poll that speaks; "in two polls by
    the university" or "in the Hartley polls" still speak."""
    toks = parse.tokens
    if toks[noun].tag != "NNS":
        return False
    return all(
        toks[g].dep == "amod" or (toks[g].dep == "det" and toks[g].text.lower() == "the")
        for g in parse.children[noun]
    )


def cue_text(parse: Parse, i: int) -> str:
    """The cue as written: the verb with its particle ("pointed out"), or the prepositional
    phrase up to its noun ("according to", "in a statement")."""
    t = parse.tokens[i]
    found = via(parse, i)
    if found is not None:
        last = found[2] if found[0] == "source" else found[1]
        words = [x.text for x in parse.tokens[i : last + 1]]
        cut = found[2] - i + 1  # the cue's own words in lower case, the noun as written
        return " ".join([*(w.lower() for w in words[:cut]), *words[cut:]])
    prt = [parse.tokens[c].text for c in parse.children[i] if parse.tokens[c].dep == "prt"]
    clear = made_clear(parse, i) if t.pos in ("VERB", "AUX") else None
    if clear is not None:
        prt = [parse.tokens[clear].text]  # "made clear"
    return " ".join([t.text, *prt])


def cue_kind(parse: Parse, i: int | None) -> str:
    if i is None or via(parse, i) is not None:
        return "speech"
    if parse.tokens[i].pos in ("NOUN", "ADJ"):
        return "belief"
    cue = cue_of(parse.tokens[i].text, parse.tokens[i].lemma)
    return cue.kind if cue is not None else "speech"


def too_long(parse: Parse, i: int) -> bool:
    """A sentence too long to be a sentence (a run-on scrape): its parse is not trusted."""
    sent = parse.sentences[parse.tokens[i].sent]
    return sent.last - sent.first > MAX_SENTENCE_TOKENS


def own_report(parse: Parse, k: int) -> bool:
    """A speech cue that reports on its own: ", adding that", ", and warned that", ",
    according to the ministry"."""
    t = parse.tokens[k]
    if t.pos == "ADP" or t.text.lower() == "according":
        found = via(parse, k)
        return found is not None and found[0] == "source"
    cue = cue_of(t.text, t.lemma)
    return cue is not None and cue.kind == "speech" and is_cue(parse, k)
