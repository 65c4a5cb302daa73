"""Values checked at the edge: every outside value is parsed here, once, where it enters.

A publication date comes in many forms (ISO 8601, RSS/RFC 2822, "March 3, 2021", epoch
seconds); :func:`parse_date` turns each into an ISO date or raises :class:`ValueError` with a
one-line reason. The JSON Lines reader, the HTML cleaner, the CLI, the Python API and the
HTTP API all call it, so nothing past the edge ever sees a date that is not ``YYYY-MM-DD``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["FIRST_YEAR", "LAST_YEAR", "date_or_none", "parse_date", "parse_day"]

#: Dates outside these years are refused as implausible for news.
FIRST_YEAR, LAST_YEAR = 1800, 2200

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        )
    )
    for m in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S.*)?")
_ISO_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?")
_MONTH_DAY_YEAR = re.compile(
    r"(?i)(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
)
_DAY_MONTH_YEAR = re.compile(
    r"(?i)(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})"
)


def _checked(d: date) -> str:
    if not FIRST_YEAR <= d.year <= LAST_YEAR:
        raise ValueError(f"year {d.year} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return d.isoformat()


def _ymd(y: str, m: str | int, d: str) -> str:
    try:
        return _checked(date(int(y), int(m), int(d)))
    except ValueError as exc:
        raise ValueError(f"no such day ({exc})") from None


def _epoch(seconds: float) -> str:
    try:
        return _checked(datetime.fromtimestamp(seconds, UTC).date())
    except (OverflowError, OSError, ValueError):
        raise ValueError("epoch seconds out of range") from None


def parse_date(value: object) -> str | None:
    """A publication date as ``YYYY-MM-DD``; None for an empty value.

    Accepts ISO 8601 (``2021-03-03``, ``2021-03-03T10:00:00Z``, ``20210303``), RSS/RFC 2822
    (``Wed, 03 Mar 2021 10:00:00 GMT``), ``March 3, 2021``, ``3 March 2021``, ``2021/03/03``,
    and epoch seconds (a JSON number, or 9-10 digits). Raises :class:`ValueError` otherwise.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("a true/false value, not a date")
    if isinstance(value, int | float):
        return _epoch(float(value))
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if not isinstance(value, str):
        raise ValueError(f"a {type(value).__name__}, not a date")
    s = value.strip()
    if not s:
        return None
    return _parse_text(s)


def _parse_text(s: str) -> str:
    for pattern in (_ISO, _ISO_BASIC, _SLASHED):
        if m := pattern.fullmatch(s):
            return _ymd(m[1], m[2], m[3])
    if _EPOCH.fullmatch(s):
        return _epoch(float(s))
    if (m := _MONTH_DAY_YEAR.fullmatch(s)) and m[1].lower() in _MONTHS:
        return _ymd(m[3], _MONTHS[m[1].lower()], m[2])
    if (m := _DAY_MONTH_YEAR.fullmatch(s)) and m[2].lower() in _MONTHS:
        return _ymd(m[3], _MONTHS[m[2].lower()], m[1])
    if "," in s or re.search(r"\d{1,2}:\d{2}", s):
        try:
            return _checked(parsedate_to_datetime(s).date())
        except (TypeError, ValueError, IndexError):
            pass
    raise ValueError("not a date in a known form (ISO, RFC 2822, 'March 3, 2021', epoch)")


def date_or_none(value: object) -> str | None:
    """:func:`parse_date`, with None for anything it refuses (for values already reported)."""
    try:
        return parse_date(value)
    except ValueError:
        return None


def parse_day(value: str) -> str:
    """A strict ``YYYY-MM-DD`` day (query filters): raises :class:`ValueError` otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        return _checked(date.fromisoformat(value.strip()))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date ({exc})") from None
