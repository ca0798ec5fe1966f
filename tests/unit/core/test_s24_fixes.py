"""Session 24: general causes found while reading conversations and blind sets 63-68, with controls."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.leads import prospect_lead
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios


def _lead(text: str) -> str | None:
    return prospect_lead(normalise(text).tokens, ("nimbus",))


def _severity(text: str) -> str | None:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, True)[0].severity


def _cases_of(mentions: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "s24", "mentions": mentions})
    return {m: c for c in run["cases"].values() for m in c["mention_ids"]}


def test_quote_us_for_asked_of_the_brand_is_a_lead() -> None:
    assert _lead("we're opening a second cafe, can you quote us for 4 business lines + fibre?") == "quote"
    assert _lead("could you quote me for a 24 month sim only deal") == "quote"
    # Told, not asked; an idiom.
    assert _lead("they tried to quote me for a repair that should be free under insurance") is None
    assert _lead("don't quote me on that but the outage seems over") is None


_CAFE = {"id": "jo", "handle": "cafe_owner_jo", "followers": 300}
_ASK = "@NimbusMobile we're opening a second cafe next month, can you quote us for 4 business lines + fibre?"


def test_a_problem_after_asking_for_a_quote_is_its_own_case() -> None:
    down = "@NimbusMobile the fibre at our current cafe has been down since 9am, card machine is dead, losing sales"
    cases = _cases_of(
        [{"id": "m1", "author": _CAFE, "text": _ASK}, {"id": "m2", "at": 1800, "author": _CAFE, "text": down}]
    )
    assert cases["s24/m1"]["queue"] == "sales"
    assert cases["s24/m2"]["case_id"] != cases["s24/m1"]["case_id"]
    assert cases["s24/m2"]["queue"] != "sales"


def test_chasing_the_quote_follows_the_lead_up() -> None:
    chase = "@NimbusMobile still waiting for that quote, 3 days now, do you want our business or not"
    cases = _cases_of(
        [{"id": "m1", "author": _CAFE, "text": _ASK}, {"id": "m2", "at": 3 * 3600, "author": _CAFE, "text": chase}]
    )
    assert cases["s24/m2"]["case_id"] == cases["s24/m1"]["case_id"]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile the fibre at our cafe has been down since 9am and we are losing sales",
        "@NimbusMobile la fibra del bar caída desde las 9 y perdiendo ventas",
        "@NimbusMobile Glasfaser im Laden seit 9 Uhr weg, wir verlieren Umsatz",
    ],
)
def test_a_business_losing_sales_to_an_outage_is_major(text: str) -> None:
    assert _severity(text) == "major"


def _intent(text: str) -> str:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, True)[0].intent


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir would be great if the app showed where my checked bag actually is (AirTag-style)",
        "@NimbusMobile would be great if the app showed how much data I actually have left",
    ],
)
def test_a_wish_for_the_app_to_show_something_is_an_idea(text: str) -> None:
    cases = _cases_of([{"id": "m1", "author": {"id": "a", "handle": "belt_watcher"}, "text": text}])
    assert cases["s24/m1"]["queue"] == "product-feedback"
    assert cases["s24/m1"]["recommended_action"]["code"] == "log_feedback"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir would be nice if you actually told us where the plane is",
        "@SkyLarkAir would be great if someone told me what is actually happening with my flight",
        "@ParceloEats would be cool if the map showed where the rider actually is instead of spinning",
    ],
)
def test_a_wish_for_an_answer_or_against_a_failure_stays_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp suitcase lost on SL2207 Milan-Manchester, all my clothes for tomorrow's conference are in it",
        "@SkyLarkHelp valigia persa sul SL2207, dentro ci sono tutti i miei vestiti per il convegno",
        "@SkyLarkHelp maleta perdida en el SL2207, toda mi ropa para el congreso de mañana",
        "@SkyLarkHelp valise perdue sur le SL2207, tous mes vêtements pour le congrès de demain",
        "@SkyLarkHelp Koffer verloren auf SL2207, alle Klamotten für die Konferenz morgen sind drin",
        "@SkyLarkHelp mala perdida no SL2207, todas as minhas roupas para o congresso de amanhã",
    ],
)
def test_a_lost_bag_is_major_in_every_language(text: str) -> None:
    assert _severity(text) == "major"  # as "lost bag" long was in English
