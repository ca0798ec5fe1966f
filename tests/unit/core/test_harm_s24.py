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


# -- part 2: praise read as harm, tampering, care alarms, allergens, control by a partner ------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "this @ParceloEats smash burger from Patty Lab literally killed me 💀💀 writing this from the "
            "afterlife. 10/10 would die again",
            "en",
        ),
        ("@Glovo esta hamburguesa me mató 💀 10/10", "es"),
        ("@UberEats ce burger m'a tué, trop bon", "fr"),
        (
            "Genuinely emotional. @SkyLarkAir special assistance team in Lisbon had my chair at the aircraft door, "
            "undamaged, before anyone else had even stood up. First time in 11 years of flying.",
            "en",
        ),
        ("@SkyLark der Rollstuhl kam unbeschädigt an, danke an das Team", "de"),
    ],
)
def test_praise_with_harm_words_is_no_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@ParceloEats this burger literally killed me, I was sick all night 💀", "en"),
        ("@SkyLark my wheelchair came back undamaged but my son's walker was broken", "en"),
    ],
)
def test_a_body_hurt_or_an_aid_broken_beside_the_praise_words_stays_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@ParceloEats bag seal ripped open, 2 nuggets gone and the milkshake lid was off with the straw "
            "already USED. this is tampering, not a 'missing item' 🤢",
            "en",
        ),
        ("@Glovo el precinto de la bolsa estaba roto y me faltan 3 nuggets, la pajita ya usada", "es"),
        ("@Lieferando Siegel der Tüte aufgerissen und der Burger angebissen!!", "de"),
    ],
)
def test_food_tampered_with_is_a_health_risk(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] == "health"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@Amazon the seal on my parcel was torn but everything is there", "en"),
        ("@ParceloEats bag seal was broken, probably just the rider rushing, food fine", "en"),
    ],
)
def test_a_torn_seal_alone_is_no_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] is None


def test_a_care_alarm_on_a_dead_landline_is_severe() -> None:
    text = (
        "@NimbusHelp Festnetz seit gestern tot, und damit auch der Hausnotruf meiner 89-jährigen Oma. Sie lebt "
        "allein. Und der Techniker-Termin ist erst Donnerstag?!"
    )
    assert _kind(text, "de")[1] == "severe"
    assert _kind("@Telekom Festnetz seit 3 Tagen tot, Homeoffice unmöglich", "de")[0] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@ParceloHelp 'ohne Sesam' bestellt. Brötchen voller Sesam. Mein Sohn (5) hat nach zwei Bissen "
            "Ausschlag im Gesicht bekommen, wir sind in der Kinderklinik.",
            "de",
        ),
        ("@Glovo pedí sin sésamo y el pan venía lleno, a mi hija le salieron ronchas en la cara", "es"),
        ("@Deliveroo panino pieno di sesamo anche se avevo scritto senza, mia figlia ha le labbra gonfie", "it"),
    ],
)
def test_a_reaction_after_sesame_is_health_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] == "health"


def test_sesame_praised_is_no_harm() -> None:
    assert _kind("@Lieferando Sesambrötchen waren lecker, danke!", "de")[0] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@SkyLarkHelp Mein Vater (84, dement) sollte vom Assistenzdienst am Flugzeug abgeholt werden. Niemand "
            "kam, er irrt allein durchs Terminal und geht nicht ans Handy.",
            "de",
        ),
        (
            "Super gmacht @SkyLarkHelp 👏 Min Rollstuhl isch z Kloten mit abbrochner Fuessstütze und verbogenem "
            "Rad usecho. Jetzt hock ich im Terminal und chan nöd hei. Merci för nüt.",
            "de",
        ),
    ],
)
def test_a_vulnerable_person_stranded_is_harm(text: str, lang: str) -> None:
    assert _kind(text, lang)[0] == "vulnerable_person"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "@Brightbank mon conjoint a tous les codes de notre compte joint, il vérifie chaque dépense. J'ai peur "
            "de sa réaction. Est-ce que je peux ouvrir un compte à mon nom sans qu'il reçoive de courrier ?",
            "fr",
        ),
        (
            "@BrightbankCare Ich habe mich von meinem gewalttätigen Ex getrennt. Über das gemeinsame Konto sieht er "
            "immer noch, wo ich einkaufe und in welcher Stadt ich jetzt wohne. Wie kann ich das stoppen?",
            "de",
        ),
        (
            "@Brightbank my husband checks every purchase on our joint account and I am scared of what he will do",
            "en",
        ),
        ("@BBVA mi marido revisa cada gasto de la cuenta conjunta y tengo miedo de su reacción", "es"),
        ("@Sparkasse mein Mann kontrolliert jede Ausgabe und ich habe Angst vor seiner Reaktion", "de"),
    ],
)
def test_a_partner_who_controls_or_follows_through_the_account_is_severe(text: str, lang: str) -> None:
    assert _kind(text, lang) == ("physical_safety", "severe")


def test_checking_spending_together_is_no_harm() -> None:
    text = "@Brightbank my husband checks every purchase on our joint account, is there a budgeting tool we can share?"
    assert _kind(text, "en")[0] is None
