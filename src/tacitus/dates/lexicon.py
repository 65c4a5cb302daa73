"""The date vocabulary (``data/dates.json``) and the compiled patterns built from it.

Every pattern is a named constant built once per process; the words come from the data
file, so an analyst can add a spelling without touching Python.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    ago_words: dict[str, int]
    shift_words: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    halves: dict[str, tuple[int, int]]
    future_auxiliaries: frozenset[str]
    future_verbs: frozenset[str]
    reference_shifts: frozenset[str]
    year_words: dict[str, dict[str, int]]
    weekday_name_words: frozenset[str]  # "Good Friday", "Super Tuesday": names, not dates
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    triggers: dict[str, frozenset[str]]  # word -> the pattern kinds worth trying near it


#: Four-digit numbers that may be years wake the numeric patterns.
YEAR_KINDS = frozenset({"iso", "slash", "year", "my", "mdy", "dmy"})


def _triggers(d: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Each pattern starts from a word it cannot do without; only text near one is scanned."""
    groups: list[tuple[Any, set[str]]] = [
        (d["months"], {"mdy", "dmy", "my", "month_rel", "month", "spelled_year"}),
        ([w for w in d["weekdays"] if len(w) >= 6], {"weekday", "mdy", "dmy"}),
        (d["day_words"], {"dayword"}),
        (d["units"], {"ago", "unit", "year_rel", "spelled_year"}),
        (("quarter", "half"), {"quarter"}),
        (d["seasons"], {"season"}),
        ((*d["year_words"]["centuries"], "thousand"), {"spelled_year"}),
    ]
    out: dict[str, set[str]] = {}
    for words, kinds in groups:
        for w in words:
            out.setdefault(w.split()[-1], set()).update(kinds)
    return {w: frozenset(k) for w, k in out.items()}


def _alt(words: Any) -> str:
    """A regex alternation of ``words``, longest first (so "September" beats "Sep")."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


#: The date patterns, in order of preference where two match the same text. ``{name}``
#: stands for an alternation built from ``data/dates.json`` (see :func:`_pieces`).
SPECS = {
    # 2016-05-01, 05/01/2016 (month first, as US papers write it)
    "iso": r"\b{year}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:\b|(?=T\d))",
    "slash": r"\b(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/{year}\b",
    # June 2, 2019 / Sunday, June 2 / June 2nd
    "mdy": r"\b{lead}(?:{wd},?\s+)?{mon}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+{year}\b)?",
    # 2 June 2019 / the 2nd of June
    "dmy": r"\b{lead}(?:{wd},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"{mon}(?:,?\s+{year}\b)?",
    # March 2016, early March 2016
    "my": r"\b{lead}{part}{mon},?\s+(?:of\s+)?{year}\b",
    # January this year, June last year
    "month_rel": r"\b{lead}{part}{mon},?\s+(?:of\s+)?{shift}\s+year\b",
    # last March, in March, early March
    "month": r"\b{lead}(?:{shift}\s+)?{part}{mon}",
    # on Saturday, Earlier on Saturday, last Thursday, late Thursday, Friday night
    "weekday": r"\b{lead}(?:{shift}\s+)?(?:(?P<part>early|late)\s+)?{wd}\b{daypart}",
    # yesterday, today, tomorrow (morning)
    "dayword": r"\b{lead}(?P<w>{daywords})\b{daypart}",
    # two days ago, a year earlier, three weeks from now
    "ago": r"\b{num}\s+(?P<unit>{units})\s+(?P<dir>{agowords})\b",
    # last year, next month, this week, earlier this year
    "unit": r"\b(?:(?P<lead>earlier|later|late|early)\s+)?(?:(?:in|on|during)\s+)?"
    r"(?:the\s+)?{shift}\s+(?:fiscal\s+)?(?P<unit>day|weekend|week|month|year)\b",
    # the third quarter (of 1997), fourth-quarter, the first half of 2019
    "quarter": r"\b(?:the\s+)?(?:{shift}\s+)?(?:{ordn}[-\s]+)?(?P<q>quarter|half)\b"
    r"(?:\s+of\s+(?:fiscal\s+)?{year}\b)?",
    # this spring, the summer of 2016
    "season": r"\b(?:{shift}\s+|the\s+)?(?P<season>{seasons})\b"
    r"(?:\s+(?:of\s+)?{year}\b)?",
    # nineteen ninety-six, the year two thousand (broadcast transcripts)
    "spelled_year": r"\b(?:(?:in|by)\s+)?(?:the\s+year\s+)?(?:{mon}\s+)?{spelled}\b",
    # year-end, by the end of the year, earlier in the year, year-ago, year-earlier,
    "year_rel": r"\b(?P<yr>year[-\s]end|year's\s+end|(?:the\s+)?end\s+of\s+the\s+year"
    r"|(?:earlier|later)\s+in\s+the\s+year|year[-\s](?:ago|earlier)"
    # for the year, the full year, the fiscal year (not "the year before", "the year when")
    r"|(?:(?:for|through|during)\s+the|the\s+(?:full|fiscal|whole|entire))\s+year)\b"
    r"(?!\s+(?:before|after|earlier|later|ago|when|that|in|of|since|two|nineteen)\b)",
    # in 2016, fiscal 1998, mid-2019
    "year": r"\b(?:in\s+)?(?:(?P<pre>fiscal|calendar|early|mid|late)[-\s]+)?{year}\b",
}


def _pieces(d: dict[str, Any]) -> dict[str, str]:
    """The named pieces the patterns are built from."""
    mon = rf"(?P<mon>{_alt(d['months'])})\b\.?"
    wd_full = [w for w in d["weekdays"] if len(w) >= 6]
    wd = rf"(?P<wd>{_alt(wd_full)})"
    num = rf"(?P<n>\d+|{_alt(d['numbers'])})"
    shift = rf"(?P<shift>{_alt(d['shift_words'])})"
    ordn = rf"(?P<ord>{_alt(d['ordinals'])})"
    year = r"(?P<y>(?:1[6-9]|20)\d\d)"
    lead = r"(?:(?P<lead>earlier|later)\s+)?(?:(?:on|in)\s+)?"
    part = (
        r"(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of)[-\s]+)?"
    )
    daypart = r"(?:\s+(?:morning|afternoon|evening|night))?"
    yw = d["year_words"]
    tens = rf"(?:{_alt(yw['tens'])})(?:[-\s]+(?:{_alt(yw['digits'])}))?"
    spelled = (
        rf"(?P<sy>(?:{_alt(yw['centuries'])})[-\s]+(?:{tens}|{_alt(yw['ones'])}|hundred)"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{tens}|{_alt(yw['ones'])}|{_alt(yw['digits'])}))?)"
    )
    return {
        "mon": mon,
        "wd": wd,
        "num": num,
        "shift": shift,
        "ordn": ordn,
        "year": year,
        "lead": lead,
        "part": part,
        "daypart": daypart,
        "spelled": spelled,
        "daywords": _alt(d["day_words"]),
        "units": _alt(d["units"]),
        "agowords": _alt(d["ago_words"]),
        "seasons": _alt(d["seasons"]),
    }


def _patterns(d: dict[str, Any]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    pieces = _pieces(d)
    return tuple((k, re.compile(v.format_map(pieces), re.IGNORECASE)) for k, v in SPECS.items())


@lru_cache(maxsize=1)
def load() -> Lexicon:
    raw = resources.files("tacitus").joinpath("data/dates.json").read_text(encoding="utf-8")
    d = json.loads(raw)
    return Lexicon(
        months=d["months"],
        ambiguous_months=frozenset(d["ambiguous_months"]),
        weekdays=d["weekdays"],
        day_words=d["day_words"],
        numbers=d["numbers"],
        units=d["units"],
        ago_words=d["ago_words"],
        shift_words=d["shift_words"],
        ordinals=d["ordinals"],
        seasons={k: (v[0], v[1]) for k, v in d["seasons"].items()},
        halves={k: (v[0], v[1]) for k, v in d["halves"].items()},
        future_auxiliaries=frozenset(d["future_auxiliaries"]),
        future_verbs=frozenset(d["future_verbs"]),
        reference_shifts=frozenset(d["reference_shifts"]),
        year_words=d["year_words"],
        weekday_name_words=frozenset(d["weekday_name_words"]),
        patterns=_patterns(d),
        triggers=_triggers(d),
    )
