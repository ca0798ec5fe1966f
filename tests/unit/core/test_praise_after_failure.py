"""Sincere praise that names a failure, a wait or a fix is praise, not irony (session 19).

"thank you, the rider waited until I came down. brilliant", "What a surprise, my order came a day
early! Thank you ❤️", "card declined abroad ... unblocked in 5 minutes, thanks": the failure is
over, a helper's kindness or a fix follows it, and the praise is for that. The sarcastic controls
beside them (praise of the failure itself) stay complaints.
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    norm = normalise(text)
    return analyse(norm, detect_language(norm))


def sincere(a: TextAnalysis) -> bool:
    return a.intent == "praise" and "irony" not in a.cues and "sarcasm" not in a.cues


@pytest.mark.parametrize(
    "text",
    [
        # The helper waited while the customer came down: "down" is the stairs, no outage.
        "thank you @ParceloHelp, the rider waited until I came down. brilliant",
        "the driver waited till I got down. brilliant, thank you",
        "gracias, el repartidor esperó a que bajara, un encanto",
        "merci, le livreur a attendu que je descende",
        "danke an den Fahrer, der auf mich gewartet hat",
        "grazie, il rider ha aspettato che scendessi, gentilissimo",
        "obrigado, o entregador esperou eu descer, muito gentil",
    ],
)
def test_a_helper_waiting_for_the_customer_is_praise(text: str) -> None:
    assert sincere(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "What a surprise, my order came a day early! Thank you ❤️",
        "what a lovely surprise, the upgrade to business class! thank you so much ❤️",
        "wow, parcel turned up 2 days ahead of schedule, thank you!",
    ],
)
def test_a_happy_surprise_and_an_early_arrival_are_praise(text: str) -> None:
    # "what a ..." exclaims, it asks nothing; "a day early" is time saved, no wait.
    assert sincere(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "card declined abroad, called you and it was unblocked in 5 minutes, thanks",
        "se me rompió el móvil y me lo cambiaron en dos días, gracias de verdad",
        "ma valise était perdue, vous l'avez livrée à l'hôtel le lendemain, merci",
        "écran cassé à la livraison, remplacé le lendemain. merci l'équipe",
        "mein Koffer war verloren, ihr habt ihn am nächsten Tag ins Hotel gebracht, danke",
        "Bildschirm kaputt geliefert, Ersatz kam am nächsten Tag. danke euch",
        "ho perso la carta all'estero e me ne avete mandata una nuova in 2 giorni, grazie",
        "la mia valigia era persa, me l'avete portata in hotel il giorno dopo, grazie",
        "schermo rotto alla consegna, sostituito il giorno dopo. grazie",
        "minha mala se perdeu e vocês entregaram no hotel no dia seguinte, obrigado",
        "tela quebrada na entrega, trocaram no dia seguinte. obrigado",
    ],
)
def test_a_fix_named_after_the_failure_makes_the_thanks_gratitude(text: str) -> None:
    a = run(text)
    assert "irony" not in a.cues
    assert a.intent != "complaint"


def test_a_new_one_sent_after_a_loss_is_no_irony() -> None:
    # (The "in 2 days" still reads as a wait to the complaint rules: no irony is what is fixed.)
    assert "irony" not in run("lost my card abroad and you had a new one to me in 2 days, amazing").cues


@pytest.mark.parametrize(
    "text",
    [
        # The customer waited for the helper, or nothing was fixed: sarcasm stays.
        "I waited 40 minutes for the driver and he never came. brilliant",
        "oh what a surprise, delayed again. thank you so much",
        "what a surprise, the train is late again. brilliant",
        "thanks for nothing, still waiting for my replacement card",
        "great job losing my bag for the third time 👏",
        "gracias por nada, sigo esperando el reembolso",
        "quelle surprise, le train est encore en retard. merci",
        "merci pour rien, toujours pas de remboursement",
        "was für eine Überraschung, der Zug hat wieder Verspätung. danke",
        "danke für nichts, immer noch keine Erstattung",
        "che sorpresa, il treno è di nuovo in ritardo. grazie",
        "perfetto, volo cancellato per la terza volta. grazie mille",
        "maravilha, sem internet de novo 🙄",
        "parabéns, pacote chegou quebrado. serviço top 👏",
    ],
)
def test_praise_of_the_failure_itself_stays_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "what is the baggage allowance on the Lisbon flight",
        "what time does the store open on sunday",
    ],
)
def test_what_without_a_still_asks(text: str) -> None:
    assert run(text).intent == "question"


@pytest.mark.parametrize(
    "text",
    [
        # A failure conceded, then one of the brand's people praised after the "but" (kind_turn.py).
        "the flight was late but the crew looked after us so well, much appreciated",
        "el tren se retrasó pero el personal fue muy amable",
        "colis en retard mais le livreur m'a appelé pour prévenir, très gentil",
        "le vol était en retard mais l'équipage a été adorable, merci",  # elided "l'équipage"
        "Zug hatte Verspätung, aber der Zugbegleiter war super nett",
        "il volo era in ritardo ma l'equipaggio è stato gentilissimo",
        "voo cancelado mas a equipe me remarcou na hora, nota dez",
    ],
)
def test_a_person_praised_after_a_conceded_failure_is_praise(text: str) -> None:
    assert sincere(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # ... not when the failure is after the "but", still open, or eye-rolled.
        "delayed 3 hours but the crew were amazing at ignoring us 🙄",
        "le repas était bon mais le livreur est arrivé avec une heure de retard",
        "das Essen war super, aber der Fahrer kam zu spät",
    ],
)
def test_a_failure_after_the_person_stays_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"
