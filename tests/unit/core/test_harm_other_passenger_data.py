"""Another passenger's or user's booking, passport or birth date on show is a data exposure in six
languages; another passenger named beside a seat, a delay or rudeness is not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang).kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyLarkHelp the app shows another passenger's booking with their passport number"),
        ("es", "@SkyLarkHelp en la app me sale la reserva de otro pasajero con su pasaporte"),
        ("fr", "@SkyLarkHelp dans l'appli je vois la réservation d'un autre passager avec son passeport"),
        ("de", "@SkyLarkHelp in der App sehe ich die Buchung eines anderen Passagiers mit Geburtsdatum"),
        ("it", "@SkyLarkHelp sul sito compare la prenotazione di un'altra passeggera, passaporto compreso"),
        ("pt", "@SkyLarkHelp no app aparece a reserva de outro passageiro com o passaporte dele"),
    ],
)
def test_another_passengers_data_is_exposed(lang: str, text: str) -> None:
    assert kind(text, lang) == "data_exposure"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyLarkHelp another passenger was rude to the crew and we were delayed an hour"),
        ("es", "@SkyLarkHelp otro pasajero tenía el mismo número de asiento que yo"),
        ("it", "@SkyLarkHelp l'app mi mostra il posto di un altro passeggero, numero 14C"),
        ("fr", "@SkyLarkHelp un autre passager a pris ma place près du hublot"),
        ("pt", "@SkyLarkHelp outro passageiro ficou com o meu lugar e ninguém fez nada"),
    ],
)
def test_another_passenger_without_their_data_is_no_exposure(lang: str, text: str) -> None:
    assert kind(text, lang) != "data_exposure"
