"""Tests for the content boundaries of session 26.

Where an indirect content ends: a list the parser reads as an apposition ("differ on
taxes, the new stadium and the port") is all of what was said, while a description with a
relative clause ("Lee, a banker and former envoy who ...") stays the writer's; base-form
verbs joined in one to-clause ("urged them to open X, publish Y and fix Z") are one
content, not the speaker's next act, unless the last reports a clause of its own; a
to-clause after a noun that takes one ("praised her efforts to broker a truce") is the
noun's, even where the parser hangs it on the cue, while after another noun ("released
the list to end the rumours") it says why the cue happened and stays out.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quote_helpers import LEAD
from quote_helpers import one_by_cue as _one
from tacitus.records import Quote


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "She said she and the mayor differ on taxes, the new stadium and the future"
            " of the port.",
            "said",
            "she and the mayor differ on taxes, the new stadium and the future of the port",
        ),
        (
            "The mayor said she would focus on Brooklyn, the subway repairs and the cost"
            " of housing.",
            "said",
            "she would focus on Brooklyn, the subway repairs and the cost of housing",
        ),
    ],
)
def test_a_list_read_as_an_apposition_stays_whole(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content


@pytest.mark.model
def test_a_description_with_a_relative_clause_is_still_cut(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(
        quotes,
        "Mendes said the board had hired Tomas Ek, a lawyer and former judge who once"
        " ran the port authority.",
        "said",
    )
    assert "who once ran" not in q.text
    assert q.text.startswith("the board had hired Tomas Ek")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The council called on the minister to open the archives, publish the"
            " contracts and explain the delays.",
            "called",
            "the minister to open the archives, publish the contracts and explain the delays",
        ),
        (
            "The union asked the board to freeze the fees, hire more staff and reopen the clinic.",
            "asked",
            "the board to freeze the fees, hire more staff and reopen the clinic",
        ),
    ],
)
def test_verbs_of_one_to_clause_stay_together(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content


@pytest.mark.model
def test_a_speakers_next_act_is_still_cut(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    q = _one(quotes, "The mayor said the road was open and warned drivers about ice.", "said")
    assert q.text == "the road was open"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Lindqvist praised the efforts of the foreign minister to broker a ceasefire in"
            " the north.",
            "praised",
            "the efforts of the foreign minister to broker a ceasefire in the north",
        ),
        (
            "Greenpeace criticized the plan of the ministry to drill off the coast.",
            "criticized",
            "the plan of the ministry to drill off the coast",
        ),
    ],
)
def test_a_nouns_to_clause_is_part_of_the_content(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content


@pytest.mark.model
def test_a_purpose_clause_after_another_noun_stays_out(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = [
        q
        for q in quotes(
            LEAD + "The campaign released a long list of its donors to end the rumours."
        )
        if q.cue == "released"
    ]
    assert all("to end the rumours" not in q.text for q in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The mayor says no matter what the council decides, the pier will reopen in May.",
            "says",
            "no matter what the council decides, the pier will reopen in May",
        ),
        (
            "The mayor says no matter what the council decides, “the pier will reopen in May.”",
            "says",
            "no matter what the council decides, “the pier will reopen in May.",
        ),
    ],
)
def test_a_fronted_clause_hung_on_the_cue_opens_the_content(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content


@pytest.mark.model
def test_how_the_cue_happened_stays_out(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    q = _one(quotes, "The mayor said on Monday that the port will close within a year.", "said")
    assert q.text == "that the port will close within a year"


@pytest.mark.model
def test_a_second_speaker_joined_by_and_is_a_report_of_its_own(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes(
        LEAD + "Officials said the bridge was unsafe and engineers said it would take a year"
        " to repair."
    )
    texts = sorted(q.text for q in found if q.cue == "said")
    assert texts == ["it would take a year to repair", "the bridge was unsafe"]


@pytest.mark.model
def test_and_that_goes_on_with_the_same_report(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(
        quotes,
        "The mayor said the bridge was unsafe and that the ferry would run all winter.",
        "said",
    )
    assert q.text == "the bridge was unsafe and that the ferry would run all winter"


@pytest.mark.model
def test_the_scene_set_before_a_split_clause_stays_out(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(
        quotes,
        "Bound by old treaties and a long shared river, the two nations, the minister said,"
        " must now settle the dispute.",
        "said",
    )
    assert q.text.startswith("the two nations")
    assert q.text.endswith("must now settle the dispute")


@pytest.mark.model
def test_a_split_clause_without_a_fronted_phrase_is_whole(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(quotes, "The harbour, officials said, had lost half its fishing boats by May.", "said")
    assert q.text.startswith("The harbour")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The senator blasted the harbour commission on Monday over its handling of the port"
            " deal.",
            "blasted",
            "the harbour commission on Monday over its handling of the port deal",
        ),
        (
            "Okafor accused the ministry on Tuesday of hiding the audit.",
            "accused",
            "the ministry on Tuesday of hiding the audit",
        ),
    ],
)
def test_a_time_inside_the_content_does_not_end_it(
    quotes: Callable[[str], tuple[Quote, ...]], sentence: str, cue: str, content: str
) -> None:
    assert _one(quotes, sentence, cue).text == content


@pytest.mark.model
def test_a_time_and_a_place_after_the_content_stay_out(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    q = _one(
        quotes,
        "The mayor praised the crews from the volunteer fire station on Friday in a speech"
        " at the docks.",
        "praised",
    )
    assert q.text == "the crews from the volunteer fire station"
