"""A move towards the brand's own handle ("since I switched to @brand", "seit dem Wechsel zu
@brand") is a customer won, never churn: the handle is dropped from the tokens, so the churn
phrase "switched to" / "Wechsel zu" alone would read as leaving (core/signals.moving_to_handle).
Negative controls: a move to a competitor, by name or by handle, with the brand addressed."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.core.signals import moving_to_handle
from mentionflow.core.text import normalise
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-12-02T12:00:00Z")


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _route(template: Pipeline, text: str, handle: str = "someone") -> tuple[list[str], dict[str, Any]]:
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": "x1",
                "channel": "instagram",
                "text": text,
                "created_at": utc_iso(T0),
                "author": {"id": "a1", "handle": handle, "followers": 800},
            }
        )
    )
    scored = core.score(core.enrich(raw, T0))
    revision = core.route(core.dedup(scored, T0), T0)
    assert revision is not None
    return scored.analysis.signals, orjson.loads(encode(revision))


WON = [
    "Since switching to @NimbusMobile I finally have 5G at home, best plan ever",
    "Hice bien en cambiarme a @NimbusMobile, cobertura perfecta en todo el pueblo",
    "J'ai bien fait de changer d'opérateur pour @NimbusMobile, je capte partout maintenant",
    "Finalmente passo a @Brightbank, niente più commissioni e l'app è bellissima",
    "Valeu a pena mudar para a @NimbusMobile, rede em todo o lado 🙌",
    "Seit dem Wechsel zu @ParceloEats kommt das Essen immer warm an, super!",
]


@pytest.mark.parametrize("text", WON)
def test_a_move_to_the_brands_handle_is_no_churn(template: Pipeline, text: str) -> None:
    signals, case = _route(template, text)
    assert "churn" not in signals
    assert case["queue"] != "retention"


def test_a_fan_whose_handle_holds_the_brand_name_is_a_customer(template: Pipeline) -> None:
    # A fan account named after the brand is not one of its handles: its praise is marketing's.
    signals, case = _route(
        template, "Seit dem Wechsel zu @NimbusMobile endlich Netz im Keller, bester Tarif 🙌", "NimbusMobile_fans_muc"
    )
    assert "churn" not in signals
    assert case["queue"] == "marketing-advocacy"
    assert case["recommended_action"]["code"] == "thank_and_amplify"


LEAVING = [
    "@NimbusMobile I'm switching to Vodafone, 3 days without signal is enough",
    "@NimbusHelp switching to @VodafoneUK tomorrow, you lost a customer",
    "@NimbusMobile ich wechsel zu O2, reicht jetzt",
    "@Brightbank je passe chez @Revolut, ras le bol des frais",
    "@SkyLarkAir me paso a Iberia, otro vuelo cancelado",
]


@pytest.mark.parametrize("text", LEAVING)
def test_a_move_away_to_a_competitor_stays_churn(template: Pipeline, text: str) -> None:
    signals, case = _route(template, text)
    assert "churn" in signals
    assert case["queue"] == "retention"


def test_moving_to_handle_reads_the_words_before_each_handle() -> None:
    norm = normalise("@NimbusHelp moving to @Vodafone, then maybe back to @NimbusMobile")
    assert not moving_to_handle(norm, {"nimbushelp"}.__contains__)  # addressed, nobody moves to it
    assert not moving_to_handle(norm, {"nimbusmobile"}.__contains__)  # "back to" without a move verb near
    assert moving_to_handle(normalise("just switched over to @NimbusMobile"), {"nimbusmobile"}.__contains__)
    assert not moving_to_handle(normalise("just switched over to @NimbusMobile"), {"parceloeats"}.__contains__)
