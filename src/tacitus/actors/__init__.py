"""The actors stage: mentions -> actors with name, country, sector, kind and code.

Sub-steps (each its own module): ``kb`` loads the knowledge base (data files) once;
``recognise`` finds mentions (KB names first, then organisations, groups, nominals and
pronouns), with ``people`` for person names; ``roles`` reads titles and appositions;
``coref`` joins the mentions of one actor. This module turns the clusters into
:class:`Actor` records.

For later stages: an actor's ``mentions`` are character spans into ``Article.text``. A
person's span starts at its title chain ("US special envoy ... Zalmai Khalilzad"); a
state named by a demonym covers the noun it qualifies ("Tanzanian offer"); an organisation
named inside a title chain ("Taliban chief ...") has its own, nested span; coordinated
groups ("Afghan and Pakistani forces") share one span. Map a token to the actor with the
smallest span that covers it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..parse import Parse
from ..pipeline import Document
from ..records import Actor, Article
from ..settings import Settings
from .coref import Cluster, cluster
from .kb import KB, Match, load_kb, vet_matches
from .mention import Context
from .recognise import find_mentions
from .window import with_role_date

__all__ = ["Actors", "extract_actors", "make_stage"]


class Actors:
    name = "actors"
    reads = ("article", "parse")
    writes = ("actors", "article")  # the article gains role_date and role_date_from

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kb = load_kb(tuple(settings.kb))

    def __call__(self, doc: Document) -> Document:
        assert doc.article is not None and doc.parse is not None
        found = matches(self.kb, doc.parse)
        article = with_role_date(doc.article, doc.parse, self.kb, found)
        actors = extract_actors(article, doc.parse, self.kb, found)
        return replace(doc, article=article, actors=actors)


def make_stage(settings: Settings) -> Actors:
    return Actors(settings)


def matches(kb: KB, parse: Parse) -> tuple[list[Match], list[Match]]:
    """The knowledge-base names (vetted) and the titles in a parsed text."""
    titles = kb.titles.match(parse.tokens)
    return vet_matches(kb.actors.match(parse.tokens), titles), titles


def extract_actors(
    article: Article,
    parse: Parse,
    kb: KB,
    found: tuple[list[Match], list[Match]] | None = None,
) -> tuple[Actor, ...]:
    """The actors of one parsed article, in order of first mention (ids a1, a2, ...).
    ``found``: what :func:`matches` gave for this parse, when already computed."""
    names, titles = found if found is not None else matches(kb, parse)
    ctx = Context(
        article.text,
        parse,
        kb,
        article.role_date if article.role_date_from else article.published,
        names,
        titles,
    )
    clusters = [c for c in cluster(ctx, find_mentions(ctx)) if _named(c)]
    clusters.sort(key=lambda c: min(m.first for m in c.mentions))
    return tuple(_actor(ctx, f"a{n}", c) for n, c in enumerate(clusters, 1))


def _named(c: Cluster) -> bool:
    return any(m.kind not in ("pronoun",) for m in c.mentions)


def _actor(ctx: Context, aid: str, c: Cluster) -> Actor:
    toks = ctx.tokens
    spans = sorted({(toks[m.np_first].start, toks[m.last - 1].end) for m in c.mentions})
    surfaces = [m.surface for m in sorted(c.mentions, key=lambda m: m.first) if m.kind != "pronoun"]
    name = _canonical(ctx, c, surfaces)
    aliases = tuple(dict.fromkeys(s for s in surfaces if s != name))
    code = c.code
    if code is None and (c.country or c.sector):
        code = f"{c.country or ''}{c.sector or ''}"
    return Actor(aid, name, aliases, c.kind, c.country, c.sector, code, tuple(spans))


def _canonical(ctx: Context, c: Cluster, surfaces: list[str]) -> str:
    if c.org and c.kind != "person" and c.key.startswith("kb:"):
        return c.org
    if c.kind == "person":
        named = [m.surface for m in c.mentions if m.kind == "person"]
        surfaces = sorted(named, key=surfaces.index) if named else surfaces
        counts = Counter(surfaces)
        longest = max(len(s.split()) for s in surfaces)
        full = [s for s in surfaces if len(s.split()) == longest]
        return max(full, key=lambda s: (counts[s], -surfaces.index(s)))
    if c.key.startswith("state:") and c.country in ctx.kb.states:
        return ctx.kb.states[c.country].name
    return surfaces[0]
