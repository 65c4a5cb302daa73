"""No-event frames beyond history: fiction, campaign rallies, disputes between private parties.

The checks of :mod:`tacitus.events.noevent` read a frame that holds whatever the verb. These
read four more, each narrow enough that the PLOVER gold (which codes a court's acts on firms,
lawsuits against states, acts at campaign rallies aimed at a government, police arrests) keeps
its events:

- **a work of fiction**: the act happens *in* a film, a novel or a play ("In the film, rebels
  storm the palace"), to a character an actor plays ("plays a police chief who raids a
  hideout"), or in the present tense of a plot summary beside words of the screen and the
  page ("...storm the palace. The film opens in cinemas on Friday");
- **a campaign rally**: supporters or a crowd rallying where the sentence or a neighbour
  is about an election, with no "against" and no demand (a rally *for* a candidate, not a
  protest);
- **a private dispute**: a lawsuit, coercion or force whose doer and target are both private,
  firms or people with no office, party or armed side ("Samsung sued Apple", "a man stabbed
  his neighbour"), or a threat between two private people: the courts' and the police's
  business, not an act between political actors. An act on a firm or a person by a court,
  a state, the police or an armed group is not touched;
- **a civil judgment**: a court ordering a firm or a person to pay, refund or reinstate
  another party ("ordered the retailer to pay damages to a former employee"); an order on a
  public body ("ordered the city to pay") or to pay a fine stays a demand.

Three more frames of ordinary news:

- **a life story**: an obituary tells what the dead did in a relative clause on the subject
  of "died" ("The commander *who fought the army* for 30 years and signed the peace deal
  has died"): the life, not the day's news. "The general who led the coup was arrested"
  (no death) keeps its acts;
- **a tribute**: praise of the dead in an obituary ("Jorge Salas ... died on Friday. The
  president praised him as a tireless servant"): the target is the subject of "died";
- **a market deal**: a firm, a board or a union agreeing to buy or sell a business, turning
  down or fighting off a takeover bid, or demanding a pay rise, with no state or political
  side in it (see :func:`market_deal`);
- **a toll of nature**: damage told in the passive with no doer ("Beira was almost entirely
  *destroyed*") in a passage about a storm, a flood or a quake, with no word of violence in
  its sentence ("the town was destroyed by shelling" names its doer);
- **an emergency for nature**: a state of emergency declared in a passage about a storm, a
  flood or a fire, with no word of violence in its sentence: relief, not repression ("after
  riots" keeps it);
- **a forecast**: a warning to no one that a figure, the weather or want will worsen
  ("warned that bills would rise"), no threat of the speaker's own act.

Metaphorical force on markets and charts, and a candidate speaking to a crowd, are word
senses: they are rows of ``data/event_senses.tsv`` (class ``arena``), not code here.

Each check reads the trigger's own children and ancestors, the event's actors and the
sentence words kept on the parse, a few look-ups per candidate.
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Actor, Event
from .coder import Candidate
from .sense import near, sentence_words, word_class
from .syntax import kids, subject

#: Works of fiction an act can happen in ("In the film, ...", "in Le Carré's novel").
WORKS = frozenset(
    {
        "film",
        "movie",
        "novel",
        "novella",
        "play",
        "sitcom",
        "thriller",
        "drama",
        "musical",
        "opera",
        "sequel",
        "prequel",
        "miniseries",
        "screenplay",
        "fable",
        "comic",
        "cartoon",
        "series",
        "episode",
        "game",
        "videogame",
        "story",
    }
)
#: Works that are only ever fiction: an act "in" one is fiction whatever its tense (a
#: film, a series or a story may be a militant's video or a reporter's, told in the past).
FICTION_ONLY = frozenset(
    {
        "novel",
        "novella",
        "sitcom",
        "thriller",
        "musical",
        "opera",
        "sequel",
        "prequel",
        "miniseries",
        "screenplay",
        "fable",
        "comic",
        "cartoon",
        "videogame",
    }
)
#: Words of the screen and the page that mark a plot summary in a neighbouring sentence
#: (not "actor", "director", "plot" or "episode", which news uses of real things).
SYNOPSIS = frozenset(
    {
        "film",
        "films",
        "movie",
        "movies",
        "novel",
        "novels",
        "novelist",
        "screenplay",
        "screenwriter",
        "filmmaker",
        "film-maker",
        "starring",
        "co-stars",
        "co-starring",
        "cinema",
        "cinemas",
        "premiere",
        "premieres",
        "sequel",
        "prequel",
        "sitcom",
        "miniseries",
        "thriller",
        "protagonist",
        "box-office",
        "netflix",
        "hbo",
        "hollywood",
        "bollywood",
        "nollywood",
        "fictional",
        "blockbuster",
    }
)
#: Words of reported news: a present-tense act beside them is news ("Beijing threatens
#: Taipei, the ministry says"), not a plot.
REPORTING = frozenset({"say", "says", "said", "according", "told", "announced", "spokesman"})
#: Verbs whose object is a character ("plays a general who ...", "stars as a spy who ...").
ROLE_VERBS = frozenset({"play", "portray", "star", "voice"})
#: Roots a plot summary uses for its story: threats, protest, force posture, coercion, force.
PLOT_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})

#: Who rallies for a candidate: a crowd, named by nothing that makes it a side.
CROWDS = frozenset(
    {
        "supporter",
        "supporters",
        "follower",
        "followers",
        "fan",
        "fans",
        "crowd",
        "crowds",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "voter",
        "voters",
        "loyalist",
        "loyalists",
        "admirer",
        "admirers",
        "faithful",
        "volunteer",
        "volunteers",
    }
)
#: Words of a campaign event beyond the election class ("the campaign's final rally").
CAMPAIGN = frozenset(
    {"campaign", "campaigning", "convention", "hustings", "stump", "fundraiser", "caucus"}
)
#: Verbs of a rally's purpose that make it a protest ("rallied to demand his release").
DEMANDS = frozenset(
    {
        "demand",
        "protest",
        "denounce",
        "condemn",
        "oppose",
        "reject",
        "call",
        "press",
        "urge",
        "decry",
        "challenge",
        "free",
        "release",
        "defend",
    }
)

#: What a candidate does at a campaign stop that a crowd waits for.
SPEAKING = frozenset({"speak", "arrive", "address", "appear", "take"})
#: Code roots of acts on a party: lawsuits (115 only, below), coercion, force.
DISPUTE_ROOTS = frozenset({"17", "18", "19", "20"})
#: Sectors no political side has: a firm, a worker, a farmer, a civilian (a person of one
#: of the last three, or of none, is private; a firm is private whatever its kind).
PRIVATE_SECTORS = frozenset({"CVL", "LAB", "AGR"})
#: People named by a common noun of private life, when the coder found no actor for them
#: ("*a man* stabbed his neighbour", "fought off *a burglar*").
PRIVATE_PEOPLE = frozenset(
    {
        "man",
        "woman",
        "boy",
        "girl",
        "teenager",
        "husband",
        "wife",
        "partner",
        "girlfriend",
        "boyfriend",
        "brother",
        "sister",
        "son",
        "daughter",
        "father",
        "mother",
        "cousin",
        "uncle",
        "nephew",
        "relative",
        "neighbour",
        "neighbor",
        "passenger",
        "customer",
        "shopkeeper",
        "cashier",
        "burglar",
        "thief",
        "robber",
        "intruder",
        "landlord",
        "tenant",
        "pensioner",
        "pedestrian",
        "motorist",
        "stranger",
        "flatmate",
        "roommate",
        "bouncer",
        "waiter",
        "clerk",
        "driver",
    }
)
#: Verbs of a court's order to pay: a civil judgment between private parties.
ORDERS = frozenset({"order", "require", "direct", "tell"})
PAYMENTS = frozenset(
    {"pay", "refund", "repay", "reimburse", "compensate", "return", "reinstate", "rehire"}
)
#: What a court orders paid to the state: a penalty, not a civil judgment.
PENALTIES = frozenset({"fine", "penalty", "tax", "levy", "duty", "surcharge", "forfeit"})
#: What one private party owes another ("to pay damages", "to pay royalties").
DUES = frozenset(
    {
        "damage",
        "damages",
        "compensation",
        "royalty",
        "royalties",
        "wage",
        "wages",
        "salary",
        "arrears",
        "rent",
        "alimony",
        "maintenance",
        "cost",
        "costs",
        "severance",
        "refund",
    }
)
#: What the ordered party is when it is a public body ("ordered the city to pay").
PUBLIC_BODIES = frozenset(
    {
        "government",
        "state",
        "ministry",
        "minister",
        "city",
        "council",
        "municipality",
        "authority",
        "authorities",
        "police",
        "army",
        "military",
        "department",
        "agency",
        "commission",
        "country",
        "party",
        "president",
        "province",
        "county",
    }
)


def quiet(parse: Parse, cand: Candidate, event: Event) -> bool:
    """True when the event is told in a work of fiction, is a campaign rally, or is a
    dispute between private parties (see the module doc)."""
    verb = cand.trigger.token
    root = event.cameo[:2]
    if fiction(parse, verb, event):
        return True
    if root == "14" and campaign_rally(parse, verb):
        return True
    if private_dispute(parse, verb, event) or civil_order(parse, verb, event):
        return True
    if life_story(parse, verb) or nature_toll(parse, verb, event):
        return True
    if nature_emergency(parse, verb, event) or tribute(parse, verb, event):
        return True
    if cand.trigger.nominal:
        return False
    return market_deal(parse, verb, event) or forecast_warning(parse, verb, event)


def fiction(parse: Parse, verb: Token, event: Event) -> bool:
    """The act happens in a work of fiction: "In the film, rebels storm the palace", a
    character's act ("plays a police chief who raids a hideout"), or a plot told in the
    present beside words of the screen or the page."""
    present = _present(parse, verb) or _present_conj(parse, verb)
    for tok in _clause_chain(parse, verb):
        work = _in_work(parse, tok)
        told = present or _present(parse, tok) or "fictional" in sentence_words(parse, tok.sent)
        if work is not None and (told or work in FICTION_ONLY):
            return True
        if tok.dep == "relcl" and _character(parse, parse.tokens[tok.head]):
            return True
    state = event.source is not None and event.source.kind == "state"
    return (
        event.cameo[:2] in PLOT_ROOTS
        and present
        and not state  # "Beijing threatens Taipei": a state's act in the present is news
        and not sentence_words(parse, verb.sent) & REPORTING
        and near(parse, verb, SYNOPSIS)
    )


def _clause_chain(parse: Parse, verb: Token) -> list[Token]:
    """The verb and the words it hangs from, up to the sentence's main verb ("In the film,
    rebels storm the palace and *seize* the king"; "In the thriller, an officer hunts down
    the terrorists who *killed* his brother")."""
    chain = [verb]
    tok = verb
    for _ in range(6):
        if tok.head == tok.i:
            break
        tok = parse.tokens[tok.head]
        chain.append(tok)
    return chain


def _in_work(parse: Parse, tok: Token) -> str | None:
    """The work named by the token's "in" phrase ("in the film"; not "in a series of
    tweets"), or None."""
    for p in kids(parse, tok.i, "prep"):
        if p.lemma.lower() != "in":
            continue
        for o in kids(parse, p.i, "pobj"):
            lemma = o.lemma.lower()
            if lemma in WORKS and not any(
                q.lemma.lower() == "of" for q in kids(parse, o.i, "prep")
            ):
                return lemma
    return None


def _character(parse: Parse, noun: Token) -> bool:
    """The noun is a role someone plays ("plays *a general*", "stars as *a spy*")."""
    up = parse.tokens[noun.head]
    if noun.dep in ("dobj", "attr"):
        return up.lemma.lower() in ROLE_VERBS
    if noun.dep == "pobj" and up.lemma.lower() == "as":
        return parse.tokens[up.head].lemma.lower() in ROLE_VERBS
    return False


def _present(parse: Parse, verb: Token) -> bool:
    """A simple present verb, as a plot summary tells its story ("rebels *storm* the
    palace"), not a future or a perfect."""
    if verb.tag in ("VBZ", "VBP"):
        return not kids(parse, verb.i, "aux", "auxpass")
    return False


def _present_conj(parse: Parse, verb: Token) -> bool:
    """A bare verb joined to a simple present one, which the tagger leaves untensed
    ("soldiers arrest members of Congress and *close* the newspapers")."""
    if verb.dep != "conj" or verb.tag != "VB" or kids(parse, verb.i, "aux"):
        return False
    return _present(parse, parse.tokens[verb.head])


def campaign_rally(parse: Parse, verb: Token) -> bool:
    """Supporters or a crowd rallying in a passage about an election, with no "against"
    and no demand: a campaign event ("Thousands of supporters rallied outside the arena"),
    not a protest ("rallied to demand his release", "rallied against the tax")."""
    subj, passive = subject(parse, verb)
    if subj is None or passive or subj.lemma.lower() not in CROWDS:
        return False
    crowd = [subj, *(o for p in kids(parse, subj.i, "prep") for o in kids(parse, p.i, "pobj"))]
    if any(_side(m) for c in crowd for m in kids(parse, c.i, "compound", "amod", "poss", "nmod")):
        return False  # "opposition supporters", "Hamas supporters", "his supporters"
    if any(p.lemma.lower() in ("against", "over") for p in kids(parse, verb.i, "prep")):
        return False
    purposes = kids(parse, verb.i, "xcomp", "advcl", "ccomp")
    if any(c.lemma.lower() in DEMANDS for c in purposes):
        return False
    if sentence_words(parse, verb.sent) & word_class("violence"):
        return False
    return _awaits_speaker(parse, verb) or near(parse, verb, word_class("election") | CAMPAIGN)


def _side(mod: Token) -> bool:
    """A modifier that makes a crowd a side: a name, a possessor, the opposition."""
    return (
        mod.pos == "PROPN"
        or mod.dep == "poss"
        or mod.lemma.lower() in ("opposition", "anti-government", "rebel")
    )


def _awaits_speaker(parse: Parse, verb: Token) -> bool:
    """The rally waits on someone's speech or arrival ("rallied outside the arena *before
    Corbyn spoke*"): a campaign stop."""
    return any(
        c.lemma.lower() in SPEAKING
        and any(
            m.lemma.lower() in ("before", "as", "until", "while") for m in kids(parse, c.i, "mark")
        )
        for c in kids(parse, verb.i, "advcl")
    )


def private_dispute(parse: Parse, verb: Token, event: Event) -> bool:
    """A lawsuit (CAMEO 115), coercion or force between two private parties (firms, or
    people with no office, party or armed side), or a threat between two private people:
    "Samsung sued Apple", "a man stabbed his neighbour", "a farmer threatened his
    neighbour". A side the coder found no actor for counts when the parse names it by a
    word of private life ("a passenger", "a burglar")."""
    code = event.cameo
    if code.startswith("115") or code[:2] in DISPUTE_ROOTS:
        people_only = False
    elif code[:2] == "13":
        people_only = True
    else:
        return False
    subj, passive = subject(parse, verb)
    doer = _agent(parse, verb) if passive else subj
    done = subj if passive else _object(parse, verb)
    return _private(event.source, doer, people_only) and _private(event.target, done, people_only)


def _private(actor: Actor | None, tok: Token | None, people_only: bool) -> bool:
    """The actor is a firm or a private person; with no actor, the parse's word is one of
    :data:`PRIVATE_PEOPLE` (a singular common noun)."""
    if actor is None:
        return tok is not None and tok.tag == "NN" and tok.lemma.lower() in PRIVATE_PEOPLE
    if actor.sector == "BUS":
        return not people_only
    if actor.kind != "person":
        return False
    # a person of no sector is private only with no country either: a named person of a
    # known country with no role found may still be a state's agent
    return actor.sector in PRIVATE_SECTORS or (actor.sector is None and actor.country is None)


def _object(parse: Parse, verb: Token) -> Token | None:
    """The verb's object, or that of its particle phrase ("fought off *a burglar*")."""
    objs = kids(parse, verb.i, "dobj")
    if not objs:
        objs = [
            o
            for p in kids(parse, verb.i, "prt", "prep")
            if p.lemma.lower() == "off"
            for o in kids(parse, p.i, "pobj")
        ]
    return objs[0] if objs else None


def _agent(parse: Parse, verb: Token) -> Token | None:
    """A passive verb's doer ("was stabbed *by a passenger*")."""
    for a in kids(parse, verb.i, "agent"):
        for o in kids(parse, a.i, "pobj"):
            return o
    return None


def civil_order(parse: Parse, verb: Token, event: Event) -> bool:
    """A court ordering a firm or a person to pay, refund or reinstate: a civil judgment
    ("A judge ordered the retailer to pay damages to a former employee"), not a demand
    between political actors; an order on a public body ("ordered the city to pay") stays."""
    if event.cameo[:2] != "10" or verb.lemma.lower() not in ORDERS:
        return False
    subj, passive = subject(parse, verb)
    if passive or subj is None or subj.lemma.lower() not in word_class("bench"):
        return False
    if not any(_to_a_party(parse, c) for c in kids(parse, verb.i, "xcomp", "ccomp", "advcl")):
        return False
    if any(_public(parse, o) for o in kids(parse, verb.i, "dobj")):
        return False
    target = event.target
    return target is None or target.sector is None or target.sector in PRIVATE_SECTORS | {"BUS"}


def _to_a_party(parse: Parse, pay: Token) -> bool:
    """Paying or restoring something to another party, not a penalty to the state:
    "to pay damages *to a former employee*", "to pay *its former coach* 2 million euros",
    "to refund customers", "to reinstate the worker"; not "to pay a fine"."""
    lemma = pay.lemma.lower()
    if lemma not in PAYMENTS:
        return False
    if lemma != "pay":
        return True
    paid = {o.lemma.lower() for o in kids(parse, pay.i, "dobj")}
    if paid & PENALTIES:
        return False
    to = any(p.lemma.lower() == "to" for p in kids(parse, pay.i, "prep"))
    return to or bool(kids(parse, pay.i, "dative")) or bool(paid & DUES)


def _public(parse: Parse, tok: Token) -> bool:
    """The ordered party is a public body: named as one ("the city") or a place, a
    region by its entity label ("Kenya", "Catalonia")."""
    words = [tok, *kids(parse, tok.i, "compound", "amod")]
    if any(w.lemma.lower() in PUBLIC_BODIES for w in words):
        return True
    return any(w.ent in ("GPE", "LOC") for w in words)


#: Roots of a firm's or a union's dealings that the lexicon reads as acts: agreeing,
#: supporting, demanding, rejecting ("agreed to buy a stake", "rejected a takeover offer",
#: "demanded a pay rise").
DEAL_ROOTS = frozenset({"03", "05", "10", "12"})
#: Words of a deal in the market: what firms, shareholders and unions agree on, demand or
#: turn down, as the object's head or its modifier ("takeover offer", "pay plan").
MARKET_WORDS = frozenset(
    {
        "takeover",
        "merger",
        "acquisition",
        "buyout",
        "stake",
        "shareholding",
        "dividend",
        "wage",
        "wages",
        "pay",
        "salary",
        "bonus",
        "payout",
        "hostile",
        "rise",
        "raise",
    }
)
#: Force and resistance a firm puts up against a bid ("fought off a hostile bid").
FIGHT_ROOTS = frozenset({"17", "19"})
FIGHTS = frozenset({"fight", "battle", "resist", "repel"})
#: Verbs of buying and selling a business: "agreed *to buy* a 20 percent stake".
MARKET_VERBS = frozenset({"buy", "sell", "acquire", "invest", "merge", "purchase", "divest"})
#: Sectors a party in a market deal may have: a firm, a union, or none found.
MARKET_SECTORS = frozenset({None, "BUS", "LAB"})


def market_deal(parse: Parse, verb: Token, event: Event) -> bool:
    """A firm's, a board's or a union's dealing in the market: agreeing to buy or sell a
    business, rejecting or fighting off a takeover bid, demanding a pay rise ("Toyota agreed
    to buy a stake in a Chinese battery maker", "The board rejected a takeover offer", "fought
    off a hostile bid", "The union demanded a 7 percent pay rise"). Neither side is a state,
    its organ or a political group (a firm's own word as the subject outweighs a state the
    coder read into it, "the *French* carmaker"), and no state is named as the buyer's or
    seller's counterpart ("to buy a stake in *Pakistan's* port" is a state's business)."""
    root = event.cameo[:2]
    if root not in DEAL_ROOTS and not (root in FIGHT_ROOTS and _lemma(verb) in FIGHTS):
        return False
    if not _market_side(event.source) and not _firm_doer(parse, verb):
        return False
    target = event.target
    if target is not None and target.kind != "state" and not _market_side(target):
        return False
    words = _deal_words(parse, verb)
    if not words or any(w.ent == "GPE" and w.pos == "PROPN" for w in words):
        return False
    xcomps = {x.lemma.lower() for x in kids(parse, verb.i, "xcomp")}
    return bool(xcomps & MARKET_VERBS) or any(_lemma(w) in MARKET_WORDS for w in words)


def _market_side(actor: Actor | None) -> bool:
    """No actor, or a firm or union: not a state, a person of office or a political group."""
    if actor is None:
        return True
    if actor.sector in ("CVL", "LAB"):  # workers, a crew, a union: the other side of a pay deal
        return True
    return actor.kind in ("organisation", "group") and actor.sector in MARKET_SECTORS


#: Subjects that name a firm or its owners whatever state the coder read into them ("the
#: board of *the Danish brewer*": Denmark).
FIRM_DOERS = frozenset(
    {
        "board",
        "shareholder",
        "company",
        "firm",
        "group",
        "bank",
        "lender",
        "insurer",
        "maker",
        "carmaker",
        "brewer",
        "airline",
        "retailer",
        "chain",
        "conglomerate",
        "producer",
        "manufacturer",
    }
)


#: Makers that are no firm: "lawmakers rejected the pay rise" is a legislature's act.
NOT_FIRMS = frozenset({"lawmaker", "policymaker", "peacemaker", "kingmaker"})


def _firm_doer(parse: Parse, verb: Token) -> bool:
    """The subject is a firm's word ("the board", "the carmaker", "the chipmaker")."""
    subj, passive = subject(parse, verb)
    if subj is None or passive:
        return False
    word = _lemma(subj)
    return word in FIRM_DOERS or (word.endswith("maker") and word not in NOT_FIRMS)


def _deal_words(parse: Parse, verb: Token) -> list[Token]:
    """The verb's objects and its infinitive's, with their modifiers and prepositional
    objects ("a 20 percent stake *in* a Chinese battery *maker*")."""
    heads = kids(parse, verb.i, "dobj")
    heads += [o for x in kids(parse, verb.i, "xcomp") for o in kids(parse, x.i, "dobj")]
    heads += [
        o
        for p in kids(parse, verb.i, "prt", "prep")
        if _lemma(p) == "off"
        for o in kids(parse, p.i, "pobj")
    ]
    words: list[Token] = []
    for head in heads:
        words += [head, *kids(parse, head.i, "compound", "amod", "poss")]
        for p in kids(parse, head.i, "prep"):
            for o in kids(parse, p.i, "pobj"):
                words += [o, *kids(parse, o.i, "compound", "amod", "poss")]
    return words


def _lemma(tok: Token) -> str:
    return tok.lemma.lower()


#: What a forecast is about: figures, markets, prices, weather and want, not a party.
FORECAST_SUBJECTS = frozenset(
    {
        "profit",
        "profits",
        "sale",
        "sales",
        "earnings",
        "revenue",
        "price",
        "prices",
        "bill",
        "bills",
        "fare",
        "fares",
        "cost",
        "costs",
        "inflation",
        "growth",
        "demand",
        "supply",
        "unemployment",
        "output",
        "economy",
        "market",
        "rate",
        "rates",
        "debt",
        "deficit",
        "hunger",
        "famine",
        "shortage",
        "shortages",
        "harvest",
        "temperature",
        "temperatures",
        "rain",
        "snow",
        "flooding",
        "drought",
        "storm",
        "case",
        "cases",
        "infection",
        "infections",
        "wait",
        "waits",
    }
)


def forecast_warning(parse: Parse, verb: Token, event: Event) -> bool:
    """A warning that is a forecast, to no one: "Aid agencies warned that hunger would
    worsen", "the regulator warned that bills would rise", "warned of higher prices". What
    is foretold is a figure or the weather, no act of the speaker's on a party ("Iran
    warned that it would close the strait" keeps its threat), and no one is warned (a
    target the coder found elsewhere in the sentence does not make one)."""
    if event.cameo[:2] != "13" or _lemma(verb) != "warn":
        return False
    if kids(parse, verb.i, "dobj", "dative"):  # warned someone: an addressee, not a forecast
        return False
    said = [s for c in kids(parse, verb.i, "ccomp") for s in kids(parse, c.i, "nsubj")]
    said += [
        o
        for p in kids(parse, verb.i, "prep")
        if _lemma(p) == "of"
        for o in kids(parse, p.i, "pobj")
    ]
    return bool(said) and all(_lemma(s) in FORECAST_SUBJECTS for s in said)


#: Links up from the trigger to the relative clause it is told in: conjoined acts, an
#: infinitive, and a noun of an act as the object ("who *brokered* a water *deal*").
CLIMB = frozenset({"conj", "xcomp", "dobj", "pobj", "prep", "compound"})
#: Verbs of a death an obituary opens with ("has died", "passed away", "was buried").
DEATHS = frozenset({"die", "bury"})


def life_story(parse: Parse, verb: Token) -> bool:
    """The act is told in a relative clause (its verb, a conjunct, or a noun of an act as its
    object) on the subject of a verb of death, directly or through an apposition ("Jones, a
    diplomat *who negotiated* the treaty, has died"): an obituary's life story."""
    tok, steps = verb, 0
    while tok.dep in CLIMB and tok.head != tok.i and steps < 4:
        tok, steps = parse.tokens[tok.head], steps + 1
    if tok.dep != "relcl" or tok.head == tok.i:
        return False
    return _dead(parse, parse.tokens[tok.head])


#: Roots of damage a storm does as well as an army: force, coercion, assault.
DAMAGE_ROOTS = frozenset({"17", "18", "19", "20"})


def nature_toll(parse: Parse, verb: Token, event: Event) -> bool:
    """Damage in the passive with no doer and no source, in a passage about nature (a word
    of class ``natural`` in the sentence or a neighbour, or a storm as the lead's subject)
    and no word of violence in its sentence: "Cyclone Idai struck on Thursday. Beira was
    almost entirely destroyed"."""
    if event.cameo[:2] not in DAMAGE_ROOTS or event.source is not None:
        return False
    if verb.tag != "VBN" or _agent(parse, verb) is not None:
        return False
    if not kids(parse, verb.i, "nsubjpass", "auxpass") and verb.dep != "acl":
        return False
    violence = word_class("violence")
    if sentence_words(parse, verb.sent) & violence:
        return False
    if near(parse, verb, word_class("natural")):
        return True
    return _nature_leads(parse)


def _nature_leads(parse: Parse) -> bool:
    """The story's lead has a storm, a flood or a quake as its subject ("Cyclone Idai killed
    hundreds ..."): what the passage is about."""
    if not parse.sentences:
        return False
    sent = parse.sentences[0]
    natural = word_class("natural")
    for tok in parse.tokens[sent.first : sent.last]:
        if tok.dep == "nsubj" and parse.tokens[tok.head].dep == "ROOT":
            words = [tok, *kids(parse, tok.i, "compound")]
            if any(_lemma(w) in natural or w.text.lower() in natural for w in words):
                return True
    return False


def nature_emergency(parse: Parse, verb: Token, event: Event) -> bool:
    """A state of emergency declared for a storm, a flood or a fire ("Cyclone Gabrielle cut
    off towns. The government declared a national state of emergency"): coercion only when
    it answers unrest, which names violence in its sentence."""
    if event.cameo[:2] != "17" or event.target is not None:
        return False
    objs = kids(parse, verb.i, "dobj")
    named = [o for o in objs if _lemma(o) == "emergency"]
    named += [
        e
        for o in objs
        if _lemma(o) == "state"
        for p in kids(parse, o.i, "prep")
        for e in kids(parse, p.i, "pobj")
        if _lemma(e) == "emergency"
    ]
    if not named or sentence_words(parse, verb.sent) & word_class("violence"):
        return False
    return near(parse, verb, word_class("natural")) or _nature_leads(parse)


def tribute(parse: Parse, verb: Token, event: Event) -> bool:
    """Praise (SUPPORT) whose target is the person the passage says has died, named as the
    subject of "died" before the trigger ("Maria Lopez, a former minister, died on Friday.
    The prime minister hailed her as a pioneer")."""
    target = event.target
    if event.cameo[:2] != "05" or target is None or target.kind != "person":
        return False
    for span in target.mentions:
        for tok in parse.tokens:
            if tok.start >= span[1]:
                break
            if tok.start >= span[0] and tok.i < verb.i and _dead(parse, tok):
                return True
    return False


def _dead(parse: Parse, tok: Token) -> bool:
    """The token (or the noun it is in apposition to) is the subject of a verb of death."""
    if tok.dep == "appos" and tok.head != tok.i:
        tok = parse.tokens[tok.head]
    if tok.dep not in ("nsubj", "nsubjpass") or tok.head == tok.i:
        return False
    main = parse.tokens[tok.head]
    if _lemma(main) in DEATHS:
        return True
    return _lemma(main) == "pass" and any(_lemma(p) == "away" for p in kids(parse, main.i, "prt"))
