"""Small helpers shared by the quotes tests: a neutral lead sentence and picking one quote."""

from __future__ import annotations

from collections.abc import Callable

from tacitus.records import Quote

#: A first sentence with no quote in it, so the sentence under test is not the article's
#: first (where headline rules apply).
LEAD = "The ferry is late again. "


def one_by_cue(quotes: Callable[[str], tuple[Quote, ...]], text: str, cue: str) -> Quote:
    """The one quote whose cue is ``cue`` in ``LEAD + text``."""
    found = [q for q in quotes(LEAD + text) if q.cue == cue]
    assert len(found) == 1, found
    return found[0]


def one_starting(found: tuple[Quote, ...], cue: str) -> Quote:
    """The one quote among ``found`` whose cue starts with ``cue`` (any case)."""
    hits = [q for q in found if q.cue is not None and q.cue.lower().startswith(cue)]
    assert len(hits) == 1, found
    return hits[0]
