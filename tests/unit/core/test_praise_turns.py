"""Praise beside a failure (core/praise_turns.py and the keyword file's markers): "love it when"
a card is declined, a sarcastic "grazie eh" / "merci hein" / "obrigado hein", a bag sent elsewhere
while its owner stays, a card blocked or a hair in the food praised: complaints, never praise to
amplify. Their sincere twins stay praise: love of a thing that went right, a thanks tag with
nothing failed, "más rápido imposible" (could not be faster), a Portuguese "mais" that is "more"."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.praise_turns import contrasted, loves_when
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        # love of the moment it went wrong
        "gotta love it when @Brightbank freezes my card at the petrol pump, 5 stars, would be stranded again",
        "@SkyLarkAir love it when my flight gets cancelled at the gate with zero explanation",
        "@ParceloEats order arrived cold and 40 minutes late. love that for me",
        "@SkyLarkAir me encanta cuando me cancelan el vuelo a las 6 de la mañana sin avisar",
        "@NimbusMobile j'adore quand la box tombe en panne pile pendant le match",
        "@SkyLarkAir adoro quando il volo viene cancellato all'ultimo minuto",
        "@ParceloHelp adoro quando o pedido chega atrasado e frio",
        # sarcastic thanks tags beside a failure
        "@SkyLarkAir valigia persa per la seconda volta, grazie eh, bel servizio 👏",
        "@ParceloEats commande annulée sans prévenir, merci hein, super service",
        "@SkyLarkAir voo cancelado outra vez, obrigado hein, excelente companhia",
        "@ParceloEats pedido cancelado otra vez, gracias eh, qué gran servicio",
        # the bag elsewhere while its owner stays or flies on
        "@SkyLarkAir my suitcase went to Oslo, I went to Porto. Great service",
        "Obrigada @SkyLarkAir por deixar a minha mala em Madrid enquanto eu fico no Porto, excelente",
        # a failure the praise names: a card blocked, a hair in the food
        "@BrightbankCare complimenti, carta bloccata a Berlino e nessuno risponde. servizio top 🏆",
        "@BrightbankCare bravo, carte bloquée à Rome avec les enfants, service client au top",
        "@ParceloHelp parabéns, um cabelo na pizza, serviço de excelência 🤢",
        "@ParceloEats felicidades, pelo en la hamburguesa, qué calidad",
    ],
)
def test_praise_of_a_failure_is_a_complaint(text: str) -> None:
    a = run(text)
    assert a.intent != "praise", (a.intent, a.cues)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir love it when the crew remember my name, thank you!",
        "@SkyLarkAir love that for me, upgraded to business on my birthday 🥳",
        "@SkyLarkAir me encanta cuando el vuelo sale puntual, gracias equipo",
        "@SkyLarkAir j'adore quand l'équipage est aussi sympa, merci !",
        "@SkyLarkAir ich liebe es wenn alles so reibungslos klappt, danke!",
        "@SkyLarkAir adoro quando il volo arriva in anticipo, grazie!",
        "@SkyLarkAir adoro quando o voo chega adiantado, obrigado!",
        "@ParceloEats grazie eh, pizza ancora calda e rider gentilissimo 😊",
        "@ParceloEats merci hein, livraison en 20 minutes, top",
        "@ParceloHelp obrigado hein, entrega super rápida",
        "@ParceloEats gracias eh, llegó todo perfecto",
        "@BrightbankCare grazie per aver bloccato subito la carta rubata, gentilissimi",
        "@BrightbankCare merci d'avoir bloqué ma carte volée en 2 minutes",
        "@ParceloHelp parabéns pelo atendimento, mais rápido impossível",
        "@ParceloEats felicidades, más rápido imposible 🙌",
        "@ParceloEats bravo, plus rapide impossible",
        "@ParceloEats complimenti, più veloce impossibile",
        "@SkyLarkAir minha mala chegou comigo em Lisboa, obrigado",
        "@NimbusMobile bravi, finalmente la fibra a casa dei miei",
        "@NimbusMobile finalmente il segnale in montagna, bravi!",
    ],
)
def test_sincere_praise_stays_praise(text: str) -> None:
    a = run(text)
    assert a.intent == "praise", (a.intent, a.cues)
    assert a.irony < 0.5


def test_a_comparative_before_impossible_is_no_failure_only_where_it_closes_the_clause() -> None:
    assert run("@BrightbankCare cada vez más caro, imposible pagar con la tarjeta").intent == "complaint"
    assert run("@NimbusHelp plus lent, impossible de se connecter").intent == "complaint"


def test_love_when_and_contrast_words() -> None:
    assert loves_when("love it when my card gets declined")
    assert loves_when("bag in bari, me in munich. love that for me")
    assert loves_when("ich liebe es, wenn der zug ausfällt")
    assert not loves_when("i love the new app")
    assert not contrasted(frozenset({"cabelo", "mais", "proteína"}), "pt")
    assert contrasted(frozenset({"atrasado", "mas", "simpáticos"}), "pt")
    assert contrasted(frozenset({"retard", "mais", "sympa"}), "fr")
    assert contrasted(frozenset({"ritardo", "ma", "gentili"}), "it")
    assert not contrasted(frozenset({"ma", "valise"}), "fr")


@pytest.mark.parametrize(
    "text",
    [
        "entrega da @ParceloHelp em 20 minutos e tudo quentinho, impossível pedir mais",
        "@ParceloEats llegó en 15 minutos y calentito, imposible pedir más, gracias",
        "@ParceloEats consegna in 10 minuti, impossibile chiedere di più, grazie",
        "@ParceloEats livré en 15 minutes, impossible de demander mieux, merci",
    ],
)
def test_could_not_ask_for_more_is_praise(text: str) -> None:
    assert run(text).intent == "praise", run(text)
