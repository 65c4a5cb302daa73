"""Tests for the quotes stage: marks, cues, indirect speech and speakers.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.quotes import extract_quotes
from tacitus.quotes.lexicon import SENTENCE_BREAK, cues
from tacitus.quotes.marks import find_segments, is_short, is_title
from tacitus.records import Quote, Record

# --- character level: no model ---------------------------------------------------------


def test_curly_and_straight_segments() -> None:
    text = 'He said “we are ready” and she said "so are we" today.'
    segs = find_segments(text)
    assert [text[s.start : s.end] for s in segs] == ["“we are ready”", '"so are we"']
    assert all(s.closed for s in segs)


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "“The first part goes on\n“and the second part ends.”"
    segs = find_segments(text)
    assert len(segs) == 2
    assert not segs[0].closed and text[segs[0].start : segs[0].end] == "“The first part goes on"
    assert segs[1].closed


def test_nested_marks_stay_inside() -> None:
    text = '"The sign read “Keep Out” in red letters," the guard said.'
    segs = find_segments(text)
    assert len(segs) == 1 and text[segs[0].end - 1] == '"'


def test_apostrophes_and_inch_marks_open_nothing() -> None:
    text = "It's a 12\" pipe, the plumber's size."
    assert find_segments(text) == []


def test_titles_and_scare_quotes() -> None:
    text = "She starred in the film “Silent Valley Road” last year."
    (seg,) = find_segments(text)
    assert is_title(text, seg)
    text = "The group called the rebels “bandits” again."
    (seg,) = find_segments(text)
    assert is_short(text, seg)
    text = "“We will never accept a deal written in another capital,” she said."
    (seg,) = find_segments(text)
    assert not is_title(text, seg) and not is_short(text, seg)


def test_sentence_break_skips_abbreviations() -> None:
    assert not SENTENCE_BREAK.search(" Mr. Tanaka ")
    assert not SENTENCE_BREAK.search(" at 9 a.m. Tanaka ")
    assert SENTENCE_BREAK.search(" it ended. Then ")


def test_cue_table_loads_with_objects() -> None:
    table = cues()
    assert table["say"].kind == "speech"
    assert table["call"].object == "for|on|-"
    assert table["according to"].kind == "via" and table["in"].object == "noun"
    assert table["cite"].object == "-"


# --- with the model ----------------------------------------------------------------------


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


@pytest.mark.model
def test_direct_quote_with_cue_after(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("“The bridge will reopen next month,” Mayor Elena Brandt said on Monday.")
    assert q.kind == "direct" and q.cue == "said"
    assert q.text == "The bridge will reopen next month,"
    assert speaker(q) == "Elena Brandt"


@pytest.mark.model
def test_split_quote_has_one_speaker(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = '"Our forces," the general said, "are ready to hold the northern pass for weeks."'
    qs = quotes(text)
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert qs[0].speaker is not None and qs[0].speaker == qs[1].speaker
    assert qs[0].speaker_span == qs[1].speaker_span
    assert text[qs[0].speaker_span[0] : qs[0].speaker_span[1]] == "the general"  # type: ignore[index]  # asserted not None above


@pytest.mark.model
def test_quote_after_a_colon(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "Foreign Minister Ravi Menon wrote on Twitter: “Our talks in Geneva were frank "
        "and useful, and they will go on next week.”"
    )
    (q,) = quotes(text)
    assert q.cue == "wrote" and speaker(q) == "Ravi Menon"
    text = "Menon said in a tweet, “The ceasefire must hold for the aid convoys to move.”"
    (q,) = quotes(text)
    assert q.cue == "said" and speaker(q) == "Menon"


@pytest.mark.model
def test_pronoun_resolves_to_the_named_person(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Defence chief Omar Haddad visited the border post on Sunday.\n\n"
        "“The troops have what they need for the winter,” he said."
    )
    (q,) = quotes(text)
    assert speaker(q) == "Omar Haddad"
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "he"  # type: ignore[index]  # set for a cued quote


@pytest.mark.model
def test_nominal_resolves_to_the_titled_name(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "UN envoy Marta Kovacs met both delegations in Vienna. "
        "“Nobody left the room angry today,” the envoy said."
    )
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert [speaker(q) for q in qs] == ["Marta Kovacs"]


@pytest.mark.model
def test_speaker_carried_through_the_paragraph(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "“We walked for six days to get here,” farmer Idris Bakr said.\n"
        "“Our children have not eaten since Tuesday. We need the road opened.”\n"
        "The governor did not answer questions on Friday."
    )
    qs = quotes(text)
    assert [speaker(q) for q in qs] == ["Idris Bakr", "Idris Bakr"]
    assert qs[1].cue is None


@pytest.mark.model
def test_quote_over_two_paragraphs(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "Senator Paula Greene told the committee: “This budget cuts the clinics first.\n"
        "“It leaves the poorest districts with nothing at all.”"
    )
    qs = quotes(text)
    assert len(qs) == 2 and all(speaker(q) == "Paula Greene" for q in qs)


@pytest.mark.model
def test_indirect_speech(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Police chief Anwar Saleh said that the curfew would be lifted on Sunday.")
    assert q.kind == "indirect" and q.cue == "said"
    assert q.text.startswith("that the curfew") and speaker(q) == "Anwar Saleh"
    qs = quotes("Saleh told reporters the checkpoints would stay in place.")
    assert [(q.cue, speaker(q)) for q in qs] == [("told", "Saleh")]
    (q,) = quotes("The rebels announced a three-day truce in the eastern hills.")
    assert q.cue == "announced" and "truce" in q.text


@pytest.mark.model
def test_according_to(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "According to the health ministry, forty people were hurt in the blast."
    (q,) = quotes(text)
    assert q.cue == "according to" and speaker(q) == "health ministry"
    assert q.text == "forty people were hurt in the blast"


@pytest.mark.model
def test_adding_that_borrows_the_subject(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "Minister Laila Farouk praised the deal, adding that the first prisoners "
        "would go home within a week."
    )
    qs = [q for q in quotes(text) if q.cue == "adding"]
    assert len(qs) == 1 and speaker(qs[0]) == "Laila Farouk"


@pytest.mark.model
def test_titles_and_scare_quotes_are_not_quotes(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "The festival opened with the film “Winter in Kandahar” and a song called “Home Road”."
    assert [q for q in quotes(text) if q.kind == "direct"] == []
    text = "The army described the gunmen as “outlaws” in its bulletin."
    assert [q for q in quotes(text) if q.kind == "direct"] == []


@pytest.mark.model
def test_signed_and_labelled_quotes(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "“I voted for the first time and I felt heard.” ― Carmen Ortiz\n"
    (q,) = quotes(text)
    assert speaker(q) == "Carmen Ortiz" and q.cue == "―"
    text = (
        "HOST: Welcome back to the programme tonight.\n"
        "GUEST: Thank you, it is good to be here again.\n"
        "HOST: Let us start with the budget vote."
    )
    qs = quotes(text)
    assert [speaker(q) for q in qs] == ["HOST", "GUEST", "HOST"]


@pytest.mark.model
def test_relative_pronoun_speaker(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "The court heard from Jonas Weber, who said the papers had been forged."
    qs = [q for q in quotes(text) if q.cue == "said"]
    assert len(qs) == 1 and speaker(qs[0]) == "Jonas Weber"


@pytest.mark.model
def test_statement_noun_goes_back_to_its_author(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "The interior ministry said in a statement that two officers had been arrested. "
        "“The investigation will be thorough and public,” the statement added."
    )
    qs = quotes(text)
    assert len(qs) == 2
    assert qs[1].kind == "direct" and speaker(qs[1]) == speaker(qs[0])
    assert qs[0].speaker is not None and qs[0].speaker.kind == "organization"


@pytest.mark.model
def test_speaker_gets_country_from_the_actors_stage(code: Callable[..., Record]) -> None:
    record = code(
        "KABUL: Afghan President Ashraf Ghani met elders on Monday.\n\n"
        "“The war must end through talks,” he said."
    )
    (q,) = [q for q in record.quotes if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.country == "AFG"
    assert q.span[0] < q.span[1] and record.article.text[q.span[0] : q.span[1]] == q.text


def test_two_apostrophes_make_a_double_mark() -> None:
    text = "The minister said ''we will not sign this text'' and left the hall."
    (seg,) = find_segments(text)
    assert seg.width == 2 and text[slice(*seg.inner)] == "we will not sign this text"


@pytest.mark.model
def test_parenthetical_cue(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "The new checkpoints, Colonel Amir Hadi said, will close the smuggling routes by spring."
    qs = [q for q in quotes(text) if q.cue == "said"]
    assert len(qs) == 1 and speaker(qs[0]) == "Amir Hadi"
    assert "smuggling routes" in qs[0].text


@pytest.mark.model
def test_naming_cue(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("The opposition leader called the new tax a betrayal of the farmers.")
    assert q.cue == "called" and q.text == "the new tax a betrayal of the farmers"


@pytest.mark.model
def test_surname_goes_to_the_known_actor(parse_text: Callable[[str], Parse]) -> None:
    from tacitus.records import Actor

    text = "Foreign Minister Haruto Sato arrived on Monday. “We came here to listen,” Sato said."
    start = text.index("Haruto Sato")
    sato = Actor("a1", "Haruto Sato", country="JPN", mentions=((start, start + 11),))
    (q,) = extract_quotes(text, parse_text(text), (sato,))
    assert q.speaker == sato


@pytest.mark.model
def test_carry_over_across_blank_lines(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "“The river crossing is closed until further notice,” Captain Lena Okoro said.\n\n"
        "“We will reopen it once the engineers have checked the pontoons.”"
    )
    qs = quotes(text)
    assert [speaker(q) for q in qs] == ["Lena Okoro", "Lena Okoro"]


@pytest.mark.model
def test_subject_never_comes_from_inside_the_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "“My answer, that was a mistake,” the former envoy said in an interview on Sunday."
    (q,) = quotes(text)
    assert q.speaker_span is not None
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "the former envoy"
    text = "Said Okafor: “Nobody here believes the new figures, not even the clerks.”"
    (q,) = quotes(text)
    assert speaker(q) == "Okafor"


@pytest.mark.model
def test_pronoun_prefers_the_person_just_introduced(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "The fund was praised by Diego Ramos, director of the Lima food bank.\n\n"
        "“Every sack of rice here came from a donor in the city,” he said."
    )
    (q,) = quotes(text)
    assert speaker(q) == "Diego Ramos"


def test_speaker_span_survives_the_json_round_trip() -> None:
    from tacitus.records import Actor, Article, Record, record_from_json

    q = Quote(Actor("a1", "Ana Silva"), "We stay.", "direct", "said", (1, 9), (12, 21))
    record = Record(Article("x", "“We stay,” Ana Silva said."), quotes=(q,))
    back = record_from_json(record.to_dict())
    assert back.quotes == (q,)


@pytest.mark.model
def test_timestamp_line_is_not_the_speaker(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "4:10 p.m.\n\nThe mayor's spokeswoman is calling the flood barrier "
        "“the best money this city ever spent.”"
    )
    qs = quotes(text)
    assert qs and all(q.speaker_span is not None for q in qs)
    assert all("p.m." not in text[q.speaker_span[0] : q.speaker_span[1]] for q in qs)  # type: ignore[index]  # asserted above


@pytest.mark.model
def test_adding_goes_to_the_reporting_verb(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "Minister Karim Nouri said Tunis wanted calm on the border, adding that "
        "the patrols would double."
    )
    qs = [q for q in quotes(text) if q.cue == "adding"]
    assert len(qs) == 1 and speaker(qs[0]) == "Karim Nouri"


def test_mixed_straight_and_curly_marks_pair() -> None:
    text = '"We are not leaving,” the farmer said.'
    (seg,) = find_segments(text)
    assert seg.closed and text[slice(*seg.inner)] == "We are not leaving,"


@pytest.mark.model
def test_bracketed_party_label_in_the_gap(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "“This bill protects the farmers first,” Rep. Dana Holt (D-Ore.) said Friday."
    (q,) = quotes(text)
    assert q.cue == "said" and speaker(q) is not None and "Holt" in (speaker(q) or "")
