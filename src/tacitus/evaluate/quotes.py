"""Score the quotes stage on PolNeAR (brat standoff: ``text/*.txt``, ``attributions/*.ann``).

Each gold attribution has content spans (possibly several fragments), a cue and usually a
source. Two ways of matching a prediction with a gold attribution are reported:

- **at the 0.5 overlap** (the headline, as PARC and PolNeAR work report it): a predicted
  attribution matches a gold one when the characters both share are at least half of the
  characters either covers (intersection over union, each side taken as the union of its
  fragments). The quotes of one cue word and one speaker mention as written ("“A,” she
  said, “B.”", and a direct quote carried on from it in its paragraph) are one predicted
  attribution in fragments, as a gold content in two fragments is one; a second cue word
  ("she said A and said B") is a second attribution, as PARC counts one per cue.
- **any overlap** (the older figure, kept beside it): a predicted quote matches when its
  span shares a character with a gold content.

Precision is over predictions, recall over gold attributions. Speaker accuracy is over
matched gold attributions that have a source: the predicted speaker as written overlaps the
gold source, or the predicted speaker actor has a mention there, or its name shares a word
with the gold source (the same entity named again).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from ..pipeline import Document, Pipeline, Stage, load_stage
from ..records import Article, Quote, RawArticle, Span
from ..settings import Settings
from ..text import content_id
from . import Report

PRONOUN_WORDS = frozenset(["he", "she", "they", "we", "i", "it", "him", "her", "them", "us"])
#: The PARC standard: a match shares at least half of the characters either side covers.
STRICT_OVERLAP = 0.5
#: A quote record shorter than this (characters) is counted apart: mostly a bare noun phrase.
SHORT_QUOTE = 25


@dataclass
class Gold:
    content: list[Span]
    cue: str
    source: list[Span] = field(default_factory=list)
    speaker: str = ""  # the speaker by name (hand-written cases), else judged by ``source``


class GivenText:
    """A stage that takes the gold text as it is (no cleaning: the gold spans index it)."""

    name = "given"
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ("article",)

    def __call__(self, doc: Document) -> Document:
        text = doc.raw.text or ""
        return replace(doc, article=Article(doc.raw.id or content_id(text), text))


def read_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[Span]]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in where.split(";")]
            spans[parts[0]] = (kind, [(f[0], f[1]) for f in frags])
        elif line.startswith("E") and len(parts) >= 2:
            links.append(dict(role.split(":", 1) for role in parts[1].split()))
    out = []
    for link in links:
        content = spans.get(link.get("Content", ""), ("", []))[1]
        if not content:
            continue
        cue = " ".join(text[s:e] for s, e in spans.get(link.get("Cue", ""), ("", []))[1])
        source = spans.get(link.get("Source", ""), ("", []))[1]
        out.append(Gold(content, cue.lower().strip(), source))
    return out


def load(path: Path) -> Iterator[tuple[str, str, list[Gold]]]:
    texts, anns = path / "text", path / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError(str(path), "expected text/ and attributions/ folders (PolNeAR)")
    for t in sorted(texts.glob("*.txt")):
        matches = sorted(anns.glob(f"{t.stem}*.ann"))
        if matches:
            text = t.read_text(encoding="utf-8")
            yield t.stem, text, read_ann(matches[0], text)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _merge(spans: list[Span]) -> list[Span]:
    """The union of ``spans`` as disjoint spans, in order."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def overlap_ratio(pred: list[Span], gold: list[Span]) -> float:
    """Characters both cover over characters either covers (each a union of fragments)."""
    a, b = _merge(pred), _merge(gold)
    shared = sum(_overlap(x, y) for x in a for y in b)
    union = sum(e - s for s, e in a) + sum(e - s for s, e in b) - shared
    return shared / union if union else 0.0


def strict_match(pred: list[Span], gold: list[Span]) -> bool:
    """The PARC standard: shared characters are at least half of all characters covered."""
    return overlap_ratio(pred, gold) >= STRICT_OVERLAP


def attributions(quotes: tuple[Quote, ...], text: str = "") -> list[list[int]]:
    """Indices of ``quotes`` grouped into predicted attributions: the quotes of one cue with
    one speaker mention as written (a split quote) are one attribution in fragments, and so
    is a direct quote carried on from them in the same paragraph; any other quote stands
    alone. One cue means one cue word as written: "He said A and said B" is two."""
    groups: list[list[int]] = []
    last: dict[tuple[str | None, Span], list[int]] = {}
    for k, q in enumerate(quotes):
        if q.speaker_span is None:
            groups.append([k])
            continue
        group = last.get((q.cue, q.speaker_span))
        if group is not None and q.cue and _two_cues(text, quotes[group[-1]], q):
            group = None
        if group is None and q.cue is None and q.kind == "direct":
            prev = last.get(("direct", q.speaker_span))
            if prev is not None and "\n" not in text[quotes[prev[-1]].span[1] : q.span[0]]:
                group = prev
        if group is None:
            groups.append(group := [k])
        else:
            group.append(k)
        last[(q.cue, q.speaker_span)] = group
        if q.kind == "direct":
            last[("direct", q.speaker_span)] = group
    return groups


def _two_cues(text: str, a: Quote, b: Quote) -> bool:
    """Whether quotes ``a`` and ``b`` (same cue text, same speaker as written) hang on two
    cue words, not one. PARC counts an attribution by its cue: the fragments of one
    statement sit around the one cue word ("“A,” she said, “B.”"; "A, officials said, B"),
    while a second statement has a cue word of its own ("she said A and said B"). So the cue
    is counted as written outside the two contents, from the speaker to the later content;
    the record keeps no cue span, and without the text (or no cue found in it) they stay
    one, as before."""
    if not text or a.speaker_span is None:
        return False
    first, second = sorted((a.span, b.span))
    start = min(first[0], a.speaker_span[0])
    end = max(second[1], a.speaker_span[1])
    outside = (text[start : first[0]], text[first[1] : second[0]], text[second[1] : end])
    word = re.compile(rf"(?<!\w){re.escape(b.cue or '')}(?!\w)", re.IGNORECASE)
    return sum(len(word.findall(part)) for part in outside) >= 2


def _named(name: str) -> bool:
    """A name, not a title, noun or pronoun as written ("Lena Roth", not "the envoy")."""
    words = [w for w in name.split() if w.lower() not in ("the", "a", "an", *PRONOUN_WORDS)]
    return any(w[:1].isupper() for w in words)


def _bare(name: str) -> str:
    words = name.replace("’s", "").replace("'s", "").lower().split()
    while len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _speaker_ok(q: Quote, g: Gold, text: str) -> bool:
    if g.speaker:  # by name: the actor's name or one of its aliases, as the case gives it
        names = [q.speaker.name, *q.speaker.aliases] if q.speaker else []
        return _bare(g.speaker) in {_bare(n) for n in names}
    src = g.source
    if q.speaker_span and any(_overlap(q.speaker_span, s) for s in src):
        return True
    if q.speaker is None:
        return False
    if any(_overlap(m, s) for m in q.speaker.mentions for s in src):
        return True
    gold_words = {w.strip(".,’'s").lower() for s, e in src for w in text[s:e].split()}
    names = [q.speaker.name, *q.speaker.aliases]
    words = {w.strip(".,’'s").lower() for n in names for w in n.split() if w[:1].isupper()}
    return bool((words - PRONOUN_WORDS) & gold_words)


def load_cases(path: Path) -> Iterator[tuple[str, str, list[Gold]]]:
    """Hand-written cases, one JSON object a line: ``id``, ``text`` and ``quotes``, each
    with its ``content`` (as written in the text) and its ``speaker`` by name."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            text = case["text"]
            gold = [Gold([_find(text, q["content"])], "", [], q["speaker"]) for q in case["quotes"]]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}:{n}", f"not a quotes case: {exc}") from exc
        yield str(case.get("id", n)), text, gold


def _find(text: str, part: str) -> Span:
    start = text.index(part)
    return start, start + len(part)


def score(path: Path, settings: Settings) -> Report:
    """Score on a PolNeAR folder, or on a JSON Lines file of hand-written cases."""
    stages: list[Stage] = [GivenText()]
    stages += [load_stage(n, settings) for n in ("nlp", "actors", "quotes")]
    pipe = Pipeline(settings, stages)
    docs = list(load_cases(path) if path.is_file() else load(path))
    raws = [RawArticle(stem, text=text, id=stem) for stem, text, _ in docs]
    tally = Tally()
    for (_, text, gold), outcome in zip(docs, pipe.run(raws), strict=True):
        quotes = outcome.record.quotes if outcome.record else ()
        tally.add(text, gold, quotes)
    return tally.report()


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass
class Tally:
    preds: int = 0
    right_preds: int = 0
    golds: int = 0
    found: int = 0
    with_source: int = 0
    speakers_right: int = 0
    groups: int = 0
    right_groups: int = 0
    found_strict: int = 0
    with_source_strict: int = 0
    speakers_right_strict: int = 0
    short: int = 0
    with_speaker: int = 0
    named: int = 0  # quotes whose speaker has a name, not only a title or a pronoun
    attributed: int = 0  # gold attributions matched at the 0.5 overlap with a right speaker
    right_attributions: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    speaker_errors: list[str] = field(default_factory=list)

    def add(self, text: str, gold: list[Gold], quotes: tuple[Quote, ...]) -> None:
        self._add_any(text, gold, quotes)
        self._add_strict(text, gold, quotes)
        self.short += sum(len(q.text.strip()) < SHORT_QUOTE for q in quotes)
        self.with_speaker += sum(q.speaker is not None for q in quotes)
        self.named += sum(q.speaker is not None and _named(q.speaker.name) for q in quotes)

    def _add_any(self, text: str, gold: list[Gold], quotes: tuple[Quote, ...]) -> None:
        self.preds += len(quotes)
        for q in quotes:
            if any(_overlap(q.span, c) for g in gold for c in g.content):
                self.right_preds += 1
            else:
                self.wrong[f"{q.kind}/{q.cue}"] += 1
        self.golds += len(gold)
        for g in gold:
            scored = [
                (sum(_overlap(q.span, c) for c in g.content), k) for k, q in enumerate(quotes)
            ]
            best = max(scored, default=(0, -1))
            if best[0] == 0:
                self.missed[g.cue] += 1
                continue
            self.found += 1
            if not g.source and not g.speaker:
                continue
            self.with_source += 1
            q = quotes[best[1]]
            if _speaker_ok(q, g, text):
                self.speakers_right += 1
            else:
                gold_src = g.speaker or " ".join(text[s:e] for s, e in g.source)
                got = q.speaker.name if q.speaker else None
                self.speaker_errors.append(f"gold {gold_src!r} got {got!r} (cue {q.cue!r})")

    def _add_strict(self, text: str, gold: list[Gold], quotes: tuple[Quote, ...]) -> None:
        """Matches at the 0.5 overlap; an attribution is right when its speaker is too (or
        when the gold gives no speaker to judge)."""
        groups = attributions(quotes, text)
        spans = [[quotes[k].span for k in grp] for grp in groups]
        self.groups += len(groups)
        hit: set[int] = set()  # predicted attributions that match a gold one
        right: set[int] = set()  # the same, with the right speaker
        for g in gold:
            ratios = [(overlap_ratio(s, g.content), n) for n, s in enumerate(spans)]
            matched = [n for r, n in ratios if r >= STRICT_OVERLAP]
            hit.update(matched)
            if not matched:
                continue
            self.found_strict += 1
            best = max(ratios)[1]
            judged = bool(g.source or g.speaker)
            ok = not judged or _speaker_ok(quotes[groups[best][0]], g, text)
            self.with_source_strict += judged
            self.speakers_right_strict += judged and ok
            self.attributed += ok
            right.update(n for n in matched if ok)
        self.right_groups += len(hit)
        self.right_attributions += len(right)

    def report(self) -> Report:
        p, r = _ratio(self.right_preds, self.preds), _ratio(self.found, self.golds)
        sp, sr = _ratio(self.right_groups, self.groups), _ratio(self.found_strict, self.golds)
        ap = _ratio(self.right_attributions, self.groups)
        ar = _ratio(self.attributed, self.golds)
        details = [
            f"{self.golds} gold attributions, {self.preds} predicted quotes "
            f"({self.groups} attributions), {self.found_strict} gold found at the 0.5 overlap "
            f"({self.found} at any), {self.with_source} of those with a gold source",
            f"quotes under {SHORT_QUOTE} characters: {self.short} "
            f"({100 * _ratio(self.short, self.preds):.1f}%); speakers by name: {self.named} of "
            f"{self.with_speaker} ({100 * _ratio(self.named, self.with_speaker):.1f}%)",
            "missed, by gold cue: " + _top(self.missed),
            "unmatched predictions, by kind/cue: " + _top(self.wrong),
            f"speaker errors ({len(self.speaker_errors)}), first ones:",
            *(f"  {e}" for e in self.speaker_errors[:15]),
        ]
        scores = {
            "content_f1_strict": _f1(sp, sr),
            "content_precision_strict": sp,
            "content_recall_strict": sr,
            "speaker_accuracy_strict": _ratio(self.speakers_right_strict, self.with_source_strict),
            "attribution_f1": _f1(ap, ar),
            "content_f1": _f1(p, r),
            "content_precision": p,
            "content_recall": r,
            "speaker_accuracy": _ratio(self.speakers_right, self.with_source),
        }
        return Report("quotes", scores, details)


def _top(c: Counter[str], n: int = 15) -> str:
    return ", ".join(f"{k} {v}" for k, v in c.most_common(n)) or "none"
