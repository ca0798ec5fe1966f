"""Complaints are not only negative sentiment. Insulting the brand's people as a lot ("bunch of
muppets", "bande d'incapables", "ihr Vollpfosten", "branco di cialtroni") with no problem named is
venting (a rant) in every language; the same insult beside a concrete failure (an order that never
came, a double charge, a safety issue) stays a complaint with its problem. A repeat complainer's
venting is listened to, but their threat to cancel or switch is a new thing to act on: it reaches
retention, however insulting, in every language. Own sentences, with negative controls."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-11-20T09:00:00Z")


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


# Contempt for the people as a lot, and nothing to act on.
COLLECTIVE_RANTS = [
    "@NimbusMobile what a bunch of muppets, every single time",
    "@NimbusMobile tas d'abrutis, c'est toujours la même chose avec vous",
    "@NimbusMobile bande de guignols, jamais vu ça",
    "@NimbusMobile was für ein Haufen Vollpfosten, jedes Mal das Gleiche",
    "@NimbusMobile ihr Versager, echt jedes Mal",
    "@NimbusMobile sois unos payasos, siempre igual",
    "@NimbusMobile manica di cialtroni, ogni volta la stessa cosa",
    "@NimbusMobile siete degli incapaci, come sempre",
    "@NimbusMobile cambada de palhaços, sempre igual",
]


@pytest.mark.parametrize("text", COLLECTIVE_RANTS)
def test_a_collective_insult_with_no_problem_is_venting(text: str) -> None:
    assert run(text).intent == "rant"


# The same contempt beside a concrete failure: a complaint, and it keeps its problem.
INSULT_WITH_PROBLEM = [
    ("@ParceloHelp bunch of muppets, order 55120 never turned up", "minor"),
    ("@Brightbank tas d'abrutis, vous m'avez prélevé deux fois", "major"),
    ("@ParceloHelp Haufen Vollpfosten, Bestellung 77310 ist nie angekommen", "minor"),
    ("@Brightbank sois unos payasos, me habéis cobrado dos veces", "major"),
    ("@Brightbank manica di cialtroni, mi avete addebitato due volte", "major"),
    ("@ParceloHelp cambada de palhaços, o pedido 66120 nunca chegou", "minor"),
]


@pytest.mark.parametrize(("text", "severity"), INSULT_WITH_PROBLEM)
def test_a_collective_insult_beside_a_failure_stays_a_complaint(text: str, severity: str) -> None:
    a = run(text)
    assert a.intent == "complaint"
    assert a.severity == severity


# Negative controls: "unable to" is not an insult, and venting at the weekday is not at the brand.
@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank je suis incapable de me connecter à l'appli depuis ce matin",
        "@Brightbank sono incapace di accedere all'app da stamattina",
        "@Brightbank soy incapaz de entrar en la app desde esta mañana",
        "@Brightbank I'm unable to log in to the app since this morning",
    ],
)
def test_unable_to_is_not_an_insult(text: str) -> None:
    assert run(text).intent != "rant"


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _desk(template: Pipeline) -> Pipeline:
    return Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )


def _post(core: Pipeline, mention_id: str, text: str, at: float) -> dict[str, Any]:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": mention_id,
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0 + at),
                "author": {"id": "c1", "handle": "c1", "followers": 150},
            }
        )
    )
    record = core.route(core.dedup(core.score(core.enrich(raw, T0 + at)), T0 + at), T0 + at)
    assert record is not None
    out: dict[str, Any] = orjson.loads(encode(record))
    return out


_EARLIER = [
    "@ParceloHelp rider went to the wrong street again",
    "@ParceloHelp my chips were cold and soggy",
    "@ParceloHelp no cutlery in the bag again",
    "@ParceloHelp drink missing from my order",
    "@ParceloHelp the curry leaked all over the bag",
]


def _after_history(template: Pipeline, text: str) -> dict[str, Any]:
    core = _desk(template)
    for i, earlier in enumerate(_EARLIER):
        _post(core, f"h{i}", earlier, i * 80_000)
    return _post(core, "m", text, 450_000)


VENTING_AGAIN = [
    "@ParceloHelp what a bunch of muppets, every single time",
    "@ParceloHelp tas d'abrutis, c'est toujours la même chose avec vous",
    "@ParceloHelp was für ein Haufen Vollpfosten, jedes Mal das Gleiche",
    "@ParceloHelp sois unos payasos, siempre igual",
    "@ParceloHelp manica di cialtroni, ogni volta la stessa cosa",
    "@ParceloHelp cambada de palhaços, sempre igual",
]


@pytest.mark.parametrize("text", VENTING_AGAIN)
def test_a_repeat_complainers_venting_is_listened_to(template: Pipeline, text: str) -> None:
    case = _after_history(template, text)
    assert case["repeat_complainer"] is True
    assert case["recommended_action"]["code"] == "listen_only"


@pytest.mark.parametrize("text", VENTING_AGAIN[:2])
def test_a_first_rant_is_not_ignored(template: Pipeline, text: str) -> None:
    case = _post(_desk(template), "m", text, 0)
    assert case["recommended_action"]["code"] != "listen_only"


LEAVING = [
    "@ParceloHelp I'm cancelling, bunch of muppets",
    "@ParceloHelp je résilie tout, tas d'abrutis",
    "@ParceloHelp ich kündige, ihr Versager",
    "@ParceloHelp me doy de baja, sois unos payasos",
    "@ParceloHelp vi disdico, manica di cialtroni",
    "@ParceloHelp vou cancelar, cambada de palhaços",
]


@pytest.mark.parametrize("text", LEAVING)
def test_a_repeat_complainers_churn_threat_reaches_retention(template: Pipeline, text: str) -> None:
    case = _after_history(template, text)
    assert case["repeat_complainer"] is True
    assert case["queue"] == "retention"
    assert case["recommended_action"]["code"] == "retention_save"


def test_cancelling_one_order_is_no_churn(template: Pipeline) -> None:
    case = _post(_desk(template), "m", "@ParceloHelp I'm cancelling the order, it's been two hours", 0)
    assert case["queue"] != "retention"


# A sum or a reference number beside the contempt is something to look up: a complaint, and never
# the venting a repeat complainer is not answered for. A count or a year is no such detail.
@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank bunch of muppets, £35 gone from my account again",
        "@Brightbank tas d'abrutis, encore 35€ prélevés",
        "@Brightbank ihr Versager, schon wieder 35€ weg",
        "@Brightbank sois unos payasos, otra vez 35€",
        "@Brightbank manica di cialtroni, di nuovo 35€",
        "@ParceloHelp cambada de palhaços, encomenda 88123 nada",
    ],
)
def test_a_sum_or_a_reference_keeps_the_complaint(text: str) -> None:
    a = run(text)
    assert a.intent == "complaint"
    assert "venting" not in a.cues


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank bunch of muppets, customer since 2015 and always the same",
        "@Brightbank tas d'abrutis, 3 fois cette année",
    ],
)
def test_a_year_or_a_count_is_no_concrete_detail(text: str) -> None:
    assert run(text).intent == "rant"


# Contempt round a harm: the harm is the problem (a complaint for safety), in every language.
@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp bunch of muppets, there was a shard of glass in my burger",
        "@ParceloHelp ihr Vollpfosten, in meinem Salat war ein Stück Glas",
        "@ParceloHelp sois unos payasos, había un trozo de cristal en la pizza",
        "@ParceloHelp manica di cialtroni, c'era un pezzo di vetro nella pizza",
        "@ParceloHelp cambada de palhaços, tinha um pedaço de vidro na pizza",
    ],
)
def test_contempt_round_a_harm_is_a_complaint_for_safety(template: Pipeline, text: str) -> None:
    case = _post(_desk(template), "m", text, 0)
    assert case["intent"] == "complaint"
    assert case["severity"] in ("major", "minor")
    assert case["harm"] is not None
    assert case["queue"] == "safety-escalations"


# The move said in the first person present is a churn threat in every language; cancelling one
# order, or changing one's mind, is none.
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile sort it by Friday or I'm switching network",
        "@NimbusMobile encore une panne, je change d'opérateur le mois prochain",
        "@NimbusMobile noch ein Ausfall und ich wechsle den Anbieter",
        "@NimbusMobile otra caída más y cambio de operador",
        "@NimbusMobile un'altra interruzione e cambio gestore",
        "@NimbusMobile mais uma falha e mudo de operadora",
    ],
)
def test_a_first_person_move_is_churn(template: Pipeline, text: str) -> None:
    assert _post(_desk(template), "m", text, 0)["queue"] == "retention"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp cancelo el pedido, llevo una hora esperando",
        "@ParceloHelp cancelo o pedido, já passou uma hora",
        "@ParceloHelp je change d'avis, je prends des sushis",
        "@ParceloHelp I'm cancelling this order, an hour late already",
    ],
)
def test_cancelling_an_order_or_changing_ones_mind_is_no_churn(template: Pipeline, text: str) -> None:
    assert _post(_desk(template), "m", text, 0)["queue"] != "retention"


# General negativity not addressed to the brand: heat at someone else before the "but", praise
# for the brand after it, is praise in every language; heat that speaks to the brand is not.
@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp my landlord is a useless idiot but your rider is an absolute legend 😍",
        "@ParceloHelp mes voisins sont des abrutis mais votre livreur était adorable 😍",
        "@ParceloHelp meine Kollegen sind Versager, aber euer Sushi war ein Traum 😍",
        "@ParceloHelp mis vecinos son unos payasos, pero vuestro repartidor es un sol 😍",
        "@ParceloHelp i miei vicini sono dei cialtroni, ma il vostro rider è un tesoro 😍",
        "@ParceloHelp os meus vizinhos são uns palhaços, mas o vosso estafeta é um amor 😍",
    ],
)
def test_heat_at_someone_else_before_the_but_leaves_the_praise(text: str) -> None:
    assert run(text).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp you lot are absolute muppets but the sushi was decent 🙂",
        "@ParceloHelp siete degli incapaci, ma buona serata eh 🙂",
        "@ParceloHelp watching the Muppets tonight with a Parcelo pizza, perfect 😍",
    ],
)
def test_heat_at_the_brand_is_no_praise_and_a_show_is_no_insult(text: str) -> None:
    a = run(text)
    assert (a.intent == "praise") == ("Muppets" in text)
