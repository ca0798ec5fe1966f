"""Customer memory and value: repeated venting is listened to, a repeat complainer's new concrete
problem is answered, terse complaints count towards the memory, and a valuable customer's
complaint goes to a person with a tighter SLA. Each behaviour with its negative twin."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-11-20T09:00:00Z")
DAY = 86_400


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _desk(template: Pipeline, customers: dict[str, Any] | None = None) -> Pipeline:
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    core.stores.customers = customers or {}
    return core


def _post(core: Pipeline, mention_id: str, text: str, at: float = 0, author: str = "c1") -> dict[str, Any]:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": mention_id,
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0 + at),
                "author": {"id": author, "handle": author, "followers": 150},
            }
        )
    )
    now = T0 + at
    record = core.route(core.dedup(core.score(core.enrich(raw, now)), now), now)
    assert record is not None
    out: dict[str, Any] = orjson.loads(encode(record))
    return out


# --- 1. contempt naming no failure is venting --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats honestly you lot are the worst app on my phone 🙄🙄",
        "honestly @ParceloEats is a joke. always has been. worst app on my phone 🙄",
        "@NimbusMobile worst provider in the country, honestly",
        "@NimbusMobile qué asco de compañía, de verdad 🤮",
    ],
)
def test_bare_contempt_at_the_brand_is_venting(text: str) -> None:
    assert run(text).intent == "rant"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats worst app on my phone, it crashed and charged me twice",
        "@ParceloEats rider went to the wrong street again, worst app ever",
        "@NimbusMobile qué asco de cobertura, sin señal en casa",
        "@BrightbankCare shame on you, charged me a fee for nothing",
    ],
)
def test_contempt_with_a_named_failure_stays_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


# --- 2. terse complaints (so that they count in the memory) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp cold chips, 3rd time this month",
        "@ParceloHelp driver went to the wrong street",
        "@SkyLarkHelp pasto a bordo immangiabile",
        "@SkyLarkHelp wifi inesistente",
        "@SkyLarkHelp coda infinita al check-in",
        "@SkyLarkHelp comida incomible en el vuelo",
        "@SkyLarkHelp refeição intragável",
        "@SkyLarkHelp repas immangeable",
        "@SkyLarkHelp Essen an Bord ungenießbar",
        "@NimbusHelp outra vez sem net",
        "@NimbusHelp la SIM nuova non si attiva",
    ],
)
def test_terse_problem_reports_are_complaints(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp pasto a bordo buonissimo, grazie!",
        "@ParceloHelp third time ordering this week, love it 😍",
        "@SkyLarkHelp Danke! Das Treffen findet morgen statt, der Flug war super",
        "@NimbusHelp die Schulung findet morgen statt. Rechnung bitte per Mail",
    ],
)
def test_their_praise_twins_are_not_complaints(text: str) -> None:
    assert run(text).intent != "complaint"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("@NimbusHelp die Rechnung kommt seit zwei Monaten per Post statt per Mail. Bitte umstellen.", "complaint"),
        ("@NimbusHelp my bill comes by post instead of email for months now", "complaint"),
        ("@NimbusHelp can I get my bill by email instead of post?", "question"),
    ],
)
def test_what_came_instead_of_what_was_due_is_a_complaint_but_asking_for_it_is_a_question(
    text: str, intent: str
) -> None:
    assert run(text).intent == intent


# --- 3. a duration of service loss is major ------------------------------------------------------


def test_days_without_service_is_major_and_its_twins_are_not() -> None:
    major = run("@NimbusHelp 4 DAYS no calls or texts on my Nimbus SIM. nobody can tell me anything")
    assert major.intent == "complaint" and major.severity == "major"
    assert run("@NimbusHelp 2 weeks no internet at home").severity == "major"
    assert run("@NimbusHelp no calls today, what's up?").severity != "major"
    killer = run("that new smash burger on @ParceloEats is KILLER 💀 ordered it twice this week no shame")
    assert killer.severity != "major"


# --- 4. churn: moving everything to the competition ---------------------------------------------


def test_moving_everything_to_the_competition_is_churn_even_beside_a_product_held_with_you() -> None:
    text = "hypothèque chez vous, et on me refuse tout. Je transfère tout chez la concurrence"
    assert "churn" in detect_signals(normalise(text))
    assert "churn" not in detect_signals(normalise("je pense passer chez vous, la concurrence est trop chère"))


# --- 5. memory and value in routing ---------------------------------------------------------------

HISTORY = ["@ParceloHelp order 40 min late again", "@ParceloHelp missing my dip AGAIN", "@ParceloHelp cold chips"]


def test_a_repeat_complainers_bare_contempt_is_listened_to(template: Pipeline) -> None:
    core = _desk(template)
    for i, text in enumerate(HISTORY):
        _post(core, f"p{i}", text, at=i * DAY)
    case = _post(core, "m1", "@ParceloEats honestly you lot are the worst app on my phone 🙄", at=4 * DAY)
    assert case["repeat_complainer"]
    assert case["recommended_action"]["code"] == "listen_only" and case["queue"] == "no-response"
    # The same words from a first-time author are not silenced by memory.
    fresh = _post(_desk(template), "m1", "@ParceloEats honestly you lot are the worst app on my phone 🙄")
    assert not fresh["repeat_complainer"]


def test_a_repeat_complainers_new_concrete_problem_is_answered(template: Pipeline) -> None:
    core = _desk(template)
    for i, text in enumerate(HISTORY):
        _post(core, f"p{i}", text, at=i * DAY)
    case = _post(core, "m1", "@ParceloHelp driver went to the wrong street, food never came", at=4 * DAY)
    assert case["repeat_complainer"]
    assert case["recommended_action"]["code"] not in ("listen_only", "drop")


def test_a_top_customers_complaint_goes_to_a_person_with_a_tighter_sla(template: Pipeline) -> None:
    text = "@NimbusHelp portal login broken"
    vip = {"c1": {"author_id": "c1", "brand": "nimbus-mobile", "tier": "platinum", "lifetime_value": 40_000}}
    case = _post(_desk(template, vip), "m1", text)
    assert case["intent"] == "complaint"
    assert case["recommended_action"]["code"] == "acknowledge_then_private" and case["priority"] == "P2"
    standard = {"c1": {"author_id": "c1", "brand": "nimbus-mobile", "tier": "standard", "lifetime_value": 300}}
    base = _post(_desk(template, standard), "m1", text)
    assert base["recommended_action"]["code"] == "point_to_self_service" and base["priority"] == "P3"


# --- 6. a concrete problem hours after a plain question is its own case ---------------------------


def test_a_concrete_problem_hours_after_a_plain_question_is_a_new_case(template: Pipeline) -> None:
    question = "@BrightbankCare bonjour, comment je change l'adresse de livraison de ma nouvelle carte ?"
    charge = "@BrightbankCare et là je vois un prélèvement de 499€ chez un site que je n'ai JAMAIS fait ?!"
    core = _desk(template)
    first = _post(core, "m1", question)
    later = _post(core, "m2", charge, at=2 * 3600)
    assert later["case_id"] != first["case_id"]
    # Within the hour it is still one conversation; and chasing the asked-about thing hours later
    # ("still nothing") follows that case up.
    core = _desk(template)
    first = _post(core, "m1", question)
    assert _post(core, "m2", charge, at=20 * 60)["case_id"] == first["case_id"]
    core = _desk(template)
    first = _post(core, "m1", "@ParceloHelp where is my order? it says on the way")
    chased = _post(core, "m2", "@ParceloHelp still waiting for my order, nobody answers", at=2 * 3600)
    assert chased["case_id"] == first["case_id"]


# --- 7. an English word that is an everyday word elsewhere ----------------------------------------


def test_italian_fare_is_no_fare() -> None:
    # "fare" is Italian "to do": "non so cosa fare" names no price.
    assert run("@NimbusHelp la SIM non si attiva e non so cosa fare").category != "billing"
    assert run("@SkyLarkAir my fare went up by £40 overnight").category == "billing"


# --- 8. a repeat complainer's sarcastic dig with no failure in it ---------------------------------

IT_HISTORY = [
    "@NimbusHelp niente segnale in casa",
    "@NimbusHelp bolletta più alta del previsto",
    "@NimbusHelp l'app non si apre",
]
DIG = "@NimbusMobile bravi come sempre 👏👏 un'azienda da manuale... di cosa non fare"


def test_a_repeat_complainers_sarcastic_dig_is_listened_to(template: Pipeline) -> None:
    core = _desk(template)
    for i, text in enumerate(IT_HISTORY):
        _post(core, f"p{i}", text, at=i * DAY)
    case = _post(core, "m1", DIG, at=4 * DAY)
    assert case["repeat_complainer"] and case["recommended_action"]["code"] == "listen_only"
    # From someone with no history it is never thanked, and not silenced either.
    fresh = _post(_desk(template), "m1", DIG)
    assert fresh["recommended_action"]["code"] not in ("listen_only", "thank_and_amplify")
    # Irony that names a failure is a complaint, answered even for a repeat complainer.
    core = _desk(template)
    for i, text in enumerate(IT_HISTORY):
        _post(core, f"p{i}", text, at=i * DAY)
    named = _post(core, "m1", "@NimbusHelp grazie per le 3 ore senza rete, bravissimi 👏", at=4 * DAY)
    assert named["recommended_action"]["code"] not in ("listen_only", "drop", "thank_and_amplify")


# --- 9. a repeat complainer's contempt that names no problem, in six languages ------------------
# Customer memory: a repeat complainer's contempt that names no problem ("same rubbish as
# always, you never learn") is venting, listened to (P4, no-response) in every language; the
# same words from a first-time author are answered, and contempt beside a concrete problem is
# answered even from a repeat complainer.


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


VENT_HISTORY = [
    "@NimbusHelp sin señal en casa desde ayer",
    "@NimbusHelp la factura vino con un cargo que no entiendo",
    "@NimbusHelp la app no abre",
    "@NimbusHelp el técnico no vino a la cita",
]


def _repeat_complainer(template: Pipeline) -> Pipeline:
    core = _desk(template)
    for i, text in enumerate(VENT_HISTORY):
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
