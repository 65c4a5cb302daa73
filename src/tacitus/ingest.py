"""Ingest (baseline): read input paths into RawArticle items."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .records import RawArticle


def read_inputs(paths: Iterable[str]) -> Iterator[RawArticle | InputError]:
    for p in paths:
        path = Path(p)
        try:
            yield RawArticle(origin=str(path), text=path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(str(path), str(exc))
