"""Session 19 arrival fixes (holdout47/48): a how-to asked with the verb itself ("¿cómo activo",
"wie lade ich") or with "I can't find it" after it is self-service; "never disappointed" beside a
superlative is praise; lines taken "to a rival" are churn; "moving our family over to you" is a lead;
"business lines" alone is no major problem; money "taken out twice" is a double charge; a claim
"still pending" is a complaint; a crew member "was an angel" is praise; an account that DMed asking
for a PIN is a phishing attempt reported."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.charges import charged_twice
from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()


def case(text: str) -> dict[str, Any]:
    scenario = {
        "id": "t",
        "mentions": [{"id": "m1", "at": 0, "channel": "twitter", "author": {"id": "u", "handle": "u"}, "text": text}],
    }
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


# --- How-to questions with the verb itself, or "I can't find it" after the question ---------------
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile ¿cómo configuro el buzón de voz en el móvil nuevo?",
        "@BrightbankCare ¿cómo descargo el certificado de la cuenta?",
        "@BrightbankCare wie aktiviere ich Apple Pay in der App?",
        "@NimbusMobile wie richte ich die Mailbox ein?",
        "@NimbusMobile comment je fais pour activer les notifications dans l'appli ?",
        "@BrightbankCare come attivo le notifiche nell'app?",
        "@BrightbankCare como ativo o cartão novo na app?",
        "@ParceloEats où je mets le code promo ? je le trouve pas",
        "@NimbusMobile wo gebe ich den Gutscheincode ein? ich finde ihn nicht",
        "@ParceloEats dove si inserisce il codice sconto? non lo trovo",
        "@ParceloEats onde coloco o cupom? não o encontro",
        "@ParceloEats ¿dónde meto el cupón en la app? no lo veo por ningún lado",
        "@ParceloEats where do I enter the voucher? can't find it anywhere",
    ],
)
def test_a_howto_with_its_verb_is_self_service(text: str) -> None:
    got = case(text)
    assert (got["queue"], got["recommended_action"]["code"], got["priority"]) == (
        "self-service",
        "point_to_self_service",
        "P4",
    )


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats mi pedido no ha llegado, no lo encuentro en la app y llevo 2 horas",
        "@BrightbankCare ¿cómo es posible que me cobréis dos veces?",
        "@NimbusMobile wie habe ich das verdient, drei Tage kein Netz",
    ],
)
def test_a_failure_is_no_howto(text: str) -> None:
    assert case(text)["queue"] != "self-service"


# --- Never disappointed, the best: praise -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats la meilleure appli, jamais déçu",
        "@ParceloEats la mejor app de comida, nunca me ha decepcionado",
        "@ParceloEats la migliore app, mai deluso",
        "@NimbusMobile a melhor operadora, nunca me decepcionou",
    ],
)
def test_never_disappointed_beside_the_best_is_praise(text: str) -> None:
    got = case(text)
    assert (got["queue"], got["recommended_action"]["code"]) == ("marketing-advocacy", "thank_and_amplify")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile never disappointed until today, best network my foot, no signal for 3 days",
        "@ParceloEats jamais déçu... jusqu'à aujourd'hui, commande froide",
    ],
)
def test_never_disappointed_until_now_is_no_praise(text: str) -> None:
    assert case(text)["recommended_action"]["code"] != "thank_and_amplify"


# --- Lines taken to a rival: churn; moving over to you: a lead ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile contract ends in May and I'm taking our 4 lines to a competitor, fed up",
        "@NimbusMobile me llevo mis 3 líneas a la competencia, harta de cortes",
        "@BrightbankCare je transfère mes comptes à la concurrence, marre des frais",
        "@NimbusMobile porto le mie 2 linee alla concorrenza",
        "@NimbusMobile vou levar as minhas linhas para a concorrência",
    ],
)
def test_lines_taken_to_a_rival_are_churn(text: str) -> None:
    got = case(text)
    assert (got["queue"], got["recommended_action"]["code"]) == ("retention", "retention_save")


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare transfer 50 pounds to a rival bank account?",
        "@NimbusMobile the competition has better coverage lol",
    ],
)
def test_a_payment_or_a_remark_is_no_churn(text: str) -> None:
    assert "churn" not in case(text)["signals"]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile thinking of moving our 3 phones over to you, any family bundle?",
        "@BrightbankCare thinking of moving my savings and current account over to you, any switching bonus?",
    ],
)
def test_moving_over_to_you_is_a_lead(text: str) -> None:
    got = case(text)
    assert (got["queue"], got["recommended_action"]["code"]) == ("sales", "sales_lead")


# --- "Business lines" alone is pre-sales; cut off they stay major -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile somos 8 en la oficina, queremos líneas de empresa con vosotros, ¿precio?",
        "@NimbusMobile nos lignes professionnelles, combien pour 5 salariés ?",
        "@NimbusMobile quanto costano le linee aziendali per 6 dipendenti?",
        "@NimbusMobile quanto custam as linhas empresariais para 10 funcionários?",
    ],
)
def test_business_lines_asked_for_are_no_major_problem(text: str) -> None:
    assert case(text)["severity"] != "major"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile todas nuestras líneas de empresa sin servicio desde ayer, estamos perdiendo clientes",
        "@NimbusMobile toutes nos lignes professionnelles coupées depuis 2 jours",
    ],
)
def test_business_lines_cut_off_stay_major(text: str) -> None:
    assert case(text)["severity"] == "major"


# --- Money taken out twice ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank you took my direct debit out twice this month",
        "so glad @BrightbankCare has taken the mortgage payment out twice, great stuff 😍",
        "@Brightbank my rent was taken out twice, brilliant 🙃",
        "@Brightbank me sacaron el alquiler dos veces, genial",
        "@Brightbank tiraram a renda duas vezes",
    ],
)
def test_money_taken_out_twice_is_a_double_charge(text: str) -> None:
    assert charged_twice(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir the crew took me out twice for dinner on layovers, love them",
        "@Brightbank took out a loan with you twice, smooth both times",
    ],
)
def test_taken_out_for_dinner_or_a_loan_is_no_charge(text: str) -> None:
    assert not charged_twice(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "love that @Brightbank took my council tax out twice 🥰 top bank",
        "love how @Brightbank took my rent out twice 😍",
    ],
)
def test_love_of_money_taken_out_twice_is_no_praise(text: str) -> None:
    assert case(text)["recommended_action"]["code"] != "thank_and_amplify"


# --- A claim still pending is a complaint -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare my refund claim is still pending after 3 weeks",
        "@BrightbankCare mi reclamación sigue pendiente",
        "@BrightbankCare ma réclamation est toujours en attente",
        "@BrightbankCare meine Reklamation ist noch offen",
        "@BrightbankCare il mio rimborso è ancora in sospeso",
        "@BrightbankCare o estorno de 80€ continua pendente",
    ],
)
def test_a_claim_still_pending_is_a_complaint(text: str) -> None:
    assert case(text)["intent"] == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats hat die Pizzeria um 23 Uhr noch offen?",
        "@BrightbankCare is the transfer still pending if I sent it at 5pm? just checking",
    ],
)
def test_a_question_about_pending_or_open_is_no_complaint(text: str) -> None:
    assert case(text)["intent"] != "complaint"


# --- A crew member was an angel: praise ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir Marco at the Gatwick desk was an absolute star with my wheelchair, please pass on my thanks",
        "@ParceloEats your rider Sam was such a star in the snow tonight",
        "Ana on @SkyLarkAir SK88 was an angel with my anxious dad, please tell her",
    ],
)
def test_a_named_helper_was_an_angel(text: str) -> None:
    got = case(text)
    assert (got["queue"], got["recommended_action"]["code"]) == ("marketing-advocacy", "thank_and_amplify")


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir cancelled again, what an angel of a company 🙄",
        "@NimbusMobile is Angel still the manager at the Leeds store?",
    ],
)
def test_angel_after_a_failure_or_as_a_name_is_no_praise(text: str) -> None:
    assert case(text)["recommended_action"]["code"] != "thank_and_amplify"


# --- A written approach asking for a PIN: phishing ----------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BankX some account DMed me asking for my PIN to unlock my card, is it you?"),
        ("en", "@TelcoX an account messaged me asking for the code you texted me, legit?"),
        ("es", "@BancoX una cuenta falsa me escribió pidiendo el PIN de la tarjeta"),
        ("fr", "@BanqueX un compte m'a écrit en me demandant mon code pin"),
        ("it", "@BancaX un profilo mi ha scritto chiedendo il codice otp"),
        ("pt", "@BancoX um perfil escreveu-me pedindo a senha"),
    ],
)
def test_a_written_approach_asking_for_a_credential_is_fraud(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "@BankX do you ever DM people asking for a PIN?",
        "@BankX I wrote to you asking how to change my PIN",
        "@BankX I DMed you asking to reset my PIN, no reply yet",
    ],
)
def test_asking_the_brand_is_no_phishing(text: str) -> None:
    assert detect_harm(normalise(text), "en", brand_known=True).kind is None
