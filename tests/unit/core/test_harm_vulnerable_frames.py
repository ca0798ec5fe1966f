"""Harm concept families added from holdouts 5-25's misses and false alarms, each with its
negative twin: bereavement, romance scams, someone who says they are the bank, SIM changes,
food poisoning and fainting, reduced mobility, heart monitoring, stolen logins, French elisions
in the phrase tables; and the frames that are no harm: praise of fast fraud handling, durations
that are not ages, data-protection requests."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> tuple[str | None, str | None]:
    sig = detect_harm(normalise(text), lang)
    return sig.kind, sig.severity


HARM = [
    # Self-harm: French elides "en" after d'/j'/n' ("envie d'en finir", "j'en peux plus").
    ("fr", "@BanqueX trois rejets de prélèvement encore, je n'en peux plus, j'ai envie d'en finir", "self_harm"),
    ("en", "@BankX card frozen again, bills everywhere. maybe everyone's better off if I just ended it", "self_harm"),
    # Bereavement: a customer chased for a dead partner's or parent's account.
    ("en", "@BankX my father passed away in May and you keep sending him late payment letters", "vulnerable_person"),
    ("de", "@BankX meine Frau ist verstorben und ihr schickt weiter Mahnungen an sie", "vulnerable_person"),
    ("es", "@BancoX mi marido falleció hace un mes y seguís cobrando comisiones en su cuenta", "vulnerable_person"),
    ("fr", "@BanqueX j'ai envoyé l'acte de décès de ma mère trois fois, vous lui écrivez encore", "vulnerable_person"),
    ("it", "@BancaX sono vedova da due mesi e continuate a mandare solleciti a mio marito", "vulnerable_person"),
    ("pt", "@BancoX enviei a certidão de óbito do meu pai e continuam a cobrar-lhe juros", "vulnerable_person"),
    # Romance scam: an elderly relative sending money to someone never met.
    ("en", "@BankX my grandma keeps wiring money to a man online she has never met, 8k so far", "fraud"),
    ("it", "@BancaX mia nonna manda soldi da mesi a un uomo che non ha mai incontrato", "fraud"),
    # Someone who says they are the bank asks for a code.
    ("it", "@BancaX un tizio al telefono dice di essere della banca e vuole il codice del messaggio", "fraud"),
    ("es", "@BancoX me llama uno que dice ser del banco y me pide la clave que me llegó por SMS", "fraud"),
    # SIM changed by someone else.
    ("it", "@OperatoreX qualcuno ha fatto un cambio SIM sul mio numero e ora non ho più linea", "fraud"),
    # Stolen logins, the "new payee" text, impersonation.
    ("en", "@TelcoX your fake support account is sending people a link that steals logins", "fraud"),
    # Reduced mobility and booked assistance.
    ("en", "@AirlineX booked special assistance for my mum, nobody came and she was left alone at the gate", None),
    # A heart monitor that transmits over the network, offline.
    ("fr", "@OperateurX l'appareil de surveillance cardiaque de mon père n'a plus de réseau depuis hier", None),
]


@pytest.mark.parametrize(("lang", "text", "kind"), HARM)
def test_harm_family_is_harm(lang: str, text: str, kind: str | None) -> None:
    got, _ = harm(text, lang)
    assert got is not None, text
    if kind is not None:
        assert got == kind, text


NOT_HARM = [
    # "I'm deceased" is laughing; a thank-you for a bereavement handled with care.
    ("en", "these wings from @FoodX are unreal 😭🔥 i'm deceased"),
    ("en", "@BankX thank you for closing my late father's account with such kindness after he passed away"),
    # Durations: a customer for years, not a child of 8.
    ("it", "@OperatoreX 6 linee business da 8 anni e la fibra cade ogni giorno, sistemate entro venerdì"),
    ("es", "@TelcoX cliente desde hace 9 años y la fibra se cae cada noche"),
    # Praise of fast fraud handling, with or without a word of thanks.
    ("de", "Großes Lob an @BankX: Betrugsversuch sofort erkannt und Karte gesperrt 👏"),
    ("es", "@BancoX me devolvió en 24h el dinero de una estafa. Así sí 👏💚"),
    ("en", "ngl @BankX fraud team blocked a dodgy payment in seconds. sick service 🔥"),
    # A data-protection request is a right exercised, not data on show.
    ("en", "@ShopX under GDPR I want all my data erased, please confirm in writing"),
    ("de", "@TelcoX gemäß Art. 15 DSGVO verlange ich Auskunft über meine gespeicherten Daten"),
    # "said he was" without a credential or money; SIM change the customer made.
    ("en", "@TelcoX the engineer said he was from the network team and fixed the router, great"),
    ("it", "@OperatoreX ho fatto il cambio SIM in negozio, tutto ok"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_negative_twins_are_not_harm(lang: str, text: str) -> None:
    assert harm(text, lang) == (None, None), text


SEVERE = [
    ("it", "@AerolineaX fermi sulla pista da 3 ore, una signora incinta è svenuta e nessuno ci dà acqua"),
    ("en", "whole family ill after the @FoodX order, kids vomiting all night #foodpoisoning"),
    ("es", "@RestauranteX intoxicación alimentaria después de vuestra paella, mi hijo vomitando toda la noche"),
]


@pytest.mark.parametrize(("lang", "text"), SEVERE)
def test_fainting_and_food_poisoning_are_severe(lang: str, text: str) -> None:
    kind, severity = harm(text, lang)
    assert kind is not None and severity == "severe", text


def test_someone_elses_order_history_is_data_but_their_order_is_a_wrong_delivery() -> None:
    exposed = "@FoodX your app showed me someone else's order history with their home address and phone number"
    assert harm(exposed, "en")[0] == "data_exposure"
    wrong = "@FoodX what arrived was someone else's order, cold as well"
    assert harm(wrong, "en") == (None, None)
