"""Calendar arithmetic: a matched expression plus an anchor and a tense -> an interval.

An expression resolves to an interval of days ``(first, last)``. Its value is written at the
finest precision that contains the whole interval (:func:`value`): one day is ``"YYYY-MM-DD"``
(precision day), days inside one month ``"YYYY-MM"`` (month), inside one year ``"YYYY"``
(year). So a week that stays inside June 2019 is ``"2019-06"``, a quarter is its year, and
an interval over two years has no value.
"""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

from .lexicon import Lexicon

Interval = tuple[date, date]

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"


def parse_anchor(published: str | None) -> date | None:
    """The publication date as a ``date`` (``"2019-06-02"`` or a longer ISO timestamp)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def value(iv: Interval | None) -> tuple[str | None, str | None]:
    """``(iso value, precision)`` of the finest unit that contains the interval."""
    if iv is None:
        return None, None
    a, b = iv
    if a == b:
        return a.isoformat(), "day"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year:04d}-{a.month:02d}", "month"
    if a.year == b.year:
        return f"{a.year:04d}", "year"
    return None, None


def month_iv(y: int, m: int) -> Interval:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return date(y, m, 1), date(y, m, _cal.monthrange(y, m)[1])


def year_iv(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def day_iv(d: date) -> Interval:
    return d, d


def weekday(anchor: date, wd: int, tense: str, shift: int | None) -> date:
    """The weekday ``wd`` (Monday 0) relative to ``anchor``.

    "last Friday" is the one strictly before the anchor, "next Friday" strictly after; a bare
    "Friday" is the next on or after the anchor in a future clause ("will meet on Friday"),
    else the latest on or before it (the same day counts): news reports what happened, and a
    present-tense clause ("trading resumes Friday") is as often a past day as a coming one.
    """
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if shift == -1:
        return anchor - timedelta(days=back or 7)
    if shift == 1:
        return anchor + timedelta(days=ahead or 7)
    if tense == FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


#: How much farther a yearless day or month counts on the side its clause's tense does not
#: point to. A day just ahead in a past clause is often a deadline ("extended the offer to
#: Nov. 20"); a month named in a past clause is a past one ("signed the accord in March"),
#: unless it is the month about to begin (a late-October "closing was set for November").
WRONG_SIDE = {"day": 2, "month": 12}


def _pick(options: list[Interval], anchor: date, tense: str, unit: str) -> Interval | None:
    """Among candidate years of a yearless day or month, the nearest to the anchor, where
    one on the side the clause's tense does not point to counts ``WRONG_SIDE`` times as far:
    a past clause looks back ("December 28" in a January article is last year's), a future
    one ahead; a present or tenseless one takes the nearest."""
    if not options:
        return None
    ahead = tense == FUTURE
    factor = 1 if tense in (UNKNOWN, PRESENT) else WRONG_SIDE[unit]

    def cost(o: Interval) -> tuple[int, bool]:
        d = _distance(o, anchor)
        wrong = (o[0] > anchor) if not ahead else (o[1] < anchor)
        return (d * factor if wrong else d), o[0] > anchor

    return min(options, key=cost)


def _distance(iv: Interval, anchor: date) -> int:
    if iv[0] <= anchor <= iv[1]:
        return 0
    return min(abs((iv[0] - anchor).days), abs((iv[1] - anchor).days))


def month_day(anchor: date | None, m: int, d: int, y: int | None, tense: str) -> Interval | None:
    if y is not None:
        return _safe_day(y, m, d)
    if anchor is None:
        return None
    opts = [
        iv for yy in (anchor.year - 1, anchor.year, anchor.year + 1) if (iv := _safe_day(yy, m, d))
    ]
    return _pick(opts, anchor, tense, "day")


def _safe_day(y: int, m: int, d: int) -> Interval | None:
    try:
        return day_iv(date(y, m, d))
    except ValueError:
        return None


def month(
    anchor: date | None, m: int, y: int | None, tense: str, shift: int | None
) -> Interval | None:
    if y is not None:
        return month_iv(y, m)
    if anchor is None:
        return None
    if shift == -1:  # "last March": the latest March before this month
        yy = anchor.year if m < anchor.month else anchor.year - 1
        return month_iv(yy, m)
    if shift == 1:
        yy = anchor.year if m > anchor.month else anchor.year + 1
        return month_iv(yy, m)
    if shift == 0:
        return month_iv(anchor.year, m)
    opts = [month_iv(yy, m) for yy in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _pick(opts, anchor, tense, "month")


def shift_unit(anchor: date, unit: str, n: int) -> Interval | None:
    """The unit (day, week, weekend, month, year) ``n`` steps from the one holding the anchor."""
    if unit == "day":
        return day_iv(anchor + timedelta(days=n))
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=n)
        return monday, monday + timedelta(days=6)
    if unit == "weekend":  # Saturday and Sunday of that week
        saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=n, days=5)
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        return month_iv(anchor.year, anchor.month + n)
    if unit == "year":
        return year_iv(anchor.year + n)
    return None


def ago(anchor: date, unit: str, n: int) -> Interval | None:
    """ "two days ago" is a day; "three weeks ago" the week, "two months ago" the month."""
    if unit == "day":
        return day_iv(anchor + timedelta(days=n))
    if unit == "week":
        return shift_unit(anchor + timedelta(weeks=n), "week", 0)
    return shift_unit(anchor, unit, n)


def number(text: str, lex: Lexicon) -> int | None:
    t = re.sub(r"\s+", " ", text.lower())
    if t.isdigit():
        return int(t)
    return lex.numbers.get(t)


def quarter(anchor: date | None, q: int, size: int, y: int | None, tense: str) -> Interval | None:
    """Quarter (``size`` 3) or half (6) number ``q``: with no year, the latest one begun by the
    anchor, or in a future clause the next one not yet over."""
    first = (q - 1) * size + 1
    if y is not None:
        return month_iv(y, first)[0], month_iv(y, first + size - 1)[1]
    if anchor is None:
        return None
    opts = [
        (month_iv(yy, first)[0], month_iv(yy, first + size - 1)[1])
        for yy in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    if tense == FUTURE:
        return min(o for o in opts if o[1] >= anchor)
    return max(o for o in opts if o[0] <= anchor)


def spelled_year(text: str, lex: Lexicon) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = re.sub(r"[-\s]+", " ", text.lower()).replace(" and ", " ").split()
    yw = lex.year_words
    if words[:2] == ["two", "thousand"]:
        rest = " ".join(words[2:])
        return 2000 + (_below_100(rest, yw) or 0) if rest else 2000
    if not words or words[0] not in yw["centuries"]:
        return None
    rest = " ".join(words[1:])
    if rest == "hundred":
        return yw["centuries"][words[0]] * 100
    low = _below_100(rest, yw)
    return None if low is None else yw["centuries"][words[0]] * 100 + low


def _below_100(text: str, yw: dict[str, dict[str, int]]) -> int | None:
    if text in yw["ones"]:
        return yw["ones"][text]
    if text in yw["digits"]:
        return yw["digits"][text]
    parts = text.split()
    if parts and parts[0] in yw["tens"]:
        tail = yw["digits"].get(parts[1], None) if len(parts) == 2 else 0
        return None if tail is None else yw["tens"][parts[0]] + tail
    return None
