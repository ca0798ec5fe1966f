"""Pre-sales questions read from their structure (`core.presales`, `core.leads`), measured on an
own set of 426 posts in six languages (tests/data/sales_intent_s20.yaml): 197 prospects and
purchases (32 or more per language), 179 existing customers' how-to questions, complaints and
praise that use the words "plan", "upgrade", "price", "account", and 50 churn threats naming a
rival. Who the author is to the brand (weighing it up, not a customer yet, coming over to it,
with a rival now, an offer placed "with you") and what they ask (an offer, a price, a line, an
account) make a lead; a charge, an error, a past change of plan or a move towards a rival never
do."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from mentionflow.core.presales import customer_problem, presales
from mentionflow.core.signals import default_signals, detect_signals
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

DATA = Path(__file__).resolve().parents[2] / "data" / "sales_intent_s20.yaml"
HELD_OUT = DATA.with_name("sales_intent_s20_heldout.yaml")
RIVALS = default_signals().rivals


def kind(text: str, to_brand: bool = False) -> str | None:
    n = normalise(text)
    return presales(n.tokens, "?" in n.clean, RIVALS, to_brand)


@pytest.mark.parametrize(
    "text",
    [
        # weighing the brand up, not a customer yet, with a rival now, coming over
        "@Brand weighing up a move to you for home broadband, is there a 12-month fibre contract?",
        "@Brand not a customer yet - is your SIM-only plan available without a credit check?",
        "@Brand I'm with Vodafone till March, what would a 30GB plan cost me with you?",
        "@Brand me lo estoy planteando: ¿la fibra de 600 megas tiene permanencia?",
        "@Brand estoy con Movistar, ¿cuánto sería la tarifa con 2 líneas?",
        "@Brand aún no soy cliente, ¿la cuenta para jóvenes tiene comisiones?",
        "@Brand on hésite entre vous et Free, votre forfait 100 Go inclut l'Espagne ?",
        "@Brand pas encore cliente, l'offre fibre est sans engagement ?",
        "@Brand überlegen gerade, ob eure Glasfaser mit 500 Mbit bei uns verfügbar ist?",
        "@Brand ich bin noch bei O2, was kostet bei euch ein Tarif mit 40 GB?",
        "@Brand stiamo valutando la vostra fibra, c'è un vincolo di 24 mesi?",
        "@Brand non sono ancora cliente, il conto per studenti ha costi?",
        "@Brand estamos a pensar na vossa fibra, tem fidelização?",
        "@Brand ainda não sou cliente, a conta jovem tem custos?",
        # buying, adding, opening, moving up
        "@Brand I'd like to add a tablet SIM to my contract, how much extra?",
        "@Brand quisiera abrir una cuenta de empresa, ¿qué necesito?",
        "@Brand je voudrais ajouter une ligne pour ma femme, c'est combien ?",
        "@Brand ich möchte für meinen Sohn eine zusätzliche Karte buchen, was kostet das?",
        "@Brand vorrei aggiungere una linea per mio padre, quanto costa?",
        "@Brand queria juntar uma linha para o meu pai, quanto custa?",
        # an offer asked of the brand
        "@Brand do you sell refurbished phones with a plan?",
        "@Brand ¿qué me ofrecéis para fibra y tres móviles?",
        "@Brand was bietet ihr für eine WG mit vier Leuten?",
        "@Brand cosa offrite per una famiglia con tre telefoni?",
        "@Brand o que oferecem para fibra e dois telemóveis?",
        "@Brand what's your cheapest plan with EU roaming?",
        # an offer placed at the brand, a provider shopped for, a product asked after
        "@Brand would a shared plan with you cost less than our two contracts?",
        "@Brand ¿un pack de fibra y móvil con vosotros me saldría más barato?",
        "@Brand une offre fibre chez vous, ça coûte combien à Nantes ?",
        "@Brand wäre ein Familientarif bei euch günstiger als bei meinem jetzigen Anbieter?",
        "@Brand un'offerta casa con voi quanto costerebbe?",
        "@Brand um tarifário família convosco ficava mais barato?",
        "@Brand I'm shopping for a new bank, does your joint account have fees?",
        "@Brand habt ihr einen Studententarif?",
        "@Brand avete un'offerta per studenti?",
        "@Brand têm conta para estudantes?",
        "@Brand can you send me your prices for a 12-person office?",
        "@Brand ¿qué tarifa me recomendáis para viajar mucho?",
    ],
)
def test_a_pre_sales_question_is_read_from_its_structure(text: str) -> None:
    assert kind(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # an existing customer's how-to, charge, error, past change
        "@Brand how do I see my remaining data on my plan?",
        "@Brand I upgraded my plan and the bill still shows the old price",
        "@Brand you charged me twice for the Premium fee this month",
        "@Brand cómo cambio el PIN de mi tarjeta desde la app?",
        "@Brand me habéis cobrado la línea que di de baja",
        "@Brand je n'arrive pas à voir ma consommation sur mon forfait",
        "@Brand ihr habt mir die Gebühr für den Tarif doppelt abgebucht",
        "@Brand mi avete addebitato due volte l'abbonamento",
        "@Brand cobraram-me duas vezes o tarifário",
        "@Brand tried to upgrade in the app and got an error, but you took the money",
        # praise and plain statements with product words
        "@Brand my new plan is great, loving the speed",
        "@Brand la nueva tarifa va genial",
        # a negated wish
        "@Brand I don't want to upgrade, stop calling me about new plans",
        # merging what one has, a comparison complaint, an account opened already
        "@Brand queremos juntar las dos cuentas en una sola factura",
        "@Brand why does Vodafone get 5G in Leeds and your fibre plan doesn't?",
        "@Brand opened an account with you last week and still no card",
    ],
)
def test_a_customers_question_or_problem_is_no_pre_sales_question(text: str) -> None:
    assert kind(text) is None


def test_moving_to_the_brands_handle_with_an_offer_question_is_a_prospect() -> None:
    text = "thinking of bringing the household over to <user>, is there a shared data plan?"
    assert kind(text, to_brand=True) == "prospect"
    # ... and a past charge still is a customer's problem, wherever they came from
    assert customer_problem(normalise("since I moved to you I've been charged twice").tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@Brand Vodafone just offered me 40GB for less, match it or I'm off",
        "@Brand a Vodafone oferece-me mais dados pelo mesmo preço, ou igualam ou vou-me embora",
        "@Brand überlege ernsthaft, zu Vodafone zu wechseln",
    ],
)
def test_a_rivals_offer_or_a_move_to_a_rival_is_churn(text: str) -> None:
    found = detect_signals(normalise(text))
    assert "churn" in found
    assert kind(text) is None or "purchase" not in found


@pytest.fixture(scope="module")
def factory() -> Callable[[], Any]:
    return core_factory_from_settings()


def routed_class(factory: Callable[[], Any], text: str) -> str:
    mention = {"id": "m1", "at": 0, "author": {"id": "c1", "handle": "someone", "followers": 90}, "text": text}
    cases = run_scenario(factory, {"id": "s20", "mentions": [mention]})["cases"]
    queue = next(iter(cases.values()))["queue"] if cases else "none"
    return str(queue) if queue in ("sales", "retention") else "other"


def test_the_own_set_routes_sales_care_and_churn_apart(factory: Callable[[], Any]) -> None:
    rows = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    confusion: Counter[tuple[str, str]] = Counter()
    per_lang: Counter[tuple[str, bool]] = Counter()
    for row in rows:
        got = routed_class(factory, row["text"])
        confusion[(row["expect"], got)] += 1
        if row["expect"] == "sales":
            per_lang[(row["lang"], got == "sales")] += 1
    sales = sum(n for (exp, _), n in confusion.items() if exp == "sales")
    churn = sum(n for (exp, _), n in confusion.items() if exp == "retention")
    # measured at commit: sales 189/197, care->sales 0/179, churn 47/50
    # (at 44d13e5: sales 29/197, care->sales 5/179, churn 36/50)
    assert confusion[("sales", "sales")] >= 0.95 * sales
    assert confusion[("other", "sales")] <= 1
    assert confusion[("retention", "sales")] == 0
    assert confusion[("retention", "retention")] >= 0.9 * churn
    for lang in ("en", "es", "fr", "de", "it", "pt"):
        hit, miss = per_lang[(lang, True)], per_lang[(lang, False)]
        assert hit >= 0.85 * (hit + miss), (lang, hit, miss)


def test_a_held_out_set_keeps_care_out_of_sales(factory: Callable[[], Any]) -> None:
    """54 posts never tuned on (tests/data/sales_intent_s20_heldout.yaml): the structure must not
    pull a customer's problem into sales; its recall is what a blind set can expect (14/30 at
    commit, 6/30 at 44d13e5)."""
    rows = yaml.safe_load(HELD_OUT.read_text(encoding="utf-8"))
    confusion = Counter((row["expect"], routed_class(factory, row["text"])) for row in rows)
    assert confusion[("other", "sales")] == 0
    assert confusion[("sales", "sales")] >= 12
