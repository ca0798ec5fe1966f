"""Once the customer says their problem is fixed ("sorted, thanks"), a clearly different problem
right after it (another category, no word shared, nothing pointing back) is a case of its own,
in every supported language; the problem coming back ("broken again") or more about it stays
on the case."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()


def _run(texts: list[str], gaps: tuple[int, int] = (1800, 300)) -> dict[str, Any]:
    author = {"id": "c1", "handle": "a_customer", "followers": 120}
    at = [0, gaps[0], gaps[0] + gaps[1]]
    mentions = [{"id": f"m{i + 1}", "at": at[i], "author": author, "text": t} for i, t in enumerate(texts)]
    return run_scenario(_FACTORY, {"id": "fix", "mentions": mentions})


def _case_of(run: dict[str, Any], mention: str) -> str:
    for case in run["cases"].values():
        if f"fix/{mention}" in case["mention_ids"]:
            return str(case["case_id"])
    raise AssertionError(mention)


NEW_PROBLEM = [
    (
        "@ParceloHelp the rider left our order at the wrong building, it's gone",
        "@ParceloHelp found it with the neighbours, all sorted, thanks!",
        "@ParceloHelp separately I was billed twice for my Parcelo Plus membership this month, 2 x 7.99",
    ),
    (
        "@NimbusHelp il router non si connette più da stamattina",
        "@NimbusHelp risolto, ora funziona, grazie!",
        "@NimbusHelp invece in fattura mi avete addebitato due volte il canone di novembre, 2 x 29€",
    ),
    (
        "@SkyLarkHelp mi asiento reservado ya no aparece en la reserva",
        "@SkyLarkHelp ya está solucionado lo del asiento, gracias",
        "@SkyLarkHelp en cambio me cobrasteis dos veces la maleta facturada, 2 x 40€",
    ),
]

SAME_PROBLEM = [
    (
        "@NimbusHelp the router keeps dropping the connection every evening",
        "@NimbusHelp working now after the reset, thanks!",
        "@NimbusHelp nope, the router is dropping the connection again tonight",
    ),
]


@pytest.mark.parametrize("texts", NEW_PROBLEM)
def test_a_different_problem_after_the_fix_is_a_new_case(texts: tuple[str, str, str]) -> None:
    run = _run(list(texts))
    assert _case_of(run, "m2") == _case_of(run, "m1")
    assert _case_of(run, "m3") != _case_of(run, "m1")


@pytest.mark.parametrize("texts", SAME_PROBLEM)
def test_the_problem_coming_back_stays_on_the_case(texts: tuple[str, str, str]) -> None:
    run = _run(list(texts))
    assert _case_of(run, "m3") == _case_of(run, "m1")


def test_without_a_fix_a_close_follow_up_stays_on_the_case() -> None:
    run = _run(
        [
            "@SkyLarkHelp mi asiento reservado ya no aparece en la reserva",
            "@SkyLarkHelp ¿alguien me puede ayudar con esto?",
            "@SkyLarkHelp y además me cobrasteis dos veces la maleta facturada, 2 x 40€",
        ]
    )
    assert _case_of(run, "m3") == _case_of(run, "m1")
