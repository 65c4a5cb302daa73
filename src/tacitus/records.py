"""Typed records that cross module boundaries (schema ``tacitus/1``).

Every extracted item carries spans into ``Article.text`` (the cleaned text). Records are
frozen; stages return new records with :func:`dataclasses.replace`. ``to_dict`` gives the
public JSON form, with every key present and ``None`` where unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

SCHEMA = "tacitus/1"

Span = tuple[int, int]

MODALITIES = ("asserted", "intended", "threatened", "hypothetical", "reported")
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    mentions: tuple[Span, ...] = ()
    #: how the text uses the name: "name" (a place as such), "adjectival" ("Kenyan troops",
    #: "US envoy"), "metonymic" (a capital or country as an actor: "Washington said") or
    #: "embedded" (inside a longer name or as a modifier: "the Paris police")
    use: str = "name"


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    mentions: tuple[Span, ...] = ()
    #: where the country came from: kb, title, demonym, place (a city or province), apposition,
    #: institution, context
    country_from: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    negated: bool
    modality: str
    sentence: str
    span: Span
    trigger: str
    confidence: float
    rule: str
    date: str | None = None
    date_precision: str | None = None
    place: Place | None = None
    place_precision: str | None = None  # how the place was found: clause, sentence, dateline
    plover_mode: str | None = None  # PLOVER mode where the CAMEO code gives one (e.g. visit)
    target_implied: bool = False  # the target is the state a domestic act is aimed at
    prominence: int = 0  # clause levels below the sentence's main act (0: the main act)


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Actor | None
    text: str
    kind: str
    cue: str | None
    span: Span
    speaker_span: Span | None = None  # the speaker as written ("he", "the envoy")


@dataclass(frozen=True, slots=True)
class DateRef:
    text: str
    date: str | None
    precision: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class StageError:
    stage: str
    message: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    dateline: Place | None = None
    language: str | None = "en"
    byline: str | None = None
    #: the date roles were read at (the publication date, or one inferred from the text)
    role_date: str | None = None
    #: where role_date came from: published, office_terms, text, or today (none: current roles)
    role_date_from: str | None = None


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input item as read from a file, before cleaning."""

    origin: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()  # problems found while reading, reported beside the article


# Field order of the public JSON objects (schema tacitus/1).
_ARTICLE_KEYS = (
    "id",
    "title",
    "source",
    "url",
    "published",
    "dateline",
    "language",
    "text",
    "byline",
    "role_date",
    "role_date_from",
)
_EVENT_KEYS = (
    "id",
    "source",
    "target",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "negated",
    "modality",
    "date",
    "date_precision",
    "place",
    "sentence",
    "span",
    "trigger",
    "confidence",
    "rule",
    "place_precision",
    "plover_mode",
    "target_implied",
    "prominence",
)


#: ACTOR_REF: an actor as events and quotes name it, without its mentions (listed once, in
#: the record's ``actors``): a record then grows linearly with the text.
_ACTOR_REF_KEYS = ("id", "name", "aliases", "kind", "country", "sector", "code")


def actor_ref(actor: Actor | None) -> dict[str, Any] | None:
    """The ``{ACTOR_REF}`` form of an actor: every field but ``mentions``."""
    if actor is None:
        return None
    return {k: to_json(getattr(actor, k)) for k in _ACTOR_REF_KEYS}


def to_json(value: Any) -> Any:
    """Turn a record (or a tuple of them) into plain JSON values."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, Article):
        return {k: to_json(getattr(value, k)) for k in _ARTICLE_KEYS}
    if isinstance(value, Event):
        return {
            k: actor_ref(getattr(value, k))
            if k in ("source", "target")
            else to_json(getattr(value, k))
            for k in _EVENT_KEYS
        }
    if isinstance(value, Quote):
        return {
            f.name: actor_ref(value.speaker)
            if f.name == "speaker"
            else to_json(getattr(value, f.name))
            for f in fields(value)
        }
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    raise TypeError(f"cannot serialise {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Record:
    """The output for one article: what ``tacitus extract`` prints as one JSON line."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateRef, ...] = ()
    errors: tuple[StageError, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": to_json(self.article),
            "actors": to_json(self.actors),
            "events": to_json(self.events),
            "quotes": to_json(self.quotes),
            "places": to_json(self.places),
            "dates": to_json(self.dates),
            "errors": to_json(self.errors),
        }


def place_from_json(d: dict[str, Any] | None) -> Place | None:
    if d is None:
        return None
    return Place(**{**d, "mentions": tuple(tuple(m) for m in d.get("mentions", ()))})


def actor_from_json(d: dict[str, Any] | None) -> Actor | None:
    if d is None:
        return None
    return Actor(
        **{
            **d,
            "aliases": tuple(d.get("aliases", ())),
            "mentions": tuple(tuple(m) for m in d.get("mentions", ())),
        }
    )


def _relink(ref: dict[str, Any] | None, by_id: dict[str, Actor]) -> Actor | None:
    """An ACTOR_REF back to an Actor, its mentions taken from the record's actor list."""
    actor = actor_from_json(ref)
    full = by_id.get(actor.id) if actor is not None else None
    if actor is None or full is None or actor.mentions:
        return actor
    return replace(actor, mentions=full.mentions)


def record_from_json(d: dict[str, Any]) -> Record:
    """Inverse of :meth:`Record.to_dict` (for store round-trips and gold files)."""
    a = d["article"]
    actors = tuple(x for x in (actor_from_json(x) for x in d.get("actors", ())) if x)
    by_id = {x.id: x for x in actors}
    article = Article(**{**a, "dateline": place_from_json(a.get("dateline"))})
    events = tuple(
        Event(
            **{
                **e,
                "source": _relink(e.get("source"), by_id),
                "target": _relink(e.get("target"), by_id),
                "place": place_from_json(e.get("place")),
                "span": tuple(e["span"]),
            }
        )
        for e in d.get("events", ())
    )
    quotes = tuple(
        Quote(
            **{
                **q,
                "speaker": _relink(q.get("speaker"), by_id),
                "span": tuple(q["span"]),
                "speaker_span": tuple(q["speaker_span"]) if q.get("speaker_span") else None,
            }
        )
        for q in d.get("quotes", ())
    )
    return Record(
        article=article,
        actors=actors,
        events=events,
        quotes=quotes,
        places=tuple(p for p in (place_from_json(x) for x in d.get("places", ())) if p),
        dates=tuple(DateRef(**{**x, "span": tuple(x["span"])}) for x in d.get("dates", ())),
        errors=tuple(StageError(**x) for x in d.get("errors", ())),
    )
