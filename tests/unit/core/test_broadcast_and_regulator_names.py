"""Media and regulators named as a care lead reads them (data/signals.yaml, core/signals.py): a
broadcast programme asking for someone on air, an answer asked for to be published to an
audience, a regulator's name with an English possessive ("the CAA's team"), and a central bank's
name that only ranks the brand among the country's banks ("el peor banco de España")."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def _signals(text: str) -> list[str]:
    return detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile hi from the breakfast show on City FM, could someone talk to us live on air about the outage?",
        "@SkyLarkAir our morning show would like someone from your team to talk on air tomorrow at 8",
        "@NimbusMobile desde el programa de radio de la tarde queremos hablar con alguien de comunicación",
        "@Parcelo somos del programa matinal, ¿alguien nos explica la caída en antena?",
        "@NimbusMobile bonjour, notre matinale aimerait quelqu'un de la communication à l'antenne demain",
        "@Brightbank hallo, für unsere Morgensendung hätten wir gern jemanden am Telefon",
        "@SkyLarkAir buongiorno, dal programma del mattino di Radio Uno vorremmo qualcuno in onda alle 8",
        "@NimbusMobile olá, no nosso programa da manhã queremos alguém da comunicação em antena",
        "@Brightbank why the new £5 fee? I'll share your answer with my 800k followers",
        "@Brightbank ¿por qué cobráis esto? Compartiré vuestra respuesta con mis lectores",
        "@Brightbank pourquoi ces frais ? Je publierai votre réponse pour mes lecteurs",
        "@Brightbank warum diese Gebühr? Ich teile eure Antwort mit meinen Lesern",
        "@Brightbank perché questa commissione? Pubblicherò la vostra risposta ai miei lettori",
        "@Brightbank porquê esta taxa? Vou publicar a resposta para os meus leitores",
    ],
)
def test_broadcast_and_published_answers_are_press(text: str) -> None:
    assert "press" in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile the radio in my car keeps losing the stream, is it your network?",
        "@SkyLarkAir is the wifi on board good enough for streaming live?",
        "@NimbusMobile no puedo ver el partido en directo, va a tirones",
        "@Brightbank my card readers in the shop keep failing",
        "@Brightbank please share the answer in DM, not here",
        "@Parcelo the programme of rewards is confusing, how do points work?",
        "@NimbusMobile saw your advert on the breakfast show, is that deal real?",
        "@Brightbank desde el programa de contabilidad no puedo importar los movimientos",
        "@SkyLarkAir my connection was on Air France and they were far better than you",
    ],
)
def test_no_media_is_no_press(text: str) -> None:
    assert "press" not in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp I've sent the whole thread to the CAA's complaints team",
        "@NimbusMobile this is going to Ofcom's complaints unit today",
        "@Brightbank the FCA's rules say you must reply in 8 weeks",
        "@Brightbank complained to the Financial Ombudsman's service this morning",
        "@SkyLarkHelp escalated to the Civil Aviation Authority's passenger team",
    ],
)
def test_a_regulator_with_a_possessive_is_a_regulator(text: str) -> None:
    assert "regulator" in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank el peor banco de España, sin duda",
        "@Brightbank sois el mejor banco de España, gracias",
        "@Brightbank como cualquier otro banco de España, comisiones y más comisiones",
        "@Brightbank la peggior banca d'Italia, vergogna",
        "@Brightbank la migliore banca d'Italia, davvero",
        "@Brightbank o pior banco de Portugal, que vergonha",
        "@Brightbank o melhor banco de Portugal, obrigado",
        "@Brightbank it's the worst, let's see what happens",
        # a regulator's tool cited as a source, with or without the possessive
        "@NimbusMobile Ofcom's coverage checker says 5G on my street, is that right before I join?",
        "@NimbusMobile the Ofcom coverage map shows you strong in Leeds, any SIM only deals?",
    ],
)
def test_a_bank_of_the_country_or_a_cited_tool_is_no_regulator(text: str) -> None:
    assert "regulator" not in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank os denuncio ante el Banco de España",
        "@Brightbank faccio reclamo alla Banca d'Italia",
        "@Brightbank vou fazer queixa ao Banco de Portugal",
    ],
)
def test_the_central_bank_itself_is_a_regulator(text: str) -> None:
    assert "regulator" in _signals(text)
