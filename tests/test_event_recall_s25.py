"""Event recall on news wording the lexicon missed (session 25).

``bench/event_misses.py`` counted the gold events given no event by where they were lost;
among the classes it showed were verbs wire copy uses that no lexicon line covered
(stronger words for criticism, rejections told as "brushed off" or "shunned", sanctions
eased by unfreezing assets or scrapping tariffs, captives liberated or swapped, positions
vacated, ships intercepted, people barred, the press muzzled, reservists
called up, tools downed, towns taken) and criticism told from the receiving side ("drew
condemnation from Berlin"). Every sentence here is written for these tests, in varied
regions and registers; the parse is the real one. The look-alikes keep the other senses
of the same words quiet: the frames, or the lack of a political actor, rule them out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus import ontology
from tacitus.events.coder import find_triggers, refine
from tacitus.events.lexicon import load
from tacitus.parse import Parse
from tacitus.records import Record

LEX = load()

#: (sentence, trigger lemma, the CAMEO code its lexicon line gives)
TRIGGERS = [
    ("Seoul's unification minister lambasted Pyongyang over the missile launch.", "lambast", "111"),
    ("The foreign ministry in Lima chided Caracas for harbouring the fugitives.", "chide", "111"),
    ("The UN envoy reprimanded the Sudanese army over the bombing.", "reprimand", "111"),
    ("The Bolivian cabinet brushed off the miners' demand for talks.", "brush", "120"),
    ("The militia shunned the negotiations sponsored by Qatar.", "shun", "120"),
    ("Canada unfroze the reserves of the Afghan central bank.", "unfreeze", "085"),
    ("Manila scrapped its tariffs on Vietnamese rice in 2019.", "scrap", "085"),
    ("The governor scrapped the curfew in Lagos after a week.", "scrap", "081"),
    ("French commandos liberated four hostages held in Benin.", "liberate", "0841"),
    ("Israel and Hezbollah swapped prisoners in 2004, the Red Cross said.", "swap", "0841"),
    ("Indian troops vacated two outposts on the Himalayan ridge.", "vacate", "087"),
    ("Libyan coastguards intercepted a boat carrying 90 migrants.", "intercept", "171"),
    ("Baku barred Armenian journalists from the summit.", "bar", "172"),
    ("Minsk curbed internet access during the protests.", "curb", "172"),
    ("The regime muzzled the country's last independent broadcasters.", "muzzle", "1721"),
    ("Al-Shabaab fighters beheaded two soldiers near Kismayo.", "behead", "1823"),
    ("Gunmen mowed down villagers at a market in Zamfara.", "mow", "190"),
    ("Ukrainian forces recaptured the village of Robotyne.", "recapture", "190"),
    ("Armenia clinched a ceasefire with Azerbaijan in Moscow.", "clinch", "057"),
    ("Britain equipped the Kenyan army with armoured vehicles.", "equip", "072"),
    ("Israel called up 300,000 reservists on Saturday.", "call", "154"),
    ("Miners in Potosi downed tools over unpaid wages.", "down", "143"),
    ("Houthi fighters took the port of Hodeidah.", "take", "192"),
    ("Beijing placed restrictions on foreign reporters in Xinjiang.", "place", "172"),
    ("The Treasury placed sanctions on two Iranian shipping firms.", "place", "163"),
    ("Cairo imposed curbs on NGOs funded from abroad.", "impose", "172"),
    ("Iran massed troops on the Iraqi border.", "mass", "154"),
    ("Russian troops massed near the Ukrainian border.", "mass", "154"),
    ("The Labour leader savaged the budget in the Commons.", "savage", "111"),
    ("Japan contributed relief supplies to the flood zone in Pakistan.", "contribute", "070"),
    ("The senate set up an inquiry into the arms deal.", "set", "090"),
    ("Rebels set off a bomb at the gates of the barracks.", "set", "183"),
    ("The governor commuted the death sentence of the convicted rebel.", "commute", "0841"),
    ("Kurdish fighters fended off an Islamic State offensive on Kobani.", "fend", "190"),
    ("Police clamped down on student protests in Dhaka.", "clamp", "175"),
    ("The regime locked up hundreds of dissidents in 1989.", "lock", "173"),
    ("Mali's junta kicked out the French ambassador.", "kick", "161"),
    ("Kigali threw out three foreign correspondents last week.", "throw", "174"),
    ("Iraqi troops drove out Islamic State fighters from Ramadi.", "drive", "190"),
    ("The guerrillas gave up their weapons under the peace deal.", "give", "0873"),
    ("Ukrainian gunners brought down two Russian jets near Kherson.", "bring", "190"),
    ("Tehran propped up the regime in Damascus with money and men.", "prop", "051"),
    ("Soldiers surrounded the presidential palace in Niamey.", "surround", "150"),
    ("The junta drafted students into the army.", "draft", "154"),
    ("Protesters banged pots outside the palace in Caracas.", "bang", "140"),
]


def _codes(parse: Parse, lemma: str) -> list[str]:
    triggers = refine(parse, find_triggers(parse, LEX, 0, len(parse.tokens)))
    return [t.code for t in triggers if t.token.lemma.lower() == lemma]


@pytest.mark.parametrize(("text", "lemma", "code"), TRIGGERS)
def test_new_senses_match(
    parse_text: Callable[[str], Parse], text: str, lemma: str, code: str
) -> None:
    assert code in _codes(parse_text(text), lemma)


def test_received_criticism_has_the_critic_for_its_source(
    code: Callable[..., Record],
) -> None:
    """ "X drew criticism from Y": Y criticised (the pattern's ``reverse`` frame)."""
    rec = code("Warsaw's new media law drew sharp criticism from the European Commission.")
    acts = [e for e in rec.events if e.cameo == "111"]
    assert acts and acts[0].source is not None
    assert "Commission" in acts[0].source.name


#: Same words, other senses: the frames leave no trigger of the new line's code.
NO_TRIGGER = [
    ("The goalkeeper intercepted a long ball in stoppage time.", "intercept", "171"),
    ("Shoppers shunned the high street over Christmas.", "shun", "120"),
    ("Doctors urged people to curb their salt intake.", "curb", "172"),
    ("The bank unfroze the customer's account after the check.", "unfreeze", "085"),
    ("The band took the stage at midnight.", "take", "192"),
    ("The family vacated the flat in March.", "vacate", "087"),
    ("The chef scrapped the dessert menu.", "scrap", "081"),
    ("The coach called up three teenagers for the friendly.", "call", "154"),
    ("The actor clinched the role after two auditions.", "clinch", "057"),
    ("The firm equipped its offices with new laptops.", "equip", "072"),
    ("Thousands of pilgrims massed at the shrine.", "mass", "154"),
    ("The ruling set off protests across the country.", "set", "183"),
    ("The toddler gave up his toys without a fuss.", "give", "0873"),
    ("The manager kicked out two players from the squad.", "kick", "174"),
    ("The judge threw out the case against the bank.", "throw", "174"),
    ("Mortgage rates propped up house prices last year.", "prop", "051"),
    ("Fans surrounded the singer's car outside the hotel.", "surround", "150"),
    ("The senator drafted a bill on water rights.", "draft", "154"),
]


@pytest.mark.parametrize(("text", "lemma", "code"), NO_TRIGGER)
def test_other_senses_do_not_match(
    parse_text: Callable[[str], Parse], text: str, lemma: str, code: str
) -> None:
    assert code not in _codes(parse_text(text), lemma)


#: (sentence, PLOVER type) through the whole pipeline
EVENTS = [
    ("Ecuador's president lambasted Colombia over the border raid.", "ACCUSE"),
    ("The Kenyan government brushed off the opposition's demand for an audit.", "REJECT"),
    ("Washington unfroze $6 billion in Iranian assets on Monday.", "RETREAT"),
    ("Ethiopian troops vacated positions near the Eritrean border.", "RETREAT"),
    ("The Israeli navy intercepted a flotilla bound for Gaza.", "COERCE"),
    ("Belarus barred foreign journalists from the trial.", "COERCE"),
    ("Islamic State militants beheaded a Kurdish fighter in Raqqa.", "ASSAULT"),
    ("Russia called up 200,000 reservists in September.", "MOBILIZE"),
    ("The Egyptian government placed restrictions on foreign charities.", "COERCE"),
]


@pytest.mark.parametrize(("text", "plover"), EVENTS)
def test_news_sentences_get_their_event(
    code: Callable[..., Record], text: str, plover: str
) -> None:
    assert plover in {e.plover for e in code(text).events}


#: (sentence, PLOVER type, source name part, target name part): a noun's act whose sides the
#: parser hung on the verb saying it happened or arrived ("fighting erupted *between* X and
#: Y", "support came *from* X").
NOMINAL = [
    (
        "Fighting erupted between Sudanese army units and the RSF in Khartoum.",
        "ASSAULT",
        "Sudan",
        None,
    ),
    (
        "Clashes broke out between the Thai army and Cambodian troops near the temple.",
        "ASSAULT",
        "Thai",
        "Cambodia",
    ),
    (
        "Talks took place between Serbia and Kosovo in Brussels on Monday.",
        "CONSULT",
        "Serbia",
        "Kosovo",
    ),
    ("Aid poured in from the Gulf states after the earthquake in Turkey.", "AID", "Gulf", None),
    ("Criticism of the raid came from Egypt on Sunday.", "ACCUSE", "Egypt", None),
]


@pytest.mark.parametrize(("text", "plover", "source", "target"), NOMINAL)
def test_noun_acts_take_sides_from_their_verb(
    code: Callable[..., Record], text: str, plover: str, source: str, target: str | None
) -> None:
    acts = [e for e in code(text).events if e.plover == plover and e.source is not None]
    assert acts, text
    assert any(source in e.source.name for e in acts if e.source is not None)
    if target is not None:
        assert any(e.target is not None and target in e.target.name for e in acts)


def test_a_pair_of_places_on_the_verb_is_no_party(code: Callable[..., Record]) -> None:
    """Only a verb saying the act happened lends its "between": a road that runs between
    two cities names no parties."""
    rec = code("Traffic jams formed between Kabul and Jalalabad on Friday.")
    assert [e.plover for e in rec.events if e.plover] == []


#: Look-alikes with no political actor or act: no event at all.
QUIET = [
    "Critics lambasted the sequel for its running time.",
    "She brushed aside a strand of hair before the interview.",
    "The striker brushed off a knee injury to score twice.",
    "Council wardens impounded 40 parked cars in the city centre.",
    "Burglars ransacked a holiday cottage on the coast.",
    "Tenants vacated the building before the demolition.",
    "The carpenters downed tools for lunch at noon.",
    "The school placed limits on phone use in classrooms.",
    "Help came from an unexpected quarter, the coach said.",
    "The letter came from the French embassy in a blue envelope.",
    "A quarrel broke out between the two chefs on the television show.",
]


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(code: Callable[..., Record], text: str) -> None:
    assert [e.plover for e in code(text).events if e.plover] == []


def test_codes_are_the_types_the_senses_name() -> None:
    assert ontology.lookup("085").plover == "RETREAT"  # sanctions eased
    assert ontology.lookup("1721").plover == "COERCE"  # the press muzzled
    assert ontology.lookup("154").plover == "MOBILIZE"  # reservists called up
    assert ontology.lookup("143").plover == "PROTEST"  # tools downed
