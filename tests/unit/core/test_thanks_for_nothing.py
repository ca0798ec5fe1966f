"""Sarcastic thanks is never praise: "thanks for nothing" in its everyday shapes and in every
supported language (core/thanks_nothing.py), and the Portuguese diminutive thanks for a charge
with its sum (core/irony_cues.py `charge_thanks`). Their sincere twins stay praise."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.core.thanks_nothing import thanks_for_nothing


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def low(text: str) -> str:
    return normalise(text).clean.lower()


IDIOM = [
    "Thanks @SkyLarkHelp for absolutely nothing, still no bag",
    "thanks a lot for nothing parcelo",
    "Thanks Nimbus Mobile for nothing",
    "cheers for nothing mate",
    "Gracias @BrightbankCare por nada de nada",
    "muchas gracias otra vez por nada",
    "Merci encore @ParceloEats pour rien du tout",
    "merci pour que dalle",
    "Danke auch für gar nix",
    "danke @NimbusHelp fürs nix",
    "Vielen Dank für überhaupt nichts!",
    "Grazie tante @ParceloEats per un bel niente",
    "grazie di niente davvero",
    "Obrigadinho @NimbusMobile por nada",
    "obrigada pela coisa nenhuma",
    "valeu por nada, hein",
]

NOT_IDIOM = [
    "thanks for nothing short of amazing service",  # a comparison
    "thanks for nothing but kind words today",  # an exception
    "Thanks for replacing my screen for nothing, legends",  # for free
    "Gracias! De nada",  # "you're welcome"
    "merci de rien",
    "Obrigado! Por nada",
    "gracias, no lo cambio por nada del mundo",  # "for anything"
    "Grazie mille, non mi sono pentito per niente",  # "at all"
    "merci, je ne changerais pour rien au monde",
    "thanks, nothing to worry about",
    "I got it for nothing, thanks",
]


@pytest.mark.parametrize("text", IDIOM)
def test_the_idiom_in_its_shapes(text: str) -> None:
    assert thanks_for_nothing(low(text))


@pytest.mark.parametrize("text", NOT_IDIOM)
def test_not_the_idiom(text: str) -> None:
    assert not thanks_for_nothing(low(text))


# Thanks for nothing beside a failure that names no failure word the keyword file knows: sarcasm.
SARCASTIC = [
    "Thanks @SkyLarkAir for absolutely nothing. Sat by the gate all afternoon.",
    "Gracias @NimbusMobile por nada. Me pedí el día libre y el técnico ni apareció. Gran servicio 👍",
    "Merci encore @NimbusMobile pour rien du tout. J'ai posé ma journée, personne n'est venu. Top 👍",
    "Danke @Brightbank für gar nix. Drei Mal angerufen, keiner ruft zurück. Klasse Service 👍",
    "Grazie @NimbusMobile per un bel niente. Giornata di ferie presa, il tecnico non si è visto. Ottimo 👍",
    "Obrigada @NimbusMobile por coisa nenhuma. Tirei o dia de folga e o técnico não veio. Ótimo serviço 👍",
]


@pytest.mark.parametrize("text", SARCASTIC)
def test_thanks_for_nothing_is_never_praise(text: str) -> None:
    a = run(text)
    assert "sarcasm" in a.cues
    assert a.intent == "complaint"


# The sincere twins: thanks for something done, "nothing" in another sense.
SINCERE = [
    "Thanks @SkyLarkAir, the crew were brilliant and nothing was too much trouble",
    "Gracias @NimbusMobile, el técnico llegó puntual, no lo cambio por nada del mundo",
    "Merci @ParceloEats, livraison parfaite, je ne changerais pour rien au monde",
    "Danke @NimbusMobile, der Techniker kam pünktlich und alles läuft super",
    "Grazie @ParceloEats, consegna perfetta, non mi sono pentito per niente",
    "Obrigado @NimbusMobile pela ajuda, o técnico foi impecável",
]


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_thanks_stays_praise(text: str) -> None:
    a = run(text)
    assert "sarcasm" not in a.cues
    assert a.intent == "praise"


# The Portuguese diminutive (and German "Dankeschön") thanks for a charge with its sum: as any
# thanks for a bill, sarcasm.
@pytest.mark.parametrize(
    "text",
    [
        "Obrigadinha @ParceloEats pela taxa de entrega de 7€ num pedido de 10 😌",
        "Obrigadinho @NimbusMobile pela fatura de 95€, costumo pagar 30. Que simpáticos",
        "Dankeschön @NimbusMobile für die Rechnung über 120 €, sonst zahle ich 40",
    ],
)
def test_diminutive_thanks_for_a_bill_is_irony(text: str) -> None:
    a = run(text)
    assert "irony" in a.cues
    assert a.intent != "praise"


# Thanks for a trip's cancellation, the noun ("pelo cancelamento", "pour l'annulation"), is thanks
# for a failure in every language, a heart-eyes emoji or not; a free or requested cancellation, or a
# subscription's, is thanked sincerely.
@pytest.mark.parametrize(
    "text",
    [
        "Obrigada @SkyLarkAir pelo cancelamento do comboio de ligação, fiquei em Lisboa 😍",
        "Gracias @SkyLarkAir por la cancelación de última hora, noche en la terminal 🥰",
        "Merci @SkyLarkAir pour cette annulation surprise, nuit à Orly 😍",
        "Danke @SkyLarkAir für die kurzfristige Annullierung, Nacht am Flughafen 🥰",
        "Grazie @SkyLarkAir per la cancellazione del volo all'ultimo minuto 😍",
        "Thanks @SkyLarkAir for the surprise cancellation, night on the airport floor 🥰",
    ],
)
def test_thanks_for_a_trip_cancelled_is_irony(text: str) -> None:
    a = run(text)
    assert "irony" in a.cues
    assert a.intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Gracias @SkyLarkAir por la cancelación sin coste del vuelo, muy amables",
        "Merci @SkyLarkAir pour l'annulation gratuite de mon vol, super service",
        "Obrigado @NimbusHelp pelo cancelamento rápido da assinatura, tudo tratado",
        "Grazie @SkyLarkAir per la cancellazione richiesta del volo, rimborso arrivato subito",
    ],
)
def test_thanks_for_a_free_or_asked_cancellation_stays_praise(text: str) -> None:
    a = run(text)
    assert "irony" not in a.cues
    assert a.intent == "praise"
