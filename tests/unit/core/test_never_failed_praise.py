"""A failure said as one that never happened, beside a recommendation or thanks, is praise in
every supported language (core/never_failed.py, applied in core/analysis_overrides.py); a boast that
turns ("... until today"), a warning ("would not recommend") or a further problem stays a
complaint."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def _case(text: str) -> dict[str, Any]:
    scenario = {
        "id": "nf",
        "language": "en",
        "mentions": [
            {
                "id": "m1",
                "at": 0,
                "channel": "twitter",
                "author": {"id": "u_nf", "handle": "nf", "followers": 150, "verified": False},
                "text": text,
            }
        ],
        "expect": [],
    }
    return next(iter(run_scenario(core_factory_from_settings(), scenario)["cases"].values()))


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir eight years of weekly flights and you never lost my suitcase once, recommend them",
        "@Parcelo tres años pidiendo y nunca me han perdido un paquete, os recomiendo",
        "@Parcelo en quatre ans jamais perdu un colis, je recommande vivement",
        "@NimbusHelp seit vier Jahren bei euch, nie ist das Netz ausgefallen, kann ich nur empfehlen",
        "@Parcelo in due anni mai perso un pacco, lo consiglio",
        "@Parcelo nunca me perderam uma encomenda, recomendo a todos",
    ],
)
def test_a_failure_that_never_happened_with_a_recommendation_is_praise(text: str) -> None:
    case = _case(text)
    assert case["intent"] == "praise"
    assert case["queue"] == "marketing-advocacy"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir never lost a bag in ten years until today, so much for recommending you",
        "@SkyLarkAir never lost my bag but the seat was broken, would not recommend",
        "@Parcelo nunca me habían perdido un paquete, y ahora sí, no lo recomiendo",
        "@Parcelo you lost my parcel and I will never recommend you",
    ],
)
def test_a_turned_boast_or_a_warning_stays_a_complaint(text: str) -> None:
    assert _case(text)["intent"] == "complaint"
