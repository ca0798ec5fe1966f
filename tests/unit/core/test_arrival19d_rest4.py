"""Session 19 arrival fixes (holdout49/50, helper arrrest4): contempt words the lexicon lacked
("pésimos", "horrorosos") and a rant word the small model reads as neutral ("odeio vocês") are
venting, so a repeat complainer's next one is listened to; a regulator tagged by its handle
("queja en @Profeco") is a regulator signal; a plan cancelled or every account moved "to the
competitor" is churn; the lost service said to be back ("signal's back") is the customer's fix,
so a different problem after it is a new case; terse French gripes ("frites froides", "livreur
malpoli", "code promo refusé") are complaints and count in the customer's memory."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()
_DAY = 93600


def run(texts: list[str], gap: int = _DAY, customers: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    mentions = [
        {"id": f"m{i}", "at": i * gap, "channel": "twitter", "author": {"id": "c1", "handle": "u", "followers": 80},
         "text": t}
        for i, t in enumerate(texts)
    ]  # fmt: skip
    return run_scenario(_FACTORY, {"id": "t", "mentions": mentions, "customers": customers or []})


def case_of(result: dict[str, Any], mention: str) -> dict[str, Any]:
    return next(c for c in result["cases"].values() if f"t/{mention}" in c["mention_ids"])


def intent_of(text: str) -> str:
    return str(case_of(run([text]), "m0")["intent"])


# --- Contempt and rant words: venting ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile sois pésimos",
        "@NimbusMobile pésimas como siempre",
        "@ParceloEats horrorosos",
        "@ParceloEats vocês são horrorosas",
        "@ParceloEats sigo odiando",
        "@ParceloEats continuo odiando vocês",
        "@ParceloEats odeio vocês",
        "@NimbusMobile je vous déteste",
        "@NimbusMobile ich hasse euch",
        "@ParceloEats vi odio",
        "@NimbusMobile los odio",
    ],
)
def test_contempt_without_a_problem_is_venting(text: str) -> None:
    assert intent_of(text) in ("rant", "complaint")
    assert intent_of(text) != "praise"


@pytest.mark.parametrize(
    "texts",
    [
        ["@NimbusMobile basura", "@NimbusMobile siguen siendo basura", "@NimbusMobile qué asco",
         "@NimbusMobile los odio", "@NimbusMobile pésimos como siempre 🤬"],
        ["@ParceloEats lixo", "@ParceloEats vcs são péssimos", "@ParceloEats péssimos mesmo",
         "@ParceloEats que nojo", "@ParceloEats horrorosos", "@ParceloEats continuo odiando"],
    ],
)  # fmt: skip
def test_a_repeat_complainers_contempt_is_listened_to(texts: list[str]) -> None:
    got = case_of(run(texts), f"m{len(texts) - 1}")
    assert got["repeat_complainer"] is True
    assert (got["queue"], got["recommended_action"]["code"], got["priority"]) == ("no-response", "listen_only", "P4")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile odio los lunes",  # at the day, not the brand
        "@ParceloEats adoro vocês, nunca falham",
        "@NimbusMobile muchas gracias, sois geniales",
    ],
)
def test_no_venting_without_contempt_for_the_brand(text: str) -> None:
    assert intent_of(text) in ("other", "praise")


# --- A regulator tagged by its handle ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ya metí queja en @Profeco contra @NimbusMobile por un cobro que no hice",
        "@NimbusMobile cc @procon_sp cobrança indevida de novo",
        "@BrightbankCare @Ofcom you charged me twice this month",
        "@BrightbankCare je vais voir ça avec @CNIL",
        "@NimbusMobile @OCU_Consumidor otra factura con cargos raros",
        "@SkyLarkAir segnalato ad @Agcom, basta",
        "@BrightbankCare ich schreibe der @BaFin",
        "@NimbusMobile já mandei pra @anatel",
        "@NimbusMobile complaint sent to @FCA",
        "@NimbusMobile he escrito a @facua",
    ],
)
def test_a_tagged_regulator_is_a_regulator_signal(text: str) -> None:
    assert "regulator" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir @decoartshop love the lamp",
        "@NimbusMobile @maria_lopez mira esto",
        "@ParceloEats @fcabarcelona_fan gol!",
        "@BrightbankCare @procontrol_app any news?",
    ],
)
def test_other_handles_raise_no_regulator(text: str) -> None:
    assert "regulator" not in detect_signals(normalise(text))


def test_a_big_account_tagging_a_regulator_reaches_legal() -> None:
    texts = ["Ya metí queja en @Profeco contra @NimbusMobile por cobros que nunca hice. 8 meses igual."]
    mentions = [{"id": "m0", "at": 0, "author": {"id": "a", "handle": "big", "followers": 400000}, "text": texts[0]}]
    got = next(iter(run_scenario(_FACTORY, {"id": "t", "mentions": mentions})["cases"].values()))
    assert (got["queue"], got["recommended_action"]["code"]) == ("legal-regulatory", "refer_to_legal")


# --- Churn: a plan cancelled, every account closed, a move to "the competitor" --------------------
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile ya me cansé, cancelo mi plan",
        "@NimbusMobile voy a cancelar mi plan el lunes",
        "@NimbusMobile i'm going to cancel my plan tomorrow",
        "@BrightbankCare vou encerrar todas as contas e migrar pro concorrente",
        "@BrightbankCare amanhã encerro todas as contas",
        "@BrightbankCare cancelo meu plano hoje",
        "@BrightbankCare je vais fermer tous mes comptes",
        "@BrightbankCare chiudo tutti i conti domani",
        "@BrightbankCare ich werde alle Konten kündigen",
        "@BrightbankCare we will close all my accounts and migrate to a competitor",
        "@NimbusMobile me voy a migrar a la competencia",
    ],
)
def test_leaving_is_churn(text: str) -> None:
    assert "churn" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile ¿qué incluye mi plan?",
        "@BrightbankCare quantas contas posso abrir?",
        "@BrightbankCare how do I see all my accounts in the app?",
        "@NimbusMobile mi plan es genial",
    ],
)
def test_no_churn_without_leaving(text: str) -> None:
    assert "churn" not in detect_signals(normalise(text))


def test_a_platinum_customer_leaving_reaches_retention_fast() -> None:
    customers = [{"author_id": "c1", "brand": "brightbank", "tier": "platinum", "lifetime_value": 90000}]
    got = case_of(
        run(["@BrightbankCare vou encerrar todas as contas e migrar pro concorrente"], customers=customers), "m0"
    )
    assert (got["queue"], got["recommended_action"]["code"]) == ("retention", "retention_save")
    assert got["priority"] in ("P1", "P2")


# --- The service said to be back is a fix ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp signal's back, thanks!",
        "@NimbusHelp internet is back, cheers",
        "@NimbusMobile ya volvió la señal, gracias",
        "@NimbusMobile le réseau est revenu, merci",
        "@NimbusMobile das Netz ist wieder da, danke",
        "@NimbusMobile il segnale è tornato, grazie",
        "@NimbusMobile o sinal voltou, obrigado",
        "@NimbusMobile a internet voltou, valeu",
        "@NimbusMobile ha vuelto la señal por fin",
        "@NimbusMobile è tornata la rete, grazie mille",
    ],
)
def test_the_service_back_is_resolved(text: str) -> None:
    assert "resolved" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    ["@NimbusHelp no signal, please call me back", "@NimbusMobile back to no signal again", "@NimbusMobile sin señal"],
)
def test_no_fix_without_the_service_back(text: str) -> None:
    assert "resolved" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "texts",
    [
        ("@NimbusHelp no signal in Porto", "@NimbusHelp signal's back, thanks!",
         "@NimbusHelp now a €40 charge I never made"),
        ("@NimbusMobile sin señal en Sevilla", "@NimbusMobile ya volvió la señal, gracias",
         "@NimbusMobile y ahora la factura trae 30€ de más"),
        ("@NimbusMobile sem sinal em Braga", "@NimbusMobile o sinal voltou, obrigado",
         "@NimbusMobile agora cobraram 25€ a mais na fatura"),
    ],
)  # fmt: skip
def test_a_different_problem_after_the_service_is_back_is_a_new_case(texts: tuple[str, str, str]) -> None:
    result = run(list(texts), gap=3600)
    assert case_of(result, "m1")["case_id"] == case_of(result, "m0")["case_id"]
    assert case_of(result, "m2")["case_id"] != case_of(result, "m0")["case_id"]


# --- Terse French gripes are complaints, and count ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats frites froides",
        "@ParceloEats nouilles froides encore",
        "@ParceloEats livreur malpoli",
        "@ParceloEats livreuse malpolie ce soir",
        "@ParceloEats code promo refusé",
        "@ParceloEats pizza froide et livreur malpoli",
    ],
)
def test_terse_french_gripes_are_complaints(text: str) -> None:
    assert intent_of(text) == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats livreur très poli, merci",
        "@ParceloEats code promo accepté, génial merci",
        "@ParceloEats livreuse adorable",
    ],
)
def test_french_praise_stays_praise(text: str) -> None:
    assert intent_of(text) == "praise"


def test_terse_gripes_count_in_memory() -> None:
    texts = ["@ParceloEats commande en retard", "@ParceloEats frites froides", "@ParceloEats livreur malpoli",
             "@ParceloEats code promo refusé", "@ParceloEats on m'a débité 45€ pour une commande annulée"]  # fmt: skip
    got = case_of(run(texts, gap=259200), "m4")
    assert got["repeat_complainer"] is True
    assert got["recommended_action"]["code"] not in ("listen_only", "drop")
