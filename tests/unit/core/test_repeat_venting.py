"""Customer memory: a repeat complainer's contempt that names no problem ("same rubbish as
always, you never learn") is venting, listened to (P4, no-response) in every language; the
same words from a first-time author are answered, and contempt beside a concrete problem is
answered even from a repeat complainer."""

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

T0 = parse_time("2026-10-05T08:00:00Z")
DAY = 86_400


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _desk(template: Pipeline) -> Pipeline:
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    core.stores.customers = {}
    return core


def _post(core: Pipeline, mention_id: str, text: str, at: float = 0) -> dict[str, Any]:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": mention_id,
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0 + at),
                "author": {"id": "c9", "handle": "c9", "followers": 90},
            }
        )
    )
    now = T0 + at
    record = core.route(core.dedup(core.score(core.enrich(raw, now)), now), now)
    assert record is not None
    out: dict[str, Any] = orjson.loads(encode(record))
    return out


# Contempt plus "always the same" / "you never change": nothing to act on.
VENTS = [
    "@NimbusHelp sois unos incompetentes, siempre la misma historia, nunca cambiáis",
    "@NimbusHelp vous êtes nuls, toujours la même chose, rien ne change",
    "@NimbusHelp empresa lixo, sempre a mesma porcaria, que vergonha",
    "@NimbusHelp siete ridicoli, sempre la stessa storia, vergogna",
    "@NimbusHelp Ihr seid echt unfähig, immer wieder derselbe Mist",
    "@NimbusHelp what a joke of a company, same rubbish every week, again",
]
# The same contempt beside a concrete problem.
CONCRETE = [
    "@NimbusHelp sois unos incompetentes, otra vez sin internet en casa",
    "@NimbusHelp vous êtes nuls, toujours pas de remboursement",
    "@NimbusHelp empresa lixo, cobraram duas vezes",
    "@NimbusHelp incompetenti, carta rifiutata di nuovo",
    "@NimbusHelp ihr seid unfähig, die Rechnung ist schon wieder falsch",
    "@NimbusHelp useless lot, my refund still hasn't arrived",
    "@NimbusHelp pathetic, third time this week the app logs me out",
]


def _vents(a: TextAnalysis) -> bool:
    return a.intent == "rant" or (a.intent == "complaint" and "venting" in a.cues)


@pytest.mark.parametrize("text", VENTS)
def test_contempt_and_always_the_same_is_venting(text: str) -> None:
    assert _vents(run(text))


@pytest.mark.parametrize("text", CONCRETE)
def test_contempt_beside_a_concrete_problem_is_not_venting(text: str) -> None:
    a = run(text)
    assert a.intent == "complaint" and "venting" not in a.cues


def test_a_calm_complaint_with_always_the_same_is_not_venting() -> None:
    # No contempt: "otra vez" with a problem is a plain complaint.
    a = run("@NimbusHelp otra vez la factura con un cargo de más")
    assert a.intent == "complaint" and "venting" not in a.cues


HISTORY = [
    "@NimbusHelp sin señal en casa desde ayer",
    "@NimbusHelp la factura vino con un cargo que no entiendo",
    "@NimbusHelp la app no abre",
    "@NimbusHelp el técnico no vino a la cita",
]


def _repeat_complainer(template: Pipeline) -> Pipeline:
    core = _desk(template)
    for i, text in enumerate(HISTORY):
        _post(core, f"h{i}", text, at=i * 3 * DAY)
    return core


@pytest.mark.parametrize("text", VENTS)
def test_a_repeat_complainers_venting_is_listened_to(template: Pipeline, text: str) -> None:
    case = _post(_repeat_complainer(template), "m1", text, at=14 * DAY)
    assert case["repeat_complainer"]
    assert (case["queue"], case["priority"], case["recommended_action"]["code"]) == ("no-response", "P4", "listen_only")


@pytest.mark.parametrize("text", VENTS[:3])
def test_the_same_venting_from_a_first_time_author_is_answered(template: Pipeline, text: str) -> None:
    case = _post(_desk(template), "m1", text)
    assert not case["repeat_complainer"]
    assert case["recommended_action"]["code"] not in ("listen_only", "drop")


@pytest.mark.parametrize("text", CONCRETE)
def test_a_repeat_complainers_contempt_with_a_problem_is_answered(template: Pipeline, text: str) -> None:
    case = _post(_repeat_complainer(template), "m1", text, at=14 * DAY)
    assert case["repeat_complainer"]
    assert case["recommended_action"]["code"] not in ("listen_only", "drop")
