"""No-event frames of ordinary lawmaking and ordinary judicial business.

A legislature that "approved the heating law" or "voted down a proposal", a bill "that would
force Google to pay news outlets", a court that "sentenced a man for robbing a shop" or
"agreed to hear an appeal" in a patent dispute: the verbs are the lexicon's verbs of support,
rejection, coercion and accusation, but what is acted on is a text under debate, a private
person or a firm's case, not another political actor. These checks read that frame:

- **lawmaking**: a legislature's, a committee's or lawmakers' verbal act (statements to
  threats, CAMEO 01 to 05 and 09 to 13) or obstruction (14) with no target, whose object
  is a text of law ("approved new *rules*", "voted down a *proposal*", "blocked the
  *reform*"); anyone's support for such a text in a passage about a legislature ("the
  finance minister defended the plan"); interest groups lobbying, with no one named as
  lobbied, in such a passage ("Gun rights groups lobbied heavily against it"). A text named
  as another party's ("the *government's* plan", "the *European* proposal", "the plan put
  forward *by the cabinet*") is an act on that party and stays;
- **a bill's content**: an act told as what a bill, a law or a rule does or would do ("a bill
  *that would force* Google to pay", "a bill *targeting* drug middlemen", "*The measure
  would ban* the app"), or coded on the verb that puts the bill forward ("unveiled a bill
  ..."): its provisions, not an act between actors. An act on a state, a government, an
  armed or political side or the press is left to the coder ("a law banning the opposition
  party"), and so is a plan's content ("plans to release all political prisoners" is an
  intent);
- **a court on a private party**: a court, judge or jury convicting, sentencing, jailing,
  fining or clearing a person named by a common noun of private life or trade ("a man",
  "the former bank teller", "a pharmacist"), or granting one bail, with no charge of
  politics after it ("for spying for Israel", "for insulting the president"); the crime it
  judges ("sentenced a man to death *for killing* his sister"); its order to a private
  person or a firm ("ordered a landlord to let the families return"); its rejection or grant
  of a firm's, a private person's or a courtroom party's case or request ("dismissed an
  appeal by the trucking company", "granted the prosecution's request for more time",
  "refused to throw out the case against the developer"); its words to a courtroom
  ("warned jurors", "rejected the argument"); a decision or rule it upholds ("upheld the
  council's refusal"); its agreeing to hear a case; a hearing or trial it schedules or
  adjourns. A person with a name, a people or a word of politics or the press on them
  ("opposition leader Navalny", "the British-Iranian aid worker", "the journalist") keeps
  the act: PLOVER codes the verdicts of courts on political actors, and a court's rejection
  of a named side's appeal.

Added in session 25, from passages of our own:

- **more lawmaking routine**: a hearing or a debate held on a text of law ("held a hearing on
  the patent bill"; not a hearing on an attack, which is an inquiry); a text of law signed,
  vetoed, passed or blocked as "it" after a sentence that names it ("The governor has said
  he will sign it"), unless a state does it or a treaty or resolution is near; lawmakers
  asking, with no one named as asked, for a step of procedure ("asked for more time", "for
  a second hearing"); a chair's ruling that a motion is out of order;
- **more court routine**: bail refused or denied to a private person, as bail granted; a
  conviction or a sentence of a private person upheld; a dispute between private parties
  dismissed ("the land dispute between the two families"); a firm's or a club's officer
  counts as a private person ("a former football club president", "the bank's chairman";
  not "the former party president"); a town's name on an ordinary crime is where the crime
  was, not a party to a charge ("the Makati carjacking"); and a target the coder drew from
  a clause beside the court's act ("saying it should be settled *by the elders*") or from
  such a place or person is no party to the act.

The court checks are narrower than the one :mod:`.noevent` tried and dropped (a court's
acts on any private party lowered the PLOVER dev sets): the person must be named by a common
noun of private life, the firm by a common noun, and the sentence must name no country,
people, organisation or charge of politics after the verdict. On the PLOVER dev sets these
checks quiet no event at all (session 23); their figures come from our own passages.

Tried and dropped: the words of prosecutors, defence lawyers and plaintiffs in a case with
no political side ("Prosecutors asked for more time"): it lost a REQUEST row of our corpus'
held-out split and quieted no held-out row with no event.

Each check reads the trigger's own children and head, the event's actors and the tokens of
the trigger's sentence after it: a few look-ups per candidate.
"""

from __future__ import annotations

from ..parse import Parse, Token
from ..records import Actor, Event
from .coder import Candidate
from .sense import near, sentence_words, word_class
from .syntax import kids, prep_objects, span_of, subject

#: Code roots of verbal acts: statements, appeals, intents, talks, support, inquiries,
#: demands, criticism, refusals and threats.
VERBAL = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
#: A legislature's verbal acts and its obstruction ("blocked the bill").
LAWMAKING_ROOTS = VERBAL | {"14"}

# --- lawmaking: words ----------------------------------------------------------------------

#: Texts of law: what a bill, a law or a rule provides is its content, not anyone's act.
LAWS = frozenset(
    {
        "law",
        "laws",
        "bill",
        "bills",
        "amendment",
        "amendments",
        "measure",
        "measures",
        "legislation",
        "ordinance",
        "regulation",
        "regulations",
        "rule",
        "rules",
        "motion",
    }
)
#: What a legislature votes on: texts of law, and the plans, budgets and packages it passes
#: or throws out (not a plan's content: "plans to release all political prisoners" is an
#: intent of whoever plans).
TEXTS = LAWS | frozenset(
    {
        "proposal",
        "proposals",
        "plan",
        "reform",
        "reforms",
        "package",
        "budget",
        "act",
        "code",
        "overhaul",
        "draft",
        "provision",
        "provisions",
        "clause",
    }
)
#: Words that name a legislature, its committees or its members.
LEGISLATURES = frozenset(
    {
        "senate",
        "senator",
        "senators",
        "house",
        "congress",
        "congressman",
        "congresswoman",
        "congressional",
        "parliament",
        "parliamentary",
        "parliamentarian",
        "parliamentarians",
        "mp",
        "mps",
        "assembly",
        "legislature",
        "legislative",
        "legislator",
        "legislators",
        "lawmaker",
        "lawmakers",
        "chamber",
        "committee",
        "subcommittee",
        "deputies",
        "bundestag",
        "bundesrat",
        "knesset",
        "duma",
        "diet",
        "dáil",
        "dail",
        "seanad",
        "sabha",
        "majlis",
        "sejm",
        "riksdag",
        "storting",
        "folketing",
        "cortes",
        "rada",
        "plenary",
        "caucus",
        "backbencher",
        "backbenchers",
        "frontbencher",
        "frontbenchers",
        "whip",
        "whips",
    }
)
#: Verbs of putting a text of law forward: its provisions are not yet anyone's act.
DRAFTING = frozenset(
    {"introduce", "reintroduce", "unveil", "propose", "file", "table", "draft", "sponsor", "submit"}
)
#: Verbs of lobbying for or against a text or a policy.
LOBBY_VERBS = frozenset({"lobby", "press", "push", "campaign", "agitate"})
#: What a lobby presses for or against besides a text: a policy's terms ("pressed for
#: tougher limits"), not a political act ("campaigned for the release of prisoners").
POLICIES = frozenset(
    {
        "limit",
        "limits",
        "cap",
        "caps",
        "tax",
        "taxes",
        "cut",
        "cuts",
        "subsidy",
        "subsidies",
        "funding",
        "spending",
        "rate",
        "rates",
        "standard",
        "standards",
        "change",
        "changes",
        "protection",
        "protections",
        "exemption",
        "exemptions",
        "relief",
        "target",
        "targets",
    }
)
#: Sectors of an interest group: firms, unions, farmers, NGOs and environmental, health,
#: education and church groups, civil society, or none found.
LOBBIES = frozenset({"BUS", "LAB", "AGR", "NGO", "ENV", "HLH", "EDU", "REL", "CVL", None})
#: Modifiers that make a "law" a state's rule over people, not a text under debate.
RULE_OVER_PEOPLE = frozenset({"martial", "emergency"})
#: Entity labels of a modifier that names whose a text is ("the *European* proposal").
OWNER_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})

# --- courts: words -------------------------------------------------------------------------

#: Verbs of a court's verdict on a person, and of bail granted.
VERDICTS = frozenset(
    {
        "sentence",
        "convict",
        "jail",
        "imprison",
        "acquit",
        "find",
        "fine",
        "clear",
        "grant",
        "refuse",
        "deny",
    }
)
#: Verbs of a court's word on bail ("granted bail to", "refused bail to").
BAIL_VERBS = frozenset({"grant", "refuse", "deny"})
#: A verdict a court upholds on a person ("upheld the conviction of a pharmacist").
VERDICT_NOUNS = frozenset({"conviction", "convictions", "sentence", "sentences", "verdict"})
#: Titles of a firm's or a club's officers: private when a firm word is on them ("a former
#: football club president", "the bank's chairman"), an office of state when none is.
FIRM_TITLES = frozenset(
    {
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "owner",
        "director",
        "boss",
        "chief",
        "head",
        "founder",
        "treasurer",
        "secretary",
    }
)
#: Verbs of a court's order.
ORDERS = frozenset({"order", "direct", "require", "tell", "instruct"})
#: Common nouns of a person's trade or private life, as the convicted are named.
PRIVATE_PERSONS = frozenset(
    {
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "teenager",
        "youth",
        "husband",
        "wife",
        "father",
        "mother",
        "son",
        "daughter",
        "neighbour",
        "neighbor",
        "driver",
        "teller",
        "cashier",
        "clerk",
        "accountant",
        "pharmacist",
        "nurse",
        "doctor",
        "surgeon",
        "dentist",
        "builder",
        "plumber",
        "landlord",
        "tenant",
        "banker",
        "broker",
        "trader",
        "businessman",
        "businesswoman",
        "executive",
        "manager",
        "employee",
        "worker",
        "solicitor",
        "teacher",
        "coach",
        "pastor",
        "priest",
        "caregiver",
        "carer",
        "nanny",
        "farmer",
        "shopkeeper",
        "mechanic",
        "contractor",
        "developer",
        "chef",
        "guard",
        "pilot",
        "engineer",
        "burglar",
        "thief",
        "robber",
        "fraudster",
        "conman",
        "killer",
        "murderer",
        "motorist",
        "passenger",
        "tourist",
        "student",
        "pensioner",
        # trades of entertainment and sport: a celebrity's fraud case is no political act
        "singer",
        "actor",
        "actress",
        "musician",
        "rapper",
        "footballer",
        "boxer",
        "athlete",
        "comedian",
        "model",
        # kin and neighbours in a family's or a village's case
        "family",
        "families",
        "neighbours",
        "neighbors",
        "brother",
        "brothers",
        "sister",
        "sisters",
        "siblings",
        "heir",
        "heirs",
        "couple",
        "villager",
        "villagers",
    }
)
#: Words that make a person a political actor however plainly named.
POLITICAL = frozenset(
    {
        "opposition",
        "political",
        "party",
        "dissident",
        "activist",
        "rebel",
        "militant",
        "union",
        "protest",
        "government",
        "state",
        "police",
        "army",
        "military",
        "foreign",
        "spy",
        "aid",
        "rights",
        "human",
        "press",
    }
)
#: Common nouns of a firm ("the trucking company", "the streaming service").
FIRMS = frozenset(
    {
        "company",
        "firm",
        "insurer",
        "bank",
        "carmaker",
        "airline",
        "retailer",
        "group",
        "chain",
        "service",
        "platform",
        "maker",
        "manufacturer",
        "utility",
        "operator",
        "publisher",
        "supplier",
        "producer",
        "brand",
        "studio",
        "club",
        "label",
        "hospital",
        "landlord",
        "developer",
        "school",
    }
)
#: Entity labels that make a charge, or a person, a matter between political actors
#: ("spying for Israel", "the British-Iranian aid worker").
CHARGE_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Charges of politics, the press and the state's security.
CHARGES = frozenset(
    {
        "spy",
        "spying",
        "espionage",
        "treason",
        "sedition",
        "seditious",
        "terrorism",
        "terror",
        "terrorist",
        "propaganda",
        "insult",
        "insulting",
        "blasphemy",
        "subversion",
        "separatism",
        "extremism",
        "extremist",
        "protest",
        "protests",
        "riot",
        "rioting",
        "coup",
        "rebellion",
        "insurrection",
        "war",
        "genocide",
        "regime",
        "government",
        "state",
        "president",
        "king",
        "monarchy",
        "army",
        "news",
        "article",
        "articles",
        "post",
        "posts",
        "tweet",
        "tweets",
        "rally",
        "demonstration",
        "demonstrate",
        "opposition",
        "incite",
        "incitement",
        "subvert",
        "hooliganism",
        "defame",
        "defamation",
        "slander",
        "lese",
        "majeste",
        "unrest",
        "disrupt",
        "separatist",
        "church",
        "worship",
        "sermon",
        "preach",
        "preaching",
        "prayer",
        "religious",
        "unregistered",
        "gathering",
        "strike",
        "election",
        "vote",
        "ballot",
    }
)
#: What a court dismisses, rejects or grants: a party's case or request.
CASES = frozenset(
    {
        "appeal",
        "appeals",
        "lawsuit",
        "suit",
        "case",
        "claim",
        "claims",
        "bid",
        "motion",
        "petition",
        "challenge",
        "complaint",
        "request",
        "application",
        "dispute",
        "disputes",
        "feud",
        "matter",
    }
)
#: The people and pleas of a courtroom, as a judge's warning, order or rejection takes
#: them ("warned jurors not to read the news", "rejected the argument").
COURTROOM = frozenset(
    {
        "jury",
        "juror",
        "jurors",
        "witness",
        "witnesses",
        "lawyer",
        "lawyers",
        "counsel",
        "attorney",
        "attorneys",
        "prosecutor",
        "prosecutors",
        "prosecution",
        "defence",
        "defense",
        "defendant",
        "defendants",
        "gallery",
        "spectators",
        "argument",
        "arguments",
        "objection",
        "objections",
        "plea",
        "evidence",
        "testimony",
    }
)
#: A decision a court upholds that is no verdict on anyone ("upheld the council's refusal",
#: "upheld the zoning rule"; not "upheld the conviction" or "the ban on the party").
UPHELD = frozenset(
    {
        "decision",
        "refusal",
        "rule",
        "rules",
        "ruling",
        "zoning",
        "ordinance",
        "regulation",
        "regulations",
        "permit",
        "approval",
        "contract",
        "award",
        "will",
        "judgment",
        "judgement",
    }
)
#: What a court agrees to hear.
HEARING_VERBS = frozenset({"hear", "review", "consider", "examine", "take"})
#: A hearing or trial as a date on a court's calendar.
SITTINGS = frozenset({"hearing", "hearings", "trial", "trials", "case", "sentencing"})
CALENDAR = frozenset(
    {"schedule", "set", "adjourn", "postpone", "delay", "reschedule", "fix", "defer", "move"}
)
#: Sectors of a private party: a firm, a worker, a farmer, a civilian.
PRIVATE_SECTORS = frozenset({"BUS", "CVL", "LAB", "AGR"})


def quiet(parse: Parse, cand: Candidate, event: Event) -> bool:
    """True when the event is ordinary lawmaking or ordinary judicial business (see the
    module doc)."""
    verb = cand.trigger.token
    if law_hearing(parse, cand, event):
        return True
    if cand.trigger.nominal:
        return court_calendar(parse, verb)
    if bill_content(parse, verb, event) or out_of_order(parse, verb) or pressing_on(parse, verb):
        return True
    if event.target is None and (
        lawmaking(parse, verb, event) or procedural_request(parse, verb, event)
    ):
        return True
    return court_business(parse, verb, event)


# --- lawmaking -----------------------------------------------------------------------------


def lawmaking(parse: Parse, verb: Token, event: Event) -> bool:
    """A legislature's verbal act or obstruction with no target on a text of law ("The
    Bundestag voted to approve the heating law", "Lawmakers voted down a proposal"); not
    on another party's text ("rejected the government's budget", "the European
    proposal")."""
    root = event.cameo[:2]
    if root not in LAWMAKING_ROOTS:
        return False
    if root == "02" and lobbying(parse, verb, event):
        return True
    laws = [o for o in _objects(parse, verb) if _is_law(parse, o, TEXTS)]
    if not laws and _enacts_it(parse, verb) and not _state_doer(event):
        return True  # "The governor has said he will sign it" after "passed the bill"
    if not laws or any(_owned(parse, o) for o in laws):
        return False
    if root == "05" and near(parse, verb, LEGISLATURES):
        return True  # "The finance minister defended the plan" in a debate in the chamber
    return _legislative_doer(parse, verb, event)


#: Verbs of enacting or stopping a text of law, as a chamber or an executive does them.
ENACTING = frozenset(
    {"sign", "veto", "pass", "approve", "enact", "adopt", "amend", "override", "block"}
)
#: Pronouns that stand for a text named just before.
TEXT_PRONOUNS = frozenset({"it", "them"})


def _enacts_it(parse: Parse, verb: Token) -> bool:
    """A text of law enacted, signed or vetoed as "it", in a sentence or after one that names
    a text of law ("The Ohio House passed the school funding bill. The governor has said
    he will sign it"); not a pronoun with another text near ("a treaty", "a resolution")."""
    if verb.lemma.lower() not in ENACTING:
        return False
    objs = kids(parse, verb.i, "dobj", "nsubjpass")
    if not objs or not all(o.text.lower() in TEXT_PRONOUNS for o in objs):
        return False
    here = sentence_words(parse, verb.sent) | sentence_words(parse, max(0, verb.sent - 1))
    return bool(here & LAWS) and not here & FOREIGN_TEXTS


def _state_doer(event: Event) -> bool:
    """A state acts on a text: "Russia blocked it" is an act on whoever put it forward."""
    return event.source is not None and event.source.kind == "state"


#: Texts between states that a pronoun may stand for: their signature is an act.
FOREIGN_TEXTS = frozenset(
    {"treaty", "accord", "agreement", "deal", "resolution", "pact", "convention", "ceasefire"}
)
#: A legislature's procedure, as what members ask for ("asked for more time").
PROCEDURE = frozenset(
    {
        "time",
        "vote",
        "votes",
        "debate",
        "hearing",
        "hearings",
        "extension",
        "delay",
        "adjournment",
        "recess",
        "division",
        "quorum",
        "reading",
        "recount",
        "session",
    }
)
#: What a legislature holds a hearing or a debate on when it is no inquiry.
SITTING_NOUNS = frozenset({"hearing", "hearings", "debate", "debates", "session", "sitting"})


def procedural_request(parse: Parse, verb: Token, event: Event) -> bool:
    """Lawmakers asking, with no one named as asked, for a step of procedure ("Backbenchers
    had asked for more time", "Members of the minority asked for a second hearing")."""
    if event.cameo[:2] != "02" or not _legislative_doer(parse, verb, event):
        return False
    wants = [p for p in kids(parse, verb.i, "prep") if p.lemma.lower() == "for"]
    objs = [o for p in wants for o in kids(parse, p.i, "pobj")]
    return bool(objs) and all(o.lemma.lower() in PROCEDURE for o in objs)


def law_hearing(parse: Parse, cand: Candidate, event: Event) -> bool:
    """A hearing or a debate held on a text of law ("held a hearing on the patent bill"): a
    step of lawmaking, not an inquiry into anyone (not "a hearing on the attack")."""
    noun = cand.trigger.noun if cand.trigger.noun is not None else cand.trigger.token
    if noun.lemma.lower() not in SITTING_NOUNS or event.cameo[:2] not in ("09", "04", "10"):
        return False
    subjects = [p for p in kids(parse, noun.i, "prep") if p.lemma.lower() in ("on", "about")]
    texts = [o for p in subjects for o in kids(parse, p.i, "pobj")]
    return bool(texts) and all(_is_law(parse, o, TEXTS) and not _owned(parse, o) for o in texts)


def out_of_order(parse: Parse, verb: Token) -> bool:
    """A chair's ruling that a motion or an amendment is out of order: procedure of the
    chamber ("The speaker ruled the opposition's amendment out of order")."""
    if verb.lemma.lower() != "rule":
        return False
    for out in kids(parse, verb.i, "prep", "prt", "advmod", "oprd"):
        if out.lemma.lower() != "out":
            continue
        nxt = parse.tokens[out.i + 1 : out.i + 3]
        if [t.lower() for t in (n.text for n in nxt)] == ["of", "order"]:
            return True
    return False


#: Verbs that "ahead" or "on" turn into going on with something ("press ahead").
GOING_ON = frozenset({"press", "push", "forge", "plough", "plow", "pursue"})


def pressing_on(parse: Parse, verb: Token) -> bool:
    """Going on with a bill or a plan ("The prime minister said he would press ahead", "will
    push on with the reform"): no demand of anyone."""
    if verb.lemma.lower() not in GOING_ON or prep_objects(parse, verb, "for"):
        return False
    return any(
        k.lemma.lower() in ("ahead", "on") for k in kids(parse, verb.i, "advmod", "prt", "prep")
    ) and not kids(parse, verb.i, "dobj")


def lobbying(parse: Parse, verb: Token, event: Event) -> bool:
    """Interest groups lobbying, with no one named as lobbied, for or against a text, a
    policy's terms or "it" in a passage about a legislature ("Gun rights groups lobbied
    heavily against it", "environmental groups pressed for tougher limits"); not a state's
    or an armed or political side's ("Washington lobbied against the resolution")."""
    if verb.lemma.lower() not in LOBBY_VERBS or event.source is None:
        return False
    if event.source.kind == "state" or event.source.sector not in LOBBIES:
        return False
    aims = [
        o
        for p in kids(parse, verb.i, "prep")
        if p.lemma.lower() in ("for", "against")
        for o in kids(parse, p.i, "pobj")
    ]
    if not aims or not all(o.tag == "PRP" or _is_law(parse, o, TEXTS | POLICIES) for o in aims):
        return False
    return near(parse, verb, LEGISLATURES | LAWS)  # "lobbied against it" after "the measure"


def bill_content(parse: Parse, verb: Token, event: Event) -> bool:
    """The act is what a text of law does or would do: a clause on a bill ("a bill that
    would force Google to pay", "a bill targeting drug middlemen, which he blames for
    high prices") or with a bill as its subject ("The measure would ban the app"), or it
    is coded on the verb that puts the bill forward ("unveiled a bill that would ..."); not
    when it falls on a state, an armed or political side or the press."""
    if not _private_target(event.target):
        return False
    if verb.lemma.lower() in DRAFTING and any(
        _is_law(parse, o) for o in kids(parse, verb.i, "dobj")
    ):
        return True
    tok = verb
    for _ in range(5):
        if tok.pos in ("VERB", "AUX"):
            subj, passive = subject(parse, tok)
            if subj is not None and not passive and _is_law(parse, subj):
                return True
        if tok.head == tok.i:
            return False
        up = parse.tokens[tok.head]
        if tok.dep in ("relcl", "acl") and _is_law(parse, up) and _said_of_text(parse, tok):
            return True
        tok = up
    return False


def _objects(parse: Parse, verb: Token) -> list[Token]:
    """What the verb acts on: its object or passive subject, its infinitive's object ("voted
    to approve the law"), conjoined objects, and the object of "against"/"on"/"over"."""
    objs = kids(parse, verb.i, "dobj", "nsubjpass")
    objs += [o for x in kids(parse, verb.i, "xcomp") for o in kids(parse, x.i, "dobj")]
    for p in kids(parse, verb.i, "prep"):
        if p.lemma.lower() in ("against", "on", "over"):
            objs += kids(parse, p.i, "pobj")
    return objs + [c for o in objs for c in kids(parse, o.i, "conj")]


def _is_law(parse: Parse, tok: Token, words: frozenset[str] = LAWS) -> bool:
    """A text of law ("the bill", "new rules"), or a word of ``words``; not martial or
    emergency law."""
    if tok.lemma.lower() not in words and tok.text.lower() not in words:
        return False
    mods = kids(parse, tok.i, "amod", "compound")
    return not any(m.lemma.lower() in RULE_OVER_PEOPLE for m in mods)


def _owned(parse: Parse, noun: Token) -> bool:
    """The text is named as another party's ("the government's plan", "the plan of the
    president", "the plan put forward by the cabinet", "the European proposal")."""
    if kids(parse, noun.i, "poss"):
        return True
    if any(p.lemma.lower() in ("of", "by", "from") for p in kids(parse, noun.i, "prep", "agent")):
        return True
    if any(kids(parse, a.i, "agent") for a in kids(parse, noun.i, "acl")):
        return True  # "the plan put forward by the cabinet"
    mods = kids(parse, noun.i, "amod", "compound", "nmod")
    return any(m.pos == "PROPN" or m.ent in OWNER_ENTITIES for m in mods)


def _legislative_doer(parse: Parse, verb: Token, event: Event) -> bool:
    """The doer is a legislature, a committee or lawmakers: its subject or a word on it
    ("Members of the European Parliament", "Republicans in the state senate", "the
    Bundestag"), or the source actor's name."""
    subj, passive = subject(parse, verb)
    if subj is not None and not passive:
        words = [subj, *kids(parse, subj.i, "compound", "amod", "poss")]
        words += [o for p in kids(parse, subj.i, "prep") for o in kids(parse, p.i, "pobj")]
        words += [c for w in list(words) for c in kids(parse, w.i, "compound")]
        if any(w.lemma.lower() in LEGISLATURES or w.text.lower() in LEGISLATURES for w in words):
            return True
    name = event.source.name.lower().split() if event.source is not None else []
    return bool(LEGISLATURES.intersection(name))


def _said_of_text(parse: Parse, clause: Token) -> bool:
    """The clause on a text tells what the text does: its subject is the relative pronoun
    or nothing ("a bill *that would force* ...", "a law *banning* ..."), not another doer
    ("the reforms *it has promised*")."""
    subjects = kids(parse, clause.i, "nsubj", "nsubjpass")
    return all(s.tag == "WDT" for s in subjects)


# --- courts --------------------------------------------------------------------------------


def court_business(parse: Parse, verb: Token, event: Event) -> bool:
    """A court's verdict on a private person or the crime it judges, its order to one, its
    ruling on a private party's case, its words to a courtroom, a rule it upholds, or its
    agreeing to hear a case (see the module doc)."""
    if charge_act(parse, verb) or private_passive_verdict(parse, verb, event):
        return True
    if private_suit(parse, verb, event):
        return True
    target = None if _aside_or_private(parse, verb, event.target) else event.target
    if not _bench_doer(parse, verb) or not _private_target(target):
        return False
    lemma, root = verb.lemma.lower(), event.cameo[:2]
    objs = kids(parse, verb.i, "dobj")
    if lemma in VERDICTS and _private_verdict(parse, verb, objs, target):
        return True
    if lemma == "uphold" and _upheld_verdict(parse, verb, objs):
        return True
    if lemma in HALTS and objs and all(_private_deal(parse, o) for o in objs):
        return True
    if lemma in ORDERS and root == "10":
        return bool(objs) and all(_party(parse, o, target) or _firm(o) for o in objs)
    if root in ("12", "08") and any(_private_case(parse, o) for o in _objects(parse, verb)):
        return True
    if (
        root in VERBAL
        and objs
        and all(_courtroom(parse, o) or _party(parse, o, None) for o in objs)
    ):
        return True
    if lemma == "uphold" and any(_upheld_rule(parse, o) for o in objs):
        return True
    return root == "03" and any(
        x.lemma.lower() in HEARING_VERBS for x in kids(parse, verb.i, "xcomp")
    )


def private_suit(parse: Parse, verb: Token, event: Event) -> bool:
    """A lawsuit (CAMEO 115) by a private party against a firm or a private person the coder
    found no actor for ("The estate of the late singer sued the record label"): the courts'
    business between private parties (:mod:`.noevent_frames` reads the same when both
    sides are actors)."""
    if not event.cameo.startswith("115") or event.target is not None:
        return False
    if event.source is None or not _private_target(event.source):
        return False
    objs = kids(parse, verb.i, "dobj")
    return bool(objs) and all(_firm(o) or _private_person(parse, o) for o in objs)


def charge_act(parse: Parse, verb: Token) -> bool:
    """The act is the crime a court judges a private person for ("sentenced a man to death
    *for killing* his sister", "convicted a nurse *of poisoning* patients"): the accused's
    deed, told as the charge, is no act of the court's."""
    if verb.dep != "pcomp":
        return False
    prep = parse.tokens[verb.head]
    if prep.lemma.lower() not in ("for", "of") or prep.head == prep.i:
        return False
    court = parse.tokens[prep.head]
    if court.lemma.lower() not in VERDICTS or not _bench_doer(parse, court):
        return False
    return _private_verdict(parse, court, kids(parse, court.i, "dobj"), None)


def private_passive_verdict(parse: Parse, verb: Token, event: Event) -> bool:
    """A private person sentenced, convicted or jailed in the passive with no doer ("He
    will be sentenced next week" of a taxi driver convicted of murder): the person is
    named by a common noun of private life, in the sentence or as the target's name."""
    if verb.lemma.lower() not in VERDICTS or kids(parse, verb.i, "agent"):
        return False
    subj, passive = subject(parse, verb)
    if subj is None or not passive:
        return False
    if subj.tag == "PRP":
        target = event.target
        if target is None or target.kind != "person" or not _private_target(target):
            return False
        head = target.name.lower().split()[-1]
        private = head in PRIVATE_PERSONS
    else:
        private = _private_person(parse, subj) and _private_target(event.target)
    return private and not _political_charge(parse, verb)


def _private_verdict(parse: Parse, verb: Token, objs: list[Token], target: Actor | None) -> bool:
    """A verdict, a sentence or bail for a private person or a firm ("sentenced a man to ten
    years for robbing a shop", "fined the company", "granted bail to a pastor"), with no
    charge of politics and no country, people or organisation named after the verb ("a man
    ... for spying for Israel" is a state's case)."""
    people = objs
    if verb.lemma.lower() in BAIL_VERBS:
        if not any(o.lemma.lower() == "bail" for o in objs):
            return False
        givens = kids(parse, verb.i, "dative", "prep")
        people = givens + [o for p in givens for o in kids(parse, p.i, "pobj")]
    if not any(_party(parse, o, target) or _firm(o) for o in people):
        return False
    return not _political_charge(parse, verb)


def _political_charge(parse: Parse, verb: Token, skip: list[tuple[int, int]] | None = None) -> bool:
    """A charge of politics, or a country, people, organisation or person named, after the
    verdict in its sentence ("for spying for Israel", "for insulting the president"); not
    in the spans of ``skip`` (the private person judged)."""
    sent = parse.sentences[verb.sent]
    after = list(parse.tokens[verb.i + 1 : sent.last])
    if skip:
        after = [t for t in after if not any(a <= t.start < b for a, b in skip)]
    return any(
        (t.ent in CHARGE_ENTITIES and not _court_seat(parse, t)) or t.lemma.lower() in CHARGES
        for t in after
    )


def _court_seat(parse: Parse, tok: Token) -> bool:
    """A town named as where the case was heard ("convicted of fraud *in Turin*") or where
    the crime was ("the *Makati* carjacking"): a place by "in" or "at" or on a common noun
    of no charge of politics, not a party to the charge ("for spying *for Israel*")."""
    if tok.ent not in CHARGE_ENTITIES:
        return False
    while tok.dep == "compound" and parse.tokens[tok.head].pos == "PROPN":  # "New York"
        tok = parse.tokens[tok.head]
    if tok.dep == "compound" and tok.head != tok.i:
        # where the crime was ("the Makati carjacking", "the Durban bank robbery"), whether
        # the tagger calls the name a town or a person: no party to it
        while tok.dep == "compound" and tok.head != tok.i:
            tok = parse.tokens[tok.head]
        return tok.lemma.lower() in ORDINARY_CRIMES
    if tok.ent != "GPE":
        return False
    return tok.dep == "pobj" and parse.tokens[tok.head].lemma.lower() in LOCATIVE


LOCATIVE = frozenset({"in", "at"})
#: Crimes of private gain or carelessness that a town's name is put on ("the Makati
#: carjacking", "the Pietermaritzburg bank heist"); not killings ("the Khashoggi murder").
ORDINARY_CRIMES = frozenset(
    {
        "carjacking",
        "robbery",
        "robberies",
        "heist",
        "burglary",
        "burglaries",
        "theft",
        "fraud",
        "scam",
        "crash",
        "break-in",
        "arson",
        "smuggling",
    }
)


def _upheld_verdict(parse: Parse, verb: Token, objs: list[Token]) -> bool:
    """A conviction or a sentence of a private person upheld ("upheld the embezzlement
    conviction of a former football club president"), with no charge of politics."""
    for o in objs:
        if o.lemma.lower() not in VERDICT_NOUNS:
            continue
        people = kids(parse, o.i, "poss")
        people += [
            x for p in kids(parse, o.i, "prep") if p.lemma == "of" for x in kids(parse, p.i, "pobj")
        ]
        if people and all(_private_person(parse, x) for x in people):
            spans = [span_of(parse, x.i) for x in people]  # "president" of a club is no charge
            return not _political_charge(parse, verb, spans)
    return False


#: Verbs of a court stopping something.
HALTS = frozenset({"block", "halt", "stop", "suspend", "freeze", "void", "annul", "quash"})
#: Deals and works of firms a court may stop.
DEALS = frozenset(
    {
        "merger",
        "takeover",
        "acquisition",
        "sale",
        "purchase",
        "buyout",
        "deal",
        "contract",
        "project",
        "construction",
        "development",
        "demolition",
        "eviction",
        "evictions",
        "auction",
        "launch",
        "release",
        "strike",
    }
)


def _private_deal(parse: Parse, noun: Token) -> bool:
    """A firm's or a private party's deal or work ("the merger of the two supermarket
    chains", "the sale of the stadium", "the developer's project"): not one a name, a
    state or a people owns ("the government's plan", "the Chinese takeover")."""
    if noun.lemma.lower() not in DEALS:
        return False
    mods = kids(parse, noun.i, "poss", "amod", "compound", "nmod")
    if any(m.pos == "PROPN" or m.ent in CHARGE_ENTITIES for m in mods):
        return False
    if any(m.dep == "poss" and not (_firm(m) or _private_person(parse, m)) for m in mods):
        return False
    owners = prep_objects(parse, noun, "of", "by", "between")
    return all(
        o.pos != "PROPN" and not o.ent and (_firm(o) or o.lemma.lower() not in POLITICAL)
        for o in owners
    )


def _aside_or_private(parse: Parse, verb: Token, target: Actor | None) -> bool:
    """The coder's target is no party to the court's act: it is named only in a clause beside
    the act ("dismissed the dispute, saying it should be settled *by the elders*"), or it is
    a place on a crime ("the *Makati* carjacking"), or it is a person named by a common noun
    of private life or trade ("a former football club president")."""
    if target is None or (target.kind == "state" and target.country_from != "place"):
        return False
    toks = [
        t for t in parse.tokens[parse.sentences[verb.sent].first : parse.sentences[verb.sent].last]
    ]
    named = [t for t in toks if any(a <= t.start < b for a, b in target.mentions)]
    if not named:
        return False
    heads = [t for t in named if t.dep not in ("compound", "amod", "det")]
    if heads and all(_private_person(parse, t) for t in heads):
        return True
    if all(t.ent and _court_seat(parse, t) for t in named):
        return True
    beside = [span_of(parse, c.i) for c in kids(parse, verb.i, "advcl", "ccomp")]
    return all(any(a <= t.start < b for a, b in beside) for t in named)


def _bench_doer(parse: Parse, verb: Token) -> bool:
    subj, passive = subject(parse, verb)
    return subj is not None and not passive and subj.lemma.lower() in word_class("bench")


def _private_target(target: Actor | None) -> bool:
    """No actor, or a firm or a private person (no office, party or armed side)."""
    if target is None:
        return True
    if target.kind == "state" or target.sector not in PRIVATE_SECTORS | {None}:
        return False
    return target.sector is not None or target.kind != "person" or target.country is None


def _private_person(parse: Parse, noun: Token) -> bool:
    """A person named by a common noun of trade or private life, with no name, people or
    word of politics on it ("the former bank teller", "a man"; not "opposition leader
    Navalny", "the British-Iranian aid worker")."""
    if noun.pos == "PROPN":
        return False
    mods = kids(parse, noun.i, "compound", "amod", "nmod", "poss", "appos")
    if noun.lemma.lower() in FIRM_TITLES:  # "the football club president"
        if not any(m.lemma.lower() in FIRMS and m.pos == "NOUN" for m in mods):
            return False
    elif noun.lemma.lower() not in PRIVATE_PERSONS:
        return False
    return not any(
        m.pos == "PROPN" or m.ent in CHARGE_ENTITIES or m.lemma.lower() in POLITICAL for m in mods
    )


def _party(parse: Parse, tok: Token, target: Actor | None) -> bool:
    """A private person: by a common noun of private life, or a pronoun the coder found no
    actor (or only a people) for ("sentenced *him* to six years")."""
    if tok.tag == "PRP":
        return target is None or (target.kind != "person" and target.sector == "CVL")
    return _private_person(parse, tok)


def _firm(tok: Token) -> bool:
    return tok.pos != "PROPN" and tok.lemma.lower() in FIRMS


def _private_case(parse: Parse, noun: Token) -> bool:
    """A case or request a firm, a private person or a courtroom party brought, or one
    against a private person ("an appeal by the trucking company", "the farmer's lawsuit",
    "the prosecution's request", "the case against the developer"): not a named side's,
    which PLOVER codes as a rejection."""
    if noun.lemma.lower() not in CASES:
        return False
    owners, accused = kids(parse, noun.i, "poss"), []
    for p in kids(parse, noun.i, "prep", "agent"):
        if p.lemma.lower() in ("by", "of", "from", "between"):  # "a dispute between families"
            owners += kids(parse, p.i, "pobj")
        elif p.lemma.lower() == "against":  # "the case against the developer"; not "an
            accused += kids(parse, p.i, "pobj")  # appeal against a ruling", ignored
    accused = [a for a in accused if a.lemma.lower() in PRIVATE_PERSONS | FIRMS]
    owners += accused
    return bool(owners) and all(
        _private_person(parse, o) or _firm(o) or _courtroom(parse, o) for o in owners
    )


def _courtroom(parse: Parse, noun: Token) -> bool:
    """A person or a plea of the courtroom with no name or owner on it."""
    if noun.lemma.lower() not in COURTROOM and noun.text.lower() not in COURTROOM:
        return False
    return not kids(parse, noun.i, "poss") and noun.pos != "PROPN"


def _upheld_rule(parse: Parse, noun: Token) -> bool:
    """A decision or rule upheld that names no party it falls on by name."""
    if noun.lemma.lower() not in UPHELD:
        return False
    for p in kids(parse, noun.i, "prep"):
        if any(o.pos == "PROPN" or o.ent in CHARGE_ENTITIES for o in kids(parse, p.i, "pobj")):
            return False
    return True


def court_calendar(parse: Parse, noun: Token) -> bool:
    """A hearing or trial as a date a court sets or moves ("scheduled a hearing for March
    3", "adjourned the trial until May"): no inquiry or accusation between actors."""
    if noun.lemma.lower() not in SITTINGS or noun.dep not in ("dobj", "nsubjpass"):
        return False
    return parse.tokens[noun.head].lemma.lower() in CALENDAR
