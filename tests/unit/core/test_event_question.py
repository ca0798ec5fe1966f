"""A question whether something happened, asked in the past with no impact on the writer, is a
question, not a major outage complaint (session 16, s16-falsealarm; core/event_question.py)."""

from __future__ import annotations

import pytest

from mentionflow.core.event_question import past_event_question
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


PAST_EVENT_QUESTIONS = [
    ("en", "@NimbusHelp hi, was there an outage around Bristol 3 days ago?"),
    ("en", "@NimbusHelp has there been an outage in Cardiff this week?"),
    ("en", "@NimbusHelp did you have an outage on Saturday evening?"),
    # a bad word that is the event asked about, not a loss ("problem", "terrible")
    ("en", "@Brightbank was there a problem with card payments on Friday night?"),
    ("en", "@NimbusHelp was there some terrible network issue in Glasgow yesterday?"),
    ("es", "@NimbusHelp ¿hubo una caída de la red el lunes en Sevilla?"),
    ("fr", "@NimbusHelp y a-t-il eu une panne samedi à Nantes ?"),
    ("de", "@NimbusHelp gab es am Montag eine Störung in Hamburg?"),
    ("it", "@NimbusHelp c'è stato un guasto lunedì a Torino?"),
    ("pt", "@NimbusHelp houve uma falha na rede no sábado no Porto?"),
]


@pytest.mark.parametrize(("code", "text"), PAST_EVENT_QUESTIONS)
def test_a_past_event_asked_about_is_a_question(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "question", (a.intent, a.severity, a.cues)


REPORTS = [
    # the writer's own loss
    ("en", "@NimbusHelp was there an outage last night? my broadband was down for 4 hours and I lost a deadline"),
    ("es", "@NimbusHelp ¿hubo una caída ayer? me quedé sin internet toda la tarde"),
    ("de", "@NimbusHelp gab es gestern eine Störung? Ich hatte den ganzen Abend kein Netz"),
    ("en", "@Brightbank was there a problem with the app on Friday? couldn't log in at all"),
    # happening now, not asked in the past
    ("en", "@NimbusHelp is anyone else's internet down right now?"),
    # complaints put as questions
    ("en", "@NimbusHelp why was I charged twice?"),
    ("de", "@NimbusHelp warum ist mein Konto gesperrt?"),
]


@pytest.mark.parametrize(("code", "text"), REPORTS)
def test_reports_put_as_questions_stay_complaints(code: str, text: str) -> None:
    assert run(text, code).intent == "complaint"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("was there an outage 2 days ago?", True),
        ("was there an outage in Leeds?", True),
        ("was there an outage? been on hold 2 hours", False),  # a wait, not a date
        ("was there an outage? my line died", False),  # the writer's loss
        ("was there an outage yesterday", False),  # no question
        ("there was an outage yesterday?", False),  # a statement
    ],
)
def test_past_event_question(text: str, expected: bool) -> None:
    n = normalise(text)
    assert past_event_question(n.clean.lower(), n.tokens) is expected
