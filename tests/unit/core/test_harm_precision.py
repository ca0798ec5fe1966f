"""Harm precision: words that name no harm in their sentence, and the real harm beside them."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.text import normalise


def harm(text: str, lang: str = "en") -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


# "sick and tired" is fed up; "sick and shaking" is ill. Only "tired" makes the idiom.
@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir the crew ignored my little girl when she was sick and shivering in row 30",
        "@ParceloEats my husband was sick and dizzy all night after your prawn curry",
    ],
)
def test_sick_and_a_symptom_is_illness(text: str) -> None:
    assert harm(text).kind is not None


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir honestly sick and tired of the delays on this route",
        "@NimbusMobile sick n tired of being on hold every month",
        "@SkyLarkAir two hours late because a pilot called in sick and nobody replaced him",
    ],
)
def test_fed_up_or_a_staff_absence_is_no_illness(text: str) -> None:
    assert harm(text).kind is None


# Medical words given as paperwork, a reason or an appointment, and a funeral as why someone
# travels (core/harm_reasons.py): nobody ill or in danger in the text.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyLarkAir travelling with my insulin pens next week, is a doctor's letter enough?"),
        ("en", "@SkyLarkAir I moved my flight for medical reasons and you still charged the change fee"),
        ("en", "@SkyLarkAir I need a bereavement fare, my grandmother passed and the funeral is on Friday"),
        ("es", "@SkyLarkAir cambié el vuelo por motivos médicos y aun así me cobrasteis"),
        ("es", "@SkyLarkAir necesito un billete para el entierro de mi abuelo, hay descuento?"),
        ("fr", "@SkyLarkAir j'ai annulé pour raisons médicales avec un certificat médical, toujours pas remboursé"),
        ("fr", "@SkyLarkAir un billet pour les obsèques de ma grand-mère, vous faites un tarif?"),
        ("de", "@SkyLarkAir Flug aus medizinischen Gründen storniert, Attest geschickt, kein Geld zurück"),
        ("de", "@SkyLarkAir brauche einen Flug zur Beerdigung meiner Oma, gibt es Rabatt?"),
        ("it", "@SkyLarkAir ho spostato il volo per motivi medici e mi avete fatto pagare lo stesso"),
        ("it", "@SkyLarkAir mi serve un volo per il funerale del nonno, fate uno sconto?"),
        ("pt", "@SkyLarkAir mudei o voo por motivos médicos e cobraram a taxa na mesma"),
        ("pt", "@SkyLarkAir preciso de um voo para o funeral da minha avó, há desconto?"),
    ],
)
def test_a_medical_reason_or_a_funeral_trip_is_no_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ParceloEats my dad ended up in hospital after your curry, the doctor said it was food poisoning"),
        ("en", "@VoltaRail the train never came and my mum missed her hospital appointment for chemo"),
        ("es", "@ParceloEats mi hijo acabó en el hospital por una reacción alérgica a vuestra hamburguesa"),
        ("de", "@ParceloEats mein Sohn musste nach eurem Essen ins Krankenhaus, allergische Reaktion"),
    ],
)
def test_medical_care_that_happened_keeps_the_alarm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is not None


# Fraud words said of the brand itself or of money wanted back (core/harm_figures.py
# `fraud_verdict`): a complaint about a service or a refund, not fraud harm.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NimbusMobile you scammed me out of £30 with that contract, disgusting"),
        ("en", "@SkyLarkAir still no refund after 3 months, absolute theft"),
        ("es", "@NimbusMobile me habéis estafado con la permanencia, quiero mi dinero"),
        ("fr", "@NimbusMobile vous m'avez arnaqué, je veux mon remboursement"),
        ("de", "@NimbusMobile ihr habt mich betrogen, ich will mein Geld zurück"),
        ("it", "@NimbusMobile mi avete truffato, rivoglio i miei soldi"),
    ],
)
def test_a_fraud_word_said_of_the_brand_or_a_refund_is_no_fraud(lang: str, text: str) -> None:
    h = harm(text, lang)
    assert h.kind is None and not h.price_verdict, h


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BrightbankCare my card was stolen and someone spent £300, fraud"),
        ("en", "@BrightbankCare I got scammed by someone pretending to be you, they took my money"),
        ("en", "@BrightbankCare card theft last night, they took all my money, I want it back"),
        ("es", "@BrightbankCare alguien me ha estafado haciéndose pasar por vosotros, quiero mi dinero"),
        ("fr", "@BrightbankCare quelqu'un a utilisé mon compte, c'est une arnaque, rendez-moi mon argent"),
    ],
)
def test_a_real_fraud_beside_money_keeps_the_alarm(lang: str, text: str) -> None:
    assert harm(text, lang).kind == "fraud"


def test_a_parcel_stolen_after_delivery_is_no_fraud() -> None:
    assert harm("@ParcelDirect tracking says delivered but it was stolen off the doorstep").kind is None


def _unbranded(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=False)


# The anonymised "@user" of public tweet sets names no brand: third-person news or chatter
# addressed only to it is no harm, as it is with no handle at all (harm_frames.unaddressed_chatter).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@user the striker picked up a knee injury in training, out for the derby"),
        ("es", "@user el delantero sufrió una lesión en la rodilla, baja para el derbi"),
        ("fr", "Incendie dans un entrepôt à Lyon cette nuit @user"),
        ("pt", "@user o filho do apresentador foi hospitalizado ontem #Domingo"),
    ],
)
def test_news_addressed_only_to_the_placeholder_handle_is_chatter(lang: str, text: str) -> None:
    assert _unbranded(text, lang).kind is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyLarkAir the striker on your flight hit his head on the overhead locker and is bleeding"),
        ("en", "@user my son got food poisoning from that takeaway, he is in hospital"),
    ],
)
def test_a_real_handle_or_the_writers_own_harm_keeps_the_alarm(lang: str, text: str) -> None:
    assert _unbranded(text, lang).kind is not None


# News tickers addressed to no one: headlines strung with "+++", a police press code, a newsflash.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "POL-HH: Fahrrad aus Keller gestohlen ++ Radfahrer bei Sturz verletzt ++ Zeugen gesucht"),
        ("de", "Eilmeldung: Brand in Lagerhalle im Hafen, Feuerwehr im Einsatz"),
        ("es", "Última hora: incendio en una nave industrial de Getafe, sin heridos graves"),
        ("fr", "+++ Incendie dans un entrepôt à Lyon +++ deux blessés légers +++"),
        ("it", "Ultim'ora: incendio in un capannone a Brescia, due feriti"),
        ("pt", "+++ Incêndio num armazém em Setúbal +++ dois feridos ligeiros +++"),
    ],
)
def test_a_news_ticker_is_chatter(lang: str, text: str) -> None:
    assert _unbranded(text, lang).kind is None


def test_a_ticker_addressed_to_a_brand_keeps_the_alarm() -> None:
    assert _unbranded("@VoltaRail +++ smoke pouring from the carriage at Leeds, we are stuck inside +++", "en").kind


def test_german_im_is_no_first_person() -> None:
    # "im" is "in the" in German: third-person news stays chatter.
    assert _unbranded("Feuer im Lagerhaus am Hafen, drei Arbeiter verletzt", "de").kind is None
    assert _unbranded("@VoltaBahn Feuer im Zug nach Hamburg, mein Vater ist verletzt", "de").kind is not None


# A personal anecdote linked to no brand (no handle, nothing of a service) is no harm; a
# first-person hint of self-harm counts without a brand.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my head hurts so much today, worst migraine ever"),
        ("es", "llevo todo el día con fiebre, qué asco estar enferma"),
        ("fr", "j'ai mal au dos depuis ce matin, trop de sport hier"),
        ("it", "mio nonno ha 92 anni e gioca ancora a carte tutti i giorni"),
        ("pt", "estou com gripe há três dias, que chatice"),
    ],
)
def test_a_personal_anecdote_with_no_brand_is_no_harm(lang: str, text: str) -> None:
    assert _unbranded(text, lang).kind is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "honestly i want to end it all, nothing matters anymore"),
        ("es", "ya no puedo más, quiero desaparecer"),
    ],
)
def test_a_first_person_hint_of_self_harm_counts_without_a_brand(lang: str, text: str) -> None:
    assert _unbranded(text, lang).kind == "self_harm"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BrightbankCare a woman rang saying she was from your fraud team and I gave her my savings"),
        ("fr", "@BrightbankCare un homme se disant de votre service fraude m'a fait virer mes économies"),
        ("es", "@BrightbankCare un estafador me llamó y me hizo mover mis ahorros a otra cuenta, fraude"),
    ],
)
def test_the_brands_fraud_desk_named_by_an_impostor_is_no_verdict(lang: str, text: str) -> None:
    assert harm(text, lang).kind == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "é a minha avó, tem 88 anos e está sem a cadeira de rodas há horas, ajudem por favor"),
        ("en", "it's my dad, he's diabetic and hasn't eaten since 6am, nobody from the airline will help, please"),
    ],
)
def test_a_plea_in_a_thread_reply_keeps_the_alarm(lang: str, text: str) -> None:
    # A reply carries no handle; a plea or the company named says the writer turns to the brand.
    assert _unbranded(text, lang).kind is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyLarkAir is your gate agent blind or what? are you blind? the queue was right there"),
        ("en", "@SkyLarkAir middle seat at the back, great if you get motion sick I guess"),
        ("es", "@SkyLarkAir ¿estás ciego? te lo he escrito tres veces"),
        ("fr", "@SkyLarkAir t'es aveugle ou quoi, c'est écrit dans le message"),
        ("de", "@SkyLarkAir bist du blind? steht doch in meiner Nachricht"),
        ("it", "@SkyLarkAir ma sei cieco? l'ho scritto tre volte"),
    ],
)
def test_blind_as_an_insult_and_travel_sickness_are_no_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyLarkAir my blind father was left at the gate with no assistance for three hours"),
        ("es", "@SkyLarkAir dejaron a mi padre ciego solo en la puerta de embarque sin asistencia"),
    ],
)
def test_a_blind_passenger_left_alone_keeps_the_alarm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is not None
