"""The content of an indirect quote: the clause a cue reports, with its boundaries (where
the report stops: a new report, the writer's aside, a paragraph break), and the forms
without a that-clause ("called the deal a betrayal", "is seen as", "The plan, Lee said, ...")."""

from __future__ import annotations

from ..parse import Parse
from .cue_tokens import (
    clause_children,
    cue_kind,
    holder,
    is_cue,
    made_clear,
    own_report,
    seeming_parts,
    sentient,
    stance_objects,
    via,
)
from .lexicon import (
    COMPLEMENTS,
    CONTINUE,
    OPEN_COMPLEMENTS,
    QUESTION_VERBS,
    STANCE_VERBS,
    SUBJECTS,
    TIMED_VERBS,
    UTTERANCE_NOUNS,
    cue_lemma,
    cue_of,
)

#: Tokens that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?"})


#: Labels of words after a noun that leave its phrase bare ("Moscow alone").
BARE_AFTER = frozenset({"punct", "advmod", "npadvmod", "case", "nummod", "compound"})


#: Quotation marks as tokens.
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


#: Longest cue phrase (tokens) set off by a comma: ", said the yard's chief, Jon Ferris."
MAX_ASIDE_CUE = 8


#: Fewest tokens in the content of an indirect quote.
MIN_INDIRECT_TOKENS = 3


#: Dependents that, after a comma or a dash at a content's end, are the writer's aside.
TAIL_DEPS = frozenset({"relcl", "appos", "advcl"})


#: Words that open an adverbial clause after a comma that is the writer's contrast or
#: comment, not more of the report (", while most voters ...", ", even as ...").
TAIL_MARKS = frozenset({"while", "whereas", "as"})


#: Words that open a clause of condition or reason: after a cue's content, more of what was
#: said ("vowed to strike unless the plant reopens").
CONDITION_MARKS = frozenset({"if", "unless", "because"})


#: Marks that set an aside off.
ASIDE_MARKS = frozenset({",", "—", "–", "--", "-"})


#: Words that open a non-restrictive relative clause.
WH_WORDS = frozenset({"which", "who", "whom", "whose"})


#: Nouns that take a to-clause of their own ("efforts to end the strike", "a call to ban
#: imports"): after one, a to-clause the parser hung on the cue is the noun's.
INFINITIVE_NOUNS = frozenset(
    {
        "ability",
        "attempt",
        "bid",
        "call",
        "campaign",
        "commitment",
        "decision",
        "demand",
        "determination",
        "drive",
        "effort",
        "failure",
        "fitness",
        "move",
        "need",
        "offer",
        "order",
        "plan",
        "pledge",
        "promise",
        "proposal",
        "push",
        "readiness",
        "refusal",
        "right",
        "threat",
        "vow",
        "willingness",
    }
)


#: Verbs that, with a subject of their own, open a second report wherever they stand ("...,
#: and nearly half said ..."); others ("add", "call", "note") have other senses there.
SAYING = frozenset({"say", "tell"})


#: Labels of a phrase that opens a sentence before its subject, set off by a comma ("By
#: May, ...", "Six months ago, ...", "Emerging from the talks, ...").
FRONTED_DEPS = frozenset({"prep", "advcl", "advmod", "npadvmod", "cc"})


#: Prepositions that, after a time hung on the cue, go on with what was said ("accused Kim
#: on Monday of lying", "blasted Lee on Monday over the levy").
AFTER_DATE = frozenset({"of", "for", "over", "about", "as", "against"})


#: Prepositions of an adjunct to the cue, never of what it reports ("during the debate").
ADJUNCT_PREPOSITIONS = frozenset(
    {"after", "amid", "before", "despite", "during", "following", "since", "throughout", "until"}
)


#: Words that open a cue phrase set off inside a sentence but not splitting a clause ("as we
#: learned", "which she denied").
SPLIT_OPENERS = frozenset({"as", "which", "who", "whom", "whose", "when", "while", "if"})


#: Tokens that end a clause split by a cue: quotation marks (before the cue), a colon, a
#: semicolon.
SPLIT_STOPS = QUOTE_MARKS | {":", ";"}


def indirect_content(text: str, parse: Parse, i: int) -> tuple[int, int] | None:
    """Character span of what cue ``i`` reports, or None when it reports no clause."""
    toks = parse.tokens
    if via(parse, i) is not None:
        return _according_content(text, parse, i)
    raised = raised_clause(parse, i)
    seeming = seeming_parts(parse, i) if cue_kind(parse, i) == "seeming" else raised
    if seeming is not None and (raised is not None or not holder(parse, seeming)):
        subj, pred = seeming
        words = parse.subtree(pred) if toks[subj].text.lower() == "it" else []
        words = words or parse.subtree(subj) + parse.subtree(pred)  # "it seems" says nothing
        sub = trim(text, parse, i, sorted(words))
        return (toks[sub[0]].start, toks[sub[-1]].end) if len(sub) >= MIN_INDIRECT_TOKENS else None
    clear = made_clear(parse, i) if toks[i].pos in ("VERB", "AUX") else None
    comps = [c for c in parse.children[i] if toks[c].dep in COMPLEMENTS and c != clear]
    comps = [c for c in comps if not _past_break(parse, i, c) and not _relative(parse, i, c)]
    if toks[i].pos in ("NOUN", "ADJ"):
        comps = clause_children(parse, i)
        if not comps and toks[i].pos == "NOUN":
            return _stance_noun_content(text, parse, i)
    elif not comps and (side := _aside(parse, i)) is not None:
        return _governor_clause(text, parse, i, side)
    if not comps and toks[i].pos in ("VERB", "AUX"):
        comps = _clause_under_adjunct(parse, i) or _question(parse, i)
    if not comps:
        comps = [c for c in parse.children[i] if toks[c].dep in OPEN_COMPLEMENTS]
    nominal = not comps
    if nominal:
        named = _naming(parse, i) or passive_as_content(parse, i) or passive_stance(parse, i)
        if named is not None:
            return named
        comps = _objects(parse, i)
    if not comps:
        return _parenthetical(text, parse, i)
    comps = [c for c in comps if c > i] or comps  # "There is doubt: 47% say the city ..."
    sub = parse.subtree(comps[0])
    if nominal and toks[sub[0]].dep == "mark" and toks[sub[0]].head == comps[0]:
        sub = sub[1:]  # "called for the state to ...": "for" goes with the cue
    if toks[comps[0]].dep in OPEN_COMPLEMENTS:
        sub = _addressee(parse, i, comps[0]) + sub
    elif nominal:
        sub = _thanked(parse, i, comps[0]) + sub
    if comps[0] > i:
        sub += _continuation(parse, i, max(sub), comps[0] if nominal else None)
        if not nominal:
            sub = sorted(set(_fronted(parse, i, comps[0])) | set(sub))
    else:
        before = [c for c in comps if c < i]  # "The strike ended, and the mines shut, he said"
        sub = list(range(min(sub), max(parse.subtree(before[-1])) + 1))
        sub = _before_trailing_cue(parse, i, sub)
    sub = trim(text, parse, i, sorted(sub))
    stance = nominal and bool(sub) and _stance(parse, i)
    stance = stance and (len(sub) >= MIN_INDIRECT_TOKENS or _named(parse, comps[0]))
    if len(sub) < MIN_INDIRECT_TOKENS and not _bare_infinitive(parse, sub) and not stance:
        return None
    if nominal and _bare(parse, comps[0], sub):
        return None  # "rejected the offer": a bare noun phrase reports nothing
    return toks[min(sub)].start, toks[max(sub)].end


def _fronted(parse: Parse, i: int, comp: int) -> list[int]:
    """A clause of condition, time or concession that opens what was said, set off by a
    comma, which the parser hung on the cue ("said if the levy passes, the port will
    close", "says no matter what the council decides, the pier will reopen"): part of the
    report, as the clause after it cannot stand without it. Nothing else may stand between
    the cue and it: "said on Monday that ..." and "said in a statement, ..." tell how the
    cue happened, and a "that" before the clause puts it inside the report already."""
    toks = parse.tokens
    first = min((k for k in parse.subtree(comp) if toks[k].pos != "PUNCT"), default=comp)
    stop = first - 1
    while stop > i and toks[stop].text in QUOTE_MARKS:
        stop -= 1  # 'said if it rains, “the pier will flood”'
    if stop <= i + 1 or toks[stop].text != ",":
        return []
    kids = [c for c in parse.children[i] if i < c < stop]
    words = sorted(k for c in kids for k in parse.subtree(c))
    if not words or words[0] != i + 1 or words[-1] != stop - 1 or len(words) != stop - i - 1:
        return []  # words of the cue's own between, or a gap the clause does not fill
    if not any(_opens_clause(parse, c) for c in kids):
        return []
    if any(
        toks[k].ent in ("DATE", "TIME") or (toks[k].dep == "mark" and toks[k].head == comp)
        for k in words
    ):
        return []
    return list(range(i + 1, first))


def _opens_clause(parse: Parse, c: int) -> bool:
    """A clause with a subject opened by a subordinating word ("if the levy passes") or by
    "no matter" ("no matter what the council decides")."""
    toks = parse.tokens
    tree = parse.subtree(c)
    has_verb = any(toks[k].pos in ("VERB", "AUX") and _has_subject(parse, k) for k in tree)
    marks = [toks[g].text.lower() for g in parse.children[c] if toks[g].dep == "mark"]
    marked = toks[c].dep == "advcl" and bool(marks) and marks[0] != "as"  # "as I do": aside
    matter = (
        toks[tree[0]].text.lower() == "no"
        and len(tree) > 1
        and toks[tree[1]].text.lower() == "matter"
    )
    return has_verb and (marked or matter)


def _stance(parse: Parse, i: int) -> bool:
    """A stance verb with a subject of its own ("Lee opposes the tax on harbour fuel"): its
    object, when it says something (words after its noun, a clause), is what the subject is
    for or against. A bare noun phrase ("endorsed Navarro", "opposes the harbour tax") is
    never a quote's content. Without a subject ("a group backing Ruiz", "to back Ruiz") the
    verb tells what a thing does or would do, and no one is quoted."""
    toks, t = parse.tokens, parse.tokens[i]
    if t.pos not in ("VERB", "AUX") or cue_lemma(t.text, t.lemma) not in STANCE_VERBS:
        return False
    return any(toks[c].dep == "nsubj" for c in parse.children[i])


def _stance_noun_content(text: str, parse: Parse, i: int) -> tuple[int, int] | None:
    """What a noun of stance is for or against ("his criticism of the levy on harbour fuel",
    "her support for Navarro's bid to lead"): its object, when it is more than a bare noun
    phrase ("her support for Navarro" quotes no one), as for a stance verb's object."""
    objs = stance_objects(parse, i)
    if not objs:
        return None
    sub = trim(text, parse, i, sorted(parse.subtree(objs[0])))
    if not sub or _bare(parse, objs[0], sub):
        return None
    return parse.tokens[sub[0]].start, parse.tokens[sub[-1]].end


def _named(parse: Parse, head: int) -> bool:
    """A noun phrase that names someone or something ("Navarro", "the NRA")."""
    t = parse.tokens[head]
    return t.pos == "PROPN" or t.ent in ("PERSON", "ORG", "NORP", "GPE")


def _clause_under_adjunct(parse: Parse, i: int) -> list[int]:
    """A that-clause the parser hung on the noun of the cue's adjunct ("said in one of a
    series of posts that the truck had been stolen"): "that" as a mark opens a reported
    clause, not a relative one ("the posts that she wrote"), so it is the cue's content."""
    toks = parse.tokens
    for c in parse.children[i]:
        if c < i or toks[c].dep != "prep":
            continue
        for k in parse.subtree(c):
            t = toks[k]
            if t.dep != "mark" or t.text.lower() != "that":
                continue
            if is_cue(parse, toks[t.head].head):
                continue  # "voted for it in the hope that ...": the noun's own report
            if toks[t.head].dep in ("acl", "relcl") and _has_subject(parse, t.head):
                return [t.head]
    return []


def _question(parse: Parse, i: int) -> list[int]:
    """The question a verb of asking reports where the parser hung it as an adverbial
    clause ("asked the crew if the ferry would sail", "when asked if the strike hurt",
    "wondered why the port was shut"): an if-, whether- or wh-clause after the cue. After
    a verb of recalling or explaining, a wh-clause right after it is what is recalled
    ("remembered when the town had a cinema"); elsewhere "when" tells when ("objected when
    the vote was called")."""
    toks = parse.tokens
    lemma = cue_lemma(toks[i].text, toks[i].lemma)
    asking = lemma in QUESTION_VERBS
    if not asking and lemma not in RECALL_VERBS:
        return []
    for c in parse.children[i]:
        if c <= i or toks[c].dep != "advcl" or not _has_subject(parse, c):
            continue
        first = min(parse.subtree(c))
        word = toks[first].text.lower()
        if asking and word in ("if", "whether") and toks[first].dep == "mark":
            return [c]
        if word in WH_OPENERS and toks[first].head == c and (asking or first == i + 1):
            return [c]
    return []


#: Verbs whose wh-clause right after them is what they report ("recalled how the mill
#: closed", "explained why the bridge was shut").
RECALL_VERBS = frozenset({"recall", "remember", "recount", "explain", "describe", "forget"})


#: Words that open a wh-clause the parser may hang on a cue as an adverbial clause.
WH_OPENERS = frozenset({"when", "where", "why", "how"})


def _has_subject(parse: Parse, i: int) -> bool:
    return any(parse.tokens[g].dep in SUBJECTS for g in parse.children[i])


def _bare_infinitive(parse: Parse, sub: list[int]) -> bool:
    """A to-clause of one verb ("declined to comment", "refused to resign"): short, but what
    the cue's subject will or will not do, as PARC marks it."""
    toks = parse.tokens
    if len(sub) != 2 or toks[sub[0]].text.lower() != "to" or toks[sub[1]].pos != "VERB":
        return False
    return toks[sub[1]].dep in OPEN_COMPLEMENTS


def _aside(parse: Parse, i: int) -> str | None:
    """How a verb cue with a subject of its own (or an agent: "as reported by the Times")
    and no clause or object of its own stands beside the clause it reports: "inside" ("The
    levy is unfair, she said, on condition of anonymity": the parser hangs it after the
    clause as parataxis), "as" ("as the mayor noted, the bridge is shut"), else None."""
    toks, t = parse.tokens, parse.tokens[i]
    if t.pos not in ("VERB", "AUX") or t.head == i:
        return None
    kids = parse.children[i]
    if not any(toks[c].dep in SUBJECTS or toks[c].dep == "agent" for c in kids):
        return None  # "as the mayor noted", "as reported by the Times": someone speaks
    if t.dep == "parataxis":  # after its clause; one it splits is left to _parenthetical
        return "inside" if t.head < i else None
    if t.dep != "advcl" or any(toks[c].dep in ("dobj", "xcomp", "ccomp") for c in kids):
        return None
    if cue_lemma(t.text, t.lemma) in TIMED_VERBS:
        return None  # "as she spoke, the crowd cheered": when, not what
    as_ = any(toks[c].dep == "mark" and toks[c].text.lower() == "as" for c in kids)
    return "as" if as_ else None


def _governor_clause(text: str, parse: Parse, i: int, side: str) -> tuple[int, int] | None:
    """The clause an aside cue ``i`` stands beside: its governor's words without the cue's own
    phrase; for an as-clause only those on the governor's side of it."""
    toks, head = parse.tokens, parse.tokens[i].head
    own = set(parse.subtree(i))
    lo, hi = min(own), max(own)
    words = [k for k in parse.subtree(head) if k not in own]
    if side == "as":
        words = [k for k in words if (k < lo if head < i else k > hi)]
    while words and toks[words[0]].dep == "cc":  # "..., and as Lee noted, the vote ..."
        words = words[1:]
    sub = trim(text, parse, i, words) if len(words) >= MIN_INDIRECT_TOKENS else []
    if len(sub) < MIN_INDIRECT_TOKENS:
        return None
    return toks[sub[0]].start, toks[sub[-1]].end


def _before_trailing_cue(parse: Parse, i: int, sub: list[int]) -> list[int]:
    """A cue after its content and set off by a comma whose clause the parser split: "The
    yard is closing, but its workers have found jobs, said the owner" reports both halves,
    not only the one hung on the cue."""
    toks, t = parse.tokens, parse.tokens[i]
    if not sub or t.dep not in ("conj", "parataxis") or not t.head < min(sub):
        return sub
    between = [k for k in range(max(sub) + 1, i) if toks[k].pos not in ("PUNCT", "SPACE")]
    if toks[max(sub) + 1].text != "," or any(toks[k].dep not in SUBJECTS for k in between):
        return sub  # not ", said X" or ", X said" right after the content
    whole = parse.subtree(t.head)
    return sorted({k for k in whole if k < min(sub)} | set(sub))


def _addressee(parse: Parse, i: int, clause: int) -> list[int]:
    """The one told or asked to act, between a cue and its to-clause ("urged voters to stay
    home", "called on the mayor to resign"): part of the content, as PARC marks it."""
    toks, out = parse.tokens, []
    for c in parse.children[i]:
        if not i < c < clause:
            continue
        if toks[c].dep == "dobj":
            out += parse.subtree(c)
        elif toks[c].dep == "prep" and toks[c].text.lower() == "on":
            for g in parse.children[c]:
                if toks[g].dep == "pobj" and toks[g].ent not in ("DATE", "TIME"):
                    out += parse.subtree(g)  # "called on the mayor", not "vowed on Friday"
    return out


def _thanked(parse: Parse, i: int, obj: int) -> list[int]:
    """The one a cue is about, before the preposition that opens its content ("thanked his
    players for winning", "warned voters about the levy"): the object and the preposition,
    part of the content as PARC marks it, like "accused Kim of lying"."""
    toks, prep = parse.tokens, parse.tokens[obj].head
    if toks[obj].dep not in ("pobj", "pcomp") or toks[prep].head != i or prep == i:
        return []
    for c in parse.children[i]:
        if i < c < prep and toks[c].dep == "dobj" and toks[c].pos != "PRON":
            return list(range(min(parse.subtree(c)), prep + 1))
    return []


def _relative(parse: Parse, i: int, c: int) -> bool:
    """A clause the parser hung on cue ``i`` after it that opens with "who" or "which" as
    its subject after a comma or "and" ("said Gregory Hale, ..., and who is now backing
    Ruiz"): a relative clause about a noun before it, never what the cue reports. One that
    holds the cue ("the levy, which he said was unfair") is left to the relative rules."""
    toks = parse.tokens
    first = min(parse.subtree(c))
    word = toks[first]
    if word.text.lower() not in ("who", "which") or word.dep not in SUBJECTS or first < i:
        return False
    return toks[first - 1].text.lower() in (",", "and")


def _past_break(parse: Parse, i: int, c: int) -> bool:
    """A complement the parser hung on cue ``i`` across the end of its sentence or a
    paragraph break ("The pier is unsafe, he said.¶“Fix it now,” ..."), or inside brackets
    the cue stands outside of: the next sentence or the writer's aside, not what the cue
    reports, which then lies before it or in another complement."""
    toks = parse.tokens
    first = min(parse.subtree(c))
    if first <= i:
        return False
    depth = 0
    for k in range(i + 1, first + 1):
        if toks[k].text in SENTENCE_ENDS or "\n" in toks[k].text:
            return True
        depth += {"(": 1, ")": -1}.get(toks[k].text, 0)
    return depth > 0  # "hoping to win (they broke the news, too)": the brackets' own


def _bare(parse: Parse, head: int, sub: list[int]) -> bool:
    """A bare noun phrase: no clause, no quoted span, nothing after its noun and nothing said
    of it after ("the offer", "Moscow"), unlike "accused Kim of lying", "described the plan
    as a trap" or "a ban on new settlements"."""
    toks = parse.tokens
    if any(toks[k].pos in ("VERB", "AUX") or toks[k].text in QUOTE_MARKS for k in sub):
        return False
    own = parse.subtree(head)
    if max(sub) > max(own):
        return False  # "described the plan as a trap", "blamed Kim for the delay"
    return all(toks[k].dep in BARE_AFTER for k in own if k > head)


def trim(text: str, parse: Parse, i: int, sub: list[int]) -> list[int]:
    """The content tokens ``sub`` of cue ``i`` cut where a new report begins: a paragraph
    break, or a cue of its own set off by a comma (", vowing to ..."), or the brackets the cue
    stands in; no edge punctuation."""
    toks = parse.tokens
    sent = parse.sentences[toks[i].sent]
    first, last = _within_brackets(parse, sent.first, sent.last, i, i)
    if (first, last) != (sent.first, sent.last):
        sub = [k for k in sub if first <= k < last]
        if not sub:
            return sub
    breaks = bool(sub) and "\n" in text[toks[min(sub)].end : toks[max(sub)].end]
    if breaks:
        own = _cue_paragraph(text, parse, i, sub)
        if own:
            sub, breaks = own, False
    for n, k in enumerate(sub):
        if not n:
            continue
        if breaks and "\n" in text[toks[sub[n - 1]].end : toks[k].end]:
            sub = sub[:n]
            break
        if k == i:
            continue
        if _after_comma(parse, k) and own_report(parse, k):
            sub = sub[: n - 1]
            break
        if n > 1 and toks[k].dep == "conj" and _speaker_act(parse, k):
            sub = sub[: n - 1]
            break
    sub = _unbracket(parse, _untail(parse, _unnamed(parse, _second_report(parse, i, sub))))
    while sub and (toks[sub[-1]].pos in ("PUNCT", "SPACE") or toks[sub[-1]].dep == "cc"):
        sub = sub[:-1]  # no dangling "and" where the report stops ("..., and he left")
    while sub and toks[sub[0]].pos in ("PUNCT", "SPACE"):
        sub = sub[1:]
    return sub


def _second_report(parse: Parse, i: int, sub: list[int]) -> list[int]:
    """The content cut before a clause joined to it that has a speaker and a speech cue of
    its own ("found most voters were worried, and nearly half said the mayor should go"):
    a second report, with its own source, not more of the first. Kept when too little of
    the first would be left."""
    toks = parse.tokens
    for k in sub:
        if k == i or toks[k].dep != "conj" or toks[k].lemma.lower() not in SAYING:
            continue
        kids = [toks[c].dep for c in parse.children[k]]
        subj = [c for c in parse.children[k] if toks[c].dep in SUBJECTS and c < k]
        if not subj or "mark" in kids or not own_report(parse, k):
            continue  # "and warned that ...": the speaker's next act, see _speaker_act
        if toks[subj[0]].text.lower() in ("that", "which", "who", "what"):
            continue  # "and that said rule should stand": "said" qualifies, no one speaks
        start = min(parse.subtree(k))
        kept = [j for j in sub if j < start]
        if start > min(sub) and len(kept) >= MIN_INDIRECT_TOKENS:
            return kept
    return sub


def _unnamed(parse: Parse, sub: list[int]) -> list[int]:
    """The content without the terms its source spoke on, wherever the parser hung them
    ("described the talks on condition of anonymity because ..."): the writer's note on
    how the source spoke, and what follows it is the writer's reason for it."""
    toks = parse.tokens
    for n, k in enumerate(sub):
        if toks[k].text.lower() != "anonymity" or n < 3:
            continue
        start = next(
            (j for j in range(n - 1, max(n - 5, 0), -1) if toks[sub[j]].text.lower() == "on"), None
        )
        if start:
            return sub[:start]
    return sub


def _unbracket(parse: Parse, sub: list[int]) -> list[int]:
    """The content without a bracketed aside it ends in ("to fix the pier (the tugs, too,
    were rebuilt)"), or a bracket opened in it and never closed: the writer's aside, not
    more of the report. Kept when too little would be left."""
    toks = parse.tokens
    opened = [k for k in sub if toks[k].text == "("]
    if not opened:
        return sub
    cut = opened[0]
    closes = [k for k in sub if k > cut and toks[k].text == ")"]
    rest = [k for k in sub if k > (closes[0] if closes else cut)]
    if closes and any(toks[k].pos not in ("PUNCT", "SPACE") for k in rest):
        return sub  # "the pier (built in 1920) is unsafe": an aside inside the report
    kept = [k for k in sub if k < cut]
    return kept if len(kept) >= MIN_INDIRECT_TOKENS else sub


def _cue_paragraph(text: str, parse: Parse, i: int, sub: list[int]) -> list[int]:
    """The content tokens ``sub`` in the paragraph of cue ``i``, where the parser ran a
    sentence across a paragraph break (a quote closing one paragraph, "Turnout fell, he
    said." opening the next): a report never crosses a paragraph break, and its words stand
    beside their cue. Empty when none do (the cue ends one paragraph, the content fills the
    next): the caller then keeps what comes before the first break."""
    toks = parse.tokens
    lo = text.rfind("\n", toks[sub[0]].start, toks[i].start)
    hi = text.find("\n", toks[i].end, toks[sub[-1]].end)
    own = [k for k in sub if (lo < 0 or toks[k].start > lo) and (hi < 0 or toks[k].end <= hi)]
    return own if len(own) >= MIN_INDIRECT_TOKENS else []


def _after_comma(parse: Parse, k: int) -> bool:
    """A comma just before token ``k``, or inside the closing mark just before it ("“...,”
    adding ...")."""
    toks = parse.tokens
    if toks[k - 1].text == ",":
        return True
    return k > 1 and toks[k - 1].text in QUOTE_MARKS and toks[k - 2].text == ","


def _speaker_act(parse: Parse, k: int) -> bool:
    """A second report joined by "and" with no subject of its own ("said the road was open
    and warned that ..."): the speaker's next act, not more of what was said, even where the
    parser hangs it inside the content."""
    toks = parse.tokens
    t = toks[k]
    if t.dep != "conj" or toks[k - 1].dep != "cc" or t.pos != "VERB":
        return False
    if t.tag == "VB" and toks[t.head].tag == "VB" and not _clause_of_own(parse, k):
        return False  # "urged him to open the files, publish X and fix Y": one to-clause
    if any(toks[g].dep in SUBJECTS for g in parse.children[k]):
        return False
    return own_report(parse, k)


def _clause_of_own(parse: Parse, k: int) -> bool:
    """Whether verb ``k`` reports a clause of its own ("... or explain how it happened")."""
    return any(parse.tokens[c].dep in COMPLEMENTS for c in parse.children[k])


def _untail(parse: Parse, sub: list[int]) -> list[int]:
    """Cut the writer's aside off the end of a content: after a comma or a dash, a
    non-restrictive relative clause (", which ..."), an apposition ("— a plan he floated
    in May") or a contrast (", while ...") that runs to its end."""
    if not sub:
        return sub
    toks, members = parse.tokens, set(sub)
    end = sub[-1]
    while toks[end].pos in ("PUNCT", "SPACE") and end > sub[0]:
        end -= 1
    for h in sub:
        t = toks[h]
        if t.head == h or t.head not in members or t.dep not in TAIL_DEPS:
            continue
        tree = parse.subtree(h)
        first = min(tree)
        if max(tree) < end or toks[first - 1].text not in ASIDE_MARKS:
            continue
        if t.dep == "relcl" and toks[first].text.lower() not in WH_WORDS:
            continue
        if t.dep == "advcl" and not _tail_clause(parse, first):
            continue
        if t.dep == "appos" and (_name_apposition(parse, h, first) or _list_item(parse, h)):
            continue
        kept = [k for k in sub if k < first - 1]
        if len(kept) >= MIN_INDIRECT_TOKENS:
            return kept
    return sub


def _name_apposition(parse: Parse, h: int, first: int) -> bool:
    """An apposition that names what the noun before it is ("a rival builder, Harland
    Marine", "near Boise, Idaho", "in the capital, Kabul"): part of the noun phrase, not the
    writer's comment on it ("— a plan he floated in May"), which opens with a determiner and
    has a common noun as its head."""
    toks = parse.tokens
    return toks[h].pos == "PROPN" and toks[first].pos != "DET"


def _list_item(parse: Parse, h: int) -> bool:
    """An "apposition" that goes on with "and" or "or" to more items ("differ on taxes, the
    new stadium and the port"): the parser's reading of a list, whose items are all part of
    what was said, not the writer's comment on the noun before it."""
    toks, kids = parse.tokens, parse.children[h]
    if any(toks[k].dep == "relcl" for k in parse.subtree(h)):
        return False  # "Lee, a banker and former envoy who ...": the writer's note on Lee
    return any(toks[c].dep == "cc" for c in kids) and any(toks[c].dep == "conj" for c in kids)


def _tail_clause(parse: Parse, first: int) -> bool:
    """An adverbial clause the writer adds after a comma: a contrast (", while most voters
    want ...", ", even as he admits ..."), not a condition or a reason the speaker gives
    (", unless ...", ", because ...")."""
    toks = parse.tokens
    word = toks[first].text.lower()
    if word == "even" and first + 1 < len(toks):
        word = toks[first + 1].text.lower()
    return word in TAIL_MARKS


def _continuation(parse: Parse, i: int, end: int, obj: int | None = None) -> list[int]:
    """Words after the content that the parser hung on the cue but that go on reporting:
    "accused Kim of lying", "said the road was open and that the bridge was not", and after
    a noun phrase its purpose ("proposed $2 million in grants to hire tutors"). Stops at
    a cue of its own ("..., adding that"), a time ("on Monday") or the channel ("in a
    statement")."""
    toks, out, pending, dated = parse.tokens, [], [], False
    for c in parse.children[i]:
        if c <= end:
            continue
        t = toks[c]
        if t.pos == "PUNCT" or t.dep == "cc":
            pending.append(c)  # kept only if what follows goes on
            continue
        if obj is not None and not pending and _purpose(parse, obj, c):
            out += parse.subtree(c)
            continue
        if _dated(parse, c):
            pending += parse.subtree(c)  # "accused Kim on Monday of lying": kept if more follows
            dated = True
            continue
        if dated and t.dep == "prep" and t.text.lower() not in AFTER_DATE:
            break  # "backed Lee on Monday in a speech": where, not more of what was said
        if obj is not None and _as_clause(parse, c) and _regards(parse, i):
            out += pending + parse.subtree(c)  # "sees the party as too timid"
            pending = []
            continue
        if not (t.dep in CONTINUE or _condition(parse, c)) or _stops(parse, c):
            as_ = _as_after(parse, i, c)
            if as_ is not None:  # "saw the raid during the war as a sign of ...": all of it
                out += list(range(c, max(parse.subtree(as_)) + 1))
            break
        out += pending + parse.subtree(c)
        pending = []
    return out


def _dated(parse: Parse, c: int) -> bool:
    """A time the parser hung on the cue ("on Monday", "Tuesday"): when the cue happened,
    which stops the content unless more of it follows ("accused Kim on Monday of lying")."""
    t = parse.tokens[c]
    if t.dep == "npadvmod" and t.ent in ("DATE", "TIME"):
        return True
    kids = [parse.tokens[g] for g in parse.children[c]]
    return t.dep == "prep" and any(g.ent in ("DATE", "TIME") for g in kids)


def _purpose(parse: Parse, obj: int, c: int) -> bool:
    """A to-clause the parser hung on the cue right after its noun phrase object ``obj``,
    with no comma between, where the object's noun is one that takes a to-clause
    ("praised her efforts to broker a truce", "decried his calls to close the port"): the
    noun's own clause, which the parser often hangs on the verb. After another noun
    ("released the list to end the rumours") it is why the cue happened, and a cue of its
    own ("cited the poll to argue that ...") is a report of its own."""
    toks = parse.tokens
    if toks[c].dep != "advcl" or toks[c].pos != "VERB" or is_cue(parse, c):
        return False
    first = min(parse.subtree(c))
    if toks[first].text.lower() != "to" or toks[first].head != c:
        return False
    return toks[obj].lemma.lower() in INFINITIVE_NOUNS


def _as_after(parse: Parse, i: int, c: int) -> int | None:
    """The "as" phrase of a cue that takes its object as something ("sees", "described"),
    hung on the cue after its child ``c``: what the object is taken as, past a when or a
    where between them."""
    toks = parse.tokens
    cue = cue_of(toks[i].text, toks[i].lemma)
    if cue is None or not {"-", "-as"} & set((cue.object or "").split("|")):
        return None
    for k in parse.children[i]:
        if k > c and toks[k].dep == "prep" and toks[k].text.lower() == "as":
            return k if not is_cue(parse, k) else None
    return None


def _condition(parse: Parse, c: int) -> bool:
    """An adverbial clause the parser hung on the cue that says on what the report holds or
    why ("threatened to strike unless the plant reopens", "said it would wait because ..."):
    part of what was said, like the clause it follows. A clause of time ("when asked") tells
    when the cue happened, and stays out."""
    toks = parse.tokens
    if toks[c].dep != "advcl":
        return False
    marks = [g for g in parse.children[c] if g < c and toks[g].dep == "mark"]
    return bool(marks) and toks[marks[0]].text.lower() in CONDITION_MARKS


def _stops(parse: Parse, c: int) -> bool:
    t = parse.tokens[c]
    if is_cue(parse, c) or t.ent in ("DATE", "TIME"):
        return True
    kids = [parse.tokens[g] for g in parse.children[c]]
    if t.dep == "conj":  # "said X and that Y" goes on; "said X and left" is the speaker's act
        if t.tag == "VB" and parse.tokens[t.head].tag != "VB":
            return False  # "vowed to cut taxes, fix roads and ...": more of the to-clause
        return not any(g.dep == "mark" for g in kids)
    if t.dep == "prep" and any(g.ent in ("DATE", "TIME") for g in kids):
        return True
    if t.dep == "prep" and t.text.lower() in ADJUNCT_PREPOSITIONS:
        return True  # "backed the bill despite his doubts": when or why the cue happened
    if t.dep == "prep" and any(g.dep == "pobj" and is_cue(parse, g.i) for g in kids):
        return True  # "voted for the bill in the hope that ...": a report of its own
    return t.dep == "prep" and any(g.lemma.lower() in UTTERANCE_NOUNS for g in kids)


def _objects(parse: Parse, i: int) -> list[int]:
    """The noun phrase a cue reports, where its table entry allows one ("cited the report")."""
    cue = cue_of(parse.tokens[i].text, parse.tokens[i].lemma)
    if cue is None or cue.object is None:
        return []
    toks, out, allowed = parse.tokens, [], cue.object.split("|")
    takes_as = bool({"-", "-as", "as"} & set(allowed))
    for c in parse.children[i]:
        if "-" in allowed and toks[c].dep == "dobj" and toks[c].pos != "PRON":
            out.append(c)
        elif takes_as and toks[c].dep == "dobj" and _as_object(parse, i, c):
            out.append(c)  # "sees the vote as a test", "dismissed them as cranks"
        elif toks[c].dep in ("prep", "prt") and toks[c].text.lower() in allowed:
            out += [g for g in parse.children[c] if toks[g].dep in ("pobj", "pcomp")]
        elif c > i and toks[c].dep == "advcl" and _for_clause(parse, c, allowed):
            out.append(c)  # "called for the state to build a wall": a clause after "for"
    return out


def _as_object(parse: Parse, i: int, obj: int) -> bool:
    """An object followed by an "as" phrase that says what it is taken for ("sees the vote
    as a test"): a predication, never a bare noun phrase, even when the object is a pronoun
    ("dismissed them as cranks", "described herself as a centrist"). A relative pronoun
    ("the port, which she described as ...") is left to the relative rules."""
    if parse.tokens[obj].tag in ("WDT", "WP"):
        return False
    return _as_phrase(parse, i, obj)


def _for_clause(parse: Parse, c: int, allowed: list[str]) -> bool:
    """A clause with a subject that the cue's preposition opens as its mark ("called for
    the state to build a wall", "argued for voters to decide"), not an adverbial clause
    ("called after the vote")."""
    toks = parse.tokens
    marks = [g for g in parse.children[c] if toks[g].dep == "mark"]
    return (
        bool(marks)
        and toks[marks[0]].text.lower() in allowed
        and toks[marks[0]].text.lower() == "for"
        and _has_subject(parse, c)
    )


def passive_as_content(parse: Parse, i: int) -> tuple[int, int] | None:
    """A passive cue that takes its subject as something ("the vote was widely seen as a
    test", "Lee is regarded by many as the favourite"): the subject and the "as" phrase."""
    toks = parse.tokens
    cue = cue_of(toks[i].text, toks[i].lemma)
    if cue is None or cue.object is None or not {"-", "-as"} & set(cue.object.split("|")):
        return None
    subj = [c for c in parse.children[i] if toks[c].dep == "nsubjpass" and c < i]
    as_ = [c for c in parse.children[i] if c > i and toks[c].dep == "prep"]
    as_ = [c for c in as_ if toks[c].text.lower() == "as" and parse.children[c]]
    if not subj or not as_:
        return None
    last = max(k for k in parse.subtree(as_[0]) if toks[k].pos not in ("PUNCT", "SPACE"))
    return toks[min(parse.subtree(subj[0]))].start, toks[last].end


def passive_stance(parse: Parse, i: int) -> tuple[int, int] | None:
    """A stance verb, or a cue whose object can be its content, in the passive with someone
    as its agent ("the harbour plan was endorsed by the dock union", "the levy was announced
    by the ministry"): its subject is what the agent is for or against or says, as in the
    active; without an agent, or with a thing as one ("backed by a surge in revenue"), no
    one speaks."""
    toks, t = parse.tokens, parse.tokens[i]
    cue = cue_of(t.text, t.lemma)
    takes = cue is not None and "-" in (cue.object or "").split("|")
    if t.pos not in ("VERB", "AUX") or not (takes or cue_lemma(t.text, t.lemma) in STANCE_VERBS):
        return None
    kids = parse.children[i]
    if not any(toks[c].dep == "auxpass" for c in kids):
        return None
    agents = [g for c in kids if toks[c].dep == "agent" for g in parse.children[c]]
    subj = [c for c in kids if toks[c].dep == "nsubjpass" and c < i]
    if not agents or not subj or not sentient(parse, agents[0]):
        return None
    words = [k for k in parse.subtree(subj[0]) if toks[k].pos not in ("PUNCT", "SPACE")]
    if toks[subj[0]].pos == "PRON" or toks[words[0]].dep in ("mark", "cc"):
        return None  # "it was backed by ...": the thing is named elsewhere
    if _bare(parse, subj[0], words):
        return None  # "Navarro was endorsed by Lee": a bare noun phrase reports nothing
    return toks[words[0]].start, toks[words[-1]].end


def raised_clause(parse: Parse, i: int) -> tuple[int, int] | None:
    """A passive cue with a to-clause ("turnout is expected to fall", "Lee is said to favour
    a deal"): its subject and the clause, what is expected or said of it, else None."""
    toks, kids = parse.tokens, parse.children[i]
    if toks[i].pos not in ("VERB", "AUX") or not any(toks[c].dep == "auxpass" for c in kids):
        return None
    subj = [c for c in kids if toks[c].dep == "nsubjpass" and c < i]
    clause = [c for c in kids if toks[c].dep in OPEN_COMPLEMENTS and c > i]
    if not subj or not clause or toks[subj[0]].text.lower() in ("it", "there"):
        return None
    return subj[0], clause[0]


def _as_phrase(parse: Parse, i: int, obj: int) -> bool:
    """Whether an "as" phrase follows the object ``obj`` of cue ``i`` ("sees the vote as a
    test", "sees himself as the heir"), on the cue or on the object; not one that lists
    examples ("flagged threats such as hoaxes") or adds ("named Kim as well as Lee")."""
    toks = parse.tokens
    kids = (*parse.children[i], *parse.children[obj])
    if _regards(parse, i) and any(c > obj and _as_clause(parse, c) for c in parse.children[i]):
        return True
    return any(
        c > obj
        and toks[c].dep == "prep"
        and toks[c].text.lower() == "as"
        and toks[c - 1].text.lower() not in ("such", "well")
        for c in kids
    )


def _regards(parse: Parse, i: int) -> bool:
    """A cue that takes its object as something by its table entry ("see", "describe")."""
    cue = cue_of(parse.tokens[i].text, parse.tokens[i].lemma)
    return cue is not None and bool({"-as", "as"} & set((cue.object or "").split("|")))


def _as_clause(parse: Parse, c: int) -> bool:
    """An adverbial clause opened by "as" with no subject of its own, which the parser hung on
    the cue after its object ("sees the party as too timid", "sees Lee as likely to win",
    "saw the deal as driven by greed"): what the object is taken as, like an "as" phrase;
    one with a subject ("saw the ship as it sank") tells when."""
    toks = parse.tokens
    if toks[c].dep != "advcl" or _has_subject(parse, c) or is_cue(parse, c):
        return False  # "as shown by the vote", "as noted above": the writer's aside
    first = min(parse.subtree(c))
    return toks[first].text.lower() == "as" and toks[first].dep in ("mark", "advmod")


def _naming(parse: Parse, i: int) -> tuple[int, int] | None:
    """A cue that names its object something: "called the deal a betrayal"."""
    kids = parse.children[i]
    obj = [c for c in kids if parse.tokens[c].dep == "dobj"]
    pred = [c for c in kids if parse.tokens[c].dep == "oprd"]
    if not obj or not pred or pred[0] < obj[0]:
        return None
    last = max(k for k in parse.subtree(pred[0]) if parse.tokens[k].pos != "PUNCT")
    return parse.tokens[min(parse.subtree(obj[0]))].start, parse.tokens[last].end


def _parenthetical(text: str, parse: Parse, i: int) -> tuple[int, int] | None:
    """A cue set off by commas inside what it reports: "The plan, Smith said, is dead"."""
    sub = [k for k in parse.subtree(i) if parse.tokens[k].pos not in ("PUNCT", "SPACE")]
    sub = _fronted_off(parse, i, sub)
    lo, hi = min(sub), max(sub)
    if lo == 0 or parse.tokens[lo - 1].text != ",":
        return _trailing(text, parse, i)
    if hi - lo > MAX_ASIDE_CUE:
        return None
    if hi + 1 < len(parse.tokens) and parse.tokens[hi + 1].text not in (",", ".", ")"):
        return None
    return _sides(text, parse, i, lo, hi)


def _trailing(text: str, parse: Parse, i: int) -> tuple[int, int] | None:
    """A cue that closes its sentence after a comma, its subject beside it (", police said.",
    ", said the yard's chief, Jon Ferris."), where the parser hung the clause before the
    comma on the cue as an adverbial clause, not as its complement: the words before the
    comma are what was said."""
    toks = parse.tokens
    subj = [c for c in parse.children[i] if toks[c].dep in SUBJECTS]
    if toks[i].pos != "VERB" or cue_kind(parse, i) != "speech" or not subj:
        return None
    phrase = [k for k in [*parse.subtree(subj[0]), i] if toks[k].pos not in ("PUNCT", "SPACE")]
    lo, hi = min(phrase), max(phrase)
    sent = parse.sentences[toks[i].sent]
    if lo <= sent.first or toks[lo - 1].text != "," or hi - lo > MAX_ASIDE_CUE:
        return None
    rest = [k for k in range(hi + 1, sent.last) if toks[k].pos not in ("PUNCT", "SPACE")]
    own = set(parse.subtree(i))
    if any(k not in own or toks[k].dep in COMPLEMENTS for k in rest):
        return None  # more of the sentence after the cue: not a closing one
    return _sides(text, parse, i, lo, hi)


def _fronted_off(parse: Parse, i: int, sub: list[int]) -> list[int]:
    """The words of a parenthetical cue ``i`` without a clause the parser hung on it from
    the front ("While some were warned, she added, firing them would be harsh": the
    while-clause is part of what she added, set off from her by a comma)."""
    toks = parse.tokens
    commas = [k for k in range(min(sub), i) if toks[k].text == ","]
    if not commas or toks[i].dep != "parataxis" or not toks[i].head > i:
        return sub
    cut = commas[-1]
    if any(toks[c].dep in SUBJECTS for c in parse.children[i] if c < cut):
        return sub
    return [k for k in sub if k > cut]


def _according_content(text: str, parse: Parse, i: int) -> tuple[int, int] | None:
    phrase = parse.subtree(i)
    return _sides(text, parse, i, min(phrase), max(phrase))


def _sides(text: str, parse: Parse, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence around the cue phrase [lo, hi]: the clause it splits ("The plan,
    officials said, is dead"), else the longer side."""
    toks = parse.tokens
    sent = parse.sentences[toks[i].sent]
    first, last = sent.first, sent.last
    for k in range(first, sent.last):  # never across a paragraph break
        if "\n" in toks[k].text:
            first, last = (k + 1, last) if k < lo else (first, min(last, k))
    first, last = _within_brackets(parse, first, last, lo, hi)
    first = _after_lead_in(parse, first, lo)
    left = [k for k in range(first, lo) if toks[k].pos not in ("PUNCT", "SPACE")]
    right = [k for k in range(hi + 1, last) if toks[k].pos not in ("PUNCT", "SPACE")]
    head = _split_clause(parse, i, lo, hi, left, right)
    if head is not None:
        sub = sorted(k for k in parse.subtree(head) if not lo <= k <= hi)
        sub = trim(text, parse, i, sub)
        sub = _unfronted(parse, sub, lo)
        if len(sub) >= MIN_INDIRECT_TOKENS and sub[0] < lo < sub[-1]:
            return toks[sub[0]].start, toks[sub[-1]].end
    side = left if len(left) >= len(right) else right
    if side is left:
        side = _unfronted(parse, side, lo)
    if len(side) < MIN_INDIRECT_TOKENS:
        return None
    return toks[side[0]].start, toks[side[-1]].end


def _unfronted(parse: Parse, sub: list[int], lo: int) -> list[int]:
    """The words before a cue phrase at ``lo`` without the phrase that opens their sentence,
    set off by a comma ("By May, turnout had fallen, officials said", "Then a student,
    Lee found ..., she said"): the writer's setting of the scene, hung on the clause's verb
    after the comma, not what the source said. Kept when too little would be left."""
    toks = parse.tokens
    commas = [n for n, k in enumerate(sub) if toks[k].text == "," and k < lo]
    if not commas or commas[0] == 0:
        return sub
    n = commas[0]
    intro, rest = sub[:n], sub[n + 1 :]
    if len([k for k in rest if k < lo]) < MIN_INDIRECT_TOKENS:
        return sub
    comma = sub[n]
    for k in intro:
        if toks[k].text in QUOTE_MARKS:
            return sub
        j = k
        while toks[j].head != j and toks[j].head < comma:
            j = toks[j].head
        if toks[j].head < comma or toks[j].dep not in FRONTED_DEPS:
            return sub  # a word of the clause itself ("Lee, the mayor, ...")
        if toks[toks[j].head].pos not in ("VERB", "AUX"):
            return sub
    return _unfronted(parse, rest, lo)  # "And then, at the end of the day, ..."


def _after_lead_in(parse: Parse, first: int, lo: int) -> int:
    """Where the words before a cue phrase at ``lo`` start to be its content: after the last
    colon before it ("The tax did no harm: exports rose 5%, according to the census"), which
    closes the writer's lead-in; kept from ``first`` when too few words would be left. A
    semicolon stays inside: it more often joins the items of one list the cue reports."""
    toks = parse.tokens
    for k in range(lo - 1, first, -1):
        if toks[k].text == ":":
            words = [j for j in range(k + 1, lo) if toks[j].pos not in ("PUNCT", "SPACE")]
            return k + 1 if len(words) >= MIN_INDIRECT_TOKENS else first
    return first


def _within_brackets(parse: Parse, first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """The bounds [first, last) narrowed to the brackets the cue phrase [lo, hi] stands in
    ("Turnout fell (the lowest in decades, officials said) in May"): a cue inside brackets
    reports only what the brackets hold."""
    toks = parse.tokens
    depth = 0
    for k in range(lo - 1, first - 1, -1):
        depth += {")": 1, "(": -1}.get(toks[k].text, 0)
        if depth < 0:
            first = k + 1
            break
    else:
        return first, last
    for k in range(hi + 1, last):
        if toks[k].text == ")":
            return first, k
    return first, last


def _split_clause(
    parse: Parse, i: int, lo: int, hi: int, left: list[int], right: list[int]
) -> int | None:
    """The head of the clause that the cue phrase [lo, hi] splits ("The plan, officials
    said, is dead", "The plan, according to officials, is dead"), if it splits one: a verb
    cue with its own subject inside the phrase, not a relative or "as" clause, words on the
    left that hang on the clause's head on the right, a cue that does not hang on them, no
    colon or paragraph break in between, and no quotation mark before the cue (a quoted
    fragment after it is part of the clause: "The pier, he said, is “a disgrace”")."""
    toks = parse.tokens
    while left and toks[left[0]].dep == "cc":  # "But, she said, ..."
        left = left[1:]
    if not left or not right or toks[lo].text.lower() in SPLIT_OPENERS:
        return None
    own = any(toks[c].dep in SUBJECTS and lo <= c <= hi for c in parse.children[i])
    if via(parse, i) is None and (toks[i].dep in ("relcl", "acl") or not own):
        return None  # "Lee, speaking in Ohio, said": the participle's subject speaks
    if toks[i].head in left:
        return None  # "As Lee put it in a statement, the levy ...": the cue is the left's own
    if any(toks[k].text in SPLIT_STOPS or "\n" in toks[k].text for k in range(left[0], lo)):
        return None  # "“We won,” he said, “...”": split quotes are the direct rules' own
    span = range(left[0], right[-1] + 1)
    if any(toks[k].text in SPLIT_STOPS - QUOTE_MARKS or "\n" in toks[k].text for k in span):
        return None
    rset = set(right)
    fronted = toks[i].head if toks[i].dep == "parataxis" else -1  # hung on the cue, see
    heads = {fronted if toks[k].head == i else toks[k].head for k in left}  # _fronted_off
    heads &= rset
    if len(heads) != 1:
        return None
    (head,) = heads
    return head
