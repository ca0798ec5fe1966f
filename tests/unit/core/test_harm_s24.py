"""Session 24 harm fixes, in en/es/fr/de/it/pt where the cause is language-general:

* thinking of ending it, no sense seen in anything at all, no point "still being here" (core/harm_hints.py):
  self-harm, severe;
* frauds told as events (core/harm_fraud_told.py): a SIM or a port on the writer's number they never
  asked for, an account or a loan opened in their name, a romance scam paid, a transfer out they never
  authorised; an item paid for whose seller vanished with the ad (core/harm_scams_told.py);
* alcohol handed over with no ID asked to someone who says they are under 18 (core/harm_underage.py);
* a customer holding a rider back by the wrist, a rider texting a customer many times and standing
  outside her building again (core/harm_pursued.py).

Each with controls: the same words in everyday use, the writer's own acts, a grumble at the brand.
"""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _read(text: str, lang: str | None = None) -> tuple[str, str | None, str | None]:
    norm = normalise(text)
    guess = detect_language(norm)
    record, signal = read_mention(norm, guess, lang or guess.code, brand_known=True)
    return record.intent, signal.kind, signal.severity


def _kind(text: str, lang: str | None = None) -> tuple[str | None, str | None]:
    return _read(text, lang)[1:]


# -- self-harm ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@ParceloHelp me habéis desactivado la cuenta de repartidor sin explicación. tengo una hija y sin "
            "esto no pago el alquiler. sinceramente ya no quiero seguir, no le veo sentido a nada",
            "es",
        ),
        (
            "@Brightbank hab alles verzockt. Konto leer, Dispo voll. Ehrlich gesagt denk ich grad echt dran "
            "einfach Schluss zu machen",
            "de",
        ),
        (
            "@BrightbankCare third overdraft letter this week and another £35 fee. I can't keep up and "
            "honestly I don't see the point in still being here",
            "en",
        ),
        ("@Brightbank je ne vois plus de sens à rien depuis la saisie", "fr"),
        ("@Brightbank ich sehe in nichts mehr einen Sinn seit die Pfändung kam", "de"),
        ("@Intesa non vedo più senso in niente da quando ho perso il lavoro", "it"),
        ("@Nubank não vejo sentido em nada desde que perdi o emprego", "pt"),
        ("@Brightbank mit allem Schluss machen, das ist alles woran ich denke", "de"),
    ],
)
def test_despair_without_a_self_harm_word_is_severe_self_harm(text: str, lang: str) -> None:
    assert _kind(text, lang) == ("self_harm", "severe")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@Movistar no le veo sentido a nada de lo que hacéis con la tarifa", "es"),
        ("@Orange je ne vois pas de sens à rien de ce que vous proposez", "fr"),
        ("@Nubank não vejo sentido em nada do que vocês cobram", "pt"),
        ("@Brightbank thinking about ending my contract with you lot", "en"),
    ],
)
def test_no_sense_in_the_brand_is_no_self_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] != "self_harm"


# -- frauds told as events ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@NimbusHelp seit heute früh 'Keine SIM', und jetzt kommen Mails von meiner Bank über neue "
            "Geräte-Anmeldungen. Jemand hat in einem Shop eine Ersatz-SIM auf meine Nummer geholt!!",
            "de",
        ),
        ("@NimbusMobile someone got a replacement SIM on my number in a shop, bank emails about new devices", "en"),
        (
            "@NimbusMobile me habéis hecho una portabilidad que NO he pedido y me he quedado sin línea desde ayer",
            "es",
        ),
        ("@Free on m'a fait une portabilité que je n'ai jamais demandée, plus de ligne", "fr"),
        ("@TIM mi avete fatto una portabilità che non ho mai chiesto, sono senza linea", "it"),
        ("@Vivo fizeram uma portabilidade que eu não pedi, estou sem linha", "pt"),
        (
            "Someone has opened a current account AND a £3,200 loan in my name. Found out from a debt "
            "collector's letter this morning. #brightbank",
            "en",
        ),
        ("@BBVA alguien ha abierto un préstamo a mi nombre, me llegó una carta de cobro", "es"),
        ("@BNP quelqu'un a ouvert un crédit à mon nom, je n'ai jamais rien signé", "fr"),
        ("@Sparkasse jemand hat auf meinen Namen einen Kredit abgeschlossen", "de"),
        ("@Intesa qualcuno ha aperto un conto a mio nome, non sono mai stato cliente", "it"),
        ("@Nubank abriram um cartão no meu nome sem eu saber", "pt"),
        (
            "@Brightbank my dad is 79 and has been sending money to a 'girlfriend' he met on Facebook who is "
            "apparently stuck in Ghana and needs customs fees. It's £22k out of his account in 5 weeks",
            "en",
        ),
        (
            "@Brightbank conheci um homem no Instagram, disse que era militar americano. mandei 4 "
            "transferências pra ele pagar a 'liberação' das férias dele, quase 9 mil",
            "pt",
        ),
        ("@BBVA mi madre conoció a un hombre por Facebook, le ha mandado 6.000€ para pagar la aduana", "es"),
        ("@BNP ma mère a rencontré un homme sur Facebook, elle lui a viré 5000€ pour des frais de douane", "fr"),
        (
            "@Sparkasse mein Vater hat auf Facebook eine Frau kennengelernt und ihr schon 8.000€ überwiesen, "
            "sie steckt angeblich im Zoll fest",
            "de",
        ),
        ("@Intesa mio padre ha conosciuto una donna su Facebook, le ha mandato 7.000€ per le spese di dogana", "it"),
        (
            "@Brightbank Von meinem Konto wurden heute Nacht 4.800€ per Echtzeitüberweisung an ein litauisches "
            "Konto geschickt. Ich hab nichts freigegeben.",
            "de",
        ),
        ("@Brightbank £900 was sent from my account to an account I don't know. I didn't authorise this", "en"),
        ("@BBVA desde mi cuenta se han hecho 3 transferencias de 900€ a Lituania, no he autorizado nada", "es"),
        ("@BNP depuis mon compte 2 virements de 800€ vers un compte inconnu, je n'ai rien autorisé", "fr"),
        ("@Intesa dal mio conto sono stati bonificati 3.000€ a un conto estero, non ho autorizzato nulla", "it"),
        ("@Nubank da minha conta foram transferidos 2 mil reais por pix, não autorizei nada", "pt"),
        (
            "Paid £2,750 by bank transfer for a Golf off Marketplace on Saturday. 'Seller' has vanished, ad "
            "deleted, number dead. Rang @Brightbank and got told it's a civil matter. It's FRAUD.",
            "en",
        ),
    ],
)
def test_fraud_told_as_events_is_severe_fraud(text: str, lang: str) -> None:
    assert _kind(text, lang) == ("fraud", "severe")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@Brightbank I opened a savings account in my name yesterday, how long until the card arrives?", "en"),
        ("@NimbusMobile I requested a port of my number last week, when does it go through?", "en"),
        ("@Brightbank I met my husband on Tinder 10 years ago and we just paid off the mortgage, thanks!", "en"),
        ("@NimbusHelp ich will meine Rufnummernmitnahme beantragen, wie geht das?", "de"),
        ("@Movistar he pedido la portabilidad a otra compañía y aún no me la hacen", "es"),
        ("@Brightbank I sent £200 from my account to my sister, it arrived in seconds, great app", "en"),
    ],
)
def test_own_accounts_ports_and_payments_are_no_fraud(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] is None


# -- alcohol to a minor, a rider held or pursued -----------------------------------------------------


def test_alcohol_with_no_id_to_teens_who_say_their_age_is_harm() -> None:
    text = (
        "lmaooo the @ParceloEats guy didn't even ask for ID 😭😭 me n my friends are 15 and we got 2 bottles "
        "of rosé and a vodka, best sleepover everrr #parcelo"
    )
    assert _kind(text, "en")[0] is not None
    assert _kind("@Glovo el repartidor nos trajo vodka sin pedir el DNI y tenemos 15 años jaja", "es")[0] is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@ParceloEats we are 15 minutes away and the vodka order still not here, no id check lol", "en"),
        ("@Glovo el repartidor no pidió el DNI y somos 15 en la fiesta, trajo 3 cervezas", "es"),
    ],
)
def test_no_id_check_without_a_minor_is_no_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@ParceloHelp ce soir un client m'a attrapée par le poignet dans son hall et voulait pas me lâcher "
            "tant que je lui donnais pas mon num. j'ai réussi à partir mais je tremble encore.",
            "fr",
        ),
        (
            "@ParceloHelp the rider from my order last night has now texted me 9 times from his personal number "
            "and just now he was standing outside my building again. I live alone.",
            "en",
        ),
        (
            "@ParceloHelp a customer grabbed my arm at the door and wouldnt let me go until I gave him my "
            "number, still shaking",
            "en",
        ),
        ("@Lieferando ein Kunde hat mich am Handgelenk gepackt und ließ mich nicht gehen, ich zittere noch", "de"),
        ("@Glovo un cliente me agarró del brazo y no me dejaba ir hasta darle mi número, estoy temblando", "es"),
    ],
)
def test_a_person_held_or_pursued_after_the_job_is_severe(text: str, lang: str) -> None:
    assert _kind(text, lang) == ("physical_safety", "severe")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@ParceloEats the driver was waiting outside my building for 10 min because the app said wrong "
            "address, I live alone so I had to go down",
            "en",
        ),
        ("@ParceloEats customer here, the rider texted me 3 times to find the door, lovely guy", "en"),
    ],
)
def test_a_rider_waiting_or_texting_to_deliver_is_no_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] is None
