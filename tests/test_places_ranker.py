"""The learned ranker: its shipped file loads, matches the features, and orders candidates."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tacitus.errors import ConfigError
from tacitus.parse import Parse
from tacitus.places import gazetteer, ranker
from tacitus.places.gazetteer import CITY, COUNTRY, Candidate
from tacitus.places.resolve import Context, rank


def city(
    i: int, country: str, pop: int, lat: float = 0.0, lon: float = 0.0, admin1: str | None = None
) -> Candidate:
    return Candidate(i, "Springfield", country, admin1, lat, lon, i, CITY, pop, True, False)


def test_shipped_weights_load_with_their_meta() -> None:
    model = ranker.load()
    assert len(model.weights) == len(ranker.FEATURES)
    meta = model.meta
    assert int(str(meta["toponyms"])) >= 300  # the corpus it was fitted on
    assert 0.0 < float(str(meta["heldout_top1"])) <= 1.0


def test_weights_reward_population_and_context() -> None:
    w = dict(zip(ranker.FEATURES, ranker.load().weights, strict=True))
    assert w["log_pop"] > 0 and w["context"] > 0 and w["near"] > 0 and w["province"] > 0


def test_bigger_place_first_without_context_and_context_flips_it() -> None:
    big, small = city(1, "GBR", 500_000), city(2, "USA", 8_000, admin1="Texas")
    assert [c.id for _, c in rank([small, big])] == [1, 2]
    us_article = Context({"USA": 5.0}, provinces=frozenset({("USA", "Texas")}))
    assert rank([big, small], us_article)[0][1].id == 2


def test_nearby_anchor_beats_a_far_bigger_namesake() -> None:
    far = city(1, "AAA", 60_000, 10.0, 10.0)
    near = city(2, "BBB", 20_000, 40.0, 40.0)
    ctx = Context({"AAA": 1.0, "BBB": 1.0}, anchors=[(9, 40.5, 40.2)])
    assert rank([far, near], ctx)[0][1].id == 2


def test_real_gazetteer_country_beats_its_towns() -> None:
    gaz = gazetteer.load()
    best = rank(gaz.lookup("Jordan"), Context(), "Jordan")[0][1]
    assert best.feature == COUNTRY and best.country == "JOR"


def test_a_file_for_other_features_is_refused_in_one_line() -> None:
    text = json.dumps({"features": ["log_pop"], "weights": [1.0]})
    with pytest.raises(ConfigError, match="make train-places"):
        ranker.parse(text, "x.json")
    with pytest.raises(ConfigError, match="not a place ranker file"):
        ranker.parse("{}", "x.json")


def test_a_town_in_the_province_of_the_article_s_other_places_wins() -> None:
    bigger = city(1, "USA", 160_000, 32.3, -90.2, admin1="Mississippi")
    local = city(2, "USA", 67_000, 35.6, -88.8, admin1="Tennessee")
    w = dict(zip(ranker.FEATURES, ranker.load().weights, strict=True))
    assert w["state"] > 0
    assert rank([bigger, local])[0][1].id == 1
    # a sure place of the article in Tennessee, far from both (only its province speaks)
    ctx = Context({"USA": 3.0}, states={("USA", "Tennessee"): frozenset({9})})
    k = ranker.FEATURES.index("state")
    assert ranker.features(local, "Springfield", ctx.evidence(None))[k] == 1.0
    assert ranker.features(bigger, "Springfield", ctx.evidence(None))[k] == 0.0


def test_the_listed_feature_sees_the_kind_of_sure_neighbours_only() -> None:
    country = Candidate(1, "Greece", "GRC", None, 39.0, 22.0, 1, COUNTRY, 10_000_000, True, False)
    town = Candidate(2, "Greece", "USA", "New York", 43.2, -77.7, 2, CITY, 14_000, True, False)
    ctx = Context({"USA": 3.0}, listed={40: frozenset({COUNTRY})})
    beside = ranker.features(country, "Greece", ctx.evidence((0, 40)))
    alone = ranker.features(country, "Greece", ctx.evidence((0, 90)))
    k = ranker.FEATURES.index("listed")
    assert beside[k] == 1.0 and alone[k] == 0.0
    assert ranker.features(town, "Greece", ctx.evidence((0, 40)))[k] == 0.0
    w = dict(zip(ranker.FEATURES, ranker.load().weights, strict=True))
    assert w["listed"] > 0


@pytest.mark.model
def test_a_country_listed_with_countries_beats_a_us_town_in_a_us_article(
    parse_text: Callable[[str], Parse],
) -> None:
    from tacitus.places import article_places
    from tacitus.records import Article

    text = (
        "The Rochester firm, which employs 300 people in New York, said sales to Poland, "
        "Greece and Portugal rose last year."
    )
    resolved, _ = article_places(gazetteer.load(), parse_text(text), Article("t", text))
    got = {text[m.start : m.end]: p for m, p in resolved}
    assert got["Greece"].country == "GRC"
    assert got["Rochester"].admin1 == "New York"


def test_the_cluster_feature_is_the_share_of_anchors_nearby() -> None:
    near = city(1, "USA", 30_000, 34.1, -83.6, admin1="Georgia")
    far = city(2, "USA", 110_000, 30.5, -88.7, admin1="Mississippi")
    anchors = [(10, 34.2, -83.5), (11, 34.3, -83.7), (12, 34.0, -83.9), (13, 30.3, -89.0)]
    ev = Context({"USA": 4.0}, anchors=anchors).evidence(None)
    k = ranker.FEATURES.index("cluster")
    assert ranker.features(near, "Jackson County", ev)[k] == 0.75
    assert ranker.features(far, "Jackson County", ev)[k] == 0.25
    w = dict(zip(ranker.FEATURES, ranker.load().weights, strict=True))
    assert w["cluster"] > 0
