"""Press enquiries told by what a newsroom says (its readers, a comment asked for, a piece being
written, "our paper"), in every supported language; and a journalist's own customer problem,
which names the job but asks nothing, stays with care."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

_FACTORY = core_factory_from_settings()


def _case(text: str) -> dict[str, Any]:
    author = {"id": "a1", "handle": "someone", "followers": 4000}
    scenario = {"id": "press", "mentions": [{"id": "m1", "at": 0, "author": author, "text": text}]}
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile several of our readers report dropped calls around Leeds station since Monday",
        "@ParceloHelp nuestros lectores nos escriben que los pedidos llegan fríos, ¿van a hacer declaraciones?",
        "@SkyLarkAir des lecteurs nous signalent des valises égarées à Nice, un commentaire officiel ?",
        "@Brightbank Leser berichten von gesperrten Karten am Wochenende, möchten Sie einen Kommentar abgeben?",
        "@NimbusMobile diversi lettori ci segnalano fibra lenta a Torino: potete rilasciare un commento?",
        "@ParceloEats os nossos leitores relatam entregas atrasadas em Braga, podem enviar um comentário oficial?",
        "@SkyLarkHelp stiamo scrivendo un pezzo sui rimborsi dei voli cancellati, ci serve un vostro commento",
        "@Brightbank estou escrevendo uma matéria sobre taxas bancárias e gostaria de ouvir o banco",
    ],
)
def test_a_newsroom_enquiry_goes_to_pr(text: str) -> None:
    case = _case(text)
    assert "press" in case["signals"] and case["queue"] == "pr-media", (text, case["queue"], case["rule"])


@pytest.mark.parametrize(
    "text",
    [
        # Readers that are devices, a comment the customer waits for, a card reader "telling" something.
        "@Brightbank alcuni lettori di carte nei negozi rifiutano la mia carta da ieri",
        "@NimbusHelp still waiting for a comment from you about my bill, three weeks now",
        "@Brightbank los lectores de tarjetas del súper no aceptan mi tarjeta desde ayer",
        # A journalist's own customer problem: the job named, nothing asked.
        "Sono giornalista e la mia fibra @NimbusMobile non funziona da quattro giorni, nessuno mi richiama",
        "I work as a reporter and my @NimbusMobile broadband has been dead since Friday, sort it out",
        "Soy periodista y @SkyLarkAir ha perdido mi maleta con el portátil, nadie me contesta",
        "Als Journalistin brauche ich mein Internet, @NimbusMobile seit zwei Tagen tot!",
        "Sou jornalista e a minha encomenda @ParceloEats chegou fria e duas horas atrasada",
    ],
)
def test_no_press_without_an_enquiry(text: str) -> None:
    case = _case(text)
    assert "press" not in case["signals"] and case["queue"] != "pr-media", (text, case["queue"], case["rule"])


@pytest.mark.parametrize(
    "text",
    [
        # The title with a question or a comment asked for is an enquiry, "my" or not.
        "Journalist here: is the @NimbusMobile outage in my area national or just Leeds?",
        "Je suis journaliste, ma rédaction prépare un sujet sur les retards @SkyLarkAir",
        "Sono giornalista e nella mia zona mancano i rider @ParceloEats: potete rilasciare un commento?",
    ],
)
def test_a_journalist_who_enquires_stays_press(text: str) -> None:
    case = _case(text)
    assert "press" in case["signals"] and case["queue"] == "pr-media", (text, case["queue"], case["rule"])
