"""Negation and modality, and how they change a CAMEO code.

CAMEO practice, which the coder follows:

- A negated conflictual act ("did not attack") is no event: it is dropped.
- A negated cooperative act ("will not call a ceasefire", "would not accept refugees") is a
  rejection (12x), recorded with ``negated=True``.
- A stated intention to cooperate ("will visit", "plans to sign", "is willing to withdraw")
  is an expression of intent (03x), modality ``intended``.
- A stated intention to do harm ("will boycott", "would blockade"), or an intention made
  conditional with "unless", is a threat (13x), modality ``threatened``.
- Acts inside "if"/"unless" clauses, under could/might/may, under a "would" that is not
  reported speech ("Washington would welcome it"), and acts in questions are
  ``hypothetical``; acts reported by someone else ("X said Y attacked") are ``reported``.
- A negation is a "not"/"never" on the act, a "no"/"nothing"/"nobody" subject or object
  ("no request was sent", "signed no deal"), or a governing "failed to".
- A vow, pledge or plan to do harm ("vowed to retaliate against X") is a threat (13x),
  never an intent to cooperate.
- An act under "should"/"must" did not happen: on its own ("both sides should return to
  talks") it is no event; reported ("X said Y should ...") it is an appeal (02x) with
  "should"/"ought", a demand (10x) with "must".
- The mood of a governor reaches the act it governs, up a chain of infinitives, purpose
  clauses, gerunds of means and coordinated bare verbs ("lawmakers *could* vote to impeach
  the governor", "*may* have to deploy troops", "*might* try to seize the airport",
  "*could* impose sanctions and expel diplomats", "*could* respond by expelling them",
  "*would* have to approve", "is *likely* to attack", "is *expected* to attack": a
  forecast, not the army's threat): the act is hypothetical. Under "should"/"must", "ought
  to" or a present "has/needs to" ("should agree to return to talks", "needs to release
  the activists") it is wished for, as above ("had to withdraw" was done). The climb stops
  at a reporting verb (its complement is a clause of its own) and at a threat ("could
  threaten to cut gas" is coded as the threat).
- So does the noun an infinitive hangs on: an act called for ("renewed *calls* to expel
  the ambassador", "rejected *demands* to withdraw") is wished for, the call being the
  act; a *threat* or *ultimatum* to act is a threat; a *plan*, *proposal*, *offer* or
  *option* to act is hypothetical. A *decision*, *order* or *bid* to act is left alone.
- A warning of what someone else may do ("officials warned that the rebels could attack
  the pipeline") is a forecast, not a threat by the warner; a warning of one's own act
  ("Iran warned it could close the strait") is a threat.
- An act weighed by its doer ("is considering imposing sanctions", "mulled expelling the
  envoy") or put to a vote ("will vote on expelling the envoy") is CAMEO's "consider
  policy option" (014), not the act.
- A verb whose frame shows another sense ("storm hit the coast", "charged that ...") is
  dropped or recoded by ``sense`` before any of the above.
- A feared act ("diplomats *worry that* the junta will expel ...", "the *fear is that* ...")
  and one a forecast verb expects of someone else ("nobody *expects the junta to* release
  him") are hypothetical, not the doer's threat or intent. A noun of an act feared,
  supposed or said to be a prospect ("officials fear *a Russian offensive*", "*a Turkish
  offensive* remains possible", "a *possible* strike") is hypothetical too
  (:func:`nominal_mood`); with no doer named, or made by a model or a game ("planners
  *simulated* a landing"), it is no event (:func:`scenario`), as is an act in an imagined
  world ("a future *in which* ...", "*in a worst-case scenario*", "*Imagine that* ...") or
  any act of a kind ("*any attempt to* arrest him would ..."): analysis, no act of anyone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parse import Parse, Token
from .sense import Frame, fields_for, frame_of, resolve
from .syntax import REPORT_VERBS, governing_chain, head, is_to_infinitive, kids, subject

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "going"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
ADVICE_AUX = frozenset({"should", "ought"})
#: "would" is an intention in reported speech ("said it would withdraw") and after an
#: intent verb; anywhere else it is a hypothetical ("Washington would welcome it").
REPORTED_FUTURE = frozenset({"would"})
FIRM_FUTURE = frozenset({"will", "shall", "'ll", "wo", "going"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
#: Governors whose complement is an intention ("plans to visit", "is willing to withdraw").
INTENT_GOVERNORS = frozenset(
    [
        "plan",
        "intend",
        "want",
        "wish",
        "seek",
        "aim",
        "hope",
        "expect",
        "prepare",
        "promise",
        "pledge",
        "vow",
        "agree",
        "offer",
        "willing",
        "ready",
        "prepared",
        "determined",
        "commit",
        "resolve",
        "undertake",
        "propose",
    ]
)
PREPARATION = frozenset({"prepare", "ready", "poise", "gear", "mass"})
THREAT_GOVERNORS = frozenset({"threaten", "warn"})
OATH_GOVERNORS = frozenset({"vow", "swear"})
#: The unions the mood readers ask about (made once, not on every question).
PROMISING = INTENT_GOVERNORS | OATH_GOVERNORS
FORWARD_GOVERNORS = PROMISING | THREAT_GOVERNORS
GOVERNING_INTENT = FORWARD_GOVERNORS | PREPARATION
NEGATORS = frozenset({"not", "n't", "never", "no"})
#: Arguments that negate the act they take part in ("*nothing* was agreed").
NEGATIVE_ARGUMENTS = frozenset({"nothing", "nobody", "none", "noone", "neither"})
#: Governors that say their complement did not happen ("failed to reach the border").
FAILURE_GOVERNORS = frozenset({"fail", "neglect"})
#: Governors that weigh their complement ("is considering imposing sanctions"): the act is
#: a policy option (CAMEO 014), not done.
DELIBERATION = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "debate"})
#: Governors of a gerund "on"/"over" that put the act to a decision ("will *vote on*
#: expelling the envoy"): weighed, as above.
DECIDING = DELIBERATION | {"vote", "decide"}
CONSIDER_CODE = "014"
#: Adjectives whose infinitive is a likelihood ("is likely to attack"), not an act.
LIKELIHOOD = frozenset({"likely", "unlikely"})
#: Verbs that make their infinitive an obligation ("*ought* to pardon", "*has* to expel",
#: "*needs* to release"), in the present only: "had to withdraw" tells a done act.
OBLIGATION_VERBS = frozenset({"ought", "have", "need"})
PAST_TAGS = frozenset({"VBD", "VBN"})
#: Of those, the ones that advise (an appeal, 02x) rather than require (a demand, 10x).
ADVICE_VERBS = frozenset({"ought", "need"})
#: Nouns whose infinitive names an act wanted, threatened or weighed, not done ("renewed
#: *calls* to expel the ambassador", "the *threat* to cut gas", "a *plan* to impose
#: sanctions"); not "decision", "order", "bid" or "move", whose act may well be done.
WISH_NOUNS = frozenset(
    {"call", "demand", "plea", "appeal", "request", "pressure", "push", "petition"}
)
THREAT_NOUNS = frozenset({"threat", "ultimatum"})
PROSPECT_NOUNS = frozenset(
    {"plan", "proposal", "offer", "motion", "option", "possibility", "prospect", "idea"}
)
#: Verbs whose passive makes their infinitive a forecast by others ("the army *is expected
#: to* attack"), not the doer's intent ("Chile expects to sign": an intent).
FORECASTS = frozenset({"expect"})
#: Links from an act up to the verb whose mood it shares: an infinitive ("could vote *to
#: impeach*"), a gerund ("considering *imposing*"), a purpose clause ("could be deployed
#: *to protect*") and a bare verb coordinated with it ("could impose sanctions and *expel*");
#: and a gerund of means ("could respond by *expelling*", see ``_mood_head``).
MOOD_LINKS = frozenset({"xcomp", "advcl", "conj"})
#: Governors at which the climb stops: a reported clause and a threat have their own mood.
MOOD_STOPS = REPORT_VERBS | THREAT_GOVERNORS
#: Governors that deny the act in their complement ("denied that its troops had crossed").
DENIALS = frozenset({"deny", "refute"})

#: Negated cooperation -> rejection code, by CAMEO root.
NEGATED_COOPERATION = {
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "120",
    "07": "122",
    "08": "120",
}
#: Intention to do harm -> threat code (13x), by root.
THREAT_CODES = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}
THREAT_BY_CODE = {"163": "1312", "172": "132", "164": "134", "166": "136"}
#: A stated intention, by the root of the intended act: to cooperate -> 03x; to do harm ->
#: 13x ("vowed to retaliate", "pledging to crush the rebels" are threats). A vow to
#: investigate ("vowed to investigate the killings") is no offer of cooperation: it keeps
#: its 09x code (an accusation in PLOVER) with the intended modality.
INTENT_CODES = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    **{r: c for r, c in THREAT_CODES.items() if r != "15"},  # readying troops may be help
}


@dataclass(frozen=True, slots=True)
class Mood:
    negated: bool
    modality: str  # asserted | intended | threatened | hypothetical | reported
    conditional: bool = False  # an "unless" clause hangs on the act
    obligation: bool = False  # must/should
    governor: str = ""  # the lemma the act is a complement of ("prepare", "plan")
    advice: bool = False  # a reporting verb whose complement is under should/ought
    frame: Frame | None = None  # what the sense rules look at
    deliberated: bool = False  # weighed by its doer ("is considering imposing sanctions")


def _aux_lemmas(parse: Parse, verb: Token) -> set[str]:
    auxes = kids(parse, verb.i, "aux", "auxpass")
    return {t.text.lower() for t in auxes} | {t.lemma.lower() for t in auxes if t.dep == "aux"}


def is_negated(parse: Parse, verb: Token) -> bool:
    """A "not"/"never" on the verb or a "no"/"nothing" argument of it, or the same on the
    verb that governs it through xcomp; or a governing "failed to"."""
    t = verb
    for _ in range(3):
        if any(n.lower() in NEGATORS for n in (k.text for k in kids(parse, t.i, "neg"))):
            return True
        if _negative_argument(parse, t):
            return True
        gov = head(parse, t)
        # "denied that its troops had crossed", "denied hacking"; not "X accused Y of
        # spying, a charge Y denies", parsed with the accusation as the clause before a
        # denial that has its own object (the charge): that denial is an act of its own
        if (
            t.dep in ("ccomp", "xcomp")
            and gov.lemma.lower() in DENIALS
            and t.head != t.i
            and (t.i > gov.i or not kids(parse, gov.i, "dobj"))
        ):
            return True
        if t.dep == "acl" and gov.dep in ("dobj", "nsubjpass") and t.head != t.i:
            t = head(parse, gov)  # "did not pass the resolution *condemning* the coup"
            continue
        if t.dep != "xcomp" or t.head == t.i:
            return False
        t = head(parse, t)
        if t.lemma.lower() in FAILURE_GOVERNORS:
            return True
    return False


def _negative_argument(parse: Parse, verb: Token) -> bool:
    """ "*No* formal request was sent", "*nothing* was agreed", "signed *no* deal"."""
    for arg in kids(parse, verb.i, "nsubj", "nsubjpass", "dobj"):
        if arg.lemma.lower() in NEGATIVE_ARGUMENTS or arg.text.lower() in NEGATIVE_ARGUMENTS:
            return True
        if any(d.text.lower() == "no" for d in kids(parse, arg.i, "det")):
            return True
    return False


def is_question(parse: Parse, verb: Token) -> bool:
    """The act is asked about: its sentence ends with a question mark."""
    sent = parse.sentences[verb.sent]
    for i in range(sent.last - 1, sent.first - 1, -1):  # the last token that is no space
        if parse.tokens[i].pos != "SPACE":
            return parse.tokens[i].text == "?"
    return False


def _reported_would(parse: Parse, verb: Token) -> bool:
    """A "would" in reported speech or under an intent verb ("said it would withdraw")."""
    for t in governing_chain(parse, verb)[:3]:
        if t.dep == "ccomp" and t.head != t.i:
            gov = head(parse, t).lemma.lower()
            if gov in REPORT_VERBS or gov in FORWARD_GOVERNORS:
                return True
    return False


def _hypothetical(parse: Parse, verb: Token, marked: bool, would: bool) -> bool:
    """Under if/could/might, asked about, or under a "would" that is not reported speech."""
    if marked or is_question(parse, verb):
        return True
    complement = verb.dep in ("xcomp", "ccomp")
    return would and not complement and not _reported_would(parse, verb)


def _advice(parse: Parse, verb: Token) -> bool:
    """A reporting verb whose complement is under should/ought, not must, or is an "ought
    to"/"needs to" clause."""
    if verb.lemma.lower() not in REPORT_VERBS:
        return False
    for comp in kids(parse, verb.i, "ccomp"):
        aux = {a.lemma.lower() for a in kids(parse, comp.i, "aux")}
        aux |= {a.text.lower() for a in kids(parse, comp.i, "aux")}
        if aux & ADVICE_AUX and "must" not in aux:
            return True
        if comp.lemma.lower() in ADVICE_VERBS and obliging_clause(parse, comp):
            return True
    return False


@dataclass(frozen=True, slots=True)
class GoverningMood:
    """What the verbs above an act say of it (see :func:`governing_mood`)."""

    hypothetical: bool = False
    obligation: bool = False
    deliberated: bool = False
    threatened: bool = False


def _mood_head(parse: Parse, t: Token) -> Token | None:
    """The verb whose mood ``t`` takes, or None: the head of an infinitive or gerund
    complement, of a to-purpose clause, of a bare verb coordinated with it and with no
    subject or auxiliary of its own ("could impose sanctions and *expel* diplomats"; not
    "could not stop the crowd and *fired*", a finite verb of its own), or of the "by"
    phrase a gerund is the means of ("could respond *by expelling* diplomats")."""
    if t.head == t.i:
        return None
    gov = head(parse, t)
    if t.dep == "pcomp" and gov.lemma.lower() == "by" and gov.head != gov.i:
        up = head(parse, gov)
        return up if up.pos in ("VERB", "AUX") else None
    if t.dep not in MOOD_LINKS:
        return None
    if t.dep == "advcl":
        return gov if is_to_infinitive(parse, t) else None
    if t.dep == "conj":
        own = kids(parse, t.i, "nsubj", "nsubjpass", "aux", "auxpass")
        return gov if t.tag == "VB" and not own and gov.pos in ("VERB", "AUX") else None
    return gov


def _forecast(parse: Parse, gov: Token) -> bool:
    """ "is expected to": a passive forecast verb."""
    return gov.lemma.lower() in FORECASTS and bool(kids(parse, gov.i, "auxpass", "nsubjpass"))


def obliging_clause(parse: Parse, clause: Token) -> bool:
    """A clause whose verb obliges its infinitive ("Y *ought* to ...", "Y *needs* to ...",
    "Y *has* to ..."): read under a reporting verb, an appeal or a demand by the reporter."""
    return any(_obliging(parse, x, clause) for x in kids(parse, clause.i, "xcomp"))


def _obliging(parse: Parse, t: Token, gov: Token) -> bool:
    """ "ought to", or a present "has/have/needs to" over the infinitive ``t``."""
    if gov.lemma.lower() not in OBLIGATION_VERBS or t.dep != "xcomp":
        return False
    if not is_to_infinitive(parse, t):
        return False
    past = gov.tag in PAST_TAGS or any(a.tag in PAST_TAGS for a in kids(parse, gov.i, "aux"))
    return gov.lemma.lower() == "ought" or not past


def _wanting_noun(parse: Parse, t: Token) -> str | None:
    """The lemma of the noun of :data:`WISH_NOUNS`, :data:`THREAT_NOUNS` or
    :data:`PROSPECT_NOUNS` whose to-infinitive ``t`` is: its head ("demands *to expel*"),
    or the object just before it of the verb the parser hung it on ("faced calls *to
    expel*")."""
    if t.head == t.i or t.dep not in ("acl", "advcl") or not is_to_infinitive(parse, t):
        return None
    gov = head(parse, t)
    nouns = [gov] if t.dep == "acl" else [o for o in kids(parse, gov.i, "dobj") if o.i < t.i]
    for noun in nouns:
        lemma = noun.lemma.lower()
        if lemma in WISH_NOUNS or lemma in THREAT_NOUNS or lemma in PROSPECT_NOUNS:
            return lemma
    return None


def _put_to_a_decision(parse: Parse, t: Token) -> bool:
    """ "voted *on expelling*", "debated *over imposing*": a gerund put to a decision."""
    if t.dep != "pcomp" or t.head == t.i:
        return False
    prep = head(parse, t)
    if prep.lemma.lower() not in ("on", "over") or prep.head == prep.i:
        return False
    return head(parse, prep).lemma.lower() in DECIDING


def _noun_mood(noun: str) -> GoverningMood:
    if noun in WISH_NOUNS:
        return GoverningMood(obligation=True)  # the call is the act ("renewed calls")
    if noun in THREAT_NOUNS:
        return GoverningMood(threatened=True)
    return GoverningMood(hypothetical=True)


def governing_mood(parse: Parse, verb: Token) -> GoverningMood:
    """The mood the governors of ``verb`` give it, climbing at most three links of
    :data:`MOOD_LINKS`: a could/might/may, a "would" that is no reported future, or a
    "likely" makes it hypothetical; a should/must an obligation; a "consider" a policy
    option. A reporting verb or a threat stops the climb (their complements are read by
    :func:`mood` itself)."""
    t = verb
    for _ in range(3):
        noun = _wanting_noun(parse, t)
        if noun is not None:
            return _noun_mood(noun)
        if _put_to_a_decision(parse, t):
            return GoverningMood(deliberated=True)
        gov = _mood_head(parse, t)
        if gov is None:
            break
        lemma = gov.lemma.lower()
        if lemma in MOOD_STOPS:
            break
        if lemma in DELIBERATION and t.dep == "xcomp":
            return GoverningMood(deliberated=True)
        aux = _aux_lemmas(parse, gov)
        would = bool(aux & REPORTED_FUTURE) and not aux & FIRM_FUTURE
        if aux & HYPOTHETICAL_AUX or lemma in LIKELIHOOD or _forecast(parse, gov):
            return GoverningMood(hypothetical=True)
        if would and gov.dep not in ("xcomp", "ccomp") and not _reported_would(parse, gov):
            return GoverningMood(hypothetical=True)
        if aux & OBLIGATION_AUX or _obliging(parse, t, gov):
            return GoverningMood(obligation=True)
        t = gov
    return GoverningMood()


def governing_intent(parse: Parse, verb: Token) -> str:
    """The lemma of the verb or adjective that makes ``verb`` an intention, a threat or a
    preparation, looking up a chain of complements ("prepared to resume shelling")."""
    t, first = verb, ""
    for _ in range(3):
        if t.head == t.i or t.dep not in ("xcomp", "ccomp", "advcl"):
            break
        gov = head(parse, t)
        lemma = gov.lemma.lower()
        first = first or lemma
        if lemma in GOVERNING_INTENT:
            return lemma
        t = gov
    return first


def _warned_of_others(parse: Parse, verb: Token) -> bool:
    """ "Officials *warned* that the rebels could attack": a warning of what someone else
    may do is a forecast, not a threat. The warned-of clause has a subject of its own, a
    noun that is not the warner's (not a pronoun, not "its forces", not the same word);
    "Iran warned it could close the strait" stays a threat."""
    t = verb
    for _ in range(3):
        if t.head == t.i or t.dep not in ("xcomp", "ccomp", "advcl"):
            return False
        gov = head(parse, t)
        if gov.lemma.lower() in THREAT_GOVERNORS:
            break
        t = gov
    else:
        return False
    if gov.lemma.lower() != "warn":
        return False
    subj = next(iter(kids(parse, t.i, "nsubj", "nsubjpass")), None)
    if subj is None or subj.pos == "PRON":
        return False
    if any(p.pos == "PRON" for p in kids(parse, subj.i, "poss")):
        return False
    warner, _ = subject(parse, gov)
    return warner is None or warner.lemma.lower() != subj.lemma.lower()


def mood(parse: Parse, verb: Token, code: str | None = None) -> Mood:
    """Negation, modality and the sense frame of ``verb``; given the ``code`` it is to be
    recoded with, the frame is read only when a sense rule may apply to it."""
    negated = is_negated(parse, verb)
    aux = _aux_lemmas(parse, verb)
    chain = governing_chain(parse, verb)
    in_condition = any(
        any(m.lemma.lower() in CONDITION_MARKS for m in kids(parse, t.i, "mark"))
        for t in chain[:2]
        if t.dep == "advcl" or t is verb
    )
    conditional = any(
        m.lemma.lower() == "unless"
        for a in kids(parse, verb.i, "advcl")
        for m in kids(parse, a.i, "mark")
    )
    complement = verb.dep in ("xcomp", "ccomp") or (
        verb.dep == "advcl" and is_to_infinitive(parse, verb)
    )
    gov_lemma = governing_intent(parse, verb) if complement else ""
    would = bool(aux & REPORTED_FUTURE) and not aux & FIRM_FUTURE
    above = governing_mood(parse, verb)
    marked = in_condition or bool(aux & HYPOTHETICAL_AUX) or above.hypothetical
    marked = marked or feared(parse, verb) or _expected_of(parse, verb)
    threat = complement and gov_lemma in THREAT_GOVERNORS and not _warned_of_others(parse, verb)
    if threat or above.threatened:
        modality = "threatened"
    elif _hypothetical(parse, verb, marked, would):
        modality = "hypothetical"
    elif aux & FUTURE_AUX or (complement and gov_lemma in PROMISING):
        modality = "intended"
    elif any(t.dep == "ccomp" and head(parse, t).lemma in REPORT_VERBS for t in chain[:3]):
        modality = "reported"
    else:
        modality = "asserted"
    return Mood(
        negated,
        modality,
        conditional,
        bool(aux & OBLIGATION_AUX) or above.obligation,
        gov_lemma,
        _advice(parse, verb),
        _frame(parse, verb, code),
        above.deliberated,
    )


def _frame(parse: Parse, verb: Token, code: str | None) -> Frame | None:
    """The verb's sense frame: all of it, or what the rules for ``code`` read (None when
    no rule applies)."""
    if code is None:
        return frame_of(parse, verb)
    need = fields_for(code, verb.lemma.lower())
    return frame_of(parse, verb, need) if need else None


def recode(code: str, m: Mood) -> tuple[str, str] | None:
    """Apply sense, negation and modality to a code: ``(code, modality)``, or None to drop
    the act."""
    sensed = resolve(code, m.frame)
    if sensed is None:
        return None
    code = sensed
    if m.advice and code.startswith("10"):
        code = "02" + code[2:]  # "X said Y should ..." is an appeal, CAMEO's 02x mirrors 10x
    if m.obligation and m.modality in ("asserted", "intended", "reported"):
        return None  # "Y should/must do Z" is a wish, not an act
    root = code[:2]
    if m.negated:
        if root in NEGATED_COOPERATION:
            return NEGATED_COOPERATION[root], m.modality
        return None
    if m.deliberated:
        return CONSIDER_CODE, m.modality  # the option weighed, not the act
    if m.modality == "threatened" and root != "13":
        return THREAT_BY_CODE.get(code) or THREAT_CODES.get(root, "131"), "threatened"
    if m.modality == "intended" and m.governor in PREPARATION and root in ("18", "19", "20"):
        return "150", "intended"  # readying force is a force posture (CAMEO 15)
    if m.modality == "intended":
        harmful = root in THREAT_CODES or code in THREAT_BY_CODE
        if harmful or m.conditional:
            return THREAT_BY_CODE.get(code) or THREAT_CODES.get(root, "130"), "threatened"
        if root in INTENT_CODES:
            return ("039" if code == "045" else INTENT_CODES[root]), "intended"
    if m.modality in ("asserted", "intended", "reported") and root == "13":
        return code, "threatened"
    if m.modality == "asserted" and root == "03":
        return code, "intended"
    return code, m.modality


#: Verbs that suppose, dread or model an act, not report one ("analysts *fear* a blockade",
#: "planners have *modelled* an invasion", "few *foresee* a war"): the act named as their
#: object is a scenario.
SUPPOSING = frozenset(
    {
        "fear", "dread", "model", "simulate", "imagine", "envisage", "envision", "foresee",
        "predict", "forecast", "anticipate", "war-game", "wargame", "game", "hypothesise",
        "hypothesize",
    }
)  # fmt: skip
#: Of those, the ones whose object is made, not expected: a model's or a game's act is no
#: one's ("planners have *simulated* a Chinese landing").
MODELLING = frozenset(
    {
        "model", "simulate", "imagine", "envisage", "envision", "war-game", "wargame", "game",
        "hypothesise", "hypothesize",
    }
)  # fmt: skip
#: Entities that name a doer on a noun of an act ("a *Turkish* offensive").
DOER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: Nouns of a prospect: an act said to be one ("a strike *remains a possibility*") or named
#: as one's object ("*the prospect of* an invasion", "*the risk of* a blockade") is supposed.
PROSPECTS = frozenset(
    {
        "possibility", "prospect", "scenario", "risk", "danger", "spectre", "specter",
        "nightmare", "fear", "worry", "concern", "likelihood", "chance", "odds", "hypothetical",
    }
)  # fmt: skip
#: Adjectives that say a noun's act is yet to come ("a crackdown seems *inevitable*").
LIKELY = frozenset(
    {
        "inevitable", "likely", "unlikely", "possible", "probable", "conceivable",
        "unthinkable", "imminent", "certain",
    }
)  # fmt: skip
#: Verbs that venture an act under a modal ("would *risk* an attack", "could *provoke* a
#: war"): what they take is a prospect.
RISKING = frozenset({"risk", "provoke", "trigger", "invite", "spark", "prompt"})
#: The modals of a prospect.
MAY = HYPOTHETICAL_AUX | REPORTED_FUTURE
#: Nouns of an imagined world: an act told in a clause on one ("a future *in which* China
#: blockades Taiwan", "a scenario where") or put in one ("*in a worst-case scenario*, the
#: militias would seize ...") is supposed.
IMAGINED = frozenset(
    {"scenario", "future", "world", "simulation", "nightmare", "fantasy", "hypothesis"}
)
#: Of those, the ones an act is put *in* ("in a worst-case scenario"); not "in the world",
#: nor "in exercises" (drills held are acts: "took part in naval exercises").
SCENES = frozenset({"scenario", "simulation", "nightmare", "fantasy", "hypothetical"})
#: Determiners that make the act an infinitive names any act of the kind ("*any* attempt to
#: arrest him would trigger protests"), not one that was made.
ANY = frozenset({"any", "every"})
#: Verbs that bid the reader suppose an act ("*Imagine* that Russia cut off the gas").
BIDDEN = frozenset({"imagine", "suppose", "picture", "assume", "envisage", "envision"})
#: Adjectives of an act that may or may not come ("a *possible* strike", "a *hypothetical*
#: invasion", "*future* attacks").
MAYBE = frozenset(
    {
        "hypothetical", "possible", "potential", "feared", "prospective", "eventual",
        "imagined", "putative", "future", "imaginary", "theoretical",
    }
)  # fmt: skip
#: Nouns whose clause says what is feared ("the *fear* is that the junta will expel ..."):
#: a forecast of another's act, not the doer's threat.
FEARS = frozenset({"fear", "worry", "concern", "danger", "risk", "nightmare"})
#: Verbs whose complement is feared ("diplomats *worry* that the junta will expel ...").
FEARING = frozenset({"fear", "worry", "dread"})


def scenario(parse: Parse, verb: Token, nominal: bool) -> bool:
    """The act is a scenario an analysis sketches, done by no one: a noun of an act that a
    verb of supposing takes ("analysts fear *a blockade*"), that is said to be a prospect
    ("*a strike* remains a possibility") or is one's object ("the prospect of *an
    invasion*"); an act told in an imagined world ("a future in which China *blockades*
    Taiwan", "in a worst-case scenario the militias would *seize* ...") or named as any act
    of its kind ("any attempt to *arrest* him would ..."). Acts that someone threatens or
    says they could do keep their modality (see the module doc): this is the writer's or an
    analyst's supposition with no act of anyone in it."""
    if nominal:
        if _modelled(parse, verb):
            return True
        return _supposed_noun(parse, verb) and not _named_doer(parse, verb)
    if _in_imagined(parse, verb) or _any_act(parse, verb) or _bidden_to_suppose(parse, verb):
        return True
    # what a supposed act would do ("a *hypothetical* invasion would require ships")
    return any(_maybe(parse, n) for n in kids(parse, verb.i, "nsubj"))


def _maybe(parse: Parse, noun: Token) -> bool:
    """ "a *hypothetical* invasion", "a *possible* strike", "*future* attacks"."""
    return any(a.lemma.lower() in MAYBE for a in kids(parse, noun.i, "amod"))


def _bidden_to_suppose(parse: Parse, verb: Token) -> bool:
    """An act the reader is bidden to suppose ("*Imagine that* Russia cut off the gas",
    "*Suppose* the rebels took the capital"): an imperative verb of supposing with no
    subject of its own."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    gov = head(parse, verb)
    return (
        gov.lemma.lower() in BIDDEN and gov.tag == "VB" and not kids(parse, gov.i, "nsubj", "aux")
    )


def nominal_mood(parse: Parse, noun: Token) -> Mood:
    """The mood of a noun of an act: hypothetical when it is supposed, feared or said to be
    a prospect ("officials fear *a Russian offensive*", "*a Turkish offensive* remains
    possible"), as a verb's act under "could" is; else asserted."""
    return Mood(False, "hypothetical" if _supposed_noun(parse, noun) else "asserted")


def _modelled(parse: Parse, noun: Token) -> bool:
    """A noun of an act that a model, a game or the imagination makes ("think tanks have
    *modelled* a Russian attack", "planners *simulated* a landing"): no one's act, even
    with a doer named."""
    return (
        noun.dep == "dobj" and noun.head != noun.i and head(parse, noun).lemma.lower() in MODELLING
    )


def _named_doer(parse: Parse, noun: Token) -> bool:
    """The noun names who would act ("a *Turkish* offensive", "*Russia's* attack", "a push
    *by government forces*"): a named actor's possible act, which the corpus guide keeps
    as a hypothetical event."""
    for c in parse.child_tokens[noun.i]:
        if c.dep in ("amod", "compound", "poss", "nmod") and (
            c.ent in DOER_ENTS or c.tag in ("NNP", "NNPS")
        ):
            return True
        if c.dep == "prep" and c.lemma.lower() == "by" and kids(parse, c.i, "pobj"):
            return True
    return False


def _supposed_noun(parse: Parse, noun: Token) -> bool:
    """A noun of an act supposed (see :func:`scenario`)."""
    if _maybe(parse, noun):
        return True
    if noun.head == noun.i:
        return False
    up = head(parse, noun)
    if noun.dep == "dobj" and up.lemma.lower() in SUPPOSING:
        return True
    if noun.dep == "dobj" and up.lemma.lower() in RISKING and _aux_lemmas(parse, up) & MAY:
        return True  # "whether Moscow *would risk* an attack on a NATO member"
    if noun.dep == "pobj" and up.lemma.lower() == "of" and up.head != up.i:
        owner = head(parse, up)  # "the prospect *of* an invasion", "in the event *of* war"
        if owner.lemma.lower() in PROSPECTS:
            return True
        if owner.lemma.lower() == "event" and _in_prep(parse, owner):
            return True
    if noun.dep == "nsubj" and up.pos in ("VERB", "AUX"):  # "a strike remains a possibility"
        attrs = kids(parse, up.i, "attr", "acomp", "oprd")  # "a crackdown seems *inevitable*"
        return any(a.lemma.lower() in PROSPECTS or a.lemma.lower() in LIKELY for a in attrs)
    if noun.dep == "attr" and up.lemma.lower() == "be":  # "the worst scenario is *a blockade*"
        subjects = kids(parse, up.i, "nsubj")
        return any(n.lemma.lower() in PROSPECTS | IMAGINED for n in subjects)
    return False


def _in_prep(parse: Parse, noun: Token) -> bool:
    """The noun is the object of "in" ("*in* the event of")."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    return head(parse, noun).lemma.lower() == "in"


def _in_imagined(parse: Parse, verb: Token) -> bool:
    """An act in a clause on a noun of an imagined world ("a future *in which* China
    blockades Taiwan"), or put in one by "in" on its own verb or its mood's ("*in a
    worst-case scenario*, the militias would seize")."""
    if verb.dep == "relcl" and head(parse, verb).lemma.lower() in IMAGINED:
        return True
    t = verb
    for _ in range(3):
        for p in kids(parse, t.i, "prep"):
            if p.lemma.lower() == "in" and any(
                o.lemma.lower() in SCENES for o in kids(parse, p.i, "pobj")
            ):
                return True
        up = _mood_head(parse, t)
        if up is None:
            break
        t = up
    return False


def _any_act(parse: Parse, verb: Token) -> bool:
    """An act named by an infinitive on a noun with "any" ("*any attempt* to arrest the
    opposition leader would trigger protests"): any act of its kind, none done."""
    if verb.dep != "acl" or verb.head == verb.i or not is_to_infinitive(parse, verb):
        return False
    return any(d.lemma.lower() in ANY for d in kids(parse, verb.head, "det"))


def _expected_of(parse: Parse, verb: Token) -> bool:
    """An act a forecast verb expects of someone else ("nobody *expects the junta to
    release* him"): a forecast, not the junta's intent ("Chile expects to sign": Chile's)."""
    if verb.dep != "ccomp" or verb.head == verb.i or not is_to_infinitive(parse, verb):
        return False
    return head(parse, verb).lemma.lower() in FORECASTS and bool(kids(parse, verb.i, "nsubj"))


def feared(parse: Parse, verb: Token) -> bool:
    """A future or possible act in a clause that says what is feared ("the *fear* is that
    the junta will expel the journalists", "diplomats *worry* that the army will move on the
    city"): a forecast of the doer's act, hypothetical, not the doer's threat."""
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    aux = _aux_lemmas(parse, verb)
    if not aux & (FUTURE_AUX | HYPOTHETICAL_AUX):
        return False
    gov = head(parse, verb)
    if gov.lemma.lower() in FEARING:
        return True
    return gov.lemma.lower() == "be" and any(
        s.lemma.lower() in FEARS for s in kids(parse, gov.i, "nsubj")
    )
