"""Money pitches in en/es/fr/de/it/pt.

* Earnings per unit of time said to the reader ("earn X a day from home") are a pitch; its "a day"
  is a rate, not a wait. A customer's own income beside a charge stays a customer.
* An imperative offer of a sum with a link ("claim up to X here: link") is a pitch even when it
  names a delay; a customer's own claim story with a link stays a complaint, and so does an
  impostor's phishing reply to one customer (it asks for card details)."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.spam_pitch import get_rich, money_offer_with_link
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


RATE_PITCHES = [
    "Make $400 a day working from home, message me for details",
    "Gana 250€ a la semana desde casa, solo necesitas el móvil",
    "Gagnez 150€ par jour depuis chez vous, écrivez-moi en privé",
    "Verdiene 400€ pro Tag von zu Hause, schreib mir",
    "Guadagna 200€ al giorno da casa, scrivimi in privato",
    "Ganhe R$300 por dia de casa, me chama",
]
OFFER_PITCHES = [
    "Train cancelled? Claim up to £250 compensation at delayrefund-now.site",
    "¿Vuelo retrasado? Reclama hasta 600€ aquí: bit.ly/vuelo600",
    "Vol en retard ? Réclamez jusqu'à 600€ sur indemnite-express.online",
    "Flug verspätet? Fordern Sie bis zu 600€ Entschädigung: tinyurl.com/flug600",
    "Volo in ritardo? Richiedi fino a 600€ di rimborso qui: rimborsi-voli.site",
    "Voo atrasado? Receba até R$3000 de indenização: cutt.ly/voo",
]
CUSTOMERS = [
    "I make £300 a week and you've charged me £120 in fees this month",
    "gano 900€ al mes y me habéis cobrado 200€ de más",
    "ich verdiene 2000€ im Monat und ihr bucht mir 300€ zu viel ab",
    "guadagno 1000€ al mese e mi avete addebitato 250€ in più",
    "ganho R$2000 por mês e vocês me cobraram R$400 a mais",
    "my train was cancelled, I used the claim link you sent and heard nothing back",
    "Meu voo atrasou 5 horas, pedi a indenização pelo link de vocês e nada",
    "your site says claim up to €600 at skylark.com/claims but the form errors out",
    "can't get 2 devices online, see imgur.com/abc",
]
ADVERTS = [  # money off a price is an advert (a promotion), not money offered
    "Get €10 off your next order with code HELLO10 at parcelo-deals.shop",
    "Get 10€ de descuento con el código HOLA en parcelo-ofertas.shop",
]


@pytest.mark.parametrize("text", RATE_PITCHES + OFFER_PITCHES)
def test_money_pitches_are_spam(text: str) -> None:
    assert run(text).intent == "spam"


@pytest.mark.parametrize("text", CUSTOMERS)
def test_customers_naming_money_stay_complaints(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize("text", ADVERTS)
def test_money_off_is_no_money_offer(text: str) -> None:
    assert not money_offer_with_link(normalise(text))


def test_a_rate_is_no_wait() -> None:
    cues = ["long_wait"]
    assert get_rich(normalise("earn $300 a day, ask me how"), cues) and cues == []
    cues = ["long_wait"]  # a wait beside the rate stays one
    assert get_rich(normalise("waited 3 days, now I make $300 a day"), cues) and cues == ["long_wait"]
    assert not get_rich(normalise("I earn £900 a month and you took £300"), [])
    assert not money_offer_with_link(normalise("I claim up to €50 back each month, see bank.com"))
    assert not money_offer_with_link(normalise("claim up to €600 compensation, ask at the desk"))


def test_a_phishing_reply_asking_for_card_details_is_not_dropped_as_spam() -> None:
    # An impostor's reply to one customer stays in that conversation (the harm rules read it).
    text = "@jo_b so sorry! Enter your card number on refunds-skylark.site to receive €250 now"
    assert not money_offer_with_link(normalise(text))


def _reply_under_own_post(text: str) -> str:
    """The dedup action of ``text`` posted as a reply under a brand's own post."""
    from mentionflow.core.pipeline import Pipeline, Stores
    from mentionflow.schema import decode_raw_mention, parse_time, utc_iso
    from mentionflow.settings import load_settings

    template = Pipeline.from_settings(load_settings())
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    t0 = parse_time("2026-12-01T09:00:00Z")
    action = ""
    for mid, author, body, reply_to, at in (
        ("p1", "SkyLarkAir", "Autumn fares: Porto from 35, Nice from 42 ✈️", None, 0),
        ("c1", "someone", text, "p1", 900),
    ):
        raw = decode_raw_mention(
            orjson.dumps(
                {
                    "id": mid,
                    "channel": "facebook",
                    "text": body,
                    "created_at": utc_iso(t0 + at),
                    "author": {"id": author, "handle": author, "followers": 50},
                    "in_reply_to": reply_to,
                }
            )
        )
        action = core.dedup(core.score(core.enrich(raw, t0 + at)), t0 + at).dedup.action
    return action


def test_a_pitch_under_the_brands_post_opens_no_case() -> None:
    # Replies under a brand's own post get that brand (core/addressed.py); a pitch must not.
    assert _reply_under_own_post(RATE_PITCHES[0]) != "new_case"
    assert _reply_under_own_post(OFFER_PITCHES[4]) != "new_case"
    assert _reply_under_own_post(CUSTOMERS[0]) == "new_case"
