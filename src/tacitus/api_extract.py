"""``tacitus.extract``: one text in, one Record out (stateless)."""

from __future__ import annotations

from functools import lru_cache

from .errors import InputError
from .pipeline import Pipeline
from .records import RawArticle, Record
from .settings import Settings, load_settings
from .values import parse_date


@lru_cache(maxsize=2)
def _pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings)


def extract(
    text: str | None = None,
    *,
    html: str | None = None,
    published: str | None = None,
    title: str | None = None,
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Record:
    """Code one article. Raises :class:`InputError` when it cannot be coded."""
    settings = settings or load_settings()
    try:
        published = parse_date(published)
    except ValueError as exc:
        raise InputError("<extract>", f"published {published!r}: {exc}") from None
    raw = RawArticle(
        "<extract>",
        text=text,
        html=html,
        id=id,
        title=title,
        url=url,
        source=source,
        published=published,
    )
    outcome = next(_pipeline(settings).run([raw]))
    if outcome.record is None:
        raise InputError("<extract>", outcome.failed or outcome.skipped or "not coded")
    return outcome.record
