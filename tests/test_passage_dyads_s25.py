"""Sides of an act told in a passage: "the two leaders" and "both sides" stand for the
pair the sentence before named (see :func:`tacitus.events.sources.pair_doers` and
``coref._pair_nominal``). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from tacitus.records import Event, Record

Code = Callable[..., Record]


def _sides(events: tuple[Event, ...], plover: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.plover == plover
    }


def test_two_leaders_are_the_pair_named_before(code: Code) -> None:
    rec = code(
        "Brazil's president received the Bolivian president in Brasilia on Tuesday. "
        "The two leaders signed an agreement on a gas pipeline across their border."
    )
    assert ("BRA", "BOL") in _sides(rec.events, "SUPPORT")
    assert ("BOL", "BRA") in _sides(rec.events, "SUPPORT")


def test_pair_phrase_is_no_actor_of_the_passage_country(code: Code) -> None:
    rec = code(
        "Vietnam's prime minister met the Cambodian prime minister in Hanoi on Monday. "
        "The two premiers agreed to open three new border crossings."
    )
    names = {a.name.lower() for a in rec.actors}
    assert "premiers" not in names
    assert ("VNM", "KHM") in _sides(rec.events, "AGREE")


def test_both_sides_keep_their_own_target(code: Code) -> None:
    rec = code(
        "Government troops and rebels fought for a third day near Bunia. "
        "Both sides accused the United Nations of failing to protect civilians."
    )
    accused = [e for e in rec.events if e.plover == "ACCUSE"]
    assert accused
    assert all(e.target is not None and "United Nations" in e.target.name for e in accused)
    assert all(e.source is not None for e in accused)


def test_a_place_is_not_one_of_the_pair(code: Code) -> None:
    rec = code(
        "The Ethiopian foreign minister flew to Nairobi on Sunday to meet the Somali "
        "foreign minister. The two ministers signed a pact on border security."
    )
    signed = _sides(rec.events, "SUPPORT")
    assert ("ETH", "SOM") in signed
    assert all("KEN" not in pair for pair in signed)


def test_no_pair_without_two_sides_before(code: Code) -> None:
    rec = code(
        "The French president arrived in Dakar on Friday. "
        "The two leaders signed a defence agreement."
    )
    # one side only was named: no event between France and itself, nor a made-up pair
    assert all(
        e.source is None or e.target is None or e.source.country != e.target.country
        for e in rec.events
    )


def test_pronoun_doer_named_in_the_sentence_before(code: Code) -> None:
    rec = code(
        "Kazakhstan's foreign minister arrived in Bishkek on Wednesday. "
        "He accused Kyrgyzstan of blocking trucks at the border."
    )
    assert ("KAZ", "KGZ") in _sides(rec.events, "ACCUSE")


def test_the_bloc_is_the_union_named_before(code: Code) -> None:
    rec = code(
        "European Union foreign ministers met in Luxembourg on Monday. "
        "The bloc imposed an arms embargo on Myanmar."
    )
    sanctions = [e for e in rec.events if e.plover == "SANCTION"]
    assert sanctions
    assert sanctions[0].source is not None and "European Union" in sanctions[0].source.name
    assert sanctions[0].target is not None and sanctions[0].target.country == "MMR"


def test_the_kingdom_is_the_state_named_before(code: Code) -> None:
    rec = code(
        "Morocco closed its consulate in Oran on Wednesday. "
        "The kingdom also accused Algeria of arming separatists."
    )
    assert ("MAR", "DZA") in _sides(rec.events, "ACCUSE")


def test_the_group_is_not_a_government(code: Code) -> None:
    rec = code(
        "The Nepalese government announced new curbs on Tuesday. "
        "The group accused the police of beating its members."
    )
    # "the group" refers back to no armed group, party or NGO: not the government
    assert all(
        e.source is None or e.source.country != "NPL" or e.source.kind != "state"
        for e in rec.events
        if e.plover == "ACCUSE"
    )


def test_a_modified_noun_is_no_reference_back(code: Code) -> None:
    rec = code(
        "Amnesty International issued a report on Monday. "
        "A group of lawyers accused the Turkish courts of bias."
    )
    assert all(
        e.source is None or "Amnesty" not in e.source.name
        for e in rec.events
        if e.plover == "ACCUSE"
    )


def test_its_refers_to_a_ministry_named_as_a_group(code: Code) -> None:
    rec = code(
        "The Azerbaijani defence ministry said on Friday that its artillery had shelled "
        "Armenian positions near the border."
    )
    # "its artillery" is the ministry's: the doer has the ministry's country
    shelled = [e for e in rec.events if e.plover == "ASSAULT"]
    assert shelled
    assert all(e.source is not None and e.source.country == "AZE" for e in shelled)


def test_an_authority_reporting_its_own_dead_is_not_the_killer(code: Code) -> None:
    rec = code(
        "Four policemen were shot dead at a roadblock outside Kandahar, "
        "the Afghan interior ministry said."
    )
    shot = [e for e in rec.events if e.plover == "ASSAULT"]
    assert shot
    assert all(e.source is None or e.source.sector not in ("GOV", "MIL") for e in shot)


def test_an_authority_reporting_a_raid_on_militants_did_it(code: Code) -> None:
    rec = code("Eight militants were killed in a raid near Bannu, the Pakistani army said.")
    assert any(
        e.plover == "ASSAULT" and e.source is not None and e.source.country == "PAK"
        for e in rec.events
    )


def test_it_opening_a_sentence_is_the_body_named_before(code: Code) -> None:
    rec = code(
        "The Croatian government said on Thursday that talks on the border had stalled. "
        "It accused Slovenia of blocking its bid to join the European Union."
    )
    assert ("HRV", "SVN") in _sides(rec.events, "ACCUSE")


def test_the_pair_named_earlier_in_the_same_sentence(code: Code) -> None:
    rec = code(
        "After the Malian foreign minister held talks with his Senegalese counterpart in "
        "Dakar on Friday, the two ministers signed a deal on transit fees."
    )
    assert ("MLI", "SEN") in _sides(rec.events, "SUPPORT")


def test_words_in_a_noun_phrase_are_no_pair(code: Code) -> None:
    rec = code(
        "Ties between Ottawa and New Delhi have cooled over the past year. "
        "Both sides expelled diplomats in the spring."
    )
    assert not [e for e in rec.events if e.source is not None and e.plover == "SANCTION"]
