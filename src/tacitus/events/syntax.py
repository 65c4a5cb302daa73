"""Walking the dependency parse: clause structure, arguments, and actors under tokens."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from ..parse import Parse, Token
from ..records import Actor, Event
from ..text import stable_id

#: Sectors of domestic groups that take a country from the state organ beside them.
DOMESTIC_SIDES = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "REL", "AGR", "REB", "MED"})
#: Modifiers that qualify a noun on its own ("foreign troops"): it does not share a country.
OWN_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "npadvmod"})

#: Dependents that open a new clause or phrase we do not look into for an argument's actor.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
REPORT_VERBS = frozenset(
    [
        "say",
        "tell",
        "report",
        "claim",
        "announce",
        "conclude",
        "add",
        "state",
        "allege",
        "assert",
        "insist",
        "declare",
        "write",
        "tweet",
        "note",
        "explain",
        "stress",
        "reiterate",
        "confirm",
        "warn",
        "argue",
        "believe",
        "quote",
        "told",
    ]
)
#: Where a fallback target may sit: objects and prepositional phrases of the clause.
CONTEXT_DEPS = (
    "dobj",
    "dative",
    "prep",
    "npadvmod",
    "oprd",
    "attr",
    "poss",
    "nmod",
    "advcl",
    "xcomp",
    "relcl",
    "acl",
    "nsubj",
    "nsubjpass",
)
#: What :func:`context_actors` walks down through: the context dependents and the words of
#: their phrases; under a side clause of time or concession, not its subject.
CONTEXT_WALK: tuple[str, ...] = (*CONTEXT_DEPS, "pobj", "compound", "amod")
CONTEXT_WALK_NO_SUBJECT = tuple(d for d in CONTEXT_WALK if d not in ("nsubj", "nsubjpass"))
#: Marks of side clauses that tell when or despite what, not to whom.
SIDE_MARKS = frozenset(
    {"as", "while", "when", "whilst", "though", "although", "after", "before", "since"}
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Prepositions whose gerund is what the verb's object is warned off or kept from doing.
HELD_BACK = frozenset({"against", "from"})
#: News agencies: they carry the story (a dateline, "told Reuters", "Xinhua reported"), they
#: are never its source or target.
NEWS_AGENCIES = frozenset(
    {
        "reuters",
        "thomson reuters",
        "afp",
        "agence france-presse",
        "agence france presse",
        "ap",
        "associated press",
        "the associated press",
        "xinhua",
        "xinhua news agency",
        "upi",
        "united press international",
        "dpa",
        "efe",
        "ansa",
        "kyodo",
        "kyodo news",
        "yonhap",
        "interfax",
        "tass",
        "itar-tass",
        "ria novosti",
        "bloomberg",
        "anadolu",
        "anadolu agency",
        "pti",
        "press trust of india",
        "ani",
        "bernama",
        "antara",
        "aap",
        "apa",
        "bna",
        "wam",
        "spa",
        "mena",
        "irna",
        "isna",
        "fars",
        "tasnim",
        "sana",
        "kuna",
        "petra",
        "qna",
        "pajhwok",
        "tolo news",
        "tolonews",
        "sputnik",
    }
)
#: People quoted for their view of events, not acting in them ("said an analyst at ...").
COMMENTATORS = frozenset(
    {
        "analyst",
        "analysts",
        "expert",
        "experts",
        "observer",
        "observers",
        "commentator",
        "commentators",
        "pundit",
        "pundits",
        "scholar",
        "scholars",
        "academic",
        "academics",
        "professor",
        "professors",
        "researcher",
        "researchers",
        "economist",
        "economists",
        "strategist",
        "strategists",
        "pollster",
        "pollsters",
        "historian",
        "historians",
        "columnist",
        "columnists",
        "fellow",
        "lecturer",
        "specialist",
        "specialists",
        "watcher",
        "watchers",
        "consultant",
        "consultants",
    }
)


@dataclass(frozen=True)
class ActorIndex:
    """Actor mention spans, sorted, to find the actor that covers a token."""

    starts: tuple[int, ...]
    spans: tuple[tuple[int, int, Actor], ...]
    #: reach[k]: the furthest end of the first k spans (to ask if a range holds a mention)
    reach: tuple[int, ...] = (0,)
    #: :meth:`all_at` by token start, kept as the walkers ask for the same tokens again
    seen: dict[int, tuple[Actor, ...]] = field(default_factory=dict, compare=False, repr=False)
    #: :func:`actors_of` by (parse, token), for the same reason
    args: dict[tuple[int, int], tuple[Actor, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def build(cls, actors: Sequence[Actor]) -> ActorIndex:
        spans = sorted(((s, e, a) for a in actors for s, e in a.mentions), key=lambda x: x[:2])
        reach = [0]
        for _, e, _ in spans:
            reach.append(max(reach[-1], e))
        return cls(tuple(s for s, _, _ in spans), tuple(spans), tuple(reach))

    def any_within(self, start: int, end: int) -> bool:
        """Some mention overlaps the characters ``start:end`` (a sentence)."""
        return self.reach[bisect_left(self.starts, end)] > start

    def at(self, tok: Token) -> Actor | None:
        """The actor whose mention covers ``tok`` (the shortest such mention)."""
        found = self.all_at(tok)
        return found[0] if found else None

    def all_at(self, tok: Token) -> list[Actor]:
        """Every actor of the shortest mention covering ``tok``: a compound mention
        ("Hungarian and Romanian officials") may stand for several actors."""
        found = self.seen.get(tok.start)
        if found is None:
            found = self.seen[tok.start] = tuple(self._all_at(tok))
        return list(found)

    def _all_at(self, tok: Token) -> list[Actor]:
        k = bisect_right(self.starts, tok.start)
        if self.reach[k] <= tok.start:  # no mention starting before it reaches it
            return []
        hits = [(e - s, a) for s, e, a in self.spans[max(0, k - 16) : k] if s <= tok.start < e]
        if not hits:
            return []
        shortest = min(n for n, _ in hits)
        out: list[Actor] = []
        for n, a in hits:
            if n == shortest and all(a.id != b.id for b in out):
                out.append(a)
        return out


def kids(parse: Parse, i: int, *deps: str) -> list[Token]:
    """The children of token ``i`` with one of the dependency labels ``deps``, in order."""
    # a plain loop, not a comprehension: this is the walkers' most frequent call (about a
    # hundred per sentence) and Python 3.11 makes a function of every comprehension
    out = []
    for t in parse.child_tokens[i]:
        if t.dep in deps:
            out.append(t)
    return out


def prep_objects(parse: Parse, tok: Token, *preps: str) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of ``preps``
    ("against", "of", ...)."""
    return [
        o
        for p in kids(parse, tok.i, "prep")
        if p.lemma.lower() in preps
        for o in kids(parse, p.i, "pobj")
    ]


def head(parse: Parse, tok: Token) -> Token:
    return parse.tokens[tok.head]


def conjuncts(parse: Parse, tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("Qatar and Pakistan")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(kids(parse, t.i, "conj"))
    return sorted(out, key=_index) if len(out) > 1 else out  # (most have no conjunct)


def phrase_tokens(parse: Parse, tok: Token) -> list[tuple[int, Token]]:
    """Tokens of the noun phrase under ``tok`` (no clauses, no conjuncts), with their depth."""
    out, stack = [], [(0, tok)]
    while stack:
        d, t = stack.pop()
        out.append((d, t))
        for j in parse.children[t.i]:
            c = parse.tokens[j]
            if c.dep not in CLAUSE_DEPS:
                stack.append((d + 1, c))
    return sorted(out, key=_depth_index) if len(out) > 1 else out


def _index(tok: Token) -> int:
    return tok.i


_start, _end = attrgetter("start"), attrgetter("end")  # read in C, no generator frames


def _depth_index(item: tuple[int, Token]) -> tuple[int, int]:
    return item[0], item[1].i


def is_agency(actor: Actor) -> bool:
    """A news agency (by its name or an alias), which reports events and takes no part."""
    return _agency_names(actor.name, actor.aliases)


@lru_cache(maxsize=4096)
def _agency_names(name: str, aliases: tuple[str, ...]) -> bool:
    return any(n.lower().strip(" ()") in NEWS_AGENCIES for n in (name, *aliases))


def parties_at(index: ActorIndex, tok: Token) -> list[Actor]:
    """The actors covering ``tok`` that can take part in an event (no news agencies)."""
    return [a for a in index.all_at(tok) if not is_agency(a)]


def is_commentator(parse: Parse, tok: Token) -> bool:
    """A subject that is an analyst, expert or observer ("said X, *an analyst* at Y")."""
    heads = [tok, *kids(parse, tok.i, "appos")]
    return any(t.lemma.lower() in COMMENTATORS or t.text.lower() in COMMENTATORS for t in heads)


def actors_of(parse: Parse, index: ActorIndex, tok: Token) -> list[Actor]:
    """The actors an argument names: its own, or the closest one inside its phrase, and those
    coordinated with it (one per conjunct). News agencies are never parties, nor is a
    commentator who is the subject ("analysts said Iran would ...")."""
    key = (id(parse), tok.i)
    found = index.args.get(key)
    if found is None:
        if tok.dep in ("nsubj", "csubj") and is_commentator(parse, tok):
            found = ()
        else:
            found = tuple(a for a in _actors_of(parse, index, tok) if not is_agency(a))
        index.args[key] = found
    return list(found)


def _actors_of(parse: Parse, index: ActorIndex, tok: Token) -> list[Actor]:
    out: list[Actor] = []
    bare: set[str] = set()
    for conj in conjuncts(parse, tok):
        found = _phrase_actors(parse, index, conj)
        if not kids(parse, conj.i, *OWN_MODIFIERS):
            bare.update(a.id for a in found)
        out.extend(a for a in found if a.id not in {x.id for x in out})
    return [_shared_country(a, out, a.id in bare) for a in out] if len(out) > 1 else out


def _shared_country(actor: Actor, coordinated: list[Actor], bare: bool) -> Actor:
    """A countryless conjunct takes the country of one beside it: a bare noun that of the
    same sector ("Israeli helicopters and tanks"), a domestic group that of the government
    ("the Sudanese government and the rebels")."""
    if actor.country is not None or actor.code not in (None, actor.sector):
        return actor
    for other in coordinated:
        if other.country is None:
            continue
        same = bare and other.sector == actor.sector
        if same or (other.sector == "GOV" and is_domestic(actor)):
            return placed_in(actor, other.country)
    return actor


def is_domestic(actor: Actor) -> bool:
    """A group or organisation named from the text with no country: "Shona rebels"."""
    return (
        actor.country is None
        and actor.sector in DOMESTIC_SIDES
        and actor.code in (None, actor.sector)
    )


def placed_in(actor: Actor, country: str) -> Actor:
    return replace(actor, country=country, code=country + (actor.sector or ""))


def with_target(
    event: Event, article_id: str, trigger_start: int, target: Actor | None, tag: str
) -> Event:
    """``event`` with another target: its id made again from the new pair (as the coder
    makes it) and ``+tag`` added to its rule."""
    src = event.source.id if event.source else ""
    tgt = target.id if target else ""
    new_id = stable_id(article_id, trigger_start, src, tgt, event.cameo)
    return replace(event, target=target, id=new_id, rule=f"{event.rule}+{tag}")


def _phrase_actors(parse: Parse, index: ActorIndex, tok: Token) -> list[Actor]:
    """The closest actor(s) in the phrase; an actor with no country ("security forces")
    gives way to a country named inside the same phrase ("security forces in Guinea")."""
    tokens = [t for _depth, t in phrase_tokens(parse, tok)]
    if not index.any_within(min(map(_start, tokens)), max(map(_end, tokens))):
        return []  # no mention in the phrase's characters: none of its tokens names one
    parties = [(t, parties_at(index, t)) for t in tokens]
    found = _closest_actors(parse, index, tok, parties)
    if found and not any(is_placed(a) for a in found):
        for _t, here in parties:
            placed = [a for a in here if is_placed(a)]
            if placed:
                return placed[:1]
    return found


def is_placed(actor: Actor) -> bool:
    """An actor a dyad can use: it has a country, or is an international organisation."""
    return actor.country is not None or actor.sector in ("IGO", "NGO")


def _closest_actors(
    parse: Parse, index: ActorIndex, tok: Token, parties: list[tuple[Token, list[Actor]]]
) -> list[Actor]:
    """The actors of the shallowest token that names one (``parties``: the phrase's tokens,
    shallowest first, with the actors covering each); a possessive pronoun ("*their*
    meeting with Obama") only when nothing else in the phrase does."""
    named = [(t, found) for t, found in parties if t.tag != "PRP$" and found]
    for t, here in named or parties:
        if not here:
            continue
        found = list(here)
        for c in conjuncts(parse, t)[1:] if t.i != tok.i else []:
            other = index.at(c)
            if other is not None and other.id not in {a.id for a in found}:
                found.append(other)
        return found
    return []


def context_actors(parse: Parse, index: ActorIndex, verb: Token) -> list[Actor]:
    """Actors named after ``verb`` in its clause and the clauses hanging on it (not in its
    subject, nor as the subject of a side clause of time or concession: "even as a US
    envoy was heading"), in order: the fallback target ("demonstrated in Serbia",
    "offensive ... unless Baghdad accepted")."""
    out: list[Actor] = []
    stack = [c for c in kids(parse, verb.i, *CONTEXT_DEPS) if c.i > verb.i]
    seen: list[Token] = []
    while stack:
        t = stack.pop()
        if t.text.lower() == "according":
            continue  # "according to Pentagon sources": who reports, not the target
        seen.append(t)
        deps = CONTEXT_WALK
        if t.dep == "advcl" and any(
            m.lemma.lower() in SIDE_MARKS for m in kids(parse, t.i, "mark")
        ):
            deps = CONTEXT_WALK_NO_SUBJECT
        stack.extend(kids(parse, t.i, *deps))
    for t in sorted(seen, key=lambda t: t.i):
        for a in index.all_at(t):
            if not is_agency(a) and all(a.id != b.id for b in out):
                out.append(a)
    return out


def subject(parse: Parse, verb: Token) -> tuple[Token | None, bool]:
    """The subject of ``verb`` and whether it is a passive subject; climbs through xcomp,
    conj, adjectival complements and relative clauses (a past participle's noun is a
    passive subject) when the verb has none of its own. Kept on the parse (a fact of the
    parse alone, and an immutable pair): the argument, role, sense and model readers of
    one trigger each ask for it."""
    key = ("syntax.subject", verb.i)
    found: tuple[Token | None, bool] | None = parse.memo.get(key)
    if found is None:
        found = parse.memo[key] = _subject(parse, verb)
    return found


def doer_token(parse: Parse, verb: Token) -> Token | None:
    """The act's doer: a passive verb's agent, else its subject (through the clause a
    participle or an infinitive hangs on, as :func:`subject` climbs)."""
    subj, passive = subject(parse, verb)
    if not passive:
        return subj
    for a in kids(parse, verb.i, "agent"):
        for o in kids(parse, a.i, "pobj"):
            return o
    return None


def _fronted_subject(parse: Parse, verb: Token) -> Token | None:
    """ "During a visit to Hanoi, Biden and Trong signed ...": the parser may hang a
    coordinated subject as conjuncts of the last noun of a fronted phrase; the first
    conjunct after the phrase's comma, when the phrase runs up to the verb, is the subject."""
    for p in kids(parse, verb.i, "prep"):
        if p.i > verb.i:
            continue
        sub = parse.subtree(p.i)
        if sub[-1] != verb.i - 1:
            continue
        comma = next((i for i in sub if parse.tokens[i].text == ","), None)
        if comma is None:
            continue
        for i in sub:
            t = parse.tokens[i]
            if i > comma and t.dep == "conj" and t.head < comma and t.pos in ("PROPN", "NOUN"):
                return t
    return None


def _subject(parse: Parse, verb: Token) -> tuple[Token | None, bool]:
    t: Token | None = verb
    for _ in range(6):
        assert t is not None
        subj = kids(parse, t.i, "nsubj", "nsubjpass", "csubj")
        if subj:
            # two subjects come from a misparse ("ANKARA (Reuters) - Turkey accused ..."
            # hangs the dateline as a subject too): the one nearest before the verb
            before = [x for x in subj if x.i < t.i]
            s = before[-1] if len(subj) > 1 and before else subj[0]
            if s.lemma.lower() in RELATIVE_PRONOUNS and t.dep == "relcl":
                return head(parse, t), False
            return s, s.dep == "nsubjpass"
        fronted = _fronted_subject(parse, t) if t.i == verb.i else None
        if fronted is not None:
            return fronted, bool(kids(parse, t.i, "auxpass"))
        if t.dep == "relcl" or (t.dep == "acl" and t.tag == "VBG"):
            return head(parse, t), False
        if t.dep == "acl" and t.tag == "VB" and is_to_infinitive(parse, t):
            # "a coalition to fight the rebels": the noun the infinitive hangs on
            return head(parse, t), False
        if t.dep == "acl" and t.tag == "VBD":
            # a finite past verb hung on a noun (a headline misparsed as a noun phrase,
            # "Kenyan police arrested ..."): the noun is its subject
            return head(parse, t), False
        if t.dep == "acl" and t.tag == "VBN":
            # a reduced passive relative ("the sanctions *imposed* by X on Y"): the noun
            # it hangs on undergoes the act, a "by" phrase names the doer
            return head(parse, t), True
        up = head(parse, t)
        if t.dep == "pcomp" and t.tag == "VBG" and up.dep == "prep" and up.head != up.i:
            # "ended the boycott by *attending* talks": the gerund's doer is the clause's;
            # "warned Washington against *arming* Taiwan", "barred him from *running*":
            # the object the clause holds back
            gov = head(parse, up)
            obj = kids(parse, gov.i, "dobj") if up.lemma.lower() in HELD_BACK else []
            if obj and gov.pos == "VERB" and obj[0].i < up.i:
                return obj[0], False
            t = gov
            continue
        if t.dep in ("xcomp", "conj", "advcl", "acomp") and t.head != t.i:
            # "is willing to withdraw": through the adjective to the copula's subject
            # "urged the sides to reach": an xcomp's subject is the governor's object
            gov = head(parse, t)
            if t.dep == "xcomp":
                obj = kids(parse, gov.i, "dobj")
                promised = gov.lemma in ("promise", "vow", "pledge")
                if obj and not promised and not _time_spent(gov, obj[0]):
                    return obj[0], False
            t = gov
            continue
        return None, False
    return None, False


#: Verbs whose object is the time the subject spends on an act ("spent the night firing
#: tear gas", "took hours to disperse them"): not who does the act.
SPENDING_VERBS = frozenset({"spend", "take", "waste"})
#: Nouns of time such an object may be ("took hours to", "spent two weeks shelling").
TIME_NOUNS = frozenset(
    {"night", "nights", "day", "days", "week", "weeks", "month", "months", "year", "years",
     "hour", "hours", "morning", "afternoon", "evening", "weekend", "time", "minutes"}
)  # fmt: skip


def _time_spent(gov: Token, obj: Token) -> bool:
    """The governor's object is time spent on its complement's act (see
    :data:`SPENDING_VERBS`): the act's doer is the governor's subject, not its object."""
    if gov.lemma.lower() not in SPENDING_VERBS:
        return False
    return obj.text.lower() in TIME_NOUNS or obj.ent in ("TIME", "DATE")


def clause_verb(parse: Parse, tok: Token) -> Token:
    """The verb that heads the clause ``tok`` belongs to (itself for a verb)."""
    t = tok
    for _ in range(12):
        if t.pos in ("VERB", "AUX") or t.head == t.i:
            return t
        t = head(parse, t)
    return t


def span_of(parse: Parse, i: int) -> tuple[int, int]:
    """The characters of the subtree under ``i``: from its first token to its last (the
    subtree's least and greatest indices, found without sorting it)."""
    first = last = i
    stack = [i]
    children = parse.children
    while stack:
        j = stack.pop()
        # comparisons, not min() and max(): two builtin calls a token cost more
        if j < first:
            first = j
        elif j > last:
            last = j
        stack.extend(children[j])
    return parse.tokens[first].start, parse.tokens[last].end


def governing_chain(parse: Parse, tok: Token) -> list[Token]:
    """Tokens from ``tok`` up to its sentence root (kept on the parse: the mood, prominence
    and model readers of one trigger each climb it)."""
    key = ("syntax.chain", tok.i)
    found: tuple[Token, ...] | None = parse.memo.get(key)
    if found is None:
        found = parse.memo[key] = tuple(_chain(parse, tok))
    return list(found)


def _chain(parse: Parse, tok: Token) -> list[Token]:
    out, t = [tok], tok
    while t.head != t.i and len(out) < 40:
        t = head(parse, t)
        out.append(t)
    return out


def is_to_infinitive(parse: Parse, verb: Token) -> bool:
    """A verb with "to" as its auxiliary ("sworn *to* fight", "a coalition *to* fight")."""
    return any(t.text.lower() == "to" for t in kids(parse, verb.i, "aux"))
