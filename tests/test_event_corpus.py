"""The event corpus tooling: loader, validator, split, datasheet (no model needed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.events import corpus

MINI = Path(__file__).parent / "fixtures" / "corpus_mini"
HEADER = "\t".join(corpus.HEADER)
GOOD = "Chad recalled its ambassador from Niger.\t161\tChad\tNiger\t0\tasserted\t" + (
    "event\twire|africa|2010s"
)


def write(tmp_path: Path, *lines: str, name: str = "pos_x.tsv") -> Path:
    (tmp_path / name).write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return tmp_path / name


def test_loads_a_good_file_and_derives_plover() -> None:
    rows = corpus.load(MINI)
    assert len(rows) == 60
    visit = next(r for r in rows if r.text.startswith("Kenyan President"))
    assert (visit.cameo, visit.plover, visit.plover_mode) == ("042", "CONSULT", "visit")
    sport = next(r for r in rows if r.text.startswith("Liverpool crushed"))
    assert (sport.cameo, sport.label, sport.source) == (None, corpus.NONE, None)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (GOOD.replace("\t161\t", "\t999\t"), "unknown CAMEO code '999'"),
        (GOOD.replace("\tNiger\t0", "\tMali\t0"), "target 'Mali' is not a substring"),
        (GOOD.replace("\t0\tasserted", "\tyes\tasserted"), "negated must be 0 or 1"),
        (GOOD.replace("asserted", "rumoured"), "unknown modality 'rumoured'"),
        (GOOD.replace("wire|africa|2010s", "wire|africa"), "tags must be register|region|era"),
        (GOOD.replace("\t161\t", "\t-\t"), "class 'event' needs a CAMEO code"),
        ("\t".join(GOOD.split("\t")[:5]), "expected 8 tab-separated fields, got 5"),
    ],
)
def test_a_bad_line_is_one_error_naming_file_and_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = write(tmp_path, GOOD.replace("Chad", "Benin"), line)
    with pytest.raises(InputError) as err:
        corpus.load(tmp_path)
    assert str(err.value).startswith(f"{path}:3: ")
    assert problem in str(err.value)
    assert "\n" not in str(err.value)


def test_bad_header_and_duplicates_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text("text\tcode\n" + GOOD + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.tsv:1: header must be"):
        corpus.load(tmp_path)
    (tmp_path / "a.tsv").unlink()
    write(tmp_path, GOOD, name="a.tsv")
    write(tmp_path, GOOD.replace("Chad recalled", "Chad  recalled"), name="b.tsv")
    with pytest.raises(InputError, match=r"b\.tsv:2: duplicate text \(first at .*a\.tsv:2\)"):
        corpus.load(tmp_path)


def test_split_is_deterministic_disjoint_and_about_fifteen_percent() -> None:
    rows = corpus.load(MINI)
    train = corpus.load(MINI, split="train")
    held = corpus.load(MINI, split="heldout")
    assert {r.text for r in train}.isdisjoint({r.text for r in held})
    assert len(train) + len(held) == len(rows)
    assert [r.split for r in rows] == [corpus.split_of(r.text) for r in corpus.load(MINI)]
    # whitespace and case do not move a sentence across the split
    assert corpus.split_of("Chad  recalled its AMBASSADOR.") == corpus.split_of(
        "chad recalled its ambassador."
    )
    texts = [f"Country {i} recalled envoy number {i * 7}." for i in range(3000)]
    share = sum(corpus.split_of(t) == "heldout" for t in texts) / len(texts)
    assert 0.13 < share < 0.17


def test_datasheet_is_generated_and_checked(tmp_path: Path) -> None:
    folder = tmp_path / "events"
    shutil.copytree(MINI, folder)
    (folder / "DATASHEET.md").write_text("# Mini\n\nWritten by hand.\n", encoding="utf-8")
    assert corpus.write_datasheet(folder, check=True) is False
    corpus.write_datasheet(folder)
    text = (folder / "DATASHEET.md").read_text(encoding="utf-8")
    assert text.startswith("# Mini\n\nWritten by hand.\n")
    assert "60 rows: 48 train, 12 held out" in text
    assert "| sports | " in text and "| CONSULT | " in text
    assert corpus.write_datasheet(folder, check=True) is True
    write(folder, GOOD, name="z.tsv")
    assert corpus.write_datasheet(folder, check=True) is False


def test_cli_check_reports_a_bad_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, GOOD.replace("\t161\t", "\tabc\t"))
    assert corpus.main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and ":2: unknown CAMEO code 'abc'" in err
