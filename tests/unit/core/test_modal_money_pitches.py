"""A sum with a link offered as what the reader CAN do ("puedes reclamar hasta 600€ aquí: link")
is the same pitch as the imperative ("reclama hasta 600€"), in every language, as "you can claim
up to £350" already was in English. A customer who asks ("¿puedo reclamar...?"), quotes the
brand's site and says it fails, or names no link, is no pitch (negative controls)."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.spam_pitch import money_offer_with_link
from mentionflow.core.text import normalise

MODAL_PITCHES = [
    "You can claim up to £420 for that late train, check here: bit.ly/rail420",
    "Puedes reclamar hasta 600€ por tu vuelo retrasado, entra aquí: bit.ly/v600x",
    "Podéis recuperar 250€ de vuestra factura en ahorra-ya.site",
    "Vous pouvez réclamer jusqu'à 600€ pour votre vol retardé : indemnisation-rapide.site",
    "Sie können bis zu 600€ für Ihren verspäteten Flug zurückfordern: flugrecht-schnell.site",
    "Du kannst 400€ Entschädigung bekommen, hier klicken: tinyurl.com/ent400",
    "Puoi richiedere fino a 600€ per il tuo volo in ritardo: rimborsi-facili.site",
    "Você pode receber até R$3000 pelo seu voo atrasado: cutt.ly/voo3k",
]
CUSTOMERS = [
    "¿Puedo reclamar 600€ por el retraso? vuestra web skylarkair.example/claims no dice nada",
    "Tu web dice que puedes reclamar hasta 600€ en skylarkair.example/claims pero el formulario da error",
    "Vous pouvez réclamer jusqu'à 600€ dit votre site skylarkair.example, mais le formulaire plante",
    "Laut eurer Seite kann man bis zu 600€ fordern, skylarkair.example/claims, aber das Formular geht nicht",
    "puoi richiedere fino a 600€ dice il sito skylarkair.example ma il modulo non funziona",
    "o site diz que você pode receber até 600€ em skylarkair.example mas o formulário dá erro",
]
NOT_OFFERS = [
    "puedes reclamar hasta 600€ en el mostrador del aeropuerto",  # no link
    "Puedes conseguir 10€ de descuento con el código HOLA en parcelo-ofertas.shop",  # money off: an advert
    "vous pouvez recevoir votre carte sous 5 jours, voir brightbank-aide.site",  # no sum
]


@pytest.mark.parametrize("text", MODAL_PITCHES)
def test_a_sum_the_reader_can_claim_with_a_link_is_a_pitch(text: str) -> None:
    n = normalise(text)
    assert money_offer_with_link(n)
    assert analyse(n, detect_language(n)).intent == "spam"


@pytest.mark.parametrize("text", CUSTOMERS)
def test_customers_asking_or_quoting_the_brands_claim_page_are_not_spam(text: str) -> None:
    n = normalise(text)
    assert not money_offer_with_link(n)
    assert analyse(n, detect_language(n)).intent != "spam"


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_no_link_no_sum_or_money_off_is_no_money_offer(text: str) -> None:
    assert not money_offer_with_link(normalise(text))
