"""A screen that leaves out a number for days (the app not showing the data allowance, the savings
pots, the order history) is a minor complaint however long it lasts; the customer still has the
service and the money (core/display_glitch.py). Negative controls: a loss of service or access for
days, money that does not show, and a display problem beside a real loss stay major."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import Analysis, decode_raw_mention
from mentionflow.settings import load_settings


@pytest.fixture(scope="module")
def core() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _analysis(core: Pipeline, text: str) -> Analysis:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": "d1",
                "channel": "twitter",
                "text": text,
                "created_at": "2026-12-04T08:00:00Z",
                "author": {"id": "a", "handle": "a"},
            }
        )
    )
    return core.score(core.enrich(raw, 0.0)).analysis


GLITCHES = [
    "@Brightbank the app hasn't shown my savings pots for a week now",
    "@SkyLarkAir the app hasn't shown my Lark Rewards points for two weeks",
    "@Brightbank l'appli n'affiche plus mes pots d'épargne depuis 3 jours",
    "@NimbusHelp die App zeigt meine Rechnung seit Tagen nicht an",
    "@NimbusHelp a app não mostra os meus minutos restantes há dias",
    "@NimbusHelp la app lleva días sin mostrarme los gigas que me quedan",
]


@pytest.mark.parametrize("text", GLITCHES)
def test_a_screen_leaving_out_a_number_for_days_is_minor(core: Pipeline, text: str) -> None:
    a = _analysis(core, text)
    assert a.intent == "complaint"
    assert a.severity == "minor"


STILL_MAJOR = [
    "@NimbusHelp seit Tagen kein Netz in Köln, ich arbeite von zu Hause",  # no service
    "@Brightbank the app hasn't let me log in for days, I can't pay my rent",  # no access
    "@Brightbank my refund still doesn't show in the app after 5 days",  # money missing
    "@ParceloHelp meine Erstattung wird seit Tagen nicht in der App angezeigt",  # money missing
    "@NimbusHelp sin línea desde hace días y la app no muestra ninguna incidencia",  # a loss beside it
    "@SkyLarkAir the app doesn't show my booking for days and my flight was cancelled",  # a cancellation
]


@pytest.mark.parametrize("text", STILL_MAJOR)
def test_a_loss_of_service_access_or_money_for_days_stays_major(core: Pipeline, text: str) -> None:
    a = _analysis(core, text)
    assert a.intent == "complaint"
    assert a.severity == "major"
