"""Direct quotes: the cue of a quoted segment (beside it, a signature, a speaker's label, the
sentence's verb) and the reported clause a quoted fragment is part of."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from ..parse import Parse, Token
from .content import indirect_content, trim
from .cue_tokens import is_cue, sentient, too_long
from .lexicon import EVIDENCE_NOUNS, SENTENCE_BREAK, SUBJECTS, cues
from .marks import Segment, is_short, words
from .subject import BRACKETED, speaker_range

#: A paragraph that opens with a short capitalised label and a colon.
LABEL = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*)", re.M
)


#: A headline (the text's first line) that opens with a short label and a colon: "Lee: Tax
#: cuts will pass", "Clinton camp: ...", "Poll: ...".
HEADLINE = re.compile(
    r"\A[ \t]*([A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,4})[ \t]*:[ \t]+(\S[^\n]*?)[.]?[ \t]*$",
    re.M,
)


#: A title-case headline with a cue verb in it, a line of its own: "Lee Says Tax Cuts Will
#: Pass", "Beck Endorses Ruiz": up to six capitalised words, a verb in -s, what it reports.
HEADLINE_VERB = re.compile(
    r"\A[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){1,6}?)([A-Z][a-z]+s)[ \t]+(\S[^\n]*?)[.]?[ \t]*\n",
)


#: Most words in a headline.
MAX_HEADLINE_WORDS = 20


#: Most words of a labelled transcript turn that is a reply, not a statement.
MAX_REPLY_WORDS = 3

#: Fewest words after a headline's label for it to be what the label says.
MIN_HEADLINE_WORDS = 3


#: A dash and a name after a closing mark: a signed quote.
SIGNATURE = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})")


#: Longest gap (characters) between a quote's mark and the cue verb beside it.
MAX_GAP_AFTER = 60


MAX_GAP_BEFORE = 100


#: Longest speaker phrase (characters) between a quote and the cue verb after it.
MAX_SUBJECT_GAP = 160


#: Fewest words of a reported clause before a quoted fragment that ends it.
MIN_MIXED_WORDS = 2


#: Most heads climbed from a quoted fragment's cue to the cue that reports its clause.
MAX_CLIMB = 4


#: Labels of what a verb takes after it: its objects and complements.
GOVERNED = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd"})


@dataclass(frozen=True, slots=True)
class Finding:
    start: int  # content span in the text
    end: int
    kind: str  # "direct" | "indirect"
    cue: int | None  # token index of the cue word
    speaker: tuple[int, int] | None  # token range [first, last) of the speaker as written


def mixed(text: str, parse: Parse, cue: int, seg: Segment) -> tuple[int, int, int]:
    """A quoted fragment inside a reported clause ("Lee said the plan was “dead on
    arrival,”", "Lee said she backs “a fair deal” and lower taxes"): the clause is the
    content, quoted words and all, and its cue is the one that reports the whole clause
    (climbing from "backs" to "said")."""
    s, e = seg.inner
    j = cue
    signed = parse.tokens[cue].start >= seg.end
    for _ in range(MAX_CLIMB):
        for k in (j, *_asides(parse, j, seg)):
            if is_cue(parse, k):
                clause = indirect_content(text, parse, k)
                if clause is not None and _holds(text, clause, seg, signed):
                    return clause[0], max(e, clause[1]), k
        if parse.tokens[j].head == j:
            break
        j = parse.tokens[j].head
    return s, e, cue


def _asides(parse: Parse, j: int, seg: Segment) -> list[int]:
    """Cue verbs set off inside the clause of ``j`` before a quoted fragment ("The mayor, he
    said, wants to see “how fast ...”"): the parser hangs them on the clause's verb as
    parataxis, so climbing from the fragment never meets them."""
    toks = parse.tokens
    return [
        c
        for c in parse.children[j]
        if toks[c].dep == "parataxis" and toks[c].end <= seg.start and toks[c].pos == "VERB"
    ]


def reporting_cue(text: str, parse: Parse, seg: Segment, cue_idx: list[int]) -> int | None:
    """For a quoted fragment with no cue beside it: a cue further back in its sentence whose
    reported clause holds it ("Ruiz said that under the new charter the council's vote
    would count for “very little” in the end"), nearest first."""
    first = parse.token_at(seg.start)
    if first is None or too_long(parse, first.i):
        return None
    sent = parse.sentences[first.sent]
    starts = [parse.tokens[i].start for i in cue_idx]
    lo = bisect_left(starts, parse.tokens[sent.first].start)
    hi = bisect_left(starts, seg.start)
    for i in reversed(cue_idx[lo:hi]):
        if mixed(text, parse, i, seg)[:2] != seg.inner:
            return i
    return None


def embedded(text: str, parse: Parse, seg: Segment, cue: int) -> tuple[int, int, int] | None:
    """A short quoted phrase inside a clause that a cue before it reports, though a cue
    follows it at once ("After the judge said poor families fare better in “smaller
    courts,” Lee said: ..."): that clause and its cue, else None."""
    first = parse.token_at(seg.inner[0])
    if not is_short(text, seg) or first is None or parse.tokens[cue].start < seg.end:
        return None
    j = first.head
    for _ in range(MAX_CLIMB):
        if parse.tokens[j].end <= seg.start and j != cue and is_cue(parse, j):
            found = mixed(text, parse, j, seg)
            return found if found[:2] != seg.inner else None
        if parse.tokens[j].head == j:
            break
        j = parse.tokens[j].head
    return None


def _holds(text: str, clause: tuple[int, int], seg: Segment, signed: bool = False) -> bool:
    """Whether a reported clause holds a quoted fragment with words of its own before it,
    or after it ("argued that “every party” had backed the cut": the quote is the subject),
    or a clause that opens with the quote and goes on after it ("says “the tide is turning”
    despite her defeat"). A quote ``signed`` by a cue of its own after it, and set off by a
    colon, is whole: the clause before the colon is the writer's lead-in to it."""
    opens = seg.start <= clause[0] <= seg.inner[0] and seg.closed
    if not (clause[0] < seg.start or opens) or not seg.start < clause[1]:
        return False
    lead, tail = text[clause[0] : seg.start] if not opens else "", text[seg.end : clause[1]]
    if signed and lead.rstrip().endswith(":"):
        return False  # "Lee summed up the plan: “...,” she said": the quote is set off whole
    words_after = len(tail.rstrip(".!?,").split())
    if len(lead.split()) < MIN_MIXED_WORDS and words_after < MIN_MIXED_WORDS:
        return False
    return not any(
        "\n" in part or SENTENCE_BREAK.search(part + " ") for part in (lead, tail.rstrip(".!?"))
    )


def labelled_quotes(text: str, parse: Parse) -> list[Finding]:
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
        if short_reply(text[s:e]):
            continue  # "TRUMP: Thank you.", "WALLACE: Right.": a turn that states nothing
        if counts[label] >= 2 or person or caps:
            if colon - first > 1 and is_cue(parse, first):  # "Said Okafor: ..."
                out.append(Finding(s, e, "direct", first, (first + 1, colon)))
            else:
                out.append(Finding(s, e, "direct", colon, (first, colon)))
    return out


def short_reply(words_after: str) -> bool:
    """A transcript turn of three words or fewer ("Yes.", "Thank you, Chris."): a reply or a
    courtesy, not a statement of anything; like a short quoted phrase, no quote."""
    return len(words(words_after)) <= MAX_REPLY_WORDS


def headline_quote(text: str, parse: Parse) -> Finding | None:
    """A headline whose label names a speaker or a source: "Lee: Tax cuts will pass",
    "Clinton camp: ...", "Poll: Lee leads in Ohio". A label with no name in it ("The
    Latest: ...", "BREAKING: ..."), a verb ("Lee Wins Ohio: ...") or a place (a dateline)
    says nothing."""
    m = HEADLINE.match(text)
    if m is None or len(m.group(2).split()) < MIN_HEADLINE_WORDS:
        return None
    start, stop = parse.token_at(m.start(1)), parse.token_at(m.end(1))
    if start is None or stop is None or stop.text != ":":
        return None
    toks = parse.tokens[start.i : stop.i]
    if any(t.tag.startswith("VB") or t.ent in ("GPE", "LOC", "DATE") for t in toks):
        return None
    named = any(t.ent in ("PERSON", "ORG", "NORP") for t in toks) or _named_later(parse, toks[-1])
    source = toks[-1].lemma.lower() in EVIDENCE_NOUNS
    if len(toks) == 1 and toks[0].text.isupper() and len(toks[0].text) > 3:
        return None  # "BOOM:", "EXCLUSIVE:": a kicker, not a source
    if not (named or source):
        return None
    return Finding(m.start(2), m.end(2), "direct", stop.i, (start.i, stop.i))


def headline_cue(text: str, parse: Parse) -> Finding | None:
    """A headline that reports with a verb after its speaker ("Glenn Ruiz Says Harbour Tax
    Will Sink The Fleet"), which the parser misreads in title case: the words after the verb
    are the content, the capitalised words before it the speaker."""
    m = HEADLINE_VERB.match(text)
    if m is None or len(m.group(0).split()) > MAX_HEADLINE_WORDS:
        return None
    cue = cues().get(_third_person(m.group(2).lower()))
    if cue is None or cue.kind not in ("speech", "belief", "intention"):
        return None
    first, verb = parse.token_at(m.start(1)), parse.token_at(m.start(2))
    last = parse.token_at(m.start(1) + len(m.group(1).rstrip()) - 1)
    if first is None or verb is None or last is None or last.i < first.i:
        return None
    if first.ent in ("GPE", "LOC", "DATE"):
        return None  # "Ohio Votes ...", "Monday Marks ...": no one speaks
    return Finding(m.start(3), m.end(3), "indirect", verb.i, (first.i, last.i + 1))


def _third_person(word: str) -> str:
    """The lemma of a verb in -s ("says", "slams", "pushes")."""
    if word.endswith(("shes", "ches", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def _named_later(parse: Parse, last: Token) -> bool:
    """A headline label the tagger could not read in title case ("Reid: ...", tagged as a
    common noun) that names a person or an organisation in the text below it."""
    word = last.text
    if not word[:1].isupper() or last.pos not in ("PROPN", "NOUN"):
        return False
    return any(
        e.start > last.end and e.label in ("PERSON", "ORG") and word in e.text.split()
        for e in parse.entities
    )


def signature(text: str, parse: Parse, seg: Segment) -> tuple[int, tuple[int, int]] | None:
    """A quote signed with a dash after it: “...” ― Jane Doe."""
    m = SIGNATURE.match(text, seg.end)
    if not seg.closed or m is None:
        return None
    dash, first = parse.token_at(m.start(1)), parse.token_at(m.start(2))
    last = parse.token_at(m.end(2) - 1)
    if dash is None or first is None or last is None or first.i <= dash.i:
        return None
    return dash.i, (first.i, last.i + 1)


def main_verb(text: str, parse: Parse, seg: Segment) -> int | None:
    """For a quote inside a sentence with no cue word: the sentence's verb, if it has a
    subject before the quote ("Gingrich dismissed Estonia as the “suburbs of ...”")."""
    first = parse.token_at(seg.start)
    if first is None:
        return None
    sent = parse.sentences[first.sent]
    before = text[sent.start : seg.start]
    if too_long(parse, first.i) or not before.strip(" “\"'") or "\n" in before:
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


def governed_content(text: str, parse: Parse, verb: int, seg: Segment) -> tuple[int, int]:
    """A quoted fragment inside what a verb with no cue word takes ("Ortiz compared the strike
    to the winters when miners had to “hold the line”"): the verb's object and complements
    that hold the fragment are the content, else the fragment alone."""
    toks, (s, e) = parse.tokens, seg.inner
    kids = [c for c in parse.children[verb] if c > verb and toks[c].dep in GOVERNED]
    if not kids:
        return s, e
    sub = trim(text, parse, verb, sorted(k for c in kids for k in parse.subtree(c)))
    if not sub or not toks[sub[0]].end <= seg.start < toks[sub[-1]].end:
        return s, e
    return toks[sub[0]].start, max(e, toks[sub[-1]].end)


def _introduces(parse: Parse, i: int) -> bool:
    """A clause that introduces a quote after a colon, with someone as its subject ("The
    minister was blunt: “...”"): the subject is the speaker; "The reason is simple: “...”"
    has a thing for its subject and no speaker."""
    subj = [c for c in parse.children[i] if parse.tokens[c].dep in SUBJECTS]
    return bool(subj) and sentient(parse, subj[0])


def inside_tokens(parse: Parse, segments: list[Segment]) -> set[int]:
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


def direct_cue(text: str, parse: Parse, seg: Segment, cue_idx: list[int]) -> int | None:
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


def adjacent(text: str, parse: Parse, seg: Segment, cue: int) -> bool:
    """A short quote counts when it ends in punctuation and its cue follows at once."""
    s, e = seg.inner
    t = parse.tokens[cue]
    return text[s:e].rstrip()[-1:] in ",.!?" and 0 <= t.start - seg.end <= 25
