"""A repeat complainer's legal or regulatory threat reaches legal, however insulting it is: the
repeat-ranter rule (listen_only) never silences a lawyer, a court, a regulator or a data request.
Their plain insults with no threat are still listened to (negative control)."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.pipeline import Pipeline
from mentionflow.core.route import load_rules, route
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise
from mentionflow.settings import load_settings, packaged_data

from .test_customer_memory import DAY, _desk, _post
from rulesamples import facts

HISTORY = ["@ParceloHelp order 50 min late again", "@ParceloHelp no cutlery AGAIN", "@ParceloHelp soggy fries"]


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _repeat_complainer_says(template: Pipeline, text: str) -> dict[str, Any]:
    core = _desk(template)
    for i, earlier in enumerate(HISTORY):
        _post(core, f"h{i}", earlier, at=i * DAY)
    case = _post(core, "m1", text, at=4 * DAY)
    assert case["repeat_complainer"]
    return case


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats you bunch of clueless clowns, my solicitor will be in touch",
        "@ParceloEats pathetic idiots, I'm taking you to court over this",
        "@ParceloEats useless muppets, reporting you to trading standards today",
        "@ParceloEats panda de inútiles, os voy a denunciar",
        "@ParceloEats bande d'incapables, mon avocat va vous écrire",
        "@ParceloEats ihr Vollidioten, mein Anwalt meldet sich bei euch",
        "@ParceloEats branco di incapaci, vi porto in tribunale",
        "@ParceloEats bando de incompetentes, vou processar vocês",
    ],
)
def test_a_repeat_complainers_insulting_legal_threat_reaches_legal(template: Pipeline, text: str) -> None:
    case = _repeat_complainer_says(template, text)
    assert case["queue"] == "legal-regulatory", case
    assert case["recommended_action"]["code"] == "refer_to_legal"
    assert case["priority"] in ("P1", "P2")


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats you bunch of clueless clowns, same rubbish as always",
        "@ParceloEats qué panda de inútiles, siempre lo mismo",
        "@ParceloEats vous êtes vraiment nuls, comme d'habitude",
        "@ParceloEats ihr seid echt das Letzte, wie immer",
        "@ParceloEats siete ridicoli, sempre la stessa storia",
        "@ParceloEats vocês são uma piada, sempre a mesma coisa",
    ],
)
def test_their_insults_without_a_threat_are_still_listened_to(template: Pipeline, text: str) -> None:
    case = _repeat_complainer_says(template, text)
    assert case["recommended_action"]["code"] == "listen_only" and case["queue"] == "no-response", case


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("I'm taking you to court over the lost deposit", True),
        ("we are taking them to court next month", True),
        ("si no me devolvéis el dinero os voy a denunciar", True),
        ("I'm taking the kids to the tennis court after dinner", False),
        ("voy a denunciar el robo de mi móvil en comisaría", False),
    ],
)
def test_going_to_court_against_someone_is_legal_and_a_court_nearby_is_not(text: str, legal: bool) -> None:
    assert ("legal" in detect_signals(normalise(text))) is legal


# --- a legal threat inside an incident at scale keeps legal's queue ---------------------------

OUTAGE = [
    "@NimbusHelp fibre down in Hull, no internet since 6",
    "@NimbusHelp no internet in Hull, fibre down",
    "Hull fibre down again @NimbusHelp no internet",
    "@NimbusHelp fibre down Hull no internet at all",
    "@NimbusHelp still no internet Hull fibre down",
    "@NimbusHelp no internet in Hull fibre down since 6am",
    "@NimbusHelp Hull fibre down, no internet",
    "@NimbusHelp fibre is down in Hull no internet",
]


@pytest.mark.parametrize(
    ("text", "queue"),
    [
        ("@NimbusHelp fibre down in Hull again, no internet, my solicitor will be in touch", "legal-regulatory"),
        ("@NimbusHelp fibre down in Hull, no internet, I'm reporting you to Ofcom", "legal-regulatory"),
        ("@NimbusHelp fibre down in Hull, no internet here either", "crisis"),  # control: a plain report
    ],
)
def test_a_legal_threat_in_an_incident_at_scale_goes_to_legal(template: Pipeline, text: str, queue: str) -> None:
    core = _desk(template)
    for i, report in enumerate(OUTAGE):
        _post(core, f"o{i}", report, at=i * 20, author=f"u{i}")
    case = _post(core, "x1", text, at=300, author="x1")
    assert case["queue"] == queue, case


@pytest.mark.parametrize("signal", ["legal", "regulator", "data_request"])
def test_legal_signals_outrank_the_incident_rule_and_plain_reports_do_not(signal: str) -> None:
    rules = load_rules(packaged_data("rules.yaml"))
    big = {"intent": "complaint", "severity": "major", "incident_size": 12, "incident_growth_per_min": 1.0}
    d = route(facts(signals=[signal], **big), rules)
    assert (d.queue, d.action.code) == ("legal-regulatory", "refer_to_legal")
    plain = route(facts(**big), rules)
    assert (plain.queue, plain.action.code) == ("crisis", "crisis_playbook")
