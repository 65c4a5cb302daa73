"""The second coherence pass: names in doubt resolved with each other's first choices."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.recognise import find
from tacitus.places.resolve import anchored, context
from tacitus.records import Article

Parser = Callable[[str], Parse]


def provinces_of(text: str, parse_text: Parser) -> dict[str, tuple[str | None, str | None]]:
    gaz = gazetteer.load()
    resolved, _ = article_places(gaz, parse_text(text), Article("t", text))
    return {p.name: (p.country, p.admin1) for _, p in resolved}


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # each town shares its name with a bigger or equal one in another state; only
        # the other towns of the passage, themselves in doubt, say which one is meant
        (
            "The mill in Portland laid off workers, and unions in Bangor and Lewiston protested.",
            "Portland",
            ("USA", "Maine"),
        ),
        (
            "The mill in Portland laid off workers, and unions in Bangor and Lewiston protested.",
            "Lewiston",
            ("USA", "Maine"),
        ),
        (
            "Police in Cambridge and Somerville arrested two men after a fire in Medford.",
            "Medford",
            ("USA", "Massachusetts"),
        ),
        (
            "Voters in Springfield and Decatur backed the measure, and turnout in Peoria was high.",
            "Decatur",
            ("USA", "Illinois"),
        ),
    ],
)
def test_names_in_doubt_settle_each_other(
    text: str, name: str, where: tuple[str, str], parse_text: Parser
) -> None:
    assert provinces_of(text, parse_text)[name] == where


def test_the_first_pass_sure_places_are_kept(parse_text: Parser) -> None:
    # Toronto and Ottawa are sure from the start; the second pass must not move them
    text = "Ministers met in Toronto and Ottawa, and later in London, Ontario."
    got = provinces_of(text, parse_text)
    assert got["Toronto"] == ("CAN", "Ontario")
    assert got["Ottawa"] == ("CAN", "Ontario")


def test_a_name_never_anchors_itself(parse_text: Parser) -> None:
    gaz = gazetteer.load()
    text = "Medford voted on Tuesday. In Medford, the count took all night."
    parse = parse_text(text)
    mentions = find(parse, text, gaz)
    ctx = context(gaz, mentions, [])
    chosen = [(m, c) for m in mentions if (c := gaz.lookup(m.text)[0]) is not None]
    second = anchored(ctx, chosen)
    assert "medford" in second  # in doubt between states: it gets a second pass
    ids = {c.id for _, c in chosen}
    # its only other mention is itself: no anchor comes from the name's own choices
    assert not ids & {a[0] for a in second["medford"].anchors}


def test_nothing_in_doubt_means_no_second_pass(parse_text: Parser) -> None:
    gaz = gazetteer.load()
    text = "Officials in Nairobi and Mombasa said the roads were open."
    parse = parse_text(text)
    mentions = find(parse, text, gaz)
    ctx = context(gaz, mentions, [])
    assert {m.start for m in mentions} <= ctx.sure
    assert anchored(ctx, [(m, gaz.lookup(m.text)[0]) for m in mentions]) == {}


def test_two_towns_in_doubt_agree_on_their_state(parse_text: Parser) -> None:
    # Gloucester and Salem each name towns in several states; alone the bigger Salem
    # (Oregon) wins; beside Gloucester's first choice it is the Massachusetts one
    text = "American trawlers from Gloucester and Salem stayed in port because the sea was rough."
    got = provinces_of(text, parse_text)
    assert got["Salem"] == got["Gloucester"] == ("USA", "Massachusetts")
