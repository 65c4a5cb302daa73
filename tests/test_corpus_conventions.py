"""The shipped event corpus keeps the label conventions its datasheet writes down
(``corpus/events/DATASHEET.md``, "Conventions"): checks on the rows, no model needed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tacitus.events import corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "events"
#: "X denied (that) ...": the denier is the row's subject, told before the verb.
DENIAL = re.compile(r"^(?P<denier>[^.]*?) (?:has always denied|has denied|denied|denies)\b")
SENTENCED = re.compile(r"\bsentenced\b")
VERDICT = re.compile(r"\b(convicted|found [^.]* guilty|upheld)\b")
EXPELLED_DIPLOMAT = re.compile(
    r"\bexpelled (?:the |two |a |its |[a-z]+ )*(ambassador|diplomats?)\b"
)


@pytest.fixture(scope="module")
def rows() -> list[corpus.Row]:
    if not CORPUS.is_dir():
        pytest.fail(f"no corpus at {CORPUS}")
    return corpus.load(CORPUS)


def test_codes_have_three_or_four_digits(rows: list[corpus.Row]) -> None:
    bad = [r.where for r in rows if r.cameo is not None and len(r.cameo) not in (3, 4)]
    assert bad == []


def test_a_denial_is_coded_as_the_denial_by_the_denier(rows: list[corpus.Row]) -> None:
    """A sentence that is one denial ("Tehran denied supplying drones") is 016 with the
    denier as source, or no event; never the denied act, negated or not."""
    bad = []
    for r in rows:
        m = DENIAL.match(r.text)
        if m is None or r.cls != "denial" or r.cameo is None:
            continue
        if r.cameo != "016" or r.negated or r.source != m.group("denier"):
            bad.append(r.where)
    assert bad == []


def test_a_sentence_imposed_is_173_and_a_verdict_116(rows: list[corpus.Row]) -> None:
    """ "sentenced X to five years" alone is a penalty (173); 116 needs a finding of guilt
    told in the same text ("found him guilty and sentenced him", "upheld the sentences")."""
    bad = [
        r.where
        for r in rows
        if r.cameo == "116"
        and SENTENCED.search(r.text)
        and not VERDICT.search(r.text)
        and not r.negated
    ]
    assert bad == []


def test_expelled_diplomats_are_166_not_174(rows: list[corpus.Row]) -> None:
    bad = [
        r.where
        for r in rows
        if r.cameo == "174" and EXPELLED_DIPLOMAT.search(r.text) and not r.negated
    ]
    assert bad == []
