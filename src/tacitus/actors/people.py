"""People: NER names cut at titles and mended, names NER missed, and surnames found again.

The knowledge base and title rules come before NER: a KB name is never re-read as a person,
a title word is cut off a PERSON entity ("Prime Minister Imran Khan"), a name NER cut short is
extended ("J. Blinken" -> "Antony J. Blinken"), a name tagged ORG right after a title chain is
a person ("special envoy ... [Kenji Sato]"), and a PERSON entity that sits where a place sits
("from Lashkar Gah", "Musa Qala district") is left to the places stage.
"""

from __future__ import annotations

from ..parse import Parse
from .coref import same_person
from .kb import KB, Entry, Match, Title, norm
from .mention import Context
from .organs import _lexicon
from .roles import chain_left

LOCATIVE = frozenset(
    {"in", "at", "from", "to", "into", "near", "across", "towards", "toward", "through", "via"}
)
PLACE_WORDS = frozenset(
    {"province", "district", "city", "village", "town", "valley", "region", "crossing", "border",
     "airport", "port", "camp", "county", "state", "river", "mountains", "base"}
)  # fmt: skip

#: nouns that describe a person by their part in a story, not by an office (so no title in
#: the knowledge base), and that a headline writes capitalised before the name: "Senate
#: Challenger Ann Roe" is Ann Roe. Cut only before two or more name words.
DESCRIPTORS = frozenset(
    {"challenger", "rival", "candidate", "hopeful", "nominee", "contender", "incumbent",
     "opponent", "critic", "ally", "champion", "rapper", "comedian", "author", "writer",
     "billionaire", "mogul", "veteran", "survivor", "defendant", "plaintiff", "whistleblower",
     "moderator", "contestant", "columnist", "commentator", "pundit", "strategist", "donor",
     "heiress", "frontrunner", "front-runner", "newcomer", "challengers", "accuser"}
)  # fmt: skip


def person_spans(ctx: Context) -> list[tuple[int, int]]:
    """People: NER spans cut at titles, mended, and their surnames found again later."""
    toks = ctx.tokens
    spans: list[tuple[int, int]] = []
    for ent in ctx.parse.entities:
        span = _trim(ctx, ent.first, ent.last, ent.label)
        if span is None:
            continue
        f, last = span
        while f > 0 and _name_token(ctx, f - 1) and _extends_left(ctx, f):
            f -= 1
        k = last
        while k < len(toks) and toks[k].sent == toks[f].sent:
            if _name_token(ctx, k) and not _headline_verb(ctx, k):
                last = k + 1
            elif toks[k].pos != "SPACE":
                break
            k += 1
        if not place_like(ctx, f, last):
            spans.append((f, last))
    spans.extend(_title_led_names(ctx, spans))
    spans = _merge(ctx, spans)
    return _merge(ctx, spans + _surname_recall(ctx, spans))


def _trim(ctx: Context, f: int, last: int, label: str) -> tuple[int, int] | None:
    """The name part of an entity, or None. An ORG or GPE entity that begins inside a person
    title ("Secretary of [Defense Lloyd Austin]") holds a person's name after the title."""
    toks = ctx.tokens
    if label in ("ORG", "GPE") and (_after_person_title(ctx, f, last) or _given(ctx, f, last)):
        label = "PERSON"
    if label != "PERSON":
        t = ctx.title_at.get(f)
        if label not in ("ORG", "GPE") or t is None or t.first >= f:
            return None
        if not isinstance(t.value, Title) or t.value.kind != "person":
            return None
    keep = label == "PERSON" and _place_named(ctx, f, last)
    start = f
    while (
        not keep
        and f < last
        and (
            f in ctx.title_at
            or f in ctx.kb_at
            or toks[f].pos in ("DET", "PUNCT")
            or not toks[f].text[:1].isupper()
            or _descriptor(ctx, f, last)
        )
    ):
        f += 1
    while last > f and (toks[last - 1].pos == "PUNCT" or toks[last - 1].tag == "POS"):
        last -= 1
    if f < last:
        pre = f
        f, last = _past_separator(ctx, f, last)
        if f > pre and place_like(ctx, start, last):
            return None  # "in [Kew - Richmond]": the entity's own start decides
    if f < last and _headline_tail(ctx, start, f, last):
        return None
    if last - f >= 2:
        last = _before_headline_verb(ctx, f, last)
    first_ok = f + 1 if keep else f
    if f >= last or any(i in ctx.kb_at or i in ctx.title_at for i in range(first_ok, last)):
        return None
    if any(ch.isdigit() for t in toks[f:last] for ch in t.text):
        return None
    if f > 0 and toks[f - 1].text == "-" and toks[f - 1].end == toks[f].start:
        return None  # the tail of a hyphenated name ("Eid al-Fitr")
    return f, last


def _headline_tail(ctx: Context, start: int, f: int, last: int) -> bool:
    """What a title-case headline runs on after a known name ("Ann Roe [Slams Bank Boss]"):
    NER takes the capitalised verb and object for more name. In such a line, the rest of an
    entity after a known actor is no person unless a given name leads it."""
    toks = ctx.tokens
    if not any(i in ctx.kb_at for i in range(start, f)):
        return False
    return toks[f].text.lower() not in ctx.kb.genders and _title_case_line(ctx, f)


def _before_headline_verb(ctx: Context, f: int, last: int) -> int:
    """Where a name in a title-case headline ends: before an inflected verb of the event
    lexicon NER took for more name ("Ann Roe [Slams Bank Boss]", "Jim Poe [Asking Voters]")."""
    for i in range(f + 1, last):
        if _headline_verb(ctx, i):
            return i
    return last


def _headline_verb(ctx: Context, i: int) -> bool:
    return _inflected_verb(ctx.tokens[i].text) and _title_case_line(ctx, i)


def _inflected_verb(word: str) -> bool:
    w = word.lower()
    frames = _lexicon().frames
    stems = [w[:-3], w[:-3] + "e"] if w.endswith("ing") else []
    if w.endswith("ed"):
        stems += [w[:-2], w[:-1]]
    if w.endswith("s") and not w.endswith("ss"):
        stems += [w[:-1], w[:-2]] if w.endswith("es") else [w[:-1]]
    return any(len(s) > 2 and s in frames for s in stems)


def _title_case_line(ctx: Context, i: int) -> bool:
    """The sentence of token ``i`` is written in title case: every word of four letters or
    more capitalised, and at least three of them outside any entity (so not a list of names)."""
    sent = ctx.parse.sentences[ctx.tokens[i].sent]
    words = [t for t in ctx.tokens[sent.first : sent.last] if t.text.isalpha() and len(t.text) > 3]
    if any(not t.text[:1].isupper() for t in words):
        return False
    return sum(t.ent == "" for t in words) >= 3


def _descriptor(ctx: Context, f: int, last: int) -> bool:
    """A descriptor word before at least two capitalised name words."""
    toks = ctx.tokens
    return (
        toks[f].text.lower() in DESCRIPTORS
        and last - f >= 3
        and all(t.text[:1].isupper() for t in toks[f + 1 : last])
    )


def _past_separator(ctx: Context, f: int, last: int) -> tuple[int, int]:
    """The part of a span a headline separator cuts ("Weak - [Rubio]", "[Kim Lee] | News"):
    a spaced dash, a pipe or a colon never sits inside a name. The part with a given name
    wins, else the last one (a headline names the speaker after its dash)."""
    toks = ctx.tokens
    cuts = [i for i in range(f, last) if _separator(ctx, i)]
    if not cuts:
        return f, last
    parts = [(a + 1, b) for a, b in zip([f - 1, *cuts], [*cuts, last], strict=True) if b > a + 1]
    if not parts:
        return f, f
    given = [p for p in parts if toks[p[0]].text.lower() in ctx.kb.genders]
    return (given or parts)[-1]


def _separator(ctx: Context, i: int) -> bool:
    t = ctx.tokens[i]
    if t.text in ("|", ":", "--"):
        return True
    if t.text not in ("-", "–", "—") or i == 0 or i + 1 >= len(ctx.tokens):
        return False
    return ctx.tokens[i - 1].end < t.start and t.end < ctx.tokens[i + 1].start


def _place_named(ctx: Context, f: int, last: int) -> bool:
    """ "Jordan Peterson", "Chad Smith": a one-word country or capital opening a person name
    that goes on with a proper noun."""
    m = ctx.kb_at.get(f)
    if m is None or m.last != f + 1 or ctx.entry(m).what not in ("state", "capital"):
        return False
    nxt = f + 1
    return (
        nxt < last
        and ctx.tokens[nxt].pos == "PROPN"
        and nxt not in ctx.title_at
        and nxt not in ctx.kb_at
    )


def _after_person_title(ctx: Context, f: int, last: int) -> bool:
    """ "special envoy for Myanmar affairs [Kenji Sato]" tagged ORG: a name after a title chain."""
    toks = ctx.tokens
    if f == 0 or toks[f - 1].pos in ("ADP", "DET", "PUNCT", "SPACE"):
        return False
    if any(i in ctx.title_at or i in ctx.kb_at or toks[i].pos != "PROPN" for i in range(f, last)):
        return False
    for i in chain_left(ctx, f, set()):
        m = ctx.title_at.get(i)
        if m is not None and isinstance(m.value, Title) and m.value.kind == "person":
            return True
    return False


def _given(ctx: Context, f: int, last: int) -> bool:
    """ "[Keith Lamont Scott]" tagged ORG: two or more proper nouns led by a given name."""
    toks = ctx.tokens
    if last - f < 2 or toks[f].text.lower() not in ctx.kb.genders:
        return False
    return all(toks[i].pos == "PROPN" and i not in ctx.title_at for i in range(f, last))


def _extends_left(ctx: Context, f: int) -> bool:
    """ "Antony [J. Blinken]": extend over a given name, or before an initial."""
    prev, first = ctx.tokens[f - 1], ctx.tokens[f]
    initial = len(first.text) == 2 and first.text.endswith(".")
    return initial or prev.text.lower() in ctx.kb.genders


def _name_token(ctx: Context, i: int) -> bool:
    t = ctx.tokens[i]
    return (
        t.pos == "PROPN"
        and t.text[:1].isupper()
        and i not in ctx.title_at
        and i not in ctx.kb_at
        and t.ent in ("", "PERSON", "GPE", "ORG")
    )


def _title_led_names(ctx: Context, have: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names NER missed right after a person title ("Ambassador Khalilzad")."""
    covered = {i for f, last in have for i in range(f, last)}
    out = []
    for m in ctx.title_matches:
        title = m.value
        assert isinstance(title, Title)
        if title.kind != "person" or m.last in covered:
            continue
        k = j = m.last
        while k < len(ctx.tokens) and _name_token(ctx, k) and k not in covered:
            k += 1
        if k > j and ctx.tokens[k - 1].sent == ctx.tokens[j].sent:
            out.append((j, k))
    return out


def _merge(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join overlapping spans and spans only whitespace tokens apart."""
    gaps: dict[int, int] = {}
    for t in ctx.tokens:
        if t.pos == "SPACE":
            gaps[t.i] = gaps.get(t.i - 1, 0) + 1
    gaps = {i - n + 1: n for i, n in gaps.items()}
    out: list[tuple[int, int]] = []
    for f, last in sorted(spans):
        if out and f <= out[-1][1] + gaps.get(out[-1][1], 0):
            out[-1] = (out[-1][0], max(last, out[-1][1]))
        else:
            out.append((f, last))
    return out


def _surname_recall(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A known person's surname alone, whatever NER called it ("Qureshi" as GPE or ORG)."""
    toks = ctx.tokens
    surnames = {norm(toks[last - 1].text) for f, last in spans if last - f >= 2}
    for m in ctx.kb_matches:
        e = ctx.entry(m)
        if e.what == "actor" and e.role(ctx.date).kind == "person" and m.last - m.first >= 2:
            surnames.add(norm(toks[m.last - 1].text))
    if not surnames:
        return []  # no person named in full: no surname to find (most texts' tokens unread)
    covered = {i for f, last in spans for i in range(f, last)}
    out = []
    for t in toks:
        if t.i in covered or t.i in ctx.title_at or t.i in ctx.kb_at or not t.text[:1].isupper():
            continue
        if t.pos not in ("PROPN", "NOUN", "ADJ", "X") or t.ent not in ("", "PERSON", "GPE", "ORG"):
            continue  # the surname is known: any tag the tagger guessed for it will do
        if norm(t.text) in surnames:
            out.append((t.i, t.i + 1))
    return out


def place_like(ctx: Context, f: int, last: int) -> bool:
    toks = ctx.tokens
    if f - 1 >= 0 and (f - 1) in ctx.title_at:
        return False
    if toks[f].text.lower() in ctx.kb.genders:
        return False
    if last < len(toks) and toks[last].text.lower() in PLACE_WORDS:
        return True
    prev = toks[f - 1].text.lower() if f > 0 else ""
    return prev in LOCATIVE


def drop_other_people(parse: Parse, kb: KB, matches: list[Match]) -> list[Match]:
    """Knowledge-base matches less a known person's surname that another given name
    precedes: "Ivanka [Trump]" is not Donald Trump, "Anna [Keller]" not Tom Keller."""
    toks = parse.tokens
    out = []
    for m in matches:
        e = m.value
        if (
            isinstance(e, Entry)
            and e.what == "actor"
            and e.roles[-1].kind == "person"
            and m.first > 0
            and m.last - m.first < len(e.name.split())
        ):
            prev = toks[m.first - 1]
            given = (
                prev.pos == "PROPN"
                and prev.text[:1].isupper()
                and prev.text.isalpha()
                and norm(prev.text) not in kb.titles.full  # "President Bush"
                and (prev.text.lower() in kb.genders or prev.ent == "PERSON")
            )
            surface = " ".join(t.text for t in toks[m.first : m.last])
            if given and not same_person(f"{prev.text} {surface}", e.name):
                continue
        out.append(m)
    return out
