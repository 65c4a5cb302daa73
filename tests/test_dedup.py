"""Dedup: near-duplicate articles and event clusters, on hand-built records (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.records import Actor, Article, Event, Place, Record
from tacitus.store import Store, dedup

USA = Actor("a1", "United States", country="USA", sector="GOV", code="USAGOV", kind="state")
AFG = Actor("a2", "Afghanistan", country="AFG", sector="GOV", code="AFGGOV", kind="state")
PAK = Actor("a3", "Pakistan", country="PAK", sector="GOV", code="PAKGOV", kind="state")
KABUL = Place("Kabul", country="AFG")
QUETTA = Place("Quetta", country="PAK")

BODY = (
    "Negotiators from both governments spent a second day in the capital discussing a "
    "prisoner exchange, a timetable for troop withdrawals and the reopening of two border "
    "crossings that have been shut since the spring. Officials on both sides described the "
    "atmosphere as constructive but cautioned that the hardest questions remained open, "
    "including the sequencing of any ceasefire and the role of regional neighbours."
)


def event(
    eid: str,
    src: Actor,
    tgt: Actor,
    root: str,
    day: str | None,
    place: Place | None = None,
) -> Event:
    return Event(
        eid,
        src,
        tgt,
        root + "0",
        root,
        None,
        1,
        1.0,
        False,
        "asserted",
        "A sentence.",
        (0, 11),
        "met",
        0.8,
        "test",
        date=day,
        date_precision="day",
        place=place,
    )


def record(aid: str, text: str, source: str, *events: Event) -> Record:
    return Record(Article(aid, text, title=aid, source=source, published="2024-05-01"), (), events)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "d.duckdb")


def test_a_wire_copy_with_other_boilerplate_is_linked_and_a_new_story_is_not(
    store: Store,
) -> None:
    copy = "Subscribe to our newsletter for daily updates.\n" + BODY + "\nShare this story."
    other = (
        "Heavy rain flooded three districts in the south overnight, and rescue teams used boats "
        "to reach families stranded on rooftops while the provincial government opened schools "
        "as shelters for those forced from their homes by the rising water."
    )
    store.add([(record("orig", BODY, "Daily A"), "x")])
    dedup.update(store)
    store.add([(record("copy", copy, "Daily B"), "y"), (record("flood", other, "Daily C"), "z")])
    dedup.update(store)
    dups = {r["id"]: r["near_dup_of"] for r in store.query("SELECT id, near_dup_of FROM articles")}
    assert dups == {"orig": None, "copy": "orig", "flood": None}


def test_same_dyad_root_and_window_is_one_event_with_counts(store: Store) -> None:
    store.add(
        [
            (record("r1", "one", "Outlet 1", event("e1", USA, AFG, "04", "2024-05-01")), "x"),
            (
                record(
                    "r2",
                    "two",
                    "Outlet 2",
                    event("e2", USA, AFG, "04", "2024-05-02", KABUL),
                    event("e3", USA, AFG, "19", "2024-05-02"),  # another root
                    event("e4", USA, AFG, "04", "2024-05-20"),  # outside the window
                    event("e5", USA, PAK, "04", "2024-05-01"),  # another target
                ),
                "y",
            ),
        ]
    )
    dedup.update(store)
    rows = store.query("SELECT id, cluster_id FROM events ORDER BY id")
    cid = {r["id"]: r["cluster_id"] for r in rows}
    assert cid["e1"] == cid["e2"]
    assert len({cid["e1"], cid["e3"], cid["e4"], cid["e5"]}) == 4
    c = store.query("SELECT * FROM event_clusters WHERE id = ?", [cid["e1"]])[0]
    assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (2, 2, 2)
    assert c["place_country"] == "AFG"


def test_incompatible_places_stay_apart(store: Store) -> None:
    store.add(
        [
            (record("p1", "one", "O1", event("f1", USA, AFG, "04", "2024-05-01", KABUL)), "x"),
            (record("p2", "two", "O2", event("f2", USA, AFG, "04", "2024-05-01", QUETTA)), "y"),
        ]
    )
    dedup.update(store)
    assert store.count("event_clusters") == 2


def test_tomorrows_ingest_merges_into_todays_clusters(store: Store) -> None:
    store.add([(record("d1", "day one", "O1", event("g1", USA, AFG, "04", "2024-05-01")), "x")])
    dedup.update(store)
    first = store.query("SELECT id FROM event_clusters")[0]["id"]
    store.add([(record("d2", "day two", "O2", event("g2", USA, AFG, "04", "2024-05-02")), "y")])
    assert dedup.update(store) == (0, 0)  # the writer linked it as it stored it
    clusters = store.query("SELECT * FROM event_clusters")
    assert [c["id"] for c in clusters] == [first]
    assert clusters[0]["num_articles"] == 2
    assert str(clusters[0]["last_date"]) == "2024-05-02"
    assert dedup.update(store) == (0, 0)  # nothing pending: idempotent


def test_a_wire_copy_adds_a_source_but_not_an_article(store: Store) -> None:
    ev = event("h1", USA, AFG, "04", "2024-05-01")
    store.add([(record("w1", BODY, "Agency", ev), "x")])
    store.add([(record("w2", BODY + "\nAbout admin", "Reposter", ev), "y")])
    dedup.update(store)
    c = store.query("SELECT * FROM event_clusters")
    assert len(c) == 1
    assert (c[0]["num_mentions"], c[0]["num_articles"], c[0]["num_sources"]) == (1, 1, 2)
    # every mention keeps its provenance
    assert store.query("SELECT count(*) AS n FROM events WHERE cluster_id = ?", [c[0]["id"]]) == [
        {"n": 2}
    ]


def test_signature_is_deterministic_and_similarity_tracks_overlap() -> None:
    a = dedup.signature(BODY)
    assert (a == dedup.signature(BODY)).all()
    assert dedup.similarity(a, dedup.signature(BODY + " Read more.")) >= dedup.THRESHOLD
    assert dedup.similarity(a, dedup.signature("A different text about harvests.")) < 0.3


def test_undated_events_stay_single_and_do_not_break_the_batch(store: Store) -> None:
    def undated(aid: str, eid: str) -> Record:
        return Record(Article(aid, aid, source=aid), (), (event(eid, USA, AFG, "04", None),))

    assert store.add([(undated("u1", "i1"), "x"), (undated("u2", "i2"), "y")]).new == 2
    assert dedup.update(store) == (0, 0)  # the writer linked both as it stored them
    assert store.count("event_clusters") == 2
