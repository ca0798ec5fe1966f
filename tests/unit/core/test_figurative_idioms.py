"""Positive slang built from violent or death words ("killed it", "the bomb", "dying to try"),
sarcastic praise of a charge, and the literal twins that must keep their harm or complaint."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def _harm(text: str, lang: str = "en") -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


def _sent(text: str) -> tuple[str, str, tuple[str, ...]]:
    n = normalise(text)
    a = analyse(n, detect_language(n))
    return a.label, a.intent, a.cues


# --- "kill it" as praise ----------------------------------------------------------------------

KILL_IT_PRAISE = [
    "the night shift at @ParceloEats totally killed it, food here in 15 min",
    "@SkyLarkAir your gate agents absolutely killed it with the rebooking today",
    "@NimbusMobile whoever wrote the new ad really killed it 😂",
    "my @ParceloEats courier killed it tonight 🔥",
    "the @Brightbank support crew kills it every single time",
]


@pytest.mark.parametrize("text", KILL_IT_PRAISE)
def test_kill_it_said_as_praise_is_no_harm(text: str) -> None:
    assert _harm(text) is None


KILL_LITERAL = [
    "@ParceloEats your driver nearly killed me on the crossing, ran the red light",
    "@ParceloEats one of your riders was killed on the bypass last night",
    "@ParceloEats your van swerved and killed it, our dog was on the lead with my son",
    "@ParceloEats the rider ran over a fox and killed it right by the school gates, kids screaming",
]


@pytest.mark.parametrize("text", KILL_LITERAL)
def test_a_literal_killing_is_still_harm(text: str) -> None:
    assert _harm(text) == "physical_safety"


def test_dying_in_pain_is_still_harm() -> None:
    assert _harm("@ParceloEats I'm dying, the pain in my stomach since your chicken last night") is not None


# --- a hyperbole beside a failure that was put right --------------------------------------------


FIXED_THEN_PRAISED = [
    "the @SkyLarkAir app is the bomb, rebooked my cancelled connection in a minute flat",
    "@ParceloEats support killed it 🔥 my missing order was refunded in two minutes",
    "shoutout to the @ParceloEats courier, absolutely killed it 🔥 the curry was still hot",
]


@pytest.mark.parametrize("text", FIXED_THEN_PRAISED)
def test_a_hyperbole_praising_a_fix_is_praise(text: str) -> None:
    label, intent, cues = _sent(text)
    assert "slang_praise" in cues
    assert intent == "praise"
    assert label != "negative"


UNFIXED = [
    "@SkyLarkAir my flight got cancelled and nobody rebooked me, this is killing me 😂",
    "@ParceloEats still waiting for my order, killing me 🔥",
    "@SkyLarkAir cancelled again, the bomb of the year 💣 thanks for nothing",
]


@pytest.mark.parametrize("text", UNFIXED)
def test_a_hyperbole_beside_an_unfixed_failure_is_not_praise(text: str) -> None:
    _, intent, cues = _sent(text)
    assert "slang_praise" not in cues
    assert intent != "praise"


# --- a verdict of genius on a sum charged -------------------------------------------------------

VERDICT_ON_A_CHARGE = [
    "@NimbusMobile £90 of roaming for a weekend in Lisbon. Brilliant. Well done 👏",
    "@NimbusMobile 80€ de roaming en dos días en Andorra. Genial, en serio.",
    "@NimbusMobile 45 € de frais pour un virement. Génial. Bravo 👏",
    "@NimbusMobile 120 € Roaming für ein Wochenende in der Schweiz. Glückwunsch. 🙄",
    "@NimbusMobile bolletta di 210€ per un mese normale. Bravi, davvero.",
    "@NimbusMobile taxa de 60 reais por um saque. Parabéns. Brilhante 👏",
]


@pytest.mark.parametrize("text", VERDICT_ON_A_CHARGE)
def test_a_verdict_of_genius_on_a_sum_charged_is_a_complaint(text: str) -> None:
    _, intent, _ = _sent(text)
    assert intent == "complaint"


SINCERE_PRICE_PRAISE = [
    "@NimbusMobile only £5 of roaming for the whole week, brilliant!",
    "@NimbusMobile brilliant, my £40 fee was refunded in minutes",
    "Complimenti @NimbusMobile, nuova offerta 10€ di roaming in tutta Europa. Geniale!",
    "@NimbusMobile genial, pagué 20€ y ya tengo 50GB de datos 😍",
    "@NimbusMobile brilliant service, sorted my bill in 5 min 👏",
]


@pytest.mark.parametrize("text", SINCERE_PRICE_PRAISE)
def test_sincere_praise_of_a_price_stays_praise(text: str) -> None:
    _, intent, _ = _sent(text)
    assert intent == "praise"


# --- a death word that says what is wanted --------------------------------------------------------

WISHES_ASKED = [
    "@ParceloEats dying to try the new market 😍 do you deliver to Leith yet? can I pay cash?",
    "me muero por probar el súper de @ParceloEats 😍 ¿llega ya a Getafe? ¿aceptan tarjeta?",
    "@ParceloEats je meurs d'envie de tester le market 😍 vous livrez à Nantes ? on peut payer en espèces ?",
    "@ParceloEats muoio dalla voglia di provare il market 😍 arriva anche a Bari? si può pagare alla consegna?",
    "@ParceloEats tô morrendo de vontade de provar o mercado 😍 já entrega em Santos? aceita pix?",
]


@pytest.mark.parametrize("text", WISHES_ASKED)
def test_a_wish_with_a_question_is_a_question_not_praise(text: str) -> None:
    label, intent, cues = _sent(text)
    assert "desire" in cues and "slang_praise" not in cues
    assert intent == "question"
    assert label != "negative"


WISH_TWINS = [
    # a wish beside a complaint stays the complaint
    ("en", "@SkyLarkAir dying to get off this plane, 3 hours on the tarmac and the toilets are locked", "complaint"),
    ("en", "@ParceloEats been dying to try the new noodle bar and the app just keeps spinning", "complaint"),
    # hunger, laughter: not a wish
    ("es", "@ParceloEats me muero de hambre, 2 horas esperando el pedido", "complaint"),
    ("es", "me muero de risa con el anuncio nuevo de @SkyLarkAir 😂", "praise"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), WISH_TWINS)
def test_what_is_no_wish_keeps_its_reading(lang: str, text: str, intent: str) -> None:
    _, got, cues = _sent(text)
    assert "desire" not in cues
    assert got == intent
    assert _harm(text, lang) is None


def test_a_wish_is_no_harm_in_any_language() -> None:
    for text in WISHES_ASKED:
        assert _harm(text, "es") is None and _harm(text, "en") is None


# --- slang praise built from violent or death words, per language ------------------------------

VIOLENT_SLANG_PRAISE = [
    "@ParceloEats you lot slay, brunch here in 15 minutes 💅",
    "@NimbusMobile your support team is killing it lately, sorted my contract in 2 min 👏",
    "@SkyLarkAir la nouvelle appli c'est de la bombe 💣 billet changé en 1 min",
    "@ParceloEats la tarte était à tomber, à mourir 🤤",
    "@ParceloEats la carbonara era buona da morire 🤤",
    "@SkyLarkAir la nuova app è una bomba 💣 carta d'imbarco in 10 secondi",
    "@ParceloEats o motoboy arrasou, chegou em 8 minutos 🔥",
    "@ParceloEats mandaram bem demais nesse brownie 🤤",
]


@pytest.mark.parametrize("text", VIOLENT_SLANG_PRAISE)
def test_violent_slang_said_as_praise_is_praise(text: str) -> None:
    label, intent, cues = _sent(text)
    assert "slang_praise" in cues
    assert intent == "praise"
    assert label != "negative"


BOMB_THREATS = [
    ("it", "@SkyLarkAir allarme bomba in aeroporto, tutti fuori! nessuno ci dice niente"),
    ("pt", "@SkyLarkAir ameaça de bomba no aeroporto! ninguém fala nada"),
    ("fr", "@SkyLarkAir alerte à la bombe à l'aéroport ! personne ne nous dit rien"),
    ("en", "@SkyLarkAir bomb scare at gate 12! nobody is telling us anything"),
]


@pytest.mark.parametrize(("lang", "text"), BOMB_THREATS)
def test_a_bomb_threat_is_never_slang_praise(lang: str, text: str) -> None:
    _, intent, cues = _sent(text)
    assert "slang_praise" not in cues
    assert intent != "praise"


ONGOING_DESPITE_A_FIX = [
    "@SkyLarkAir they say the delay is fixed but we're still stuck at the gate, this is killing me 😂",
    "@NimbusMobile refunded the fee but the app is still down, killing me",
]


@pytest.mark.parametrize("text", ONGOING_DESPITE_A_FIX)
def test_a_fix_does_not_end_a_failure_that_goes_on(text: str) -> None:
    _, intent, cues = _sent(text)
    assert "slang_praise" not in cues
    assert intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "the rebels keep dying to defend a town nobody remembers",
        "muero por mi país, decía el cartel de la manifestación",
    ],
)
def test_dying_to_do_what_nobody_wants_is_no_wish(text: str) -> None:
    assert "desire" not in _sent(text)[2]
