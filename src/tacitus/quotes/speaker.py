"""Resolve the speaker as written ("he", "the envoy", "Khalilzad") to an actor.

In order: an actor of the actors stage whose mention covers the phrase; for a pronoun, the
nearest compatible person or group before it (subjects first, gender from titles and from
the pronouns that follow a name); for a nominal, the named actor it was attached to earlier
("US special envoy Zalmay Khalilzad" ... "the envoy"), or the speaker of the statement it
names ("the statement added"); otherwise a new actor with the name as written.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from ..parse import Entity, Parse
from ..records import Actor, Span
from .attribution import phrase
from .lexicon import (
    FEMALE_TITLES,
    GROUP_NOUNS,
    MALE_TITLES,
    PERSON_TITLES,
    PRONOUNS,
    UTTERANCE_NOUNS,
)

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: How many earlier speakers a pronoun considers.
LOOKBACK_SPEAKERS = 20
#: How many sentences back a pronoun or a nominal looks for its antecedent.
LOOKBACK_SENTENCES = 6


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

    def resolve(self, first: int, last: int) -> Actor:
        """The actor for the speaker phrase at tokens [first, last); the same phrase (a split
        quote's one cue) always gives the same actor."""
        if (first, last) not in self.seen:
            self.seen[(first, last)] = self._resolve(first, last)
        return self.seen[(first, last)]

    def _resolve(self, first: int, last: int) -> Actor:
        toks = self.parse.tokens
        span = (toks[first].start, toks[last - 1].end)
        known = self._covering(span)
        if known is not None:
            return known
        words = [t.text for t in toks[first:last]]
        low = [w.lower() for w in words]
        if len(low) == 1 and toks[first].tag in ("WP", "WDT") and first:
            clause = toks[toks[first].head]
            if clause.dep == "relcl":  # "Smith, who said ...": the relative stands for Smith
                return self.resolve(*phrase(self.parse, clause.head))
        if len(low) == 1 and low[0] in PRONOUNS:
            found = self._antecedent(first, PRONOUNS[low[0]])
            if found is not None:
                return found
        elif low[0] in DETERMINERS and toks[last - 1].pos == "NOUN":
            found = self._nominal(first, toks[last - 1].lemma.lower())
            if found is not None:
                return found
        return self._new(self.text[span[0] : span[1]], first, last)

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
        labels = PERSON_LABELS if want in "mf" else GROUP_LABELS
        sent = self.parse.tokens[at].sent
        cands = [
            e
            for e in self._entities_before(at, sent)
            if e.last <= at
            and e.label in labels
            and sent - self.parse.tokens[e.first].sent <= LOOKBACK_SENTENCES
            and self._gender(e) in ("", want if want in "mf" else "")
        ]
        kind_ok = (lambda a: a.kind == "person") if want in "mf" else (lambda a: a.kind != "person")
        said = [
            h
            for h in self.history[-LOOKBACK_SPEAKERS:]
            if h.at < at and sent - h.sentence <= LOOKBACK_SENTENCES and kind_ok(h.actor)
        ]
        subjects = [e for e in cands if self._is_subject(e)]
        best_said = said[-1] if said else None
        best_ent = subjects[-1] if subjects else (cands[-1] if cands else None)
        if best_said is not None and (best_ent is None or best_said.at >= best_ent.first):
            return best_said.actor
        return self._entity_actor(best_ent) if best_ent is not None else None

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

    def _nominal(self, at: int, noun: str) -> Actor | None:
        toks = self.parse.tokens
        sent = toks[at].sent
        if noun in UTTERANCE_NOUNS:
            for said in reversed(self.history):
                s = self.parse.sentences[said.sentence]
                words = {t.lemma.lower() for t in toks[s.first : s.last]}
                if noun in words and sent - said.sentence <= LOOKBACK_SENTENCES:
                    return said.actor
            return None
        plural = toks[at].tag in ("NNS", "NNPS") or any(
            t.tag == "NNS" for t in toks[at : at + 4] if t.lemma.lower() == noun
        )
        labels = GROUP_LABELS if plural else PERSON_LABELS
        for e in reversed(self._entities_before(at, sent)):
            if e.label in labels and self._titled(e, noun):
                return self._entity_actor(e)
        return None

    def _titled(self, e: Entity, noun: str) -> bool:
        """``noun`` titles the name: "special envoy Zalmay Khalilzad", "Smith, the envoy"."""
        toks = self.parse.tokens
        left = toks[max(0, e.first - 4) : e.first]
        if any(t.lemma.lower() == noun for t in left):
            return all(t.pos != "PUNCT" for t in left[-2:])
        right = toks[e.last : e.last + 6]
        if right and right[0].text == ",":
            return any(t.lemma.lower() == noun for t in right[1:])
        return False

    def _new(self, name: str, first: int, last: int) -> Actor:
        toks = self.parse.tokens
        names = [e for e in self.parse.entities if first <= e.first and e.last <= last]
        people = [e for e in names if e.label in PERSON_LABELS]
        if people and (people[-1].first, people[-1].last) != (first, last):
            name = people[-1].text  # "US special envoy Zalmay Khalilzad": the person
        words = name.split()
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
        actor = Actor(f"q{len(self.made) + 1}", name, kind=kind, mentions=(span,))
        self.made[key if person else name.lower()] = actor
        return actor
