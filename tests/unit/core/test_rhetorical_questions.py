"""A "?" that asks nothing (an emphasis word, a rallying "who else ...?") leaves praise praise in
six languages; a real question beside praise, and a "who else" complaint, stay what they are."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.rhetorical import only_rhetorical
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise

RHETORICAL = [
    "@AirX and honestly?? the smoothest landing I've had",
    "@ShopX seriously? 10/10 service again",
    "@ShopX who else is addicted to the new app? 😍",
    "@ShopX ¿quién más está enganchado a la app nueva? 😍",
    "@ShopX sinceramente? el mejor envío que he tenido",
    "@ShopX franchement ? le meilleur service client",
    "@ShopX qui d'autre adore la nouvelle carte ? 😍",
    "@ShopX ehrlich? Der beste Kundenservice",
    "@ShopX wer noch liebt die neue Karte? 😍",
    "@ShopX davvero? il miglior servizio di sempre",
    "@ShopX chi altro ama la nuova app? 😍",
    "@ShopX sério? o melhor atendimento de sempre",
    "@ShopX quem mais adora o novo cartão? 😍",
]
ASKING = [
    "@AirX loved the flight! do you fly to Porto in winter?",
    "@AirX great crew, honestly. Can I add a bag to my booking?",
    "@AirX you fly to Porto, right?",
    "@AirX is it really?",
    "@ShopX ¿tenéis envío a Canarias?",
    "@ShopX vous livrez le dimanche ?",
    "@ShopX liefert ihr auch sonntags?",
    "@ShopX consegnate anche la domenica?",
    "@ShopX vocês entregam ao domingo?",
    "@ShopX super service",  # no "?" at all
]


@pytest.mark.parametrize("text", RHETORICAL)
def test_emphasis_and_who_else_ask_nothing(text: str) -> None:
    assert only_rhetorical(normalise(text).clean)


@pytest.mark.parametrize("text", ASKING)
def test_real_questions_are_not_rhetorical(text: str) -> None:
    assert not only_rhetorical(normalise(text).clean)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Flew @AirX to Oslo for the channel and honestly?? loved every minute, amazing crew 💛"),
        ("es", "@AirX ¿quién más está enamorado del nuevo menú a bordo? 😍 riquísimo"),
        ("pt", "@ShopX quem mais ama o novo app? perfeito 😍"),
    ],
)
def test_praise_with_a_rhetorical_question_is_praise(lang: str, text: str) -> None:
    assert analyse(normalise(text), LanguageGuess(lang, 0.99, True)).intent == "praise"


@pytest.mark.parametrize(
    ("lang", "text", "intent"),
    [
        ("en", "@AirX loved my last flight! do you fly to Porto in winter?", "question"),
        ("en", "@TelcoX who else has no signal in Leeds right now?", "complaint"),
    ],
)
def test_real_questions_and_who_else_complaints_stay(lang: str, text: str, intent: str) -> None:
    assert analyse(normalise(text), LanguageGuess(lang, 0.99, True)).intent == intent


def test_an_emphasis_question_is_not_a_question() -> None:
    text = "Took @AirX to Rome for my channel and honestly?? best flight of the year, crew were stars"
    assert analyse(normalise(text), LanguageGuess("en", 0.99, True)).intent != "question"


# "Can we talk about how ...?": an exclamation about what follows, not a request to talk.
TALK_ABOUT = [
    ("en", "can we just talk about how lovely the @AirX crew were to my nan today?? 😍"),
    ("es", "¿podemos hablar de lo amables que fueron en @AirX con mi abuela? 😍"),
    ("fr", "on peut parler de comment l'équipe @AirX a été adorable avec ma grand-mère ?? 😍"),
    ("de", "können wir mal darüber reden, wie freundlich die Crew von @AirX zu meiner Oma war?? 😍"),
    ("it", "possiamo parlare di come l'equipaggio @AirX è stato dolcissimo con mia nonna?? 😍"),
    ("pt", "podemos falar de como a tripulação da @AirX foi amorosa com a minha avó?? 😍"),
]


@pytest.mark.parametrize(("lang", "text"), TALK_ABOUT)
def test_can_we_talk_about_how_asks_nothing(lang: str, text: str) -> None:
    assert only_rhetorical(normalise(text).clean)
    assert analyse(normalise(text), LanguageGuess(lang, 0.99, True)).intent != "question"


@pytest.mark.parametrize(
    ("lang", "text", "intent"),
    [
        # A request for a conversation stays a question; the exclamation keeps its complaint.
        ("en", "@TelcoX can we talk about my contract? I'd like to change plan", "question"),
        ("en", "can we talk about how @TelcoX has had no signal in my street for 3 days??", "complaint"),
        ("es", "¿podemos hablar de cómo @TelcoX me ha cobrado dos veces este mes??", "complaint"),
    ],
)
def test_talk_about_requests_and_complaints_stay(lang: str, text: str, intent: str) -> None:
    assert analyse(normalise(text), LanguageGuess(lang, 0.99, True)).intent == intent


def test_can_we_talk_about_how_leans_to_its_verdict() -> None:
    # The exclamation frame is evaluative: a sour one never becomes praise, a warm one is no question.
    warm = "Can we talk about how the @AirX crew remembered my name from last year?? 🥹"
    assert analyse(normalise(warm), LanguageGuess("en", 0.99, True)).intent not in ("question", "complaint")
    sour = "can we talk about how slow the @TelcoX app has become lately??"
    assert analyse(normalise(sour), LanguageGuess("en", 0.99, True)).intent == "complaint"
