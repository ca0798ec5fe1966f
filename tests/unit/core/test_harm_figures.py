"""Harm words that name no harm in their sentence (core/harm_figures.py): an injury said of
nobody, a child who only owns the goods, fraud as a verdict on a price; each with a twin that
must still be harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


NOT_HARM = [
    ("en", "@CabCo the driver clipped a bollard, nobody was hurt, but the door is dented"),
    ("es", "@TaxiYa el conductor rozó el coche de mi vecino, nadie resultó herido, quién paga?"),
    ("de", "@FahrDienst euer Fahrer hat mein Auto zerkratzt, verletzt wurde niemand, wer zahlt das?"),
    ("fr", "@BagExpress la valise avec les affaires de ma fille n'est jamais arrivée"),
    ("it", "@CorriereX non è arrivato il pacco con i vestiti di mio figlio"),
    ("pt", "@MercadoX faltou o leite bebé na entrega e o pão"),
    ("en", "@StreamCo £3 more a month for the same plan, what a scam"),
    ("fr", "@OpéraTel 5 € de plus par mois sur l'abonnement, c'est de l'arnaque"),
]
STILL_HARM = [
    ("en", "@CabCo the driver crashed into a cyclist, she was hurt and taken to hospital"),
    ("es", "@TaxiYa el conductor atropelló a un peatón, hay heridos"),
    ("fr", "@BagExpress ma fille de 6 ans est restée seule à la porte d'embarquement, personne ne la trouve"),
    ("en", "@StreamCo someone took £30 from my account for a plan I never signed up to, a scam"),
    ("en", "@StreamCo there's a scam text going round with your logo asking people to pay a bill"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_harm_words_that_name_no_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), STILL_HARM)
def test_their_twins_are_still_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is not None
