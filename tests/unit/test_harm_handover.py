"""Fraud causes found on the arrival of blind sets 47/48 (session 19, arrharm3).

Card numbers or a one-time code read out to a stranger who rang (core/harm_handover.py): a fraud
told without a fraud word, and a severe one. A secret given and money named as gone: a told
fraud whose loss has happened is severe. A cloned card in every verb form (core/harm_statements.py).
Each in six languages, with texts that must not fire.
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_handover import read_out_to_caller, severe_loss
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


READ_OUT = [
    ("en", "@Bank a polite lady phoned from your security team and I read her the numbers off my card. was that ok?"),
    ("en", "@Bank some guy rang saying my account was hacked, I told him the code from the text message"),
    ("en", "@Bank a man called from 'the bank' yesterday and I read out my card number and the 3 digits on the back"),
    ("es", "@Banco me llamó un señor del banco y le dicté el código que me llegó por SMS. ¿Hice mal?"),
    ("es", "@Banco una señora me llamó por teléfono y le leí los números de la tarjeta"),
    ("fr", "@Banque un homme m'a appelé de la banque et je lui ai dicté le code reçu par SMS"),
    ("fr", "@Banque une dame au téléphone, je lui ai lu le numéro de ma carte. c'était vous ?"),
    ("de", "@Bank ein Mann hat angerufen, angeblich von euch, und ich habe ihm die TAN durchgegeben"),
    ("de", "@Bank eine Frau rief an und ich habe ihr die Nummer meiner Karte vorgelesen. War das richtig?"),
    ("it", "@Banca mi ha chiamato un signore della banca e gli ho dettato il codice arrivato per SMS"),
    ("it", "@Banca una signora al telefono, le ho letto i numeri della carta. era la vostra?"),
    ("pt", "@Banco ligou um senhor do banco e eu ditei o código que chegou por SMS"),
    ("pt", "@Banco um homem telefonou e eu li-lhe os números do cartão. fiz mal?"),
]


@pytest.mark.parametrize(("lang", "text"), READ_OUT)
def test_code_read_out_to_a_stranger_is_severe_fraud(lang: str, text: str) -> None:
    assert read_out_to_caller(normalise(text).tokens), text
    sig = harm(text, lang)
    assert (sig.kind, sig.severity) == ("fraud", "severe"), text


NOT_READ_OUT = [
    # The customer's own call to the brand, a code read by the writer to themselves, a story read.
    ("en", "@Bank I called your helpline and read them my reference code, all sorted, thanks"),
    ("en", "@Bank I read the code on the back of the card but the app still says invalid"),
    ("en", "@Bank my son read me a story while I waited on the phone for an hour"),
    ("es", "@Banco leí el código de la tarjeta regalo y la web dice que no vale"),
    ("fr", "@Banque j'ai lu le code sur la carte cadeau, il ne marche pas"),
    ("de", "@Bank ich habe den Code auf der Rückseite gelesen, die App nimmt ihn nicht"),
    ("it", "@Banca ho letto il codice sulla carta regalo ma il sito dice che non è valido"),
    ("pt", "@Banco li o código do cartão presente e o site diz inválido"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_READ_OUT)
def test_no_stranger_no_read_out(lang: str, text: str) -> None:
    assert not read_out_to_caller(normalise(text).tokens), text


LOSS = [
    ("en", "@Bank a fake support account DMd me for my PIN and I sent it. now £420 gone"),
    ("es", "@Banco un perfil falso me pidió el PIN por DM y lo envié. me quitaron 700 € esta noche"),
    ("fr", "@Banque un faux compte m'a demandé mon code par DM, je l'ai envoyé, 600 € disparus"),
    ("de", "@Bank ein Fake-Account wollte per DM meine TAN, ich habe sie geschickt, jetzt 800 € weg"),
    ("it", "@Banca un profilo falso mi ha chiesto il PIN in DM, gliel'ho mandato e 500 € spariti"),
    ("pt", "@Banco um perfil falso pediu o PIN por DM, enviei e sumiram 300 €"),
]


@pytest.mark.parametrize(("lang", "text"), LOSS)
def test_money_named_as_gone(lang: str, text: str) -> None:
    assert severe_loss(normalise(text).tokens), text


NO_LOSS = [
    ("en", "@Bank the 20 minutes I spent on hold are gone forever lol"),
    ("en", "@Bank fees gone up again, no thanks"),
    ("es", "@Banco se fue la luz en la oficina, volvemos mañana"),
    ("fr", "@Banque le bug a disparu après la mise à jour"),
    ("de", "@Bank der Fehler ist weg, danke"),
    ("it", "@Banca il problema è sparito dopo l'aggiornamento"),
    ("pt", "@Banco o erro sumiu depois da atualização"),
]


@pytest.mark.parametrize(("lang", "text"), NO_LOSS)
def test_no_amount_no_loss(lang: str, text: str) -> None:
    assert not severe_loss(normalise(text).tokens), text


CLONED = [
    ("en", "@Bank someone cloned my card, 300 quid spent in Madrid overnight"),
    ("es", "@Banco alguien clonó mi tarjeta, 400 € en compras en Francia"),
    ("fr", "@Banque on a cloné ma carte, 250 € de paiements en Italie"),
    ("de", "@Bank meine Karte wurde geklont, 600 € in Spanien ausgegeben"),
    ("it", "@Banca mi hanno clonato la carta, 700 € spesi a Berlino"),
    ("it", "@Banca mi clonarono la carta l'anno scorso e ora di nuovo, 200 € spariti"),
    ("pt", "@Banco alguém clonou o meu cartão, 500 € em compras em Espanha"),
]


@pytest.mark.parametrize(("lang", "text"), CLONED)
def test_cloned_card_is_fraud(lang: str, text: str) -> None:
    assert harm(text, lang).kind == "fraud", text


NOT_CLONED = [
    ("pt", "@Banco clonou-se o repositório sem problemas, obrigado pela ajuda"),
    ("es", "@Banco clonó el disco duro mi hermano y ya va la app"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CLONED)
def test_clone_without_a_card_is_no_fraud(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None, text
