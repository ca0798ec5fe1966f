"""Harm and legal causes found on the arrival of blind sets 45/46 (session 19, second pass).

Each cause in the six languages, with texts that must not fire: a self-harm hint told without a
self-harm word (core/harm_hints.py); a medicine left in heat told as a reading ("29 degrees") and
followed by "need to know if it's still ok" (core/harm_exposure.py); somebody emptying the account
now (core/harm_emptying.py); another customer's bank mail delivered to the writer
(core/harm_misdirected.py); court action and a lawyer acting for a client (data/signals.yaml).
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_emptying import account_being_emptied
from mentionflow.core.harm_exposure import medicine_exposed
from mentionflow.core.harm_hints import despair_hinted
from mentionflow.core.harm_misdirected import others_mail_received
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


SELF_HARM_HINTS = [
    ("en", "@Bank card blocked again and the bills keep coming, I really don't see the point of anything anymore"),
    (
        "en",
        "@Bank lost the flat, lost the job, whats the point of it all any more. cant say how much longer i can go on",
    ),
    ("en", "@Bank no idea how much longer I can take this. I can't do this anymore, honestly"),
    ("es", "@Banco me habéis cerrado la cuenta y ya nada tiene sentido, de verdad"),
    ("es", "@Banco no puedo más. No sé cuánto más voy a aguantar así, sin casa y sin dinero"),
    ("fr", "@Banque compte bloqué depuis un mois, loyer impayé, plus rien n'a de sens pour moi"),
    ("fr", "@Banque je n'en peux plus, je sais pas combien de temps je vais tenir comme ça"),
    ("de", "@Bank Konto seit Wochen gesperrt, Miete offen, nichts hat mehr einen Sinn"),
    ("de", "@Bank ich kann nicht mehr. Weiß nicht wie lange ich das noch aushalte"),
    ("it", "@Banca conto bloccato, affitto scaduto, ormai niente ha più senso"),
    ("it", "@Banca non ce la faccio più, non so per quanto ancora resisto"),
    ("pt", "@Banco conta bloqueada há semanas, renda em atraso, nada mais faz sentido"),
    ("pt", "@Banco não aguento mais, não sei quanto tempo mais vou aguentar"),
]

NOT_SELF_HARM_HINTS = [
    ("en", "@Bank I don't see the point of any of these fees"),
    ("en", "@Bank I can't do this anymore, 40 minutes on hold, just cancel my card"),
    ("en", "@Bank nothing in your app makes sense, where is the statements tab?"),
    ("es", "@Banco no puedo más con vuestra app, se cuelga cada día"),
    ("fr", "@Banque je n'en peux plus de votre service client"),
    ("de", "@Bank ich kann nicht mehr warten, wann kommt meine Karte?"),
    ("it", "@Banca non ce la faccio più con questa attesa al telefono"),
    ("pt", "@Banco não aguento mais esta música de espera"),
]


@pytest.mark.parametrize(("lang", "text"), SELF_HARM_HINTS)
def test_self_harm_hint_is_severe_self_harm(lang: str, text: str) -> None:
    sig = harm(text, lang)
    assert (sig.kind, sig.severity) == ("self_harm", "severe"), text


@pytest.mark.parametrize(("lang", "text"), NOT_SELF_HARM_HINTS)
def test_exasperation_is_no_self_harm_hint(lang: str, text: str) -> None:
    # (The model's own despair cue may still read some of these; the hint adds nothing to them.)
    assert not despair_hinted(normalise(text).tokens), text


MEDICINE_IN_HEAT = [
    ("en", "@Shop courier left the pharmacy box on the step in 31 degrees for 4 hrs, my insulin is in it"),
    ("en", "@Shop insulin sat outside at 30°C all afternoon, not sure if it still works"),
    ("es", "@Tienda dejaron la insulina en la puerta a 35 grados toda la tarde"),
    ("fr", "@Boutique le livreur a laissé mon insuline devant la porte par 33 degrés pendant 3 heures"),
    ("de", "@Shop das Insulin lag stundenlang bei 32 Grad vor der Tür, wer weiß ob es noch wirkt"),
    ("it", "@Negozio hanno lasciato il vaccino fuori dalla porta a 34 gradi per ore"),
    ("pt", "@Loja deixaram a insulina na porta com 36 graus durante horas, preciso saber se ainda serve"),
]

NOT_MEDICINE_IN_HEAT = [
    ("en", "@Shop if insulin is left outside in 30 degrees for hours, does it spoil?"),
    ("en", "@Shop left my insulin cool bag at 4 degrees in the fridge, all good thanks"),
    ("es", "@Tienda la insulina llegó bien, 20 grados en casa, gracias"),
    ("de", "@Shop wenn das Insulin bei 30 Grad draußen liegt, ist es dann noch gut?"),
]


@pytest.mark.parametrize(("lang", "text"), MEDICINE_IN_HEAT)
def test_medicine_left_in_heat_told_as_degrees(lang: str, text: str) -> None:
    assert medicine_exposed(normalise(text).tokens), text


@pytest.mark.parametrize(("lang", "text"), NOT_MEDICINE_IN_HEAT)
def test_no_medicine_in_heat(lang: str, text: str) -> None:
    assert not medicine_exposed(normalise(text).tokens), text


def test_casual_insulin_in_heat_is_health_harm() -> None:
    text = (
        "haha great @Shop my prescription bag sat on the porch in 30 degrees for 2 hrs, insulin inside. "
        "need to know if its ok"
    )
    assert harm(text, "en").kind == "health"


ACCOUNT_EMPTIED = [
    ("en", "@Bank someone is draining my account right now, 5 transfers in a few minutes"),
    ("en", "@Bank help somebody has just emptied my savings account"),
    ("es", "@Banco alguien me está vaciando la cuenta ahora mismo, ayuda"),
    ("fr", "@Banque quelqu'un vide mon compte depuis ce matin, 8 prélèvements"),
    ("de", "@Bank jemand räumt gerade mein Konto leer, bitte sofort sperren"),
    ("it", "@Banca qualcuno mi sta svuotando il conto in questo momento"),
    ("pt", "@Banco alguém está esvaziando a minha conta agora mesmo"),
]

NOT_ACCOUNT_EMPTIED = [
    ("en", "@Bank your fees are draining my account every month"),
    ("en", "@Bank I'm emptying my account and moving to another bank"),
    ("es", "@Banco cómo puedo vaciar la cesta de la app?"),
    ("fr", "@Banque quelqu'un sait comment vider le cache de l'appli ?"),
    ("de", "@Bank jemand eine Idee, wie ich mein Postfach in der App leere?"),
    ("it", "@Banca qualcuno sa come svuotare la cache dell'app?"),
    ("pt", "@Banco vou esvaziar a minha conta e mudar de banco"),
]


@pytest.mark.parametrize(("lang", "text"), ACCOUNT_EMPTIED)
def test_account_being_emptied_is_fraud(lang: str, text: str) -> None:
    assert account_being_emptied(normalise(text).tokens), text
    assert harm(text, lang).kind == "fraud", text


@pytest.mark.parametrize(("lang", "text"), NOT_ACCOUNT_EMPTIED)
def test_not_an_account_being_emptied(lang: str, text: str) -> None:
    assert not account_being_emptied(normalise(text).tokens), text


OTHERS_MAIL = [
    ("en", "@Bank for two months I've been getting someone else's bank statements at my address"),
    ("en", "@Bank I keep receiving letters for another customer with her account number and balance on them"),
    ("es", "@Banco desde marzo me llegan los extractos de otra clienta a mi casa"),
    ("fr", "@Banque je reçois le courrier d'une autre cliente avec son numéro de compte et son solde"),
    ("de", "@Bank ich bekomme seit Wochen die Kontoauszüge eines anderen Kunden"),
    ("it", "@Banca ricevo da settimane gli estratti conto di un altro cliente"),
    ("pt", "@Banco recebo em casa os extratos de outra pessoa há meses"),
]

NOT_OTHERS_MAIL = [
    ("en", "@Bank my statements still go to my old address, please update it"),
    ("en", "@Bank I received another customer's parcel by mistake"),
    ("es", "@Banco no recibo los extractos desde que me mudé"),
    ("fr", "@Banque je ne reçois plus mes relevés par courrier"),
    ("de", "@Bank ich bekomme keine Post mehr von euch"),
    ("it", "@Banca ricevo ancora la posta del vecchio inquilino, pubblicità varia"),
    ("pt", "@Banco recebi a fatura errada, o valor não é o meu"),
]


@pytest.mark.parametrize(("lang", "text"), OTHERS_MAIL)
def test_others_bank_mail_is_data_exposure(lang: str, text: str) -> None:
    assert others_mail_received(normalise(text).tokens), text
    assert harm(text, lang).kind == "data_exposure", text


@pytest.mark.parametrize(("lang", "text"), NOT_OTHERS_MAIL)
def test_own_or_plain_mail_is_no_exposure(lang: str, text: str) -> None:
    assert not others_mail_received(normalise(text).tokens), text


LEGAL = [
    ("en", "@Telco we will start court action if the exit fee is not waived"),
    ("en", "@Telco I write on behalf of my client regarding the disputed termination charge"),
    ("es", "@Telco si no devolvéis el importe iniciaremos acciones judiciales"),
    ("es", "@Telco en representación de mi cliente les requiero la anulación del cargo"),
    ("fr", "@Telco sans remboursement sous 8 jours, nous engagerons une action judiciaire"),
    ("de", "@Telco ohne Erstattung leiten wir gerichtliche Schritte ein"),
    ("it", "@Telco in assenza di rimborso procederemo con azioni giudiziarie"),
    ("pt", "@Telco sem reembolso avançaremos com ações judiciais"),
    ("pt", "@Telco em nome do meu cliente exijo o cancelamento da multa"),
]

NOT_LEGAL = [
    ("en", "@Telco my client meeting got cut off three times today, awful signal"),
    ("es", "@Telco mi cliente no puede llamarme, la línea va fatal"),
    ("fr", "@Telco je suis au téléphone avec un client et ça coupe"),
    ("it", "@Telco il mio cliente non riesce a chiamarmi"),
]


@pytest.mark.parametrize(("lang", "text"), LEGAL)
def test_court_action_and_acting_for_a_client_are_legal(lang: str, text: str) -> None:
    assert "legal" in detect_signals(normalise(text)), text


@pytest.mark.parametrize(("lang", "text"), NOT_LEGAL)
def test_a_client_alone_is_not_legal(lang: str, text: str) -> None:
    assert "legal" not in detect_signals(normalise(text)), text
