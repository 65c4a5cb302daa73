"""Background history told in main clauses (``events.noevent_history``): an act a passage
tells as what came before is no event; the news act beside it, or the same act told as
news, stays one.

Every passage is written for these tests. Each rule has passages that must go quiet on the
trigger and near-identical ones that keep their event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from events_helpers import plovers_on
from tacitus.events.noevent_history import _looked_back, passage, sentence_marks, span_years
from tacitus.parse import Parse
from tacitus.records import Record

#: (rule, passage, trigger, publication date): no event on the trigger
QUIET = [
    (
        "ago",
        "Three decades ago, the government expelled thousands of traders; their children "
        "now run the market.",
        "expelled",
        None,
    ),
    (
        "ago",
        "Twenty years ago this week, NATO bombed Belgrade. Residents still gather at the "
        "ruined television building every spring.",
        "bombed",
        None,
    ),
    (
        "earlier",
        "Decades earlier, French troops had shelled the port of Haiphong.",
        "shelled",
        None,
    ),
    (
        "years after",
        "Years after the junta jailed him, the poet returned to Santiago.",
        "jailed",
        None,
    ),
    (
        "years later",
        "Police raided Maori communities in 2007 under anti-terror laws. The police chief "
        "apologised to the tribe eleven years later.",
        "raided",
        None,
    ),
    (
        "years later",
        "Police raided Maori communities in 2007 under anti-terror laws. The police chief "
        "apologised to the tribe eleven years later.",
        "apologised",
        None,
    ),
    (
        "span over after it",
        "Colombia's government and the rebels signed a peace deal in Havana in 2016. The "
        "deal survived for six years.",
        "signed",
        None,
    ),
    (
        "now",
        "In 2019 Sudan's army ousted Omar al-Bashir. The country now faces a civil war.",
        "ousted",
        None,
    ),
    ("now", "The army seized power in 1999. It still runs the country.", "seized", None),
    (
        "decade and today",
        "In the 1980s the Iraqi army gassed Kurdish villages. Survivors today still suffer "
        "from the effects.",
        "gassed",
        None,
    ),
    (
        "span over",
        "In 1979 Soviet troops invaded Afghanistan. The war lasted a decade.",
        "invaded",
        None,
    ),
    (
        "profile",
        "Mr Okafor, 62, led the 1989 protests against the military government and was jailed "
        "by the junta for two years. Today he runs a bakery in Lagos.",
        "led",
        None,
    ),
    (
        "profile",
        "Mr Okafor, 62, led the 1989 protests against the military government and was jailed "
        "by the junta for two years. Today he runs a bakery in Lagos.",
        "jailed",
        None,
    ),
    (
        "news beside it",
        "The president apologised on Monday for the 1982 massacre. Soldiers killed hundreds "
        "of villagers in 1982.",
        "killed",
        None,
    ),
    (
        "news beside it",
        "Kenya expelled two Somali diplomats this week. In 1998 al-Qaeda bombed the US "
        "embassy in Nairobi.",
        "bombed",
        None,
    ),
    (
        "published",
        "Police arrested the former rebel leader on Sunday. He led the 1994 uprising against "
        "the government.",
        "led",
        "2024-06-01",
    ),
]

#: (rule, passage, trigger, PLOVER type, publication date): the event stays
KEPT = [
    (
        "news day",
        "On Tuesday Russian troops invaded the border town, local officials said.",
        "invaded",
        "ASSAULT",
        None,
    ),
    (
        "news day",
        "Kenya expelled two Somali diplomats this week. In 1998 al-Qaeda bombed the US "
        "embassy in Nairobi.",
        "expelled",
        "SANCTION",
        None,
    ),
    (
        "history as news",
        "The president apologised on Monday for the 1982 massacre. Soldiers killed hundreds "
        "of villagers in 1982.",
        "apologised",
        "SUPPORT",
        None,
    ),
    (
        "news beside a profile",
        "Police arrested the former rebel leader on Sunday. He led the 1994 uprising against "
        "the government.",
        "arrested",
        "COERCE",
        "2024-06-01",
    ),
    (
        "year of the article",
        "In 2024 Israel struck Iranian air defences, officials said on Tuesday.",
        "struck",
        "ASSAULT",
        "2024-06-01",
    ),
    (
        "a year apart",
        "The United States imposed sanctions on Iran in 2018. In 2019 Iran seized a British "
        "tanker.",
        "seized",
        "COERCE",
        None,
    ),
    (
        "only its own year",
        "In 1990 Iraq invaded Kuwait. The UN condemned the invasion at once.",
        "invaded",
        "ASSAULT",
        None,
    ),
    (
        "a future year",
        "Mali will hold elections in 2027. In 2024 the junta expelled the French ambassador.",
        "expelled",
        "SANCTION",
        None,
    ),
    (
        "short span",
        "Two weeks ago, rebels attacked an army convoy near Goma.",
        "attacked",
        "ASSAULT",
        None,
    ),
    (
        "short span",
        "A year ago, Turkish jets bombed Kurdish camps in northern Iraq.",
        "bombed",
        "ASSAULT",
        None,
    ),
    (
        "years after, told as news",
        "Thirty years after the war, Iraq's prime minister visited Kuwait on Monday.",
        "visited",
        "CONSULT",
        None,
    ),
    (
        "took years",
        "Government troops fought the rebels in the hills for two years.",
        "fought",
        "ASSAULT",
        None,
    ),
    (
        "span before it",
        "Colombia's government and the rebels negotiated for four years. They signed a peace "
        "deal in Havana in 2016.",
        "signed",
        "SUPPORT",
        None,
    ),
    (
        "perfect",
        "Russia has occupied Crimea since 2014. Today Ukraine wants it back.",
        "occupied",
        "ASSAULT",
        None,
    ),
]


@pytest.mark.parametrize(("rule", "text", "trigger", "published"), QUIET)
def test_history_told_in_a_main_clause_is_quiet(
    code: Callable[..., Record], rule: str, text: str, trigger: str, published: str | None
) -> None:
    assert plovers_on(code(text, published=published), trigger) == [], rule


@pytest.mark.parametrize(("rule", "text", "trigger", "plover", "published"), KEPT)
def test_news_and_its_near_twins_keep_their_event(
    code: Callable[..., Record],
    rule: str,
    text: str,
    trigger: str,
    plover: str,
    published: str | None,
) -> None:
    assert plover in plovers_on(code(text, published=published), trigger), rule


def test_the_publication_year_decides_over_the_text(code: Callable[..., Record]) -> None:
    """Dated the year of the act, "officials said on Tuesday" is news; undated, the act's
    own year beside a weekday says it is told later."""
    text = "In 2024 Israel struck Iranian air defences, officials said on Tuesday."
    assert plovers_on(code(text, published="2024-06-01"), "struck") == ["ASSAULT"]
    assert plovers_on(code(text, published="2027-06-01"), "struck") == []
    assert plovers_on(code(text), "struck") == []


def _unit(parse: Parse, word: str) -> int:
    return span_years(parse, next(t for t in parse.tokens if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "years"),
    [
        ("Three decades ago the army came.", "decades", 30),
        ("Years ago the army came.", "Years", 2),
        ("A year ago the army came.", "year", 1),
        ("A generation ago the army came.", "generation", 25),
        ("Two weeks ago the army came.", "weeks", 0),
        ("The siege lasted 18 years.", "years", 18),
    ],
)
def test_the_years_a_span_names(
    parse_text: Callable[[str], Parse], text: str, word: str, years: int
) -> None:
    assert _unit(parse_text(text), word) == years


@pytest.mark.parametrize(
    ("text", "years", "now", "frame", "future"),
    [
        ("The rebels took the town in 1996.", [1996], False, False, False),
        ("The town now has a new mayor.", [], True, False, False),
        ("Residents still gather at the memorial.", [], True, True, False),
        ("The government will finish the dam by 2030.", [], False, False, True),
        ("The town has since been rebuilt.", [], True, False, False),
        ("These days he teaches history.", [], True, False, False),
        ("The war lasted a decade.", [], False, False, False),
        ("The army sent 2000 troops to the town.", [], False, False, False),
    ],
)
def test_what_a_sentence_says_of_its_time(
    parse_text: Callable[[str], Parse],
    text: str,
    years: list[int],
    now: bool,
    frame: bool,
    future: bool,
) -> None:
    found, (told_now, has_frame, about_future, *_after) = sentence_marks(parse_text(text), 0)
    assert (found, told_now, has_frame, about_future) == (years, now, frame, future)


@pytest.mark.parametrize(
    ("text", "later", "over"),
    [
        ("Twenty years on, the town is rebuilt.", True, False),
        ("Three years later the troops were back.", True, False),
        ("A week later the troops were back.", False, False),
        ("The war lasted a decade.", False, True),
        ("The siege lasted for two years.", False, True),
        ("The war has lasted a decade.", False, False),
        ("The war lasted a month.", False, False),
    ],
)
def test_a_sentence_told_years_after_the_ones_before(
    parse_text: Callable[[str], Parse], text: str, later: bool, over: bool
) -> None:
    _years, (*_rest, opens_later, span_over) = sentence_marks(parse_text(text), 0)
    assert (opens_later, span_over) == (later, over)


def test_a_sentence_years_on_looks_back_on_the_one_before(
    parse_text: Callable[[str], Parse],
) -> None:
    parse = parse_text(
        "Iraq invaded Kuwait in 1990. Thirty years on, the two countries trade freely. "
        "Officials met on Monday."
    )
    assert [_looked_back(parse, k) for k in range(3)] == [True, False, False]
    assert sentence_marks(parse, 1) is sentence_marks(parse, 1), "read once per sentence"
    found = passage(parse)
    assert found.years == ((1990, 0),) and found.after == frozenset({1})
    assert passage(parse) is found, "read once per parse"
