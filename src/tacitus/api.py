"""The HTTP API and dashboard (placeholder until its implementation lands)."""

from __future__ import annotations

from .errors import ConfigError
from .settings import Settings


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    raise ConfigError("tacitus serve is not available yet")
