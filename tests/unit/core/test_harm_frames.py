"""Praise of handling, how-to questions and plans are about harm without reporting it (issue 14),
and the lexicon's everyday senses ("in the end it", "c'est faux", "clicked on a song", "de golpe");
each with its twin that must still be harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm, harm_tokens
from mentionflow.core.harm_frames import benign_frame
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> tuple[str | None, str | None]:
    sig = detect_harm(normalise(text), lang)
    return sig.kind, sig.severity


PRAISE = [
    ("en", "@AirlineX thank you to the cabin crew who looked after my grandad when he felt faint, all fine"),
    ("en", "@BankX your fraud team spotted a strange payment and blocked it, excellent service"),
    ("es", "@BancoX gracias al equipo antifraude que detectó un cargo raro y lo bloqueó, excelente"),
    ("fr", "@BanqueX merci à votre équipe anti-fraude qui a bloqué le paiement frauduleux, excellent service"),
    ("de", "@BankX danke, euer Betrugsteam hat die komische Abbuchung erkannt und gestoppt, klasse"),
    ("it", "@BancaX grazie al team antifrode che ha bloccato il pagamento truffa, servizio eccellente"),
    ("pt", "@BancoX obrigado à equipa antifraude que bloqueou o pagamento do golpe, excelente"),
]
# The twins: a thank-you with harm still going on, a helper who did *not* help, a fire.
PRAISE_TWINS = [
    ("en", "@BankX thanks for nothing, nobody stopped the fraud and they drained my account"),
    ("en", "@AirlineX thank you crew, but there is smoke in the cabin right now and nobody helped"),
    ("es", "@BancoX gracias por nada, nadie bloqueó nada y me han vaciado la cuenta con una estafa"),
    ("de", "@BankX danke für nichts, niemand hat es gestoppt, Betrüger haben mein Konto leergeräumt"),
    ("fr", "@BanqueX merci quand même mais je suis encore inquiète, quelqu'un a piraté mon compte"),
]

QUESTIONS = [
    ("en", "@AirlineX can I bring my daughter's EpiPen in the cabin? she has a peanut allergy"),
    ("en", "@AirlineX do you carry an adrenaline pen on board or should we pack ours? my son is allergic to nuts"),
    ("es", "@AerolineaX ¿puedo llevar la insulina de mi hijo en cabina?"),
    ("fr", "@AirX puis-je emporter le fauteuil roulant de ma mère dans l'avion ?"),
    ("de", "@AirX darf ich den Kindersitz für mein Baby mitnehmen?"),
    ("it", "@AirX posso portare il seggiolino del bambino a bordo?"),
    ("pt", "@AirX posso levar a cadeira de rodas da minha avó no avião?"),
]
QUESTION_TWINS = [
    ("en", "@AirlineX do you really think it's okay that my 8 year old daughter was left alone at the gate?!"),
    ("en", "@AirlineX do you have a first aid kit? my son cut his hand on a broken seat and is bleeding"),
    ("en", "@AirlineX can I get help, my son is having an allergic reaction to the nuts you served?"),
    ("es", "@AerolineaX ¿puedo hablar con alguien? mi hijo tuvo una reacción alérgica, estamos en el hospital"),
]

PLANS = [
    ("en", "@CareX thinking of getting your fall alarm for my dad next month, does it work on digital lines?"),
    ("es", "@CareX estoy pensando en contratar la teleasistencia para mi padre el mes que viene"),
    ("it", "@CareX sto pensando di prendere il telesoccorso per mio padre il mese prossimo"),
]


@pytest.mark.parametrize(("lang", "text"), PRAISE + QUESTIONS + PLANS)
def test_talk_about_harm_is_not_a_report_of_harm(lang: str, text: str) -> None:
    assert harm(text, lang) == (None, None)


@pytest.mark.parametrize(("lang", "text"), PRAISE_TWINS + QUESTION_TWINS)
def test_the_twins_are_still_harm(lang: str, text: str) -> None:
    kind, severity = harm(text, lang)
    assert kind is not None and severity is not None, text


def test_frame_names() -> None:
    def frame(text: str, lang: str, cues: tuple[str, ...]) -> str | None:
        n = normalise(text)
        return benign_frame(harm_tokens(n, lang), cues, {"g:thanks"} if "thank" in text else set(), "?" in text)

    assert frame("can I bring my EpiPen on board?", "en", ("allergy",)) == "question"
    assert frame("can I bring my EpiPen on board", "en", ("allergy",)) is None  # no question mark
    assert frame("thinking of getting an alarm for my dad", "en", ("medical_device",)) == "plan"
    assert frame("thank you, the crew helped my mum", "en", ("elderly",)) == "praise"
    assert frame("thank you, nobody helped my mum", "en", ("elderly",)) is None
    assert frame("thank you, the crew helped after the fire", "en", ("fire_smoke",)) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@MusicX thanks, in the end it was my laptop's sound driver, all working"),
        ("fr", "Le ministre parle de l'espoir de vivre mieux dans ce pays"),
        ("en", "@MusicX I clicked on a song in my playlist and the app skipped it"),
        ("en", "@MusicX I removed and re-authorised the app on my speaker"),
        ("fr", "@BanqueX non c'est faux, mon relevé dit autre chose"),
        ("es", "@TiendaX las actualizaciones llegan todas de golpe, estad preparados"),
        ("en", "@MusicX I can't hit save anymore on my albums"),
        ("en", "@MusicX it crashed when I opened the app to play music"),
        ("fr", "Le gouvernement donne son feu vert au projet de centrale"),
        ("it", "bisogna mettere a fuoco le priorità del governo"),
    ],
)
def test_everyday_senses_of_harm_words(lang: str, text: str) -> None:
    assert harm(text, lang) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "@BankX I can't cope anymore, I just want to end it", "self_harm"),
        ("fr", "@BanqueX j'ai tout perdu, je n'ai plus envie de vivre", "self_harm"),
        ("en", "@BankX I clicked the link in your text and entered my card number, money gone", "fraud"),
        ("en", "@BankX two payments I never authorised left my account this morning", "fraud"),
        ("fr", "@BanqueX un faux conseiller m'a appelé et j'ai donné mon code", "fraud"),
        ("pt", "@BancoX caí num golpe, levaram 500 euros da minha conta", "fraud"),
        ("en", "@RideX your driver hit my car at the lights and my neck hurts", "physical_safety"),
        ("fr", "@TrainX il y a le feu dans le wagon 3, de la fumée partout", "physical_safety"),
    ],
)
def test_the_harm_senses_are_still_caught(lang: str, text: str, kind: str) -> None:
    assert harm(text, lang)[0] == kind


def test_german_kind_is_a_child_not_a_thank_you() -> None:
    from mentionflow.core.harm import concept_groups

    de = concept_groups(harm_tokens(normalise("mein Kind ist allein am Gate"), "de"), "de")
    en = concept_groups(harm_tokens(normalise("the crew were so kind"), "en"), "en")
    assert "child" in de and "thanks" not in de
    assert "thanks" in en


def test_an_unaccompanied_minor_is_grave_only_when_something_is_wrong() -> None:
    # Merge of s9-harm with main: "unaccompanied" is no "alone" word by itself (core.harm_severity.grave_now
    # decides, with nobody, missing, alone or distress next to it), so a booking question stays no harm.
    from mentionflow.core.harm import concept_groups

    groups = concept_groups(harm_tokens(normalise("my son flew as an unaccompanied minor"), "en"), "en")
    assert "alone" not in groups and "child" in groups
    assert harm("@AirX so do I need to book two one ways for her to fly as an unaccompanied minor?", "en")[0] is None
    assert harm("@Sky kann mein Sohn im Sommer als unbegleitetes Kind fliegen? was kostet das?", "de")[0] is None
    # The twin: the unaccompanied child nobody collects.
    assert harm("@Sky unsere Tochter (10) fliegt als unbegleitete Minderjährige, niemand holt sie ab", "de") == (
        "vulnerable_person",
        "severe",
    )


def test_a_queue_or_a_missed_connection_with_kids_is_an_inconvenience() -> None:
    assert harm("@AirX the line is out the door and we are travelling with 3 kids", "en") == (None, None)
    # The twin: the child on their own after the missed connection, and nobody knows where.
    assert harm("@AirX mein Sohn (9) flog allein, Anschluss verpasst und jetzt weiß niemand wo er ist", "de")[0]
    assert harm("@AirX mi hijo de 9 años volaba solo, perdió la conexión y no sabe nadie dónde está", "es")[0]


def test_kids_seated_apart_are_more_than_an_inconvenience() -> None:
    from mentionflow.core.harm import is_inconvenience

    base = {"g:child", "gg:child+person_only", "g:disruption"}
    assert is_inconvenience(base)
    assert not is_inconvenience(base | {"g:separated"})
    assert not is_inconvenience(base | {"g:sexual"})


def test_verb_first_nobody_knows_is_missing() -> None:
    from mentionflow.core.harm import concept_groups

    def groups(text: str, lang: str) -> list[str]:
        return concept_groups(harm_tokens(normalise(text), lang), lang)

    assert "missing" in groups("seit 2 Stunden weiß niemand wo sie ist", "de")
    assert "missing" not in groups("niemand hat angerufen, sie ist zu Hause", "de")


def test_a_click_after_the_message_it_came_in_is_phishing() -> None:
    text = "@BankX j'ai reçu un SMS 'votre carte est bloquée', j'ai cliqué et donné le code, 3 virements partent"
    assert harm(text, "fr")[0] == "fraud"
    assert harm("@MusicX j'ai cliqué sur une chanson de ma playlist et rien ne se passe", "fr") == (None, None)


def test_a_question_after_a_loss_is_no_how_to() -> None:
    assert harm("@AirX avete perso la valigia con la mia insulina per 10 giorni, sono diabetico. Che faccio??", "it")[0]
    assert harm("@AirX avete un frigo a bordo per la mia insulina?", "it") == (None, None)


# s10-harm: general precision fixes, each with the harm twin that must still fire.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "soy alérgico a las colas y el check-in de @SkyLarkAir hoy fue eterno"),
        ("fr", "@ParceloEats je suis allergique aux lundis, envoyez une pizza"),
        ("de", "ich bin allergisch gegen Schlangen und der Check-in bei @SkyLarkAir hat ewig gedauert"),
        ("it", "@ParceloEats sono allergico al lunedì, mandatemi una pizza"),
        ("pt", "sou alérgico a filas e o check-in da @SkyLarkAir hoje demorou uma eternidade"),
    ],
)
def test_allergic_to_mondays_or_queues_is_a_figure_of_speech(lang: str, text: str) -> None:
    assert harm(text, lang) == (None, None)


def test_allergic_to_an_allergen_still_fires() -> None:
    assert harm("@ParceloEats soy alérgico a los cacahuetes y el curry venía lleno, tengo la cara hinchada", "es")[0]


def test_an_epipen_only_carried_is_no_reaction() -> None:
    assert (
        harm("@JetBlue I have many allergies, can I bring a bottle of Benadryl along with my 2 epipens?", "en")[0]
        is None
    )
    assert (
        harm("@SkyLarkAir vous avez un epipen a bord ou je dois prendre le mien? mon fils est allergique", "fr")[0]
        is None
    )
    # The twins: a pen used, also on board; a question about what they served.
    assert harm("@SkyLarkAir my son reacted to the nuts on board and we had to use his epipen", "en") == (
        "health",
        "severe",
    )
    assert harm("@ParceloEats mussten den epipen nehmen und den notarzt rufen, mein sohn hat eine nussallergie", "de")[
        0
    ]


def test_own_is_alone_only_on_ones_own() -> None:
    from mentionflow.core.harm import concept_groups

    assert "alone" not in concept_groups(harm_tokens(normalise("do i need to bring my own epipen"), "en"), "en")
    assert "alone" in concept_groups(harm_tokens(normalise("she is 84 and lives on her own"), "en"), "en")
    assert (
        harm("@JetBlue client is asking if kids need their own email addresses to get TB acct. Is this true?", "en")[0]
        is None
    )


def test_fell_short_and_a_sick_joke_are_idioms() -> None:
    assert harm("@SouthwestAir Dont say IF we fell short. I just told u u did!", "en")[0] is None
    assert harm("@SouthwestAir is this a sick joke? #toyingwithouremotions", "en")[0] is None
    assert harm("@MetroBusUK my nan fell on the bus steps and hurt her hip, the driver just drove on", "en")[0]


def test_someone_who_stayed_with_them_is_praise_of_handling() -> None:
    text = "@RideNowHelp shoutout to my driver who waited with me outside the hospital after my check-up, so kind"
    assert harm(text, "en")[0] is None
    assert harm("@RideNowHelp I waited with my son outside the hospital for 3 hours after your driver hit him", "en")[0]


def test_nothing_authorised_is_fraud() -> None:
    text = "@BrightbankCare jemand hat gerade 2.000 Euro von meinem Konto abgebucht, ich habe nichts autorisiert"
    assert harm(text, "de")[0] == "fraud"
