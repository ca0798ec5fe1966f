"""A trip wished for ("we'd like to book for 4 in June") is a prospect's lead in six languages;
a past booking, a negated wish, a service on a trip already had and a failure complaint are not
(`core.trip_booking`, `core.leads`)."""

from __future__ import annotations

import pytest

from mentionflow.core.leads import prospect_lead, with_lead
from mentionflow.core.text import normalise
from mentionflow.core.trip_booking import wants_trip

WISHED = [
    "@SkyLarkAir we'd like to book Rome for 3 in June, do you have fares with checked bags?",
    "@SkyLarkAir nos gustaría reservar para 4 en agosto, ¿tenéis tarifas con maleta incluida?",
    "@SkyLarkAir nous voudrions réserver Nice pour 4 personnes, avez-vous des tarifs famille ?",
    "@SkyLarkAir wir möchten im Mai nach Wien buchen, gibt es Familientarife?",
    "@SkyLarkAir vorrei prenotare Napoli per tre a luglio, quanto costa con il bagaglio?",
    "@SkyLarkAir gostaríamos de reservar para o Porto em julho, há tarifa família?",
]
NOT_WISHED = [
    "@SkyLarkHelp I booked Rome for June, can I add a bag?",
    "@SkyLarkAir I don't want to book with you ever again after that delay",
    "@SkyLarkAir je ne voudrais pas réserver avec vous",
    "@SkyLarkHelp I want to book special assistance for my mum on Friday's flight",
    "@SkyLarkHelp vorrei prenotare un posto vicino al finestrino sul mio volo di domani",
    "@SkyLarkHelp quiero reservar asistencia con silla de ruedas para mi padre",
    "@SkyLarkHelp my booking for Lisbon disappeared from the app",
    # A policy question asked before booking: the booking is when, not what is wished (self-service).
    "@SkyLarkHelp can I change the date for free? I just want to check before I book",
    "@SkyLarkHelp quiero saber si hay reembolso antes de reservar",
    "@SkyLarkHelp je voudrais savoir la politique d'annulation avant de réserver",
    "@SkyLarkHelp vorrei capire le condizioni prima di prenotare",
]


@pytest.mark.parametrize("text", WISHED)
def test_a_trip_wished_for_is_a_lead(text: str) -> None:
    tokens = normalise(text).tokens
    assert wants_trip(tokens)
    assert prospect_lead(tokens) == "book"
    assert "purchase" in with_lead([], tokens, "question", "neutral", 0.0)[0]


@pytest.mark.parametrize("text", NOT_WISHED)
def test_no_trip_wished_for(text: str) -> None:
    assert not wants_trip(normalise(text).tokens)


def test_a_wish_beside_a_failure_complaint_is_no_lead() -> None:
    tokens = normalise("@SkyLarkHelp I want to book a flight but your app crashes at payment every time").tokens
    assert "purchase" not in with_lead([], tokens, "complaint", "negative", -0.6)[0]
