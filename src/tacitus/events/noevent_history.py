"""Background history told in main clauses: past acts a passage tells as what came before.

Features, anniversary pieces, profiles and explainers tell the history behind the news in
plain main clauses ("In 1979 Soviet troops invaded Afghanistan", "Three decades ago the
government expelled the traders", "He led the 1989 protests"). The acts happened, but they
are not the news the passage reports. A past act (simple past or past perfect, asserted or
reported) is told as history when:

- **a span of years separates it from another time**: "three decades *ago*", "two years
  *earlier*", "years *later*"; the clause "*years after* the junta jailed him" (the
  jailing); the sentence before "*Twenty years on*, ..." or "*Three years later*, ...";
- **it is dated to a year well before the passage's time**: two years or more before the
  publication year when the article has one (as ``sense.is_history``, with more places to
  find the year: "led *the 1989 protests*", "the strike *was broken in 1984*", "in the
  1980s"); in an undated article, before a later year the passage states, or in a
  passage that says it is told later: "now", "today", "these days", a weekday, "still" or
  "has since" on a present verb, a word of remembrance beside it (anniversary, memorial,
  museum, commemoration, "founded"), or, after it, a span of years that is over ("The war
  *lasted* a decade");
- **it is told as an era's or a life's**: dated by a named past conflict ("blockaded
  *during the 1974 war*", "*the civil war of the 1990s* killed", "*the rebels of the
  1990s*"), spread over a decade ("*for much of* the 1970s") or taking one or more
  ("fought *for two decades*", "*spent two decades* fighting"; not a penalty's or a deal's
  term: "jailed *for 15 years*"), told with "*once*" ("soldiers once fired here"), "*back
  in* 1990" or "*back then*", of someone's forebears ("*her grandfather* fought the
  Ottomans"; a parent's act with a year: "*his father* signed the 1965 ceasefire") or early
  life ("*as a young* officer", "*in her twenties*"), in a relative clause or participle
  with its own year ("the police *who charged the strikers in 1985*", "the airport,
  *seized in 2014*, reopened"), or carried on "*later*" after a sentence that tells history;
- **it is put in an era gone by**: "*under apartheid*", "*under Soviet rule*", "*in colonial
  times*", "*during the Cold War*" (a war named with a capital, as news names past ones),
  "*historically*"; over a range of years that is over ("banned *from 1980 to 1990*"); or
  before the modern news era in an undated article (a year before 1946: "seized the fortress
  in 1639"; a dated archive goes by its own date);
- **the passage says it is told later** (undated): a perfect counting from a year or over
  years ("*Since the 2014 annexation*, Russia has stationed", "*Since then*, the country
  has seen four coups", "have been frozen *for decades*", "has seen unrest *before*"), a
  look back ("It was *not the first* time", "for the first time *since*", "*remember*",
  "*legacy*", "best *known* for"; a gerund under a word of reputation takes the past:
  "is remembered for *crushing*"), or the earlier times "*not the first time*" speaks of
  ("It was not the first time troops *had fired*"); a when-clause or a relative clause
  takes the year of what it hangs on ("remembers the day in 1982 *when* the army burned");
  an undated simple past act in a sentence with no time of its own, right after a sentence
  that tells history (a look back beside it counts: "Few *remember* that the armies clashed
  in 1969. Soviet and Chinese troops *fought* over an island").

Session 25 adds: early life told by a role's own words ("as a *student* activist") or by
what someone was then ("*when she was a reporter*", "when he was six"), also for a noun's act
through its verb ("as a young officer he fought *in the war*"); a side clause's object named
by its year ("whose party boycotted *the 2004 election*"); memories ("residents *recall
how*", "the museum *tells how*"); acts right after a "once" sentence; "*the last time* the
army seized power"; a participle of result, an "after"/"when" clause in the simple past,
which share their head's time; "has *never* been restored" and "*That was* twenty years
ago" as marks of a passage told later; a ruler's whole time ("*throughout his rule*"), an
ordinal past war ("the *first* Chechen war"), an era under an old or former regime; a
clause on years of war ("an eight-year war *in which*") and an act that "*took* years".

Kept as events: an act dated to the news day ("on Tuesday", "yesterday", "this week": the
news, even when it is about history: "apologised on Monday for the 1982 massacre"); a
past perfect act with its own year ("had captured the town in 2012": the PLOVER dev sets
code it); an era after a turn ("in the years after independence": our corpus codes it);
"since March" (this year's news); acts in the present, the perfect or the future,
intents, threats and conditions; an act that
took years, but under a decade ("negotiated for four years": our corpus codes it as an
event); an act put *in* a decade ("opened an office in the 1980s": the PLOVER dev gold
codes one) is left to the year rules; an act dated to a year within a year of the
publication date; and, in an undated article, an act whose
only date is its own year with nothing saying the passage is told later (the PLOVER dev
sets code those as events: see ``noevent``'s module doc). A year in a sentence about the
future ("will", "plans", "by 2030") is no time of writing.

The marks of a sentence are read once per parse, and only for sentences whose word set
(``sense.sentence_words``) holds a year or a word of time; each candidate then reads its
own verb's children.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parse import Parse, Token
from .coder import Candidate
from .sense import _is_year, act_year, sentence_words
from .syntax import kids, subject

#: The ``parse.memo`` key of the article's publication year (set by the stage; absent or
#: None: undated).
PUBLISHED = ("history.published", 0)
#: An act dated this many years or more before the passage's time is history.
HISTORY_YEARS = 2
#: Units of a span of time, in years ("two years", "a decade", "a generation").
YEAR_UNITS = {"year": 1, "decade": 10, "century": 100, "generation": 25, "millennium": 1000}
#: Words that date an act back from another time by a span ("three decades ago"); not
#: "before", which as often counts to a deadline ("withdrew two years before the deadline").
BACK = frozenset({"ago", "earlier", "later"})
#: Prepositions of a span a past act took ("lasted *for* two decades").
LASTING = frozenset({"for", "over", "throughout"})
#: Prepositions that date an act ("in 1979", "during the 1980s", "on 6 August 1945").
DATING = frozenset({"in", "during", "on", "at"})
#: Where a nominal act sits on the verb that tells its time ("*the strike* was broken in
#: 1984", "ended *the war*", "killed *in the 1982 massacre*").
NOMINAL_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})
#: Marks of a clause whose act a span puts before the main one ("Years after X jailed him").
BEFORE_MAIN = frozenset({"after", "since"})
#: Words that say a passage is written now, later than a year it dates an act to.
NOW_WORDS = frozenset(
    {"now", "today", "nowadays", "currently", "tonight", "yesterday", "presently"}
)
#: Weekdays and "this"/"last" periods: the news day of a passage.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
PERIODS = frozenset({"week", "weekend", "month", "morning", "afternoon", "evening", "night"})
#: The words of a span of years, as a sentence's word set holds them.
UNIT_WORDS = frozenset(YEAR_UNITS) | {"years", "decades", "centuries", "generations"}
#: Words that may say a sentence is told now (looked at more closely when present).
TIME_WORDS = NOW_WORDS | WEEKDAYS | PERIODS | {"still", "since", "these", "before", "never"}
#: Words of remembrance and founding: a passage that looks back on a year.
FRAME_WORDS = frozenset(
    {
        "anniversary",
        "anniversaries",
        "commemorate",
        "commemoration",
        "commemorative",
        "memorial",
        "museum",
        "remembrance",
        "centenary",
        "centennial",
        "bicentenary",
        "founded",
        # a reputation or a memory looks back on a year ("is still *remembered* for", "his
        # *legacy*", "*notorious* for the 1973 purge")
        "remember",
        "remembers",
        "remembered",
        "legacy",
        "notorious",
        "infamous",
    }
)
#: Words of a sentence about the future: a year in it is no time of writing ("by 2030").
FUTURE_WORDS = frozenset(
    {"will", "shall", "'ll", "plan", "plans", "due", "target", "aim", "goal", "forecast"}
)
#: Prepositions whose year is a deadline or a span's end, not a time of writing.
DEADLINE_PREPS = frozenset({"by", "until", "till", "through", "to"})
#: Number words for spans of time.
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 2, "many": 3,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip

#: A past act that took this many years or more is told as history ("ruled for 30 years").
LONG_SPAN = 10
#: Verbs whose span is a term set, not a time the act took ("jailed for ten years").
TERMS = frozenset(
    {
        "jail", "imprison", "sentence", "ban", "bar", "suspend", "exile", "banish",
        "disqualify", "extend", "renew", "sign", "agree", "lease", "grant", "award",
        "freeze", "approve", "commit", "pledge", "offer", "guarantee", "detain",
    }
)  # fmt: skip
#: Words that put a past act in a time gone by ("*once* ruled the island").
FORMERLY = frozenset({"once", "formerly", "historically"})
#: Verbs whose "back" is a particle ("pushed the rebels *back* in 2024"), not "back in".
BACK_VERBS = frozenset(
    {
        "push", "drive", "beat", "fight", "hit", "strike", "force", "turn", "send", "hold",
        "roll", "pull", "scale", "cut", "bring", "fall", "pay", "give", "take", "win", "call",
        "step", "come", "go", "get", "put", "set", "throw", "knock", "claw", "bounce", "move",
    }
)  # fmt: skip
#: Words of a role held in early life ("as a *young* officer", "as a *student* activist").
EARLY = frozenset(
    {
        "young", "student", "teenage", "teenaged", "junior", "fledgling", "rookie",
        "schoolboy", "schoolgirl", "boy", "girl", "child", "youthful", "cadet", "conscript",
    }
)  # fmt: skip
#: Verbs of remembering whose clause tells a memory ("residents *recall* how soldiers ...").
RECALLING = frozenset({"recall", "remember", "recollect", "reminisce", "relive"})
#: Verbs of telling and the memorials, books and films that tell the past with them ("the
#: *museum tells* how the secret police ...", "*her memoir describes* how ...").
TELLING_PAST = frozenset(
    {"tell", "show", "recount", "document", "chronicle", "describe", "depict", "trace", "recall"}
)
MEMORIALS = frozenset(
    {
        "museum", "exhibition", "exhibit", "memorial", "memoir", "book", "documentary", "film",
        "archive", "plaque", "monument", "novel", "biography", "autobiography", "history",
    }
)  # fmt: skip
#: Nouns of a measure, not a role, after "when ... was" ("when it was a mile away").
MEASURES = frozenset({"mile", "kilometre", "kilometer", "metre", "meter", "yard", "step", "hour",
                      "minute", "day", "week", "distance", "way"})  # fmt: skip
#: Times of someone's early life ("in *her twenties*", "in *his youth*").
AGES = frozenset(
    {"youth", "childhood", "boyhood", "girlhood", "adolescence", "teens", "twenties", "thirties"}
)
#: Side clauses (relative, participle) that tell of someone or something the sentence is
#: about: dated by a year of their own, history ("the police *who charged the strikers in
#: 1985* were never disciplined", "the airport, *seized by rebels in 2014*, reopened").
SIDE = frozenset({"relcl", "acl"})
#: Words that carry a story on after what the sentence before told ("were *later* arrested").
LATER = frozenset({"later", "afterwards", "afterward", "subsequently"})
#: Prepositions that spread an act over a time ("*through* the 1980s", "*amid* the 1994 war").
SPREAD = frozenset({"through", "throughout", "amid", "across"})
#: Nouns of a past conflict a year or decade names ("the 1974 war", "the genocide of
#: 1994"); not disasters or crises ("sent doctors during the 1970 earthquake emergency":
#: our corpus codes aid in a named disaster as an event).
PAST_EVENTS = frozenset(
    {
        "war", "genocide", "revolution", "uprising", "coup", "putsch", "conflict",
        "massacre", "invasion", "occupation", "insurgency", "intifada", "rebellion", "revolt",
        "riot", "purge", "siege", "partition", "dictatorship", "junta", "regime", "protest",
    }
)  # fmt: skip
#: A doer named as someone's forebear: a family history ("her grandfather fought ...").
ANCESTORS = frozenset(
    {
        "grandfather", "grandmother", "grandparent", "ancestor", "forefather", "forebear",
        "grandad", "granddad", "grandma", "grandpa",
    }
)  # fmt: skip
#: A parent, whose past act with a year is a family history ("his father signed ...").
PARENTS = frozenset({"father", "mother", "parent"})
#: Acts dated before this year are history in any article: no news archive the coder reads
#: reports them as the day's news ("Ottoman forces seized the region in 1639").
MODERN = 1946
#: Prepositions that put an act in an era ("*under* apartheid", "*during* the Cold War").
IN_ERA = frozenset({"during", "under", "in"})
#: Eras by name alone ("under *apartheid*", "under *communism*").
ERAS = frozenset({"apartheid", "communism", "colonialism", "feudalism"})
#: Nouns of an era named by a word of a time gone by ("in *colonial times*", "under *Soviet
#: rule*", "in *the Soviet era*"), not one that may still run ("under Taliban rule").
ERA_NOUNS = frozenset({"rule", "times", "era", "days", "period", "empire", "regime"})
GONE = frozenset(
    {
        "colonial", "imperial", "medieval", "ancient", "feudal", "soviet", "ottoman",
        "tsarist", "victorian", "communist", "apartheid", "mughal", "byzantine", "roman",
        "old", "former", "previous",
    }
)  # fmt: skip
#: A ruler's time in office, whose whole span an act told over it sums up ("*throughout his
#: rule* he jailed opponents", "during *her long tenure*").
REIGNS = frozenset(
    {"rule", "reign", "tenure", "presidency", "premiership", "dictatorship", "regime", "time"}
)
#: Ordinals that name one of a series of past wars ("in *the first* Chechen war").
ORDINALS = frozenset({"first", "second", "third", "fourth"})
#: Subjects that point back to what came before ("*That* was twenty years ago").
THAT = frozenset({"that", "this", "it", "all"})
#: Words that tell of an earlier one of the same kind ("It was *not the first* time", "for
#: the *first* time *since*"): the acts dated beside them are the earlier ones.
FIRST_BEFORE = frozenset({"not", "n't", "since"})
#: Words of a reputation, whose "for" tells a past act ("is best *known* for *seizing*
#: farms in 2000").
REPUTE = frozenset({"know", "remember", "famous", "notorious", "infamous"})
#: A reputation: "is *best known* for seizing farms in 2000".
BEST_KNOWN = frozenset({"best", "known"})

#: A sentence's stated years and its marks: told now, remembrance, future, opening years
#: after the sentence before, a span of years that is over.
Marks = tuple[list[int], tuple[bool, bool, bool, bool, bool]]


@dataclass(frozen=True, slots=True)
class Passage:
    """The time marks of a passage, read once per parse."""

    years: tuple[tuple[int, int], ...]  # (year, sentence) of years stated as past or present
    now: frozenset[int]  # sentences that say the passage is written now
    after: frozenset[int]  # sentences that say they are told years after the ones before
    frames: frozenset[int]  # sentences with a word of remembrance or founding
    future: frozenset[int]  # sentences about the future ("will", "plans", "due")


def told_as_history(parse: Parse, cand: Candidate) -> bool:
    """The candidate's act is background history (see the module doc)."""
    verb = cand.trigger.token
    nominal = cand.trigger.nominal
    if cand.modality not in ("asserted", "reported"):
        return False
    if not nominal and (_spent(parse, verb) or _took_years(parse, verb)):
        return True
    if not (nominal or _past(parse, verb) or (verb.dep == "acl" and verb.tag == "VBN")):
        return False  # (a bare participle on a noun is past: "the town, *besieged* in 2013")
    if (not nominal and _dated_back(parse, verb)) or _looked_back(parse, verb.sent):
        return True
    if _news_day(parse, verb):
        return False
    if not nominal and (_long_span(parse, verb) or _once(parse, verb) or _young(parse, verb)):
        return True
    if nominal and _life_of_noun(parse, verb):
        return True
    if not nominal and _in_long_span(parse, verb):
        return True
    if not nominal and _recalled(parse, verb):
        return True
    if not nominal and _ranged(parse, verb):
        return True
    if not nominal and _back(parse, verb):
        return True
    if not nominal and (_later_on(parse, verb) or _era(parse, verb) or _not_first(parse, verb)):
        return True
    kin = None if nominal else _kin(parse, verb)
    named = None if nominal else _named_past(parse, verb)
    year = _year_of(parse, cand)
    year = named if year is None else year
    if year is None and kin:  # "his father signed *the 1965 ceasefire*"
        year = _object_year(parse, verb)
    if year is None:
        return kin == "ancestor" or (not nominal and _carried_on(parse, verb))
    published: int | None = parse.memo.get(PUBLISHED)
    if published is not None:  # an archive's own date rules, however old
        return year <= published - HISTORY_YEARS
    if year < MODERN:
        return True
    if kin or named is not None or (not nominal and (verb.dep in SIDE)):
        return True
    found = passage(parse)  # (read only for an act dated to a year in an undated article)
    if verb.sent in found.future:
        return False
    if any(y >= year + HISTORY_YEARS for y, _k in found.years):
        return True
    if found.now or any(k > verb.sent for k in found.after):
        return True
    return bool(found.frames & {verb.sent - 1, verb.sent, verb.sent + 1})


def _long_span(parse: Parse, verb: Token) -> bool:
    """A past act that took a decade or more ("fought *for two decades*", "ruled *for 30
    years*", "for a quarter of a century"): a summary of an era, not the day's act; not the
    term a penalty or a deal sets ("jailed him for ten years", "signed a lease for 20 years")."""
    if verb.lemma.lower() in TERMS:
        return False
    return any(
        span_years(parse, n) >= LONG_SPAN
        for head in _clause_heads(parse, verb)[:2]
        for p in kids(parse, head.i, "prep")
        if p.lemma.lower() in LASTING
        for o in kids(parse, p.i, "pobj")
        for n in (o, *_of(parse, o))  # "for most *of a decade*"
    )


def _ranged(parse: Parse, verb: Token) -> bool:
    """A past act told from one year to another years later ("was banned *from 1980 to
    1990*", "fought a border war *from 1998 to 2000*"): a span that is over, told as
    history (a penalty's term names no years: "jailed for ten years")."""
    for head in _clause_heads(parse, verb)[:2]:
        for p in kids(parse, head.i, "prep"):
            if p.lemma.lower() != "from":
                continue
            for o in kids(parse, p.i, "pobj"):
                ends = [e for q in (head, p, o) for e in _ends(parse, q)]
                if _is_year(o.text) and o.text[:1].isdigit():
                    start = int(o.text[:4])
                    if any(end - start >= HISTORY_YEARS for end in ends):
                        return True
    return False


def _ends(parse: Parse, tok: Token) -> list[int]:
    """The years of the token's "to", "until" or "till" ("from 1980 *to 1990*")."""
    return [
        int(o.text[:4])
        for q in kids(parse, tok.i, "prep")
        if q.lemma.lower() in ("to", "until", "till")
        for o in kids(parse, q.i, "pobj")
        if _is_year(o.text) and o.text[:1].isdigit()
    ]


def _once(parse: Parse, verb: Token) -> bool:
    """An act told with "once" or "formerly" before its verb ("Soldiers *once* fired on
    protesters here", "was *once* jailed"): what was, not what happened today; not "once
    again" (the parser hangs "once" on "again") nor "fired once" (one time)."""
    return any(
        a.text.lower() in FORMERLY and a.i < verb.i and not parse.child_tokens[a.i]
        for a in kids(parse, verb.i, "advmod")
    )


def _back(parse: Parse, verb: Token) -> bool:
    """An act told as "*back in* 1990" or "*back then*": a writer looking back."""
    for head in _clause_heads(parse, verb)[:2]:
        for a in kids(parse, head.i, "advmod"):
            word = a.text.lower()
            under = {c.text.lower() for c in parse.child_tokens[a.i]}
            if word == "then" and "back" in under:
                return True
            phrasal = a.i > head.i and head.lemma.lower() in BACK_VERBS  # "pushed them back"
            if word == "back" and not phrasal and ("then" in under or _back_in(parse, a, head)):
                return True
    return False


def _back_in(parse: Parse, back: Token, head: Token) -> bool:
    """ "back *in 1990*": the year on "back" or on the verb right after it."""
    preps = kids(parse, back.i, "prep") + [
        p for p in kids(parse, head.i, "prep") if p.i == back.i + 1
    ]
    return any(
        p.lemma.lower() == "in" and any(_is_year(o.text) for o in _dating(parse, p)) for p in preps
    )


def _young(parse: Parse, verb: Token) -> bool:
    """A life story's early years: "*as a young* officer he fought", "*in her twenties*
    she was arrested" (a profile's past, not the day's act)."""
    for head in _clause_heads(parse, verb)[:2]:
        for p in kids(parse, head.i, "prep"):
            prep = p.lemma.lower()
            for o in kids(parse, p.i, "pobj"):
                if prep == "as" and _early(parse, o):
                    return True
                if prep == "in" and o.text.lower() in AGES and kids(parse, o.i, "poss"):
                    return True
        if _when_was(parse, head):
            return True
    return False


def _in_long_span(parse: Parse, verb: Token) -> bool:
    """An act told in a clause on a span of years or a war that took them ("*years of civil
    war, in which* government forces bombed rebel towns", "*an eight-year war in which*
    troops tortured prisoners"): one of many acts of a time summed up, not the day's."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return False
    noun = parse.tokens[verb.head]
    if span_years(parse, noun) >= HISTORY_YEARS:
        return True
    return noun.lemma.lower() in PAST_EVENTS and any(
        span_years(parse, c) >= HISTORY_YEARS for c in kids(parse, noun.i, "compound", "amod")
    )


def _took_years(parse: Parse, verb: Token) -> bool:
    """An act that "took" years ("It *took* the army *three years* to retake the city"): a
    summary of a long campaign, not the day's act (not "took two days")."""
    if verb.dep != "xcomp" or verb.head == verb.i:
        return False
    took = parse.tokens[verb.head]
    if took.lemma.lower() != "take" or not _past(parse, took):
        return False
    spans = kids(parse, took.i, "npadvmod", "dobj")
    return any(span_years(parse, t) >= HISTORY_YEARS for t in spans)


def _recalled(parse: Parse, verb: Token) -> bool:
    """An act in a clause of remembrance ("Older residents *recall how* soldiers burned the
    village", "remember that the army shelled ...") or of what a museum, a memoir or a film
    tells ("The museum *tells how* the secret police jailed editors"): a memory, not news;
    not what a witness *describes* (a fresh act is told so too)."""
    for head in _clause_heads(parse, verb)[:2]:
        if head.dep != "ccomp" or head.head == head.i:
            continue
        gov = parse.tokens[head.head]
        if gov.lemma.lower() in RECALLING:
            return True
        teller, _passive = subject(parse, gov)
        if (
            gov.lemma.lower() in TELLING_PAST
            and teller is not None
            and (teller.lemma.lower() in MEMORIALS)
        ):
            return True
    return False


def _early(parse: Parse, role: Token) -> bool:
    """A role of someone's early life: "a *young* officer", "a *student* activist", "a
    *teenage* conscript" (the role's own words: "as a student" alone is ``sense``'s)."""
    return any(
        m.lemma.lower() in EARLY or m.text.lower() in EARLY
        for m in kids(parse, role.i, "amod", "compound")
    )


def _when_was(parse: Parse, verb: Token) -> bool:
    """A past time named by what someone was then: "*When she was a reporter*, the police
    arrested her", "when he was defence minister" (a profile's past, not the day's act);
    not "when the convoy was a mile from the border" (no role: a measure)."""
    for c in kids(parse, verb.i, "advcl"):
        if c.lemma.lower() != "be" or c.tag != "VBD":
            continue
        if not any(m.text.lower() == "when" for m in kids(parse, c.i, "advmod", "mark")):
            continue
        said = kids(parse, c.i, "attr", "acomp")
        if any(a.pos == "NOUN" and a.lemma.lower() not in MEASURES for a in said):
            return True
        if any(a.tag == "CD" or a.lemma.lower() in ("young", "little") for a in said):
            return True  # an age: "when she was *six*", "when he was *young*"
    return False


def _life_of_noun(parse: Parse, noun: Token) -> bool:
    """A noun's act told in a profile's early life or in a time gone by through the past
    verb it hangs on ("As a young officer he fought *in the border war*", "she *once*
    joined a strike"): the verb's marks date the noun's act."""
    gov = _governor(parse, noun)
    if gov is None or not _past(parse, gov) or _news_day(parse, gov):
        return False
    return _young(parse, gov) or _once(parse, gov) or _era(parse, gov) or _back(parse, gov)


def _governor(parse: Parse, noun: Token) -> Token | None:
    """The verb a nominal act is the subject or object of, directly or through one
    preposition ("fought *in* the war")."""
    if noun.head == noun.i or noun.dep not in NOMINAL_SLOTS:
        return None
    up = parse.tokens[noun.head]
    if noun.dep == "pobj" and up.dep == "prep" and up.head != up.i:
        up = parse.tokens[up.head]
    return up if up.pos in ("VERB", "AUX") else None


def _not_first(parse: Parse, verb: Token) -> bool:
    """The earlier times a passage says the news is not the first of ("It was *not the first
    time* troops *had fired* on miners"), or the last time it came ("*The last time* the army
    *seized* power was in 1987"): acts of the past, told in general; not "It was the first
    time troops had fired" (the news itself)."""
    if verb.dep != "relcl" or verb.head == verb.i:
        return False
    time = parse.tokens[verb.head]
    if time.lemma.lower() != "time" or time.head == time.i:
        return False
    said = {a.lemma.lower() for a in kids(parse, time.i, "amod")}
    if "last" in said:  # "*The last time* the army seized power was in 1987"
        return True
    return "first" in said and bool(kids(parse, time.head, "neg"))


def _era(parse: Parse, verb: Token) -> bool:
    """An act put in an era gone by: "*under apartheid*", "*in colonial times*", "*under
    Soviet rule*", "*during the Cold War*" (a war named with a capital, as news names the
    past ones: "the Korean War", "the Second World War"; today's are "the war in ...")."""
    for head in _clause_heads(parse, verb)[:2]:
        for p in kids(parse, head.i, "prep"):
            prep = p.lemma.lower()
            if prep not in IN_ERA and prep not in SPREAD:
                continue
            for o in kids(parse, p.i, "pobj"):
                word = o.text.lower()
                mods = kids(parse, o.i, "amod", "compound")
                said = {m.text.lower() for m in mods}
                if prep in SPREAD or "long" in said:  # "*throughout his long rule*"
                    if o.lemma.lower() in REIGNS and kids(parse, o.i, "poss"):
                        return True
                    continue
                if word in ERAS or (o.text == "War" and o.tag == "NNP"):
                    return True
                if o.lemma.lower() == "war" and said & ORDINALS:  # "the first Chechen war"
                    return True
                if word in ERA_NOUNS and said & GONE:
                    return True
    return False


def _spent(parse: Parse, verb: Token) -> bool:
    """An act someone spent a decade or their youth on ("spent two decades *fighting* the
    army", "spent his twenties *fighting* the Soviets"): a life's or an era's summary."""
    if verb.tag != "VBG" or verb.head == verb.i:
        return False
    up = parse.tokens[verb.head]
    if verb.dep == "xcomp":
        spend, times = up, kids(parse, up.i, "dobj")
    elif verb.dep == "acl" and up.head != up.i:
        spend, times = parse.tokens[up.head], [up]
    else:
        return False
    if spend.lemma.lower() != "spend" or not _past(parse, spend):
        return False
    return any(
        span_years(parse, t) >= LONG_SPAN or (t.text.lower() in AGES and kids(parse, t.i, "poss"))
        for t in times
    )


def _later_on(parse: Parse, verb: Token) -> bool:
    """The story carried on after a history sentence ("The death squads of the 1980s were
    funded by landowners. Two commanders were *later* arrested.")."""
    if verb.sent == 0:
        return False
    later = any(
        a.text.lower() in LATER for h in _clause_heads(parse, verb)[:2]
        for a in kids(parse, h.i, "advmod")
    )  # fmt: skip
    return later and _history_sentence(parse, verb.sent - 1)


def _carried_on(parse: Parse, verb: Token) -> bool:
    """An undated simple past act in an undated article, right after a sentence that tells
    history, in a sentence with no year or word of time of its own ("Few remember that the
    two armies clashed in 1969. Soviet and Chinese troops *fought* over an island.")."""
    if verb.sent == 0 or verb.tag != "VBD":
        return False
    before = sentence_words(parse, verb.sent - 1)  # no year before it: nothing to carry on
    once = bool(before & FORMERLY) and _once_sentence(parse, verb.sent - 1)
    if not once and parse.memo.get(PUBLISHED) is not None:
        return False
    if not once and not any(w[:1].isdigit() and _is_year(w) for w in before):
        return False
    years, marks = sentence_marks(parse, verb.sent)
    if years or any(marks) or sentence_words(parse, verb.sent) & TIME_WORDS:
        return False
    return once or _history_sentence(parse, verb.sent - 1)


def _once_sentence(parse: Parse, k: int) -> bool:
    """Sentence ``k``'s main verb is told with "once" ("The rebels *once* controlled a third
    of the country."): the acts told right after it, with no time of their own, are of that
    time ("They kidnapped foreigners and extorted farmers.")."""
    sent = parse.sentences[k]
    return any(
        t.head == t.i and _past(parse, t) and _once(parse, t)
        for t in parse.tokens[sent.first : sent.last]
    )


def _history_sentence(parse: Parse, k: int) -> bool:
    """Sentence ``k`` tells history: a year well before the publication year, a decade or a
    named past event with its year ("the 1974 war"), or, undated, a year the passage says
    it is told later than (``passage``)."""
    sent = parse.sentences[k]
    toks = parse.tokens[sent.first : sent.last]
    years, _marks = sentence_marks(parse, k)
    years = years + [int(t.text[:4]) + 9 for t in toks if _is_decade(t.text)]
    published: int | None = parse.memo.get(PUBLISHED)
    if published is not None:
        return any(y <= published - HISTORY_YEARS for y in years)
    if any(_is_decade(t.text) or _event_year(parse, t) is not None for t in toks):
        return True
    found = passage(parse)
    return bool(years) and (bool(found.now or found.frames & {k - 1, k, k + 1}) or any(
        y >= min(years) + HISTORY_YEARS for y, _k in found.years
    ))  # fmt: skip


def _kin(parse: Parse, verb: Token) -> str | None:
    """The doer is someone's forebear ("*her grandfather* fought the Ottomans": "ancestor")
    or parent ("*his father* signed the 1965 ceasefire": "parent"): a family history."""
    subj, _passive = subject(parse, verb)
    if subj is None:
        return None
    lemma = subj.lemma.lower()
    if lemma in ANCESTORS:
        return "ancestor"
    if lemma in PARENTS and kids(parse, subj.i, "poss"):
        return "parent"
    return None


def _object_year(parse: Parse, verb: Token) -> int | None:
    """A year that names the verb's object ("signed *the 1965* ceasefire")."""
    mods = [
        m
        for o in kids(parse, verb.i, "dobj")
        for m in kids(parse, o.i, "nummod", "compound", "amod")
    ]
    return next((int(m.text[:4]) for m in mods if _is_year(m.text) and m.text[:1].isdigit()), None)


def _named_past(parse: Parse, verb: Token) -> int | None:
    """The year of a named past conflict or a decade the act spread over that dates it
    ("blockaded *during the 1974 war*", "*the civil war of the 1990s* killed thousands of
    civilians", "for much of *the 1970s*"): news dates today's acts by the day, not by a
    war named for its year. A decade is read by its last year; an act put *in* a decade
    ("opened an office in the 1980s") is left to the year rules (the PLOVER dev gold and
    our corpus code some as events)."""
    heads = _clause_heads(parse, verb)[:2]
    # a doer named by its decade ("*the rebels of the 1990s* kidnapped engineers")
    nouns = [
        (d, d is not n)
        for n in kids(parse, verb.i, "nsubj", "nsubjpass")
        for d in (n, *_of(parse, n))
    ]
    # "was seized by students *during the 1968 protests*": the parser may hang the date
    # on the agent
    agents = [o for h in heads for a in kids(parse, h.i, "agent") for o in kids(parse, a.i, "pobj")]
    for h in heads + agents:
        for p in kids(parse, h.i, "prep"):
            if p.lemma.lower() in DATING | LASTING | SPREAD:
                spread = p.lemma.lower() not in DATING
                for o in kids(parse, p.i, "pobj"):
                    nouns += [(n, spread) for n in (o, *_of(parse, o))]
    for n, spread in nouns:
        if spread and _is_decade(n.text):
            return int(n.text[:4]) + 9
        year = _event_year(parse, n)
        if year is not None:
            return year
    return None


def _of(parse: Parse, noun: Token) -> list[Token]:
    """The objects of the noun's "of" ("much *of the 1970s*", "the war *of the 1980s*")."""
    return [o for p in kids(parse, noun.i, "prep") if p.lemma.lower() == "of"
            for o in kids(parse, p.i, "pobj")]  # fmt: skip


def _event_year(parse: Parse, noun: Token) -> int | None:
    """The year of a named past event ("the 1994 genocide", "the war of the 1980s")."""
    if noun.lemma.lower() not in PAST_EVENTS:
        return None
    near = kids(parse, noun.i, "nummod", "compound", "amod")
    near += _of(parse, noun)
    for t in near:
        if _is_year(t.text):
            return int(t.text.lstrip("'’")[:4]) + (9 if _is_decade(t.text) else 0)
    return None


def _is_decade(text: str) -> bool:
    return len(text) == 5 and text.endswith("s") and _is_year(text)


def _past(parse: Parse, verb: Token) -> bool:
    """A simple past or past perfect act ("invaded", "was jailed", "had crushed"), not a
    present, present perfect or future one; a bare participle coordinated with a past verb
    ("imposed ... and *jailed*") takes its tense."""
    if verb.tag == "VBD":
        return True
    heads = _clause_heads(parse, verb)
    if verb.tag == "VBG" and verb.dep in ("pcomp", "advcl") and len(heads) > 1:
        # "was arrested for *organising* a boycott"; "is remembered for *crushing* ..."
        return _past(parse, heads[1]) or heads[1].lemma.lower() in REPUTE
    if verb.tag != "VBN":
        return False
    aux = kids(parse, verb.i, "aux", "auxpass")
    if not aux and verb.dep == "conj" and verb.head != verb.i:
        return parse.tokens[verb.head].tag == "VBD"
    return any(a.tag == "VBD" for a in aux) and not any(a.lemma.lower() == "will" for a in aux)


def _clause_heads(parse: Parse, verb: Token) -> list[Token]:
    """The verb and the verbs whose time it shares: those it is coordinated with ("invaded
    in 1990 and *seized*") and the one whose preposition it is the object of ("arrested in
    1985 for *organising* a boycott")."""
    out = [verb]
    tok = verb
    for _ in range(3):
        if tok.head == tok.i:
            break
        up = parse.tokens[tok.head]
        if tok.dep == "pcomp" and up.dep == "prep" and up.head != up.i:
            up = parse.tokens[up.head]
        elif tok.dep != "conj" and not _result(parse, tok):
            break
        tok = up
        out.append(tok)
    return out


def _result(parse: Parse, tok: Token) -> bool:
    """A participle clause of the act it hangs on, with no subject or mark of its own
    ("shelled the camp in 1983, *killing* hundreds"): it shares that act's time."""
    return (
        tok.dep == "advcl" and tok.tag == "VBG" and not kids(parse, tok.i, "nsubj", "mark", "aux")
    )


def span_years(parse: Parse, unit: Token) -> int:
    """The years a span names ("three decades" 30, "years" 2, "a year" 1; 0: no span of
    years, as "two weeks")."""
    per = YEAR_UNITS.get(unit.lemma.lower())
    if per is None:
        return 0
    n = 2 if unit.tag == "NNS" else 1
    for c in kids(parse, unit.i, "nummod", "det", "amod", "quantmod"):
        word = c.text.lower()
        if word.isdigit():
            n = int(word)
        elif word in NUMBERS:
            n = max(NUMBERS[word], n if unit.tag == "NNS" else 1)
    return n * per


def _span_on(parse: Parse, tok: Token) -> int:
    """The longest span of years on ``tok`` ("*three decades* ago")."""
    return max((span_years(parse, u) for u in kids(parse, tok.i, "npadvmod", "pobj")), default=0)


def _dated_back(parse: Parse, verb: Token) -> bool:
    """A span of two years or more back from another time ("three decades *ago*", "two
    years *earlier*", "*Years after* the junta jailed him"), or one the act took ("fought
    *for two decades*", "was jailed *for two years*": a summary, not the day's act)."""
    for head in _clause_heads(parse, verb)[:2]:
        for adv in kids(parse, head.i, "advmod", "prep"):
            word = adv.text.lower()  # not the lemma: "earlier" is "early"
            if word in BACK and _span_on(parse, adv) >= HISTORY_YEARS:
                return True
        marks = {m.lemma.lower() for m in kids(parse, head.i, "mark")}
        if head.dep == "advcl" and marks & BEFORE_MAIN and _span_on(parse, head) >= 2:
            return True
    return False


def _news_day(parse: Parse, verb: Token) -> bool:
    """The act is dated to the news day: a weekday, "yesterday", "today", "this week",
    "last night" on the verb or its prepositions."""
    for head in _clause_heads(parse, verb)[:2]:
        near = kids(parse, head.i, "npadvmod", "advmod")
        near += [o for p in kids(parse, head.i, "prep") for o in kids(parse, p.i, "pobj")]
        if any(_day_word(parse, t) for t in near):
            return True
    return False


def _day_word(parse: Parse, tok: Token) -> bool:
    word = tok.text.lower()
    if word in WEEKDAYS or word in ("yesterday", "today", "tonight"):
        return True
    return word in PERIODS and any(
        d.text.lower() in ("this", "last") for d in kids(parse, tok.i, "det", "amod")
    )


def _year_of(parse: Parse, cand: Candidate) -> int | None:
    """The year the act is dated to (a decade, "in the 1980s", by its last year): on the
    verb or the verbs whose time it shares (``sense.act_year``), on the event noun of a
    light verb or a nominal ("led *the 1989 protests*"), on the object of the verb it is
    coordinated with, on the verb a nominal is the object or subject of ("the strike *was
    broken in 1984*"), or on the verb whose time a past perfect clause looks back from
    ("founded in 1946, after the army *had crushed* a strike")."""
    verb = cand.trigger.token
    heads = _clause_heads(parse, verb)
    if cand.trigger.nominal and verb.dep in NOMINAL_SLOTS:
        up = parse.tokens[verb.head]
        gov = parse.tokens[up.head] if verb.dep == "pobj" else up
        if gov.pos in ("VERB", "AUX"):
            heads = [verb, *_clause_heads(parse, gov)]
    for head in heads:
        year = _year_on(parse, head)
        if year is not None:
            return year
    # the event noun of a light verb ("led *the 1989 protests*": the rule names both
    # patterns), not the object of a verb of its own ("lifted the 2019 sanctions")
    light = "+" in cand.trigger.rule
    noun = verb if cand.trigger.nominal else cand.trigger.noun if light else None
    nouns = [noun] if noun is not None else []
    nouns += [o for h in heads[1:] for o in kids(parse, h.i, "dobj")]
    if verb.dep in SIDE and not cand.trigger.nominal:
        # a side clause's object named by its year ("the senator, whose party *boycotted
        # the 2004 election*"), as its own date would be; not a count ("sent 2000 troops")
        nouns += [o for o in kids(parse, verb.i, "dobj")]
    for n in nouns:
        for m in kids(parse, n.i, "nummod", "compound", "amod"):
            if _is_year(m.text) and not m.text.endswith("s") and not _count_of(parse, m, n):
                return int(m.text.lstrip("'’")[:4])
    if verb.dep == "relcl" and verb.head != verb.i:  # "the day *in 1982* when the army burned"
        up = parse.tokens[verb.head]
        for t in (up, *_dated_by(parse, up)):
            if _is_year(t.text) and t.text[:1].isdigit() and not t.text.endswith("s"):
                return int(t.text[:4])
    if verb.dep == "advcl" and verb.head != verb.i:
        marks = {m.lemma.lower() for m in kids(parse, verb.i, "mark")}
        # a past perfect or simple past clause of the time of the act it hangs on
        # ("broke off relations in 1979 *after students stormed* the embassy")
        had = verb.tag == "VBD" or any(
            a.lemma.lower() == "have" for a in kids(parse, verb.i, "aux")
        )
        if marks & {"when", "as", "after", "before"} and had:
            return _year_on(parse, parse.tokens[verb.head])
        when = any(a.text.lower() == "when" for a in kids(parse, verb.i, "advmod", "mark"))
        if when:  # "remembers the day in 1982 *when* the army burned its homes"
            return _year_on(parse, parse.tokens[verb.head])
    return None


def _year_on(parse: Parse, verb: Token) -> int | None:
    """The year on one verb; a decade ("in the 1980s") by its last year."""
    near = _near(parse, verb)
    for o in near:
        if o.text.endswith("s") and _is_year(o.text):
            return int(o.text.lstrip("'’")[:4]) + 9
    year = act_year(parse, verb)
    if year is not None:
        return year
    # "In 2019 Sudan's army ousted ...": the parser hangs the year on the noun after it;
    # "during the 2007 election crisis": on a compound of the object
    deeper = [
        m
        for o in near
        for c in kids(parse, o.i, "compound")
        for m in (c, *kids(parse, c.i, "nummod", "compound"))
    ]
    return next((int(t.text) for t in near + deeper if t.text.isdigit() and _is_year(t.text)), None)


def _dating(parse: Parse, prep: Token) -> list[Token]:
    """The object of a dating preposition, or the year right after it when the parser hung
    the year elsewhere ("In 2019 Sudan's army", the year as a modifier of "army")."""
    objs = kids(parse, prep.i, "pobj")
    if not objs and prep.i + 1 < len(parse.tokens) and _is_year(parse.tokens[prep.i + 1].text):
        objs = [parse.tokens[prep.i + 1]]
    return objs


def _near(parse: Parse, verb: Token) -> list[Token]:
    """The verb's bare noun phrases of time and the objects of its dating prepositions."""
    out = kids(parse, verb.i, "npadvmod") + _dated_by(parse, verb)
    # "was stormed by students in 1979": the parser may hang the date on the agent
    return out + [d for a in kids(parse, verb.i, "agent") for o in kids(parse, a.i, "pobj")
                  for d in _dated_by(parse, o)]  # fmt: skip


def _dated_by(parse: Parse, tok: Token) -> list[Token]:
    """The objects of the token's dating prepositions ("in 1979", "during the war")."""
    return [o for p in kids(parse, tok.i, "prep") if p.lemma.lower() in DATING
            for o in _dating(parse, p)]  # fmt: skip


def _looked_back(parse: Parse, k: int) -> bool:
    """The sentence after sentence ``k`` opens years after it ("Twenty years on, ...")."""
    return k + 1 < len(parse.sentences) and sentence_marks(parse, k + 1)[1][3]


def passage(parse: Parse) -> Passage:
    """The passage's years, present-time sentences, frames and future sentences (kept on
    the parse)."""
    key = ("history.passage", 0)
    found: Passage | None = parse.memo.get(key)
    if found is None:
        years: list[tuple[int, int]] = []
        marked: tuple[set[int], ...] = (set(), set(), set(), set(), set())
        for k in range(len(parse.sentences)):
            ys, marks = sentence_marks(parse, k)
            years += [(y, k) for y in ys]
            for into, mark in zip(marked, marks, strict=True):
                if mark:
                    into.add(k)
        now, frames, future, later, over = marked
        found = parse.memo[key] = Passage(
            tuple(years),
            frozenset(now),
            frozenset(later | over),
            frozenset(frames),
            frozenset(future),
        )
    return found


def sentence_marks(parse: Parse, k: int) -> Marks:
    """What sentence ``k`` says of its time (:func:`_sentence_marks`), kept on the parse:
    every candidate of the passage may ask."""
    key = ("history.sentence", k)
    found: Marks | None = parse.memo.get(key)
    if found is None:
        found = parse.memo[key] = _sentence_marks(parse, k)
    return found


def _sentence_marks(parse: Parse, k: int) -> Marks:
    """Sentence ``k``'s stated years (not those of a future or a deadline), and whether it
    says it is told now, has a word of remembrance, is about the future, opens years
    after the sentence before it ("Twenty years on, ...", "Three years later, ..."), and
    tells a span of years that is over ("the war lasted a decade"): what came before it
    in the passage is years old (not what comes after: "The two sides negotiated for four
    years. They signed a deal in 2016."). Its
    word set (``sense.sentence_words``, kept on the parse) says first whether there is
    anything to look for: most sentences have no year and no word of time."""
    words = sentence_words(parse, k)
    future = bool(words & FUTURE_WORDS)
    frame = bool(words & FRAME_WORDS) or ("first" in words and bool(words & FIRST_BEFORE))
    frame = frame or words >= BEST_KNOWN
    spans = bool(words & UNIT_WORDS)
    dated = not future and any(w[:1].isdigit() and _is_year(w) for w in words)
    if not (dated or spans or words & TIME_WORDS):
        return [], (False, frame, future, False, False)
    sent = parse.sentences[k]
    toks = parse.tokens[sent.first : sent.last]
    years = [y for t in toks if (y := _stated_year(parse, t)) is not None] if dated else []
    later = spans and any(
        t.text.lower() in ("on", "later") and _span_on(parse, t) >= HISTORY_YEARS for t in toks
    )
    later = later or (spans and _that_was_ago(parse, toks))
    over = spans and any(
        span_years(parse, t) >= HISTORY_YEARS and _completed(parse, t) for t in toks
    )
    return years, (_told_now(parse, toks), frame, future, later, over)


def _that_was_ago(parse: Parse, toks: tuple[Token, ...] | list[Token]) -> bool:
    """A sentence that dates the one before it years back: "*That was twenty years ago.*",
    "It was three decades ago"."""
    for t in toks:
        if t.text.lower() != "ago" or _span_on(parse, t) < HISTORY_YEARS or t.head == t.i:
            continue
        verb = parse.tokens[t.head]
        subj = kids(parse, verb.i, "nsubj")
        if verb.lemma.lower() == "be" and any(n.text.lower() in THAT for n in subj):
            return True
    return False


def _stated_year(parse: Parse, tok: Token) -> int | None:
    """The year a token states as a time ("in 2019", "the 2019 election"), or None."""
    if not _is_year(tok.text) or tok.text.endswith("s"):
        return None
    head = parse.tokens[tok.head]
    if head.dep == "prep" and head.lemma.lower() in DEADLINE_PREPS and tok.dep == "pobj":
        return None
    if tok.dep == "nummod" and head.tag == "NNS" and _counts(parse, tok):
        return None  # "sent 2000 troops": a count
    if tok.ent != "DATE" and not (tok.dep == "pobj" and head.lemma.lower() in ("in", "since")):
        return None
    return int(tok.text.lstrip("'’")[:4])


def _count_of(parse: Parse, num: Token, noun: Token) -> bool:
    """A number that counts a plural noun ("sent *2000* troops")."""
    return num.dep == "nummod" and noun.tag == "NNS" and _counts(parse, num)


def _counts(parse: Parse, num: Token) -> bool:
    """A number that counts its noun ("sent *2000* troops"), not a year that names it ("the
    2019 elections"): no determiner before it."""
    before = parse.tokens[num.i - 1] if num.i > 0 else None
    return before is None or before.tag not in ("DT", "PRP$", "POS")


def _told_now(parse: Parse, toks: tuple[Token, ...] | list[Token]) -> bool:
    """A sentence written from the time of writing: "now", "today", "these days", a weekday
    or "this week", "still" on a present verb, "has *since* been rebuilt"."""
    for t in toks:
        word = t.text.lower()
        if word in NOW_WORDS or _day_word(parse, t):
            return True
        head = parse.tokens[t.head]
        if word == "still" and _present(parse, head):
            return True
        if word in ("since", "before") and t.dep == "advmod" and _perfect(parse, head):
            return True  # "has *since* been rebuilt", "has seen unrest *before*"
        if word == "never" and t.dep == "neg" and _perfect(parse, head):
            return True  # "Ties have *never* been restored": told from long after
        if word == "since" and t.dep == "prep" and _perfect(parse, head) and _yearly(parse, t):
            return True  # "*Since* the 2014 annexation, Russia has stationed troops"
        if _perfect_span(parse, t, head):
            return True  # "Relations have been frozen *for decades*"
        if word == "days" and any(d.text.lower() == "these" for d in kids(parse, t.i, "det")):
            return True
    return False


def _yearly(parse: Parse, prep: Token) -> bool:
    """The preposition's object is a year or named by one ("since *2014*", "since *the 2014
    annexation*", "since *then*"), not a month or a day ("since March": this year's news)."""
    return any(
        _is_year(t.text) or t.text.lower() == "then"  # "*Since then*, it has seen four coups"
        for o in kids(parse, prep.i, "pobj", "pcomp")
        for t in (o, *kids(parse, o.i, "nummod", "compound", "amod"))
    )


def _perfect_span(parse: Parse, tok: Token, prep: Token) -> bool:
    """A span of years on a present perfect verb ("have been frozen *for decades*", "has
    been disputed for centuries"): the passage is told years after the span began."""
    if tok.dep != "pobj" or prep.lemma.lower() not in LASTING or prep.head == prep.i:
        return False
    return span_years(parse, tok) >= HISTORY_YEARS and _perfect(parse, parse.tokens[prep.head])


def _present(parse: Parse, verb: Token) -> bool:
    """A verb in the present ("bears", "are campaigning")."""
    return verb.tag in ("VBZ", "VBP") or any(
        a.tag in ("VBZ", "VBP") for a in kids(parse, verb.i, "aux", "auxpass")
    )


def _perfect(parse: Parse, verb: Token) -> bool:
    """A present perfect verb ("has since been rebuilt")."""
    return any(
        a.lemma.lower() == "have" and a.tag in ("VBZ", "VBP") for a in kids(parse, verb.i, "aux")
    )


def _completed(parse: Parse, unit: Token) -> bool:
    """A span that a past verb took ("lasted *a decade*", "ruled *for 30 years*", "stood
    empty *for half a century*"), not one still running ("has ruled for 30 years")."""
    tok = unit
    if unit.dep in ("npadvmod", "dobj"):  # on the verb itself ("lasted a decade")
        verb = parse.tokens[unit.head]
        return verb.pos in ("VERB", "AUX") and _past(parse, verb)
    if unit.dep != "pobj" or parse.tokens[unit.head].lemma.lower() not in LASTING:
        return False
    tok = parse.tokens[unit.head]
    for _ in range(3):  # up to the verb, through an adjective ("stood *empty* for ...")
        if tok.head == tok.i:
            return False
        tok = parse.tokens[tok.head]
        if tok.pos in ("VERB", "AUX"):
            return _past(parse, tok)
    return False
