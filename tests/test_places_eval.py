"""The places scorer's reader: both gold formats, and offsets that drift from the text."""

from __future__ import annotations

from pathlib import Path

from tacitus.evaluate.places import align, read_corpus

TR_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[Storms hit Quetta and Multan.]]></text>
<toponyms><toponym><phrase>Quetta</phrase><start>11</start><end>17</end>
<gaztag geonameid="1"><lat>30.2</lat><lon>67.0</lon></gaztag></toponym>
<toponym><phrase>Multan</phrase><start>22</start><end>28</end></toponym></toponyms>
</article></articles>"""

GV_STYLE = """<articles><article><text>Rain fell on Nairobi.</text><locations>
<location><name>Nairobi</name><start>14</start><end>21</end><lat>-1.3</lat><lon>36.8</lon>
</location></locations></article></articles>"""


def test_reads_tr_news_style_with_and_without_points(tmp_path: Path) -> None:
    path = tmp_path / "tr.xml"
    path.write_text(TR_STYLE, encoding="utf-8")
    (art,) = read_corpus(path)
    quetta, multan = art.toponyms
    assert art.text[quetta.start : quetta.end] == "Quetta" and quetta.lat == 30.2
    assert art.text[multan.start : multan.end] == "Multan" and multan.lat is None


def test_one_based_offsets_are_aligned_to_the_phrase(tmp_path: Path) -> None:
    path = tmp_path / "gv.xml"
    path.write_text(GV_STYLE, encoding="utf-8")
    (art,) = read_corpus(path)
    (nairobi,) = art.toponyms
    assert art.text[nairobi.start : nairobi.end] == "Nairobi"


def test_align_finds_the_nearest_occurrence_when_far_off() -> None:
    text = "Herat, then Herat again."
    assert align(text, "Herat", 10, 15) == (12, 17)
    assert align(text, "Kabul", 3, 8) == (3, 8)  # absent: left as given


def test_reads_tud_loc_style_inline_tags_and_points(tmp_path: Path) -> None:
    from tacitus.evaluate.places import read_tud

    split = tmp_path / "training"
    split.mkdir()
    marked = (
        "Rain in <CITY>Quetta</CITY> and at <POI>Quetta Airport</POI>, <UNIT>Balochistan</CITY>."
    )
    (split / "text1.txt").write_text(marked, encoding="utf-8")
    (split / "coordinates.csv").write_text(
        "docId;idx;offset;latitude;longitude;sourceId\n"
        "text1.txt;0;8;30.2;67.0;geonames:1\ntext1.txt;1;22;;;\ntext1.txt;2;38;28.5;65.0;x\n",
        encoding="utf-8",
    )
    (art,) = read_tud(tmp_path)
    quetta, province = art.toponyms
    assert art.text[quetta.start : quetta.end] == "Quetta" and quetta.lat == 30.2
    assert art.text[province.start : province.end] == "Balochistan" and province.lon == 65.0
    (airport,) = art.others
    assert art.text[airport[0] : airport[1]] == "Quetta Airport"


def test_a_corpus_marks_adjectives_when_most_found_adjectives_are_gold() -> None:
    from tacitus.evaluate.places import marks_adjectives

    assert marks_adjectives(200, 150)  # TR-News-like: most adjectives are gold toponyms
    assert not marks_adjectives(200, 6)  # GeoVirus-like: a stray few
    assert not marks_adjectives(200, 99)  # under half: not the convention
    assert not marks_adjectives(5, 5)  # too few adjectives to tell
