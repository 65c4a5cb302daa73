"""Score the dates stage on TimeBank (TimeML ``*.tml``): DATE values and detection.

Each document's text is the ``<TEXT>`` element with its tags removed; its anchor is the
document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``). For each
gold TIMEX3 of type DATE, our expression is the one overlapping it most.

- ``value_accuracy``: over gold values that a day, month or year can express
  (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``), the share we give exactly that value (a gold
  ``1998-02`` needs our ``1998-02``, precision month). A missed expression is wrong.
- ``value_accuracy_all``: the same hits over every gold DATE: values such as ``PRESENT_REF``,
  ``1998-Q1``, ``1998-W06`` or ``199X`` count as misses (we write no such values).
- ``detection_recall``: gold DATE expressions overlapped by one of ours
  (``detection_recall_dates``: the same over the day/month/year values only);
  ``detection_precision``: ours overlapping a gold TIMEX3 of any type.
"""

from __future__ import annotations

import html
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..pipeline import load_stage
from ..records import Article, DateRef, RawArticle
from ..settings import Settings
from . import Report

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"')
_DCT2 = re.compile(r'<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"')
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
EXPRESSIBLE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]


def read_tml(path: Path) -> GoldDoc:
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    if body is None:
        raise InputError(str(path), "no <TEXT> element")
    dct = _DCT.search(raw) or _DCT2.search(raw)
    parts: list[str] = []
    length, open_at = 0, -1
    attrs: dict[str, str] = {}
    timexes = []
    pos = 0
    src = body.group(1)
    for m in _TAG.finditer(src):
        piece = html.unescape(src[pos : m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            text = "".join(parts)[open_at:length]
            timexes.append(
                Timex(open_at, length, attrs.get("type", ""), attrs.get("value", ""), text)
            )
        else:
            open_at, attrs = length, dict(_ATTR.findall(m.group(3)))
    parts.append(html.unescape(src[pos:]))
    return GoldDoc(path.stem, "".join(parts), dct.group(1)[:10] if dct else None, tuple(timexes))


def _best(refs: list[DateRef], g: Timex) -> DateRef | None:
    def overlap(r: DateRef) -> int:
        return min(r.span[1], g.end) - max(r.span[0], g.start)

    hits = [r for r in refs if overlap(r) > 0]
    return max(hits, key=overlap) if hits else None


def _shape(s: str | None) -> str:
    return "none" if s is None else re.sub(r"\d", "9", s)


def resolve_docs(
    golds: list[GoldDoc], settings: Settings, timing: dict[str, float] | None = None
) -> list[list[DateRef]]:
    """Run the nlp and dates stages on the gold texts, anchored on each creation time
    (``timing`` gets the seconds each stage took)."""
    from ..pipeline import Document

    nlp, dates = load_stage("nlp", settings), load_stage("dates", settings)
    docs = [
        Document(RawArticle(g.name), article=Article(g.name, g.text, published=g.dct))
        for g in golds
    ]
    pipe = getattr(nlp, "pipe", None)
    t0 = time.perf_counter()
    parsed = list(pipe(docs)) if pipe is not None else [nlp(d) for d in docs]
    t1 = time.perf_counter()
    out = [list(dates(d).dates) for d in parsed]
    if timing is not None:
        timing.update(nlp=t1 - t0, dates=time.perf_counter() - t1)
    return out


@dataclass
class Tally:
    """Counts over the gold DATE expressions, and the error patterns with examples."""

    all: int = 0
    dates: int = 0  # gold values a day, month or year can express
    hits: int = 0
    found: int = 0
    found_dates: int = 0
    ours: int = 0
    ours_ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add_doc(self, g: GoldDoc, refs: list[DateRef]) -> None:
        self.ours += len(refs)
        self.ours_ok += sum(1 for r in refs if any(_best([r], t) for t in g.timexes))
        for t in g.timexes:
            if t.type == "DATE":
                self.add(t, _best(refs, t))

    def add(self, t: Timex, r: DateRef | None) -> None:
        expressible = bool(EXPRESSIBLE.match(t.value))
        self.all += 1
        self.dates += expressible
        self.found += r is not None
        self.found_dates += expressible and r is not None
        if r is not None and r.date == t.value:
            self.hits += 1
            return
        key = (
            f"missed gold {_shape(t.value)}"
            if r is None
            else f"gold {_shape(t.value)} ours {_shape(r.date)}"
        )
        key = key if expressible else f"(non-date) {key}"
        self.errors[key] += 1
        ex = f"{t.text!r}={t.value}" + ("" if r is None else f"->{r.date}")
        self.examples.setdefault(key, []).append(ex)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score(path: Path, settings: Settings) -> Report:
    files = sorted(path.glob("*.tml")) if path.is_dir() else [path]
    if not files:
        raise InputError(str(path), "no *.tml files")
    golds = [read_tml(f) for f in files]
    timing: dict[str, float] = {}
    tally = Tally()
    for g, refs in zip(golds, resolve_docs(golds, settings, timing), strict=True):
        tally.add_doc(g, refs)
    scores = {
        "value_accuracy": _ratio(tally.hits, tally.dates),
        "value_accuracy_all": _ratio(tally.hits, tally.all),
        "detection_recall": _ratio(tally.found, tally.all),
        "detection_recall_dates": _ratio(tally.found_dates, tally.dates),
        "detection_precision": _ratio(tally.ours_ok, tally.ours),
    }
    details = [
        f"{len(golds)} documents; {tally.all} gold DATE expressions, {tally.dates} with a "
        f"day/month/year value; {tally.hits} resolved exactly; {tally.ours} expressions of ours",
        f"time: nlp {timing['nlp']:.1f} s, dates {timing['dates']:.2f} s "
        f"({100 * timing['dates'] / max(timing['nlp'], 1e-9):.1f}% of the nlp time)",
        "error patterns (count, gold value shape, our value shape, examples):",
    ]
    for key, n in tally.errors.most_common(14):
        details.append(f"  {n:4d}  {key}: {'; '.join(tally.examples[key][:4])}")
    return Report("dates", scores, details)
