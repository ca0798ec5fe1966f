"""Terse gripes in six languages count as complaints, so that a serial venter is recognised and
listened to: "nothing works" ("nada funciona", "nichts funktioniert"), plural delays ("siempre
retrasos"), "a disaster" / "clowns" said of the brand, a lone plural vent word ("pésimos").
A repeat complainer's new concrete problem is still answered. Also: a week or a month without
service counted with an article ("une semaine sans internet") is as long as "3 days"; a product
of the brand taken by name ("je veux prendre Nimbus Fibre") is a sales lead."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.pipeline import Pipeline
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.spans import open_for_long
from mentionflow.core.text import normalise
from mentionflow.settings import load_settings

from .test_customer_memory import DAY, _desk, _post


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile nothing works",
        "@NimbusMobile nada funciona",
        "@NimbusMobile nichts funktioniert",
        "@NimbusMobile nichts geht mehr bei euch",
        "@NimbusMobile rien ne marche",
        "@NimbusMobile non funziona niente",
        "@NimbusMobile niente funziona",
        "@SkyLarkAir siempre retrasos",
        "@SkyLarkAir toujours des retards",
        "@SkyLarkAir sempre atrasos",
        "@SkyLarkAir immer Verspätungen",
        "@NimbusMobile immer das Gleiche mit euch",
    ],
)
def test_terse_failures_are_complaints(text: str) -> None:
    assert run(text).intent == "complaint", run(text)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir siguen siendo un desastre",
        "@SkyLarkAir vous êtes un désastre",
        "@SkyLarkAir siete un disastro",
        "@SkyLarkAir vocês são um desastre",
        "@SkyLarkAir ihr seid eine Katastrophe",
        "@SkyLarkAir toujours des clowns",
        "@SkyLarkAir clowns, je le redis",
        "@ParceloEats pésimos",
        "@ParceloEats péssimos",
        "@ParceloEats pessimi",
    ],
)
def test_contempt_naming_nothing_counts_as_a_gripe(text: str) -> None:
    a = run(text)
    assert a.intent in ("rant", "complaint"), a
    assert a.intent == "rant" or "venting" in a.cues, a


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile funktioniert alles, danke!",
        "@NimbusMobile nichts zu meckern, alles läuft",
        "@NimbusMobile una semana con la fibra nueva y va perfecta, gracias",
        "@SkyLarkAir el vuelo fue un desastre, 5 horas de retraso y sin comida",
    ],
)
def test_controls_are_no_venting(text: str) -> None:
    a = run(text)
    assert "venting" not in a.cues and a.intent != "rant", a


# --- memory: the serial venter is listened to, their new problem answered ------------------------

VENTS = {
    "es": ["@SkyLarkAir siempre retrasos", "@SkyLarkAir la peor aerolínea", "@SkyLarkAir pésimos"],
    "fr": ["@SkyLarkAir toujours des retards", "@SkyLarkAir bande de clowns", "@SkyLarkAir nuls"],
    "de": ["@NimbusMobile nichts funktioniert", "@NimbusMobile schlechtester Anbieter", "@NimbusMobile Netz mies"],
    "pt": ["@SkyLarkAir sempre atrasos", "@SkyLarkAir péssimos", "@SkyLarkAir nada funciona"],
}
AGAIN = {
    "es": "@SkyLarkAir siguen siendo un desastre",
    "fr": "@SkyLarkAir clowns, je le redis",
    "de": "@NimbusMobile ihr seid eine Katastrophe",
    "pt": "@SkyLarkAir vocês são um desastre",
}
NEW_PROBLEM = {
    "es": "@SkyLarkAir me habéis cobrado 80€ por una maleta que facturé gratis, reserva XK42LM",
    "fr": "@SkyLarkAir vous m'avez facturé 80€ de bagage alors qu'il était inclus, réservation XK42LM",
    "de": "@NimbusMobile ihr habt mir 90€ Roaming berechnet, obwohl ich zu Hause war, Rechnung 77812",
    "pt": "@SkyLarkAir cobraram-me 80€ por uma mala que era grátis, reserva XK42LM",
}


@pytest.mark.parametrize("lang", sorted(VENTS))
def test_serial_venting_is_listened_to(template: Pipeline, lang: str) -> None:
    core = _desk(template)
    for i, text in enumerate(VENTS[lang]):
        _post(core, f"v{i}", text, at=i * 3 * DAY)
    case = _post(core, "m", AGAIN[lang], at=10 * DAY)
    assert case["repeat_complainer"], case
    assert case["recommended_action"]["code"] == "listen_only", case
    assert case["priority"] == "P4"


@pytest.mark.parametrize("lang", sorted(VENTS))
def test_a_serial_venters_new_problem_is_answered(template: Pipeline, lang: str) -> None:
    core = _desk(template)
    for i, text in enumerate(VENTS[lang]):
        _post(core, f"v{i}", text, at=i * 3 * DAY)
    case = _post(core, "m", NEW_PROBLEM[lang], at=10 * DAY)
    assert case["repeat_complainer"], case
    assert case["recommended_action"]["code"] not in ("listen_only", "drop"), case


# --- a week without service -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp une semaine sans internet, personne ne rappelle",
        "@NimbusHelp una semana sin internet y nadie me llama",
        "@NimbusHelp uma semana sem internet e ninguém resolve",
        "@NimbusHelp un mes sin fibra y nadie me da solución",
    ],
)
def test_a_week_without_service_is_major(text: str) -> None:
    a = run(text)
    assert (a.intent, a.severity) == ("complaint", "major"), a


def test_one_week_spans() -> None:
    assert open_for_long(("une", "semaine", "sans", "internet"), ["unmet"])
    assert open_for_long(("1", "settimana", "senza", "rete"), [])
    assert not open_for_long(("la", "semaine", "dernière"), [])
    assert not open_for_long(("cette", "semaine"), [])


# --- the brand's product taken by name: a lead ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile on déménage en mars, je veux prendre Nimbus Fibre, vous avez une offre ?",
        "@NimbusMobile moving in March, I want to get Nimbus Fibre, any offers for new customers?",
        "@NimbusMobile nos mudamos, quiero contratar Nimbus Fibre, ¿tenéis alguna oferta con router?",
        "@NimbusMobile wir ziehen um, ich möchte Nimbus Fibre nehmen, gibt es ein Angebot?",
        "@NimbusMobile cambio casa, vorrei prendere Nimbus Fibre, avete offerte per nuovi clienti?",
        "@NimbusMobile quero contratar a Nimbus Fibre para a casa nova, têm alguma oferta?",
    ],
)
def test_taking_the_brands_product_by_name_is_a_lead(template: Pipeline, text: str) -> None:
    case = _post(_desk(template), "m", text)
    assert case["queue"] == "sales" and case["recommended_action"]["code"] == "sales_lead", case


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile I want to get Nimbus to fix my router, it's been down for 3 days",
        "@NimbusMobile je veux prendre contact avec Nimbus, ma facture est fausse",
        "@NimbusMobile je veux prendre rendez-vous en boutique",
    ],
)
def test_the_brand_made_to_act_is_no_lead(template: Pipeline, text: str) -> None:
    case = _post(_desk(template), "m", text)
    assert case["queue"] != "sales", case
