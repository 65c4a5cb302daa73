"""Word lists and patterns for quote attribution (the cue verbs live in data/cues.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError

#: Words before a quoted string that make it a title or a name, not a quote.
TITLE_WORDS = frozenset(
    "film movie book novel memoir song album show series play poem article essay column "
    "documentary podcast painting campaign slogan hashtag motto headline called titled "
    "entitled dubbed named nicknamed branded labelled labeled term phrase word".split()
)

#: Pronouns that can stand for a speaker, with the gender or number they require.
PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "we": "p",
    "it": "n",
}

#: Titles that tell a person's gender.
MALE_TITLES = frozenset("mr mr. sir lord king prince father brother mullah sheikh".split())
FEMALE_TITLES = frozenset(
    "mrs mrs. ms ms. miss madam madame lady queen princess sister dame".split()
)

#: Nouns that name a statement rather than a speaker ("the statement added").
UTTERANCE_NOUNS = frozenset(
    "statement message tweet post letter report release communique communiqué "
    "announcement memo email e-mail video speech interview".split()
)

#: Head nouns of a group or an institution ("the state department", "the campaign").
GROUP_NOUNS = frozenset(
    "department ministry office council committee government party group campaign "
    "administration agency commission court police army military force forces movement "
    "organization organisation union board bank company firm embassy parliament senate "
    "congress house cabinet authority authorities spokesperson's team coalition alliance "
    "newspaper network channel website poll survey study report statement".split()
)

#: Dependency labels of a subject, and of clausal complements that carry reported content.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPLEMENTS = frozenset({"ccomp"})
OPEN_COMPLEMENTS = frozenset({"xcomp"})
#: Labels through which a cue without a subject borrows its governor's ("..., adding that").
CLIMB = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep"})

#: Abbreviations whose full stop ends no sentence ("Mr. Obama said").
ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Sen Rep Gov Gen Col Lt Sgt Capt Adm Prof Jr Sr Rev Pres Gov Atty Supt "
    "Corp Inc Co Ltd No Vol Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec U.S U.N U.K a.m p.m"
).split()
#: Sentence-ending punctuation followed by space: a quote's cue never lies across one.
SENTENCE_BREAK = re.compile(
    "".join(rf"(?<!\b{re.escape(a)})" for a in ABBREVIATIONS) + r"(?<!\b[A-Z])[.!?][\"'”’)]?\s"
)
#: Straight double quote that opens (start, space or bracket before it, a non-space after).
STRAIGHT_OPEN_BEFORE = frozenset(" \t\n([{—–-/")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # speech, belief, intention, evidence
    object: str | None  # "-": a direct object can be the content; "for": "call for X"


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    """Cue lemma -> :class:`Cue`, read from data/cues.tsv."""
    text = resources.files("tacitus").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    out: dict[str, Cue] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) not in (2, 3) or not parts[0]:
            raise ConfigError(f"data/cues.tsv line {n}: expected 'lemma<TAB>kind<TAB>object'")
        obj = parts[2] if len(parts) == 3 and parts[2] else None
        out[parts[0].lower()] = Cue(parts[1], obj)
    return out
