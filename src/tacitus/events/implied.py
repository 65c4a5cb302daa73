"""Implied targets: a domestic act with no named target is aimed at the state, or by it.

CAMEO and PLOVER coders give the state as the target of a protest, a strike, a riot or a
demand that names nobody ("thousands marched through the capital"; "the opposition demanded
new elections"): the target is that country's government (``XXXGOV``). An act of the state
on its own people that names nobody ("police arrested dozens", "security forces cracked
down") is aimed at that country's population (``XXXCVL``). Either way the event says so:
``target_implied`` is true, and the target is an actor of the article when one fits (the
government or the people of that country), else a state actor made for the event.

Only acts whose source has a country are completed: the country of the act is the source's.
The other way round, an arrest or crackdown told in the passive with no doer, on people of
the passage's own country ("dozens of activists were detained"), is given that state's
police or government as its source (``rule`` gains ``+implied``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..records import Actor, Event

#: CAMEO codes of acts aimed at the state when no target is named: protest, strike, riot
#: (14x) and demands (10x).
AT_THE_STATE = ("14", "10")
#: CAMEO codes of acts of the state on its own people: restrictions (172), arrest and
#: detention (173), repression and crackdowns (175), seizing property (171), the threat of
#: repression (137), and the concessions that answer them: easing restrictions (081),
#: acceding to demands (083), releasing people held (084).
BY_THE_STATE = ("172", "173", "175", "171", "137", "081", "083", "084")
#: Of those, the ones a state is told to have done in the passive with no doer: arrests
#: and crackdowns, not concessions ("dozens of activists were detained").
DONE_BY_THE_STATE = ("172", "173", "175", "171")
#: Sectors of the state's organs, and of the society that protests and demands.
STATE = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
SOCIETY = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "REL", "AGR", "REB", "INS", "MED", "ELI"})


#: How a made actor of a country is named, by sector.
LABELS = {"GOV": "government", "COP": "police", "CVL": "people"}


def imply_targets(events: tuple[Event, ...], actors: tuple[Actor, ...]) -> tuple[Event, ...]:
    """The events, each domestic act with no target given the target it implies."""
    return tuple(_completed(e, actors) for e in events)


def _completed(ev: Event, actors: tuple[Actor, ...]) -> Event:
    ev = _state_as_doer(ev, actors)
    src = ev.source
    if ev.target is not None or src is None or not src.country or src.kind == "state":
        return ev
    if ev.cameo.startswith(AT_THE_STATE) and (src.sector is None or src.sector in SOCIETY):
        sector = "GOV"
    elif ev.cameo.startswith(BY_THE_STATE) and src.sector in STATE:
        sector = "CVL"
    else:
        return ev
    target = _actor_for(src.country, sector, actors, exclude=src.id)
    return replace(ev, target=target, target_implied=True)


def _state_as_doer(ev: Event, actors: tuple[Actor, ...]) -> Event:
    """An arrest, restriction or crackdown told in the passive with no doer ("dozens of
    activists were detained") on people of the passage's own country (their country from
    ``context``, not a demonym: "two Britons were held" may be held abroad): that country's
    police (arrests) or government did it (``rule`` gains ``+implied``)."""
    tgt = ev.target
    if ev.source is not None or tgt is None or not ev.cameo.startswith(DONE_BY_THE_STATE):
        return ev
    if not tgt.country or tgt.country_from != "context" or tgt.sector not in SOCIETY:
        return ev
    sector = "COP" if ev.cameo.startswith("173") else "GOV"
    doer = _actor_for(tgt.country, sector, actors, exclude=tgt.id)
    return replace(ev, source=doer, rule=f"{ev.rule}+implied")


def _actor_for(country: str, sector: str, actors: tuple[Actor, ...], exclude: str) -> Actor:
    """The article's own actor for that country and sector, else one made for the event."""
    for a in actors:
        body = a.kind != "person"  # the state is a body, not its president
        if body and a.id != exclude and a.country == country and a.sector == sector:
            return replace(a, mentions=())
    name = state_names().get(country, country)
    label = f"{LABELS.get(sector, 'people')} of {name}"
    kind = "state" if sector == "GOV" else "group"
    return Actor(
        f"implied:{country}{sector}",
        label,
        kind=kind,
        country=country,
        sector=sector,
        code=f"{country}{sector}",
        country_from="context",
    )


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """ISO3 -> the state's name, from the knowledge base's states file."""
    text = resources.files("tacitus").joinpath("data", "kb", "states.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#"):
            out[cells[0].strip()] = cells[1].strip()
    return out
