"""Word sense by frame: when a matched verb is not the act its code names.

"Levies that hit exporters", "the storm hit the coast", "fought him for the nomination",
"the ministry took over the inquiry", "critics charged that the plan was illegal": the verb
is in the lexicon, but its subject, object, prepositional phrases or the sentence around it
show another sense. ``data/event_senses.tsv`` holds word classes (natural forces, economic
causes, non-event objects, sports and election words, munitions) and rules over them; this
module reads the verb's frame from the parse and applies the first rule that fits: the act
is dropped or takes another code.

A rule row is ``rule LEMMA CODES WHEN THEN``:

- ``LEMMA``: the verb's lemma (``|``-separated for several), or ``*`` for any;
- ``CODES``: code prefixes the rule applies to, ``|``-separated (``18|19|20|171``);
- ``WHEN``: conditions, ``,``-separated, all of which must hold:
  ``subj=@class`` (the subject, or a passive verb's agent, has a word of the class),
  ``obj=@class`` (the object, or a passive verb's subject), ``obj!=@class`` (there is an
  object and none of its words is in the class), ``comp=@class`` / ``comp!=@class`` (a
  word anywhere in the complement clause or the object: "vowed to *take countermeasures*"),
  ``in|at=@class`` (the object of one of those prepositions), ``prt=a|b`` (a particle or
  a stranded preposition), ``that`` (a finite clausal complement), ``clause`` (any
  clausal complement), ``history`` (a dated or looked-back-on act in a side clause),
  ``bare`` (no object and no prepositional phrase of place), ``alone`` (no object,
  clause, particle or prepositional phrase at all), ``nothing`` (the object or a passive
  subject is denied: "*no* talks are planned"), ``csubj=@class`` (the subject of a
  that-clause: "warned that *growth* would slow"), ``transitive`` /
  ``intransitive`` (an object or none), ``context=@class`` / ``context!=@class`` (a word
  of the sentence is / no word is in the class);
  a plain word list (``obj=budget|plan``) works where ``@class`` does;
- ``THEN``: ``-`` to drop the act, or the CAMEO code it takes instead.

A class row is ``class NAME word|word|...``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import attrgetter

from ..errors import ConfigError
from ..parse import Parse, Token
from .syntax import RELATIVE_PRONOUNS, kids, subject

#: Prepositions whose object is where a "bare" violent verb acts ("stormed into the hall").
PLACE_PREPS = frozenset({"into", "on", "through", "in", "at", "across", "upon", "against"})


@dataclass(frozen=True, slots=True)
class Frame:
    """What the sense rules look at around one verb."""

    lemma: str
    prts: frozenset[str] = frozenset()
    subj: frozenset[str] = frozenset()
    obj: frozenset[str] = frozenset()
    pps: frozenset[str] = frozenset()  # "prep:lemma"
    that: bool = False
    clause: bool = False  # a clausal complement, finite or not ("denied *hacking* ...")
    comp: frozenset[str] = frozenset()  # words of the complement clause and the object
    history: bool = False  # a dated act told as background ("the troops that occupied it in 1997")
    context: frozenset[str] = frozenset()
    csubj: frozenset[str] = frozenset()  # a that-clause's subject ("warned *growth* would slow")
    alone: bool = False  # no object, clause, particle or prepositional phrase ("would *appeal*")
    nothing: bool = (
        False  # what is acted on is denied ("*no* talks are planned", "planned *nothing*")
    )


@dataclass(frozen=True, slots=True)
class Test:
    slot: str
    words: frozenset[str]
    negative: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    lemma: str  # one lemma, several joined by "|", or "*"
    codes: tuple[str, ...]
    tests: tuple[Test, ...]
    then: str | None
    where: str

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(self.lemma.split("|"))

    def applies(self, code: str, lemma: str) -> bool:
        """The rule is about this lemma (or any) and this code."""
        return (self.lemma == "*" or lemma in self.lemmas) and code.startswith(self.codes)


def _words(parse: Parse, tok: Token) -> set[str]:
    """A noun with its compounds and the nouns after "of" ("a salvo of rockets")."""
    out = {tok.lemma.lower(), tok.text.lower()}
    for c in kids(parse, tok.i, "compound", "amod", "poss"):
        out |= {c.lemma.lower(), c.text.lower()}
    for p in kids(parse, tok.i, "prep"):
        if p.lemma.lower() == "of":
            out |= {o.lemma.lower() for o in kids(parse, p.i, "pobj")}
    return out


def _pps(parse: Parse, tok: Token, depth: int = 1) -> set[str]:
    """ "prep:word" for the prepositional phrases on ``tok`` and, one level down, on their
    objects ("went on the attack *over the budget*")."""
    out = set()
    for p in kids(parse, tok.i, "prep", "agent", "prt"):
        for o in kids(parse, p.i, "pobj", "pcomp"):
            out |= {f"{p.lemma.lower()}:{w}" for w in _words(parse, o)}
            if depth:
                out |= _pps(parse, o, depth - 1)
    return out


def _by_label(parse: Parse, i: int) -> dict[str, list[Token]]:
    """The children of token ``i`` grouped by dependency label, each group in order."""
    out: dict[str, list[Token]] = {}
    for t in parse.child_tokens[i]:
        out.setdefault(t.dep, []).append(t)
    return out


def frame_of(parse: Parse, verb: Token, need: frozenset[str] | None = None) -> Frame:
    """The frame of ``verb``: a passive verb's subject is its object and its agent the subject.
    Given ``need`` (:func:`fields_for`), the costlier fields no rule reads are left empty."""
    every = need is None
    need = need or frozenset()
    # the verb's children read once, by label (every field below is a set or a yes-or-no,
    # so the order across labels does not matter)
    own = _by_label(parse, verb.i)
    none: list[Token] = []
    passive = "auxpass" in own or (verb.tag == "VBN" and verb.dep == "acl")
    subj: set[str] = set()
    obj: set[str] = set()
    subjects = own.get("nsubj", none) + own.get("nsubjpass", none)
    for s in subjects:
        side = obj if passive or s.dep == "nsubjpass" else subj
        if verb.dep == "relcl" and s.lemma.lower() in RELATIVE_PRONOUNS:
            s = parse.tokens[verb.head]  # "a tiger *that* had killed": the noun it stands for
        side.update(_words(parse, s))
    if verb.dep in ("relcl", "acl") and not subjects:
        (obj if passive else subj).update(_words(parse, parse.tokens[verb.head]))
    elif not subj and not passive:  # "fought back ... to *beat* Wales": the governor's subject
        found, was_passive = subject(parse, verb)
        if found is not None and not was_passive:
            subj |= _words(parse, found)
    for a in own.get("agent", none):
        for o in kids(parse, a.i, "pobj"):
            subj |= _words(parse, o)
    objs = own.get("dobj", none) + own.get("oprd", none)
    for o in objs:
        obj |= _words(parse, o)
    pps: set[str] = set()
    if every or "pps" in need:
        pps = _pps(parse, verb)
        for o in objs:
            pps |= _pps(parse, o)
    stranded = {p.text.lower() for p in own.get("prep", none) if not parse.children[p.i]}
    csubj: set[str] = set()
    if every or "csubj" in need:
        for c in own.get("ccomp", none):
            for s in kids(parse, c.i, "nsubj", "nsubjpass", "expl"):
                csubj |= _words(parse, s)
    alone = not objs and not any(d in own for d in ("prep", "prt", "ccomp", "xcomp", "dative"))
    nothing = any(
        o.lemma.lower() in NOTHING or any(d.text.lower() == "no" for d in kids(parse, o.i, "det"))
        for o in own.get("nsubjpass", none) + own.get("dobj", none)
    )
    return Frame(
        lemma=verb.lemma.lower(),
        prts=frozenset(t.text.lower() for t in own.get("prt", none)) | stranded,
        subj=frozenset(subj),
        obj=frozenset(obj),
        pps=frozenset(pps),
        that="ccomp" in own,
        clause="ccomp" in own or "xcomp" in own,
        comp=_complement_words(parse, verb) if every or "comp" in need else frozenset(),
        history=is_background(parse, verb) if every or "history" in need else False,
        context=_context(parse, verb) if every or "context" in need else frozenset(),
        csubj=frozenset(csubj),
        alone=alone,
        nothing=nothing,
    )


#: Objects that deny there is any ("planned nothing", "none was scheduled").
NOTHING = frozenset({"nothing", "none", "nobody"})

#: Clauses that tell a side story (relative, participle, adverbial).
SIDE_CLAUSES = frozenset({"relcl", "acl", "advcl"})
#: Marks of an adverbial clause that looks back from the present ("since ... landed").
LOOKING_BACK = frozenset({"since", "after"})


def is_background(parse: Parse, verb: Token) -> bool:
    """A past act told in a side clause as background: dated by a year ("the troops that
    occupied the capital in 1997", "the day in 1990 when ... invaded"), or looked back on
    from a present-tense sentence ("Forty years after Israel invaded Lebanon, the
    refugees still live in the camp"), or told in a clause on a year ("since 2012, when
    rebels seized the north")."""
    if _biography(parse, verb) or _tally(parse, verb):
        return True
    if verb.dep not in SIDE_CLAUSES or verb.head == verb.i:
        return False
    gov = parse.tokens[verb.head]
    if _is_year(gov.text):  # "since 2012, when rebels seized the north"
        return True
    if _dated(parse, verb) or (verb.dep == "relcl" and _dated(parse, gov)):
        return True
    marks = {m.lemma.lower() for m in kids(parse, verb.i, "mark", "advmod")}
    root = gov
    while root.head != root.i and root.dep in ("conj", "advcl", "ccomp", "xcomp"):
        root = parse.tokens[root.head]
    present = root.tag in ("VBZ", "VBP") or any(
        a.tag in ("VBZ", "VBP") for a in kids(parse, root.i, "aux", "auxpass")
    )
    return verb.dep == "advcl" and bool(marks & LOOKING_BACK) and present


def _tally(parse: Parse, verb: Token) -> bool:
    """A running total told in the perfect since a year ("the war has killed more than
    400,000 people since 2011"): a summary of many past acts, not one act of the day."""
    if not any(a.lemma.lower() == "have" for a in kids(parse, verb.i, "aux")):
        return False
    counted = any(
        n.tag == "CD" or n.text.lower() in ("thousands", "millions", "hundreds", "dozens")
        for o in kids(parse, verb.i, "dobj", "nsubjpass")
        for n in (o, *parse.child_tokens[o.i])
    )
    since = any(
        _is_year(o.text)
        for p in kids(parse, verb.i, "prep")
        if p.lemma.lower() == "since"
        for o in kids(parse, p.i, "pobj")
    )
    return counted and since


def _biography(parse: Parse, verb: Token) -> bool:
    """A past act of someone the sentence says has died ("The poet, who has died at 86, was
    arrested in 1968") or introduces by birth ("Born in Algiers, the novelist joined the
    struggle"): an obituary's or a profile's life story, not news."""
    if verb.tag not in ("VBD", "VBN"):
        return False
    clause = verb
    for _ in range(3):  # "was arrested ... and *spent*": the first verb of the coordination
        if clause.dep != "conj" or clause.head == clause.i:
            break
        clause = parse.tokens[clause.head]
    if any(c.lemma.lower() == "bear" and c.tag == "VBN" for c in kids(parse, clause.i, "advcl")):
        return True
    if _in_youth(parse, clause):
        return True
    return any(
        r.lemma.lower() == "die" and _at_age(parse, r)
        for s in kids(parse, clause.i, "nsubj", "nsubjpass")
        for r in kids(parse, s.i, "relcl")
    )


#: What a profile says someone was when it tells their early life ("As a student he ...").
LIFE_STAGES = frozenset(
    {
        "student",
        "students",
        "teenager",
        "boy",
        "girl",
        "child",
        "youth",
        "schoolboy",
        "schoolgirl",
        "undergraduate",
        "youngster",
        "teen",
        "kid",
        "cadet",
        "conscript",
    }
)


def _in_youth(parse: Parse, verb: Token) -> bool:
    """An act told of someone "as a student" or "as a teenager", or in a time clause that says
    what they were then ("when he was a boy"): a profile's early life."""
    return any(
        o.lemma.lower() in LIFE_STAGES or o.text.lower() in LIFE_STAGES
        for p in kids(parse, verb.i, "prep")
        if p.lemma.lower() == "as"
        for o in kids(parse, p.i, "pobj")
    ) or any(
        a.lemma.lower() in LIFE_STAGES or a.text.lower() in LIFE_STAGES
        for c in kids(parse, verb.i, "advcl")
        if c.lemma.lower() == "be"
        and any(m.lemma.lower() == "when" for m in kids(parse, c.i, "advmod", "mark"))
        for a in kids(parse, c.i, "attr")
    )


def _at_age(parse: Parse, died: Token) -> bool:
    """The obituary's "died ... at 86" / "aged 88" (a soldier "who died of his wounds" was
    not old: the act that killed him is news)."""
    words = [parse.tokens[i] for i in parse.subtree(died.i)]
    if any(t.text.lower() == "aged" for t in words):
        return True
    return any(
        t.tag == "CD" and t.dep == "pobj" and parse.tokens[t.head].text.lower() == "at"
        for t in words
    )


def _dated(parse: Parse, tok: Token) -> bool:
    """A year on the token: "in 1990", "the 1962 war", "in May 1998"."""
    near = kids(parse, tok.i, "nummod", "compound", "npadvmod", "amod")
    for p in kids(parse, tok.i, "prep"):
        for o in kids(parse, p.i, "pobj"):
            near += [o, *kids(parse, o.i, "nummod", "compound", "appos")]
    return any(_is_year(t.text) for t in near)


def _is_year(text: str) -> bool:
    text = text.lstrip("'’")
    if len(text) == 5 and text.endswith("s") and text[3] == "0":  # a decade: "the 1980s"
        text = text[:4]
    return text.isdigit() and len(text) == 4 and 1500 <= int(text) < 2100


def _complement_words(parse: Parse, verb: Token) -> frozenset[str]:
    """Every word under the verb's complement clauses and objects ("vowed to *take
    resolute countermeasures*", "promised *a painful response*")."""
    out: set[str] = set()
    for c in kids(parse, verb.i, "xcomp", "ccomp", "dobj"):
        for i in parse.subtree(c.i):
            t = parse.tokens[i]
            out |= {t.lemma.lower(), t.text.lower()}
    return frozenset(out)


def noun_frame(parse: Parse, noun: Token) -> Frame:
    """The frame of an event noun: its possessor and modifiers act, its prepositional
    objects are acted on ("a war *on plastic bags*", "an attack *in the semi-final*")."""
    subj = {
        w for m in kids(parse, noun.i, "poss", "compound", "amod", "nmod") for w in _words(parse, m)
    }
    subj |= {
        w
        for p in kids(parse, noun.i, "prep")
        if p.lemma.lower() == "by"
        for o in kids(parse, p.i, "pobj")
        for w in _words(parse, o)
    }
    return Frame(
        lemma=noun.lemma.lower(),
        subj=frozenset(subj),
        pps=frozenset(_pps(parse, noun)),
        context=_context(parse, noun),
        history=_told_in_background(parse, noun),
    )


def _told_in_background(parse: Parse, noun: Token) -> bool:
    """An event noun that is the object of a past act told as background or life story
    ("Born in Algiers, the novelist ... was wounded in an *ambush*"): history as well."""
    up = parse.tokens[noun.head]
    if noun.dep == "pobj" and up.dep == "prep":
        verb = parse.tokens[up.head]
    elif noun.dep in ("dobj", "nsubjpass"):
        verb = up
    else:
        return False
    return verb.pos in ("VERB", "AUX") and verb.i != noun.i and is_background(parse, verb)


_lemma, _text = attrgetter("lemma"), attrgetter("text")


def _context(parse: Parse, tok: Token) -> frozenset[str]:
    """The lemmas and forms of ``tok``'s sentence (:func:`sentence_words`)."""
    return sentence_words(parse, tok.sent)


def sentence_words(parse: Parse, k: int) -> frozenset[str]:
    """The lemmas and forms of sentence ``k``'s words, lower-cased, and :data:`SCORE` when
    it gives a match score (kept on the parse: every trigger of a sentence and the no-event
    checks of its neighbours ask for them)."""
    key = ("sense.context", k)
    words: frozenset[str] | None = parse.memo.get(key)
    if words is None:
        sent = parse.sentences[k]
        toks = parse.tokens[sent.first : sent.last]
        lemmas, forms = map(_lemma, toks), map(_text, toks)  # read in C, no Python frame
        words = frozenset({*map(str.lower, lemmas), *map(str.lower, forms)})
        if _has_score(toks):
            words |= {SCORE}
        parse.memo[key] = words
    return words


def near(parse: Parse, tok: Token, words: frozenset[str]) -> bool:
    """A word of ``words`` in the token's sentence or a neighbour (the register of a passage:
    a score told before the "attack", an election named after the rally)."""
    last = len(parse.sentences) - 1
    return any(
        sentence_words(parse, k) & words
        for k in {tok.sent, max(0, tok.sent - 1), min(last, tok.sent + 1)}
    )


#: The word a sentence's context gets when it gives a match score ("beat Wales 3-1"), which
#: word classes may name (``<score>``).
SCORE = "<score>"


def _has_score(toks: Sequence[Token]) -> bool:
    """A score: two small numbers joined by a dash ("2-1", "3 - 2"); votes ("54-46") are
    larger and court splits ("ruled 5-4") come with no word of sport or violence."""
    texts = [t.text for t in toks]
    joined = "".join(texts)
    if "-" not in joined and "–" not in joined:  # no dash at all (most sentences): no score
        return False
    for k, text in enumerate(texts):
        left, dash, right = text.partition("-")
        if dash and _goals(left) and _goals(right):
            return True
        inner = 0 < k < len(texts) - 1
        if inner and text in ("-", "–") and _goals(texts[k - 1]) and _goals(texts[k + 1]):
            return True
    return False


def _goals(text: str) -> bool:
    return text.isdigit() and len(text) == 1


#: Conditions that read one yes-or-no field of the frame, named as the field.
FLAG_SLOTS = frozenset({"that", "clause", "history", "alone", "nothing"})
#: Conditions on the words of one field of the frame, named as the field.
WORD_SLOTS = frozenset({"subj", "obj", "context", "comp", "csubj"})


def _holds(test: Test, frame: Frame) -> bool:
    # set lookups first, not a chain of string comparisons: resolve asks this tens of
    # times per event
    slot, words = test.slot, test.words
    if slot in FLAG_SLOTS:
        flag: bool = getattr(frame, slot)
        return flag
    if slot in WORD_SLOTS:
        have: frozenset[str] = getattr(frame, slot)
        if test.negative:
            return (bool(have) or slot == "context") and not have & words
        return bool(have & words)
    if slot == "transitive":
        return bool(frame.obj)
    if slot == "intransitive":
        return not frame.obj
    if slot == "bare":
        return not frame.obj and not any(p.split(":")[0] in PLACE_PREPS for p in frame.pps)
    if slot == "prt":
        return bool(frame.prts & words)
    preps = slot.split("|")
    hit = any(p.partition(":")[0] in preps and p.partition(":")[2] in words for p in frame.pps)
    return hit != test.negative


def resolve(code: str, frame: Frame | None) -> str | None:
    """``code`` unless a sense rule fits ``frame``: then the rule's code, or None (no act)."""
    if frame is None:
        return code
    for rule in rules_for(code, frame.lemma):
        # a plain loop, not all() over a generator: resolve reads tens of tests per event
        for t in rule.tests:
            if not _holds(t, frame):
                break
        else:
            return rule.then
    return code


#: The frame fields each rule condition reads (other conditions read prepositional phrases).
FIELDS = {
    "that": "that",
    "clause": "clause",
    "history": "history",
    "transitive": "obj",
    "intransitive": "obj",
    "prt": "prts",
    "subj": "subj",
    "obj": "obj",
    "context": "context",
    "comp": "comp",
    "csubj": "csubj",
    "alone": "obj",
    "nothing": "obj",
}


@lru_cache(maxsize=8192)
def fields_for(code: str, lemma: str) -> frozenset[str]:
    """The frame fields the rules for ``code`` on ``lemma`` read (empty: no rule applies)."""
    out: set[str] = set()
    for rule in rules_for(code, lemma):
        for t in rule.tests:
            out |= {"obj", "pps"} if t.slot == "bare" else {FIELDS.get(t.slot, "pps")}
    return frozenset(out)


@lru_cache(maxsize=8192)
def rules_for(code: str, lemma: str) -> tuple[Rule, ...]:
    """The rules that may change ``code`` on a verb or noun of ``lemma``, in file order
    (none: its frame need not be read)."""
    return tuple(r for r in rules() if r.applies(code, lemma))


def _test(text: str, classes: dict[str, frozenset[str]], where: str) -> Test:
    if text in (
        "that",
        "clause",
        "bare",
        "transitive",
        "intransitive",
        "history",
        "alone",
        "nothing",
    ):
        return Test(text, frozenset())
    slot, sep, value = text.partition("=")
    negative = slot.endswith("!")
    slot = slot.rstrip("!")
    if not sep or not value:
        raise ConfigError(f"{where}: bad condition {text!r}", hint="use SLOT=@class or SLOT=a|b")
    words: set[str] = set()
    for w in value.split("|"):
        if w.startswith("@"):
            if w[1:] not in classes:
                raise ConfigError(f"{where}: unknown word class {w!r}")
            words |= classes[w[1:]]
        else:
            words.add(w.lower())
    return Test(slot, frozenset(words), negative)


@lru_cache(maxsize=64)
def word_class(name: str) -> frozenset[str]:
    """The words of one class of ``data/event_senses.tsv`` (empty when there is none)."""
    text = resources.files("tacitus").joinpath("data", "event_senses.tsv").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == 3 and cells[0] == "class" and cells[1] == name:
            words |= {w.strip().lower() for w in cells[2].split("|") if w.strip()}
    return frozenset(words)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    text = resources.files("tacitus").joinpath("data", "event_senses.tsv").read_text("utf-8")
    return parse_rules(text, "event_senses.tsv")


def parse_rules(text: str, name: str) -> tuple[Rule, ...]:
    classes: dict[str, frozenset[str]] = {}
    out: list[Rule] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{name}:{n}"
        if cells[0] == "class" and len(cells) == 3:
            words = frozenset(w.strip().lower() for w in cells[2].split("|") if w.strip())
            classes[cells[1]] = classes.get(cells[1], frozenset()) | words
        elif cells[0] == "rule" and len(cells) == 5:
            _, lemma, codes, when, then = cells
            tests = tuple(_test(t.strip(), classes, where) for t in when.split(","))
            out.append(
                Rule(lemma, tuple(codes.split("|")), tests, None if then == "-" else then, where)
            )
        else:
            raise ConfigError(
                f"{where}: expected 'class NAME WORDS' or 'rule LEMMA CODES WHEN THEN'"
            )
    return tuple(out)


#: Prepositions that date an act to a time ("in 1973", "during 1967", "on May 5, 1998";
#: not "since 1967" or "by 2020", which tell a span or a deadline).
DATING_PREPS = frozenset({"in", "during", "on"})
#: An act dated this many years or more before the article's year is history, not news.
HISTORY_YEARS = 2


def act_year(parse: Parse, verb: Token) -> int | None:
    """The year a verb's act is dated to ("In 1973 Egypt *attacked* Israel", "was shot down
    over Hanoi *in 1967*"), or that of the verb it is coordinated with ("invaded in 1990
    and *seized* the oil fields"); None when no year is on it."""
    tok = verb
    for _ in range(3):
        near = kids(parse, tok.i, "npadvmod")
        for p in kids(parse, tok.i, "prep"):
            if p.lemma.lower() in DATING_PREPS:
                for o in kids(parse, p.i, "pobj"):
                    near += [o, *kids(parse, o.i, "nummod", "compound", "appos")]
        years = [int(t.text.lstrip("'’")[:4]) for t in near if _is_year(t.text)]
        if years:
            return min(years)
        if tok.dep != "conj" or tok.head == tok.i:
            return None
        tok = parse.tokens[tok.head]
    return None


def is_history(parse: Parse, verb: Token, news_year: int | None) -> bool:
    """An act the sentence dates to a year well before the article was written: a history
    told in passing ("In 1973 Egypt and Syria attacked Israel"), not the day's news. Without
    the article's year nothing is history: an undated sentence's year may be its own."""
    if news_year is None:
        return False
    year = act_year(parse, verb)
    return year is not None and year <= news_year - HISTORY_YEARS


#: The sentences an obituary says its subject died in (it says so first).
OBITUARY_LEAD = 3
#: The pronouns an obituary's life story is told with.
LIFE_PRONOUNS = frozenset({"he", "she"})


def is_obituary(parse: Parse) -> bool:
    """A text that opens with someone's death of age ("died on Saturday at 81", "The
    singer, who died at 74", "died on Tuesday in Hamburg. He was 96.")."""
    key = ("sense.obituary", 0)
    found: bool | None = parse.memo.get(key)
    if found is None:
        lead = parse.sentences[:OBITUARY_LEAD]
        toks = parse.tokens[lead[0].first : lead[-1].last] if lead else ()
        found = any(
            t.lemma.lower() == "die" and (_at_age(parse, t) or _natural_death(parse, t))
            for t in toks
        ) or any(_aged(parse, t) for t in toks)
        parse.memo[key] = found
    return found


#: How an obituary says one person died of old age or illness ("died at his home",
#: "died in her sleep", "died after a long illness", "died of cancer").
NATURAL_DEATHS = frozenset(
    {
        "home",
        "sleep",
        "illness",
        "cancer",
        "pneumonia",
        "stroke",
        "complications",
        "causes",
        "leukaemia",
        "leukemia",
        "dementia",
        "alzheimer",
        "failure",
    }
)


def _natural_death(parse: Parse, died: Token) -> bool:
    """One named person (a singular subject) who died at home or of an illness: an
    obituary's lead, even when it gives no age ("The former senator died on Monday at his
    home in Vermont"); not "two soldiers died of their wounds"."""
    subj = kids(parse, died.i, "nsubj")
    if len(subj) != 1 or subj[0].tag not in ("NN", "NNP"):
        return False
    return any(
        o.lemma.lower() in NATURAL_DEATHS
        for p in kids(parse, died.i, "prep")
        if p.lemma.lower() in ("at", "in", "after", "of", "from")
        for o in kids(parse, p.i, "pobj")
    )


def _aged(parse: Parse, be: Token) -> bool:
    """ "He was 96.": a pronoun's age given as the whole sentence."""
    if be.lemma.lower() != "be" or be.dep != "ROOT":
        return False
    subj = kids(parse, be.i, "nsubj")
    attr = kids(parse, be.i, "attr", "acomp", "npadvmod")
    return (
        len(subj) == 1
        and subj[0].text.lower() in LIFE_PRONOUNS
        and len(attr) == 1
        and attr[0].tag == "CD"
    )


def is_life_story(parse: Parse, verb: Token) -> bool:
    """In an obituary, a past act of the person it is about ("He was shot down over Hanoi
    in 1967", "He fought on the Eastern Front") or dated to a year ("Soldiers raided his
    compound in 1977"): the life story, not the news of the day."""
    if verb.tag not in ("VBD", "VBN") or not is_obituary(parse):
        return False
    if act_year(parse, verb) is not None:
        return True
    subj, _ = subject(parse, verb)
    return subj is not None and subj.text.lower() in LIFE_PRONOUNS
