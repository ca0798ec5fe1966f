"""A product question in es/fr/de/it/pt that the small per-language model reads negative is a
question, not a complaint, when it names nothing wrong and asks as an information request does:
announced as a question, or asking a product's scope, content or price (session 16,
s16-falsealarm; core/plain_question.py ``plain_asked``). A grievance put as a question stays a
complaint."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


PRODUCT_QUESTIONS = [
    ("fr", "@SkyLarkHelp une question : la valise en soute c'est combien de kilos max ?"),
    ("fr", "@NimbusHelp est-ce que l'abonnement fonctionne aussi en Suisse ?"),
    ("fr", "@ParceloHelp vous livrez aussi à Roubaix le dimanche ?"),
    ("de", "@ParceloHelp liefert ihr auch nach Kleinmachnow am Feiertag?"),
    ("de", "@NimbusHelp kurze Frage: ist das Roaming in Norwegen inklusive?"),
    ("es", "@NimbusHelp ¿la llamada a Marruecos está incluida en mi bono?"),
    ("es", "@ParceloHelp ¿repartís también en Alcorcón los festivos?"),
    ("it", "@ParceloHelp consegnate anche a Lecce la domenica?"),
    ("pt", "@NimbusHelp dúvida: o roaming em Espanha está incluído no meu tarifário?"),
    ("pt", "@ParceloHelp vocês entregam também em Setúbal ao domingo?"),
]


@pytest.mark.parametrize(("code", "text"), PRODUCT_QUESTIONS)
def test_a_product_question_is_a_question(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "question", (a.intent, a.label, a.cues)
    assert a.label != "negative"


GRIEVANCES_AS_QUESTIONS = [
    ("fr", "@NimbusHelp pourquoi ma box ne marche plus ?"),
    ("fr", "@NimbusHelp c'est normal que ma facture ait doublé ce mois-ci ?"),
    ("fr", "@NimbusHelp vous comptez me rembourser un jour ?"),
    ("fr", "@NimbusHelp quelqu'un va me répondre ?"),
    ("fr", "@NimbusHelp c'est une blague ?"),
    ("es", "@NimbusHelp ¿por qué me cobran dos veces?"),
    ("es", "@Brightbank ¿quién me ha cobrado este cargo en la cuenta?"),
    ("de", "@Brightbank warum ist mein Konto gesperrt?"),
    ("de", "@NimbusHelp wollt ihr mich verarschen?"),
    ("it", "@NimbusHelp è normale che la bolletta sia raddoppiata?"),
    ("pt", "@NimbusHelp alguém me responde?"),
    # announced, but naming what failed or went missing
    ("fr", "@NimbusHelp petite question : pourquoi je n'ai plus de réseau depuis hier ?"),
    ("es", "@ParceloHelp pregunta: ¿el pedido también llega frío o solo el mío?"),
]


@pytest.mark.parametrize(("code", "text"), GRIEVANCES_AS_QUESTIONS)
def test_a_grievance_put_as_a_question_stays_a_complaint(code: str, text: str) -> None:
    assert run(text, code).intent == "complaint"
