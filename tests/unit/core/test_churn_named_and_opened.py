"""Churn read from the move, whatever the rival's name (core/churn_move.py ``carried_to_named``),
a household's or a business's move said in the plural, and an account opened with a rival
(core/churn_open.py), in every supported language; the brand's own name, a change of owner, a
payment, an account opened long ago or denied, and a rival named without a move are not churn."""

from __future__ import annotations

import pytest

from mentionflow.core.churn_open import opened_at_rival
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def _signals(text: str, own: frozenset[str] = frozenset()) -> list[str]:
    return detect_signals(normalise(text), own=own)


@pytest.mark.parametrize(
    "text",
    [
        # a holding carried to a provider the rival list does not name
        "@NimbusMobile fed up, porting my number to Smarty on Friday",
        "@NimbusMobile we're moving all 3 lines to Lebara Plus next month",
        "@NimbusMobile nos llevamos las tres líneas a Pepephone en cuanto acabe la permanencia",
        "@NimbusMobile muevo mi número a Finetwork esta semana",
        "@NimbusMobile on emmène nos deux lignes chez Free dès lundi",
        "@NimbusMobile ich bringe meine Rufnummer zu Aldi Talk, reicht jetzt",
        "@NimbusMobile wir wechseln mit allen Verträgen zu Freenet",
        "@NimbusMobile portiamo le nostre linee su Kena a fine mese",
        "@NimbusMobile sposto il numero su Ho Mobile, basta",
        "@NimbusMobile levamos as linhas todas para a Nowo",
        "@Brightbank moving my salary and savings to Chase this weekend",
        # the plural of a household or a business, to a listed rival
        "@NimbusMobile las 5 líneas de la tienda nos las llevamos a Digi el mes que viene",
        "@NimbusMobile pasamos las líneas a Vodafone, aquí cada mes una subida",
        "@NimbusMobile nous passons nos lignes chez Bouygues",
        "@NimbusMobile passiamo le sim a Iliad da lunedì",
        "@NimbusMobile mudamos as linhas para a Vodafone",
    ],
)
def test_a_holding_carried_to_any_named_provider_is_churn(text: str) -> None:
    assert "churn" in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank opening a Monzo account tonight, done with the blocks",
        "@Brightbank just opened a Starling account and I'm moving everything",
        "@Brightbank mañana abro una cuenta en BBVA y a otra cosa",
        "@Brightbank j'ouvre un compte chez Boursorama ce soir",
        "@Brightbank ich eröffne ein Konto bei N26, reicht mir",
        "@Brightbank apro un conto su Fineco domani",
        "@Brightbank vou abrir uma conta no Nubank hoje mesmo",
        "@NimbusMobile opening a line with Digi for the shop tomorrow",
        "@Brightbank opening an account with Chase tonight",
    ],
)
def test_an_account_opened_with_a_rival_is_churn(text: str) -> None:
    assert "churn" in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        # the brand's own name: a lead, not a rival's gain
        "@NimbusMobile we're moving our 4 lines to Nimbus next month, what's the deal?",
        # a change of owner, a payment, a move already made, a denial
        "@NimbusMobile how do I transfer my contract to Sarah, she's taking the phone",
        "@NimbusMobile quiero pasar la línea a Pablo, mi hijo, cómo se hace",
        "@Brightbank moving 200 pounds to Chase for my brother, why the fee?",
        "@Brightbank I'm not moving my salary to Chase, just fix the card",
        "@Brightbank I opened a Monzo account years ago, still bank with you",
        "@Brightbank not opening a Monzo account over this, but please fix it",
        "@Brightbank can I open a savings pot from the app?",
        "@Brightbank my Monzo card works abroad, why doesn't yours?",
        "@NimbusMobile moving house to Leeds next week, how do I move my broadband?",
        "@Brightbank opening the Revolut app is faster than yours",
        "@NimbusMobile taking the kids to London, will roaming work?",
        # a tier of the brand's own, a joint account with a person, a capitalised kind of account
        "@Brightbank switching my account to Premium, how much is it?",
        "@NimbusMobile can you switch our two lines to Business Unlimited?",
        "@Brightbank opening a joint account with Tom next week, what do we need?",
        "@Brightbank abro una cuenta conjunta con Ana, ¿qué papeles hacen falta?",
        "@Brightbank Opening a Savings account for my daughter, is there a minimum?",
    ],
)
def test_no_move_to_a_rival_is_no_churn(text: str) -> None:
    assert "churn" not in _signals(text, own=frozenset({"nimbus", "brightbank"}))


def test_the_opening_reach_is_bounded() -> None:
    far = normalise("opening the door this morning I saw my old account letter from Monzo").tokens
    assert opened_at_rival(far, frozenset({"monzo"})) is None
