"""Sarcasm wrapped in congratulations or thanks, and praise that asks nothing (s20-arrirony).

* congratulations ("congrats", "enhorabuena", "félicitations", "Glückwunsch", "complimenti",
  "parabéns") beside a failure, with no contrast, are mock congratulations: a complaint; on an
  achievement, or with the praise after a contrast, they stay praise (sentiment, praise_turns);
* congratulations on a sum charged are sarcasm as thanks for one are (irony_cues.praise_of_a_failure),
  and a charge noun may carry one word before its sum ("comissão escondida de 7€");
* a word of a free or cheap account in scare quotes ("mon compte 'gratuit'") is its opposite: it
  does not make the sum charged a saving (irony_cues.free_said);
* a contrast word that opens an exclamation ("👏👏 ma che bravi", "mas que bom trabalho") is no turn
  to something else, unless one of the brand's people is praised after it (praise_turns.said_contrast);
* a "let me" told of what someone allowed ("the crew even let me see the cockpit") asks nothing
  (rhetorical.told_let): praise, not a question.
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.rhetorical import told_let
from mentionflow.core.sentiment import default_analyzer
from mentionflow.core.text import normalise


def _analysis(text: str) -> tuple[str, tuple[str, ...]]:
    norm = normalise(text)
    a = default_analyzer().analyse(norm, detect_language(norm))
    return a.intent, tuple(a.cues)


@pytest.mark.parametrize(
    "text",
    [
        "congratulations @SkyLarkAir, my flight got cancelled again, you've outdone yourselves 👏",
        "congrats @NimbusMobile, 3 days without signal and counting, a new record 🏆",
        "enhorabuena @ParceloEats, 2 horas esperando y la comida llegó helada 👏",
        "félicitations @NimbusHelp, 4 heures d'attente au téléphone pour rien 👏",
        "Glückwunsch @SkyLarkAir, Flug schon wieder gestrichen 👏",
        "complimenti @ParceloEats, 2 ore di attesa e la pizza è arrivata fredda 👏",
        "parabéns @NimbusMobile, 3 dias sem internet 👏",
        "parabéns @Brightbank, cobraram-me uma comissão escondida de 7€ 👏",
        "congrats @Brightbank on the hidden fee of £6 on my 'free' account 👏",
        "enhorabuena @Brightbank por la comisión oculta de 9€ 👏",
    ],
)
def test_mock_congratulations_are_a_complaint(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "complaint" and "irony" in cues, (text, intent, cues)


@pytest.mark.parametrize(
    "text",
    [
        "congrats @SkyLarkAir on 20 years of flying, proud to be a frequent flyer 🎉",
        "enhorabuena @ParceloEats por el premio, os lo merecéis 🎉",
        "félicitations à l'équipe @NimbusMobile pour le prix, bien mérité 👏",
        "complimenti @ParceloEats, consegna in 15 minuti e tutto caldo 👏",
        "parabéns @SkyLarkAir pelo prémio, merecido 👏",
        "congrats @SkyLarkAir, the flight was delayed but the crew handled it brilliantly 👏",
    ],
)
def test_congratulations_on_an_achievement_stay_praise(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "praise" and "irony" not in cues, (text, intent, cues)


@pytest.mark.parametrize(
    "text",
    [
        'merci @Brightbank pour les 8€ de frais sur mon compte "gratuit" 👍',
        'thanks @Brightbank for the £5 fee on my "free" current account',
        "gracias @Brightbank por los 6€ de comisión en mi cuenta 'gratis'",
        "danke @Brightbank für 4€ Gebühren auf mein „kostenlos“ Konto",
        "grazie @Brightbank per i 5€ di commissione sul conto 'gratuito'",
        "obrigado @Brightbank pelos 3€ de taxa na conta 'grátis'",
    ],
)
def test_thanks_for_a_fee_on_a_scare_quoted_free_account_is_sarcasm(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "complaint" and "irony" in cues, (text, intent, cues)


@pytest.mark.parametrize(
    "text",
    [
        "thanks @Brightbank, only a £1 fee and the transfer was instant, great service",
        "merci @Brightbank, 0€ de frais, compte gratuit, top",
        "grazie @Brightbank, commissione di soli 1€, conto gratuito, ottimo",
    ],
)
def test_a_free_or_cheap_sum_said_plainly_stays_praise(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "praise" and "irony" not in cues, (text, intent, cues)


@pytest.mark.parametrize(
    "text",
    [
        "ritardo di 3 ore anche oggi @SkyLarkAir 👏👏 ma che bravi",
        "ancora senza linea @NimbusMobile 👏👏 ma quanto siete bravi",
        "mais uma vez sem rede @NimbusMobile 👏👏 mas que bom trabalho",
    ],
)
def test_a_contrast_word_that_exclaims_does_not_turn_the_slow_clap(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "complaint" and "irony" in cues, (text, intent, cues)


@pytest.mark.parametrize(
    "text",
    [
        "volo in ritardo di 2 ore @SkyLarkAir ma che hostess gentili 👏",
        "vuelo retrasado 2 horas @SkyLarkAir pero qué tripulación tan amable 👏",
        "vol retardé de 2 heures @SkyLarkAir mais quel équipage adorable 👏",
    ],
)
def test_a_person_praised_after_the_exclaiming_contrast_is_no_sarcasm(text: str) -> None:
    _, cues = _analysis(text)
    assert "irony" not in cues, (text, cues)


@pytest.mark.parametrize(
    "text",
    [
        "first trip abroad and the @SkyLarkAir crew even let me keep the safety card, so sweet ❤️",
        "they let me board first with the baby, thank you @SkyLarkAir",
        "the rider let me pet his dog lol @ParceloEats best delivery ever",
        "the @SkyLarkAir pilot let me sit in the cockpit for a photo after landing, so kind",
        "the @ParceloEats driver let me keep the extra cookies, what a legend",
    ],
)
def test_a_let_me_told_of_a_kindness_is_praise_not_a_question(text: str) -> None:
    intent, _ = _analysis(text)
    assert intent == "praise", (text, intent)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("the crew even let me see the cockpit", True),
        ("she let me board first", True),
        ("the pilot let me sit up front", True),
        ("let me change my seat please", False),
        ("please let me speak to a human", False),
        ("can you let me know the gate", False),
        ("the crew even let me know the gate early", False),
        ("the app wont let me log in", False),
        ("let me in the crew even let me", False),
    ],
)
def test_told_let(text: str, told: bool) -> None:
    assert told_let(tuple(text.split())) is told
