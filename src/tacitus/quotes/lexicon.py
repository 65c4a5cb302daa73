"""Word lists and patterns for quote attribution.

The lists are data: cue verbs in ``data/cues.tsv``, other words in
``data/quote_words.json``; an analyst adds entries there, not here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError


@lru_cache(maxsize=1)
def _lists() -> dict[str, list[str]]:
    path = "data/quote_words.json"
    text = resources.files("tacitus").joinpath(path).read_text(encoding="utf-8")
    try:
        data: dict[str, list[str]] = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from exc
    return data


def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _lists()[key])


#: Words before a quoted string that make it a title or a name, not a quote.
TITLE_WORDS = _words("title_words")
#: Titles that tell a person's gender.
MALE_TITLES = _words("male_titles")
FEMALE_TITLES = _words("female_titles")
#: Nouns that name a statement rather than a speaker ("the statement added").
UTTERANCE_NOUNS = _words("utterance_nouns")
#: Nouns of a channel ("in a statement", "in an interview"): the clause's subject speaks.
CHANNEL_NOUNS = _words("channel_nouns")
#: Nouns of evidence ("in the latest poll"): the poll itself is the source.
EVIDENCE_NOUNS = _words("evidence_nouns")
#: Titles and roles that make a phrase name a person ("US Secretary of Defense Lloyd Austin").
PERSON_TITLES = _words("person_titles")
#: Head nouns of a group or an institution ("the state department", "the campaign").
GROUP_NOUNS = _words("group_nouns")
#: Heads of a phrase that names people ("many voters", "most"): they hold a view they seem to.
PEOPLE_NOUNS = _words("people_nouns")
#: Cue verbs that, in an as-clause, tell when, not who said it ("as she spoke, ...").
TIMED_VERBS = _words("timed_verbs")
#: Abbreviations whose full stop ends no sentence ("Mr. Obama said").
ABBREVIATIONS = tuple(sorted(_lists()["abbreviations"]))

#: Words whose lemma the tagger gets wrong for a cue ("hoped" -> "hop"): word -> lemma.
LEMMA_FIXES: dict[str, str] = {
    word: lemma for word, lemma in (pair.lower().split() for pair in _lists()["lemma_fixes"])
}

#: Nouns whose words may follow a colon ("Her advice was simple: register early").
COLON_NOUNS = _words("colon_nouns")
#: Adjectives and nouns of attitude -> the prepositions whose gerund clause says what their
#: holder fears, wants or rejects ("worried about losing the farm", "her goal of cutting").
ATTITUDES: dict[str, frozenset[str]] = {
    word: frozenset(preps.split("|"))
    for word, preps in (entry.lower().split() for entry in _lists()["attitudes"])
}
#: Nouns of question: the indirect question they raise is reported ("doubts about how").
QUESTION_NOUNS = _words("question_nouns")
#: Adverbs by which the writer passes a clause on from unnamed others ("reportedly").
HEARSAY_ADVERBS = _words("hearsay_adverbs")
#: Nouns and adjectives whose that- or to-clause reports ("his claim that", "eager to").
CUE_NOUNS = _words("cue_nouns")
CUE_ADJECTIVES = _words("cue_adjectives")
#: Cue verbs whose bare object is their content ("Lee opposes the bill", "she praised the
#: mayor"): what the subject is for or against, or speaks of.
STANCE_VERBS = _words("stance_verbs")
#: Nouns of stance -> the prepositions of their object ("criticism of", "support for"): the
#: object is what the noun's holder is for or against, as for a stance verb.
STANCE_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split("|"))
    for noun, preps in (entry.lower().split() for entry in _lists()["stance_nouns"])
}
#: Verbs of asking: an if-clause after them is the question asked ("asked the crew if ..."),
#: not a condition.
QUESTION_VERBS = _words("question_verbs")
#: Adjectives that make "make" a cue of the clause it takes ("made clear that ...").
CLEAR_ADJECTIVES = _words("clear_adjectives")
#: Nouns that, as its object, make "make" a cue of the clause it takes ("made the case that").
MADE_NOUNS = _words("made_nouns")
#: Words that open a reported clause under a noun or an adjective.
CLAUSE_OPENERS = frozenset({"that", "to", "whether", "if", "how", "why", "what"})

#: Pronouns that can stand for a speaker, with the gender or number they require
#: (possessives too: "his claim that ...").
PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "we": "p",
    "it": "n",
    "his": "m",
    "her": "f",
    "their": "p",
    "our": "p",
    "its": "n",
}

#: Dependency labels of a subject, and of clausal complements that carry reported content.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPLEMENTS = frozenset({"ccomp"})
OPEN_COMPLEMENTS = frozenset({"xcomp"})
#: Labels of a cue's dependents after its content that go on with it ("accused Kim of lying").
CONTINUE = frozenset({"prep", "conj", "ccomp", "xcomp", "oprd", "dobj"})
#: Labels through which a cue without a subject borrows its governor's ("..., adding that").
CLIMB = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep"})

#: Sentence-ending punctuation followed by space: a quote's cue never lies across one.
SENTENCE_BREAK = re.compile(
    "".join(rf"(?<!\b{re.escape(a)})" for a in ABBREVIATIONS) + r"(?<!\b[A-Z])[.!?][\"'”’)]?\s"
)
#: Straight double quote that opens (start, space or bracket before it, a non-space after).
STRAIGHT_OPEN_BEFORE = frozenset(" \t\n([{—–-/")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # speech, belief, intention, evidence, via (a prepositional cue), quoting (a
    # verb that cues a quote beside it but reports no clause: "“...,” he continued"),
    # seeming (a verb of appearance whose subject and to-clause are the content, with no
    # speaker: "the deal seems to be dead")
    object: str | None  # "-": a direct object can be the content; "for": "call for X";
    # for a via cue, "source" (its noun speaks) or "noun" (the noun must be a channel or
    # evidence noun of quote_words.json)


def cue_lemma(word: str, lemma: str) -> str:
    """The lemma under which a token is looked up in the cue table."""
    return LEMMA_FIXES.get(word.lower(), lemma.lower())


def cue_of(word: str, lemma: str) -> Cue | None:
    """The cue entry of a token (its text and its tagger's lemma), if it is a cue word."""
    return cues().get(cue_lemma(word, lemma))


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    """Cue lemma -> :class:`Cue`, read from data/cues.tsv."""
    text = resources.files("tacitus").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    kinds = ("speech", "belief", "intention", "evidence", "via", "quoting", "seeming")
    out: dict[str, Cue] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) not in (2, 3) or not parts[0]:
            raise ConfigError(f"data/cues.tsv line {n}: expected 'lemma<TAB>kind<TAB>object'")
        obj = parts[2] if len(parts) == 3 and parts[2] else None
        if parts[1] not in kinds:
            raise ConfigError(f"data/cues.tsv line {n}: kind {parts[1]!r} not one of {kinds}")
        out[parts[0].lower()] = Cue(parts[1], obj)
    return out
