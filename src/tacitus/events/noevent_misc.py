"""Acts asked about, not reported: questions, indirect questions, inverted conditions.

A news sentence can name an act without telling that it happened or was threatened: it
asks about it, or supposes it. :func:`tacitus.events.noevent.condition` reads the plain
conditional ("*If* Washington imposed tariffs, ..."); these checks read three more forms
of the same frame, each from the clause's own marks:

- **a yes/no question**: the sentence opens with an auxiliary or a modal and ends with a
  question mark ("*Will* Turkey expel the ambassador?", "*Could* the senate block the
  treaty?"); the act of the question's clause (the verb the opening word belongs to, or
  its infinitive) is asked about. A wh-question ("*Why* did the army shell the villages?")
  takes the act as given and is left alone;
- **an indirect question**: the act's clause is introduced by "whether", or by "if" as the
  complement of a verb ("ministers are debating *whether* to expel the ambassador", "it is
  unclear *if* the army will withdraw"): what is weighed or unknown, not done;
- **a press question**: "Asked about the clashes, the ministry said ...", "declined to give
  figures *when asked* about losses": a participle "asked" with no subject and no agent is
  the reporters' question that frames a statement, not a request between parties ("*Asked
  by Washington* to help, Japan sent ..." keeps its agent and its event);
- **an inverted condition**: a sentence that opens with "Had", "Were" or "Should" and is
  no question ("*Had* the rebels attacked the capital, the government would have fallen",
  "*Were* the president to resign, ..."): the acts before its first comma are the
  supposition. The act of the main clause is left to the other checks, as it is after
  "if" (the PLOVER gold codes threats put under a condition);
- **a supposed way**: an embedded wh-clause with a modal of supposition ("planners have
  studied *how* Israel *might* strike the sites", "analysts debated *what* Beijing
  *would* do"): the act is a scenario weighed, not one done or threatened. Without the
  modal ("explained how the army stormed the town") the act is told as done and stays;
- **any act supposed**: a noun of an act under "any" ("*Any* Russian attack on a member")
  as the subject of a modal of supposition ("would trigger"): a rule for whatever act may
  come, no act reported. "The attack would not go unanswered" (an act done) and "A war
  between them would be catastrophic" (one act supposed between named sides, which our
  corpus codes as hypothetical) keep their event;
- **an act in a simulation**: the act's clause, or a clause it hangs from, is set "in" or
  "during" a war game, a simulation or a scenario ("*In a war game* run by a think tank,
  Chinese forces blockaded Taiwan"): a played act, whatever its tense (not a live drill,
  whose acts are real);
- **a document's warning**: a study, a report, a paper or a model that "warns" ("hospitals
  would run out of fuel within days, *a study warns*"): a forecast told by a text, which
  cannot threaten; the authors' or an agency's own warning is left to the other checks;
- **a scenario answered**: an explainer asks a supposing question ("What happens *if* no
  party wins a majority?") and the next sentence answers with a modal ("The king *would*
  ask the leaders ..."): the act is the supposed outcome, not one reported.

Each check reads the trigger's own children and heads and the first and last tokens of its
sentence: a few look-ups per candidate.
"""

from __future__ import annotations

from ..parse import Parse, Token
from .syntax import kids

#: Words a yes/no question opens with: auxiliaries and modals put before the subject.
QUESTION_OPENERS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "can",
        "should",
        "shall",
        "might",
        "may",
        "must",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
    }
)
#: Words an inverted condition opens with ("*Had* the rebels attacked ...").
INVERTED_CONDITION = frozenset({"had", "were", "should"})
#: Quotation marks, brackets and a transcript's question mark ("Q:") a sentence may open
#: with before its first word.
OPENING_MARKS = frozenset({'"', "'", "“", "‘", "(", "[", "Q", ":"})
#: Links from a verb to the infinitive or clause that carries the act ("preparing *to
#: seize*").
CARRIERS = frozenset({"xcomp", "ccomp", "conj"})


def quiet(parse: Parse, verb: Token) -> bool:
    """True when the trigger's act is asked about or supposed (see the module doc)."""
    if asked(parse, verb) or indirect_question(parse, verb):
        return True
    if inverted_condition(parse, verb) or press_question(parse, verb):
        return True
    if supposed_act(parse, verb) or document_warning(parse, verb):
        return True
    if simulated(parse, verb):
        return True
    return supposed_way(parse, verb) or answered_scenario(parse, verb)


def _first_word(parse: Parse, verb: Token) -> Token | None:
    sent = parse.sentences[verb.sent]
    for tok in parse.tokens[sent.first : sent.last]:
        if tok.text not in OPENING_MARKS:
            return tok
    return None


def _last_mark(parse: Parse, verb: Token) -> str:
    """The sentence's last token that is not a closing quote or bracket."""
    sent = parse.sentences[verb.sent]
    for tok in reversed(parse.tokens[sent.first : sent.last]):
        if tok.text not in {'"', "'", "”", "’", ")", "]"}:
            return tok.text
    return ""


def asked(parse: Parse, verb: Token) -> bool:
    """A yes/no question's act: the sentence opens with an auxiliary or a modal and ends
    with "?", and the trigger is the verb that opening word belongs to or is carried by
    it ("Is the army preparing *to seize* power?")."""
    first = _first_word(parse, verb)
    if first is None or first.text.lower() not in QUESTION_OPENERS or first.i == verb.i:
        return False
    head = first.head
    if _last_mark(parse, verb) != "?" and not any(
        t.text == "?" for t in kids(parse, head, "punct")
    ):
        return False
    tok, steps = verb, 0
    while steps < 3:
        if tok.i == head:
            return True
        if tok.dep not in CARRIERS or tok.head == tok.i:
            return False
        tok, steps = parse.tokens[tok.head], steps + 1
    return False


def indirect_question(parse: Parse, verb: Token) -> bool:
    """The act's clause (or the clause its infinitive hangs on) is introduced by "whether",
    or by "if" as a verb's complement: a question weighed, not an act done."""
    tok = verb
    for _ in range(2):
        for mark in kids(parse, tok.i, "mark"):
            word = mark.lemma.lower()
            if word == "whether" or (word == "if" and tok.dep == "ccomp"):
                return True
        if tok.dep != "xcomp" or tok.head == tok.i:
            return False
        tok = parse.tokens[tok.head]
    return False


def inverted_condition(parse: Parse, verb: Token) -> bool:
    """The sentence opens with "Had", "Were" or "Should", is no question, and the trigger
    comes before its first comma: the supposed act of an inverted condition."""
    first = _first_word(parse, verb)
    if first is None or first.text.lower() not in INVERTED_CONDITION or first.i == verb.i:
        return False
    if _last_mark(parse, verb) == "?" or verb.i < first.i:
        return False
    sent = parse.sentences[verb.sent]
    comma = next((t.i for t in parse.tokens[first.i : sent.last] if t.text == ","), None)
    return comma is not None and verb.i < comma


def press_question(parse: Parse, verb: Token) -> bool:
    """A bare participle "asked" framing a statement ("Asked about the clashes, the
    ministry said ..."): no subject and no agent, so no party asked anyone."""
    if verb.lemma.lower() != "ask" or verb.tag != "VBN" or verb.dep != "advcl":
        return False
    return not kids(parse, verb.i, "agent", "nsubj", "nsubjpass")


#: Modals that make a wh-clause's act a supposition ("how Israel *might* strike").
SUPPOSING = frozenset({"might", "could", "would", "may"})
#: Links from the verb that weighs the scenario to its wh-clause.
WH_CLAUSES = frozenset({"ccomp", "pcomp", "xcomp"})


def supposed_way(parse: Parse, verb: Token) -> bool:
    """The act's clause is a wh-clause (its verb has a wh-word child: "how", "what",
    "when", "where") set under another verb, with a modal of supposition: a scenario
    studied or debated ("studied how Israel might strike the sites")."""
    if verb.dep not in WH_CLAUSES or verb.head == verb.i:
        return False
    if not any(a.lemma.lower() in SUPPOSING for a in kids(parse, verb.i, "aux")):
        return False
    return any(
        k.tag in ("WRB", "WP", "WDT") for k in kids(parse, verb.i, "advmod", "dobj", "nsubj")
    )


#: Wh-words a supposing question opens with ("*What* happens if ...?").
WH_OPENERS = frozenset({"what", "how", "who", "which", "where", "when"})


def answered_scenario(parse: Parse, verb: Token) -> bool:
    """The act has a modal of supposition and the sentence before it is a wh-question with
    "if" ("What would happen if Congress failed to act? The Treasury would have to ..."):
    the explainer's answer, a scenario."""
    if verb.sent == 0 or not any(a.lemma.lower() in SUPPOSING for a in kids(parse, verb.i, "aux")):
        return False
    prev = parse.sentences[verb.sent - 1]
    toks = [t for t in parse.tokens[prev.first : prev.last] if t.text not in OPENING_MARKS]
    if not toks or toks[0].text.lower() not in WH_OPENERS or toks[-1].text != "?":
        return False
    return any(t.text.lower() == "if" for t in toks)


#: Determiners of any act whatever ("*any* attack", "*any* incursion").
INDEFINITE = frozenset({"any"})


def supposed_act(parse: Parse, noun: Token) -> bool:
    """A noun of an act under "any", subject of a verb with a modal of
    supposition ("Any Russian attack on a member would trigger the clause")."""
    if noun.pos != "NOUN" or noun.dep not in ("nsubj", "nsubjpass") or noun.head == noun.i:
        return False
    if not any(d.lemma.lower() in INDEFINITE for d in kids(parse, noun.i, "det")):
        return False
    return any(a.lemma.lower() in SUPPOSING for a in kids(parse, noun.head, "aux"))


#: Verbs of warning a text may be the subject of.
WARNINGS = frozenset({"warn", "caution"})
#: Texts and models that warn: what they foretell is no one's threat.
DOCUMENTS = frozenset(
    {
        "study",
        "report",
        "paper",
        "model",
        "analysis",
        "survey",
        "simulation",
        "assessment",
        "review",
        "audit",
        "forecast",
        "projection",
        "scenario",
        "exercise",
    }
)


def document_warning(parse: Parse, verb: Token) -> bool:
    """A text that warns ("..., a study by a think tank warns"): a forecast, not a threat."""
    if verb.lemma.lower() not in WARNINGS:
        return False
    subj = [s for s in kids(parse, verb.i, "nsubj")]
    return bool(subj) and all(s.lemma.lower() in DOCUMENTS for s in subj)


#: Settings of a played or modelled act ("in a simulation", "in the scenario").
#: Not drills or exercises: a live drill's acts (missiles fired into the sea) are real.
SIMULATIONS = frozenset({"simulation", "scenario", "wargame", "war-game", "tabletop"})
#: Prepositions that set an act in one.
SETTINGS = frozenset({"in", "during"})


def simulated(parse: Parse, verb: Token) -> bool:
    """The act, or a clause it hangs from (up to the sentence's main verb), is set in a war
    game, a simulation or a scenario (not "the scenario of a ...")."""
    tok = verb
    for _ in range(6):
        if any(_simulation(parse, o) for o in _settings(parse, tok)):
            return True
        if tok.head == tok.i:
            break
        tok = parse.tokens[tok.head]
    return False


def _settings(parse: Parse, tok: Token) -> list[Token]:
    return [
        o
        for p in kids(parse, tok.i, "prep")
        if p.lemma.lower() in SETTINGS
        for o in kids(parse, p.i, "pobj")
    ]


def _simulation(parse: Parse, noun: Token) -> bool:
    lemma = noun.lemma.lower()
    if any(p.lemma.lower() == "of" for p in kids(parse, noun.i, "prep")):
        return False
    if lemma in SIMULATIONS:
        return True
    return lemma == "game" and any(
        m.lemma.lower() == "war" for m in kids(parse, noun.i, "compound", "amod")
    )
