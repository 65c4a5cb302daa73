"""The verb lexicon and the event-noun table: data files, loaded once.

``data/verbs.tsv`` holds verb patterns (lemma, particle or preposition, frame, CAMEO code);
``data/event_nouns.tsv`` holds nominal events (lemma, frame, code). A user file named in
``settings.lexicon`` has the same columns as either one; its header line says which
(``lemma prep frame code`` or ``lemma frame code``). A user pattern with the same key as a
shipped one replaces it; new keys are added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .. import ontology
from ..errors import ConfigError

VERB_COLUMNS = ("lemma", "prep", "frame", "code")
NOUN_COLUMNS = ("lemma", "frame", "code")
FRAME_SLOTS = ("obj", "xcomp", "comp", "mod", "subj")


@dataclass(frozen=True, slots=True)
class Frame:
    """Constraints on a trigger's dependents: slot -> allowed lemmas (``*``: any word);
    ``light`` for light verbs; ``reverse`` when the subject receives the act and the
    object of the pattern's preposition does it ("Kenya *received* aid *from* Japan")."""

    slots: tuple[tuple[str, frozenset[str]], ...] = ()
    light: bool = False
    reverse: bool = False

    @property
    def weight(self) -> float:
        return 3.0 * len(self.slots) + (2.5 if self.light else 0.0)


@dataclass(frozen=True, slots=True)
class Pattern:
    lemma: str
    preps: tuple[str, ...]  # particles/prepositions in order ("out", "at")
    frame: Frame
    code: str  # CAMEO code, or "noun" for a light verb
    origin: str  # "verbs.tsv:12" — the rule name events carry

    @property
    def specificity(self) -> float:
        return 2.0 * len(self.preps) + self.frame.weight


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]  # lemma -> patterns, most specific first
    nouns: dict[str, tuple[Pattern, ...]]

    def verb_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        return self.verbs.get(lemma, ())

    def noun_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        return self.nouns.get(lemma, ())

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def parse_frame(text: str, where: str) -> Frame:
    if text in ("", "-"):
        return Frame()
    slots, light, reverse = [], False, False
    for part in text.split(","):
        part = part.strip()
        if part == "light":
            light = True
            continue
        if part == "reverse":
            reverse = True
            continue
        slot, sep, values = part.partition("=")
        if not sep or slot not in FRAME_SLOTS or not values:
            raise ConfigError(
                f"{where}: bad frame {part!r}",
                hint=f"use light, reverse or SLOT=a|b with SLOT one of {', '.join(FRAME_SLOTS)}",
            )
        slots.append((slot, frozenset(v.strip().lower() for v in values.split("|"))))
    return Frame(tuple(slots), light, reverse)


def _check_code(code: str, where: str) -> None:
    if code == "noun":
        return
    try:
        ontology.lookup(code)
    except KeyError:
        raise ConfigError(f"{where}: unknown CAMEO code {code!r}") from None


def read_table(text: str, name: str) -> tuple[list[Pattern], list[Pattern]]:
    """Parse one lexicon file into (verb patterns, noun patterns)."""
    verbs: list[Pattern] = []
    nouns: list[Pattern] = []
    columns: tuple[str, ...] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        where = f"{name}:{n}"
        if columns is None:
            if cells not in (VERB_COLUMNS, NOUN_COLUMNS):
                raise ConfigError(
                    f"{where}: the first line must be a header",
                    hint="lemma<TAB>prep<TAB>frame<TAB>code (verbs) or lemma<TAB>frame<TAB>code",
                )
            columns = cells
            continue
        if len(cells) != len(columns):
            raise ConfigError(f"{where}: expected {len(columns)} tab-separated columns")
        row = dict(zip(columns, cells, strict=True))
        _check_code(row["code"], where)
        preps = () if row.get("prep", "-") in ("", "-") else tuple(row["prep"].lower().split())
        pattern = Pattern(
            row["lemma"].lower(), preps, parse_frame(row["frame"], where), row["code"], where
        )
        (verbs if columns == VERB_COLUMNS else nouns).append(pattern)
    return verbs, nouns


def _index(patterns: Iterable[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    by_key: dict[tuple[str, tuple[str, ...], Frame], Pattern] = {}
    for p in patterns:
        by_key[(p.lemma, p.preps, p.frame)] = p  # later files replace earlier entries
    out: dict[str, list[Pattern]] = {}
    for p in by_key.values():
        out.setdefault(p.lemma, []).append(p)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in out.items()}


def load(extra: Iterable[str] = ()) -> Lexicon:
    """The shipped tables plus the user's files, in order."""
    data = resources.files("tacitus").joinpath("data")
    verbs, nouns = [], []
    for fname in ("verbs.tsv", "event_nouns.tsv"):
        v, n = read_table(data.joinpath(fname).read_text(encoding="utf-8"), fname)
        verbs += v
        nouns += n
    for path in extra:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"lexicon file {path}: {exc.strerror or exc}") from None
        v, n = read_table(text, p.name)
        verbs += v
        nouns += n
    return Lexicon(_index(verbs), _index(nouns))
