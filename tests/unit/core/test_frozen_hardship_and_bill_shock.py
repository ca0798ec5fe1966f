"""A frozen account that leaves someone without heating, food, medicine or the rent is a
vulnerable-customer harm in every language (core/harm_hardship.py); a freeze alone, a lack
alone, or a resolved freeze is not. A billing complaint about an outsized sum goes to an agent
(rule billing-dispute), a small one stays a minor complaint with a help link."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_hardship import frozen_out_of_essentials
from mentionflow.core.route import Rules, load_rules, route
from mentionflow.core.text import normalise
from mentionflow.settings import packaged_data

from rulesamples import facts

HARDSHIP = [
    ("en", "@Brightbank you froze my dad's account 10 days ago and he can't pay for his heating or his prescriptions"),
    ("en", "@BrightbankCare my card has been blocked since Monday, I have two kids and no money for food"),
    ("es", "@BrightbankCare mi madre tiene 80 años, le bloquearon la cuenta y no puede comprar sus medicamentos"),
    ("es", "@Brightbank llevo una semana con la cuenta congelada y sin calefacción, tengo un bebé"),
    ("fr", "@BrightbankCare mon compte est bloqué depuis 8 jours, je ne peux pas payer le loyer ni acheter à manger"),
    ("fr", "@Brightbank compte gelé, plus de chauffage chez ma grand-mère"),
    ("de", "@BrightbankCare mein Konto ist seit einer Woche gesperrt, ich kann die Miete nicht zahlen"),
    ("de", "@Brightbank Kontosperre seit Tagen, keine Heizung und kein Geld für Babynahrung"),
    ("it", "@BrightbankCare carta bloccata da giorni, mio figlio disabile è senza farmaci"),
    ("it", "@Brightbank il conto di mio padre è congelato e gli hanno staccato la luce"),
    ("pt", "@BrightbankCare minha conta foi bloqueada e não consigo comprar comida para os meus filhos"),
    ("pt", "@Brightbank cartão bloqueado há uma semana, estamos sem aquecimento e sem leite para o bebé"),
]


@pytest.mark.parametrize(("lang", "text"), HARDSHIP)
def test_a_frozen_account_without_essentials_is_a_vulnerable_customer(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind == "vulnerable_person"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BrightbankCare my account is frozen, please sort it out"),
        ("en", "@Brightbank no heating in the office again, freezing in here"),
        ("en", "@BrightbankCare thanks for unblocking my card so fast, we had no food shopping for two days"),
        ("en", "@ParceloHelp the app froze and I can't order food"),
        ("es", "@BrightbankCare la cuenta bloqueada otra vez, qué desastre"),
        ("fr", "@BrightbankCare ma carte est bloquée, comment la débloquer ?"),
        ("de", "@BrightbankCare Karte gesperrt, wie entsperre ich sie?"),
        ("de", "@Brightbank die Heizung im Büro geht nicht"),
        ("de", "Danke @Brightbank, ihr sperrt mein Konto ohne Grund. Miete kann warten, oder?"),
        ("it", "@BrightbankCare l'app si è bloccata mentre pagavo la spesa"),
        ("it", "@Brightbank conto bloccato da ieri, che servizio pessimo"),
        ("pt", "@BrightbankCare cartão bloqueado do nada no supermercado, resolvam isso"),
    ],
)
def test_a_freeze_or_a_lack_alone_is_no_hardship(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None


def test_stranded_without_food_is_no_frozen_account() -> None:
    # "bloqueados" here is people stuck at a station, not money: no hardship statement.
    assert not frozen_out_of_essentials(normalise("@Tren bloqueados en la estación sin comida").tokens)
    assert not frozen_out_of_essentials(normalise("@Treni bloccati in stazione senza cibo").tokens)


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(packaged_data("rules.yaml"))


@pytest.mark.parametrize(
    "text",
    [
        "@Mobile £780 for data abroad?? my plan includes roaming",
        "@Mobile factura de 1.250 € este mes, imposible",
        "@Mobile une facture de 430 euros pour deux jours en Suisse",
        "@Mobile Rechnung über 2.300 Euro nach dem Urlaub, das kann nicht sein",
        "@Mobile bolletta assurda dopo le vacanze, ridatemi i soldi",
        "@Mobile R$ 900 na fatura de roaming, que absurdo",
    ],
)
def test_an_outsized_bill_goes_to_an_agent(rules: Rules, text: str) -> None:
    d = route(facts(intent="complaint", severity="minor", category="billing", text=text), rules)
    assert (d.rule, d.action.code) == ("billing-dispute", "acknowledge_then_private")
    assert d.queue == "care-tier1"


@pytest.mark.parametrize(
    "text",
    [
        "@Mobile my bill went up €4 this month, why",
        "@Eats the £2.99 delivery fee was charged again",
        "@Eats der 10€-Rabatt wurde nicht abgezogen",
        "@Mobile 12,50 € de plus sur ma facture",
    ],
)
def test_a_small_sum_stays_a_minor_complaint(rules: Rules, text: str) -> None:
    d = route(facts(intent="complaint", severity="minor", category="billing", text=text), rules)
    assert (d.rule, d.action.code) == ("minor-complaint", "point_to_self_service")


def test_a_large_sum_outside_billing_is_no_bill_dispute(rules: Rules) -> None:
    d = route(
        facts(intent="complaint", severity="minor", category="delivery", text="@Eats my £120 order is late"), rules
    )
    assert d.rule != "billing-dispute"
