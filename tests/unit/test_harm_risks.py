"""Safety risks told without a harm word (core.harm_risks), in six languages: an ex-partner who
tracks the customer's location, a message that asked for a PIN or a password, a SIM taken over,
critical medication taken away, a grandchild or a bracketed age; and the everyday texts that share
their words and must stay no-harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm, harm_tokens
from mentionflow.core.harm_risks import written_ages
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@TelcoUK my ex-husband still pays the bill and always knows where I am, can he see my location?"),
        ("en", "@TelcoUK I'm scared, my abusive ex is tracking my phone and we still share a plan"),
        ("es", "@TelcoES mi ex sigue de titular de la línea y aparece donde quiera que voy, ¿ve mi ubicación?"),
        ("fr", "@TelcoFR mon ex est titulaire du forfait et il sait toujours où je suis, il voit ma localisation"),
        ("de", "@TelcoDE mein Ex ist noch Vertragsinhaber und kennt immer meinen Standort. Wie komme ich raus?"),
        ("it", "@TelcoIT il mio ex è ancora intestatario del piano e si presenta ovunque io vada"),
        ("pt", "@TelcoPT o meu ex ainda é o titular do plano e acho que vê a minha localização"),
    ],
)
def test_an_ex_partner_who_sees_where_the_customer_is_is_a_safety_risk(lang: str, text: str) -> None:
    assert _kind(text, lang) == "physical_safety"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@TelcoUK how do I share my location with my kids on the family plan?"),
        ("en", "@TelcoUK my ex recommended you and honestly the tracking on my parcel is great"),
        ("en", "@TelcoUK following my ex's advice I moved my number to you, best decision"),
        ("es", "@TelcoES la ubicación de la app está mal, me pone en otra ciudad"),
        ("es", "@TelcoES mi ex me sigue escribiendo al whatsapp, qué pesado jaja"),
        ("de", "@TelcoDE mein Ex-Kollege meinte, euer Netz ist super"),
    ],
)
def test_locations_and_exes_in_everyday_texts_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Bank got a text from 'you' asking me to reply with my PIN, my dad answered it and £400 is gone"),
        ("en", "@Telco an account called @TelcoHeIp messaged me asking for my password to sort a refund, is it you?"),
        ("es", "@Banco a mi madre le llegó un SMS del banco pidiendo el PIN y se lo mandó"),
        ("es", "@Telco una cuenta @TelcoSoporte me escribió por DM pidiendo mi contraseña, ¿sois vosotros?"),
        ("fr", "@Banque ma grand-mère a reçu un SMS de la banque demandant son code, elle a répondu"),
        ("de", "@Bank meine Mutter hat eine SMS bekommen, die nach ihrer PIN fragt, und hat geantwortet"),
        ("it", "@Banca mia nonna ha ricevuto un SMS che chiedeva il PIN e ha risposto"),
        ("pt", "@Banco o meu pai recebeu uma mensagem a pedir a senha do banco e respondeu"),
    ],
)
def test_a_message_that_asked_for_a_pin_or_password_is_fraud(lang: str, text: str) -> None:
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Bank got an SMS with the PIN for my new card, thanks, all working"),
        ("en", "@Bank do you ever send texts asking for a PIN?"),
        ("es", "@Banco recibí un mensaje con mi código de activación, todo bien"),
        ("en", "@Bank the scam here is your 5 quid monthly fee"),
    ],
)
def test_messages_that_ask_for_nothing_secret_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Telco my SIM suddenly stopped working and I got emails that my bank password was reset"),
        ("es", "@Telco creo que me duplicaron la SIM, no tengo línea desde esta mañana"),
        ("fr", "@Telco ils ont dupliqué ma SIM, mon mot de passe bancaire a été changé"),
        ("de", "@Telco jemand hat meine SIM dupliziert, kein Netz mehr und mein Onlinebanking Passwort wurde geändert"),
        ("it", "@Telco mi hanno clonato la SIM, il telefono è senza linea"),
        ("pt", "@Telco clonaram o meu chip! estou sem sinal e trocaram a senha do banco"),
    ],
)
def test_a_sim_taken_over_is_severe_fraud(lang: str, text: str) -> None:
    signal = detect_harm(normalise(text), lang, brand_known=True)
    assert (signal.kind, signal.severity) == ("fraud", "severe")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "@Telco quiero cambiar mi SIM por una eSIM, ¿cuánto cuesta?"),
        ("en", "@Telco I changed my SIM and now my banking app asks me to re-verify my password, annoying"),
        ("it", "@Telco ho duplicato la SIM per il tablet, funziona benissimo"),
    ],
)
def test_sim_changes_by_the_customer_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Airline security confiscated my insulin at the gate and I'm diabetic, flying 9 hours"),
        ("es", "@Aerolinea en el control me quitaron la insulina y el vuelo es de 8 horas"),
        ("fr", "@Airline on m'a confisqué mon stylo d'adrénaline à l'embarquement, je suis allergique"),
        ("de", "@Airline mir wurde am Gate die Insulinpumpe abgenommen, ich bin Diabetiker"),
        ("it", "@Airline al gate mi hanno tolto l'insulina, il volo dura 6 ore"),
        ("pt", "@Airline no embarque tiraram-me a insulina e sou diabético"),
    ],
)
def test_critical_medication_taken_away_is_a_health_risk(lang: str, text: str) -> None:
    assert _kind(text, lang) == "health"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Shop my insulin pump arrived, thanks!"),
        ("en", "@Airline I took my insulin before boarding, crew were lovely"),
        ("en", "@Airline can I take my inhaler in hand luggage?"),
        ("de", "@Airline ich habe 5 Kilo abgenommen, aber der Sitz ist immer noch eng"),
        ("de", "@Shop die Insulin-Kühltasche ist angekommen, super Qualität"),
    ],
)
def test_medication_in_everyday_texts_is_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


def test_a_grandchild_alone_is_a_child_alone() -> None:
    signal = detect_harm(
        normalise("@Airline my grandson (7) is flying alone and missed his connection, nobody from staff is with him"),
        "en",
        brand_known=True,
    )
    assert (signal.kind, signal.severity) == ("vulnerable_person", "severe")


def test_a_bracketed_age_after_a_person_is_read_as_an_age() -> None:
    assert written_ages(("my", "son", "8", "is"), "my son (8) is") == ("my", "son", "8yo", "is")
    assert written_ages(("gate", "8", "closed"), "gate (8) closed") == ("gate", "8", "closed")
    assert "84yo" in harm_tokens(normalise("@Telco meine Mutter (84) hat seit Tagen kein Notruf-Signal"), "de")


@pytest.mark.parametrize(
    "text",
    [
        "@Telco how does a SIM swap work if I move to eSIM?",
        "@Telco can I do a SIM swap to a smaller SIM myself?",
        "@Telco how much is a sim swap? my new phone needs a nano sim",
    ],
)
def test_a_sim_swap_asked_about_as_a_product_is_no_harm(text: str) -> None:
    assert _kind(text, "en") is None


@pytest.mark.parametrize(
    "text",
    [
        "@Telco someone did a SIM swap on my number and my bank account was emptied, how can this happen?",
        "@Telco I think I was a victim of a SIM swap, no signal and codes going to someone else",
    ],
)
def test_a_sim_swap_done_by_someone_else_stays_fraud(text: str) -> None:
    assert _kind(text, "en") == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Telco is @Telco_Care_Team legit? they DM'd me saying I need to pay a £2 fee through a link"),
        ("es", "@Telco ¿@Telco_Soporte es oficial? me escribió por privado pidiendo pagar 3€ para el reembolso"),
        ("fr", "@Telco @Telco_Aide c'est vous ? ils m'ont écrit en MP pour me demander ma carte"),
    ],
)
def test_a_look_alike_account_that_asked_for_something_is_fraud(lang: str, text: str) -> None:
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "@Telco is @TelcoHelp really you? you replied so fast, amazing",
        "@Telco @TelcoHelp replied to my DM really quickly, thanks",
    ],
)
def test_asking_whether_the_real_help_account_is_real_is_no_harm(text: str) -> None:
    assert _kind(text, "en") is None


def test_an_abusive_ex_with_access_to_the_account_is_a_safety_risk() -> None:
    text = "@Telco mi expareja me maltrataba y todavía tiene acceso a mi cuenta, ve todas mis llamadas"
    assert _kind(text, "es") == "physical_safety"
    assert _kind("@Telco my ex still has access to my Netflix through your bundle lol", "en") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "@Telco duplicaram o meu cartão SIM e estão a receber os meus códigos do banco"),
        ("de", "@Telco plötzlich keinen Empfang und ich bekomme Mails, dass mein Banking-Passwort geändert wurde"),
    ],
)
def test_a_sim_copied_or_a_dead_line_with_a_changed_bank_password_is_fraud(lang: str, text: str) -> None:
    assert _kind(text, lang) == "fraud"


def test_a_bank_password_the_customer_changed_is_no_sim_swap() -> None:
    text = "@Telco no signal at home all week and I had to reset my banking password because your codes never come"
    assert _kind(text, "en") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Telco since the outage my daughter's CGM can't send alerts to my phone at night, she's type 1"),
        ("de", "@Telco seit dem Ausfall sendet das Blutzuckermessgerät meiner Tochter keine Alarme mehr"),
    ],
)
def test_a_glucose_monitor_cut_off_by_an_outage_is_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None
