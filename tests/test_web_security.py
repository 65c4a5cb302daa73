"""Untrusted text stays text: a hostile article, ingested, never runs or appears as markup.

Also: CSP and other headers, no CDN or inline script in the shipped assets, SQL values as
parameters, and the write token on a real server.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from fixtures.web.server import browser, serving, settle
from fixtures.web.store import build, plain_records
from tacitus.api import create_app
from tacitus.pipeline import Pipeline
from tacitus.settings import Settings
from tacitus.store import Store

STATIC = Path(str(files("tacitus"))) / "web" / "static"
TOKEN = "s3cret-for-tests"
HOSTILE = {
    "title": '<script>window.__xss = 11</script>Ceasefire <img src=x onerror="window.__xss = 12">',
    "source": '<iframe src="javascript:window.__xss = 13"></iframe>',
    "text": 'GARISSA: <img src=x onerror="window.__xss = 14"> Officials met elders in Garissa on '
    "Monday.<script>window.__xss = 15</script>\n\n"
    '"We want <b onmouseover="window.__xss = 16">peace</b>," the elders said.',
}
MILITIA = '<img src=x onerror="window.__xss = 9">militia'


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("sec") / "sec.duckdb"
    with Store(path) as store:
        store.add([(r, "test") for r in plain_records() + plain_records("xss.jsonl")])
        yield TestClient(create_app(Settings(db=str(path)), store, token=""))


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for url in ("/", "/docs", "/api/events", "/static/app.js", "/api/nope"):
        res = client.get(url)
        csp = res.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert res.headers["x-content-type-options"] == "nosniff"
        assert res.headers["x-frame-options"] == "DENY"


def test_assets_are_offline_and_build_dom_without_innerhtml() -> None:
    names = sorted(p.name for p in STATIC.iterdir())
    assert {"index.html", "app.js", "charts.js", "style.css", "docs.html"} <= set(names)
    for p in STATIC.iterdir():
        body = p.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", body), p.name  # no CDN
        assert "innerHTML" not in body and "outerHTML" not in body, p.name
        assert "insertAdjacentHTML" not in body and "document.write" not in body, p.name
        assert "eval(" not in body and "new Function" not in body, p.name
    for page, script in (("index.html", "app.js"), ("docs.html", "docs.js")):
        html = (STATIC / page).read_text(encoding="utf-8")
        want = [f'<script type="module" src="/static/{script}">']
        assert re.findall(r"<script[^>]*>", html) == want, page
        assert not re.search(r"\son[a-z]+=", html), page  # no inline handlers


def test_sql_values_are_parameters(client: TestClient) -> None:
    total = client.get("/api/events").json()["total"]
    for attack in ("' OR 1=1 --", "%' OR '1'='1", "x'; DROP TABLE events; --"):
        for key in ("actor", "text", "place", "source"):
            res = client.get("/api/events", params={key: attack})
            assert res.status_code == 200 and res.json()["total"] == 0, (key, attack)
    assert client.get("/api/events").json()["total"] == total  # nothing dropped
    assert client.get("/api/itinerary", params={"actor": "' OR 1=1 --"}).json() == []


def test_api_returns_hostile_text_as_json_only(client: TestClient) -> None:
    res = client.get("/api/articles/web-xss")
    assert res.headers["content-type"].startswith("application/json")
    assert "<script>" in res.json()["article"]["title"]  # stored as given, served as data
    res = client.get(f"/api/actors/{MILITIA}")
    assert res.status_code == 200 and res.headers["content-type"] == "application/json"


# -- in a browser, on a real server, with a hostile article ingested over HTTP ---------------


def post(base: str, body: Any, token: str | None) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(
        f"{base}/api/articles", data=json.dumps(body).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return res.status, json.loads(res.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[str]:
    db = tmp_path_factory.mktemp("hostile") / "store.duckdb"
    build(db, pipeline)
    with serving(db, token=TOKEN) as base:
        yield base


@pytest.mark.browser
@pytest.mark.model
@pytest.mark.slow
def test_hostile_article_never_runs_in_any_view(hostile_server: str) -> None:
    base = hostile_server
    assert post(base, [HOSTILE], None)[0] == 401
    assert post(base, [HOSTILE], "wrong")[0] == 403
    status, summary = post(base, [HOSTILE], TOKEN)
    assert status == 201 and summary["new"] == 1
    posted = summary["ids"][0]
    views = [
        "#/",
        "#/?text=police",
        "#/article?id=web-xss&event=web-xss-e0",
        f"#/article?id={posted}",
        "#/quotes",
        "#/quotes?" + urllib.parse.urlencode({"speaker": MILITIA}),
        "#/actor?" + urllib.parse.urlencode({"name": MILITIA}),
        "#/itinerary?" + urllib.parse.urlencode({"name": MILITIA}),
    ]
    with browser() as b:
        page = b.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for view in views:
            page.goto("about:blank")
            page.goto(f"{base}/{view}")
            settle(page, 0)
            check_page(page, view)
        page.goto(f"{base}/docs")
        page.wait_for_selector("#endpoints section")
        assert page.evaluate("window.__xss") is None
    assert dialogs == []


def check_page(page: Any, view: str) -> None:
    assert page.get_attribute("body", "data-ready") not in (None, "error"), view
    assert page.evaluate("window.__xss") is None, view
    # no element the data could have made: scripts are ours, no handlers, no images or frames
    scripts = page.eval_on_selector_all("script", "ss => ss.map(s => s.getAttribute('src'))")
    assert scripts == ["/static/app.js"], view
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
        ".filter(a => a.name.startsWith('on')).map(a => a.name))"
    )
    assert handlers == [], view
    assert page.locator("img, iframe, object, embed, svg b, svg i").count() == 0, view
    html = page.content()
    assert "<img src=x" not in html and "<script>window" not in html, view
    assert "javascript:" not in "".join(
        page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href') || '')")
    ), view
    if "article?id=web-xss" in view:  # the hostile text is shown, as text
        assert 'onerror="window.__xss = 5"' in page.text_content("#article-text")
        assert "<script>" in page.text_content("#article-title")


def test_loopback_server_refuses_other_host_names(tmp_path: Path) -> None:
    from tacitus.api import allowed_hosts

    assert allowed_hosts("0.0.0.0") is None
    with Store(tmp_path / "h.duckdb") as store:
        app = create_app(Settings(), store, token="", hosts=allowed_hosts("127.0.0.1"))
        local = TestClient(app, base_url="http://127.0.0.1:8000")
        assert local.get("/api/summary").status_code == 200
        rebound = TestClient(app, base_url="http://attacker.example:8000")
        assert rebound.get("/api/summary").status_code == 400
