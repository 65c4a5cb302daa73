"""Tests for the dates stage: patterns, calendar rules, tense, event dates."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.dates import date_event, find_dates, make_stage
from tacitus.dates.calendar import parse_anchor, value
from tacitus.parse import Parse
from tacitus.pipeline import Document
from tacitus.records import Article, DateRef, Event, RawArticle, Record
from tacitus.settings import Settings

SUNDAY = "2021-03-14"  # a Sunday


def one(text: str, published: str | None = SUNDAY) -> tuple[str | None, str | None]:
    refs = find_dates(text, published)
    assert len(refs) == 1, refs
    return refs[0].date, refs[0].precision


def test_weekday_on_the_publication_day_is_that_day() -> None:
    assert one("The minister arrived in the capital on Sunday.") == ("2021-03-14", "day")


def test_weekday_in_a_past_clause_is_the_latest_one() -> None:
    assert one("Earlier on Saturday, the mayor opened the bridge.") == ("2021-03-13", "day")
    assert one("The convoy left on Friday.") == ("2021-03-12", "day")
    assert one("Fighting broke out late Thursday.") == ("2021-03-11", "day")


def test_last_and_next_weekday_are_strictly_before_and_after() -> None:
    assert one("The court ruled last Sunday.") == ("2021-03-07", "day")
    assert one("The court rules next Sunday.") == ("2021-03-21", "day")
    assert one("The court ruled last Wednesday.") == ("2021-03-10", "day")


def test_day_words_and_counts_back() -> None:
    assert one("Rebels shelled the town yesterday.") == ("2021-03-13", "day")
    assert one("The strike ends today.") == ("2021-03-14", "day")
    assert one("Voting starts tomorrow morning.") == ("2021-03-15", "day")
    assert one("The envoy arrived two days ago.") == ("2021-03-12", "day")
    assert one("The pact was signed three years ago.") == ("2018", "year")


def test_nights_mornings_and_weekends() -> None:
    assert one("Rockets hit the base last night.", "2021-03-17") == ("2021-03-16", "day")
    assert one("The cabinet met this morning.") == ("2021-03-14", "day")
    # Wednesday 17 March: last weekend is 13-14 March, inside one month.
    assert one("Thousands marched last weekend.", "2021-03-17") == ("2021-03", "month")
    assert one("Thousands marched last weekend.", "2021-05-05") == ("2021-05", "month")
    assert one("Thousands marched last weekend.", "2020-11-04") == ("2020", "year")


def test_units_shift_from_the_publication_date() -> None:
    assert one("Exports fell last year.") == ("2020", "year")
    assert one("Elections are due next month.") == ("2021-04", "month")
    # Monday 8 to Sunday 14 March: one month holds the whole week.
    assert one("Talks resumed this week.") == ("2021-03", "month")
    # A week across two months is known only to its year.
    assert one("Talks resumed this week.", "2021-06-02") == ("2021", "year")


def test_yearless_date_in_a_january_article_is_last_year() -> None:
    assert one("The ceasefire collapsed on December 28.", "2020-01-06") == ("2019-12-28", "day")


def test_yearless_date_just_ahead_beats_one_a_year_back() -> None:
    assert one("The bank extended its offer to Nov. 20.", "1995-11-02") == ("1995-11-20", "day")


def test_absolute_dates() -> None:
    assert one("The accord of June 2, 2019 holds.") == ("2019-06-02", "day")
    assert one("On 2 June 2019 the accord was signed.") == ("2019-06-02", "day")
    assert one("Filed 2016-05-01 in Geneva.") == ("2016-05-01", "day")
    assert one("Posted 2016-05-01T09:30:00Z.", None) == ("2016-05-01", "day")
    assert one("Clashes began in March 2016.") == ("2016-03", "month")
    assert one("The war ended in 2016.") == ("2016", "year")
    assert one("He retired in March.") == ("2021-03", "month")
    assert one("In nineteen ninety-six the dam burst.") == ("1996", "year")


def test_month_with_a_relative_year() -> None:
    assert one("The army withdrew in June last year.") == ("2020-06", "month")


def test_quarters_and_halves_resolve_to_their_year() -> None:
    assert one("Profit rose in the fourth quarter.") == ("2020", "year")
    assert one("Profit rose in the first half of 2019.") == ("2019", "year")


def test_reference_time_for_the_following_year() -> None:
    refs = find_dates(
        "He became a general on May 3, 2004, and the following year he resigned.", SUNDAY
    )
    assert [(r.text, r.date) for r in refs] == [
        ("on May 3, 2004", "2004-05-03"),
        ("the following year", "2005"),
    ]


def test_previous_and_following_weekday_count_from_the_date_before() -> None:
    refs = find_dates("Shares fell on March 3, 2021, and rose the following Monday.", SUNDAY)
    assert [r.date for r in refs] == ["2021-03-03", "2021-03-08"]


def test_numeric_dates_read_month_first_unless_impossible() -> None:
    assert one("Filed 03/04/2019 in court.") == ("2019-03-04", "day")
    assert one("Filed 25/12/2019 in court.") == ("2019-12-25", "day")


def test_not_dates() -> None:
    assert find_dates("Talks may resume if both sides agree.", SUNDAY) == []
    assert find_dates("Protesters march to the square.", SUNDAY) == []
    assert find_dates("The fund paid $2019 and 2018% more.", SUNDAY) == []
    assert find_dates("A quarter of the voters stayed home.", SUNDAY) == []


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    refs = find_dates(
        "The envoy left on Friday and returns next month; the pact dates from 2016.", None
    )
    assert [(r.text, r.date, r.precision) for r in refs] == [
        ("on Friday", None, None),
        ("next month", None, None),
        ("2016", "2016", "year"),
    ]


def test_values_name_the_finest_unit_that_holds_the_interval() -> None:
    d = parse_anchor("2019-06-02T10:00:00")
    assert d is not None
    assert value((d, d)) == ("2019-06-02", "day")
    assert parse_anchor("not a date") is None


def _event(text: str, span: tuple[int, int], trigger: str) -> Event:
    return Event(
        "e1", None, None, "042", "04", None, 1, 1.9, False, "asserted",
        text[span[0] : span[1]], span, trigger, 0.8, "test",
    )  # fmt: skip


def test_event_takes_the_date_in_its_span_else_the_publication_date() -> None:
    text = "The envoy met the king on Friday. The talks continue."
    refs = find_dates(text, SUNDAY)
    dated = date_event(_event(text, (0, 33), "met"), refs, None, SUNDAY)
    assert (dated.date, dated.date_precision) == ("2021-03-12", "day")
    undated = date_event(_event(text, (34, 53), "continue"), refs, None, SUNDAY)
    assert (undated.date, undated.date_precision) == (SUNDAY, "day")
    nothing = date_event(_event(text, (34, 53), "continue"), [], None, None)
    assert (nothing.date, nothing.date_precision) == (None, None)


def test_stage_uses_the_settings_date_when_the_article_has_none() -> None:
    stage = make_stage(Settings(published=SUNDAY))
    text = "The envoy met the king on Friday."
    doc = Document(RawArticle("<t>"), article=Article("a", text))
    out = stage(doc)
    assert out.dates == (DateRef("on Friday", "2021-03-12", "day", (23, 32)),)


@pytest.mark.model
def test_future_clause_takes_the_next_weekday(parse_text: Callable[[str], Parse]) -> None:
    text = "The two leaders will meet on Saturday in Oslo."
    refs = find_dates(text, SUNDAY, parse_text(text))
    assert [(r.text, r.date) for r in refs] == [("on Saturday", "2021-03-20")]
    text = "The leaders met on Saturday, and said they will meet again on Friday."
    refs = find_dates(text, SUNDAY, parse_text(text))
    assert [r.date for r in refs] == ["2021-03-13", "2021-03-19"]


@pytest.mark.model
def test_event_takes_the_date_its_trigger_governs(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "A police chief told reporters on Friday that gunmen had attacked the post late Wednesday."
    )
    parse = parse_text(text)
    refs = find_dates(text, SUNDAY, parse)
    attack = date_event(_event(text, (0, len(text)), "attacked"), refs, parse, SUNDAY)
    told = date_event(_event(text, (0, len(text)), "told"), refs, parse, SUNDAY)
    assert (attack.date, told.date) == ("2021-03-10", "2021-03-12")


@pytest.mark.model
def test_a_month_in_a_past_clause_is_a_past_month(parse_text: Callable[[str], Parse]) -> None:
    text = "The two parties signed the accord in March."
    refs = find_dates(text, "2020-01-20", parse_text(text))
    assert [r.date for r in refs] == ["2019-03"]
    text = "The two parties will sign the accord in March."
    refs = find_dates(text, "2020-01-20", parse_text(text))
    assert [r.date for r in refs] == ["2020-03"]


@pytest.mark.model
def test_a_count_is_not_a_year(parse_text: Callable[[str], Parse]) -> None:
    text = "About 2000 people fled the town in 2015."
    refs = find_dates(text, SUNDAY, parse_text(text))
    assert [r.date for r in refs] == ["2015"]


@pytest.mark.model
def test_pipeline_records_dates(code: Callable[..., Record]) -> None:
    rec = code("KABUL: The delegation arrived in Kabul on Saturday for talks.", published=SUNDAY)
    assert [(d.text, d.date, d.precision) for d in rec.dates] == [
        ("on Saturday", "2021-03-13", "day")
    ]
    assert rec.to_dict()["dates"][0]["span"] == list(rec.dates[0].span)


def test_named_days_are_not_weekdays() -> None:
    refs = find_dates("Crowds marked the Good Friday accord; on Friday they marched.", SUNDAY)
    assert [(r.text, r.date) for r in refs] == [("on Friday", "2021-03-12")]


def test_year_relative_words() -> None:
    assert one("Profit beat the year-earlier figure.") == ("2020", "year")
    assert one("The deal should close by year-end.") == ("2021", "year")
    assert one("Sales slowed earlier in the year.") == ("2021", "year")
    assert one("Growth was weak in the current fiscal year.") == ("2021", "year")
    assert one("The firm expects a loss for the full year.") == ("2021", "year")
    assert find_dates("The year before, the firm lost money.", SUNDAY) == []


def test_spelled_years_of_broadcast_transcripts() -> None:
    assert one("By the year two thousand and five the road was built.") == ("2005", "year")
    assert one("In January nineteen eighty-nine the wall still stood.") == ("1989-01", "month")


@pytest.mark.model
def test_dates_inside_names_are_not_dates(parse_text: Callable[[str], Parse]) -> None:
    text = "The Sunday Times said on Monday that Theresa May had resigned."
    refs = find_dates(text, SUNDAY, parse_text(text))
    assert [r.text for r in refs] == ["on Monday"]


@pytest.mark.model
def test_a_date_in_a_clause_below_the_trigger_does_not_date_it(
    parse_text: Callable[[str], Parse],
) -> None:
    text = "Farmers have resumed a march that last year crossed three provinces."
    parse = parse_text(text)
    refs = find_dates(text, SUNDAY, parse)
    resumed = date_event(_event(text, (0, len(text)), "resumed"), refs, parse, SUNDAY)
    crossed = date_event(_event(text, (0, len(text)), "crossed"), refs, parse, SUNDAY)
    assert (resumed.date, resumed.date_precision) == (SUNDAY, "day")
    assert (crossed.date, crossed.date_precision) == ("2020", "year")


WORDS = st.sampled_from(
    [
        "on",
        "last",
        "next",
        "this",
        "the",
        "in",
        "of",
        "May",
        "March",
        "June",
        "2",
        "28",
        "2019",
        "1999",
        "Friday",
        "Saturday",
        "ago",
        "two",
        "a",
        "year",
        "years",
        "week",
        "month",
        "quarter",
        "third",
        "yesterday",
        ",",
        "",
        ".",
        "-",
        "nineteen",
        "ninety-six",
        "weekend",
        "late",
        "Earlier",
        "$",
        "%",
        "fiscal",
        "early",
        "mid",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=14), st.sampled_from([None, SUNDAY, "2020-02-29"]))
def test_spans_index_the_text_and_never_overlap(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    refs = find_dates(text, published)
    end = -1
    for r in refs:
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.span[0] >= end
        end = r.span[1]
        assert (r.date is None) == (r.precision is None)
        if r.date is not None:
            assert len(r.date) == {"day": 10, "month": 7, "year": 4}[r.precision or ""]
