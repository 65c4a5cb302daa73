"""Session 24: actor names are names, not headline fragments or descriptors glued on by NER
(real spaCy model; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Actor, Record

pytestmark = pytest.mark.model

Code = Callable[..., Record]


def _everyone(rec: Record) -> list[Actor]:
    found = [*rec.actors, *(q.speaker for q in rec.quotes)]
    found += [a for e in rec.events for a in (e.source, e.target)]
    return [a for a in found if a is not None]


def test_descriptor_before_a_name_is_cut(code: Code) -> None:
    rec = code("The statement from Challenger Jim Poe came late on Friday, aides said.")
    names = [a.name for a in _everyone(rec)]
    assert "Jim Poe" in names
    assert not any("Challenger" in n for n in names)


def test_descriptor_cut_keeps_the_whole_name(code: Code) -> None:
    rec = code("Critics of the plan, among them Rival Anna Maria Keller, met in Lyon on Monday.")
    names = [a.name for a in _everyone(rec) if a.kind == "person"]
    assert not any(n.startswith("Rival") for n in names), names


def test_descriptor_word_as_a_surname_stays(code: Code) -> None:
    # a descriptor noun that ends the name is the surname, not a word to cut
    rec = code("Jim Critic said on Monday that the council had wasted the money.")
    names = [a.name for a in _everyone(rec) if a.kind == "person"]
    assert any("Critic" in n for n in names), names


def test_no_name_without_letters(code: Code) -> None:
    text = (
        'Robert "Bobby" Lane said the vote was rigged. "We will go to court," Lane said. '
        '"It is not over," he added, and “Bobby” waved to the crowd.'
    )
    for a in _everyone(code(text)):
        assert any(ch.isalpha() for ch in a.name), a


def test_no_name_holds_a_headline_separator(code: Code) -> None:
    text = (
        "Weak Plan - Tom Kowalski | Opinion\n\n"
        "Tom Kowalski said on Monday that the plan would fail. Kowalski urged a new vote."
    )
    for a in _everyone(code(text)):
        assert not any(sep in a.name for sep in (" - ", "|", ":")), a


def test_headline_verb_is_no_part_of_a_name(code: Code) -> None:
    rec = code(
        "Tom Kowalski Slams Bank Boss Over Fake Accounts And Fees\n\n"
        "Tom Kowalski said the bank had failed its customers."
    )
    names = [a.name for a in _everyone(rec) if a.kind == "person"]
    assert "Tom Kowalski" in names, names
    assert not any("Slams" in n for n in names), names


def test_verb_like_surname_in_prose_stays(code: Code) -> None:
    rec = code("Senator Tom Burns said on Monday that the plan would help farmers.")
    names = [a.name for a in _everyone(rec) if a.kind == "person"]
    assert "Tom Burns" in names, names
