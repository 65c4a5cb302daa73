"""Acts a sentence dates to a year well before the article was written are history, not news.

Sentences are written for these tests. The rule needs the article's year (its publication
date, or the date the text bounds): an undated sentence's year may be its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.events import news_year
from tacitus.events.sense import act_year, is_history
from tacitus.parse import Parse
from tacitus.pipeline import Pipeline
from tacitus.records import Article, RawArticle, Record

#: (sentence, the word of the act, the year it is dated to)
DATED = [
    ("In 1973 Egypt and Syria attacked Israel.", "attacked", 1973),
    ("His plane was shot down over Hanoi in 1967.", "shot", 1967),
    ("Iraq invaded Kuwait in August 1990 and seized its oil fields.", "seized", 1990),
    ("Israel has occupied the West Bank since 1967.", "occupied", None),
    ("France will cut its troops in Mali by 2030.", "cut", None),
    ("Russia expelled two British diplomats on Monday.", "expelled", None),
]

#: Passages with a past act dated well before the publication date: no event.
HISTORY = [
    "Egypt and Syria are at peace with Israel today. In 1973 Egypt and Syria attacked Israel.",
    "The senator spoke of his war. His jet was shot down by North Vietnam over Hanoi in 1967.",
]
#: The same acts in the year of the article, or in a passage with no date and no later
#: time ("today" would date it: ``noevent_history``): events.
NEWS = [
    "Egypt and Syria are at war with Israel. In 2017 Egypt and Syria attacked Israel.",
    "Egypt and Syria were at war with Israel. In 1973 Egypt and Syria attacked Israel.",
]


def _token(parse: Parse, word: str) -> int:
    return next(t.i for t in parse.tokens if t.text == word)


@pytest.mark.parametrize(("text", "word", "year"), DATED)
def test_the_year_an_act_is_dated_to(
    parse_text: Callable[[str], Parse], text: str, word: str, year: int | None
) -> None:
    parse = parse_text(text)
    verb = parse.tokens[_token(parse, word)]
    assert act_year(parse, verb) == year
    assert is_history(parse, verb, 2018) is (year is not None)
    assert not is_history(parse, verb, None), "without the article's year nothing is history"
    if year is not None:
        assert not is_history(parse, verb, year + 1), "last year's act is still news"


def test_the_article_year_comes_from_a_date_the_text_bounds() -> None:
    assert news_year(Article("a", "x", published="2016-05-02")) == 2016
    assert news_year(Article("a", "x", role_date="2014-07-01", role_date_from="text")) == 2014
    assert news_year(Article("a", "x", role_date=None, role_date_from="today")) is None
    # office terms bound the writing date from above: no year to call older acts history by
    assert (
        news_year(Article("a", "x", role_date="2021-08-14", role_date_from="office_terms")) is None
    )


def _run(pipeline: Pipeline, texts: list[str], published: str | None) -> list[Record]:
    raws = [RawArticle(str(i), text=t, published=published) for i, t in enumerate(texts)]
    out = [o.record for o in pipeline.run(raws)]
    assert all(r is not None for r in out)
    return [r for r in out if r is not None]


def test_a_dated_past_act_is_no_event_of_a_later_article(pipeline: Pipeline) -> None:
    for record in _run(pipeline, HISTORY, "2018-03-01"):
        assert not record.events, [e.trigger for e in record.events]


def test_an_act_of_the_article_year_or_of_an_undated_article_is_coded(
    pipeline: Pipeline,
) -> None:
    dated, undated = _run(pipeline, NEWS[:1], "2017-10-10")[0], _run(pipeline, NEWS[1:], None)[0]
    assert any(e.root == "19" for e in dated.events)
    assert any(e.root == "19" for e in undated.events)


#: A court's procedure: no event between actors.
COURTS = [
    "The baker lost his case against the bank in Lyon on Friday. His lawyers said they "
    "would take the case to a higher court.",
    "The defence asked for more time to read the files. The judge refused and told the "
    "jury to return on Monday.",
    "The singer was convicted of fraud in Turin last year. Her lawyers said they would take "
    "the case to the supreme court.",
]
#: Acts of states, and a suit against one, stay events.
LAWSUITS = [
    "Ukraine will take its case against Russia to the International Court of Justice.",
    "The European Commission rejected Poland's request for more time.",
]


def test_a_court_procedure_is_no_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, COURTS, None):
        assert not record.events, [(e.cameo, e.trigger) for e in record.events]


def test_a_state_suit_or_a_rejection_by_a_state_body_is_coded(pipeline: Pipeline) -> None:
    sued, rejected = _run(pipeline, LAWSUITS, None)
    assert any(e.cameo == "115" for e in sued.events), [e.cameo for e in sued.events]
    assert any(e.root == "12" for e in rejected.events), [e.cameo for e in rejected.events]


#: Sport, told in words of war and retreat: no event.
SPORT = [
    "Naomi Osaka withdrew from the Madrid Open on Monday with a wrist injury. She hopes to "
    "play at Wimbledon.",
    "Uganda's runners led the Berlin Marathon for most of the day. The Kenyan champion "
    "pulled out with cramp after 25 kilometres.",
    "India resumed on 200 for three and Kohli hit a century before tea.",
    "Hungary's veteran striker hit a late winner against Sweden in the qualifier.",
]
#: A state withdrawing from a treaty or troops from a country, or hitting a town: events.
RETREATS = [
    "The United States withdrew from the Open Skies Treaty with Russia.",
    "Russia pulled its troops out of the border region with Ukraine after the talks.",
]


def test_sport_in_words_of_war_is_no_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, SPORT, None):
        assert not record.events, [(e.cameo, e.trigger) for e in record.events]


def test_a_state_withdrawal_stays_an_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, RETREATS, None):
        assert any(e.root in ("08", "12") for e in record.events), record.events


#: A campaign pledge, a chief executive resigning, a firm launching a phone: no event.
CAMPAIGN_AND_BUSINESS = [
    "On the bus tour through Ohio the governor promised to fight for rural schools.",
    "The carmaker's chief executive resigned on Friday after a year of losses. The board "
    "named the finance chief as interim head.",
    "Huawei unveiled its new phone in Shenzhen on Tuesday.",
]
#: The same verbs between states: events.
POLITICAL = [
    "The rebel commander vowed to fight the army for every village in the valley.",
    "Japan's foreign minister resigned over the talks with China.",
]


def test_a_campaign_pledge_or_a_firm_news_is_no_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, CAMPAIGN_AND_BUSINESS, None):
        assert not record.events, [(e.cameo, e.trigger) for e in record.events]


def test_a_threat_of_force_or_a_minister_resigning_stays_an_event(pipeline: Pipeline) -> None:
    vowed, resigned = _run(pipeline, POLITICAL, None)
    assert any(e.root == "13" for e in vowed.events), [e.cameo for e in vowed.events]
    assert any(e.root == "08" for e in resigned.events), [e.cameo for e in resigned.events]


#: An event noun in a life story: history, no event.
LIFE = [
    "Born in Tunis in 1941, the poet joined the resistance as a boy and was wounded in an "
    "ambush by French soldiers. He moved to Lyon in 1970.",
]
#: An event noun in the news: an event.
AMBUSH = ["Two Malian soldiers were wounded in an ambush by jihadist fighters on Sunday."]


def test_an_event_noun_in_a_life_story_is_no_event(pipeline: Pipeline) -> None:
    (life,) = _run(pipeline, LIFE, None)
    assert not life.events, [(e.cameo, e.trigger) for e in life.events]
    (news,) = _run(pipeline, AMBUSH, None)
    assert any(e.root in ("18", "19") for e in news.events), [e.cameo for e in news.events]


#: Obituaries: the life story told after the death is no news.
OBITUARIES = [
    "Ahmed Saleh, the former foreign minister, died on Sunday at 88. He was arrested by the "
    "army in 1971 and held for two years. He later led the opposition.",
    "The general died on Monday in Cairo. He was 91. He fought Israel in two wars.",
    "The actor, who died at 70, grew up in Beirut. Militiamen shelled his school in 1976.",
]
#: A death in the news, and what others did after it: events.
DEATH_NEWS = [
    "Two soldiers died on Sunday when rebels attacked their convoy near Goma. The army "
    "said it shelled rebel positions in response.",
]


def test_an_obituary_life_story_is_no_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, OBITUARIES, None):
        assert not record.events, [(e.cameo, e.trigger) for e in record.events]


def test_a_death_in_the_news_leaves_the_acts_around_it_coded(pipeline: Pipeline) -> None:
    (news,) = _run(pipeline, DEATH_NEWS, None)
    assert {e.trigger for e in news.events} >= {"attacked", "shelled"}, news.events


#: A profile's early life: no event.
YOUTH = [
    "The new finance minister trained as an engineer. As a student she marched against the "
    "junta and was detained by police in Santiago.",
]
#: The same act in the news: an event.
DETAINED = ["Police in Santiago detained the student leader on Tuesday."]


def test_a_profile_early_life_is_no_event(pipeline: Pipeline) -> None:
    (youth,) = _run(pipeline, YOUTH, None)
    assert not youth.events, [(e.cameo, e.trigger) for e in youth.events]
    (news,) = _run(pipeline, DETAINED, None)
    assert any(e.root == "17" for e in news.events), [e.cameo for e in news.events]


def test_a_decade_dates_an_act(parse_text: Callable[[str], Parse]) -> None:
    parse = parse_text("Washington armed the rebels in the 1980s.")
    assert act_year(parse, parse.tokens[_token(parse, "armed")]) == 1980


#: A leader urging their own side to campaign: no event.
CANVASS = [
    "Labour's leader urged party members to volunteer for the final week of canvassing.",
]
#: An appeal to a government: an event.
APPEAL = ["The European Union urged Turkey to release the detained journalists."]


def test_urging_ones_own_side_to_canvass_is_no_event(pipeline: Pipeline) -> None:
    (canvass,) = _run(pipeline, CANVASS, None)
    assert not canvass.events, [(e.cameo, e.trigger) for e in canvass.events]
    (appeal,) = _run(pipeline, APPEAL, None)
    assert any(e.root == "02" for e in appeal.events), [e.cameo for e in appeal.events]


#: A club signing a player, a judge keeping a trial going: no event.
ROUTINE = [
    "The Chicago Bears signed a veteran linebacker to a one-year deal on Friday.",
    "The defence asked for a delay. The judge refused and ordered the trial to continue.",
]
#: A state signing a deal: an event.
SIGNED = ["Chile signed a trade agreement with Vietnam on Friday."]


def test_a_player_signing_or_a_trial_going_on_is_no_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, ROUTINE, None):
        assert not record.events, [(e.cameo, e.trigger) for e in record.events]
    (signed,) = _run(pipeline, SIGNED, None)
    assert any(e.root == "05" for e in signed.events), [e.cameo for e in signed.events]


#: Contests: a city beating out rivals for a bid, a candidate conceding: no event.
CONTESTS = [
    "The Democratic National Committee picked Denver for its convention, beating out Atlanta.",
    "The Liberal candidate, the former mayor of Perth, conceded defeat on Saturday night.",
]


def test_a_won_bid_or_a_conceded_election_is_no_event(pipeline: Pipeline) -> None:
    for record in _run(pipeline, CONTESTS, None):
        assert not record.events, [(e.cameo, e.trigger) for e in record.events]
