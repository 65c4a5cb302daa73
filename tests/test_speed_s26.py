"""The speed helpers read the same facts as the plain code they stand in for."""

from __future__ import annotations

from collections.abc import Callable

from tacitus.events.model import lemma_lows
from tacitus.events.syntax import span_of
from tacitus.parse import Parse
from tacitus.places.toponyms import _capitalised, capitals
from tacitus.text import stable_id

TEXT = (
    "Officials in Côte d'Ivoire said on Tuesday that the army of Burkina Faso had "
    "crossed into the north, and the mayor of Ouagadougou denied it. "
    "residents of l'Aquila were told to leave."
)


def test_capitals_are_each_tokens_case(parse_text: Callable[[str], Parse]) -> None:
    parse = parse_text(TEXT)
    caps = capitals(parse)
    assert caps == tuple(_capitalised(t) for t in parse.tokens)
    assert capitals(parse) is caps  # kept on the parse, not made again
    assert caps[0] and not caps[1]  # "Officials", "in"
    word = {t.text: caps[t.i] for t in parse.tokens}
    assert word["d'Ivoire"] and not word["residents"]


def test_span_of_reaches_the_subtree_ends(parse_text: Callable[[str], Parse]) -> None:
    parse = parse_text(TEXT)
    for t in parse.tokens:
        under = parse.subtree(t.i)
        want = (parse.tokens[under[0]].start, parse.tokens[under[-1]].end)
        assert span_of(parse, t.i) == want


def test_lemma_lows_are_lower_lemmas(parse_text: Callable[[str], Parse]) -> None:
    parse = parse_text(TEXT)
    assert lemma_lows(parse) == tuple(t.lemma.lower() for t in parse.tokens)


def test_stable_id_reads_its_parts_as_strings() -> None:
    assert stable_id("a", 1, None) == stable_id("a", "1", "None")
    assert stable_id("a", "b") != stable_id("a b")
    assert len(stable_id("x")) == 16
