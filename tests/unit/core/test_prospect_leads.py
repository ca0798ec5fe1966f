"""Prospects in their own words, in six languages (`core.leads`): a quote asked for, a business
signing up or becoming a partner, a company asking for offers, a deal asked for on joining, a
move to the brand by its name, a price for many lines and a bulk order are sales leads. An
existing customer's problem with a charge, a complaint about prices, "my partner", a past sign-up
or a move away from the brand are not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.leads import prospect_lead, with_lead
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

BRAND = frozenset({"nimbus"})


def lead(text: str) -> bool:
    return prospect_lead(normalise(text).tokens, BRAND) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a quote asked for
        "could you send me a quote for fibre at our new office?",
        "quisiera un presupuesto para las líneas de mi tienda",
        "pouvez-vous me faire un devis pour nos trois agences ?",
        "wir hätten gerne ein unverbindliches Angebot für unsere Praxis",
        "mi servirebbe un preventivo per il nostro studio, grazie",
        "gostaria de receber um orçamento para o escritório",
        # a business signing up, or becoming a partner
        "how do I list my bakery on your app?",
        "tengo una pizzería en Gràcia, ¿cómo registrar mi restaurante?",
        "je voudrais devenir partenaire avec ma crêperie",
        "Ich möchte mein Café bei euch anmelden, was kostet das?",
        "come posso diventare partner? ho una trattoria a Bologna",
        "quero cadastrar minha lanchonete, qual é a taxa?",
        "how would I get my bakery listed in the app?",
        "we'd love to partner with you, we have two food trucks",
        "nous sommes intéressés par un partenariat pour nos deux brasseries",
        "siamo interessati a una collaborazione con la nostra osteria",
        # a company asking for offers
        "we're a GmbH with 40 staff, do you offer company phone plans?",
        "somos una pyme con 9 empleados y buscamos tarifas para móviles",
        "wir möchten als Firma 30 Handys bei euch, geht das?",
        "notre entreprise cherche une offre pour 15 lignes",
        "wir möchten als Firma unsere Diensthandys umstellen, was bietet ihr an?",
        # a deal asked for on joining
        "is there a discount if we bring the whole family over?",
        "¿hay algún descuento si contrato fibra y móvil juntos?",
        "y a-t-il une remise si je prends deux forfaits ?",
        "gibt es Rabatt, wenn ich zwei Verträge nehme?",
        "c'è uno sconto se porto anche il numero di mia moglie?",
        "tem desconto se eu trouxer as linhas dos meus pais?",
        # a move to the brand by its name
        "we're thinking about switching the kids' phones over to Nimbus next month",
        "me gustaría cambiarme a Nimbus, ¿qué cobertura hay en Cádiz?",
        "on voudrait passer chez Nimbus à la rentrée",
        "wir überlegen, zu Nimbus zu wechseln",
        "vorrei passare a Nimbus con la fibra",
        "quero mudar para a Nimbus no mês que vem",
        # a price for many units, a bulk order
        "how much would it cost for 20 lines?",
        "¿cuánto costaría para 12 líneas?",
        "quanto costa per 8 linee aziendali?",
        "do you take corporate orders for office lunches?",
        "¿hacéis pedidos corporativos para eventos?",
        "une commande groupée pour notre bureau, c'est possible ?",
        "do you do catering for a christening, around 50 guests?",
        "fate catering per matrimoni?",
    ],
)
def test_a_prospects_words_are_a_lead(text: str) -> None:
    assert lead(text), text


@pytest.mark.parametrize(
    "text",
    [
        "why was I charged for 3 lines this month?",
        "your prices went up again, 40 euros for this rubbish",
        "my partner and I love the new app",
        "I registered my restaurant last month and nobody has paid me",
        "quote tweet this if you agree",
        "Vodafone hat mir ein Angebot gemacht, das ist günstiger",
        "can I take my phone to Nimbus for a repair?",
        "switching from Nimbus to another network next week",
        "I moved to Nimbus last year",
        "can't add a dish from the restaurant to my basket",
        "my corporate order arrived cold",
        "la mia azienda ha 20 linee senza rete da ieri",
        "the quote you gave me was wrong",
        "what's the restaurant's phone number?",
        "era um bloqueio preventivo, já está resolvido",
        "fue un bloqueo preventivo por seguridad",
        "how much is roaming in Spain?",
        "thanks for the partnership with the football club",
        "grazie per la collaborazione, come sempre",
        "the restaurant listed the wrong allergens",
        "the catering for our party arrived late",
    ],
)
def test_a_customers_words_are_no_lead(text: str) -> None:
    assert not lead(text), text


def test_a_negative_complaint_is_no_lead() -> None:
    toks = normalise("3 lines and none works, how much would it cost for 20 lines of this rubbish").tokens
    assert with_lead([], toks, "complaint", "negative", -0.3) == ([], None)
    assert with_lead(["churn"], toks, "question", "neutral", 0.0) == (["churn", "purchase"], "units")
    # A request in itself (a quote) outweighs a mildly negative reading, not a clearly negative one.
    quote = normalise("we have 7 staff, could you do us a quote for lines?").tokens
    assert with_lead([], quote, "complaint", "negative", -0.3) == (["purchase"], "quote")
    assert with_lead([], quote, "complaint", "negative", -0.7) == ([], None)
    # A company, lines and a need in an outage are a customer's problem.
    down = normalise("all 40 of our business lines are down, we need someone now").tokens
    assert with_lead([], down, "complaint", "negative", -0.3) == ([], None)


@pytest.fixture(scope="module")
def factory() -> Callable[[], Any]:
    return core_factory_from_settings()


def routed(factory: Callable[[], Any], text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "author": {"id": "c1", "handle": "someone", "followers": 90}, "text": text}
    cases = run_scenario(factory, {"id": "lead", "mentions": [mention]})["cases"]
    (case,) = cases.values()
    return dict(case)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile we have a dental practice with 7 staff, would you do us a quote for lines and broadband?",
        "@ParceloEats tengo una cafetería en Triana y quiero darme de alta como restaurante, ¿qué comisión es?",
        "@NimbusMobile pensiamo di passare a Nimbus: c'è uno sconto se porto tre SIM?",
    ],
)
def test_a_lead_goes_to_sales(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert (case["queue"], case["recommended_action"]["code"]) == ("sales", "sales_lead")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile why was I charged 60 euros for the 3 lines on my account?",
        "@ParceloEats I registered my restaurant and you still haven't paid me for November",
    ],
)
def test_a_customers_problem_stays_with_care(factory: Callable[[], Any], text: str) -> None:
    assert routed(factory, text)["queue"] != "sales"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "depois de 12 anos vou mudar de banco, chega de taxas"),
        ("es", "después de 9 años me cambio de compañía, las subidas no paran"),
        ("fr", "au bout de 7 ans je résilie, les frais ont encore augmenté"),
        ("de", "nach 10 Jahren kündige ich, die Gebühren sind zu hoch"),
        ("it", "dopo 11 anni chiudo il conto, le commissioni sono assurde"),
    ],
)
def test_years_gone_by_are_no_childs_age(lang: str, text: str) -> None:
    # A long-standing customer leaving is a churn, never a child in danger...
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "a minha filha de 8 anos ficou sozinha no aeroporto"),
        ("es", "mi hijo de 7 años se quedó solo en el andén"),
    ],
)
def test_a_childs_age_still_is(lang: str, text: str) -> None:
    # ... while "a daughter of 8" still is a child.
    assert detect_harm(normalise(text), lang, brand_known=True).kind == "vulnerable_person"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile vorremmo passare a Nimbus con tutta l'azienda, sono 30 linee",
        "@NimbusMobile nous voulons passer chez Nimbus avec toute l'entreprise, 40 lignes",
    ],
)
def test_a_whole_company_moving_to_the_brand_is_a_lead_not_a_cut_off(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert (case["queue"], case["priority"]) == ("sales", "P3"), (case["rule"], case["severity"])


def test_a_lead_beside_an_outage_keeps_the_outage_major(factory: Callable[[], Any]) -> None:
    text = "@NimbusMobile could we get a quote? all our business lines have been down since Monday"
    assert routed(factory, text)["severity"] == "major"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile me paso a Nimbus en enero, ¿qué tarifas tenéis?",
        "@NimbusMobile je passe chez Nimbus le mois prochain, quelles offres ?",
        "@NimbusMobile passo a Nimbus a febbraio, che offerte avete?",
    ],
)
def test_moving_to_the_brand_by_name_is_a_lead_not_churn(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert case["queue"] == "sales" and "churn" not in case["signals"], (case["rule"], case["signals"])


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile me paso a Movistar, adiós",
        "@Brightbank vou fechar a minha conta no fim do mês",
        "@Brightbank ich löse mein Konto auf, das war's",
        "@Brightbank chiudo il mio conto, basta così",
    ],
)
def test_leaving_or_closing_the_account_is_retention(factory: Callable[[], Any], text: str) -> None:
    assert routed(factory, text)["queue"] == "retention"


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank I can't get into my business account since this morning",
        "@Brightbank no me deja entrar en la cuenta de empresa",
        "@Brightbank mon compte professionnel affiche un solde faux",
        "@Brightbank unser Firmenkonto zeigt eine doppelte Abbuchung",
        "@Brightbank il nostro conto aziendale è bloccato",
        "@Brightbank a minha conta PJ não abre no app",
    ],
)
def test_a_business_account_one_has_is_no_lead(factory: Callable[[], Any], text: str) -> None:
    assert routed(factory, text)["queue"] != "sales"


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank we'd like a business account for our two shops",
        "@Brightbank quisiera abrir una cuenta de empresa para mi taller",
        "@Brightbank ich möchte ein Geschäftskonto für meine Praxis",
        "@Brightbank quero abrir uma conta PJ",
    ],
)
def test_a_business_account_asked_for_is_a_lead(factory: Callable[[], Any], text: str) -> None:
    assert routed(factory, text)["queue"] == "sales"


def test_a_purchase_phrase_in_a_complaint_naming_a_failure_is_no_lead(factory: Callable[[], Any]) -> None:
    # "for our staff" is a business plan asked for, or whom a failure hits.
    assert routed(factory, "@NimbusMobile the app crashed for our staff again")["queue"] != "sales"
    # A request still is a lead beside someone else's failure.
    text = "@NimbusMobile we want a quote for 10 lines, our current provider has no signal"
    assert routed(factory, text)["queue"] == "sales"
