"""Find quotes in a parsed text: direct quotes by their marks, indirect ones by their cue.

Each finding carries the content span, its cue token and the token range of the speaker
as written ("he", "the envoy", "Zalmay Khalilzad"); :mod:`.speaker` resolves that range to
an actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from ..parse import Parse
from .lexicon import (
    CHANNEL_NOUNS,
    CLAUSE_OPENERS,
    CLIMB,
    COMPLEMENTS,
    CONTINUE,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    EVIDENCE_NOUNS,
    GROUP_NOUNS,
    OPEN_COMPLEMENTS,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    SENTENCE_BREAK,
    SUBJECTS,
    UTTERANCE_NOUNS,
    cue_of,
    cues,
)
from .marks import Segment, find_segments, is_short, is_title

#: A paragraph that opens with a short capitalised label and a colon.
LABEL = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*)", re.M
)
#: A dash and a name after a closing mark: a signed quote.
SIGNATURE = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})")
#: What ends a dateline: "KABUL (Reuters) - ...", "GENEVA: ...".
DATELINE_MARKS = frozenset({"-", "--", "—", "–", ":"})
#: Subjects that point at a thing said or done, never at a speaker ("That suggests ...").
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
#: Labels of words after "those" that make it people ("those polled", "those who left").
PEOPLE_AFTER = frozenset({"acl", "relcl"})
#: Heads of a share of people ("47 percent say", "47% say").
SHARE_WORDS = frozenset({"%", "percent", "per cent"})
#: A bracketed aside: "(D-Wis.)".
BRACKETED = re.compile(r"\([^()\n]{0,40}\)")
#: Longest gap (characters) between a quote's mark and the cue verb beside it.
MAX_GAP_AFTER = 60
MAX_GAP_BEFORE = 100
#: Longest speaker phrase (characters) between a quote and the cue verb after it.
MAX_SUBJECT_GAP = 160
#: Longest sentence (tokens) whose parse the indirect rules trust.
MAX_SENTENCE_TOKENS = 250
#: Labels of words after a noun that leave its phrase bare ("Moscow alone").
BARE_AFTER = frozenset({"punct", "advmod", "npadvmod", "case", "nummod", "compound"})
#: Quotation marks as tokens.
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
#: Fewest words of a reported clause before a quoted fragment that ends it.
MIN_MIXED_WORDS = 2
#: Most heads climbed from a quoted fragment's cue to the cue that reports its clause.
MAX_CLIMB = 4
#: Longest cue phrase (tokens) set off by a comma: ", said the yard's chief, Jon Ferris."
MAX_ASIDE_CUE = 8
#: Fewest tokens in the content of an indirect quote.
MIN_INDIRECT_TOKENS = 3
#: Dependents that, after a comma or a dash at a content's end, are the writer's aside.
TAIL_DEPS = frozenset({"relcl", "appos"})
#: Marks that set an aside off.
ASIDE_MARKS = frozenset({",", "—", "–", "--", "-"})
#: Words that open a non-restrictive relative clause.
WH_WORDS = frozenset({"which", "who", "whom", "whose"})
#: Prepositions of an adjunct to the cue, never of what it reports ("during the debate").
ADJUNCT_PREPOSITIONS = frozenset(
    {"after", "amid", "before", "despite", "during", "following", "since", "throughout", "until"}
)
#: Words that open a cue phrase set off inside a sentence but not splitting a clause ("as we
#: learned", "which she denied").
SPLIT_OPENERS = frozenset({"as", "which", "who", "whom", "whose", "when", "while", "if"})
#: Tokens that end a clause split by a cue: quotation marks, a colon, a semicolon.
SPLIT_STOPS = QUOTE_MARKS | {":", ";"}
#: Labels of what a verb takes after it: its objects and complements.
GOVERNED = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd"})
#: Labels of what a verb of appearance says its subject seems (besides a to-clause).
SEEM_PREDICATES = frozenset({"acomp", "attr", "oprd", "ccomp"})
#: Labels of a clause under a cue noun or adjective.
NOUN_CLAUSES = frozenset({"acl", "ccomp", "xcomp", "advcl", "relcl"})
#: Dependents cut off the right of a speaker phrase ("Smith, who has led ...").
SPEAKER_CUT = frozenset({"relcl", "acl", "appos", "punct", "advmod"})


@dataclass(frozen=True, slots=True)
class Finding:
    start: int  # content span in the text
    end: int
    kind: str  # "direct" | "indirect"
    cue: int | None  # token index of the cue word
    speaker: tuple[int, int] | None  # token range [first, last) of the speaker as written


def is_cue(parse: Parse, i: int) -> bool:
    t = parse.tokens[i]
    if t.pos == "ADP" or t.text.lower() == "according":
        return via(parse, i) is not None
    if not (t.pos in ("VERB", "AUX") or t.tag.startswith("VB")):
        return t.pos in ("NOUN", "ADJ") and bool(_clause_children(parse, i))
    cue = cue_of(t.text, t.lemma)
    if cue is None or cue.kind == "via":
        return False
    if cue.kind == "seeming":
        return _seeming(parse, i) is not None
    if i and parse.tokens[i - 1].pos == "DET" and parse.tokens[i - 1].dep == "det":
        return False  # "a tweet", "the post": a noun the tagger took for a verb
    return cue.kind != "evidence" or _own_subject(parse, i)


def _seeming(parse: Parse, i: int) -> tuple[int, int] | None:
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


def _holder(parse: Parse, seeming: tuple[int, int]) -> bool:
    """Whether the subject of a verb of appearance holds the view its to-clause gives ("many
    voters seem to think ..."); otherwise no one speaks ("the deal seems dead")."""
    subj, pred = seeming
    return parse.tokens[pred].dep in OPEN_COMPLEMENTS and _sentient(parse, subj)


def _sentient(parse: Parse, h: int) -> bool:
    """A subject that can hold a view ("many voters seem to think", "Lee appeared to back"):
    it speaks, and only its to-clause is the content."""
    t = parse.tokens[h]
    if t.ent in ("PERSON", "NORP", "ORG") or t.text.lower() in ("i", "he", "she", "we", "they"):
        return True
    lemma = t.lemma.lower()
    return lemma in PEOPLE_NOUNS or lemma in PERSON_TITLES or lemma in GROUP_NOUNS


def _clause_children(parse: Parse, i: int) -> list[int]:
    """The that- or to-clauses of a cue noun or adjective ("the claim that the vote was
    rigged", "eager to run"); none for other words."""
    t = parse.tokens[i]
    words = CUE_NOUNS if t.pos == "NOUN" else CUE_ADJECTIVES if t.pos == "ADJ" else None
    if words is None or t.lemma.lower() not in words:
        return []
    out = []
    for c in parse.children[i]:
        if c > i and parse.tokens[c].dep in NOUN_CLAUSES:
            first = parse.tokens[min(parse.subtree(c))]
            word = first.text.lower()
            if word in CLAUSE_OPENERS and (word != "that" or first.dep == "mark"):
                out.append(c)  # "the claim that ...", not "the claim that he made"
    return out


def _own_subject(parse: Parse, i: int) -> bool:
    """An evidence verb speaks only for a subject of its own ("the poll shows that"), not
    for the act before it (", showing that", ", meaning that")."""
    return any(parse.tokens[c].dep in SUBJECTS for c in parse.children[i])


def via(parse: Parse, i: int) -> tuple[str, int, int] | None:
    """A prepositional cue at token ``i`` ("according to the ministry", "in a statement",
    "in the latest poll"): its role (source, channel, evidence), the token of its noun and
    the last token of the cue words."""
    toks, t = parse.tokens, parse.tokens[i]
    if t.pos != "ADP" and t.text.lower() != "according":
        return None
    words = t.text.lower()
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
    return " ".join([t.text, *prt])


def find(text: str, parse: Parse) -> list[Finding]:
    """Direct and indirect quotes of a text, in text order."""
    segments = [s for s in find_segments(text) if not is_title(text, s)]
    inside = _inside(parse, segments)
    cue_idx = [i for i in range(len(parse.tokens)) if i not in inside and is_cue(parse, i)]
    quoting_idx = [i for i in cue_idx if _kind(parse, i) != "seeming"]  # no one says those
    used: set[int] = set()
    out = _labelled(text, parse)
    labelled = [(parse.tokens[f.speaker[0]].start - 1, f.end) for f in out if f.speaker]
    for seg in segments:
        if any(s <= seg.start < e for s, e in labelled):
            continue
        s, e = seg.inner
        signed = _signed(text, parse, seg)
        if signed is not None:
            out.append(Finding(s, e, "direct", signed[0], signed[1]))
            continue
        cue = _direct_cue(text, parse, seg, quoting_idx)
        if is_short(text, seg) and (cue is None or not _adjacent(text, parse, seg, cue)):
            continue
        governed = cue is None
        if cue is None:
            cue = _main_verb(text, parse, seg)
        if cue is not None:
            s, e, cue = _embedded(text, parse, seg, cue) or _mixed(text, parse, cue, seg)
            if governed and (s, e) == seg.inner:
                s, e = _governed(text, parse, cue, seg)
            used.add(cue)
            if any((f.start, f.end) == (s, e) for f in out):
                continue  # a second quoted fragment of the same reported clause
        who = speaker_range(parse, cue, inside)
        if who is not None and _demonstrative(parse, who):
            who = None  # the speaker is carried from the paragraph, if anyone
        out.append(Finding(s, e, "direct", cue, who))
    quoted = [(f.start, f.end) for f in out]
    indirect = []
    for i in cue_idx:
        if _too_long(parse, i) or _kind(parse, i) == "quoting":
            continue
        if i in used and not _reports_clause(parse, i):
            continue  # its quote was its content; a clause of its own is a second one
        span = _indirect_content(text, parse, i)
        if span is None or any(s < span[1] and span[0] < e for s, e in quoted):
            continue
        who = speaker_range(parse, i)
        if who is not None and _demonstrative(parse, who):
            continue  # "That suggests the talks failed": a thing, not a speaker
        if who is None and parse.tokens[i].pos in ("NOUN", "ADJ"):
            continue  # "the idea that ...": a cue noun reports for someone it names
        indirect.append(Finding(span[0], span[1], "indirect", i, who))
    out += _outermost(parse, indirect)
    return sorted(out, key=lambda f: (f.start, f.end))


def _reports_clause(parse: Parse, i: int) -> bool:
    """A verb cue with a clause of its own: "Lee, citing “the law,” said the vote was void"
    reports the clause even though the quote beside it took it as its cue."""
    toks = parse.tokens
    return toks[i].pos in ("VERB", "AUX") and any(
        toks[c].dep in COMPLEMENTS and c > i for c in parse.children[i]
    )


def _kind(parse: Parse, i: int | None) -> str:
    if i is None or via(parse, i) is not None:
        return "speech"
    if parse.tokens[i].pos in ("NOUN", "ADJ"):
        return "belief"
    cue = cue_of(parse.tokens[i].text, parse.tokens[i].lemma)
    return cue.kind if cue is not None else "speech"


def _demonstrative(parse: Parse, who: tuple[int, int]) -> bool:
    """A bare "that" or "those" as the subject: a thing, unless words describe it as people
    ("those polled say", "those who voted")."""
    first, last = who
    if last - first != 1 or parse.tokens[first].text.lower() not in DEMONSTRATIVES:
        return False
    return not any(parse.tokens[c].dep in PEOPLE_AFTER for c in parse.children[first])


def _outermost(parse: Parse, found: list[Finding]) -> list[Finding]:
    """Drop a report inside another one's content ("Smith said the party planned to ..."):
    what the party planned is part of what Smith said, not a second quote."""
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    out = []
    for f in found:
        at = parse.tokens[f.cue].start if f.cue is not None else f.start
        if _kind(parse, f.cue) == "speech":
            out.append(f)
            continue
        k = bisect_right(starts, at)
        if any(s <= at < e and (s, e) != (f.start, f.end) for s, e in spans[max(0, k - 8) : k]):
            continue
        out.append(f)
    return out


def _mixed(text: str, parse: Parse, cue: int, seg: Segment) -> tuple[int, int, int]:
    """A quoted fragment inside a reported clause ("Lee said the plan was “dead on
    arrival,”", "Lee said she backs “a fair deal” and lower taxes"): the clause is the
    content, quoted words and all, and its cue is the one that reports the whole clause
    (climbing from "backs" to "said")."""
    s, e = seg.inner
    j = cue
    for _ in range(MAX_CLIMB):
        if is_cue(parse, j):
            clause = _indirect_content(text, parse, j)
            if clause is not None and _holds(text, clause, seg):
                return clause[0], max(e, clause[1]), j
        if parse.tokens[j].head == j:
            break
        j = parse.tokens[j].head
    return s, e, cue


def _embedded(text: str, parse: Parse, seg: Segment, cue: int) -> tuple[int, int, int] | None:
    """A short quoted phrase inside a clause that a cue before it reports, though a cue
    follows it at once ("After the judge said poor families fare better in “smaller
    courts,” Lee said: ..."): that clause and its cue, else None."""
    first = parse.token_at(seg.inner[0])
    if not is_short(text, seg) or first is None or parse.tokens[cue].start < seg.end:
        return None
    j = first.head
    for _ in range(MAX_CLIMB):
        if parse.tokens[j].end <= seg.start and j != cue and is_cue(parse, j):
            found = _mixed(text, parse, j, seg)
            return found if found[:2] != seg.inner else None
        if parse.tokens[j].head == j:
            break
        j = parse.tokens[j].head
    return None


def _holds(text: str, clause: tuple[int, int], seg: Segment) -> bool:
    """Whether a reported clause holds a quoted fragment with words of its own before it,
    or after it ("argued that “every party” had backed the cut": the quote is the subject)."""
    if not clause[0] < seg.start < clause[1]:
        return False
    lead, tail = text[clause[0] : seg.start], text[seg.end : clause[1]]
    words_after = len(tail.rstrip(".!?,").split())
    if len(lead.split()) < MIN_MIXED_WORDS and words_after < MIN_MIXED_WORDS:
        return False
    return not any(
        "\n" in part or SENTENCE_BREAK.search(part + " ") for part in (lead, tail.rstrip(".!?"))
    )


def _too_long(parse: Parse, i: int) -> bool:
    """A sentence too long to be a sentence (a run-on scrape): its parse is not trusted."""
    sent = parse.sentences[parse.tokens[i].sent]
    return sent.last - sent.first > MAX_SENTENCE_TOKENS


def _labelled(text: str, parse: Parse) -> list[Finding]:
    """Paragraphs that open with a speaker's label: "WALLACE: ...", "Pat Caddell: ...".

    A label counts when it names a person, when it labels two paragraphs or more, or when
    it is in capitals in a transcript (where some capital label comes back); a dateline
    ("KABUL: ...") labels only one paragraph and names a place.
    """
    found: list[tuple[str, int, int, int, int]] = []
    for m in LABEL.finditer(text):
        start, stop = parse.token_at(m.start(1)), parse.token_at(m.end(1))
        if start is None or stop is None or stop.text != ":":
            continue
        found.append((m.group(1).strip().upper(), start.i, stop.i, m.start(2), m.end(2)))
    counts = Counter(f[0] for f in found)
    transcript = any(n >= 2 and label.isupper() for label, n in counts.items())
    out = []
    for label, first, colon, s, e in found:
        toks = parse.tokens[first:colon]
        person = any(t.ent == "PERSON" for t in toks)
        place = any(t.ent in ("GPE", "LOC") for t in toks)
        caps = transcript and label == text[toks[0].start : toks[-1].end] and not place
        if counts[label] >= 2 or person or caps:
            if colon - first > 1 and is_cue(parse, first):  # "Said Okafor: ..."
                out.append(Finding(s, e, "direct", first, (first + 1, colon)))
            else:
                out.append(Finding(s, e, "direct", colon, (first, colon)))
    return out


def _signed(text: str, parse: Parse, seg: Segment) -> tuple[int, tuple[int, int]] | None:
    """A quote signed with a dash after it: “...” ― Jane Doe."""
    m = SIGNATURE.match(text, seg.end)
    if not seg.closed or m is None:
        return None
    dash, first = parse.token_at(m.start(1)), parse.token_at(m.start(2))
    last = parse.token_at(m.end(2) - 1)
    if dash is None or first is None or last is None or first.i <= dash.i:
        return None
    return dash.i, (first.i, last.i + 1)


def _main_verb(text: str, parse: Parse, seg: Segment) -> int | None:
    """For a quote inside a sentence with no cue word: the sentence's verb, if it has a
    subject before the quote ("Gingrich dismissed Estonia as the “suburbs of ...”")."""
    first = parse.token_at(seg.start)
    if first is None:
        return None
    sent = parse.sentences[first.sent]
    before = text[sent.start : seg.start]
    if _too_long(parse, first.i) or not before.strip(" “\"'") or "\n" in before:
        return None  # a quote that opens a paragraph is no part of the sentence before
    colon = before.rstrip(" \t\xa0“\"'").endswith(":")
    for i in range(sent.first, sent.last):
        t = parse.tokens[i]
        if t.head == i and t.pos == "VERB" and t.end <= seg.start:
            return i if speaker_range(parse, i) is not None else None
    if colon:  # the parser may hang the clause before the colon on the quote's own verb
        lead = range(sent.first, first.i)
        heads = [i for i in lead if parse.tokens[i].head not in lead or parse.tokens[i].head == i]
        heads = [i for i in heads if parse.tokens[i].pos in ("VERB", "AUX", "ADJ")]
        if len(heads) == 1 and _introduces(parse, heads[0]):
            return heads[0]
    return None


def _governed(text: str, parse: Parse, verb: int, seg: Segment) -> tuple[int, int]:
    """A quoted fragment inside what a verb with no cue word takes ("Lee likened the vote to
    a time when all had to “stand up and be counted”"): the verb's object and complements
    that hold the fragment are the content, else the fragment alone."""
    toks, (s, e) = parse.tokens, seg.inner
    kids = [c for c in parse.children[verb] if c > verb and toks[c].dep in GOVERNED]
    if not kids:
        return s, e
    sub = _trim(text, parse, verb, sorted(k for c in kids for k in parse.subtree(c)))
    if not sub or not toks[sub[0]].end <= seg.start < toks[sub[-1]].end:
        return s, e
    return toks[sub[0]].start, max(e, toks[sub[-1]].end)


def _introduces(parse: Parse, i: int) -> bool:
    """A clause that introduces a quote after a colon, with someone as its subject ("The
    minister was blunt: “...”"): the subject is the speaker; "The reason is simple: “...”"
    has a thing for its subject and no speaker."""
    subj = [c for c in parse.children[i] if parse.tokens[c].dep in SUBJECTS]
    return bool(subj) and _sentient(parse, subj[0])


def _inside(parse: Parse, segments: list[Segment]) -> set[int]:
    out: set[int] = set()
    for seg in segments:
        t = parse.token_at(seg.start)
        i = t.i if t is not None else 0
        while i < len(parse.tokens) and parse.tokens[i].start < seg.end:
            if parse.tokens[i].start >= seg.start:
                out.add(i)
            i += 1
    return out


def _gap_ok(gap: str, limit: int) -> bool:
    if len(gap) > limit:
        return False
    bare = BRACKETED.sub("", gap)  # "Rep. Jo Moore (D-Wis.) said": no sentence ends in there
    if SENTENCE_BREAK.search(bare + " ") and bare.strip():
        return False
    if "\n" in gap:
        return gap.strip().endswith(":")
    return not any(m in gap for m in ('"', "“", "”", "''"))


def _direct_cue(text: str, parse: Parse, seg: Segment, cue_idx: list[int]) -> int | None:
    after = before = None
    starts = [parse.tokens[i].start for i in cue_idx]  # in text order: bisect to the window
    lo = bisect_left(starts, seg.start - MAX_GAP_BEFORE - 40)
    hi = bisect_right(starts, seg.end + MAX_SUBJECT_GAP)
    for i in cue_idx[lo:hi]:
        t = parse.tokens[i]
        if t.start >= seg.end and after is None:
            if _gap_ok(text[seg.end : t.start], MAX_GAP_AFTER) or _subject_between(
                text, parse, seg, i
            ):
                after = i
        elif t.end <= seg.start and _gap_ok(text[t.end : seg.start], MAX_GAP_BEFORE):
            before = i
    if before is not None and text[parse.tokens[before].end : seg.start].strip(" ,:").lower() in (
        "that",
        "",
    ):
        return before  # "said that “...,” and left": the quote is what the cue before says
    if after is not None and seg.closed:
        s, e = seg.inner
        ends = text[s:e].rstrip()[-1:]
        nxt = text[seg.end : parse.tokens[after].start].strip(" ,")
        first = text[seg.end :].lstrip(" ,")[:1]
        if ends in ".!?" and ends and not nxt and first.isupper() and before is not None:
            after = None  # “... end.” Next sentence: the cue before owns it
        elif ends == "," or before is None:
            return after
    return before if before is not None else after


def _subject_between(text: str, parse: Parse, seg: Segment, i: int) -> bool:
    """A long speaker phrase between a quote and its cue: “...,” a delegate from Texas,
    wearing a cowboy hat, said. The words between are the cue's subject and nothing else."""
    gap = text[seg.end : parse.tokens[i].start]
    if len(gap) > MAX_SUBJECT_GAP or "\n" in gap or any(m in gap for m in ('"', "“", "”")):
        return False
    after = parse.token_at(seg.end + len(gap) - len(gap.lstrip()))
    if after is None:
        return False
    for c in parse.children[i]:
        if parse.tokens[c].dep in SUBJECTS:
            tree = parse.subtree(c)
            return min(tree) == after.i and max(tree) >= i - 2
    return False


def _adjacent(text: str, parse: Parse, seg: Segment, cue: int) -> bool:
    """A short quote counts when it ends in punctuation and its cue follows at once."""
    s, e = seg.inner
    t = parse.tokens[cue]
    return text[s:e].rstrip()[-1:] in ",.!?" and 0 <= t.start - seg.end <= 25


def speaker_range(
    parse: Parse, i: int | None, inside: frozenset[int] | set[int] = frozenset()
) -> tuple[int, int] | None:
    """Token range of the speaker of cue ``i``: its subject, climbing through clauses."""
    if i is None:
        return None
    if _kind(parse, i) == "seeming":
        seeming = _seeming(parse, i)
        if seeming is None or not _holder(parse, seeming):
            return None  # "the deal seems dead": no one says so
    found = via(parse, i)
    if found is not None:
        if found[0] == "channel":  # "In a statement, the ministry rejected ...": its subject
            return speaker_range(parse, parse.tokens[i].head)
        return phrase(parse, found[1])  # according to the ministry; in the latest poll
    passive_as, raised = _passive_as(parse, i) is not None, _raised(parse, i) is not None
    if passive_as or raised:
        # "Lee is seen by many as ...", "Lee is said by aides to favour ...": by whom, if the
        # text says; "Lee is expected to win" is taken as Lee's own intention
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
        for c in parse.children[j]:
            if parse.tokens[c].dep == "agent":
                for g in parse.children[c]:
                    return phrase(parse, g)
        tok = parse.tokens[j]
        if tok.dep == "acl" and parse.tokens[tok.head].pos in ("NOUN", "PROPN"):
            return phrase(parse, tok.head)  # "a tweet attacking ...": the tweet says it
        if tok.dep not in CLIMB or tok.head == j:
            return _name_before(parse, j)
        j = tok.head
    return None


def _owner(parse: Parse, i: int) -> int | None:
    """Who holds a cue noun or adjective: its possessor ("Lee's claim", "his hope") or the
    verb whose subject holds it ("Lee made the argument", "Lee is eager to")."""
    t = parse.tokens[i]
    for c in parse.children[i]:
        if parse.tokens[c].dep == "poss":
            return c
    if t.dep in ("dobj", "attr", "acomp", "oprd", "amod") and t.head != i:
        return t.head  # "Lee made the argument", "Lee is eager to", "voters eager to"
    return None


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
    people = parse.tokens[h].text.lower() in DEMONSTRATIVES  # "those polled": keep "polled"
    for c in parse.children[h]:
        t = parse.tokens[c]
        if people and t.dep in PEOPLE_AFTER:
            continue
        if c > h and (t.dep in SPEAKER_CUT or (t.dep == "prep" and t.text.lower() != "of")):
            cut.update(parse.subtree(c))
    keep = [k for k in parse.subtree(h) if k not in cut]
    first = min(keep)
    last = h
    while last + 1 in keep and parse.tokens[last + 1].text != ",":
        last += 1
    named = [k for k in parse.subtree(h) if k > last and parse.tokens[k].ent == "PERSON"]
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


def _indirect_content(text: str, parse: Parse, i: int) -> tuple[int, int] | None:
    """Character span of what cue ``i`` reports, or None when it reports no clause."""
    toks = parse.tokens
    if via(parse, i) is not None:
        return _according_content(text, parse, i)
    raised = _raised(parse, i)
    seeming = _seeming(parse, i) if _kind(parse, i) == "seeming" else raised
    if seeming is not None and (raised is not None or not _holder(parse, seeming)):
        subj, pred = seeming
        words = parse.subtree(pred) if toks[subj].text.lower() == "it" else []
        words = words or parse.subtree(subj) + parse.subtree(pred)  # "it seems" says nothing
        sub = _trim(text, parse, i, sorted(words))
        return (toks[sub[0]].start, toks[sub[-1]].end) if len(sub) >= MIN_INDIRECT_TOKENS else None
    comps = [c for c in parse.children[i] if toks[c].dep in COMPLEMENTS]
    if toks[i].pos in ("NOUN", "ADJ"):
        comps = _clause_children(parse, i)
    if not comps:
        comps = [c for c in parse.children[i] if toks[c].dep in OPEN_COMPLEMENTS]
    nominal = not comps
    if nominal:
        named = _naming(parse, i) or _passive_as(parse, i)
        if named is not None:
            return named
        comps = _objects(parse, i)
    if not comps:
        return _parenthetical(text, parse, i)
    comps = [c for c in comps if c > i] or comps  # "There is doubt: 47% say the city ..."
    sub = parse.subtree(comps[0])
    if toks[comps[0]].dep in OPEN_COMPLEMENTS:
        sub = _addressee(parse, i, comps[0]) + sub
    if comps[0] > i:
        sub += _continuation(parse, i, max(sub))
    sub = _trim(text, parse, i, sorted(sub))
    if len(sub) < MIN_INDIRECT_TOKENS or (nominal and _bare(parse, comps[0], sub)):
        return None  # "rejected the offer": a bare noun phrase reports nothing
    return toks[min(sub)].start, toks[max(sub)].end


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
                if toks[g].dep == "pobj":
                    out += parse.subtree(g)
    return out


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


def _trim(text: str, parse: Parse, i: int, sub: list[int]) -> list[int]:
    """The content tokens ``sub`` of cue ``i`` cut where a new report begins: a paragraph
    break, or a cue of its own set off by a comma (", vowing to ..."); no edge punctuation."""
    toks = parse.tokens
    for n, k in enumerate(sub):
        if n and "\n" in text[toks[sub[n - 1]].end : toks[k].end]:
            sub = sub[:n]
            break
        if n and k != i and _after_comma(parse, k) and _own_report(parse, k):
            sub = sub[: n - 1]
            break
        if n > 1 and k != i and _speaker_act(parse, k):
            sub = sub[: n - 1]
            break
    sub = _untail(parse, sub)
    while sub and toks[sub[-1]].pos in ("PUNCT", "SPACE"):
        sub = sub[:-1]
    while sub and toks[sub[0]].pos in ("PUNCT", "SPACE"):
        sub = sub[1:]
    return sub


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
    if any(toks[g].dep in SUBJECTS for g in parse.children[k]):
        return False
    return _own_report(parse, k)


def _untail(parse: Parse, sub: list[int]) -> list[int]:
    """Cut the writer's aside off the end of a content: after a comma or a dash, a
    non-restrictive relative clause (", which ...") or an apposition ("— a plan he floated
    in May") that runs to its end."""
    toks, members = parse.tokens, set(sub)
    end = sub[-1] if sub else -1
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
        kept = [k for k in sub if k < first - 1]
        if len(kept) >= MIN_INDIRECT_TOKENS:
            return kept
    return sub


def _own_report(parse: Parse, k: int) -> bool:
    """A speech cue that reports on its own: ", adding that", ", and warned that", ",
    according to the ministry"."""
    t = parse.tokens[k]
    if t.pos == "ADP" or t.text.lower() == "according":
        found = via(parse, k)
        return found is not None and found[0] == "source"
    cue = cue_of(t.text, t.lemma)
    return cue is not None and cue.kind == "speech" and is_cue(parse, k)


def _continuation(parse: Parse, i: int, end: int) -> list[int]:
    """Words after the content that the parser hung on the cue but that go on reporting:
    "accused Kim of lying", "said the road was open and that the bridge was not". Stops at
    a cue of its own ("..., adding that"), a time ("on Monday") or the channel ("in a
    statement")."""
    toks, out, pending = parse.tokens, [], []
    for c in parse.children[i]:
        if c <= end:
            continue
        t = toks[c]
        if t.pos == "PUNCT" or t.dep == "cc":
            pending.append(c)  # kept only if what follows goes on
            continue
        if t.dep not in CONTINUE or _stops(parse, c):
            break
        out += pending + parse.subtree(c)
        pending = []
    return out


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
    return t.dep == "prep" and any(g.lemma.lower() in UTTERANCE_NOUNS for g in kids)


def _objects(parse: Parse, i: int) -> list[int]:
    """The noun phrase a cue reports, where its table entry allows one ("cited the report")."""
    cue = cue_of(parse.tokens[i].text, parse.tokens[i].lemma)
    if cue is None or cue.object is None:
        return []
    toks, out, allowed = parse.tokens, [], cue.object.split("|")
    for c in parse.children[i]:
        if "-" in allowed and toks[c].dep == "dobj" and toks[c].pos != "PRON":
            out.append(c)
        elif "-as" in allowed and toks[c].dep == "dobj" and _as_phrase(parse, i, c):
            out.append(c)  # "sees the vote as a test": what the object is taken as
        elif toks[c].dep in ("prep", "prt") and toks[c].text.lower() in allowed:
            out += [g for g in parse.children[c] if toks[g].dep in ("pobj", "pcomp")]
    return out


def _passive_as(parse: Parse, i: int) -> tuple[int, int] | None:
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


def _raised(parse: Parse, i: int) -> tuple[int, int] | None:
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
    test", "sees himself as the heir"), on the cue or on the object."""
    toks = parse.tokens
    return any(
        c > obj and toks[c].dep == "prep" and toks[c].text.lower() == "as"
        for c in (*parse.children[i], *parse.children[obj])
    )


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
    lo, hi = min(sub), max(sub)
    if lo == 0 or parse.tokens[lo - 1].text != "," or hi - lo > MAX_ASIDE_CUE:
        return None
    if hi + 1 < len(parse.tokens) and parse.tokens[hi + 1].text not in (",", "."):
        return None
    return _sides(text, parse, i, lo, hi)


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
    left = [k for k in range(first, lo) if toks[k].pos not in ("PUNCT", "SPACE")]
    right = [k for k in range(hi + 1, last) if toks[k].pos not in ("PUNCT", "SPACE")]
    head = _split_clause(parse, i, lo, hi, left, right)
    if head is not None:
        sub = sorted(k for k in parse.subtree(head) if not lo <= k <= hi)
        sub = _trim(text, parse, i, sub)
        if len(sub) >= MIN_INDIRECT_TOKENS and sub[0] < lo < sub[-1]:
            return toks[sub[0]].start, toks[sub[-1]].end
    side = left if len(left) >= len(right) else right
    if len(side) < MIN_INDIRECT_TOKENS:
        return None
    return toks[side[0]].start, toks[side[-1]].end


def _split_clause(
    parse: Parse, i: int, lo: int, hi: int, left: list[int], right: list[int]
) -> int | None:
    """The head of the clause that the cue phrase [lo, hi] splits ("The plan, officials
    said, is dead", "The plan, according to officials, is dead"), if it splits one: a verb
    cue with its own subject inside the phrase, not a relative or "as" clause, words on the
    left that hang on the clause's head on the right, and no quotation mark, colon or
    paragraph break in between."""
    toks = parse.tokens
    while left and toks[left[0]].dep == "cc":  # "But, she said, ..."
        left = left[1:]
    if not left or not right or toks[lo].text.lower() in SPLIT_OPENERS:
        return None
    own = any(toks[c].dep in SUBJECTS and lo <= c <= hi for c in parse.children[i])
    if via(parse, i) is None and (toks[i].dep in ("relcl", "acl") or not own):
        return None  # "Lee, speaking in Ohio, said": the participle's subject speaks
    span = range(left[0], right[-1] + 1)
    if any(toks[k].text in SPLIT_STOPS or "\n" in toks[k].text for k in span):
        return None
    rset = set(right)
    heads = {toks[k].head for k in left if toks[k].head in rset}
    if len(heads) != 1:
        return None
    (head,) = heads
    return head
