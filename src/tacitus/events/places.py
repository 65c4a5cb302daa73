"""Place targets: force aimed at a place that no actor names ("shelled Aleppo", "air
strikes on the town of Idlib", "clashes in Kunduz province").

CAMEO coders code the target of an attack, a blockade or a show of force on a place as
the place's country. The actors stage makes no actor of a city or a district, so when the
rules and the target scorer find no target for such an act, the place named in the
trigger's object (or its passive subject) or in its "in"/"on"/"at"/"near"/"into" phrase
(a retreat's "from" phrase) becomes the target: a ``state`` actor named by the place, with
the place's country from the knowledge base's places (``country_from="place"``), or no
country when the knowledge base does not know it; with no name there, a place noun ("shelled
*the town*", "raided a refugee *camp*") is a countryless one. Like an implied target
(:mod:`.implied`) it is made for the event and is not in the record's ``actors``. A place
that is only where two sides met ("X and Y fought in Z") is no target, and a place never
replaces an actor target: only events with no target get one.
"""

from __future__ import annotations

from functools import cached_property

from ..actors.kb import KB, Entry, Match
from ..parse import Parse, Token
from ..records import Actor, Event
from ..text import stable_id
from .syntax import ActorIndex, kids, prep_objects, with_target

#: CAMEO roots of acts aimed at a place: yielding it (08, "withdrew from X"), threats (13,
#: "threatened air strikes in Idlib"), cutting aid or relations there (16, "suspended aid in
#: Borno State"), force posture (15), coercion (17), assault (18), fighting (19), mass
#: violence (20).
PLACE_TARGET_ROOTS = frozenset({"08", "13", "15", "16", "17", "18", "19", "20"})
#: Acts aimed at people, never at the place they happen in: restrictions, arrests,
#: expulsions, repression ("police arrested dozens in Nairobi" is aimed at the people, the
#: target :mod:`.implied` gives it); and talks broken off, whose place is only where they
#: were held (164, "halted talks in Geneva").
PEOPLE_CODES = ("164", "172", "173", "174", "175")
#: Prepositions whose object is where the act landed.
PLACE_PREPS = frozenset({"in", "on", "at", "near", "into", "upon", "across", "around", "outside"})
#: Prepositions that name the place only for some acts: a retreat is *from* a place (a
#: strike "from" a place is where it came from).
ROOT_PREPS = {"08": frozenset({"from"})}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Common nouns for a place an act of force may land on.
PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "camp",
        "district",
        "neighbourhood",
        "neighborhood",
        "area",
        "region",
        "province",
        "base",
        "outpost",
        "checkpoint",
        "compound",
        "hospital",
        "school",
        "market",
        "mosque",
        "church",
        "airport",
        "port",
        "border",
        "settlement",
        "stronghold",
        "enclave",
        "territory",
        "strip",
        "quarter",
        "suburb",
        "building",
    }
)
#: Prepositions that name the other side of a fight.
SIDE_PREPS = frozenset({"between", "with", "among", "against"})


class PlaceFinder:
    """The places of one parsed text: named-entity places, the knowledge base's, and
    proper nouns the tagger left untyped."""

    def __init__(self, parse: Parse, kb: KB) -> None:
        self.parse = parse
        self.kb = kb

    @cached_property
    def known(self) -> dict[int, Match]:
        """The knowledge base's places by token (the actors stage has matched them on
        this parse already)."""
        return {
            i: m for m in self.kb.places.match_parse(self.parse) for i in range(m.first, m.last)
        }

    @cached_property
    def entities(self) -> dict[int, tuple[int, int]]:
        """Named-entity places by token: the span each lies in."""
        return {
            i: (e.first, e.last)
            for e in self.parse.entities
            if e.label in PLACE_LABELS
            for i in range(e.first, e.last)
        }

    @cached_property
    def others(self) -> set[int]:
        """Tokens inside named entities of other kinds (people, organisations, ...)."""
        return {
            i
            for e in self.parse.entities
            if e.label not in PLACE_LABELS
            for i in range(e.first, e.last)
        }

    def target_for(
        self, index: ActorIndex, trig: Token, noun: Token | None, root: str = ""
    ) -> Actor | None:
        """The place the act at ``trig`` (or its event ``noun``) lands on, as an actor."""
        extra = ROOT_PREPS.get(root, frozenset())
        landing = _landing_tokens(self.parse, trig, noun, extra)
        for tok in landing:
            for t in (
                tok,
                *kids(self.parse, tok.i, "compound"),
                *prep_objects(self.parse, tok, "of"),  # "the town of X"
            ):
                found = self._place_at(index, t)
                if found is not None:
                    return found
        for tok in landing:  # no name: "shelled the town", "raided a refugee camp"
            if tok.lemma.lower() in PLACE_NOUNS and tok.pos == "NOUN" and not index.all_at(tok):
                mods = kids(self.parse, tok.i, "compound", "amod")
                first = min([tok, *mods], key=lambda t: t.i)
                name = " ".join(t.text for t in self.parse.tokens[first.i : tok.i + 1])
                return Actor(
                    f"place:{stable_id(first.start, name)}",
                    name,
                    kind="state",
                    mentions=((first.start, tok.end),),
                )
        return None

    def _place_at(self, index: ActorIndex, tok: Token) -> Actor | None:
        span = self.entities.get(tok.i)
        m = self.known.get(tok.i)
        if span is None and m is None and tok.pos == "PROPN" and tok.i not in self.others:
            span = (tok.i, tok.i + 1)  # a name the tagger left untyped: a village, a camp
        if span is None and m is None:
            return None
        first, last = span if span is not None else (m.first, m.last)  # type: ignore[union-attr]
        toks = self.parse.tokens[first:last]
        if any(index.all_at(t) for t in toks):
            return None  # an actor (a country, an organisation): the rules' business
        # "Homs province": the named entity's country is that of the known place in it
        inner = {id(k): k for t in toks if (k := self.known.get(t.i)) is not None}
        countries = {c for k in inner.values() for c in _countries(k)}
        country = countries.pop() if len(countries) == 1 else None
        start, end = toks[0].start, toks[-1].end
        name = " ".join(t.text for t in toks)
        if toks[0].text.lower() == "the":
            name = name[4:]
        return Actor(
            f"place:{stable_id(name, country or '')}",
            name,
            kind="state",
            country=country,
            code=country,
            mentions=((start, end),),
            country_from="place" if country else None,
        )


def _countries(m: Match) -> set[str]:
    if not isinstance(m.value, Entry):
        return set()
    return {r.country for r in m.value.roles if r.country}


def _landing_tokens(
    parse: Parse, trig: Token, noun: Token | None, extra: frozenset[str] = frozenset()
) -> list[Token]:
    """The trigger's objects (a passive's subject; a name the parser hung as a modifier,
    "shelled *Aleppo* on Tuesday"), then its place phrases' objects and its objects' ("a
    checkpoint *in* Kunduz"), then those of its event noun."""
    out: list[Token] = []
    for head in (trig, noun) if noun is not None and noun.i != trig.i else (trig,):
        objs = kids(parse, head.i, "dobj", "nsubjpass")
        objs += [t for t in kids(parse, head.i, "npadvmod") if t.pos == "PROPN"]
        out += objs
        for h in (head, *objs):
            for p in kids(parse, h.i, "prep"):
                if p.lemma.lower() in PLACE_PREPS or p.lemma.lower() in extra:
                    out += kids(parse, p.i, "pobj")
    return out


def between_sides(parse: Parse, trig: Token, noun: Token | None) -> bool:
    """The act has two sides the place is only the scene of: a coordinated subject ("X and
    Y fought in Z") or a "between"/"with"/"among" phrase ("clashes between X and Y in Z")."""
    for head in (trig, noun) if noun is not None else (trig,):
        for s in kids(parse, head.i, "nsubj", "nsubjpass"):
            if kids(parse, s.i, "conj"):
                return True
        if any(p.lemma.lower() in SIDE_PREPS for p in kids(parse, head.i, "prep")):
            return True
    return False


def with_place_target(
    finder: PlaceFinder,
    index: ActorIndex,
    article_id: str,
    trig: Token,
    noun: Token | None,
    event: Event,
) -> Event:
    """The event with the place it lands on as its target, when it has none and is force."""
    if event.target is not None or event.root not in PLACE_TARGET_ROOTS:
        return event
    if event.cameo.startswith(PEOPLE_CODES):
        return event
    if between_sides(finder.parse, trig, noun):
        return event
    place = finder.target_for(index, trig, noun, event.root)
    if place is None:
        return event
    return with_target(event, article_id, trig.start, place, "place")
