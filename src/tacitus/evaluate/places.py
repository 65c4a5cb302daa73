"""Score the places stage on TR-News, GeoVirus and TUD-Loc (``tacitus eval places FOLDER``).

Measures per corpus:

- ``<corpus>_acc161``: each gold toponym span is resolved in its article's context (the
  places the stage finds in that article); correct when within 161 km (100 miles) of the
  gold point (the gold span is given: resolution alone).
- ``<corpus>_f1``: end-to-end toponym detection, exact character spans, against the gold
  spans (``_f1_overlap`` counts any overlap as a match).
- ``<corpus>_recall`` and ``<corpus>_precision``: recognition, a gold toponym found when a
  predicted mention overlaps it, a prediction right when it overlaps a gold toponym.
- ``<corpus>_found_acc161``: of the gold toponyms found (with a point), the share whose
  predicted place lies within 161 km; ``<corpus>_e2e_acc161``: the same over all gold
  toponyms with a point (a missed toponym counts as wrong).

Annotation conventions differ: TR-News marks country adjectives ("Syrian"), GeoVirus and
TUD-Loc do not, so adjectival predictions are scored only where the corpus marks them. The
convention is read from each corpus' gold (``marks_adjectives``: most of the adjectives in
its texts are gold toponyms, or almost none are), so a corpus we have not seen is scored by
its own; ``<corpus>_adjectival`` says which way it went.
Our own passages (``corpus/places/newsets/*.marked.txt``: local US news, world news, written
for the project) are scored the same way beside the folder's corpora, as ``own_<file>_*``,
where the repository's corpus folder is at hand.
TUD-Loc (CC BY-NC-SA) is read from its training and validation folders, measurement only;
its streets, postcodes and buildings are no toponyms here, but a prediction inside one
counts against precision (a place inside a name).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..parse import Parse
from ..places.gazetteer import COUNTRY, Gazetteer
from ..places.toponyms import adjectives
from ..records import Place
from ..settings import Settings
from . import Report

CORPORA = {"TR-News.xml": "trnews", "GeoVirus.xml": "geovirus", "tud_loc2013": "tudloc"}
#: A corpus marks country adjectives as toponyms when at least this share of the adjectives
#: found in its texts (and at least MIN_ADJECTIVES of them) lie in its gold spans.
ADJECTIVE_SHARE = 0.5
MIN_ADJECTIVES = 20
KM = 161.0
#: TUD-Loc types that are toponyms for us (not POI, STREET, STREETNR, ZIP).
TUD_TYPES = frozenset({"CONTINENT", "COUNTRY", "CITY", "UNIT", "REGION", "LANDMARK"})
#: Our own sets: marks ``[[as written|ISO3/admin1:feature]]`` or ``[[as written|@lat,lon]]``.
OWN = Path(__file__).resolve().parents[3] / "corpus" / "places" / "newsets"
_MARK = re.compile(r"\[\[([^\]|]+)\|([^\]]*)\]\]")
_SPEC = re.compile(r"@(-?[\d.]+),(-?[\d.]+)|([A-Z]{0,3})(?:/([^\]:]+))?(?::(\w+))?")
_TAG = re.compile(r"<(/?)([A-Z]+)(?:\s[^>]*)?>")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None
    kind: str = ""  # the corpus' type of the toponym, where it gives one (TUD-Loc)


@dataclass
class GoldArticle:
    text: str
    toponyms: list[Gold]
    others: list[tuple[int, int]] = field(default_factory=list)  # names that are no toponym


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


def read_marked(path: Path, gaz: Gazetteer) -> list[GoldArticle]:
    """One of our own sets: one passage a line (``id<TAB>text``), toponyms marked inline."""
    from ..places.train import intended

    arts = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        marked = line.partition("\t")[2]
        parts: list[str] = []
        golds: list[Gold] = []
        pos = 0
        for m in _MARK.finditer(marked):
            parts.append(marked[pos : m.start()])
            start = sum(map(len, parts))
            surface, spec = m.groups()
            parts.append(surface)
            pos = m.end()
            s = _SPEC.fullmatch(spec)
            if s is None:
                raise InputError(str(path), f"line {n}: bad mark {m.group(0)}")
            if s.group(1) is not None:
                lat, lon = float(s.group(1)), float(s.group(2))
            else:
                c = intended(gaz, surface, s.group(3), s.group(4), s.group(5))
                if c is None:
                    raise InputError(str(path), f"line {n}: no entry for {m.group(0)}")
                lat, lon = c.lat, c.lon
            golds.append(Gold(start, start + len(surface), lat, lon))
        parts.append(marked[pos:])
        arts.append(GoldArticle("".join(parts), golds))
    return arts


def _strip_tags(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """TUD-Loc's inline tags: the plain text and each annotation's (start, end, type)."""
    out, spans, pos, opened = [], [], 0, None
    for m in _TAG.finditer(marked):
        out.append(marked[pos : m.start()])
        here = sum(map(len, out))
        if m.group(1) == "":
            opened = (here, m.group(2))
        elif opened is not None:  # closing tags sometimes name another type
            spans.append((opened[0], here, opened[1]))
            opened = None
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def read_tud(folder: Path) -> list[GoldArticle]:
    """TUD-Loc-2013: ``text*.txt`` with inline tags, ``coordinates.csv`` with points."""
    arts = []
    for split in ("training", "validation"):
        d = folder / split
        if not d.is_dir():
            continue
        points: dict[tuple[str, int], tuple[float, float]] = {}
        try:
            with (d / "coordinates.csv").open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh, delimiter=";"):
                    if row["latitude"] and row["longitude"]:  # some have no point
                        key = (row["docId"], int(row["idx"]))
                        points[key] = (float(row["latitude"]), float(row["longitude"]))
        except (OSError, KeyError, ValueError) as exc:
            raise InputError(str(d / "coordinates.csv"), f"unreadable: {exc}") from exc
        for f in sorted(d.glob("text*.txt")):
            text, spans = _strip_tags(f.read_text(encoding="utf-8"))
            golds, others = [], []
            for idx, (s, e, kind) in enumerate(spans):
                if kind not in TUD_TYPES:
                    others.append((s, e))
                    continue
                lat, lon = points.get((f.name, idx), (None, None))
                golds.append(Gold(s, e, lat, lon, kind))
            arts.append(GoldArticle(text, golds, others))
    return arts


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


@dataclass
class _Tally:
    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0  # exact spans
    found: int = 0  # gold toponyms overlapped by a prediction
    right: int = 0  # predictions overlapping a gold toponym
    n_point: int = 0  # gold toponyms with a point
    found_point: int = 0
    found_ok: int = 0  # found, and the predicted place within KM
    ok: int = 0  # gold span resolved within KM

    def scores(self) -> dict[str, float]:
        recall = self.found / self.n_gold if self.n_gold else 0.0
        precision = self.right / self.n_pred if self.n_pred else 0.0
        return {
            "acc161": self.ok / self.n_point if self.n_point else 0.0,
            "f1": _f1(self.tp, self.n_pred, self.n_gold),
            "f1_overlap": 2 * recall * precision / (recall + precision)
            if recall + precision
            else 0.0,
            "recall": recall,
            "precision": precision,
            "found_acc161": self.found_ok / self.found_point if self.found_point else 0.0,
            "e2e_acc161": self.found_ok / self.n_point if self.n_point else 0.0,
        }


def marks_adjectives(demonyms: int, marked: int) -> bool:
    """Whether a corpus' gold marks country adjectives as toponyms: most of the adjectives
    the stage finds in its texts (at least ``MIN_ADJECTIVES`` of them) overlap a gold span.
    A corpus that marks them (TR-News) has most of them in its gold, one that does not
    (GeoVirus, TUD-Loc) almost none, so an unseen corpus is scored by its own convention."""
    return demonyms >= MIN_ADJECTIVES and marked >= ADJECTIVE_SHARE * demonyms


def score_corpus(
    arts: list[GoldArticle], settings: Settings, adjectival: bool | None = None
) -> dict[str, float]:
    """Scores one corpus. ``adjectival`` says whether country adjectives are toponyms
    there; None reads it from the gold (``marks_adjectives``)."""
    from ..nlp import load_model, to_parse
    from ..places import article_places, gazetteer
    from ..places.resolve import distance_km, resolve
    from ..records import Article

    gaz, nlp = gazetteer.load(), load_model(settings.model)
    t = _Tally()
    found: list[tuple[GoldArticle, list[tuple[int, int, Place]], set[tuple[int, int]]]] = []
    n_adj = n_marked = 0
    for art, doc in zip(arts, nlp.pipe(a.text for a in arts), strict=True):
        parse = to_parse(doc)
        resolved, ctx = article_places(gaz, parse, Article(id="gold", text=art.text))
        demonyms = _demonyms(parse, art.text, gaz)
        gold = [(g.start, g.end) for g in art.toponyms]
        n_adj += len(demonyms)
        n_marked += sum(_overlaps(d, gold) for d in demonyms)
        found.append((art, [(m.start, m.end, p) for m, p in resolved], demonyms))
        for g in art.toponyms:  # resolution alone, given the gold span
            if g.lat is None or g.lon is None:
                continue
            t.n_point += 1
            tok = parse.token_at(g.start)
            at = (tok.sent, g.start) if tok is not None else None
            c = resolve(gaz, art.text[g.start : g.end], ctx, None, at)
            t.ok += c is not None and distance_km(c.lat, c.lon, g.lat, g.lon) <= KM
    if adjectival is None:
        adjectival = marks_adjectives(n_adj, n_marked)
    for art, resolved_spans, demonyms in found:
        preds = [x for x in resolved_spans if adjectival or (x[0], x[1]) not in demonyms]
        pred = {(s, e) for s, e, _ in preds}
        gold = [(g.start, g.end) for g in art.toponyms]
        t.n_gold += len(gold)
        t.n_pred += len(pred)
        t.tp += len(pred & set(gold))
        t.right += sum(_overlaps(sp, gold) for sp in pred)
        for g in art.toponyms:
            hits = [p for s, e, p in preds if s < g.end and g.start < e]
            t.found += bool(hits)
            if g.lat is None or g.lon is None or not hits:
                continue
            t.found_point += 1
            p = hits[0]
            near = p.lat is not None and p.lon is not None
            t.found_ok += near and distance_km(p.lat, p.lon, g.lat, g.lon) <= KM  # type: ignore[arg-type]
    scores = t.scores()
    scores["adjectives_marked"] = n_marked / n_adj if n_adj else 0.0
    scores["adjectival"] = float(adjectival)
    return scores


def _demonyms(parse: Parse, text: str, gaz: Gazetteer) -> set[tuple[int, int]]:
    """Spans of country adjectives that are not also a country's name ("Kenyan", not "US")."""
    out = set()
    for s, e, _ in adjectives(parse, gaz):
        if not any(c.feature == COUNTRY for c in gaz.lookup(text[s:e])):
            out.add((s, e))
    return out


def _read(f: Path) -> list[GoldArticle]:
    return read_tud(f) if f.is_dir() else read_corpus(f)


def _score_own(settings: Settings, scores: dict[str, float], details: list[str]) -> None:
    """Our own sets, where the repository's corpus folder is at hand."""
    from ..places import gazetteer

    for f in sorted(OWN.glob("*.marked.txt")) if OWN.is_dir() else []:
        arts = read_marked(f, gazetteer.load())
        name = f.name.removesuffix(".marked.txt")
        got = score_corpus(arts, settings)
        scores.update({f"own_{name}_{k}": round(v, 4) for k, v in got.items()})
        n = sum(len(a.toponyms) for a in arts)
        details.append(f"own {f.name}: {len(arts)} passages, {n} gold toponyms")


def score(path: Path, settings: Settings) -> Report:
    single = path.is_file() or (path / "training").is_dir()  # one corpus, TUD-Loc's included
    files = [path] if single else [path / name for name in CORPORA]
    files = [f for f in files if f.exists()]
    if not files:
        raise InputError(str(path), "no TR-News.xml, GeoVirus.xml or tud_loc2013 here")
    scores: dict[str, float] = {}
    details = []
    for f in files:
        corpus = CORPORA.get(f.name, f.stem.lower())
        arts = _read(f)
        got = score_corpus(arts, settings)
        scores.update({f"{corpus}_{k}": round(v, 4) for k, v in got.items()})
        n = sum(len(a.toponyms) for a in arts)
        details.append(f"{f.name}: {len(arts)} articles, {n} gold toponyms")
    if not single:
        _score_own(settings, scores, details)
    return Report("places", scores, details)
