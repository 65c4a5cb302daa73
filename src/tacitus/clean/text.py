"""Plain-text cleaning: a cascade of small named steps over paragraphs.

normalise characters -> split paragraphs -> drop crumbs, share lines, agency credits ->
cut the footer (author box, teasers, comment form) -> read the header (title, byline,
date line, deck) -> find the dateline in the first body paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import patterns as P

#: Hard-wrapped text has every line but the last between these lengths.
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 100
#: Header lines are looked for among this many leading paragraphs.
MAX_HEADER_LINES = 6
#: A header line (title, byline, deck) is shorter than this.
MAX_HEADING_CHARS = 250
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    dateline: str | None = None  # the place, title-cased
    dateline_span: tuple[int, int] | None = None


def normalise_chars(text: str) -> str:
    """Unify newlines and spaces, drop invisible and control characters."""
    t = P.LINE_SEPARATOR.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    t = P.INVISIBLE.sub("", t)
    t = P.CONTROL.sub("", t)
    return P.ODD_SPACE.sub(" ", t)


def split_paragraphs(text: str, lines_are_paragraphs: bool = False) -> list[str]:
    """Blocks between blank lines; a block's lines are paragraphs unless it is hard-wrapped."""
    out: list[str] = []
    for block in P.BLANK_LINES.split(text):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        if lines_are_paragraphs or len(lines) == 1 or not _hard_wrapped(lines):
            out.extend(P.SPACES.sub(" ", ln) for ln in lines)
        else:
            out.append(P.SPACES.sub(" ", " ".join(lines)))
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines cut near a fixed width (40 to 100 characters), most not ending a sentence."""
    open_ends = sum(1 for ln in lines[:-1] if not P.ENDS_LIKE_SENTENCE.search(ln))
    return (
        max(len(ln) for ln in lines) <= MAX_WRAP_WIDTH
        and min(len(ln) for ln in lines[:-1]) >= MIN_WRAP_WIDTH
        and open_ends * 2 > len(lines) - 1
    )


def is_heading(par: str) -> bool:
    """Short and not ending like a sentence: a title, byline, deck or label."""
    return len(par) <= MAX_HEADING_CHARS and not P.ENDS_LIKE_SENTENCE.search(par)


def strip_lines(pars: list[str]) -> tuple[list[str], str | None]:
    """Drop crumbs, share lines and agency credits; cut at the footer. Returns the crumb title."""
    kept: list[str] = []
    crumb_title: str | None = None
    in_body = False  # a prose paragraph has been kept
    teaser_next = False  # the previous line was a teaser label alone
    for par in pars:
        if teaser_next and is_heading(par):
            teaser_next = False
            continue
        teaser_next = False
        if len(par) <= MAX_HEADING_CHARS:
            if label := P.TEASER_LABEL.fullmatch(par):
                teaser_next = not label.group("rest")
                continue
            if not kept and P.CRUMB.fullmatch(par):
                crumb_title = crumb_title or P.CRUMB_SEPARATOR.split(par)[-1].strip() or None
                continue
            if P.FOOTER_START.fullmatch(par):
                if in_body:
                    break
                continue
            if P.DROP_LINE.fullmatch(par) or (in_body and P.AGENCY_LINE.fullmatch(par)):
                continue  # (an agency line in the header is a byline)
        in_body = in_body or not is_heading(par)
        kept.append(par)
    if kept:
        kept[-1] = P.AGENCY_TAIL.sub("", kept[-1]).rstrip()
    return [k for k in kept if k], crumb_title


def _same(a: str, b: str) -> bool:
    """The same heading, or one a prefix of the other (a site name or an ellipsis added)."""
    fa, fb = _fold(a), _fold(b)
    short, long = sorted((fa, fb), key=len)
    return bool(short) and (fa == fb or (len(short) > 20 and long.startswith(short)))


def _fold(s: str) -> str:
    return " ".join(P.WORD.findall(s.lower()))


def parse_date_line(line: str) -> str | None:
    """ISO date of a header date line ("June 2, 2019", "Published: 2 June 2019"), else None."""
    m = P.DATE_LINE.fullmatch(line)
    if m is None:
        return None
    g = m.groupdict()
    try:
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"])).isoformat()
        month = _MONTH_NUMBER[(g["m1"] or g["m2"])[:3].lower()]
        day = int(g["d1"] or g["d2"])
        return date(int(g["y1"] or g["y2"]), month, day).isoformat()
    except (ValueError, KeyError):
        return None


@dataclass
class _Header:
    title: str | None
    byline: str | None = None
    published: str | None = None


def read_header(
    pars: list[str], title: str | None, hint: str | None = None
) -> tuple[list[str], _Header]:
    """Take title, byline and date from the leading heading-like lines; drop them and decks.

    ``title`` comes from metadata; ``hint`` (a crumb's last item) only confirms a title line.
    """
    head = _Header(title)
    known = title or hint
    i = 0
    limit = min(MAX_HEADER_LINES, len(pars) - 1)  # at least one paragraph stays body
    while i < limit and is_heading(pars[i]) and not _dateline(pars[i]):
        par = pars[i]
        if known and _same(par, known):
            if head.title is None or len(par) < len(head.title):
                head.title = par  # the heading itself, without a site name or an ellipsis
        elif (d := parse_date_line(par)) is not None or P.RELATIVE_DATE_LINE.fullmatch(par):
            head.published = head.published or d
        elif (b := _byline(par, strong_only=known is None)) is not None:
            head.byline = head.byline or b or None
        elif head.title is None:
            head.title = known = par
        i += 1
    head.title = head.title or hint
    t = head.title
    rest = [p for p in pars[i:] if not (t and len(p) <= 2 * len(t) + 20 and _same(p, t))]
    return rest or pars[i:], head


def _byline(par: str, strong_only: bool) -> str | None:
    m = P.BYLINE_BY.fullmatch(par)
    if m:
        name = m.group("name").strip()
        return "" if name.lower() in P.GENERIC_AUTHORS else name
    if not strong_only and len(par) <= 60 and P.BYLINE_DESK.fullmatch(par):
        return par
    return None


def _dateline(par: str) -> re.Match[str] | None:
    m = P.DATELINE.match(par)
    if m is None:
        return None
    place = m.group("place") or m.group("place2")
    if place.upper() in P.NOT_DATELINE or len(place.strip(".-'’")) < 3:
        return None
    return m


def place_name(raw: str) -> str:
    """ "NEW YORK" -> "New York", "AL-QAIM" -> "Al-Qaim"."""
    return re.sub(r"['’]S\b", "'s", raw.title()) if raw.isupper() else raw


def find_dateline(text: str) -> tuple[str, tuple[int, int]] | None:
    """The dateline place at the start of ``text`` and its span, or None."""
    m = _dateline(text)
    if m is None:
        return None
    group = "place" if m.group("place") else "place2"
    start, end = m.span(group)
    first = text[start:end].split("/")[0].rstrip(".-'’")
    return place_name(first), (start, start + len(first))


def clean_text(text: str, title: str | None = None, lines_are_paragraphs: bool = False) -> Cleaned:
    """Clean scraped plain text; ``title`` (from metadata) wins over one found in the text."""
    pars = split_paragraphs(normalise_chars(text), lines_are_paragraphs)
    pars, crumb_title = strip_lines(pars)
    pars, head = read_header(pars, title, crumb_title)
    body = "\n\n".join(pars)
    found = find_dateline(body)
    return Cleaned(
        text=body,
        title=head.title,
        byline=head.byline,
        published=head.published,
        dateline=found[0] if found else None,
        dateline_span=found[1] if found else None,
    )
