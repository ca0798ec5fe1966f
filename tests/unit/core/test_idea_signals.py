"""Feature ideas said as a wish to be able to do something in the product, whatever intensifier
sits in the wish ("ce serait trop bien de pouvoir ... dans l'appli"), are product feedback; an
idea called wild or revolutionary in a complaint ("here's a wild feature idea: what if the rider
came to my address? still charged") is sarcasm, a complaint for care (`core.idea_signals`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mentionflow.core.idea_signals import ability_wish
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


@pytest.fixture(scope="module")
def factory() -> Callable[[], Any]:
    return core_factory_from_settings()


def routed(factory: Callable[[], Any], text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "author": {"id": "c1", "handle": "someone", "followers": 90}, "text": text}
    (case,) = run_scenario(factory, {"id": "idea", "mentions": [mention]})["cases"].values()
    return dict(case)


ABILITY_IDEAS = [
    "@ParceloEats ce serait vraiment top de pouvoir programmer la commande la veille dans l'appli",
    "@ParceloEats j'aimerais bien pouvoir enregistrer plusieurs adresses dans l'appli",
    "@ParceloEats sería muy práctico poder guardar varias direcciones en la app",
    "@Brightbank me gustaría poder poner un límite a cada hucha desde la app",
    "@SkyLarkAir wäre echt praktisch, in der App den Sitzplatz für die Kinder gratis wählen zu können",
    "@ParceloEats mi piacerebbe poter salvare più indirizzi nell'app",
    "@Brightbank seria mesmo útil poder arredondar as compras para os mealheiros na app",
    "@ParceloEats it would be really handy to be able to schedule orders for the next day in the app",
]


@pytest.mark.parametrize("text", ABILITY_IDEAS)
def test_a_wish_to_be_able_to_do_something_in_the_app(text: str) -> None:
    assert ability_wish(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        # one's own case: a person to reach, money back
        "@NimbusHelp ce serait bien de pouvoir joindre quelqu'un, l'appli ne marche pas depuis 3 jours",
        "@Brightbank sería genial poder recuperar mi dinero desde la app",
        # the speaker's own feeling: a request
        "@SkyLarkAir I'd be grateful to be able to change my seat in the app",
        # no feature of the product named
        "@ParceloEats sarebbe bello poter mangiare caldo per una volta",
        # being able to, said of the past
        "@NimbusHelp yesterday I was able to log in to the app, today nothing",
    ],
)
def test_no_feature_idea(text: str) -> None:
    assert not ability_wish(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats ce serait trop bien de pouvoir noter chaque livreur direct dans l'appli, vous y pensez ?",
        "@Brightbank sería súper útil poder dividir un pago entre dos huchas en la app 🙏",
        "@ParceloEats mi piacerebbe tanto poter ordinare da due ristoranti insieme nell'app",
    ],
)
def test_an_intensified_ability_wish_goes_to_product(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert (case["queue"], case["recommended_action"]["code"]) == ("product-feedback", "log_feedback"), case["rule"]


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp revolutionary idea: how about the courier actually rings the bell? Marked delivered, never came",
        "@ParceloEats idée révolutionnaire : et si le livreur sonnait chez moi ? Commande perdue, toujours débitée.",
        "@NimbusHelp verrückte Idee: wie wäre es, wenn der Techniker mal kommt? Seit 3 Tagen kein Internet.",
        "@ParceloEats idea loca: ¿y si el repartidor trae el pedido caliente? Llegó helado y tarde.",
        "@ParceloEats idea geniale: consegnare all'indirizzo giusto? Ordine sparito, addebitato lo stesso.",
        "@ParceloEats ideia maluca: e se o estafeta entregasse na morada certa? Pedido perdido e cobrado na mesma.",
    ],
)
def test_a_mocked_idea_in_a_complaint_is_no_feedback(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert case["queue"] in ("care-tier1", "care-escalations"), case["rule"]
    assert case["recommended_action"]["code"] not in ("log_feedback", "thank_and_amplify")


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats crazy idea but hear me out: a dark mode for the app 🙏",  # the idea alone
        "@SkyLarkAir radical suggestion: an option to pick seats in the app before check-in. Love flying with you!",
        "@ParceloEats idée folle : un mode groupe dans l'appli pour commander à plusieurs. Vous êtes géniaux !",
    ],
)
def test_a_wild_idea_with_no_complaint_stays_feedback(factory: Callable[[], Any], text: str) -> None:
    assert routed(factory, text)["queue"] == "product-feedback"
