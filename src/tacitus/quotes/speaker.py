"""Resolve the speaker as written ("he", "the envoy", "Khalilzad") to an actor.

In order: an actor of the actors stage whose mention covers the phrase; for a pronoun, the
nearest compatible person or group before it (subjects first, gender from titles and from
the pronouns that follow a name); for a nominal, the named actor it was attached to earlier
("US special envoy Zalmay Khalilzad" ... "the envoy"), or the speaker of the statement it
names ("the statement added"); otherwise a new actor with the name as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from ..parse import Entity, Parse, Token
from ..records import Actor, Span
from .lexicon import (
    FEMALE_TITLES,
    GROUP_NOUNS,
    MALE_TITLES,
    PERSON_TITLES,
    PRONOUNS,
    UTTERANCE_NOUNS,
)
from .subject import phrase

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: How many earlier speakers a pronoun considers.
LOOKBACK_SPEAKERS = 20
#: How many sentences back a pronoun or a nominal looks for its antecedent.
LOOKBACK_SENTENCES = 6
#: How many sentences ahead a role ("an aid worker said") looks for the name it is given.
LOOKAHEAD_SENTENCES = 2
NEWLINE = re.compile("\n")
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

#: Steps up the parse from a relative word to the relative clause it opens.
RELATIVE_CLIMB = 3

#: Marks that a headline or a list puts before a name ("Weak - Rubio", "Update: Lee"): a
#: speaker's name never runs across one.
NAME_BREAK = re.compile(r"\s[-–—|]\s|:\s|\s--\s")

#: A possessive ending ("Lee's", "Lee’s", "Reyes'").
POSSESSIVE = re.compile(r"\s*(?:['’]s?)$")


def named(actor: Actor) -> bool:
    """Whether an actor has a name, not only a title or a noun ("the envoy")."""
    words = [w for w in actor.name.split() if w.lower() not in DETERMINERS]
    return any(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class Candidate:
    """A named mention before a pronoun: tokens [first, last), and what it is."""

    first: int
    last: int
    person: bool
    gender: str  # m, f or ""
    subject: bool
    actor: Actor | None
    entity: Entity | None = None


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted({re.escape(w.rstrip(".")) for w in words}, key=len, reverse=True))


#: A word of a mention (or just before it) that tells a person's gender, as a whole word
#: between spaces with any full stops and commas around it: "he", "Mr.", "her,", and the
#: titles of the word lists ("Miss Universe Ana Ruiz" is a woman).
GENDER_WORD = re.compile(
    rf"(?<!\S)[.,]*(?:(he|his|him|himself|{_alternatives(MALE_TITLES)})"
    rf"|(she|her|hers|herself|{_alternatives(FEMALE_TITLES)}))[.,]*(?!\S)"
)


#: Pronouns a mention of a person may be: never a name, so never cut as one.
GENDER_PRONOUNS = frozenset({"he", "his", "him", "himself", "she", "her", "hers", "herself"})


def _title_part(text: str, s: int, e: int) -> str:
    """A mention with the few characters before it, less its last word when that is a name
    ("Miss Ana Ruiz" -> "Miss Ana", "Billie Jean King" -> "Billie Jean"): a title word that
    ends a mention is a name, while a pronoun mention ("she") stays whole."""
    words = text[s:e].split()
    if words and words[-1].lower().strip(".,") not in GENDER_PRONOUNS:
        words = words[:-1]
    return text[max(0, s - 5) : s] + " ".join(words)


def _actor_gender(text: str, actor: Actor) -> str:
    """m or f from the pronouns the actors stage gave the actor and the titles before it;
    a title word that ends a mention is a name ("Billie Jean King"), not a title."""
    words = " ".join(_title_part(text, s, e) for s, e in actor.mentions).lower()
    m = f = 0
    for male, _ in GENDER_WORD.findall(words):
        if male:
            m += 1
        else:
            f += 1
    return "m" if m > f else "f" if f > m else ""


@dataclass
class Said:
    """A speaker already found: where its cue sentence is, and who it was."""

    sentence: int
    at: int  # token index of the speaker phrase
    actor: Actor


@dataclass
class Resolver:
    text: str
    parse: Parse
    actors: tuple[Actor, ...]
    history: list[Said] = field(default_factory=list)
    made: dict[str, Actor] = field(default_factory=dict)
    seen: dict[tuple[int, int], Actor] = field(default_factory=dict)
    _genders: dict[str, str] = field(default_factory=dict)

    def resolve(self, first: int, last: int) -> Actor:
        """The actor for the speaker phrase at tokens [first, last); the same phrase (a split
        quote's one cue) always gives the same actor."""
        if (first, last) not in self.seen:
            self.seen[(first, last)] = self._resolve(first, last)
        return self.seen[(first, last)]

    def _resolve(self, first: int, last: int) -> Actor:
        """By name wherever the article gives one: the phrase's own name, a name in
        apposition ("a spokeswoman, Jo Lee"), the name its title or noun was given earlier
        or later ("the envoy"), the author of a statement; a pronoun goes to the speaker or
        subject before it. A title or noun as written only when no name is found."""
        toks = self.parse.tokens
        while last - 1 > first and toks[last - 1].pos == "SPACE":
            last -= 1  # "who   said": the run of spaces is no part of the speaker
        span = (toks[first].start, toks[last - 1].end)
        low = [t.text.lower() for t in toks[first:last]]
        written = self.text[span[0] : span[1]]
        head = self._head(first, last)
        if len(low) == 1 and toks[first].tag in ("WP", "WDT") and first:
            noun = self._relative_head(first)
            if noun is not None:  # "Smith, who said ...": the relative stands for Smith
                return self.resolve(*phrase(self.parse, noun))
        if low in (["'s"], ["’s"]) and first and toks[first - 1].text.lower() == "let":
            low, written = ["we"], "we"  # "let's hope ...": we hope
        if len(low) == 1 and low[0] in PRONOUNS:
            found = self._antecedent(first, PRONOUNS[low[0]])
            return found or self._covering(span) or self._new(written, first, last)
        apposed = None if toks[head].ent == "PERSON" else self._apposed(head)
        if apposed is not None:  # never "McConnell, R-Ky.": a name needs no name beside it
            return apposed
        at = toks[head]
        known = self._covering((at.start, at.end))  # the actor that holds the phrase's head
        if known is not None and named(known):
            return known
        if toks[head].pos == "NOUN":
            found = self._nominal(first, last, head)
            if found is not None:
                return found
        return known or self._new(self.text[span[0] : span[1]], first, last)

    def _relative_head(self, k: int) -> int | None:
        """The noun a relative word at ``k`` stands for: the head of its relative clause a
        few steps up the parse, else a noun just before it ("the senator, who ..."); None
        when neither is found, so the word itself is never taken for a name."""
        toks = self.parse.tokens
        clause = toks[k].head
        for _ in range(RELATIVE_CLIMB):
            if toks[clause].dep == "relcl":
                return toks[clause].head
            if toks[clause].head == clause:
                break
            clause = toks[clause].head
        j = k - 1
        while j > 0 and toks[j].pos in ("PUNCT", "SPACE"):
            j -= 1
        if toks[j].pos in ("NOUN", "PROPN") and toks[j].sent == toks[k].sent:
            return j
        return None

    def _head(self, first: int, last: int) -> int:
        """The token of the phrase whose head lies outside it."""
        toks = self.parse.tokens
        for k in range(last - 1, first - 1, -1):
            if not first <= toks[k].head < last or toks[k].head == k:
                return k
        return last - 1

    def _apposed(self, head: int) -> Actor | None:
        """The name set beside a title or noun: "a spokeswoman for the ministry, Jo Lee"."""
        toks = self.parse.tokens
        for c in self.parse.children[head]:
            if toks[c].dep != "appos" or c < head:
                continue
            first, last = phrase(self.parse, c)
            if any(toks[k].ent in NAME_LABELS for k in range(first, last)):
                return self.resolve(first, last)
        return None

    def remember(self, sentence: int, at: int, actor: Actor) -> None:
        self.history.append(Said(sentence, at, actor))

    def _covering(self, span: Span) -> Actor | None:
        """The actor with a mention overlapping ``span`` (mentions are short: look back a bit)."""
        index = self._mentions
        k = bisect_left(index, (span[1],))
        near = [(s, e, n) for s, e, n in index[max(0, k - 12) : k] if s < span[1] and span[0] < e]
        if not near:
            return None
        # the mention that holds the phrase's head (its last word), else the largest overlap
        best = max(near, key=lambda m: (m[1] >= span[1], min(m[1], span[1]) - max(m[0], span[0])))
        return self.actors[best[2]]

    @cached_property
    def _mentions(self) -> list[tuple[int, int, int]]:
        return sorted((s, e, n) for n, a in enumerate(self.actors) for s, e in a.mentions)

    def _entity_actor(self, ent: Entity) -> Actor:
        return self._covering((ent.start, ent.end)) or self._new(ent.text, ent.first, ent.last)

    def _antecedent(self, at: int, want: str) -> Actor | None:
        """The person (he, she) or group (they, it) a pronoun stands for: the last subject
        before it, in its own paragraph first, or the last speaker when that came later."""
        toks = self.parse.tokens
        sent = toks[at].sent
        person = want in "mf"
        cands = [
            c
            for c in self._candidates
            if c.last <= at
            and c.person == person
            and 0 <= sent - toks[c.first].sent <= LOOKBACK_SENTENCES
            and c.gender in ("", want if person else "")
        ]
        said = [
            h
            for h in self.history[-LOOKBACK_SPEAKERS:]
            if h.at < at and sent - h.sentence <= LOOKBACK_SENTENCES and self._fits(h.actor, want)
        ]
        para = self._paragraph(at)
        subjects = [c for c in cands if c.subject]
        local = [c for c in subjects if self._paragraph(c.first) == para]
        best_said = said[-1] if said else None
        pool = local or subjects or cands
        best = pool[-1] if pool else None
        if best_said is not None and (best is None or best_said.at >= best.first):
            return best_said.actor
        if best is None:
            return None
        if best.actor is None and best.entity is not None:
            return self._entity_actor(best.entity)
        return best.actor

    def _fits(self, actor: Actor, want: str) -> bool:
        """Whether a speaker found earlier may be what a pronoun stands for: a person for
        "he" or "she", of no other gender than the pronoun's as far as the text tells (a
        woman quoted last is never the "he" who speaks next); a group for "they" or "it"."""
        if want not in "mf":
            return actor.kind != "person"
        if actor.kind != "person":
            return False
        key = f"{actor.id}\t{actor.name}"
        if key not in self._genders:
            self._genders[key] = _actor_gender(self.text, actor)
        return self._genders[key] in ("", want)

    def _paragraph(self, k: int) -> int:
        return bisect_left(self._breaks, self.parse.tokens[k].start)

    @cached_property
    def _breaks(self) -> list[int]:
        return [m.start() for m in NEWLINE.finditer(self.text)]

    @cached_property
    def _candidates(self) -> list[Candidate]:
        """Named mentions a pronoun may stand for, in text order: the actors stage's (not its
        pronouns) and the named entities it left out."""
        out: list[Candidate] = []
        taken: set[int] = set()
        for a in self.actors:
            gender = _actor_gender(self.text, a)
            for start, end in a.mentions:
                first, last = self._token_at(start), self._token_at(end - 1)
                if first is None or last is None or first.pos == "PRON" == last.pos:
                    continue
                head = self._head(first.i, last.i + 1)
                taken.update(range(first.i, last.i + 1))
                out.append(
                    Candidate(
                        first.i, last.i + 1, a.kind == "person", gender, self._subject(head), a
                    )
                )
        for e in self.parse.entities:
            if e.label in PERSON_LABELS | GROUP_LABELS and not taken & set(range(e.first, e.last)):
                head = self._head(e.first, e.last)
                out.append(
                    Candidate(
                        e.first,
                        e.last,
                        e.label in PERSON_LABELS,
                        self._gender(e),
                        self._subject(head),
                        None,
                        e,
                    )
                )
        return sorted(out, key=lambda c: c.first)

    def _token_at(self, char: int) -> Token | None:
        """The token that covers character offset ``char`` (as :meth:`Parse.token_at`)."""
        k = bisect_right(self._token_starts, char) - 1
        t = self.parse.tokens[k] if k >= 0 else None
        return t if t is not None and char < t.end else None

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.parse.tokens]

    def _subject(self, head: int) -> bool:
        """A subject, the name beside one ("Her rival, Jo Lee, spoke"), the agent of a passive,
        or a person a relative clause tells about ("Jo Lee, who opened the talks")."""
        toks = self.parse.tokens
        t = toks[head]
        if t.dep in ("nsubj", "nsubjpass"):
            return True
        if t.dep == "appos" and toks[t.head].dep in ("nsubj", "nsubjpass"):
            return True
        if t.dep == "pobj" and toks[t.head].dep == "agent":
            return True
        return any(toks[c].dep in ("relcl", "appos") for c in self.parse.children[head])

    def _entities_before(self, at: int, sent: int) -> list[Entity]:
        """Entities that end before token ``at``, within the lookback window, in order."""
        ents = self.parse.entities
        k = bisect_left(self._starts, at)
        j = k
        while j > 0 and sent - self.parse.tokens[ents[j - 1].first].sent <= LOOKBACK_SENTENCES:
            j -= 1
        return list(ents[j:k])

    @cached_property
    def _surnames(self) -> dict[str, Actor]:
        """Last word of each named person of the actors stage (the first actor wins)."""
        out: dict[str, Actor] = {}
        for a in self.actors:
            if a.kind == "person":
                for name in (a.name, *a.aliases):
                    if name.split():
                        out.setdefault(name.split()[-1].lower(), a)
        return out

    @cached_property
    def _starts(self) -> list[int]:
        return [e.first for e in self.parse.entities]

    def _is_subject(self, e: Entity) -> bool:
        """A subject, or a person introduced with an apposition ("Jo Lee, a nurse, ...")."""
        toks = self.parse.tokens
        if any(toks[k].dep in ("nsubj", "nsubjpass") for k in range(e.first, e.last)):
            return True
        return any(
            toks[c].dep == "appos" for k in range(e.first, e.last) for c in self.parse.children[k]
        )

    def _gender(self, e: Entity) -> str:
        """m, f or "" from a title before the name or the pronouns in its sentence."""
        toks = self.parse.tokens
        before = {t.text.lower() for t in toks[max(0, e.first - 2) : e.first]}
        if before & MALE_TITLES:
            return "m"
        if before & FEMALE_TITLES:
            return "f"
        sent = self.parse.sentences[toks[e.first].sent]
        rest = [t.text.lower() for t in toks[e.last : sent.last]]
        m = sum(w in ("he", "his", "him", "himself") for w in rest)
        f = sum(w in ("she", "her", "hers", "herself") for w in rest)
        return "m" if m > f else "f" if f > m else ""

    def _nominal(self, first: int, last: int, head: int) -> Actor | None:
        """A title or noun ("the envoy", "a spokeswoman", "the statement") to the name the
        article gives it, before the phrase or (for a speaker introduced by role) after."""
        toks = self.parse.tokens
        noun = toks[head].lemma.lower()
        sent = toks[first].sent
        if noun in UTTERANCE_NOUNS:
            return self._author(head)
        plural = toks[head].tag in ("NNS", "NNPS")
        labels = GROUP_LABELS if plural else PERSON_LABELS
        for e in reversed(self._entities_before(first, sent)):
            if e.label in labels and self._titled(e, noun):
                return self._entity_actor(e)
        for e in self._entities_after(last, sent):
            if e.label in labels and self._titled(e, noun):
                return self._entity_actor(e)
        return None

    def _author(self, head: int) -> Actor | None:
        """Who issued a statement: "the ministry's statement", "a statement from the
        ministry", or the subject of the last sentence that issued one ("The ministry issued
        a statement. The statement said ..."), else the last speaker who made one."""
        toks = self.parse.tokens
        noun, sent = toks[head].lemma.lower(), toks[head].sent
        for k in range(head, -1, -1):
            if sent - toks[k].sent > LOOKBACK_SENTENCES:
                break
            if toks[k].lemma.lower() != noun or toks[k].pos != "NOUN":
                continue
            found = self._issuer(k)
            if found is not None:
                return found
        for said in reversed(self.history):
            s = self.parse.sentences[said.sentence]
            words = {t.lemma.lower() for t in toks[s.first : s.last]}
            if noun in words and sent - said.sentence <= LOOKBACK_SENTENCES:
                return said.actor
        return None

    def _issuer(self, k: int) -> Actor | None:
        toks, kids = self.parse.tokens, self.parse.children
        for c in kids[k]:
            if toks[c].dep == "poss" and toks[c].pos in ("PROPN", "NOUN"):
                return self.resolve(*phrase(self.parse, c))
            if toks[c].dep == "prep" and toks[c].text.lower() in ("from", "by"):
                for g in kids[c]:
                    if toks[g].dep == "pobj":
                        return self.resolve(*phrase(self.parse, g))
        verb = toks[k].head
        if toks[k].dep in ("dobj", "nsubjpass") and verb != k:
            for c in kids[verb]:
                if toks[c].dep in ("nsubj", "agent") and toks[c].pos in ("PROPN", "NOUN"):
                    return self.resolve(*phrase(self.parse, c))
        return None

    def _entities_after(self, last: int, sent: int) -> list[Entity]:
        """Entities that start at token ``last`` or later, within the lookahead window."""
        ents = self.parse.entities
        k = bisect_left(self._starts, last)
        out = []
        while k < len(ents) and self.parse.tokens[ents[k].first].sent - sent <= LOOKAHEAD_SENTENCES:
            out.append(ents[k])
            k += 1
        return out

    def _titled(self, e: Entity, noun: str) -> bool:
        """``noun`` titles the name: "special envoy Zalmay Khalilzad", "Smith, the envoy",
        "the head of the agency, Marta Ruiz"."""
        toks = self.parse.tokens
        left = toks[max(0, e.first - 4) : e.first]
        if any(t.lemma.lower() == noun for t in left) and all(t.pos != "PUNCT" for t in left[-2:]):
            return True
        right = toks[e.last : e.last + 6]
        if (
            right
            and right[0].text == ","
            and any(t.lemma.lower() == noun and self._apposed_noun(t) for t in right[1:])
        ):
            return True
        for k in range(e.first, e.last):
            t = toks[k]
            if t.dep == "appos" and not e.first <= t.head < e.last:
                return toks[t.head].lemma.lower() == noun
        return False

    def _apposed_noun(self, t: Token) -> bool:
        """A noun after a name and a comma that is set beside it ("Smith, the envoy, said",
        "Smith, the envoy said"), not the bare subject of a clause of its own ("won in Ohio,
        exit polls showed", "in Congress, sources said")."""
        toks = self.parse.tokens
        if t.dep not in ("nsubj", "nsubjpass"):
            return True
        if t.i + 1 < len(toks) and toks[t.i + 1].text == ",":
            return True
        return any(toks[c].dep == "det" for c in self.parse.children[t.i])

    def _new(self, name: str, first: int, last: int) -> Actor:
        toks = self.parse.tokens
        names = [e for e in self.parse.entities if first <= e.first and e.last <= last]
        people = [e for e in names if e.label in PERSON_LABELS]
        if people and (people[-1].first, people[-1].last) != (first, last):
            name = people[-1].text  # "US special envoy Zalmay Khalilzad": the person
        words = _name_words(name)
        while words and words[0].lower() in DETERMINERS and len(words) > 1:
            words = words[1:]
        name = " ".join(words)
        key = words[-1].lower() if words else name.lower()
        person = any(t.ent == "PERSON" for t in toks[first:last])
        proper = all(t.pos == "PROPN" for t in toks[first:last])
        known = self._surnames.get(key) if person or proper else None
        if known is not None:
            return known  # "Akhundzada" after "Haibatullah Akhundzada" was found
        if person and key in self.made:
            old = self.made[key]
            merged = Actor(
                old.id,
                old.name if len(old.name) >= len(name) else name,
                old.aliases,
                old.kind,
                mentions=(*old.mentions, (toks[first].start, toks[last - 1].end)),
            )
            self.made[key] = merged
            return merged
        head = toks[last - 1]
        group = (
            head.ent in ("ORG", "NORP", "GPE")
            or head.tag == "NNS"
            or any(t.lemma.lower() in GROUP_NOUNS for t in toks[first:last])
        )
        titled = any(t.lemma.lower() in PERSON_TITLES for t in toks[first:last])
        kind = "person" if person or titled or not group else "organization"
        span = (toks[first].start, toks[last - 1].end)
        home = self._affiliation(first, last)
        country = home.country if home else None
        sector = home.sector if home else None
        code = f"{country or ''}{sector or ''}" or None
        actor = Actor(f"q{len(self.made) + 1}", name, (), kind, country, sector, code, (span,))
        self.made[key if person else name.lower()] = actor
        return actor

    def _affiliation(self, first: int, last: int) -> Actor | None:
        """The state or organisation a role speaks for, named inside its phrase: "a Pentagon
        spokesman", "the agency's head", "a spokeswoman for the ministry"."""
        head = self._head(first, last)
        sub = self.parse.subtree(head)
        lo = self.parse.tokens[max(first, min(sub))].start  # never a dateline before it
        hi = self.parse.tokens[max(sub)].end
        best: Actor | None = None
        for s, e, n in self._mentions:
            a = self.actors[n]
            fits = lo <= s and e <= hi and a.kind != "person" and (a.country or a.sector)
            if fits and (best is None or (a.sector is not None and best.sector is None)):
                best = a
        return best


def _name_words(name: str) -> list[str]:
    """The words of a speaker's name as written, without what a headline or list puts
    before it ("Weak - Rubio") and without a possessive ending ("Lee's claim that ...")."""
    name = NAME_BREAK.split(name)[-1].strip() or name
    bare = POSSESSIVE.sub("", name).strip()
    return (bare or name).split()
