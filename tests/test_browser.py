"""The dashboard in a real browser: Debian's chromium driving a real ``tacitus serve``.

Screenshots go to ``$TACITUS_SCREENSHOTS`` when set (``make screenshots`` writes the README's
``docs/screenshots/``), else to a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fixtures.web.server import browser, renders, serving, settle
from fixtures.web.store import build
from tacitus.pipeline import Pipeline

pytestmark = [pytest.mark.browser, pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "store.duckdb"
    build(db, pipeline)
    with serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("TACITUS_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def page(base: str) -> Iterator[Any]:
    with browser() as b:
        pg = b.new_page(viewport={"width": 1280, "height": 860})
        pg.requests = []
        pg.errors = []
        pg.on("request", lambda r: pg.requests.append(r.url))
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield pg


def open_view(page: Any, base: str, hash_: str) -> None:
    page.goto("about:blank")  # a fresh load, even when the URL is the current one
    page.goto(f"{base}/{hash_}")
    settle(page, 0)


def shot(page: Any, shots: Path, name: str) -> None:
    path = shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 5_000


def timeline_quads(page: Any) -> set[str]:
    return set(
        page.eval_on_selector_all("#timeline rect[data-quad]", "rs => rs.map(r => r.dataset.quad)")
    )


def test_overview_draws_timeline_network_map_and_events(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/")
    assert page.get_attribute("body", "data-ready") == "overview"
    assert timeline_quads(page) == {"1", "3", "4"}
    assert page.locator("#network g.node").count() >= 8
    assert page.locator("#map g.node").count() == 6
    assert page.locator("#events tbody tr").count() == 13
    shot(page, shots, "overview")
    assert not page.errors
    assert all(u.startswith(base) or u.startswith("data:") for u in page.requests), page.requests


def test_filter_changes_the_timeline(page: Any, base: str) -> None:
    open_view(page, base, "#/")
    before = renders(page)
    page.fill("#filters input[name=cameo]", "19")
    page.click("#apply")
    settle(page, before)
    assert timeline_quads(page) == {"4"}
    cameos = page.eval_on_selector_all(
        "#events tbody td:nth-child(3)", "ts => ts.map(t => t.textContent)"
    )
    assert cameos and all(c.startswith("19") for c in cameos)
    assert "cameo=19" in page.url
    before = renders(page)
    page.select_option("#filters select[name=quad_class]", "1")
    page.fill("#filters input[name=cameo]", "")
    page.fill("#filters input[name=source]", "Lindqvist")
    page.click("#apply")
    settle(page, before)
    assert timeline_quads(page) == {"1"}
    sources = page.eval_on_selector_all(
        "#events tbody td:nth-child(2)", "ts => ts.map(t => t.textContent)"
    )
    assert set(sources) == {"Maria Lindqvist"}


def test_dragging_the_timeline_picks_dates(page: Any, base: str) -> None:
    open_view(page, base, "#/")
    box = page.locator("#timeline svg").bounding_box()
    before = renders(page)
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.up()
    settle(page, before)
    since = page.input_value("#filters input[name=since]")
    until = page.input_value("#filters input[name=until]")
    assert "2024-03-04" < since <= until < "2024-03-09"
    dates = page.eval_on_selector_all(
        "#events tbody td:nth-child(1)", "ts => ts.map(t => t.textContent)"
    )
    assert dates and all(since <= d <= until for d in dates)


def test_clicking_an_event_highlights_its_sentence(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/?text=shelled")
    before = renders(page)
    page.click("#events tbody tr:first-child")
    settle(page, before)
    assert page.get_attribute("body", "data-ready") == "article"
    assert page.text_content("#article-title") == "Fighting flares near El Fasher"
    sentence = page.text_content("#article-text mark.sentence")
    assert sentence == "The Sudanese army shelled RSF positions east of the city in response."
    assert page.text_content("mark.sentence mark.trigger") == "shelled"
    assert page.text_content("mark.sentence mark.src") == "Sudanese army"
    assert page.text_content("mark.sentence mark.tgt") == "RSF"
    assert "residents said" in page.text_content("#article-text")
    shot(page, shots, "article")


def test_network_node_opens_the_actor_page(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/")
    before = renders(page)
    page.click('#network g.node[data-name="Daniel Ochieng"] circle')
    settle(page, before)
    assert page.text_content("#actor-name") == "Daniel Ochieng"
    roles = page.text_content("#actor-roles tbody")
    assert "KEN" in roles and "GOV" in roles
    assert "bargaining chips" in page.text_content("#actor-quotes")
    assert page.locator("#actor-timeline rect[data-quad]").count() >= 1
    assert "Maria Lindqvist" in page.text_content("#actor-partners")
    shot(page, shots, "actor")


def test_quotes_by_speaker(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/quotes")
    assert page.locator("#speakers li").count() == 5
    before = renders(page)
    page.click("#speakers a:text('Grace Mutua')")
    settle(page, before)
    assert page.text_content("#quotes-title") == "Quotes by Grace Mutua"
    items = page.locator("#quotes li")
    assert items.count() == 1 and "door to talks is open" in items.first.text_content()
    shot(page, shots, "quotes")


def test_itinerary_draws_the_tour_in_order(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/itinerary?name=Maria%20Lindqvist")
    labels = page.eval_on_selector_all(
        "#itinerary-map g.node text", "ts => ts.map(t => t.textContent)"
    )
    assert labels == ["1–2. Nairobi", "3. Addis Ababa", "4–5. Port Sudan"]
    assert page.locator("#itinerary-map path").count() == 1
    assert page.locator("#itinerary-list li").count() == 5
    shot(page, shots, "itinerary")
    before = renders(page)
    page.click("#itinerary-list li:nth-child(3) a")
    settle(page, before)
    assert "Addis Ababa" in page.text_content("#article-text mark.sentence")
