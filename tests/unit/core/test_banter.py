"""Banter with a brand in it (session 17, `banter.py`): a joke about one's love life with the brand
is fan praise; a plan put to a friend ("shall we order ...?") asks the friend, not the brand. A
jab, a failure, or a question to the brand stays what it was."""

from __future__ import annotations

import pytest

from mentionflow.core.banter import love_joke, plan_with_a_friend
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("honestly my most stable relationship is with @ParceloEats 😂 three years and counting", "en"),
        ("mi relación más duradera es con @ParceloEats jajaja", "es"),
        ("meine längste Beziehung führe ich mit @ParceloEats 😂", "de"),
        ("la mia relazione più lunga è con @ParceloEats 😂", "it"),
        ("o meu relacionamento mais longo é com a @ParceloEats kkkk", "pt"),
    ],
)
def test_a_love_joke_about_the_brand_is_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "my relationship with <user> is over, third cold order this week",  # no joke shape
        "my ex was more reliable than your drivers",
        "our relationship manager never called back",
    ],
)
def test_love_joke_negatives(text: str) -> None:
    assert not love_joke(text)


def test_a_jab_with_a_failure_is_no_praise() -> None:
    a = run("my relationship with @ParceloEats is more toxic than my ex, 3 cold orders this week 😂", "en")
    assert a.intent != "praise", a


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@jess_k shall we order @ParceloEats and watch the final?", "en"),
        ("@marco99 ¿pedimos @ParceloEats y vemos el partido?", "es"),
        ("@tim_h bestellen wir heute bei @ParceloEats?", "de"),
        ("@giulia ordiniamo da @ParceloEats stasera?", "it"),
        ("@rui_p bora pedir @ParceloEats logo à noite? pagas tu a sobremesa", "pt"),
    ],
)
def test_a_plan_put_to_a_friend_is_no_question(text: str, code: str) -> None:
    assert run(text, code).intent == "other"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@ParceloEats shall we expect the refund this week?", "en"),
        ("@NimbusHelp sollen wir das Formular nochmal schicken?", "de"),
        ("@ParceloEats on fait comment pour annuler ?", "fr"),
        ("@SkyLarkAir ti va bene se cambio il volo?", "it"),
    ],
)
def test_a_question_to_the_brand_is_no_plan(text: str, code: str) -> None:
    assert not plan_with_a_friend(normalise(text))
    assert run(text, code).intent != "other"


def test_we_asked_is_no_plan() -> None:
    assert not plan_with_a_friend(normalise("@ParceloEats ya pedimos el reembolso, ¿cuándo llega?"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my gran honestly thinks @NimbusMobile is a man she can ring for a natter 😂", "en"),
        ("my dad calls @SkyLarkAir 'the friendly plane people' lol", "en"),
        ("ma mère appelle @NimbusMobile « le téléphone magique » mdr", "fr"),
    ],
)
def test_a_family_tale_told_laughing_is_no_complaint(text: str, code: str) -> None:
    assert run(text, code).intent != "complaint"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my gran thinks @NimbusMobile overcharged her again 😂", "en"),
        ("my husband says your app is useless @ParceloEats 😂", "en"),
        ("my dad reckons @SkyLarkAir lost his bag on purpose, third time this year 😂", "en"),
    ],
)
def test_a_family_tale_with_a_failure_stays_a_complaint(text: str, code: str) -> None:
    assert run(text, code).intent == "complaint"
