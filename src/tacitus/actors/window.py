"""The date an undated article's roles are read at, inferred from its text.

An article with a publication date reads every role on that date. Without one, the text
itself bounds when it was written:

1. **Office terms.** A person the knowledge base knows, named with a title ("Secretary of
   State Antony Blinken", "Pakistani Prime Minister Imran Khan"), held that office when the
   text was written. The dates each such person was in office (their roles with a sector
   other than ELI/OPP, those matching the title's sector first) are intersected: a US
   secretary of state and a Pakistani prime minister who served together bound the window.
   A person whose terms would empty the window (a former office holder named as if in
   office) is left out; "former", "ex-", "late" and "then" titles say nothing.
2. **What the text calls a group.** A group the knowledge base knows as armed in one period
   and not in another (the Taliban: insurgents until August 2021, then the government) and
   that the text calls insurgents, rebels or militants narrows the window to its armed
   periods.
3. **Dates and years in the text** ("on June 2, 2019", "in 2016"): the latest one the
   window allows.

The point read is then: the latest date or year the text gives inside the window (a year at
its middle, a month at its 15th); else, when the window closed before today, its last day
(of all the dates the text allows, the nearest to today, which is what an undated text is
read at when nothing bounds it); else none, and the knowledge base's current roles apply
("today"). The article record says which (``role_date_from``:
``published``, ``office_terms``, ``text`` or ``today``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..parse import Parse, Token
from ..records import Article
from .kb import KB, Entry, Match, Title, vet_matches

#: sectors that are not an office: a person with only these was not in office then
OUT_OF_OFFICE = frozenset({"ELI", "OPP"})
#: words before a title that say the person no longer holds (or did not yet hold) it
NOT_NOW = frozenset({"former", "ex", "ex-", "late", "then", "then-", "incoming", "would-be"})
#: tokens allowed between a title and the name ("special envoy for Afghan peace Zalmai ...")
BRIDGE_POS = frozenset({"ADP", "PROPN", "ADJ", "NOUN", "DET", "CCONJ", "PUNCT"})
MAX_BRIDGE = 5
#: words that call a group an armed one, and the sectors that mean it
ARMED_WORDS = frozenset(
    {"insurgent", "insurgents", "insurgency", "rebel", "rebels", "militant", "militants",
     "guerrilla", "guerrillas", "jihadist", "jihadists"}
)  # fmt: skip
ARMED_SECTORS = frozenset({"INS", "REB", "UAF"})
EARLIEST_YEAR = 1900

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_NO = {m: i % 12 + 1 for i, m in enumerate(_MONTHS.split("|")[:12])}
_MONTH_NO.update({m[:3]: n for m, n in list(_MONTH_NO.items())})
_MONTH_NO["sept"] = 9
DATE_PATTERNS = (
    # ISO dates: 2019-06-02
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # June 2, 2019 / Jun. 2 2019
    re.compile(
        rf"\b(?P<mon>{_MONTHS})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    # 2 June 2019
    re.compile(
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MONTHS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    # June 2019
    re.compile(rf"\b(?P<mon>{_MONTHS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
)
#: a bare year: not inside a number, an amount, a range of figures or a code
YEAR = re.compile(r"(?<![\d$€£.,/-])\b(?P<y>(?:19|20)\d\d)\b(?![\d%]|,\d|\.\d|-\w)")
#: what every one of the patterns above holds: a text without it states no date
ANY_YEAR = re.compile(r"(?:19|20)\d\d")

Interval = tuple[str, str]  # [from, until) as ISO dates; "" and "9999" for open ends


Found = tuple[list[Match], list[Match]]  # (vetted KB matches, title matches)


def with_role_date(
    article: Article, parse: Parse, kb: KB, found: Found | None = None, today: str | None = None
) -> Article:
    """``article`` with ``role_date`` and ``role_date_from`` set (see the module docstring)."""
    if article.published:
        return replace(article, role_date=article.published[:10], role_date_from="published")
    day, how = infer_role_date(article.text, parse, kb, found, today)
    return replace(article, role_date=day, role_date_from=how)


def infer_role_date(
    text: str, parse: Parse, kb: KB, found: Found | None = None, today: str | None = None
) -> tuple[str | None, str]:
    """(date, how) for an undated text: how is ``office_terms``, ``text`` or ``today``."""
    today = today or date.today().isoformat()
    if found is None:
        titles = kb.titles.match(parse.tokens)
        found = vet_matches(kb.actors.match(parse.tokens), titles), titles
    matches, titles = found
    terms = office_window(parse.tokens, matches, titles)
    # the latest period the terms allow (the one nearest today, the date assumed without them)
    lo, hi = max(terms, key=lambda p: p[1]) if terms else ("", "9999")
    hi = min(hi, _next_day(today))
    armed = _armed_window((lo, hi), parse.tokens, matches)
    if armed is not None:
        lo, hi = armed
    stated = [d for d in text_dates(text) if lo <= d < hi]
    if stated:
        return max(stated), "text"
    if hi <= today:  # the window closed before today: its last day is the nearest to today
        return _day_before(hi), "office_terms" if terms else "text"
    return None, "today"


def _armed_window(
    window: Interval, tokens: tuple[Token, ...], matches: list[Match]
) -> Interval | None:
    """The part of ``window`` in which a group the text calls insurgents, rebels or
    militants was one, when the knowledge base says it has not always been (the Taliban
    before they governed): None when the text says no such thing or it changes nothing."""
    periods: list[Interval] = []
    for m in matches:
        e = m.value
        if not isinstance(e, Entry) or e.what != "actor" or e.roles[0].kind == "person":
            continue
        armed = [r for r in e.roles if r.sector in ARMED_SECTORS]
        if armed and len(armed) < len(e.roles):
            periods += [(r.valid_from or "", r.valid_until or "9999") for r in armed]
    if not periods:
        return None
    if not any(t.lemma.lower() in ARMED_WORDS or t.text.lower() in ARMED_WORDS for t in tokens):
        return None
    narrowed = _intersect([window], periods)
    if not narrowed or narrowed == [window]:
        return None
    return max(narrowed, key=lambda p: p[1])


def office_window(
    tokens: tuple[Token, ...], matches: list[Match], titles: list[Match]
) -> list[Interval] | None:
    """The periods in which every titled, known person named held office (several when a
    person served more than one term), or None when no one gives a bound."""
    window: list[Interval] | None = None
    seen: set[str] = set()
    for m in matches:
        e = m.value
        if not isinstance(e, Entry) or e.what != "actor" or e.roles[0].kind != "person":
            continue
        title = _title_before(tokens, m, titles)
        if title is None or e.name in seen:
            continue
        seen.add(e.name)
        terms = _terms(e, title)
        if not terms:
            continue
        if window is None:
            window = terms
            continue
        narrowed = _intersect(window, terms)
        if narrowed:
            window = narrowed
    return window


def _title_before(tokens: tuple[Token, ...], m: Match, titles: list[Match]) -> Title | None:
    """The title a name is given ("Foreign Minister X", "special envoy for Y X"), unless the
    title is a past or future one ("former President X")."""
    for t in reversed(titles):
        if t.last > m.first or t.last < m.first - MAX_BRIDGE:
            continue
        between = tokens[t.last : m.first]
        if any(b.pos not in BRIDGE_POS or b.text in (".", ";", ":") for b in between):
            continue
        if any(b.sent != tokens[m.first].sent for b in between):
            continue
        if _not_now(tokens, t.first):
            return None
        assert isinstance(t.value, Title)
        return t.value
    return None


def _not_now(tokens: tuple[Token, ...], first: int) -> bool:
    """ "former (army) general", "ex-minister", "the late president": a title not held now."""
    if tokens[first].text.lower().startswith(("ex-", "then-")):
        return True
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].text.lower() in NOT_NOW:
            return True
        if tokens[k].pos not in ("ADJ", "NOUN", "PROPN"):
            break
    return False


def _terms(e: Entry, title: Title) -> list[Interval]:
    """The periods ``e`` held an office (of the title's sector when the KB says which)."""
    office = [r for r in e.roles if r.sector and r.sector not in OUT_OF_OFFICE]
    if title.sector is not None and any(r.sector == title.sector for r in office):
        office = [r for r in office if r.sector == title.sector]
    return [(r.valid_from or "", r.valid_until or "9999") for r in office]


def _intersect(window: list[Interval], terms: list[Interval]) -> list[Interval]:
    """The parts of ``window`` that one of ``terms`` covers (empty when none does)."""
    parts = [(max(a, lo), min(b, hi)) for a, b in window for lo, hi in terms]
    return [p for p in parts if p[0] < p[1]]


def _next_day(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day[:10]).toordinal() + 1).isoformat()


def _day_before(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day[:10]).toordinal() - 1).isoformat()


def text_dates(text: str) -> list[str]:
    """Absolute dates in ``text`` as ISO days: full dates as written, a month at its 15th,
    a bare year at July 1 (its middle)."""
    if ANY_YEAR.search(text) is None:
        return []  # every pattern ends on a year: one quick scan spares five slow ones
    out: list[str] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            day = _iso(m.groupdict())
            if day is not None:
                out.append(day)
                taken.append(m.span())
    for m in YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e in taken) and int(m["y"]) >= EARLIEST_YEAR:
            out.append(f"{m['y']}-07-01")
    return out


def _iso(g: dict[str, str | None]) -> str | None:
    y = int(g["y"] or 0)
    mon = g.get("mon")
    month = _MONTH_NO.get(mon.lower().rstrip(".")) if mon else int(g.get("m") or 0)
    d = int(g.get("d") or 15)
    try:
        return date(y, month or 0, d).isoformat()
    except ValueError:
        return None
