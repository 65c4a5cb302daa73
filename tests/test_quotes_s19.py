"""Tests for attribution rules of cue phrases set beside their clause, contents split by the
parser and writer's contrasts after a content.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


@pytest.mark.model
def test_as_clause_cue_reports_the_clause_it_stands_beside(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("As the harbour master pointed out, the northern pier has been shut for a year.")
    assert q.text == "the northern pier has been shut for a year"
    assert q.cue == "pointed out"
    (q,) = quotes("The ferry fares will double in April, as Councillor Ines Moreau noted.")
    assert q.text == "The ferry fares will double in April"
    assert "Ines Moreau" in (speaker(q) or "")
    text = "Growers may lose their grants, and as Petra Lind warned, the rules could change again."
    (q,) = quotes(text)
    assert q.text == "the rules could change again"


@pytest.mark.model
def test_as_clause_of_time_is_no_cue(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    assert quotes("As the governor spoke, the crowd outside the hall cheered loudly.") == ()


@pytest.mark.model
def test_trailing_cue_with_an_adjunct_of_its_own(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "The new levy was unfair to small farmers, she said, on condition of anonymity "
        "to speak freely about her ministry."
    )
    (q,) = quotes(text)
    assert q.text == "The new levy was unfair to small farmers"


@pytest.mark.model
def test_trailing_cue_reports_every_clause_before_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("The strike ended, and the miners went back to work, the union said.")
    assert q.text == "The strike ended, and the miners went back to work"
    text = (
        "The old shipyard is closing down, but its welders have found new jobs, "
        "said the yard's owner, Piet Haas."
    )
    (q,) = quotes(text)
    assert q.text.startswith("The old shipyard is closing down, but")
    assert q.text.endswith("new jobs") and speaker(q) == "Piet Haas"


@pytest.mark.model
def test_writers_contrast_is_cut_off_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Half of the dock workers said they would accept the offer, while a third wanted "
        "a new vote on the contract."
    )
    found = [q for q in quotes(text) if q.cue == "said"]
    assert [q.text for q in found] == ["they would accept the offer"]
    (q,) = quotes("The mayor said the budget would pass, because the council backed it.")
    assert q.text == "the budget would pass, because the council backed it"
