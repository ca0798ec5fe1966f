"""A complaint said as a wish or as conditional praise ("would be great if it actually worked",
"ce serait top si l'appli ne plantait pas"): the wish names what the product owes or a failure to
stop, so the failure is there. Feature ideas, plans and plain praise stay what they were."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import conditional_wish, wish_clause
from mentionflow.core.text import normalise
from mentionflow.core.wished_fix import wished_fix
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


WISHED_FIXES = [
    # en: the end of a failure wished for; what the product owes, wished for
    "@ParceloBank it would be lovely if the login page didn't freeze every single morning",
    "great update honestly, would be even better if the app stopped crashing when I open my basket",
    "@NimbusTel would be nice if someone actually answered the support line",
    "it'd be brilliant if the tracking page loaded for once",
    "would b so cool if my music didnt keep buffering @StreamlyHelp",
    "I wish your checkout worked like it used to",
    # a wish said with "actually" / "at least" / "finally", or naming the problem, whatever the verb
    "would be nice if the booking page actually showed the right prices",
    "it'd be great if you at least told us the gate had changed",
    "would be really appreciated if you could sort out the issue with my account",
    "sería genial que por fin arreglaran el wifi del hotel",
    "wäre schön, wenn ihr endlich den Fehler in der App beheben würdet",
    "@ParceloRail be good to know what happened to the 07:40 to Bristol",
    "would be nice to hear back from someone about my claim",
    # es
    "@ParceloES estaría genial que la web cargara alguna vez sin dar error",
    "sería un detalle que respondieran a los correos, llevo una semana",
    "estaría bien recibir alguna respuesta de atención al cliente",
    "ojalá no se colgara la app cada vez que pago",
    # fr
    "@ParceloFR ce serait sympa que vous répondiez à mes messages",
    "franchement ce serait parfait si le site ne buggait pas à chaque commande",
    "ce serait sympa d'avoir une réponse un jour",
    # de
    "@ParceloDE wäre echt super, wenn die Seite endlich mal laden würde",
    "wär schön, wenn die App nicht jedes Mal abstürzen würde beim Bezahlen",
    "wäre nett, irgendwann eine Rückmeldung zu bekommen",
    # it
    "@ParceloIT sarebbe carino se qualcuno rispondesse alle mail",
    "sarebbe fantastico se l'app non si bloccasse ogni volta",
    # pt
    "@ParceloBR seria ótimo se o site carregasse pelo menos uma vez",
    "seria bom se o aplicativo não travasse toda hora",
]


@pytest.mark.parametrize("text", WISHED_FIXES)
def test_a_wished_fix_is_a_complaint(text: str) -> None:
    a = run(text)
    assert wished_fix(normalise(text)), text
    assert a.intent == "complaint", (text, a.intent, a.cues)
    assert a.severity == "minor", (text, a.severity)


NOT_WISHED_FIXES = [
    # feature ideas: nothing fails
    "would be awesome if the app had a widget for my balance",
    "it'd be great if the app worked offline on the tube",
    "would be amazing if it worked with my smartwatch",
    "sería genial que la app tuviera modo noche",
    "sería genial si funcionara con Alexa",
    "ce serait top si l'appli proposait un mode sombre",
    "wäre cool, wenn die App auch mit Apple Pay funktionieren würde",
    "sarebbe bello se l'app mostrasse i punti accumulati",
    "seria ótimo se o app funcionasse no relógio também",
    # plans and hopes
    "would be great if you opened a branch in Galway",
    "would be brilliant if you delivered to the islands",
    "it would be great if it all worked out for you guys",
    "ojalá funcione la nueva app que sacan mañana",
    "magari aprissero un negozio a Bari",
    # praise, a request of one's own, a negated wish
    "love the new app, the basket is so smooth now",
    "I'd be grateful if you answered my question about the fees",
    "happy to help, I'd be glad to answer any questions you have",
    "what would be a good answer to give a customer who asks this?",
    "would be nice to know when the winter menu starts",
    "really wish injuries didnt slow our striker down this season",
    "I wish I at least had a day off this week",
    "would be great if you could answer this: does the premium plan include lounge access?",
    "ojalá pudiera ir al concierto o al menos verlo en directo",
    "would be great if you didn't raise prices again next year",
]


@pytest.mark.parametrize("text", NOT_WISHED_FIXES)
def test_a_wish_for_something_new_is_no_wished_fix(text: str) -> None:
    assert not wished_fix(normalise(text)), text
    assert "wished_fix" not in run(text).cues


def test_wish_clause_points_at_the_if() -> None:
    toks = normalise("it would be great if it worked").tokens
    assert toks[wish_clause(toks)] == "if"
    assert wish_clause(normalise("the app works great").tokens) == -1
    assert conditional_wish(normalise("would b awesome if you added it").tokens)


@pytest.fixture(scope="module")
def factory() -> Callable[[], Any]:
    return core_factory_from_settings()


def routed(factory: Callable[[], Any], text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "author": {"id": "c1", "handle": "someone", "followers": 90}, "text": text}
    (case,) = run_scenario(factory, {"id": "wish", "mentions": [mention]})["cases"].values()
    return dict(case)


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats would be fab if the order screen didn't freeze at checkout",
        "@ParceloEats ce serait génial que l'appli marche le soir",
        "@ParceloEats sarebbe utile se il sito caricasse",
    ],
)
def test_a_wished_fix_goes_to_care_not_to_the_product_team(factory: Callable[[], Any], text: str) -> None:
    case = routed(factory, text)
    assert case["queue"] != "product-feedback", (case["rule"], case["severity"])


def test_a_feature_idea_still_goes_to_the_product_team(factory: Callable[[], Any]) -> None:
    case = routed(factory, "@ParceloEats would be fab if the order screen showed the calories")
    assert case["queue"] == "product-feedback", case["rule"]


HELPFUL_WISHES_AND_HOPED_FIXES = [
    # a wish judged useful, or asked ("wouldn't it be nice if"): what is wished is owed
    "@NimbusTel it would really help if somebody replied to my emails",
    "wouldn't it be lovely if the payment page actually worked",
    "would be great if the portal knew I'd already cancelled",
    "ayudaría que alguien respondiera al teléfono de una vez",
    "ça aiderait vraiment si le site chargeait correctement",
    "würde echt helfen, wenn endlich mal jemand antworten würde",
    "aiuterebbe molto se l'app funzionasse almeno una volta",
    "ajudaria muito se o site carregasse direito",
    # a hope for a fix: something is broken now
    "really hope you fix the login soon, can't get in since Monday",
    "hopefully they repair the card reader before the weekend",
    "I hope the gate app isn't as slow as it was at Easter",
    "espero que solucionen lo de la factura pronto",
    "j'espère que vous allez corriger le bug de paiement",
    "ich hoffe, der Fehler wird bald behoben",
    "speriamo che risolvano il problema della consegna",
    "tomara que consertem o aplicativo logo",
    "hope the Didsbury branch gets its self-checkouts fixed this week",
    "hoping next season's pass isn't as flaky as this one",
]


@pytest.mark.parametrize("text", HELPFUL_WISHES_AND_HOPED_FIXES)
def test_a_helpful_wish_or_a_hoped_fix_is_a_complaint(text: str) -> None:
    a = run(text)
    assert wished_fix(normalise(text)), text
    assert a.intent == "complaint", (text, a.intent, a.cues)


NO_HOPED_FIXES = [
    # a hope with nothing broken, or one that the fix lasts
    "hope the fix holds, the app has been perfect since",
    "hope everything stays fixed after the update",
    "hope your team has a lovely Christmas",
    "hope the new branch in Cork opens before summer",
    "hoping to fix up my old bike this weekend",
    "hope we can lock in a fixed rate before spring",
    "espero que sigan con este servicio tan bueno",
    "j'espère que ça va rester comme ça",
    "hoffentlich bleibt das so",
    "spero che continui così",
    "tomara que continue assim",
    # a wish judged useful with nothing owed in it: a feature idea
    "it would help if the app showed calories per dish",
    "ça aiderait si vous proposiez un mode sombre",
    "would be nice if the app knew my favourite store",
]


@pytest.mark.parametrize("text", NO_HOPED_FIXES)
def test_a_hope_or_idea_with_nothing_broken_is_no_wished_fix(text: str) -> None:
    assert not wished_fix(normalise(text)), text
    assert "wished_fix" not in run(text).cues
