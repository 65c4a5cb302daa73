"""Language detection on texts written for this test: short English news full of names,
acronyms and numbers is never lost; ten other languages are told from English."""

from __future__ import annotations

import pytest

from tacitus.clean.language import detect

ENGLISH = [
    "MONUSCO said 12 UN peacekeepers held by the M23 militia near Goma were freed on Tuesday.",
    "NATO, the EU and ECOWAS condemned the coup in Niamey.",
    "Gen. Abdel Fattah al-Burhan met Mohamed Hamdan Dagalo in Jeddah.",
    "KABUL (AFP) - The Taliban said on Sunday.",
    "UNHCR: 40,000 flee Darfur as RSF shells El Fasher",
    "Talks resumed.",
    "Kabul",
    "Taliban seize Kunduz",
    "The envoy, Jean-Yves Le Drian, met the Spanish minister Arancha Gonzalez Laya in Madrid, "
    "where de la Rosa and El Pais reporters asked about the talks.",
    "Ouagadougou, Burkina Faso - Capt. Ibrahim Traore told RTB that the junta would expel the "
    "French ambassador within 48 hours.",
    "BOGOTA: The ELN and the government of Gustavo Petro signed a six-month ceasefire in "
    "Havana on Friday, Colombia's peace commissioner Otty Patino told reporters.",
    "IAEA chief Rafael Grossi arrived in Tehran on Monday for talks with AEOI head "
    "Mohammad Eslami about the Fordow and Natanz sites.\n\nThe visit came a week after "
    "the E3 warned of snapback sanctions. Iranian officials said the meeting was "
    "constructive but gave no details.",
]

OTHERS = [
    ("fr", "Le gouvernement a annoncé mardi la reprise des discussions avec les rebelles."),
    (
        "fr",
        "Les soldats de la mission ont été libérés lundi soir près de la frontière. Selon le "
        "porte-parole, aucune rançon n'a été versée et les négociations se poursuivent.",
    ),
    ("es", "El ministro dijo el jueves que el alto el fuego se mantiene en toda la región."),
    (
        "es",
        "Miles de personas marcharon por las calles de la capital para exigir la renuncia del "
        "presidente. La policía usó gases lacrimógenos y detuvo a varios manifestantes.",
    ),
    ("de", "Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen."),
    (
        "de",
        "Nach Angaben der Polizei wurden bei den Protesten mehrere Menschen verletzt. Der "
        "Innenminister kündigte eine Untersuchung an und rief zur Ruhe auf.",
    ),
    ("pt", "O presidente afirmou nesta quarta-feira que não vai negociar com os grevistas."),
    (
        "pt",
        "As forças de segurança entraram na cidade depois de uma semana de combates. Os "
        "moradores contaram que faltam água, comida e remédios nos hospitais.",
    ),
    ("it", "Il governo ha deciso ieri di inviare nuove truppe nella zona di confine."),
    (
        "it",
        "Secondo fonti diplomatiche, i colloqui tra le due delegazioni sono stati sospesi. "
        "Il ministro degli esteri ha chiesto un incontro urgente con gli alleati.",
    ),
    ("nl", "De regering heeft dinsdag besloten om de grens voorlopig te sluiten."),
    (
        "nl",
        "Volgens de politie zijn er bij de rellen in de hoofdstad tientallen mensen opgepakt. "
        "De burgemeester noemde het geweld onaanvaardbaar.",
    ),
    ("ru", "Правительство объявило во вторник, что переговоры с повстанцами приостановлены."),
    (
        "ru",
        "По словам представителя министерства, войска отошли от границы. Наблюдатели "
        "сообщили, что в городе спокойно, но магазины закрыты.",
    ),
    ("ar", "أعلنت الحكومة يوم الثلاثاء أن المفاوضات مع المتمردين علقت إلى أجل غير مسمى"),
    (
        "ar",
        "قال المتحدث باسم الجيش إن القوات سيطرت على المدينة بعد معارك عنيفة. وأضاف أن السكان "
        "بدأوا بالعودة إلى منازلهم.",
    ),
    ("tr", "Hükümet salı günü sınır kapılarının geçici olarak kapatıldığını açıkladı."),
    (
        "tr",
        "Bakan, yaptığı açıklamada görüşmelerin olumlu geçtiğini ve anlaşmanın yakında "
        "imzalanacağını söyledi. Muhalefet ise karara tepki gösterdi.",
    ),
    ("id", "Pemerintah mengumumkan pada hari Senin bahwa perundingan dengan pemberontak ditunda."),
    (
        "id",
        "Menurut juru bicara kepolisian, puluhan orang ditangkap setelah bentrokan di depan "
        "gedung parlemen. Para mahasiswa menuntut agar undang-undang itu dibatalkan.",
    ),
    ("zh", "政府星期二宣布，与叛军的谈判无限期暂停。"),
    ("zh", "据外交部发言人说，两国领导人将于下周在首都举行会谈，讨论边境问题和贸易合作。"),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_short_english_news_is_english(text: str) -> None:
    assert detect(text).code == "en"


@pytest.mark.parametrize(("code", "text"), OTHERS)
def test_other_languages_are_told_from_english(code: str, text: str) -> None:
    assert detect(text).code == code


def test_english_article_quoting_another_language_stays_english() -> None:
    text = (
        "The protesters chanted 'le peuple veut la chute du régime' outside the palace on "
        "Friday, witnesses said. Police made no arrests, and the crowd left peacefully after "
        "the president's spokesman promised to meet their leaders next week."
    )
    assert detect(text).code == "en"
