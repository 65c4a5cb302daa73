"""The mention record the actor sub-steps pass between them, and the per-article context."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..parse import Parse, Token
from .context import About
from .kb import KB, Entry, Match, Title

PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "theirs": "p",
    "themselves": "p",
    "it": "n",
    "its": "n",
}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
ARMED = frozenset({"INS", "REB", "UAF"})


@dataclass
class Mention:
    """One span that names, describes or points to an actor."""

    first: int  # token indices; last is one past the end
    last: int
    kind: str  # person, state, organisation, group; "nominal" and "pronoun" before resolution
    surface: str
    key: str | None = None  # cluster key for named mentions
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    title: Title | None = None
    gender: str | None = None
    org: str | None = None  # name of the organisation a person speaks or works for
    definite: bool = False
    named_kind: str | None = None  # the kind a nominal or pronoun stands for
    classes: set[str] = field(default_factory=set)
    np_first: int = -1  # where the noun phrase starts (a title before the name); -1: first
    armed: bool = False  # an armed group in some period (the Taliban), for "the insurgents"
    country_from: str | None = None  # kb, title, demonym, place, apposition, institution, context

    def __post_init__(self) -> None:
        if self.np_first < 0:
            self.np_first = self.first


@dataclass
class Context:
    text: str
    parse: Parse
    kb: KB
    date: str | None
    kb_matches: list[Match]
    title_matches: list[Match]
    org_cues: list[Match] = field(default_factory=list)
    about: About = field(default_factory=lambda: About(None, ()))
    #: cities and provinces of one country ("Mumbai", "Michigan"): country cues only
    place_matches: list[Match] = field(default_factory=list)

    def about_at(self, i: int) -> str | None:
        """The country the passage around token ``i`` is about (see :mod:`.context`)."""
        return self.about.at(self.tokens[i].sent)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return self.parse.tokens

    @cached_property
    def kb_at(self) -> dict[int, Match]:
        return {i: m for m in self.kb_matches for i in range(m.first, m.last)}

    @cached_property
    def place_at(self) -> dict[int, Match]:
        return {i: m for m in self.place_matches for i in range(m.first, m.last)}

    @cached_property
    def sentence_countries(self) -> dict[int, set[str]]:
        """Per sentence, the countries its country names, demonyms, capitals and places give."""
        out: dict[int, set[str]] = {}
        for m in [*self.kb_matches, *self.place_matches]:
            e = m.value
            if isinstance(e, Entry) and e.what in ("state", "demonym", "capital", "place"):
                c = e.roles[0].country
                if c:
                    out.setdefault(self.tokens[m.first].sent, set()).add(c)
        return out

    @cached_property
    def country_names(self) -> dict[int, list[Match]]:
        """Per sentence, its knowledge-base matches of countries, demonyms and capitals."""
        out: dict[int, list[Match]] = {}
        for m in self.kb_matches:
            e = m.value
            if isinstance(e, Entry) and e.what in ("state", "demonym", "capital"):
                out.setdefault(self.tokens[m.first].sent, []).append(m)
        return out

    @cached_property
    def title_at(self) -> dict[int, Match]:
        return {i: m for m in self.title_matches for i in range(m.first, m.last)}

    @cached_property
    def quoted(self) -> list[bool]:
        """Per token: inside quotation marks (straight or curly), within its paragraph."""
        out, inside = [], False
        prev_end = 0
        for t in self.tokens:
            if "\n" in self.text[prev_end : t.start] or "\n" in t.text:
                inside = False  # (spaCy keeps a paragraph's blank line as a token of its own)
            if t.text in ("“", "”", '"'):
                inside = t.text == "“" or (t.text == '"' and not inside)
                out.append(False)
            else:
                out.append(inside)
            prev_end = t.end
        return out

    def entry(self, m: Match) -> Entry:
        assert isinstance(m.value, Entry)
        return m.value

    def span_text(self, first: int, last: int) -> str:
        return " ".join(self.text[self.tokens[first].start : self.tokens[last - 1].end].split())

    def is_subject(self, m: Mention) -> bool:
        return any(self.tokens[i].dep in SUBJECT_DEPS for i in range(m.np_first, m.last))
