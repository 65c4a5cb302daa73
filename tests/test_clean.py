"""The clean stage on articles written for the tests in scraped-site styles (no model)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.clean import make_stage, not_prose
from tacitus.clean.language import detect
from tacitus.clean.text import clean_text, find_dateline, parse_date_line
from tacitus.errors import StageError
from tacitus.ingest import read_inputs
from tacitus.pipeline import Document
from tacitus.records import Article, RawArticle
from tacitus.settings import Settings
from tacitus.text import content_id

FIX = Path(__file__).parent / "fixtures" / "clean"
STAGE = make_stage(Settings())


def clean_raw(raw: RawArticle) -> Document:
    return STAGE(Document(raw))


def clean_file(name: str) -> Article:
    raw = next(read_inputs([str(FIX / name)]))
    assert isinstance(raw, RawArticle), raw
    doc = clean_raw(raw)
    assert doc.article is not None, doc.skipped
    return doc.article


def test_stage_declares_reads_and_writes() -> None:
    assert (STAGE.name, STAGE.reads, STAGE.writes) == ("clean", ("raw",), ("article",))


def test_crumbs_repeated_title_desk_byline_author_box_and_teaser() -> None:
    a = clean_file("crumbs_desk.txt")
    assert a.title == "Herat governor opens border market with ‘hope for trade’"
    assert a.byline == "HT News"
    assert a.dateline is not None and a.dateline.name == "Herat"
    start, end = a.dateline.mentions[0]
    assert a.text[start:end] == "HERAT"
    assert a.text.startswith("HERAT: The governor")  # the dateline stays in the text
    for junk in ("Home /", "HT News", "About editor", "Check Also", "Balkh", "…"):
        assert junk not in a.text
    assert a.title not in a.text
    assert a.text.count("\n\n") == 3  # four paragraphs kept apart
    assert a.text.endswith("praised the move.")


def test_single_newline_paragraphs_deck_agency_tail_and_comment_form() -> None:
    a = clean_file("single_newline_agency.txt")
    assert a.title == "Ministers agree to reopen Lahore rail link next month"
    assert a.dateline is not None and a.dateline.name == "Lahore"
    assert a.text.startswith("LAHORE: Transport ministers")
    assert a.text.endswith("a dispute over customs fees.")
    for junk in ("Agencies", "Please enter", "Freight trains to run first", "timetable"):
        assert junk not in a.text
    assert a.text.count("\n\n") == 4  # single-newline lines are paragraphs


def test_by_byline_date_line_share_and_subscribe_lines() -> None:
    a = clean_file("byline_share.txt")
    assert a.title == "UN council extends Somalia mission for a year"
    assert a.byline == "Jane Roe"
    assert a.published == "2021-06-03"
    assert a.dateline is not None and a.dateline.name == "New York"
    for junk in ("Share on", "Tweet", "Subscribe", "Advertisement", "Related", "Kenya sends"):
        assert junk not in a.text
    # body sentences that start like boilerplate survive
    assert "About 30 people were killed" in a.text
    assert "Share prices in Nairobi rose" in a.text


def test_html_page_through_trafilatura_with_metadata() -> None:
    a = clean_file("page.html")
    assert a.title == "Yemen parties swap prisoners in Aden"
    assert a.published == "2022-05-14"
    assert a.byline == "Sam Doe"
    assert a.dateline is not None and a.dateline.name == "Aden"
    assert a.text.startswith("ADEN: The Yemeni government")
    assert a.text.count("\n\n") == 2
    for junk in ("Home", "Great news", "do not believe", "Saudi Arabia hosts", "©", "Share on"):
        assert junk not in a.text


def test_id_from_raw_or_content_hash_of_cleaned_text() -> None:
    body = "KABUL: The envoy met officials on Monday. Both sides called it useful."
    scraped = f"Envoy meets officials\n\nAT News\n\n{body}\n\nAbout admin\n\nCheck Also\n\nOther"
    a = clean_raw(RawArticle("x", text=scraped)).article
    b = clean_raw(RawArticle("y", text=body)).article
    assert a is not None and b is not None
    assert a.id == b.id == content_id(b.text)  # the same article, whatever the boilerplate
    c = clean_raw(RawArticle("z", text=body, id="wire-7")).article
    assert c is not None and c.id == "wire-7"


def test_published_from_raw_then_text_then_settings() -> None:
    text = "Talks resume\n\nMarch 4, 2020\n\nDOHA: Negotiators met again on Tuesday, aides said."
    a = clean_raw(RawArticle("x", text=text, published="2020-03-05")).article
    assert a is not None and a.published == "2020-03-05"
    a = clean_raw(RawArticle("x", text=text)).article
    assert a is not None and a.published == "2020-03-04"
    stage = make_stage(Settings(published="2019-01-01"))
    a = stage(Document(RawArticle("x", text="The talks ended on Monday."))).article
    assert a is not None and a.published == "2019-01-01"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("June 3, 2021", "2021-06-03"),
        ("Published: 14 May 2022", "2022-05-14"),
        ("Updated on Sunday, 2 June 2019 10:15 PM PKT", "2019-06-02"),
        ("2020-02-29", "2020-02-29"),
        ("February 30, 2020", None),
        ("June talks end", None),
    ],
)
def test_date_lines(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KABUL: The envoy arrived.", "Kabul"),
        ("NEW DELHI — Officials met.", "New Delhi"),
        ("WASHINGTON (AP) — The senate voted.", "Washington"),
        ("DERA ISMAIL KHAN, Jan 5 - Police said.", "Dera Ismail Khan"),
        ("Kabul (Reuters) - The envoy arrived.", "Kabul"),
        ("Kabul, June 3 — The envoy arrived.", "Kabul"),
        ("Lashkar Gah, Afghanistan (AFP) — Fighting went on.", "Lashkar Gah"),
        ("KABUL, Afghanistan (AP) — The envoy arrived.", "Kabul"),
        ("Officials, June said — nothing.", None),
        ("UPDATE: The envoy arrived.", None),
        ("US officials said the envoy arrived.", None),
        ("ISLAMABAD-based analysts said so.", None),
        ("The envoy arrived in KABUL: officials.", None),
    ],
)
def test_dateline(text: str, place: str | None) -> None:
    found = find_dateline(text)
    if place is None:
        assert found is None
    else:
        assert found is not None
        name, (s, e) = found
        assert name == place
        assert text[s:e].lower() == place.lower()


def test_non_english_is_skipped_with_a_message() -> None:
    german = (
        "BERLIN: Die Bundesregierung hat am Montag neue Sanktionen beschlossen. Das sagte ein "
        "Sprecher der Regierung, der nicht genannt werden wollte. Die Maßnahmen sollen noch in "
        "dieser Woche in Kraft treten, hieß es."
    )
    doc = clean_raw(RawArticle("de.txt", text=german))
    assert doc.article is None
    assert doc.skipped is not None and "language de" in doc.skipped
    assert "not English" in doc.skipped


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Le gouvernement a annoncé mardi que les négociations avec les rebelles sont "
            "suspendues pour une durée indéterminée, selon un porte-parole du ministère.",
            "fr",
        ),
        (
            "El gobierno anunció el martes que las negociaciones con los rebeldes se suspenden "
            "por tiempo indefinido, según un portavoz del ministerio del interior.",
            "es",
        ),
        ("أعلنت الحكومة يوم الثلاثاء أن المفاوضات مع المتمردين علقت إلى أجل غير مسمى", "ar"),
        ("Правительство объявило во вторник, что переговоры с повстанцами приостановлены", "ru"),
        (
            "Serikali ya Kenya imetangaza kuwa mazungumzo na waasi yameahirishwa hadi wiki "
            "ijayo, msemaji wa wizara alisema Jumatatu. Wabunge wengi walikubaliana na uamuzi huo "
            "lakini wengine walipinga vikali, wakisema kuwa serikali inapaswa kuendelea na "
            "mazungumzo bila kuchelewa zaidi.",
            "sw",
        ),
        ("Talks resumed.", "en"),
        ("Kabul", "en"),
        ("Taliban seize Kunduz", "en"),
        (
            "KABUL: Ashraf Ghani met Abdullah Abdullah, Amrullah Saleh and Hamdullah Mohib in "
            "Kabul on Monday, according to Arg Palace.",
            "en",
        ),
        (
            "The envoy, Jean-Yves Le Drian, met the Spanish minister Arancha González Laya in "
            "Madrid, where de la Rosa and El Pais reporters asked about the talks.",
            "en",
        ),
    ],
)
def test_language_detection(text: str, code: str) -> None:
    assert detect(text).code == code


def test_twelve_megabytes_without_a_sentence_end_is_refused_quickly() -> None:
    blob = "word " * 2_400_000
    t0 = time.perf_counter()
    assert not_prose(blob) is not None
    with pytest.raises(StageError, match="not prose"):
        clean_raw(RawArticle("big.txt", text=blob))
    assert time.perf_counter() - t0 < 2.0
    assert not_prose("A sentence. " * 100_000) is None


def test_overlong_text_is_cut_with_a_recorded_error() -> None:
    stage = make_stage(Settings(max_chars=1000))
    text = "\n\n".join(f"Paragraph {i} tells what the envoy said on Monday." for i in range(60))
    doc = stage(Document(RawArticle("long.txt", text=text)))
    assert doc.article is not None and len(doc.article.text) <= 1000
    assert doc.errors and "cut" in doc.errors[0].message


def test_only_boilerplate_and_empty_html_fail_with_a_reason() -> None:
    with pytest.raises(StageError, match="no article text in the HTML"):
        clean_raw(RawArticle("e.html", html="<html><head><title>x</title></head></html>"))
    with pytest.raises(StageError, match="no text"):
        clean_raw(RawArticle("e.txt", text="   \n "))


def test_deeply_nested_html_does_not_crash() -> None:
    para = "<p>ROME: The minister resigned on Sunday after losing a vote, aides said.</p>"
    page = "<html><body>" + "<div>" * 5000 + para + "</div>" * 5000 + "</body></html>"
    doc = clean_raw(RawArticle("deep.html", html=page))
    assert doc.article is not None
    assert doc.article.text.startswith("ROME: The minister resigned")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=120),
            st.sampled_from(
                [
                    "Home / News / A title",
                    "About admin",
                    "Check Also",
                    "KABUL: The envoy met officials.",
                    "AT News",
                    "By Jane Roe",
                    "Share on Facebook",
                    "Please enter your comment!",
                    "It ended. …Agencies",
                    "",
                ]
            ),
        ),
        max_size=12,
    )
)
def test_cleaner_properties_on_arbitrary_text(lines: list[str]) -> None:
    raw = "\n".join(lines)
    c = clean_text(raw)
    assert "\n\n\n" not in c.text
    assert c.text == c.text.strip()
    for par in c.text.split("\n\n") if c.text else []:
        assert par and par == par.strip() and "\n" not in par
    if c.dateline_span is not None:
        s, e = c.dateline_span
        assert 0 <= s < e <= len(c.text)
        assert c.text[s:e].lower() == (c.dateline or "").lower()
    if c.title is not None:
        assert "\n" not in c.title


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_stage_never_crashes_on_arbitrary_text(text: str) -> None:
    try:
        doc = clean_raw(RawArticle("h", text=text))
    except StageError:
        return  # a refusal with a reason is fine; any other exception is a bug
    if doc.article is not None:
        assert doc.article.text
        assert doc.article.id == content_id(doc.article.text)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Roe", "Jane Roe"),
        ("By Jane Roe and John Doe | Reuters", "Jane Roe and John Doe"),
        ("By Ahmad Shah Mohammadi, Kabul", "Ahmad Shah Mohammadi"),
        ("Written by Lisa M. Smith – Updated 3 hours ago", "Lisa M. Smith"),
        ("Posted by admin on June 3, 2021", None),
        ("Bylaw changes approved", None),
    ],
)
def test_by_bylines(line: str, name: str | None) -> None:
    text = f"Council meets\n\n{line}\n\nKABUL: The council met on Monday, officials said."
    c = clean_text(text)
    assert c.byline == name
    assert line not in c.text
    assert c.text.startswith("KABUL:")


def test_html_title_without_site_name_and_cms_author_dropped() -> None:
    body = (
        "<p>KABUL: The envoy met officials on Monday, a spokesman said.</p>"
        "<p>Both sides called it useful and agreed to meet again next week.</p>"
    )
    page = (
        "<html><head><title>Envoy meets officials in Kabul | Daily Site</title>"
        "<meta name='author' content='admin'></head><body><article>"
        f"<h1>Envoy meets officials in Kabul</h1>{body}</article></body></html>"
    )
    a = clean_raw(RawArticle("p.html", html=page)).article
    assert a is not None
    assert a.title == "Envoy meets officials in Kabul"
    assert a.byline is None
    assert not a.text.startswith("Envoy meets")


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    text = (
        "Talks to resume in Doha\n\n"
        "KABUL: The envoy met officials on Monday, a spokesman\n"
        "said, adding that the talks would resume in Doha next\n"
        "week after a pause of several months.\n\n"
        "Both sides called the meeting useful and said they\n"
        "hoped for progress.\n"
    )
    c = clean_text(text)
    assert c.title == "Talks to resume in Doha"
    assert c.text.split("\n\n") == [
        "KABUL: The envoy met officials on Monday, a spokesman said, adding that the talks "
        "would resume in Doha next week after a pause of several months.",
        "Both sides called the meeting useful and said they hoped for progress.",
    ]


def test_wire_credit_lines_are_dropped() -> None:
    text = (
        "DOHA: Negotiators met on Tuesday and agreed to meet again, a spokesman said.\n\n"
        "Reporting restrictions on the talks were lifted on Monday.\n\n"
        "Reporting by Jane Roe in Doha; Editing by John Doe\n\n"
        "(With inputs from agencies)\n"
    )
    c = clean_text(text)
    assert c.text.endswith("were lifted on Monday.")
    assert "Editing" not in c.text and "inputs" not in c.text


def test_huge_pages_skip_trafilatura_and_stay_fast() -> None:
    para = "<p>The envoy met officials on Monday, a spokesman said.</p>"
    page = "<html><body>" + para * 2_000 + "</body></html>"  # past trafilatura's limit
    t0 = time.perf_counter()
    doc = clean_raw(RawArticle("dump.html", html=page))
    assert time.perf_counter() - t0 < 5.0
    assert doc.article is not None and doc.article.text.count("\n\n") > 1000
    blob = "<html><body><p>" + "word " * 2_400_000 + "</p></body></html>"
    t0 = time.perf_counter()
    with pytest.raises(StageError, match="not prose"):
        clean_raw(RawArticle("blob.html", html=blob))
    assert time.perf_counter() - t0 < 5.0


def test_a_text_field_holding_a_page_is_read_as_html() -> None:
    page = (
        "<!DOCTYPE html><html><body><nav>Home | World</nav><article><p>DOHA: Negotiators "
        "met on Tuesday and agreed to meet again next week, a spokesman said.</p></article>"
        "</body></html>"
    )
    a = clean_raw(RawArticle("w.jsonl:1", text=page)).article
    assert a is not None and a.text.startswith("DOHA: Negotiators met")
    assert "<" not in a.text and "Home" not in a.text


def test_menu_lines_before_the_title_are_not_taken_for_it() -> None:
    text = (
        "Skip to content\nHome\nMenu\nSearch\n\nRebels free aid workers in Darfur\n\n"
        "Staff Report\n\nEL FASHER: Rebels freed six aid workers on Friday, the UN said."
    )
    c = clean_text(text)
    assert c.title == "Rebels free aid workers in Darfur"
    assert c.byline == "Staff Report"
    assert c.dateline == "El Fasher"
    assert c.text == "EL FASHER: Rebels freed six aid workers on Friday, the UN said."


def test_teasers_inside_the_body_are_dropped_and_the_body_goes_on() -> None:
    text = (
        "Floods hit Sindh\n\n"
        "KARACHI: Floods displaced thousands of families in Sindh on Sunday, officials said.\n\n"
        "Also Read: Heatwave grips Punjab as power cuts spread\n\n"
        "Rescue teams reached the worst-hit villages by boat.\n\n"
        "READ MORE\n\nPrime minister visits flood camps\n\n"
        "Facebook Twitter WhatsApp Email\n\n"
        "The army said more troops would be sent on Monday.\n\n"
        "The post Floods hit Sindh appeared first on Daily Site.\n"
    )
    c = clean_text(text)
    assert c.text.split("\n\n") == [
        "KARACHI: Floods displaced thousands of families in Sindh on Sunday, officials said.",
        "Rescue teams reached the worst-hit villages by boat.",
        "The army said more troops would be sent on Monday.",
    ]


_HTML_BITS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<html>",
        "<body>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<",
        ">",
        "&amp;",
        "&#0;",
        "<h1>",
        "</h1>",
        "<br/>",
        "<?xml?>",
        "<![CDATA[",
        " ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_HTML_BITS, st.text(max_size=40)), max_size=30))
def test_stage_never_crashes_on_arbitrary_html(bits: list[str]) -> None:
    page = "".join(bits)
    try:
        doc = clean_raw(RawArticle("h.html", html=page))
    except StageError:
        return
    if doc.article is not None:
        assert "<p>" not in doc.article.text
