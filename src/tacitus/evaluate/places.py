"""Score the places stage on TR-News and GeoVirus (``tacitus eval places FOLDER``).

Two measures per corpus:

- ``<corpus>_acc161``: each gold toponym span is resolved in its article's context (the
  places the stage finds in that article); correct when within 161 km (100 miles) of the
  gold point.
- ``<corpus>_f1``: end-to-end toponym detection, exact character spans, against the gold
  spans (``_f1_overlap`` counts any overlap as a match).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..settings import Settings
from . import Report

CORPORA = {"TR-News.xml": "trnews", "GeoVirus.xml": "geovirus"}
KM = 161.0


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    text: str
    toponyms: list[Gold]


def _float(node: ET.Element | None, tag: str) -> float | None:
    value = node.findtext(tag) if node is not None else None
    return float(value) if value not in (None, "") else None


def align(text: str, phrase: str | None, start: int, end: int) -> tuple[int, int]:
    """Gold offsets that spell ``phrase``: GeoVirus counts from 1, some TR-News spans drift."""
    if not phrase or text[start:end] == phrase:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift : end + shift] == phrase:
            return start + shift, end + shift
    hits = [i for i in range(len(text)) if text.startswith(phrase, i)]
    if hits:
        best = min(hits, key=lambda i: abs(i - start))
        return best, best + len(phrase)
    return start, end


def read_corpus(path: Path) -> list[GoldArticle]:
    """TR-News (``toponym`` with ``gaztag``) and GeoVirus (``location``) share this reader."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(str(path), f"not valid XML: {exc}") from exc
    out = []
    for art in root.iter("article"):
        golds = []
        text = art.findtext("text") or ""
        for t in [*art.iter("toponym"), *art.iter("location")]:
            point = t.find("gaztag") if t.tag == "toponym" else t
            start, end = t.findtext("start"), t.findtext("end")
            if start is None or end is None:
                continue
            phrase = t.findtext("phrase") if t.tag == "toponym" else t.findtext("name")
            s, e = align(text, phrase, int(start), int(end))
            golds.append(Gold(s, e, _float(point, "lat"), _float(point, "lon")))
        out.append(GoldArticle(text, golds))
    return out


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score_corpus(arts: list[GoldArticle], settings: Settings) -> dict[str, float]:
    from ..nlp import load_model, to_parse
    from ..places import gazetteer
    from ..places.resolve import context, distance_km, resolve
    from ..places.toponyms import adjectives, find

    gaz, nlp = gazetteer.load(), load_model(settings.model)
    n = ok = tp = tp_overlap = n_pred = n_gold = 0
    for art, doc in zip(arts, nlp.pipe(a.text for a in arts), strict=True):
        parse = to_parse(doc)
        mentions = find(parse, art.text, gaz)
        ctx = context(gaz, mentions, [c for _, _, c in adjectives(parse, gaz)])
        pred = {(m.start, m.end) for m in mentions}
        gold = {(g.start, g.end) for g in art.toponyms}
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        tp += len(pred & gold)
        tp_overlap += sum(any(s < ge and gs < e for s, e in pred) for gs, ge in gold)
        for g in art.toponyms:
            if g.lat is None or g.lon is None:
                continue
            n += 1
            c = resolve(gaz, art.text[g.start : g.end], ctx)
            ok += c is not None and distance_km(c.lat, c.lon, g.lat, g.lon) <= KM
    return {
        "acc161": ok / n if n else 0.0,
        "f1": _f1(tp, n_pred, n_gold),
        "f1_overlap": _f1(tp_overlap, n_pred, n_gold),
    }


def score(path: Path, settings: Settings) -> Report:
    files = [path] if path.is_file() else [path / name for name in CORPORA]
    files = [f for f in files if f.is_file()]
    if not files:
        raise InputError(str(path), "no TR-News.xml or GeoVirus.xml here")
    scores: dict[str, float] = {}
    details = []
    for f in files:
        corpus = CORPORA.get(f.name, f.stem.lower())
        arts = read_corpus(f)
        got = score_corpus(arts, settings)
        scores.update({f"{corpus}_{k}": round(v, 4) for k, v in got.items()})
        n = sum(len(a.toponyms) for a in arts)
        details.append(f"{f.name}: {len(arts)} articles, {n} gold toponyms")
    return Report("places", scores, details)
