"""A young child off a flight (or travelling with the airline's escort) said not to be at the gate,
exit or arrivals is a missing child: severe, in six languages; an adult, a parcel, a child who is
fine are not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise

MISSING = [
    ("de", "@AirX mein Sohn (9) ist nach der Landung in Hamburg nicht am Ausgang, Ihre Begleitperson geht nicht ran"),
    ("de", "@AirX meine Tochter (7) ist gelandet und nicht an der Ankunft, wo ist sie??"),
    ("en", "@AirX my daughter (7) is not at arrivals and your escort isn't answering"),
    ("en", "@AirX my son (8) landed an hour ago and he's not at the gate, nobody at your desk knows"),
    ("es", "@AirX mi hija de 8 años aterrizó hace una hora y no está en la salida"),
    ("fr", "@AirX mon fils (10 ans) a atterri et n'est pas à la sortie, personne ne répond"),
    ("it", "@AirX mio figlio di 9 anni è atterrato ma non è all'uscita"),
    ("pt", "@AirX o meu filho (8) já aterrou e não está na saída, a acompanhante não atende"),
]
NOT_MISSING = [
    ("en", "@AirX my son (25) landed but isn't at arrivals yet, probably at baggage"),
    ("en", "@AirX my parcel is not at the gate, the escort of my kid (8) said so"),
    ("de", "@AirX meine Tochter (6) war nach der Landung nicht müde, danke an die Crew"),
    ("es", "@AirX mi hijo de 9 años aterrizó feliz, gracias por todo"),
]


@pytest.mark.parametrize(("lang", "text"), MISSING)
def test_a_child_not_at_the_gate_is_severe(lang: str, text: str) -> None:
    got = detect_harm(normalise(text), lang, brand_known=True)
    assert (got.kind, got.severity) == ("vulnerable_person", "severe")


@pytest.mark.parametrize(("lang", "text"), NOT_MISSING)
def test_no_missing_child(lang: str, text: str) -> None:
    assert "child_not_met" not in detect_harm(normalise(text), lang, brand_known=True).cues
