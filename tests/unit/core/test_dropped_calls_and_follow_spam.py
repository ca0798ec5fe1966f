"""A dropped call is a failure in every language (so praise around it is irony), porting the
number out is churn, and "follow me and I follow back" is spam: each with the twin that must
not trigger."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def _case(text: str) -> dict:
    mention = {"id": "m1", "at": 0, "author": {"id": "c1", "handle": "c1", "followers": 100}, "text": text}
    run_ = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "t", "mentions": [mention]})
    return next(iter(run_["cases"].values()))


@pytest.mark.parametrize(
    "text",
    [
        "Complimenti @NimbusHelp, 40 minuti di attesa e poi la chiamata cade. Servizio clienti da Oscar 🏆👏",
        "Merci @NimbusMobile pour cette 4e coupure du mois 😘 vraiment top",
        "Danke @NimbusHelp, das Gespräch bricht ab nach 30 Minuten Warteschleife 👏",
        "Gracias @NimbusHelp, 40 minutos esperando y se cae la llamada 👏",
        "thanks @NimbusHelp, 40 mins on hold and then a dropped call 👏",
    ],
)
def test_thanks_for_a_dropped_call_is_a_complaint(text: str) -> None:
    a = run(text)
    assert a.intent in ("complaint", "rant")
    # the English one names the hold first: its category may be the staff's
    assert a.category in (("outage", "staff") if text.startswith("thanks") else ("outage",))


@pytest.mark.parametrize(
    "text",
    [
        "Complimenti @NimbusHelp, la chiamata non è mai caduta in galleria 👏",
        "Merci @NimbusMobile, aucune coupure depuis la nouvelle box 👏",
        "@NimbusHelp danke, seit dem Update bricht nichts mehr ab 👏",
    ],
)
def test_praise_that_nothing_dropped_stays_praise(text: str) -> None:
    assert run(text).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "Merci @SkyLarkAir, aucun retard cette fois 👏",
        "Grazie @SkyLarkAir, nessun ritardo questa volta 👏",
        "Danke @SkyLarkAir, keine Verspätung diesmal 👏",
        "Gracias @SkyLarkAir, ningún retraso esta vez 👏",
    ],
)
def test_thanks_for_no_delay_is_praise(text: str) -> None:
    a = run(text)
    assert a.intent == "praise"
    assert "irony" not in a.cues


@pytest.mark.parametrize(
    "text",
    [
        "Merci @NimbusMobile pour la 4e coupure 😘 je découvre les offres de la concurrence. Portabilité demandée.",
        "@NimbusMobile Rufnummernmitnahme ist beantragt, tschüss",
    ],
)
def test_porting_the_number_out_is_churn(text: str) -> None:
    c = _case(text)
    assert "churn" in c["signals"]
    assert c["queue"] == "retention"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats 🔥🔥🔥 sígueme y te sigo al instante!!! #followback #sigueme #parcelo",
        "@NimbusMobile 🎁 Jetzt GRATIS iPhone 17 sichern!!! Nur heute, klick den Link in meiner Bio 👉👉",
    ],
)
def test_follow_for_follow_and_free_phone_bait_are_spam(text: str) -> None:
    assert run(text).intent == "spam"


@pytest.mark.parametrize(
    "text",
    [
        # a customer asking the brand to follow them so they can DM is care, not spam
        "@ParceloEats sígueme y te mando el número de pedido por DM, el pedido no llegó",
        "@NimbusHelp folgt mir bitte, dann schicke ich euch die Vertragsnummer per DM, kein Netz seit gestern",
    ],
)
def test_follow_me_to_dm_is_not_spam(text: str) -> None:
    assert run(text).intent != "spam"
