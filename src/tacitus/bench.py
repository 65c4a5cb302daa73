"""Benchmarks (placeholder until its implementation lands)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import ConfigError
from .settings import Settings


def run(
    settings: Settings, corpus: str | None, as_json: bool, emit: Callable[..., Any] = print
) -> None:
    raise ConfigError("tacitus bench is not available yet")
