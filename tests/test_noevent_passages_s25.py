"""Multi-sentence news passages with no event (session 25): market deals of firms and
unions, warnings that are forecasts, play in a match report and scenarios weighed in a
wh-clause go quiet; the same words in an act between political actors keep their event.

Every passage is written for these tests. Each quiet passage gave an event on the trigger
before the session's rules; each has a near twin that holds a real act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.records import Record

#: (rule, passage, trigger): no event on the trigger
QUIET = [
    (
        "a takeover bid turned down",
        "The board of the Danish brewer rejected a takeover offer from a Dutch rival on "
        "Monday, saying it undervalued the group. Its shares rose 6 percent in Copenhagen.",
        "rejected",
    ),
    (
        "a firm buying a stake",
        "Hyundai agreed to buy a 25 percent stake in a Czech battery maker for $900 million. "
        "The deal is expected to close in the spring.",
        "agreed",
    ),
    (
        "a firm selling a unit",
        "Glencore agreed to sell its copper unit to a Canadian rival on Thursday. Analysts "
        "said the price was fair. The sale needs the approval of shareholders.",
        "agreed",
    ),
    (
        "shareholders and a pay plan",
        "Credit Suisse shareholders rejected the board's pay plan at the annual meeting in "
        "Zurich. Nearly 55 percent voted against it. The chairman said the board would reflect.",
        "rejected",
    ),
    (
        "a wage claim",
        "Air New Zealand rejected the cabin crew's wage claim on Tuesday. The union said its "
        "members would meet next week. Flights were running on time.",
        "rejected",
    ),
    (
        "a union's pay demand turned down",
        "Nestle rejected the union's demand for a 9 percent pay rise on Wednesday. Talks will "
        "resume next month.",
        "rejected",
    ),
    (
        "a warning of hunger",
        "Rains failed for a third season in northern Kenya this year. Oxfam warned that hunger "
        "would spread before the next harvest. Livestock have died in thousands.",
        "warned",
    ),
    (
        "a warning of prices",
        "The gas regulator warned that household bills would rise by a quarter in January. "
        "Suppliers blamed wholesale costs. Charities asked for more help for poor families.",
        "warned",
    ),
    (
        "a rally in a match",
        "The Cubs rallied from five runs down to beat the Cardinals 8-7 in St. Louis. Their "
        "bullpen held on in the ninth inning.",
        "rallied",
    ),
    (
        "goals conceded",
        "Pakistan conceded two late goals to lose 3-1 to Japan in the hockey semi-final. Their "
        "coach blamed fatigue.",
        "conceded",
    ),
    (
        "a strike weighed",
        "Defence analysts have long studied how India might strike airfields across the "
        "border. Such a raid would need refuelling aircraft. Most doubt it could succeed.",
        "strike",
    ),
    (
        "a hostile bid fought off",
        "The Swedish truckmaker fought off a hostile bid from a German rival with the help of "
        "its founding family. The rival withdrew its offer on Friday.",
        "fought",
    ),
    (
        "a forecast with a firm named beside it",
        "EasyJet warned that fares would climb this winter as Airbus struggled to deliver new "
        "jets. The airline flew 80 million passengers last year.",
        "warned",
    ),
    (
        "a scenario answered",
        "What happens if the vote is tied? The speaker would ask the clerk to draw lots. The "
        "loser could challenge the result in court.",
        "ask",
    ),
    (
        "a life story in an obituary",
        "Mr Ortega, a mediator who brokered a water deal between Peru and Ecuador, has died "
        "in Lima. He was 77.",
        "deal",
    ),
    (
        "an act supposed by its noun",
        "Any Chinese blockade of the island would disrupt chip supplies worldwide, the study "
        "found. Shipping insurers are watching closely.",
        "blockade",
    ),
    (
        "damage by a storm with no doer",
        "Hurricane Maria killed dozens of people in Dominica. The island's prime minister "
        "called for help. Roseau was badly damaged.",
        "damaged",
    ),
    (
        "damage by a quake told two sentences on",
        "An earthquake killed 300 people in eastern Turkey on Monday. Rescue teams worked "
        "through the night. Malatya was almost entirely destroyed.",
        "destroyed",
    ),
    (
        "an emergency for a cyclone",
        "Cyclone Gita cut off towns on Tonga's main island. The government declared a "
        "national state of emergency. The army flew supplies to stranded residents.",
        "declared",
    ),
    (
        "a tribute to the dead",
        "Jorge Salas, the senator who led the farm lobby for two decades, died on Friday in "
        "Quito. He was 84. President Lasso praised him as a tireless servant of the country.",
        "praised",
    ),
]

#: (rule, passage, trigger, plover): the event is kept (of that PLOVER type, or any with None)
KEPT = [
    (
        "a state's offer turned down",
        "The government of Serbia rejected the European Union's offer of talks on Friday. "
        "Ministers said the terms were unacceptable.",
        "rejected",
        "REJECT",
    ),
    (
        "a state buying a stake in a state's port",
        "China agreed to buy a 20 percent stake in Pakistan's Gwadar port after talks with "
        "Islamabad. The deal was signed in Beijing.",
        "agreed",
        "AGREE",
    ),
    (
        "a government turns down a bid",
        "The German government rejected a Chinese bid for the electricity grid operator, "
        "citing security. Beijing said it regretted the decision.",
        "rejected",
        "REJECT",
    ),
    (
        "a state's warning of its own act",
        "Iran warned on Monday that it would close the Strait of Hormuz if its oil exports "
        "were blocked. Oil prices jumped 3 percent.",
        "warned",
        "THREATEN",
    ),
    (
        "a rally with no score beside a word of sport",
        "Opposition supporters rallied in Lusaka on Sunday against the president's bid for a "
        "third term. The football stadium nearby was closed.",
        "rallied",
        None,
    ),
    (
        "a strike told as done",
        "Indian jets struck airfields across the border on Tuesday, the army said. Pakistan "
        "said two of its soldiers were killed.",
        "struck",
        "ASSAULT",
    ),
    (
        "troops fighting off rebels",
        "Government troops fought off an attack by rebels on the town of Bunia overnight. "
        "Several fighters were killed.",
        "fought",
        "ASSAULT",
    ),
    (
        "a warning with an addressee",
        "The United Nations warned Israel that the offensive would cost thousands of civilian "
        "lives. The army said it would go ahead.",
        "warned",
        "THREATEN",
    ),
    (
        "an act told after a wh-question with no supposition",
        "What did the king do on Monday? He asked party leaders to form a unity government. "
        "They met on Friday.",
        "asked",
        "REQUEST",
    ),
    (
        "a life in a relative clause with no death",
        "The rebel leader who fought government troops in the hills for a decade was captured "
        "on Sunday. The army said he was unharmed.",
        "captured",
        "COERCE",
    ),
    (
        "one war supposed between named sides (coded as hypothetical in our corpus)",
        "A war between Armenia and Azerbaijan over the corridor would devastate the region, "
        "the report said. Both armies are on alert.",
        "war",
        "ASSAULT",
    ),
    (
        "a definite strike that was done",
        "The American strike on the militia's bases could draw Washington into a wider war, "
        "analysts said. It killed 20 fighters.",
        "strike",
        "ASSAULT",
    ),
    (
        "damage with a doer after rain",
        "Heavy rain fell overnight. The town of Marib was badly damaged by Houthi shelling, "
        "residents said.",
        "damaged",
        "COERCE",
    ),
    (
        "praise of the living after a death",
        "A soldier died in the ambush on Friday. The president praised his troops for their "
        "courage.",
        "praised",
        "SUPPORT",
    ),
    (
        "praise of someone arrested, not dead",
        "Maria Lopez, a former trade minister, was arrested on Friday. The opposition leader "
        "praised her as a pioneer.",
        "praised",
        "SUPPORT",
    ),
    (
        "an emergency after riots, with floods a month before",
        "Floods hit the south last month. On Monday the government declared a state of "
        "emergency in the capital after riots over fuel prices. Troops patrolled the streets.",
        "declared",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger"), QUIET)
def test_passages_with_no_event_are_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str
) -> None:
    assert plovers_on(code(text), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover"), KEPT)
def test_near_twins_with_an_act_are_kept(
    code: Callable[..., Record], rule: str, text: str, trigger: str, plover: str | None
) -> None:
    got = plovers_on(code(text), trigger)
    assert got != [] and (plover is None or plover in got), rule
