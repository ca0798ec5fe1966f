"""The brand's chat, bot or agent ending the contact on the customer ("the chatbot closes my chat",
"hung up on me", "me cuelga", "me raccroche", "beendet den Chat", "mi riattacca", "desliga na cara")
is a failure named (categories.yaml failure_events): praise beside it ("10/10 customer service") is
sarcasm, a complaint. A chat that sorted the problem stays praise (s20-arrirony)."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import default_analyzer
from mentionflow.core.text import normalise


def _analysis(text: str) -> tuple[str, tuple[str, ...]]:
    norm = normalise(text)
    a = default_analyzer().analyse(norm, detect_language(norm))
    return a.intent, tuple(a.cues)


@pytest.mark.parametrize(
    "text",
    [
        "love how the @NimbusHelp chatbot closes my chat every time I ask for a human, 10/10 service",
        "gotta love @Brightbank, the agent hung up on me twice, world class support 🌟",
        "me encanta cómo el chat de @NimbusMobile me cuelga cada vez que pregunto por la factura, un 10",
        "me encanta cómo el bot de @Brightbank cierra el chat cada vez que pido ayuda, servicio de 10",
        "j'adore comment le chat @NimbusMobile ferme le chat à chaque question, service 10/10",
        "super service @Brightbank, le conseiller me raccroche à chaque fois, bravo",
        "toller Service @NimbusMobile, der Bot beendet den Chat jedes Mal, 10/10",
        "super Support @Brightbank, die App loggt mich aus bei jedem Öffnen, Weltklasse",
        "adoro come il bot di @NimbusMobile chiude la chat ogni volta che chiedo della bolletta, servizio da 10",
        "servizio top @Brightbank, l'operatore mi riattacca ogni volta, bravissimi",
        "adoro como o chat da @NimbusMobile fecha o chat sempre que pergunto pela fatura, nota 10",
        "atendimento nota 10 @Brightbank, o atendente desliga na cara toda vez",
    ],
)
def test_praise_of_a_chat_that_ends_the_contact_is_sarcasm(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "complaint" and "irony" in cues, (text, intent, cues)


@pytest.mark.parametrize(
    "text",
    [
        "love how the @NimbusHelp chat sorted my bill in two minutes, 10/10",
        "me encanta el chat de @NimbusMobile, resolvieron lo de la factura en nada",
        "le chat @Brightbank a tout réglé en 5 minutes, service 10/10",
        "der Chat von @NimbusMobile hat alles in 5 Minuten gelöst, 10/10",
        "la chat di @Brightbank ha risolto tutto in 5 minuti, servizio da 10",
        "o chat da @NimbusMobile resolveu tudo em 5 minutos, nota 10",
    ],
)
def test_praise_of_a_chat_that_sorted_it_stays_praise(text: str) -> None:
    intent, cues = _analysis(text)
    assert intent == "praise" and "irony" not in cues, (text, intent, cues)
