"""tacitus: political event data from news articles, with provenance.

Public API: :func:`extract`, :class:`Pipeline`, :func:`open_store` and the record types.
"""

from __future__ import annotations

from .api_extract import extract
from .errors import ConfigError, InputError, StoreError, TacitusError
from .pipeline import Pipeline
from .records import (
    SCHEMA,
    Actor,
    Article,
    DateRef,
    Event,
    Place,
    Quote,
    RawArticle,
    Record,
)
from .settings import Settings, load_settings
from .store import open_store

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "ConfigError",
    "DateRef",
    "Event",
    "InputError",
    "Pipeline",
    "Place",
    "Quote",
    "RawArticle",
    "Record",
    "Settings",
    "StoreError",
    "TacitusError",
    "__version__",
    "extract",
    "load_settings",
    "open_store",
]
