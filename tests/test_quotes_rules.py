"""Tests for the attribution rules that follow the PARC/PolNeAR span conventions.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.records import Quote


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


@pytest.mark.model
def test_quoted_fragment_inside_a_reported_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        'Mayor Ruth Okonjo said she opposes "tax tricks like the harbour levy" and cuts to '
        "pensions."
    )
    (q,) = quotes(text)
    assert q.text == 'she opposes "tax tricks like the harbour levy" and cuts to pensions'
    assert q.cue == "said" and speaker(q) == "Ruth Okonjo"


@pytest.mark.model
def test_writers_aside_is_cut_off_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Mayor Ruth Okonjo said the council had approved the harbour budget, "
        "which had been stalled for months."
    )
    (q,) = quotes(text)
    assert q.text == "the council had approved the harbour budget"
    text = "The minister said he would meet Tomas Berg — a former rival he once called a traitor."
    (q,) = quotes(text)
    assert q.text == "he would meet Tomas Berg"
    (q,) = quotes("Okonjo said the budget which the council approved was too small.")
    assert q.text == "the budget which the council approved was too small"


@pytest.mark.model
def test_cue_words_the_tagger_lemmatises_wrongly(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Governor Lena Marsh hoped that the strike would end before the harvest.")
    assert q.text == "that the strike would end before the harvest" and q.cue == "hoped"


@pytest.mark.model
def test_belief_and_blame_verbs(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Senator Ana Ruiz denounced the plan to close the northern clinics.")
    assert q.text == "the plan to close the northern clinics" and speaker(q) == "Ana Ruiz"
    assert quotes("Senator Ana Ruiz denounced the plan.") == ()  # a bare object says nothing
    (q,) = quotes("The union realized the talks had failed.")
    assert q.text == "the talks had failed" and q.cue == "realized"


@pytest.mark.model
def test_cue_nouns_and_adjectives(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    (q,) = quotes("Senator Omar Haddad made the argument that taxes must rise.")
    assert q.text == "that taxes must rise" and speaker(q) == "Omar Haddad"
    (q,) = quotes("The mayor was eager to sign the treaty before winter.")
    assert q.text == "to sign the treaty before winter" and q.cue == "eager"
    assert quotes("The harbour was full of boats.") == ()  # an adjective with no clause


@pytest.mark.model
def test_long_speaker_phrase_between_quote_and_cue(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "The mood was calm.\n\n“It was never about the money,” Anna Pell, a dock worker from "
        "the northern harbour town of Leith, said on Friday."
    )
    (q,) = quotes(text)
    assert q.cue == "said" and speaker(q) == "Anna Pell"


@pytest.mark.model
def test_quoting_verbs_cue_quotes_but_report_no_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    qs = quotes("“The port will close,” Pell continued. “And nobody will open it again.”")
    assert [q.cue for q in qs] == ["continued", None]
    assert all(speaker(q) == "Pell" for q in qs)
    assert quotes("The shipping company continued to grow after the war.") == ()


@pytest.mark.model
def test_content_ends_before_a_second_source(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "The ministry announced that it hired Tomas Berg as its new envoy, according to the "
        "Harbour Gazette."
    )
    by_cue = {q.cue: q.text for q in quotes(text)}
    assert by_cue["announced"] == "that it hired Tomas Berg as its new envoy"
    (q,) = quotes("According to the ministry, the bridge will open in May.\n\nIt rained.")
    assert q.text == "the bridge will open in May"  # no full stop, no line break


@pytest.mark.model
def test_people_described_by_those_and_shares_speak(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "By a wide margin, those polled say the city should build the new harbour by 2030."
    (q,) = quotes(text)
    assert q.text == "the city should build the new harbour by 2030"
    assert q.speaker_span is not None and text[slice(*q.speaker_span)] == "those polled"
    text = "There is less agreement on taxes: 47% say the city should raise the levy on ships."
    (q,) = quotes(text)
    assert q.text == "the city should raise the levy on ships"  # the clause after the cue
    assert q.speaker_span is not None and text[slice(*q.speaker_span)] == "47%"
    assert quotes("That suggests the talks failed.") == ()


@pytest.mark.model
def test_trailing_cue_at_a_paragraph_end(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "In nearby Leith, the old shipyard is holding on, but it is under heavy pressure from "
        "cheap imports, said the yard's chief executive, Jon Ferris.\n\nThe port was quiet."
    )
    (q,) = quotes(text)
    assert q.text.endswith("under heavy pressure from cheap imports") and speaker(q) == "Jon Ferris"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said", "second", "cue"),
    [
        (
            "Minister Tariq Hale said the harbour talks had stalled and warned that strikes "
            "could follow.",
            "the harbour talks had stalled",
            "that strikes could follow",
            "warned",
        ),
        (
            "The governor announced that she was leaving the party and vowed to run as an "
            "independent.",
            "that she was leaving the party",
            "to run as an independent",
            "vowed",
        ),
    ],
)
def test_a_second_report_joined_by_and_ends_the_first(
    quotes: Callable[[str], tuple[Quote, ...]], text: str, said: str, second: str, cue: str
) -> None:
    found = {q.cue: q.text for q in quotes(text)}
    assert found[cue] == second
    first = [t for c, t in found.items() if c != cue]
    assert first == [said]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Lina Ortez said the bridge was unsafe and that the city would close it.",
            "the bridge was unsafe and that the city would close it",
        ),
        (
            "Mayor Lina Ortez said she wanted to rebuild the bridge and open it by May.",
            "she wanted to rebuild the bridge and open it by May",
        ),
    ],
)
def test_what_was_said_goes_on_past_and(
    quotes: Callable[[str], tuple[Quote, ...]], text: str, content: str
) -> None:
    (q,) = quotes(text)
    assert q.text == content and "Ortez" in (speaker(q) or "")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Governor Pia Lund has slipped to third place in the polls after the budget fight.",
        "The mayor trails her rival in national polls by six points.",
    ],
)
def test_polls_in_general_are_the_writers_summary(
    quotes: Callable[[str], tuple[Quote, ...]], text: str
) -> None:
    assert [q.cue for q in quotes(text)] == []


@pytest.mark.model
def test_a_particular_poll_still_speaks(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = "In the latest Hartley poll, 54 percent of voters back the new port."
    (q,) = quotes(text)
    assert q.text == "54 percent of voters back the new port"
    assert q.cue == "in the latest Hartley poll"


@pytest.mark.model
def test_the_one_urged_to_act_is_part_of_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Governor Lena Marsh urged the farmers to leave the valley before the flood.")
    assert q.text.startswith("the farmers to leave the valley")
    assert speaker(q) == "Lena Marsh"


@pytest.mark.model
def test_an_adjunct_of_the_cue_is_not_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes("Senator Ana Ruiz backed a ban on river dredging despite her doubts.")
    assert found, "the ban is reported"
    assert all("despite" not in q.text for q in found)
    assert any("a ban on river dredging" in q.text for q in found)


@pytest.mark.model
def test_a_verb_of_appearance_reports_its_subject_and_clause_with_no_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("The harbour deal seems to be dead after the vote in Tallinn.")
    assert q.text.startswith("The harbour deal") and "to be dead" in q.text
    assert q.speaker is None and q.cue == "seems"
    assert quotes("The mayor appeared on television with her two deputies.") == ()


@pytest.mark.model
def test_a_clause_joined_to_the_cue_with_its_own_subject_is_the_writers(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes(
        "Many analysts predicted that the mayor would lose the vote, but the turnout in the "
        "harbour district was higher than anyone expected."
    )
    assert found and all("turnout" not in q.text for q in found)


@pytest.mark.model
def test_people_who_seem_to_hold_a_view_speak_for_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Senator Ana Ruiz seemed to welcome the harbour plan on Tuesday.")
    assert q.text.startswith("to welcome the harbour plan") and speaker(q) == "Ana Ruiz"


@pytest.mark.model
def test_a_list_of_promised_acts_stays_in_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    found = quotes(
        "Mayor Ruth Okonjo promised to cut the harbour levy, repair the old bridge and "
        "reopen the northern clinics."
    )
    assert any("reopen the northern clinics" in q.text for q in found)


@pytest.mark.model
def test_would_like_to_reports_an_intention(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Governor Lena Marsh would like to reopen the northern clinics next spring.")
    assert q.text.startswith("to reopen the northern clinics") and speaker(q) == "Lena Marsh"
    assert quotes("Governor Lena Marsh likes the northern clinics.") == ()
    (q,) = quotes("The harbour plan looks to be doomed after the vote.")
    assert q.text.startswith("The harbour plan") and q.speaker is None


@pytest.mark.model
def test_quoted_subject_of_a_reported_clause(quotes: Callable[[str], tuple[Quote, ...]]) -> None:
    text = (
        "The senator argued that “every party in the coalition” had backed the tax cut in private."
    )
    (q,) = quotes(text)  # one attribution: the clause, not the fragment and a second clause
    assert q.text.startswith("that “every party") and q.text.endswith("in private")
    assert q.cue == "argued"


@pytest.mark.model
def test_quote_after_a_colon_gets_the_subject_as_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Senator Ilse Varga was defiant: “Nobody will make me resign over a ticket.”")
    assert q.kind == "direct" and speaker(q) == "Ilse Varga"
    (q,) = quotes("The reason is simple: “The bridge is closed until March.”")
    assert speaker(q) is None  # a thing introduces it, not a speaker


@pytest.mark.model
def test_continuation_keeps_the_quoted_voice_over_a_relative_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "“Asking a minister to fire himself?” asked Deputy Ana Lutz of Porto, who wants an "
        "inquiry into the contracts. “I would like to see that happen.”"
    )
    qs = quotes(text)
    first, last = qs[0], qs[-1]
    assert last.cue is None and last.speaker_span == first.speaker_span
    assert speaker(last) == "Ana Lutz" or speaker(last) == "Deputy Ana Lutz"


@pytest.mark.model
def test_a_quote_opening_a_paragraph_is_not_cued_by_the_sentence_before(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "''We have seen this before on the coast,'' Mayor Tomas Rivera said.\n\n"
        "Populist parties have little interest in building bridges, he said.\n\n"
        "''These movements stand against everything we built, and we know it.''"
    )
    qs = quotes(text)
    assert [q.kind for q in qs] == ["direct", "indirect", "direct"]
    assert qs[1].text == "Populist parties have little interest in building bridges"
    assert qs[1].cue == "said" and qs[2].cue is None  # the last one goes on in his voice


@pytest.mark.model
def test_a_cue_set_off_inside_a_clause_reports_both_sides(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("The new budget, the minister said on Monday, will cut spending on roads.")
    assert q.text.startswith("The new budget") and q.text.endswith("spending on roads")
    assert q.cue == "said"
    (q,) = quotes("But, as we learned in the spring, his lead could fall apart in the vote.")
    assert q.text == "his lead could fall apart in the vote"  # an "as" clause splits nothing


@pytest.mark.model
def test_taking_something_as_something_is_a_view(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Many farmers see the new tariff as a threat to their livelihood.")
    assert q.text == "the new tariff as a threat to their livelihood"
    assert q.cue == "see" and q.speaker_span is not None
    assert quotes("We saw the damage in the town last week.") == ()  # no "as": nothing held
    (q,) = quotes("The vote was widely seen as a test of the new government.")
    assert q.text.startswith("The vote") and q.text.endswith("of the new government")
    assert q.speaker is None  # the vote is what is seen, not who sees it


@pytest.mark.model
def test_what_a_thing_seems_is_reported_with_no_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("It seems the council has far too many members and the mayor too few.")
    assert q.text == "the council has far too many members and the mayor too few"
    assert q.speaker is None
    (q,) = quotes("The rally seemed like a wake for the old party.")
    assert q.text.startswith("The rally") and q.text.endswith("the old party")
    assert q.speaker is None
    assert quotes("She appeared on television on Monday.") == ()


@pytest.mark.model
def test_a_quoted_fragment_inside_what_a_verb_takes(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "Mayor Ruth Okonjo ripped the auditor for acting like “the referee and the striker”."
    (q,) = quotes(text)
    assert q.text.startswith("the auditor for acting like “the referee and the striker")
    assert q.cue == "ripped" and speaker(q) == "Ruth Okonjo"


@pytest.mark.model
def test_a_quote_after_that_belongs_to_the_cue_before(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = "Lopez said that “we close one chapter and we begin another,” and vowed to stay."
    q = quotes(text)[0]
    assert q.text.startswith("we close one chapter") and q.cue == "said"


@pytest.mark.model
def test_a_report_after_a_comma_inside_the_closing_mark_ends_the_content(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "Lopez said that the old mayor “had a crazy plan for the harbour,” adding, "
        "“He lost the whole town with it.”"
    )
    first, second = quotes(text)
    assert first.text.startswith("that the old mayor") and "adding" not in first.text
    assert second.text == "He lost the whole town with it." and second.cue == "adding"


@pytest.mark.model
def test_a_passive_cue_reports_its_subject_and_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Many of the union's members are expected to back the deal in November.")
    assert q.text.startswith("Many of the union's members") and q.text.endswith("November")
    (q,) = quotes("The minister is said by aides to favour an early election.")
    assert q.text.endswith("to favour an early election") and q.cue == "said"
    assert q.speaker is not None and q.speaker.name.lower() == "aides"  # the agent speaks


@pytest.mark.model
def test_a_short_quoted_phrase_stays_in_the_clause_before_it(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        'After the judge said that poor families might do better in "smaller local courts," '
        'Lopez said: "I reject that."'
    )
    first = quotes(text)[0]
    assert first.text.startswith("that poor families might do better")
    assert first.cue == "said" and first.speaker_span is not None
    assert text[first.speaker_span[0] : first.speaker_span[1]] == "the judge"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Senator Dana Whitfield questioned the legality of the new border fees.",
            "the legality of the new border fees",
        ),
        (
            "The audit revealed a pattern of late payments to rural clinics.",
            "a pattern of late payments to rural clinics",
        ),
        (
            "The study demonstrated a steady rise in rents across the city.",
            "a steady rise in rents across the city",
        ),
    ],
)
def test_an_object_that_says_something_is_the_content(
    quotes: Callable[[str], tuple[Quote, ...]], text: str, content: str
) -> None:
    (q,) = quotes(text)
    assert q.text == content and q.kind == "indirect"


@pytest.mark.model
def test_a_bare_object_of_the_same_cues_is_no_quote(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    assert quotes("Senator Dana Whitfield questioned the fees.") == ()
    assert quotes("The study demonstrated the effect.") == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Turnout fell in the north (the lowest level in decades, officials said) and rose "
            "in the south.",
            "the lowest level in decades",
        ),
        (
            "The mayor spent heavily on roads (the real figure is closer to 12 percent, "
            "according to the city auditor).",
            "the real figure is closer to 12 percent",
        ),
    ],
)
def test_a_cue_in_brackets_reports_only_what_they_hold(
    quotes: Callable[[str], tuple[Quote, ...]], text: str, content: str
) -> None:
    (q,) = quotes(text)
    assert q.text == content


@pytest.mark.model
def test_a_quoted_fragment_far_from_the_cue_that_reports_its_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        "According to the union's lawyers, who spent eleven months in talks with the owners "
        'of the plants, the new contract leaves "too many workers behind" in the smaller towns.'
    )
    (q,) = quotes(text)
    assert q.text == 'the new contract leaves "too many workers behind" in the smaller towns'
    assert q.cue == "according to" and speaker(q) is not None


@pytest.mark.model
def test_more_cue_nouns_report_their_that_clause(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("Her testimony that the minister had approved the deal surprised the committee.")
    assert q.text == "that the minister had approved the deal" and q.cue == "testimony"
    text = (
        "The senator's remark that the harbour budget was a fraud drew loud anger in the chamber."
    )
    (q,) = quotes(text)
    assert q.text == "that the harbour budget was a fraud"
    assert quotes("The statement that was read out on Monday ran to four pages.") == ()


@pytest.mark.model
def test_a_short_quote_that_is_a_sentence_goes_on_with_its_speaker(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    text = (
        'The harbour master was asked about delays.\n"Ships wait," she said. "Nobody likes it."\n'
    )
    first, second = quotes(text)
    assert second.text == "Nobody likes it." and second.cue is None
    assert second.speaker_span == first.speaker_span
    # a short quoted term inside a sentence is still no quote
    assert quotes('The council approved the "fair deal" on Monday.') == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Governor Ana Ruiz spoke about the need for cheaper housing in the valley.",
            "the need for cheaper housing in the valley",
        ),
        (
            "The senator accused him of hiding the audit from the council.",
            "hiding the audit from the council",
        ),
    ],
)
def test_a_prepositional_object_of_a_cue_is_its_content(
    quotes: Callable[[str], tuple[Quote, ...]], text: str, content: str
) -> None:
    (q,) = quotes(text)
    assert q.text == content and q.kind == "indirect"
    assert quotes("The mayor spoke about the weather.") == ()  # a bare noun phrase


@pytest.mark.model
def test_verbs_that_compare_or_list_report_their_object(
    quotes: Callable[[str], tuple[Quote, ...]],
) -> None:
    (q,) = quotes("The senator compared the new harbour tax to a fine on the poor.")
    assert q.text == "the new harbour tax to a fine on the poor" and q.cue == "compared"
    (q,) = quotes("The ministry listed three reasons for the delay in the rail project.")
    assert q.text == "three reasons for the delay in the rail project"
    assert quotes("The ministry listed the dates.") == ()
