"""Find date expressions with compiled patterns and resolve each one (no dateparser)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..parse import Parse
from ..records import DateRef
from . import calendar as cal
from .calendar import Interval
from .lexicon import YEAR_KINDS, Lexicon
from .tense import clause_tense

#: Words before a bare month name that make it a month ("in May", not "may").
MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|from|to|during|before|after|of|last|next|this|"
    r"early|mid|late|and|or|between)[-\s]+)$",
    re.IGNORECASE,
)
LAST_WORD = re.compile(r"(\w+)\s+$")
PREP = re.compile(r"(?:in|on)\s", re.IGNORECASE)
#: Entity labels that make a four-digit number a count, not a year.
NOT_YEAR_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Entity labels of names that may contain a date word.
NAME_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"})
AFTER_YEAR = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|,\d{3}|\.\d|-\d)", re.IGNORECASE)


class Context:
    """What resolving one match needs: the anchor, the parse and the vocabulary."""

    def __init__(self, text: str, parse: Parse | None, anchor: date | None, lex: Lexicon):
        self.text, self.parse, self.anchor, self.lex = text, parse, anchor, lex
        self.last: Interval | None = None  # the latest resolved expression (reference time)

    def tense(self, m: re.Match[str]) -> str:
        return clause_tense(self.parse, m.span(), self.lex)

    def shift(self, m: re.Match[str]) -> int | None:
        s = m.groupdict().get("shift")
        return None if s is None else self.lex.shift_words[re.sub(r"\s+", " ", s.lower())]

    def year(self, m: re.Match[str]) -> int | None:
        y = m.groupdict().get("y")
        return int(y) if y else None

    def month(self, m: re.Match[str]) -> int:
        return self.lex.months[m.group("mon").lower().rstrip(".")]

    def in_name(self, m: re.Match[str]) -> bool:
        """Part of a name the parser found ("Sunday Times", "Theresa May")."""
        if self.parse is None:
            return False
        t = self.parse.token_at(m.start())
        while t is not None and t.start < m.end():
            if t.ent in NAME_ENTS:
                return True
            t = self.parse.tokens[t.i + 1] if t.i + 1 < len(self.parse.tokens) else None
        return False

    def ent_at(self, start: int) -> str:
        t = self.parse.token_at(start) if self.parse else None
        return t.ent if t else ""


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _day_month(m: re.Match[str], c: Context) -> Interval | None:
    if not _cap(m.group("mon")):
        return None
    return cal.month_day(c.anchor, c.month(m), int(m.group("d")), c.year(m), c.tense(m))


def _numeric(m: re.Match[str], c: Context) -> Interval | None:
    """2016-05-01 and 05/01/2016 (month first, unless the first number cannot be a month)."""
    month, day = int(m.group("m")), int(m.group("d"))
    if month > 12 >= day:
        month, day = day, month
    return cal.month_day(c.anchor, month, day, c.year(m), c.tense(m))


def _month(m: re.Match[str], c: Context) -> Interval | None:
    """A bare month name; "May" and "March" need a word before them that makes them dates."""
    word = m.group("mon")
    if not _cap(word) or word.isupper():
        return None
    context = m.group("lead") or m.group("shift") or m.group("part") or PREP.match(m.group(0))
    before = c.text[max(0, m.start() - 12) : m.start()]
    ambiguous = word.lower().rstrip(".") in c.lex.ambiguous_months
    if ambiguous and not context and not MONTH_CONTEXT.search(before):
        return None
    return cal.month(c.anchor, c.month(m), c.year(m), c.tense(m), c.shift(m))


def _month_year(m: re.Match[str], c: Context) -> Interval | None:
    if not _cap(m.group("mon")):
        return None
    return cal.month_iv(int(m.group("y")), c.month(m))


def _weekday(m: re.Match[str], c: Context) -> Interval | None:
    if not _cap(m.group("wd")) or c.anchor is None or _named_day(m, c):
        return None
    wd = c.lex.weekdays[m.group("wd").lower()]
    word = re.sub(r"\s+", " ", (m.group("shift") or "").lower())
    shift = c.shift(m)
    if word in c.lex.reference_shifts and shift in (-1, 1) and c.last is not None:
        # "the previous Friday", "the following Monday": from the latest date before it
        return cal.day_iv(cal.weekday(c.last[0], wd, cal.UNKNOWN, shift))
    return cal.day_iv(cal.weekday(c.anchor, wd, c.tense(m), shift))


def _named_day(m: re.Match[str], c: Context) -> bool:
    before = LAST_WORD.search(c.text, max(0, m.start() - 20), m.start("wd"))
    return before is not None and before.group(1).lower() in c.lex.weekday_name_words


def _dayword(m: re.Match[str], c: Context) -> Interval | None:
    if c.anchor is None:
        return None
    return cal.shift_unit(c.anchor, "day", c.lex.day_words[m.group("w").lower()])


def _ago(m: re.Match[str], c: Context) -> Interval | None:
    n = cal.number(m.group("n"), c.lex)
    unit = c.lex.units[m.group("unit").lower()]
    if c.anchor is None or n is None or unit == "decade":
        return None
    return cal.ago(c.anchor, unit, n * c.lex.ago_words[re.sub(r"\s+", " ", m.group("dir").lower())])


def _unit(m: re.Match[str], c: Context) -> Interval | None:
    """ "last year", "next month"; "the following day" and "that year" count from the
    latest expression before them (the reference time), else from the publication date."""
    shift, word = c.shift(m), re.sub(r"\s+", " ", (m.group("shift") or "").lower())
    unit = m.group("unit").lower()
    by_reference = word in c.lex.reference_shifts
    if shift is None or (unit == "day" and not by_reference and word != "next"):
        return None
    anchor = c.last[0] if by_reference and c.last is not None else c.anchor
    if anchor is None or (word in ("that", "same") and c.last is None):
        return None
    return cal.shift_unit(anchor, unit, shift)


def _month_rel(m: re.Match[str], c: Context) -> Interval | None:
    shift = c.shift(m)
    if not _cap(m.group("mon")) or c.anchor is None or shift is None:
        return None
    return cal.month_iv(c.anchor.year + shift, c.month(m))


def _spelled_year(m: re.Match[str], c: Context) -> Interval | None:
    y = cal.spelled_year(m.group("sy"), c.lex)
    if y is None:
        return None
    if m.groupdict().get("mon"):
        return None if not _cap(m.group("mon")) else cal.month_iv(y, c.month(m))
    return cal.year_iv(y)


def _year_rel(m: re.Match[str], c: Context) -> Interval | None:
    if c.anchor is None:
        return None
    word = m.group("yr").lower()
    back = word.endswith(("ago", "earlier"))
    return cal.year_iv(c.anchor.year - (1 if back else 0))


def _quarter(m: re.Match[str], c: Context) -> Interval | None:
    size = 3 if m.group("q").lower() == "quarter" else 6
    shift, ordinal = c.shift(m), m.group("ord")
    if ordinal is not None:
        q = c.lex.ordinals[ordinal.lower()]
        if size == 6 and q > 2:
            return None
        return cal.quarter(c.anchor, q, size, c.year(m), c.tense(m))
    if shift is None or c.anchor is None:
        return None
    current = (c.anchor.month - 1) // size + 1 + shift
    y, q = c.anchor.year + (current - 1) // (12 // size), (current - 1) % (12 // size) + 1
    return cal.quarter(None, q, size, y, cal.UNKNOWN)


def _season(m: re.Match[str], c: Context) -> Interval | None:
    y, shift = c.year(m), c.shift(m)
    if y is not None:
        return cal.year_iv(y)
    if shift is None or c.anchor is None:
        return None
    return cal.year_iv(c.anchor.year + shift)


def _year(m: re.Match[str], c: Context) -> Interval | None:
    s = m.start("y")
    if c.text[max(0, s - 1) : s] in ("$", "#", "£", "€") or AFTER_YEAR.match(c.text, m.end()):
        return None
    if c.ent_at(s) in NOT_YEAR_ENTS:
        return None
    return cal.year_iv(int(m.group("y")))


RESOLVERS: dict[str, Callable[[re.Match[str], Context], Interval | None]] = {
    "iso": _numeric,
    "slash": _numeric,
    "mdy": _day_month,
    "dmy": _day_month,
    "my": _month_year,
    "month": _month,
    "weekday": _weekday,
    "dayword": _dayword,
    "ago": _ago,
    "unit": _unit,
    "month_rel": _month_rel,
    "spelled_year": _spelled_year,
    "year_rel": _year_rel,
    "quarter": _quarter,
    "season": _season,
    "year": _year,
}

#: Kinds whose match is a date expression even when it cannot be resolved (no anchor).
ALWAYS_DATES = frozenset(
    {"weekday", "dayword", "ago", "unit", "mdy", "dmy", "month_rel", "year_rel"}
)


#: Words and numbers, to look up in the trigger table.
WORD = re.compile(r"[A-Za-z]+|\d+")
#: How far around a trigger word an expression may reach (leads, years, day parts).
REACH = 64


def _windows(text: str, lex: Lexicon) -> dict[str, list[tuple[int, int]]]:
    """For each pattern kind, the stretches of text around its trigger words."""
    out: dict[str, list[tuple[int, int]]] = {}
    for w in WORD.finditer(text):
        word = w.group()
        if word[0].isdigit():
            kinds = (
                YEAR_KINDS
                if len(word) == 4 and word[:2] in ("16", "17", "18", "19", "20")
                else None
            )
        else:
            kinds = lex.triggers.get(word.lower())
        if not kinds:
            continue
        lo, hi = max(0, w.start() - REACH), min(len(text), w.end() + REACH)
        for k in kinds:
            spans = out.setdefault(k, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return out


def _candidates(text: str, lex: Lexicon) -> list[tuple[int, int, int, str, re.Match[str]]]:
    windows = _windows(text, lex)
    found, seen = [], set()
    for rank, (kind, pattern) in enumerate(lex.patterns):
        for lo, hi in windows.get(kind, ()):
            for m in pattern.finditer(text, lo, hi):
                if (m.start(), m.end(), kind) not in seen:
                    seen.add((m.start(), m.end(), kind))
                    found.append((m.start(), -(m.end() - m.start()), rank, kind, m))
    found.sort(key=lambda f: f[:3])
    return found


def find(text: str, parse: Parse | None, anchor: date | None, lex: Lexicon) -> list[DateRef]:
    """All date expressions of ``text``, longest match first where two overlap."""
    ctx = Context(text, parse, anchor, lex)
    out: list[DateRef] = []
    taken_until = -1
    for start, _neg, _rank, kind, m in _candidates(text, lex):
        if start < taken_until or ctx.in_name(m):
            continue
        iv = RESOLVERS[kind](m, ctx)
        if iv is None and not (anchor is None and kind in ALWAYS_DATES and _plausible(m, ctx)):
            continue
        iso, precision = cal.value(iv)
        if iv is not None:
            ctx.last = iv
        out.append(DateRef(m.group(0), iso, precision, (m.start(), m.end())))
        taken_until = m.end()
    return out


def _plausible(m: re.Match[str], c: Context) -> bool:
    """An unresolved relative expression still counts as one (capitalised names only)."""
    gd = m.groupdict()
    word = gd.get("wd") or gd.get("mon") or ""
    if gd.get("wd") and _named_day(m, c):
        return False
    return not word or _cap(word)
