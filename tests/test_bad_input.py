"""Bad input through the real CLI: one line per problem, the rest stored, no traceback.

Each bad file goes into one batch beside a good article; the CLI must print one line that
names the file and the problem, store the good article, and exit 0. A batch of nothing but
bad input exits 1.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.store import Store

pytestmark = pytest.mark.model

GOOD = (
    "Envoys meet in Muscat\n\nMT News\n\nMUSCAT: Omani mediators hosted envoys from both "
    "sides on Sunday, officials said. The talks will continue on Monday.\n\nAbout admin\n"
)
OTHER = "CAIRO: Egypt's foreign minister met his Sudanese counterpart on Tuesday, aides said."


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _dangling(d: Path) -> Path:
    link = d / "gone.txt"
    os.symlink(d / "missing-target.txt", link)
    return link


def _malformed_jsonl(d: Path) -> Path:
    lines = [
        json.dumps({"id": "ok-1", "text": OTHER}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "ok-3", "text": OTHER.replace("Tuesday", "Wednesday")}),
    ]
    return _write(d / "feed.jsonl", "\n".join(lines) + "\n")


# (name, make the bad input in a directory, what the one line must say)
CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty", lambda d: _write(d / "empty.txt", b""), "empty file"),
    ("whitespace", lambda d: _write(d / "blank.txt", " \n\t\n  \n"), "only whitespace"),
    ("binary", lambda d: _write(d / "photo.txt", bytes(range(256)) * 40), "binary"),
    (
        "undecodable",
        lambda d: _write(d / "garbled.txt", bytes(b % 128 + 128 for b in range(4000))),
        "undecodable bytes",
    ),
    ("malformed jsonl", _malformed_jsonl, "line 2: not valid JSON"),
    (
        "html without body",
        lambda d: _write(d / "head.html", "<html><head><title>Only a head</title></head></html>"),
        "no article text in the HTML",
    ),
    (
        "12 MB without a sentence end",
        lambda d: _write(d / "dump.txt", "token " * 2_000_000),
        "not prose",
    ),
    ("dangling symlink", _dangling, "dangling symbolic link"),
]


def run_ingest(db: Path, *paths: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["ingest", "--db", str(db), *map(str, paths)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert not any("Traceback" in ln for ln in lines)
    return result.exit_code, lines


@pytest.mark.parametrize(("name", "make", "problem"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_and_the_rest_is_stored(
    tmp_path: Path, name: str, make: Callable[[Path], Path], problem: str
) -> None:
    good = _write(tmp_path / "good.txt", GOOD)
    bad = make(tmp_path)
    t0 = time.perf_counter()
    code, lines = run_ingest(tmp_path / "t.duckdb", good, bad)
    assert time.perf_counter() - t0 < 30
    assert code == 0, lines
    mine = [ln for ln in lines if ln.startswith(f"{bad}:")]
    assert len(mine) == 1, lines
    assert problem in mine[0]
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        stored = store.count("articles")
    assert stored == (3 if name == "malformed jsonl" else 1)  # the other JSONL lines too
    assert lines[-1].startswith("read ")  # the summary line


def test_deeply_nested_html_is_read_without_a_crash(tmp_path: Path) -> None:
    para = "<p>ROME: The minister resigned on Sunday after losing a vote, aides said.</p>"
    page = "<html><body>" + "<div>" * 5000 + para + "</div>" * 5000 + "</body></html>"
    deep = _write(tmp_path / "deep.html", page)
    code, lines = run_ingest(tmp_path / "t.duckdb", deep)
    assert code == 0, lines
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        assert store.count("articles") == 1


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    bad = [make(tmp_path) for name, make, _p in CASES if name != "malformed jsonl"]
    code, lines = run_ingest(tmp_path / "t.duckdb", *bad)
    assert code == 1
    for path in bad:
        assert sum(ln.startswith(f"{path}:") for ln in lines) == 1, (path, lines)
