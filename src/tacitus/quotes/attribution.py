"""Find quotes in a parsed text: direct quotes by their marks, indirect ones by their cue.

Each finding carries the content span, its cue token and the token range of the speaker
as written ("he", "the envoy", "Zalmay Khalilzad"); :mod:`.speaker` resolves that range to
an actor.
"""

from __future__ import annotations

from bisect import bisect_right

from ..parse import Parse
from .content import indirect_content
from .cue_tokens import cue_kind, is_cue, too_long
from .direct import (
    Finding,
    adjacent,
    direct_cue,
    embedded,
    governed_content,
    headline_cue,
    headline_quote,
    inside_tokens,
    labelled_quotes,
    main_verb,
    mixed,
    reporting_cue,
    signature,
)
from .lexicon import (
    ATTITUDES,
    COLON_NOUNS,
    COMPLEMENTS,
    HEARSAY_ADVERBS,
    QUESTION_NOUNS,
    SUBJECTS,
)
from .marks import Segment, find_segments, is_sentence, is_short, is_title
from .subject import demonstrative, speaker_range

__all__ = ["Finding", "find"]


#: Parts of speech a cue word can have (a verb, a cue noun or adjective, a preposition);
#: :func:`is_cue` is asked only about these, words tagged as verbs and "according".
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADP"})


def find(text: str, parse: Parse) -> list[Finding]:
    """Direct and indirect quotes of a text, in text order."""
    segments = [s for s in find_segments(text) if not is_title(text, s)]
    inside = inside_tokens(parse, segments)
    cue_idx = [
        t.i
        for t in parse.tokens
        if (t.pos in CUE_POS or t.tag[:2] == "VB" or t.text.lower() == "according")
        and t.i not in inside
        and is_cue(parse, t.i)
    ]
    quoting_idx = [i for i in cue_idx if cue_kind(parse, i) != "seeming"]  # no one says those
    used: set[int] = set()
    out = labelled_quotes(text, parse)
    head = headline_quote(text, parse)
    if head is not None and not any(f.start == head.start for f in out):
        out.append(head)
    labelled = [(parse.tokens[f.speaker[0]].start - 1, f.end) for f in out if f.speaker]
    for seg in segments:
        if any(s <= seg.start < e for s, e in labelled):
            continue
        s, e = seg.inner
        signed = signature(text, parse, seg)
        if signed is not None:
            out.append(Finding(s, e, "direct", signed[0], signed[1]))
            continue
        cue = direct_cue(text, parse, seg, quoting_idx)
        if (
            is_short(text, seg)
            and not is_sentence(text, seg)
            and (
                cue is None
                or not (adjacent(text, parse, seg, cue) or _introduced(text, parse, seg, cue))
            )
        ):
            continue
        if cue is None:
            cue = reporting_cue(text, parse, seg, quoting_idx)
        governed = cue is None
        if cue is None:
            cue = main_verb(text, parse, seg)
        if cue is not None:
            s, e, cue = embedded(text, parse, seg, cue) or mixed(text, parse, cue, seg)
            if governed and (s, e) == seg.inner:
                s, e = governed_content(text, parse, cue, seg)
            used.add(cue)
            if any((f.start, f.end) == (s, e) for f in out):
                continue  # a second quoted fragment of the same reported clause
        who = speaker_range(parse, cue, inside)
        if who is not None and demonstrative(parse, who):
            who = None  # the speaker is carried from the paragraph, if anyone
        out.append(Finding(s, e, "direct", cue, who))
    quoted = [(f.start, f.end) for f in out]
    indirect = []
    for i in cue_idx:
        if too_long(parse, i) or cue_kind(parse, i) == "quoting":
            continue
        if i in used and not _reports_clause(parse, i):
            continue  # its quote was its content; a clause of its own is a second one
        if _answered_by(parse, i) is not None:
            continue  # a deed, or words its gerund reports ("responded by saying that ...")
        span = indirect_content(text, parse, i)
        if span is None or any(s < span[1] and span[0] < e for s, e in quoted):
            continue
        who = speaker_range(parse, i)
        if who is not None and demonstrative(parse, who):
            continue  # "That suggests the talks failed": a thing, not a speaker
        if (
            who is None
            and parse.tokens[i].pos in ("NOUN", "ADJ")
            and not _held(text, span, i, parse)
        ):
            continue  # "a plan to ...": a cue noun reports for someone it names
        indirect.append(Finding(span[0], span[1], "indirect", i, who))
    out += [_past_relative(text, parse, f) for f in _outermost(parse, indirect)]
    taken = [(f.start, f.end) for f in out]
    out += [f for f in _after_colon(text, parse) if not _overlaps(f, taken)]
    taken = [(f.start, f.end) for f in out]
    out += [f for f in _hearsay(text, parse) if not _overlaps(f, taken)]
    taken = [(f.start, f.end) for f in out]
    out += [f for f in _attitudes(text, parse) if not _overlaps(f, taken)]
    taken = [(f.start, f.end) for f in out]
    out += [f for f in _questions(text, parse) if not _overlaps(f, taken)]
    head = headline_cue(text, parse)
    if head is not None and not any(f.start < head.end and head.start < f.end for f in out):
        out.append(head)
    return sorted(out, key=lambda f: (f.start, f.end))


def _answered_by(parse: Parse, i: int) -> int | None:
    """The gerund of a cue verb's manner ("Chile responded to the expulsion *by recalling* its
    ambassador", "she responded *by saying* that ..."): a deed is no quote, and words said so
    are the gerund's own quote, so the cue verb reports nothing itself."""
    toks = parse.tokens
    if toks[i].pos not in ("VERB", "AUX"):
        return None
    for p in parse.children[i]:
        if toks[p].dep != "prep" or toks[p].text.lower() != "by":
            continue
        for g in parse.children[p]:
            if toks[g].tag == "VBG" and toks[g].dep in ("pcomp", "pobj"):
                return g
    return None


def _held(text: str, span: tuple[int, int], i: int, parse: Parse) -> bool:
    """A cue noun with a that-clause and no holder named ("fears that the dam will fail",
    "the suggestion that he lied"): a view someone in the story holds, reported as PARC
    marks it; a to-clause ("plans to expand") tells of an intent, and needs its holder, and
    so does a noun after a preposition ("amid fears that ..."): the setting of an act."""
    t = parse.tokens[i]
    return t.pos == "NOUN" and t.dep != "pobj" and text[span[0] : span[0] + 5].lower() == "that "


def _reports_clause(parse: Parse, i: int) -> bool:
    """A verb cue with a clause of its own: "Lee, citing “the law,” said the vote was void"
    reports the clause even though the quote beside it took it as its cue."""
    toks = parse.tokens
    return toks[i].pos in ("VERB", "AUX") and any(
        toks[c].dep in COMPLEMENTS and c > i for c in parse.children[i]
    )


def _outermost(parse: Parse, found: list[Finding]) -> list[Finding]:
    """Drop a report inside another one's content ("Smith said the party planned to ...",
    "Smith said he had told them ..."): what the party planned, or what Smith says he told
    them, is part of what Smith said, not a second quote. A speech cue with a subject that
    names someone of its own ("Smith said officials had warned that ...") is a second
    source, and stays."""
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    out = []
    for f in found:
        at = parse.tokens[f.cue].start if f.cue is not None else f.start
        if cue_kind(parse, f.cue) == "speech" and _own_source(parse, f.cue):
            out.append(f)
            continue
        k = bisect_right(starts, at)
        if any(s <= at < e and (s, e) != (f.start, f.end) for s, e in spans[max(0, k - 8) : k]):
            continue
        out.append(f)
    return out


def _own_source(parse: Parse, i: int | None) -> bool:
    """A verb cue whose subject is a noun phrase, not a pronoun, nor missing: "officials
    warned" names a source of its own; "he told them" goes on with the voice around it, and
    so does a prepositional cue inside it ("said that, according to the audit, ...")."""
    if i is None:
        return True
    toks = parse.tokens
    return any(toks[c].dep in SUBJECTS and toks[c].pos != "PRON" for c in parse.children[i])


#: Words that may stand between a speaker and a cue inside a content ("which Beijing has
#: long vowed to ignore"): auxiliaries, adverbs, particles and punctuation.
BETWEEN_POS = frozenset({"AUX", "ADV", "PART", "PUNCT", "SPACE"})


#: Words that open a relative clause whose speaker and cue stand inside it.
RELATIVE_WORDS = frozenset({"which", "who", "whom", "what", "that"})


def _past_relative(text: str, parse: Parse, f: Finding) -> Finding:
    """A relative clause with its speaker and cue inside ("which Beijing has vowed to ignore",
    "what officials called a hate crime"): the words after the cue, what is said of the thing
    the relative word stands for; neither the relative word nor the speaker and the cue are
    what was said."""
    if f.cue is None or f.speaker is None:
        return f
    toks = parse.tokens
    lo, hi = min(f.speaker[0], f.cue), max(f.speaker[1] - 1, f.cue)
    if not f.start < toks[lo].start or not toks[hi].end < f.end:
        return f
    if text[f.start : toks[lo].start].strip().lower() not in RELATIVE_WORDS:
        return f
    inside = set(range(*f.speaker)) | {f.cue}
    if any(k not in inside and toks[k].pos not in BETWEEN_POS for k in range(lo, hi + 1)):
        return f
    right = text[toks[hi].end : f.end].lstrip(" ,\t\xa0")
    if len(right.split()) < 2:
        return f
    return Finding(f.end - len(right), f.end, f.kind, f.cue, f.speaker)


#: Fewest words of a clause after a colon that is a statement ("Her advice: vote early").
MIN_COLON_WORDS = 3

#: Most tokens between a noun of speech and the colon after it ("a warning for the unions:").
MAX_COLON_GAP = 6


def _after_colon(text: str, parse: Parse) -> list[Finding]:
    """A noun of speech whose words follow a colon ("The minister's message was blunt: the
    mines will close", "Lee had a warning for the unions: strike again and the state will
    sue"): the clause after the colon, to the end of its sentence, is what its holder said.
    A direct quote after the colon is found by its marks; a noun with no holder named
    ("The message was clear: ...") is the writer's own framing."""
    toks = parse.tokens
    out = []
    for c in (t.i for t in toks if t.text == ":"):
        noun = _colon_noun(parse, c)
        if noun is None:
            continue
        span = _clause_after(text, parse, c)
        if span is None:
            continue
        who = speaker_range(parse, noun)
        if who is None or demonstrative(parse, who) or who[0] <= c < who[1]:
            continue
        out.append(Finding(span[0], span[1], "indirect", noun, who))
    return out


def _colon_noun(parse: Parse, c: int) -> int | None:
    """The noun of speech just before colon ``c`` in its sentence, if any."""
    toks = parse.tokens
    first = parse.sentences[toks[c].sent].first
    for k in range(c - 1, max(first, c - MAX_COLON_GAP) - 1, -1):
        t = toks[k]
        if t.pos in ("VERB", "AUX") and t.lemma.lower() != "be":
            return None  # "Lee said the vote failed for one reason: ..."
        if t.pos == "NOUN" and t.lemma.lower() in COLON_NOUNS:
            return k
    return None


def _clause_after(text: str, parse: Parse, c: int) -> tuple[int, int] | None:
    """The words after colon ``c`` to the end of the sentence they are in, when they make a
    clause (a verb, a few words) and no quotation mark opens them."""
    toks = parse.tokens
    if c + 1 >= len(toks):
        return None
    sent = parse.sentences[toks[c + 1].sent]
    words = [t for t in toks[c + 1 : sent.last] if t.pos not in ("PUNCT", "SPACE")]
    if len(words) < MIN_COLON_WORDS or not any(t.pos in ("VERB", "AUX") for t in words):
        return None
    start, end = toks[c + 1].start, words[-1].end
    if text[start] in "\"“‘'" or "\n" in text[start:end]:
        return None
    return start, end


def _overlaps(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(s < f.end and f.start < e for s, e in spans)


#: Labels of a clause's words that are not what the hearsay says: the word that links the
#: clause to the one it hangs on, and punctuation.
HEARSAY_CUT = frozenset({"cc", "mark", "punct", "prep"})


def _hearsay(text: str, parse: Parse) -> list[Finding]:
    """A clause the writer passes on from unnamed others ("The envoy reportedly met rebel
    leaders in May", "the gun he allegedly used"): the adverb is its cue, no one is named
    as its source, and the clause of the verb it modifies, subject and all, is the
    content."""
    toks = parse.tokens
    out = []
    for t in toks:
        if t.pos != "ADV" or t.text.lower() not in HEARSAY_ADVERBS or t.dep != "advmod":
            continue
        head = toks[t.head]
        if head.i == t.i or head.pos not in ("VERB", "AUX") or too_long(parse, t.i):
            continue
        cut = {t.i} | {
            k for c in parse.children[head.i] if _own_clause(parse, c) for k in parse.subtree(c)
        }
        keep = [k for k in parse.subtree(head.i) if k not in cut]
        while keep and (toks[keep[0]].dep in HEARSAY_CUT or toks[keep[0]].pos == "PUNCT"):
            keep.pop(0)
        while keep and toks[keep[-1]].pos in ("PUNCT", "SPACE"):
            keep.pop()
        words = [k for k in keep if toks[k].pos not in ("PUNCT", "SPACE")]
        if len(words) < MIN_COLON_WORDS:
            continue
        start, end = toks[keep[0]].start, toks[keep[-1]].end
        if "\n" in text[start:end] or keep[-1] - keep[0] >= len(keep) + 1:
            continue
        out.append(Finding(start, end, "indirect", t.i, None))
    return out


def _own_clause(parse: Parse, c: int) -> bool:
    """A clause joined to another by "and" with a subject of its own ("..., and its chief
    executive is expected to resign"), or the "and" before it: a second statement."""
    toks = parse.tokens
    if toks[c].dep == "cc":
        return any(
            toks[k].dep == "conj" and _own_clause(parse, k) for k in parse.children[toks[c].head]
        )
    return toks[c].dep == "conj" and any(toks[k].dep in SUBJECTS for k in parse.children[c])


#: Labels of a gerund's words that make it a clause, not a bare name of an act: an object,
#: a complement, a clause, a particle or a preposition of its own.
GERUND_ARGUMENTS = frozenset({"dobj", "ccomp", "xcomp", "prt", "prep", "attr", "acomp"})


def _attitudes(text: str, parse: Parse) -> list[Finding]:
    """An adjective or a noun of attitude whose preposition takes a gerund clause ("Farmers
    are worried about losing their land", "the union is opposed to closing the mill", "her
    goal of cutting the deficit"): what its holder fears, wants or rejects. A bare noun
    phrase after it ("wary of Moscow") is no quote, and a noun needs a holder ("the fear of
    losing the farm" names no one)."""
    toks = parse.tokens
    out = []
    for t in toks:
        preps = ATTITUDES.get(t.text.lower())
        if preps is None or t.pos not in ("ADJ", "VERB", "NOUN") or too_long(parse, t.i):
            continue
        if any(toks[c].dep == "dobj" for c in parse.children[t.i]):
            continue  # "devoted his life to fighting ...": a deed of its own
        for p in parse.children[t.i]:
            if p < t.i or toks[p].dep != "prep" or toks[p].text.lower() not in preps:
                continue
            g = next((g for g in parse.children[p] if toks[g].dep in ("pcomp", "pobj")), None)
            if g is None or toks[g].tag != "VBG":
                continue
            if not any(toks[k].dep in GERUND_ARGUMENTS for k in parse.children[g]):
                continue
            who = speaker_range(parse, t.i)
            if who is None and t.dep == "acomp":
                who = speaker_range(parse, t.head)  # "is opposed to": the subject of "is"
            if who is None or demonstrative(parse, who):
                continue
            span = _subtree_span(text, parse, g)
            if span is not None:
                out.append(Finding(span[0], span[1], "indirect", t.i, who))
    return out


def _subtree_span(text: str, parse: Parse, h: int) -> tuple[int, int] | None:
    """The characters of token ``h``'s subtree, without punctuation at its ends; None when
    the subtree runs over a paragraph break."""
    toks = parse.tokens
    keep = [k for k in parse.subtree(h) if toks[k].pos not in ("PUNCT", "SPACE")]
    if not keep:
        return None
    start, end = toks[keep[0]].start, toks[keep[-1]].end
    return None if "\n" in text[start:end] else (start, end)


#: Words that open an indirect question ("whether the dam will hold", "how it happened").
QUESTION_WORDS = frozenset({"whether", "how", "why", "what", "who", "when", "where", "if"})

#: Prepositions that join a noun of question to the question it raises ("doubts about how").
QUESTION_PREPOSITIONS = frozenset({"about", "of", "over", "on", "as"})


def _questions(text: str, parse: Parse) -> list[Finding]:
    """A noun of question with the indirect question it raises ("the key question is whether
    the dam will hold", "doubts about how the money was spent"): the question is the content,
    said by whoever holds the noun, if the text names them."""
    toks = parse.tokens
    out = []
    for t in toks:
        if t.pos != "NOUN" or t.lemma.lower() not in QUESTION_NOUNS or too_long(parse, t.i):
            continue
        clause = _raised_question(parse, t.i)
        if clause is None:
            continue
        span = _subtree_span(text, parse, clause)
        if span is None:
            continue
        who = speaker_range(parse, t.i)
        if who is not None and (demonstrative(parse, who) or who[0] <= clause < who[1]):
            who = None
        out.append(Finding(span[0], span[1], "indirect", t.i, who))
    return out


def _raised_question(parse: Parse, n: int) -> int | None:
    """The head of the indirect question that noun ``n`` raises: the clause of the "be" it is
    the subject of, or the clause after its preposition; None if it raises none."""
    toks, t = parse.tokens, parse.tokens[n]
    heads: list[int] = []
    if t.dep == "nsubj" and t.head != n and toks[t.head].lemma.lower() == "be":
        heads = [c for c in parse.children[t.head] if c > t.head]
    for p in parse.children[n]:
        if p > n and toks[p].dep == "prep" and toks[p].text.lower() in QUESTION_PREPOSITIONS:
            heads += [g for g in parse.children[p] if toks[g].dep in ("pcomp", "pobj")]
    for h in heads:
        if toks[h].dep not in ("ccomp", "pcomp", "attr", "advcl", "pobj"):
            continue
        first = toks[min(parse.subtree(h))]
        if first.text.lower() in QUESTION_WORDS and toks[h].pos in ("VERB", "AUX"):
            return h
    return None


def _introduced(text: str, parse: Parse, seg: Segment, cue: int) -> bool:
    """A short quote that is a whole utterance right after its cue ("the host asked, “With
    tanks?”", "the mayor said, “Probably.”", "the crowd chanted “Lula! Lula!”"): it ends in
    a full stop, "!" or "?", and only a comma, a colon or an adverb in -ly stands between."""
    s, e = seg.inner
    t = parse.tokens[cue]
    if text[s:e].rstrip()[-1:] not in ".!?" or t.end > seg.start:
        return False
    gap = text[t.end : seg.start].strip(" ,:\t\xa0")
    return not gap or (len(gap.split()) == 1 and gap.endswith("ly"))
