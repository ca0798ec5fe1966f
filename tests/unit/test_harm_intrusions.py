"""Harm told as plain events with no harm word (core.harm_intrusions, core.harm_struck), in six
languages: an account taken over, a card used while it is with its owner or far away, a piece of
plastic found in food, a child struck or knocked off and the one who did it fled; and the everyday
texts that share their words and must stay quiet."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_intrusions import account_taken_over, card_away_used, foreign_body_in_food
from mentionflow.core.harm_struck import struck
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


def _toks(text: str) -> tuple[str, ...]:
    return normalise(text).tokens


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NorthBank somebody logged into my account last night and changed the email, I can't get in now"),
        ("es", "@BancoSol alguien entró en mi cuenta y cambió el número de teléfono, ya no puedo entrar"),
        ("fr", "@BanqueAzur quelqu'un s'est connecté à mon compte et a viré 900 € sur un autre compte"),
        ("de", "@NordBank jemand hat sich in mein Konto eingeloggt und 700 Euro überwiesen"),
        ("it", "@BancaSole qualcuno è entrato nel mio conto stanotte e ha trasferito 1200 euro"),
        ("pt", "@BancoMar alguém entrou na minha conta e mudou o email, não consigo entrar"),
    ],
)
def test_account_taken_over_is_fraud(lang: str, text: str) -> None:
    assert account_taken_over(_toks(text))
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NorthBank four purchases on my credit card at a petrol station in Lyon, the card is in my wallet"),
        ("en", "@NorthBank my card got used at three bars in Berlin tonight and I'm at home in Bristol"),
        ("es", "@BancoSol me han salido cargos en la tarjeta de una tienda online y la tarjeta la tengo yo en mi mano"),
        ("fr", "@BanqueAzur ma carte a été utilisée dans un magasin à Nice alors que je suis à Lille"),
        ("de", "@NordBank meine Karte wurde in Prag benutzt, ich bin in Hamburg und die Karte ist bei mir"),
        ("it", "@BancaSole la mia carta è stata usata in due negozi a Roma ma la carta è nel mio portafoglio"),
        ("pt", "@BancoMar o meu cartão foi usado num site estrangeiro e o cartão está comigo"),
    ],
)
def test_card_used_while_held_is_fraud(lang: str, text: str) -> None:
    assert card_away_used(_toks(text))
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@QuickBite found a piece of plastic in my burger, nearly bit straight into it"),
        ("es", "@ComidaYa encontré un trozo de plástico en la ensalada"),
        ("fr", "@VitePlat j'ai trouvé un morceau de plastique dans mon burger"),
        ("de", "@EssenJetzt ich habe ein Stück Plastik im Salat gefunden"),
        ("it", "@CiboSubito c'era un frammento di plastica nel panino, mia figlia l'ha quasi ingoiato"),
        ("pt", "@ComidaJa encontrei um pedaço de plástico no hambúrguer"),
    ],
)
def test_plastic_found_in_food_is_health(lang: str, text: str) -> None:
    assert foreign_body_in_food(_toks(text))
    assert _kind(text, lang) == "health"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@QuickBite your delivery van clipped my 7 year old son on the crossing and sped off"),
        ("es", "@RepartoYa un repartidor en moto arrolló a mi hijo de 7 años en la acera y huyó"),
        ("fr", "@LivraisonVite un livreur a percuté ma fille de 8 ans sur son vélo"),
        ("de", "@LieferFix ein Fahrer hat meinen Sohn (7) mit dem Roller umgefahren und ist geflüchtet"),
        ("it", "@ConsegneOra un rider ha travolto mio figlio di 6 anni con la bici ed è scappato"),
        ("pt", "@EntregaJa um estafeta derrubou a minha filha de 8 anos da bicicleta e fugiu"),
    ],
)
def test_child_struck_is_something_that_happened(lang: str, text: str) -> None:
    assert struck(_toks(text))
    assert _kind(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # asking for help to get into one's own account, or one's own change
        ("en", "@NorthBank can someone get into my account settings and change the address for me?"),
        ("en", "@NorthBank I changed my phone number, how do I update it in the app?"),
        ("es", "@BancoSol ¿alguien sabe cómo cambiar el correo de mi cuenta?"),
        # one's own card payment, declined or fine
        ("en", "@NorthBank I paid with my card at the station, card in my hand, and it says declined"),
        ("fr", "@BanqueAzur ma carte a été refusée au supermarché alors que je suis à Lyon"),
        ("de", "@NordBank wo sehe ich die Zahlungen mit meiner Karte in der App?"),
        ("it", "@BancaSole come faccio a vedere i pagamenti con la carta nell'app?"),
        # plastic that is packaging
        ("en", "@QuickBite so much plastic packaging, every piece of plastic wrapped in more plastic"),
        ("pt", "@ComidaJa os talheres de plástico vieram partidos"),
        # a child named with everyday words
        ("en", "@GameHub my son rides his scooter to the shop and loves your new app"),
        ("pt", "@LojaJa o meu filho adorou a trotinete nova, obrigado"),
    ],
)
def test_everyday_texts_stay_quiet(lang: str, text: str) -> None:
    toks = _toks(text)
    assert not account_taken_over(toks)
    assert not card_away_used(toks)
    assert not foreign_body_in_food(toks)
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NorthBank my card was charged twice for the same coffee, I'm in the app and can't find it"),
        ("es", "@BancoSol me han cobrado dos pagos con la tarjeta, estoy en la app y no los veo"),
        ("it", "@BancaSole due pagamenti con la carta, sono in una coda infinita al telefono"),
    ],
)
def test_being_in_the_app_is_no_place(lang: str, text: str) -> None:
    assert not card_away_used(_toks(text))


# Money taken or debited with a card the writer still holds (not only "used" / "charged").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NorthBank £140 taken from my card by some online casino and the card is in my wallet"),
        ("es", "@BancoSol me han cobrado 90 € con la tarjeta en una web de apuestas y la tengo yo en mi mano"),
        ("fr", "@BanqueAzur 75 € prélevés sur ma carte par un site inconnu, la carte est dans mon portefeuille"),
        ("de", "@NordBank 120 Euro von meiner Karte abgebucht, die Karte ist im Portemonnaie"),
        ("it", "@BancaSole 60 euro addebitato sulla carta da un sito che non conosco, la carta è nel mio portafoglio"),
        ("pt", "@BancoMar 80 euros debitados no cartão por uma loja que não conheço e o cartão está comigo"),
    ],
)
def test_money_taken_with_a_held_card_is_fraud(lang: str, text: str) -> None:
    assert card_away_used(_toks(text))
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one's own payment or cash, with the card at hand
        ("en", "@NorthBank I paid 20 quid with my card, it's in my wallet, why was it taken twice? no, once, sorry"),
        ("en", "@NorthBank took out cash, 200 withdrawn, card in my wallet now, where is the receipt?"),
        ("de", "@NordBank ich habe mit der Karte bezahlt, 30 Euro abgebucht, die Karte ist bei mir, alles gut"),
    ],
)
def test_ones_own_payment_with_the_card_at_hand_is_no_fraud(lang: str, text: str) -> None:
    assert not card_away_used(_toks(text))
