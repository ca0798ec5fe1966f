"""Harm words that name no harm in their sentence (core/harm_figures.py): an injury said of
nobody, a child who only owns the goods, fraud as a verdict on a price, metal as what a card is
made of, a fear of flying; each with a twin that must still be harm."""

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
    # A verdict on the fee of a metal card: the metal is the card's, not a shard in food.
    ("en", "@CardCo £12 a month for premium just to get a metal card? that's a scam"),
    ("es", "@BancoX 10€ al mes por la tarjeta de metal del plan premium, un timo"),
    ("fr", "@BanqueX 9€ par mois pour une carte en métal, c'est de l'escroquerie ce tarif"),
    ("de", "@BankX 20 Euro im Jahr extra, bloß weil die Karte aus Metall ist, reine Abzocke"),
    ("de", "@StreamX schon wieder teurer, das Abo ist ein Betrug am Kunden"),
    ("it", "@BancaX 10 euro al mese per la carta in metallo, una truffa"),
    ("pt", "@BancoX 15 euros por mês pelo cartão de metal premium, é um roubo"),
    # A child's fear of flying, told in thanks to the crew: a disposition, not a danger.
    ("en", "@SkyAir my son is scared of flying and the cabin crew were lovely with him, thank you"),
    ("es", "@AirX mi hija tiene miedo a volar y la tripulación fue un encanto, gracias"),
    ("fr", "@AirX mon fils a peur en avion et l'équipage a été aux petits soins, merci"),
    ("de", "@AirX meine Tochter hat Angst vorm Fliegen, die Crew war super lieb, danke"),
    ("it", "@AirX mio figlio ha paura di volare, l'equipaggio è stato gentilissimo, grazie"),
    ("pt", "@AirX a minha filha tem medo de voar e a tripulação foi um amor, obrigada"),
]
STILL_HARM = [
    ("en", "@CabCo the driver crashed into a cyclist, she was hurt and taken to hospital"),
    ("es", "@TaxiYa el conductor atropelló a un peatón, hay heridos"),
    ("fr", "@BagExpress ma fille de 6 ans est restée seule à la porte d'embarquement, personne ne la trouve"),
    ("en", "@StreamCo someone took £30 from my account for a plan I never signed up to, a scam"),
    ("en", "@StreamCo there's a scam text going round with your logo asking people to pay a bill"),
    ("en", "@BankX someone took 500€ from my account, fraud!"),
    ("de", "@BankX jemand hat 500€ von meinem Konto abgebucht, Betrug!"),
    ("it", "@BancaX mi hanno rubato 200 euro dal conto, truffa"),
    ("en", "@FoodX found a piece of metal in my burger"),
    ("fr", "@LivraisonX il y avait un morceau de métal dans la salade"),
    ("en", "@AirX the plane dropped suddenly and my daughter was terrified, people were hurt"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_harm_words_that_name_no_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), STILL_HARM)
def test_their_twins_are_still_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is not None
