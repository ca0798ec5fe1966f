"""A stolen card, phone or wallet is fraud in every supported language: every form of the stolen
participle ("robada", "roubada", "rubata", "gestohlene") and the verb with its object ("me robaron
la tarjeta", "on m'a volé ma carte", "roubaram meu cartão"). French "volé" is also "flown", and a
price called a robbery ("esto es un robo") is a billing verdict, not a theft."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise

STOLEN = [
    ("es", "@BrightbankCare mi tarjeta robada sigue activa y ya hay dos compras en otra ciudad"),
    ("es", "@BrightbankCare anoche me robaron la cartera y alguien ha pagado con mi tarjeta"),
    ("fr", "@Brightbank ma carte a été volée dans le métro, trois paiements que je n'ai pas faits"),
    ("fr", "@Brightbank on m'a volé mon portefeuille, quelqu'un utilise ma carte en ce moment"),
    ("pt", "@Brightbank minha carteira foi roubada e estão usando o cartão agora"),
    ("pt", "@Brightbank roubaram meu celular e fizeram um pix da minha conta"),
    ("it", "@Brightbank la carta rubata ieri è stata usata per due prelievi"),
    ("de", "@Brightbank mit meiner gestohlenen Karte wurde heute zweimal bezahlt"),
]

NOT_STOLEN = [
    ("fr", "@SkyLarkAir j'ai volé avec vous le mois dernier, équipage adorable"),
    ("fr", "@SkyLarkAir nous avons volé de Lyon à Porto sans souci"),
    ("es", "@BrightbankCare 4 euros por sacar dinero en el cajero, esto es un robo"),
    ("pt", "@Brightbank essa tarifa mensal é um roubo"),
]


@pytest.mark.parametrize(("lang", "text"), STOLEN)
def test_a_stolen_card_or_wallet_in_use_is_fraud(lang: str, text: str) -> None:
    signal = detect_harm(normalise(text), lang, brand_known=True)
    assert signal.kind == "fraud", signal


@pytest.mark.parametrize(("lang", "text"), NOT_STOLEN)
def test_flown_and_price_verdicts_are_no_theft(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None
