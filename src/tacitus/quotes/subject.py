"""The speaker of a cue as written: its subject, climbing through clauses, as a token range
(":mod:`.speaker` resolves it to an actor)."""

from __future__ import annotations

import re

from ..parse import Parse
from .content import passive_as_content, passive_stance, raised_clause
from .cue_tokens import cue_kind, holder, is_cue, seeming_parts, via
from .lexicon import CLIMB, SUBJECTS, cue_of

#: What ends a dateline: "KABUL (Reuters) - ...", "GENEVA: ...".
DATELINE_MARKS = frozenset({"-", "--", "—", "–", ":"})


#: Subjects that point at a thing said or done, never at a speaker ("That suggests ...").
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


#: Labels of words after "those" that make it people ("those polled", "those who left").
PEOPLE_AFTER = frozenset({"acl", "relcl"})


#: Heads of a share of people ("47 percent say", "47% say").
SHARE_WORDS = frozenset({"%", "percent", "per cent"})


#: Prepositions through which the subject of a verb holds a cue noun: "acted in the belief
#: that", "spoke with the aim of", "resigned on the understanding that".
OWNED_PREPOSITIONS = frozenset({"in", "with", "on", "under"})


#: A bracketed aside: "(D-Wis.)".
BRACKETED = re.compile(r"\([^()\n]{0,40}\)")


#: Dependents cut off the right of a speaker phrase ("Smith, who has led ...").
SPEAKER_CUT = frozenset({"relcl", "acl", "appos", "punct", "advmod"})


def demonstrative(parse: Parse, who: tuple[int, int]) -> bool:
    """A bare "that" or "those" as the subject: a thing, unless words describe it as people
    ("those polled say", "those who voted")."""
    first, last = who
    if last - first != 1 or parse.tokens[first].text.lower() not in DEMONSTRATIVES:
        return False
    return not any(parse.tokens[c].dep in PEOPLE_AFTER for c in parse.children[first])


def speaker_range(
    parse: Parse, i: int | None, inside: frozenset[int] | set[int] = frozenset()
) -> tuple[int, int] | None:
    """Token range of the speaker of cue ``i``: its subject, climbing through clauses."""
    if i is None:
        return None
    if cue_kind(parse, i) == "seeming":
        seeming = seeming_parts(parse, i)
        if seeming is None or not holder(parse, seeming):
            return None  # "the deal seems dead": no one says so
    found = via(parse, i)
    if found is not None:
        if found[0] == "channel":  # "In a statement, the ministry rejected ...": its subject
            return speaker_range(parse, parse.tokens[i].head)
        return phrase(parse, found[1])  # according to the ministry; in the latest poll
    passive_as, raised = (
        passive_as_content(parse, i) is not None,
        raised_clause(parse, i) is not None or passive_stance(parse, i) is not None,
    )
    if passive_as or raised:
        # "Lee is seen by many as ...", "Lee is said by aides to favour ...", "the plan was
        # backed by the union": by whom, if the text says; "Lee is expected to win" is taken
        # as Lee's own intention
        agent = [c for c in parse.children[i] if parse.tokens[c].dep == "agent"]
        agent = [g for c in agent for g in parse.children[c]]
        if agent:
            return phrase(parse, agent[0])
        if passive_as:
            return None
    j = _reporting_ancestor(parse, i)
    if parse.tokens[i].pos in ("NOUN", "ADJ"):
        owner = _owner(parse, i)
        if owner is not None and parse.tokens[owner].pos not in ("VERB", "AUX"):
            return phrase(parse, owner)
        j = i if owner is None else owner
    for _ in range(4):
        subjects = [c for c in parse.children[j] if parse.tokens[c].dep in SUBJECTS]
        named = [c for c in subjects if parse.tokens[c].ent not in ("TIME", "DATE")]
        if named:
            c = min(named, key=lambda k: abs(k - j))  # the nearest, when the parser gives two
            if c in inside:  # the parser took words of the quote for the subject
                return _beside(parse, i, inside)
            return phrase(parse, c)
        by = _agent(parse, j) if j == i or parse.tokens[i].tag == "VBN" else None
        if by is not None:
            return phrase(parse, by)
        tok = parse.tokens[j]
        if tok.dep == "acl" and parse.tokens[tok.head].pos in ("NOUN", "PROPN"):
            return phrase(parse, tok.head)  # "a tweet attacking ...": the tweet says it
        if tok.dep not in CLIMB or tok.head == j:
            return _name_before(parse, j)
        j = tok.head
    return None


def _agent(parse: Parse, j: int) -> int | None:
    """The noun of verb ``j``'s by-phrase ("was told by the mayor"), never a quotation mark
    the parser hung on "by". A verb joined to a passive by "and" ("was fooled by “a fraud”
    and urged ...") does not take its agent: only another passive does."""
    toks = parse.tokens
    for c in parse.children[j]:
        if toks[c].dep == "agent":
            nouns = [g for g in parse.children[c] if toks[g].dep == "pobj"]
            return nouns[0] if nouns else None
    return None


#: Entity labels of a name that holds the cue noun it modifies ("the ministry's" without
#: the possessive: "the Kremlin claim that ...").
HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _owner(parse: Parse, i: int) -> int | None:
    """Who holds a cue noun or adjective: its possessor ("Lee's claim", "his hope") or the
    verb whose subject holds it ("Lee made the argument", "Lee is eager to")."""
    t = parse.tokens[i]
    toks = parse.tokens
    for c in parse.children[i]:
        if toks[c].dep == "poss":
            return c
    if t.pos == "NOUN":
        for c in parse.children[i]:
            if c < i and toks[c].dep == "compound" and toks[c].ent in HOLDER_ENTITIES:
                return c  # "the ministry demand that ...", "a Kremlin claim that ..."
            if c > i and toks[c].dep == "prep" and toks[c].text.lower() in ("by", "from"):
                for g in parse.children[c]:
                    if toks[g].dep == "pobj" and toks[g].pos in ("PROPN", "NOUN"):
                        return g  # "a claim by the ministry that ..."
    if t.dep in ("dobj", "attr", "acomp", "oprd", "amod") and t.head != i:
        return t.head  # "Lee made the argument", "Lee is eager to", "voters eager to"
    if t.dep in ("ccomp", "xcomp") and t.head != i and _expletive(parse, i):
        return t.head  # "Lee made it clear that ...": Lee, not "it"
    prep = parse.tokens[t.head]
    if t.dep != "pobj" or prep.text.lower() not in OWNED_PREPOSITIONS or prep.head == prep.i:
        return None
    if parse.tokens[prep.head].pos in ("VERB", "AUX"):
        return prep.head  # "Lee voted for it in the hope that ...": Lee hopes
    return None


def _expletive(parse: Parse, i: int) -> bool:
    """A cue adjective whose subject is an empty "it" ("made it clear that")."""
    toks = parse.tokens
    return any(toks[c].dep in SUBJECTS and toks[c].text.lower() == "it" for c in parse.children[i])


def _reporting_ancestor(parse: Parse, i: int) -> int:
    """For a participle cue ("..., adding that"), the reporting verb it hangs from, if any:
    "Smith said Kabul wanted peace, adding that ..." is Smith adding, not Kabul."""
    if parse.tokens[i].tag != "VBG":
        return i
    j = i
    for _ in range(4):
        tok = parse.tokens[j]
        if (tok.dep not in CLIMB and tok.dep != "ccomp") or tok.head == j:
            break
        j = tok.head
        cue = cue_of(parse.tokens[j].text, parse.tokens[j].lemma)
        if cue is not None and cue.kind == "speech" and is_cue(parse, j):
            return j
    return i


def _beside(parse: Parse, i: int, inside: frozenset[int] | set[int]) -> tuple[int, int] | None:
    """The words between a cue and the quote: ”, the strategist said / Said Ellis: “."""
    stop = ("PUNCT", "ADP", "VERB", "AUX")
    k = i
    while k > 0 and k - 1 not in inside and parse.tokens[k - 1].pos not in stop and i - k < 8:
        k -= 1
    if k < i:
        return k, i
    k = i + 1
    while k < len(parse.tokens) and k not in inside and parse.tokens[k].pos not in stop:
        k += 1
    return (i + 1, k) if i + 1 < k <= i + 8 else None


def _name_before(parse: Parse, j: int) -> tuple[int, int] | None:
    """A verb the parser left without a subject: the name just before it ("Smith, took")."""
    k = j - 1
    while k >= 0 and parse.tokens[k].pos in ("PUNCT", "AUX", "ADV", "PART"):
        k -= 1
    if k < 0 or parse.tokens[k].ent not in ("PERSON", "ORG", "NORP"):
        return None
    if parse.tokens[k].sent != parse.tokens[j].sent:
        return None
    first = k
    while first > 0 and parse.tokens[first - 1].ent == parse.tokens[k].ent:
        first -= 1
    return first, k + 1


def phrase(parse: Parse, h: int) -> tuple[int, int]:
    """The noun phrase headed by ``h``, without relative clauses and appositions."""
    cut: set[int] = set()
    clauses: set[int] = set()  # "tweets criticizing Ana Ruiz": her name is not theirs
    people = parse.tokens[h].text.lower() in DEMONSTRATIVES  # "those polled": keep "polled"
    for c in parse.children[h]:
        t = parse.tokens[c]
        if people and t.dep in PEOPLE_AFTER:
            continue
        if c > h and (t.dep in SPEAKER_CUT or (t.dep == "prep" and t.text.lower() != "of")):
            cut.update(parse.subtree(c))
        if c > h and t.dep in PEOPLE_AFTER:
            clauses.update(parse.subtree(c))
    keep = [k for k in parse.subtree(h) if k not in cut]
    first = min(keep)
    last = h
    while last + 1 in keep and parse.tokens[last + 1].text != ",":
        last += 1
    named = [
        k
        for k in parse.subtree(h)
        if k > last and k not in clauses and parse.tokens[k].ent == "PERSON"
    ]
    if named and not any(parse.tokens[k].ent == "PERSON" for k in range(first, last + 1)):
        end = named[0]  # "envoy for Afghan peace Zalmay Khalilzad": reach the name
        while end + 1 < len(parse.tokens) and parse.tokens[end + 1].ent == "PERSON":
            end += 1
        if all(parse.tokens[k].text != "," for k in range(last, end)):
            last = end
    for k in range(first, h):  # a speaker phrase never reaches back over a paragraph break
        if "\n" in parse.tokens[k].text:
            first = k + 1
    first = _after_dateline(parse, first, h)
    share = parse.tokens[h].text.lower() in SHARE_WORDS  # "47 percent say": keep the 47
    while first < h and (
        parse.tokens[first].pos in ("PUNCT", "SPACE")
        or (parse.tokens[first].pos == "NUM" and not share)
        or parse.tokens[first].ent in ("TIME", "DATE")
    ):
        first += 1
    return first, last + 1


def _after_dateline(parse: Parse, first: int, h: int) -> int:
    """Skip a dateline the parser took into the phrase: "KABUL (Reuters) - Officials"."""
    toks = parse.tokens
    for k in range(first, h):
        if toks[k].text in DATELINE_MARKS:
            before = BRACKETED.sub("", " ".join(t.text for t in toks[first:k]))
            if before.strip() and not any(c.islower() for c in before):
                return k + 1
    return first
