"""Ingest: paths, formats and decoding (no model)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.errors import InputError
from tacitus.ingest import decode, read_inputs
from tacitus.records import RawArticle

BODY = "KABUL: The envoy met officials on Monday. Both sides called the meeting “useful”."


def items(*paths: str | Path) -> list[RawArticle | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second. " + BODY)
    (tmp_path / "a.html").write_text(f"<html><body><p>{BODY}</p></body></html>")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": BODY}) + "\n")
    (tmp_path / "notes.csv").write_text("a,b\n")  # not an article format: not picked up
    (tmp_path / ".hidden.txt").write_text(BODY)
    got = items(tmp_path)
    assert all(isinstance(x, RawArticle) for x in got)
    origins = [x.origin for x in got if isinstance(x, RawArticle)]
    assert origins == [
        str(tmp_path / "a.html"),
        str(tmp_path / "b" / "z.txt"),
        f"{tmp_path / 'c.jsonl'}:1",
    ]
    assert items(tmp_path) == got  # deterministic


def test_glob_and_missing_paths(tmp_path: Path) -> None:
    for n in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / n).write_text(BODY)
    got = items(tmp_path / "x*.txt")
    assert [Path(x.origin).name for x in got if isinstance(x, RawArticle)] == ["x1.txt", "x2.txt"]
    (none,) = items(tmp_path / "q*.txt")
    assert isinstance(none, InputError) and "no file matches" in str(none)
    (missing,) = items(tmp_path / "nope.txt")
    assert isinstance(missing, InputError) and "no such file" in str(missing)


def test_html_by_suffix_or_by_content(tmp_path: Path) -> None:
    (tmp_path / "p.htm").write_text(f"<p>{BODY}</p>")
    (tmp_path / "q.txt").write_text(f"<!DOCTYPE html><html><body><p>{BODY}</p></body></html>")
    a, b = items(tmp_path / "p.htm", tmp_path / "q.txt")
    assert isinstance(a, RawArticle) and a.html and a.text is None
    assert isinstance(b, RawArticle) and b.html and b.text is None


def test_jsonl_fields_id_and_line_numbers(tmp_path: Path) -> None:
    rec = {
        "id": 42,
        "title": "T",
        "url": "https://example.org/a",
        "source": "Wire",
        "published": "2021-07-01",
        "text": BODY,
    }
    lines = [json.dumps(rec), "", "{oops", json.dumps([1, 2]), json.dumps({"id": "x"})]
    lines.append(json.dumps({"id": "h", "html": f"<p>{BODY}</p>"}))
    f = tmp_path / "w.jsonl"
    f.write_text("\n".join(lines) + "\n")
    got = items(f)
    first = got[0]
    assert isinstance(first, RawArticle)
    assert (first.id, first.title, first.url, first.source, first.published) == (
        "42",
        "T",
        "https://example.org/a",
        "Wire",
        "2021-07-01",
    )
    assert first.origin == f"{f}:1"
    errors = [str(x) for x in got if isinstance(x, InputError)]
    assert errors[0].startswith(f"{f}: line 3: not valid JSON")
    assert errors[1] == f"{f}: line 4: not a JSON object"
    assert errors[2] == f"{f}: line 5: no text or html field"
    last = got[-1]
    assert isinstance(last, RawArticle) and last.html and last.id == "h"


def test_jsonl_gz(tmp_path: Path) -> None:
    f = tmp_path / "w.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"g{i}", "text": BODY}) + "\n")
    assert [x.id for x in items(f) if isinstance(x, RawArticle)] == ["g0", "g1", "g2"]
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (err,) = items(bad)
    assert isinstance(err, InputError) and str(err).startswith(f"{bad}: ")


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode("utf-16"))))
    (a,) = items("-")
    assert isinstance(a, RawArticle) and a.text == BODY and a.origin == "<stdin>"
    data = (json.dumps({"id": "s1", "text": BODY}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (b,) = items("-")
    assert isinstance(b, RawArticle) and b.id == "s1"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (BODY.encode("utf-8"), BODY),
        (b"\xef\xbb\xbf" + BODY.encode("utf-8"), BODY),
        (BODY.encode("utf-16"), BODY),
        (BODY.encode("utf-16-le"), BODY),  # no BOM, found by its NUL pattern
        ("He said “peace” – then left. Talks resume on Monday.".encode("cp1252"), None),
        ("Delegates met at the Café in Genève, officials said.".encode("latin-1"), None),
    ],
)
def test_decoding(data: bytes, text: str | None) -> None:
    out = decode(data, "f")
    if text is not None:
        assert out == text
    else:
        assert out == data.decode("cp1252")  # cp1252 is latin-1's printable superset


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (bytes(range(256)) * 20, "binary"),
        (b"The talks went on.\x00\x00 More text.\x00" * 40, "NUL"),
        (b"\xff\xfe" + "A\x00B\x00C".encode("utf-16-le"), "NUL"),
        (bytes(b % 128 + 128 for b in range(3000)), "undecodable"),
    ],
)
def test_decoding_refusals(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as err:
        decode(data, "f.txt")
    assert str(err.value).startswith("f.txt: ")
    assert "\n" not in str(err.value)


def test_dangling_symlink_in_a_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    got = items(tmp_path)
    assert isinstance(got[0], RawArticle)
    assert isinstance(got[1], InputError)
    assert (
        str(got[1]) == f"{tmp_path / 'b.txt'}: dangling symbolic link (its target does not exist)"
    )


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_decode_never_raises_anything_but_input_error(data: bytes) -> None:
    try:
        text = decode(data, "f.txt")
    except InputError as err:
        assert str(err).startswith("f.txt: ") and "\n" not in str(err)
    else:
        assert isinstance(text, str) and "\x00" not in text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_text_round_trips_through_decode(text: str, codec: str) -> None:
    if not text or "\x00" in text:
        return
    data = text.encode(codec, errors="surrogatepass")
    try:
        out = decode(data, "f.txt")
    except InputError:
        return  # control-character soup may be refused as binary; never a crash
    assert out == text
