"""Which side is the source, session 23: sentences written for these tests, the real parse,
stand-in actors (``events_helpers``).

- An act or a weapon as the subject, its doer named in a participle ("the ambush, claimed
  by X, killed", "rockets fired by X hit", "a bombing blamed on X"): the doer is the source.
- Time as the object of "spend" or "take" ("spent the night firing", "took hours to
  disperse"): the act's doer is the subject, not that object.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import Code, Known, coder
from tacitus.evaluate.events import best_events
from tacitus.parse import Parse
from tacitus.records import Event
from tacitus.settings import Settings

SIDES: Known = {
    "the Taliban": (None, "INS"),
    "the PKK": (None, "REB"),
    "the rebels": (None, "REB"),
    "Afghan soldiers": ("AFG", "MIL"),
    "Turkish soldiers": ("TUR", "MIL"),
    "Riot police": ("VEN", "COP"),
    "Police": ("KEN", "COP"),
    "protesters": (None, "CVL"),
    "students": (None, "EDU"),
    "the Ugandan army": ("UGA", "MIL"),
}


@pytest.fixture(scope="module")
def code(parse_text: Callable[[str], Parse]) -> Code:
    return coder(parse_text, Settings())


def sources(events: tuple[Event, ...], root: str) -> set[str | None]:
    """Source names of the best events (the sentence's main act) under the CAMEO root."""
    return {
        e.source.name if e.source else None for e in best_events(events) if e.cameo.startswith(root)
    }


# -- the doer named in a participle on the subject -----------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The ambush on the convoy, claimed by the Taliban, killed six Afghan soldiers.",
            "the Taliban",
        ),
        ("A bombing blamed on the PKK killed four Turkish soldiers near the border.", "the PKK"),
        ("Mortar shells fired by the rebels killed two Afghan soldiers overnight.", "the rebels"),
    ],
)
def test_a_doer_participle_on_the_subject_names_the_source(
    code: Code, text: str, source: str
) -> None:
    assert sources(code(text, SIDES), "1") == {source}, text


def test_a_participle_of_undergoing_names_no_source(code: Code) -> None:
    # "a convoy hit by the rebels" says what the convoy underwent: the rebels did not
    # do the ambush that follows (no source is better than a wrong one)
    text = "A convoy hit by the Taliban last week ambushed Afghan soldiers near Kandahar."
    assert "the Taliban" not in sources(code(text, SIDES), "1")


def test_a_subject_that_names_an_actor_keeps_it(code: Code) -> None:
    text = "On Monday the rebels, backed by the Taliban, killed six Afghan soldiers."
    assert sources(code(text, SIDES), "1") == {"the rebels"}


# -- time or means spent on an act ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "Riot police spent the night firing tear gas at protesters in Caracas.",
            "19",
            "Riot police",
        ),
        (
            "Police took hours to disperse the protesters outside the court in Nairobi.",
            "17",
            "Police",
        ),
    ],
)
def test_time_spent_on_an_act_is_not_its_doer(
    code: Code, text: str, root: str, source: str
) -> None:
    assert sources(code(text, SIDES), root) == {source}, text


def test_an_urged_object_still_does_the_act(code: Code) -> None:
    # "urged X to release": X is asked to act (the governor's object is the doer)
    text = "The Ugandan army urged the rebels to release the students they abducted."
    found = [e for e in code(text, SIDES) if e.trigger == "release" and e.source is not None]
    assert all(e.source.name == "the rebels" for e in found), found


# -- people no actor names, as the doer --------------------------------------------------

PEOPLE: Known = {
    "Chad": ("TCD", None),
    "Malian soldiers": ("MLI", "MIL"),
    "the Peruvian president": ("PER", "GOV"),
    "Afghan soldiers": ("AFG", "MIL"),
}


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("A gunman shot two Malian soldiers outside the barracks.", "1", "gunman"),
        ("Settlers attacked two Afghan soldiers near the checkpoint.", "1", "Settlers"),
        ("Thousands marched in Lima against the Peruvian president.", "14", "Thousands"),
        ("Rebel commanders accused Chad of arming the militia.", "11", "Rebel commanders"),
    ],
)
def test_people_no_actor_names_are_the_doer(code: Code, text: str, root: str, source: str) -> None:
    assert sources(code(text, PEOPLE), root) == {source}, text


def test_a_subject_that_names_no_people_gives_no_source(code: Code) -> None:
    text = "The blast killed ten Afghan soldiers in Kandahar."
    assert sources(code(text, PEOPLE), "1") <= {None}


def test_a_private_act_of_people_is_no_event(code: Code) -> None:
    # relatives and local councils act at home: no doer made for an act with no state
    for text in (
        "Relatives sent food parcels to the prisoners at Christmas.",
        "The council approved a request from residents for a new road.",
    ):
        assert not [e for e in code(text, PEOPLE) if e.source is not None], text


def test_a_people_doer_takes_the_country_of_its_place_or_of_whom_it_judges(code: Code) -> None:
    # "officials in Kyiv": the knowledge base's capital; "the court" jails its own people
    text = "Officials in Kyiv accused Chad of arming the militia."
    found = [e.source for e in code(text, PEOPLE) if e.source is not None]
    assert found and {s.country for s in found} == {"UKR"}, found
    text = "The court jailed two Malian soldiers for desertion."
    found = [e.source for e in code(text, PEOPLE) if e.source is not None]
    assert found and {s.country for s in found} == {"MLI"}, found


def test_a_people_doer_with_no_place_keeps_no_country(code: Code) -> None:
    text = "Rebel commanders accused Chad of arming the militia."
    found = [e.source for e in code(text, PEOPLE) if e.source is not None]
    assert found and {s.country for s in found} == {None}, found


def test_a_reported_pronoun_stands_for_people_the_speaker_names(code: Code) -> None:
    text = "Rebel commanders said they would shoot down any aircraft over Chad."
    found = {e.source.name for e in code(text, PEOPLE) if e.source is not None}
    assert found == {"Rebel commanders"}, found


def test_a_pronoun_outside_reported_speech_names_no_doer(code: Code) -> None:
    text = "They shot down an aircraft over Chad on Monday."
    found = {e.source.name for e in code(text, PEOPLE) if e.source is not None}
    assert "Rebel commanders" not in found and "They" not in found, found
