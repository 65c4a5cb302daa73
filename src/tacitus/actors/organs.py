"""Bare state organs as the subjects of acts: "the government imposed a curfew".

"The government", "the ministry", "parliament" with no country of their own and none from the
passage stand as an actor (sector only) where they are the subject of an act: a verb one of
whose event-lexicon patterns fits the sentence. Not where the organ is described ("faces a
crisis", "has a point", "is in recess"), generic ("the government of the day", "the
governments"), or the subject of a verb of force done to no one ("shot down reports",
"battling a shortage"), a figure; measured on our corpus' held-out split, the six classes of
false events that letting every subject organ stand made.

The same holds for a union, a delegation, a qualified party ("the ruling party") and a
qualified council or commission ("the electoral commission"), where what they grant or
ease must be done to someone ("granted permission for a new mall" is local business).

The shipped lexicon tables (``verbs.tsv``, ``event_nouns.tsv``) are read here as data: the
events stage is not imported, and a user's own lexicon files are not consulted (an organ
stands on the shipped patterns only).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..parse import Parse
from .context import GOVERNMENT
from .mention import Context, Mention


def organ_acts(ctx: Context, m: Mention) -> bool:
    """Whether a definite state organ with no country ("the government" in a passage about
    two countries, or none) stands as the subject of an act: the subject of a verb one of
    whose event-lexicon patterns fits ("the government imposed a curfew"), so that the event
    keeps a source to match by its span.

    Not where the organ is described rather than acting: a verb no pattern fits ("faces a
    crisis", "has a point", "is in recess", "will weigh whether to ..."), a plural or a
    generic ("governments", "the government of the day"); and not where a verb of force
    acts on no one, for a body of officials fights only in figures ("the ministry shot
    down reports", "is killing democracy", "battling a shortage", "vowed to punish
    corruption"): such a verb's object must name a person, a body or a place. Nor where
    the act is done "to help" do something to no one ("sent troops to help clear the
    debris"): relief at home, with no party it is done to."""
    verb = _organ_verb(ctx, m)
    return verb is not None and _acts(ctx, verb)


def body_acts(ctx: Context, head: int) -> bool:
    """Whether a common noun for a state body a word qualifies ("the electoral commission",
    "the city council") is the subject of an act, as :func:`organ_acts` reads one."""
    toks = ctx.tokens
    t = toks[head]
    if t.dep != "nsubj" or toks[t.head].pos != "VERB" or _generic(ctx.parse, head):
        return False
    return _qualifier(ctx, head) and _acts(ctx, t.head, BODY_CODES)


def _qualifier(ctx: Context, head: int) -> bool:
    """A lower-case word before the head that says which body ("the *electoral*
    commission", "the *city* council"), not an owner's name or a count."""
    return any(
        k.i < head and k.dep in ("amod", "compound") and k.text.islower()
        for k in ctx.parse.child_tokens[head]
    )


def _acts(ctx: Context, verb: int, codes: tuple[str, ...] = ()) -> bool:
    """A verb one of whose event patterns fits, not done to help at home, and not of force
    (or of ``codes``) done to no one."""
    fits = _fitting(ctx.parse, verb)
    if not fits or _relief(ctx, verb):
        return False
    return not _force_on_no_one(ctx, fits, codes or FORCE_CODES)


#: links of a purpose clause to the act or its object ("sent troops *to help* ...")
PURPOSE = frozenset({"xcomp", "advcl", "acl", "relcl"})


def _relief(ctx: Context, verb: int) -> bool:
    """Whether the act is done "to help" do something that names no person, body or place
    ("sent troops to help clear the debris"; not "to help the rebels")."""
    toks = ctx.tokens
    for k in ctx.parse.subtree(verb):
        if toks[k].lemma.lower() == "help" and toks[k].dep in PURPOSE:
            return not any(_someone(ctx, j) for j in ctx.parse.subtree(k))
    return False


def organ_figure(ctx: Context, m: Mention) -> bool:
    """Whether a definite state organ is the subject of a verb of violence done to no one
    ("the ministry shot down reports", "is killing democracy"): a figure, whatever country
    the passage gives it. Coercion (seizing, closing, banning) is done to things as well
    ("seized farms", "shut down a newspaper"): only an organ that would be new on its
    strength (:func:`organ_acts`) must have someone as its object."""
    verb = _organ_verb(ctx, m)
    return verb is not None and _force_on_no_one(ctx, _fitting(ctx.parse, verb), VIOLENCE)


#: title classes of the bodies of public life besides the government's that, definite and
#: with no country, stand as the subject of an act as a state organ does: "the union called
#: a strike", "the delegation walked out"; a group only where a word gives its sector ("the
#: rebel group"); a council or commission only where a word says which (:data:`QUALIFIED`,
#: :func:`body_acts`), for a bare one's acts are mostly local business. Not courts: on our
#: corpus, letting a qualified one stand changed nothing.
PUBLIC_BODIES = frozenset({"union", "delegation", "group", "party", "council", "commission"})
#: of these, the ones whose plural is one side too ("the unions rejected the offer")
SIDES = frozenset({"union"})
#: of these, the ones that stand only with a word before the head that says which ("the
#: ruling party", "the opposition party"): "the party" alone, on our corpus, is mostly
#: campaigning ("the party mobilised its base"), no event
QUALIFIED = frozenset({"party", "council", "commission"})


def _organ_verb(ctx: Context, m: Mention) -> int | None:
    """The verb a definite, singular, particular state organ or body of public life
    (:data:`PUBLIC_BODIES`) is the subject of."""
    if not m.definite or m.title is None:
        return None
    cls = m.title.cls
    if cls not in GOVERNMENT and not (cls in PUBLIC_BODIES and m.sector is not None):
        return None
    if cls in QUALIFIED and m.last - m.first < 2:
        return None
    toks = ctx.tokens
    head = toks[m.last - 1]
    plural = head.tag in ("NNS", "NNPS") and cls not in SIDES
    if head.dep != "nsubj" or plural or _generic(ctx.parse, head.i):
        return None
    return head.head if toks[head.head].pos == "VERB" else None


def _force_on_no_one(ctx: Context, fits: list[tuple[int, str]], codes: tuple[str, ...]) -> bool:
    return any(code.startswith(codes) and not _acts_on_someone(ctx, v) for v, code in fits)


@dataclass(frozen=True)
class _Lexicon:
    """What the actors stage reads of the shipped event lexicon (``verbs.tsv``,
    ``event_nouns.tsv``): each verb's frames and codes, and the nouns light verbs take."""

    frames: dict[str, tuple[tuple[str, str], ...]]
    nouns: frozenset[str]


#: CAMEO code prefixes of violence (assault, fight, mass violence) and of threats of
#: repression or force, whose complements name the act ("vowed to punish")
VIOLENCE = ("18", "19", "20", "137", "138")
#: the same and coercion (seize, destroy, shut down, ban)
FORCE_CODES = ("17", *VIOLENCE)
#: the same and yielding, for a council or a commission: what it grants or eases with no
#: one named is local business ("the city council granted permission for a new mall")
BODY_CODES = ("08", *FORCE_CODES)


@cache
def _lexicon() -> _Lexicon:
    data = resources.files("tacitus").joinpath("data")
    frames: dict[str, list[tuple[str, str]]] = {}
    for line in data.joinpath("verbs.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 4 or cols[0] == "lemma":
            continue
        lemma, frame, code = cols[0], cols[2], cols[3]
        frames.setdefault(lemma, []).append((frame, code))
    nouns = frozenset(
        ln.split("\t", 1)[0]
        for ln in data.joinpath("event_nouns.tsv").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    )
    return _Lexicon({k: tuple(v) for k, v in frames.items()}, nouns)


def _listed(frame: str, key: str) -> set[str]:
    """The words a frame's ``key=a|b`` constraint lists (none: the frame has no such key)."""
    for part in frame.split(","):
        k, _, words = part.partition("=")
        if k == key:
            return set(words.split("|"))
    return set()


def _words(parse: Parse, i: int, deps: frozenset[str]) -> dict[str, int]:
    """Lower-cased forms and lemmas of the children of ``i`` in ``deps`` (for objects, also
    the objects of its prepositions and particles), each with its token."""
    toks = parse.tokens
    out: dict[str, int] = {}
    for k in parse.children[i]:
        t = toks[k]
        found = [k] if t.dep in deps else []
        if t.dep in ("prep", "prt") and "dobj" in deps:
            found = [j for j in parse.children[k] if toks[j].dep == "pobj"]
        for j in found:
            out[toks[j].text.lower()] = out[toks[j].lemma.lower()] = j
    return out


OBJECT = frozenset({"dobj"})
CLAUSE = frozenset({"xcomp", "ccomp"})


def _fitting(parse: Parse, verb: int) -> list[tuple[int, str]]:
    """For each pattern of the verb's lemma that fits its objects and complements, its code
    and the token that names the act (the verb, or the complement a framed pattern names:
    "vowed to *punish*"), whose objects say whom it is done to."""
    lex = _lexicon()
    lemma = parse.tokens[verb].lemma.lower()
    objs = _words(parse, verb, OBJECT)
    comps = _words(parse, verb, CLAUSE)
    out: list[tuple[int, str]] = []
    for frame, code in lex.frames.get(lemma, ()):
        wanted_obj, wanted_comp = _listed(frame, "obj"), _listed(frame, "xcomp")
        if wanted_obj and not wanted_obj & objs.keys():
            continue
        if wanted_comp and not wanted_comp & comps.keys():
            continue
        if "light" in frame.split(",") and not lex.nouns & objs.keys():
            continue
        act = next((comps[w] for w in wanted_comp if w in comps), verb)
        out.append((act, code if act != verb or frame == "-" else ""))
    return out


#: entity labels that name someone an act of force can be done to
SOMEONE = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _acts_on_someone(ctx: Context, verb: int) -> bool:
    """Whether the objects of a verb of force name a person, a body or a place (an actor,
    a title, a place or such an entity anywhere in the object phrase)."""
    objs = _words(ctx.parse, verb, OBJECT).values()
    return any(_someone(ctx, k) for j in objs for k in ctx.parse.subtree(j))


def _someone(ctx: Context, k: int) -> bool:
    """A token of a name or title of a person, body or place."""
    return k in ctx.kb_at or k in ctx.title_at or k in ctx.place_at or ctx.tokens[k].ent in SOMEONE


def _generic(parse: Parse, i: int) -> bool:
    """ "The government of the day": any government, no actor."""
    toks = parse.tokens
    return any(
        toks[k].dep == "prep"
        and toks[k].text.lower() == "of"
        and any(toks[j].lemma.lower() in ("day", "time") for j in parse.children[k])
        for k in parse.children[i]
    )
