"""Doers of harms and arrests told in the passive with no doer (s26, :mod:`.events.sources`).

News tells an attack, then its toll in the passive ("... attacked a post. Two officers were
killed."), and a raid, then its arrests ("... raided a camp. Fifty men were detained."):
the toll's doer is the one attacker named just before, the arrests' the police named in
the passage. The sentences are written for these tests; the pipeline is the real one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Event, Record

pytestmark = pytest.mark.model

Code = Callable[..., Record]


def _passive(record: Record, trigger: str) -> Event:
    """The event of the passive verb ``trigger`` in the last sentence."""
    text = record.article.text
    cut = text.rindex(". ", 0, len(text) - 2)
    found = [e for e in record.events if e.trigger == trigger and text.find(e.sentence) > cut]
    assert found, [(e.cameo, e.trigger, e.source) for e in record.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Sudanese government troops shelled a rebel town in Darfur on Monday. "
            "Eight villagers were killed, local leaders said.",
            "killed",
            "SDN",
        ),
        (
            "Georgian troops shelled Tskhinvali overnight. Ten civilians were wounded.",
            "wounded",
            "GEO",
        ),
        (
            "Turkish warplanes bombed Kurdish positions in northern Iraq on Thursday. "
            "Several fighters were killed.",
            "killed",
            "TUR",
        ),
    ],
)
def test_a_passive_harm_takes_the_attacker_named_before(
    code: Code, text: str, trigger: str, country: str
) -> None:
    ev = _passive(code(text), trigger)
    assert ev.source is not None and ev.source.country == country


def test_the_teller_of_a_toll_is_not_its_doer(code: Code) -> None:
    ev = _passive(
        code(
            "Russian troops shelled the town of Izium on Sunday. "
            "Three civilians were killed, the regional governor said."
        ),
        "killed",
    )
    assert ev.source is not None and ev.source.country == "RUS"
    assert "governor" not in ev.source.name


@pytest.mark.parametrize(
    "text",
    [
        # the passive names its own cause, maybe another act
        "Rebels attacked an army post near Bunia on Monday. "
        "Three soldiers were killed in a separate roadside bombing.",
        # two attackers before: which one killed is not said
        "Russian troops and Chechen fighters attacked the village on Monday. "
        "Four civilians were killed.",
        # a paragraph break between the attack and the toll
        "Russian troops shelled the city of Grozny on Monday.\n\nFour civilians were killed.",
        # the victims are the side named before: not its own doers
        "Thai police dispersed a rally in Bangkok on Sunday. Two officers were injured.",
    ],
)
def test_no_doer_is_taken_when_the_passage_does_not_say(code: Code, text: str) -> None:
    rec = code(text)
    harms = [e for e in rec.events if e.trigger in ("killed", "injured")]
    assert all(e.source is None for e in harms), [(e.trigger, e.source) for e in harms]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Sri Lankan police surrounded a temple in Kandy on Sunday. "
            "Fourteen monks were arrested.",
            "LKA",
        ),
        (
            # people of no known country: the police named, not the state implied
            "Greek police raided a migrant camp on Lesbos on Monday. "
            "About sixty migrants were detained.",
            "GRC",
        ),
    ],
)
def test_a_passive_arrest_takes_the_police_named_in_the_passage(
    code: Code, text: str, country: str
) -> None:
    rec = code(text)
    arrests = [e for e in rec.events if e.cameo.startswith("17") and e.trigger != "surrounded"]
    assert arrests, [(e.cameo, e.trigger) for e in rec.events]
    src = arrests[-1].source
    assert src is not None and src.country == country and src.sector == "COP"
