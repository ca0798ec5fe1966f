"""Genuine praise said without a praise adjective is praise; thanks that asks for something, or
signs off a dispute, is not (session 15: praise verdicts, `polite_requests`)."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.polite_requests import thanks_again, thanks_as_request
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # nothing more to ask for
        ("noche de pelis y sushi de @ParceloEats, no se puede pedir más", "es"),
        ("brunch livré à l'heure un dimanche par @ParceloEats, que demander de plus", "fr"),
        ("jantar de sexta entregue pela @ParceloEats em 20 min, não se pode pedir mais", "pt"),
        # a raise or shares for the staff, ten stars
        ("the @ParceloEats courier climbed 6 floors in the rain with a smile, deserves a raise", "en"),
        ("would buy shares in @SkyLarkAir cabin crew if I could, they made my son's first flight", "en"),
        ("la repartidora de @ParceloEats me esperó diez minutos en el portal, 10 estrellas", "es"),
        # thanks words the models did not know, a fix said in the feminine
        ("@ParceloHelp chegou tudo certinho, obrigadão pela ajuda", "pt"),
        ("ligne réparée en une matinée par @NimbusMobile, service exceptionnel", "fr"),
        ("these @SkyLarkAir gate agents found my lost scarf and ran it to the plane, lovely people", "en"),
    ],
)
def test_praise_verdict_is_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # negative controls: the same words round a real complaint
        ("thanks for nothing @SkyLarkAir, my bag is still in Madrid", "en"),
        ("thanks for the 3 hour wait at the gate @SkyLarkAir", "en"),
        ("great, another delay @SkyLarkAir", "en"),
        ("agents deserve a raise for putting up with this broken booking system, still waiting on my refund", "en"),
        ("la connexion ne fonctionne toujours pas, service exceptionnel 🙄", "fr"),
        ("a fibra está em baixo há 3 dias, obrigadão pela ajuda 🙄", "pt"),
        # thanks that asks ("please do") or signs off a dispute
        ("Bonjour, mon colis n'est jamais arrivé. Merci de me rembourser rapidement.", "fr"),
        ("Merci de bien vouloir corriger ma facture de janvier, le montant est faux.", "fr"),
        ("Bonjour, je conteste le prélèvement de 45€ du 3 mars. Merci de faire le nécessaire.", "fr"),
        ("Buongiorno, contesto l'addebito di 35€ sulla bolletta di maggio, grazie", "it"),
        ("Hallo, ich widerspreche der Abbuchung von 19€ vom Montag, danke", "de"),
        ("Olá, quero contestar a cobrança de 12€ na fatura deste mês, obrigado", "pt"),
    ],
)
def test_not_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci de me rappeler au plus vite", True),
        ("merci de faire le nécessaire", True),
        ("merci de bien vouloir vérifier", True),
        ("pouvez-vous regarder ? merci d'avance", True),
        ("merci d\u2019avance pour votre retour", True),
        # thanks for a thing done stays thanks
        ("merci de m'avoir rappelé si vite", False),
        ("merci d'être venus ce matin", False),
        ("merci de votre aide", False),
        ("merci pour la rapidité", False),
        ("gracias por arreglarlo tan rápido", False),
    ],
)
def test_thanks_as_request(text: str, expected: bool) -> None:
    assert thanks_as_request(text) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Merci de m'avoir remboursé en deux jours, top @Brightbank", "fr"),
        ("merci encore une fois pour votre aide @NimbusMobile", "fr"),
        ("gracias otra vez @ParceloEats", "es"),
        ("thanks again for sorting my seat @SkyLarkAir", "en"),
    ],
)
def test_thanks_for_a_thing_done_stays_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


def test_thanks_again() -> None:
    assert thanks_again("thanks again for the help")
    assert thanks_again("grazie di nuovo per la carta")
    assert not thanks_again("thanks. delayed again.")
    assert not thanks_again("the app crashed again, thanks")


@pytest.mark.parametrize(
    "text",
    [
        # a praise word and a heart beside a bad feeling (no failure): heartfelt, not irony
        "shoutout to the crew on my flight to Rome, my anxious dad felt so safe ❤️",
        "kudos to the bank staff, I was so stressed on the phone and they calmed me down ❤️",
    ],
)
def test_heartfelt_praise_of_a_feeling(text: str) -> None:
    assert run(text, "en").intent == "praise"


def test_heart_beside_a_failure_is_still_irony() -> None:
    # control: the failure is named and nothing was fixed
    assert run("kudos @SkyLarkAir, flight cancelled and no rebooking offered ❤️", "en").intent != "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a replacement brought is the fix of the mishap the praise tells of
        ("el repartidor de @ParceloEats tiró el helado sin querer y nos trajo otro enseguida, un crack", "es"),
        ("le livreur a renversé la soupe et en a apporté une autre, top @ParceloEats 👏", "fr"),
        ("o estafeta deixou cair o bolo e trouxe outro sem cobrar, obrigado @ParceloEats", "pt"),
    ],
)
def test_replacement_brought_is_the_fix(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


def test_replacement_that_failed_again_is_a_complaint() -> None:
    assert run("me trajeron otro pedido equivocado, otra vez mal @ParceloEats", "es").intent == "complaint"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a lost card blocked and its replacement arrived: the fix the thanks is for
        ("merci @Brightbank, sac volé samedi, carte bloquée de suite et la nouvelle est arrivée lundi", "fr"),
        ("gracias @Brightbank, perdí la tarjeta el viernes y la nueva llegó el martes, de diez", "es"),
    ],
)
def test_replacement_arrived_is_the_fix(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


def test_replacement_not_arrived_is_a_complaint() -> None:
    assert run("la nouvelle carte n'est toujours pas arrivée, merci 🙄 @Brightbank", "fr").intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        # a clause of time naming a past state is the circumstance of the help, like "because"
        "big thanks to the @ParceloEats courier who waited with my nan when her phone was dead. legend",
        "el rider de @ParceloEats me subió la compra cuando el ascensor estaba roto, un crack",
        "Danke @ParceloEats, der Fahrer hat die Kisten hochgetragen, als der Aufzug kaputt war. Super!",
    ],
)
def test_failure_as_past_state_of_help_is_praise(text: str) -> None:
    a = run(text, "es" if " el " in text else "de" if "Danke" in text else "en")
    assert a.intent == "praise"
    assert a.irony < 0.5


def test_failure_in_main_clause_with_time_clause_is_no_praise() -> None:
    text = "great job @SkyLarkAir, when the gate was changed nobody told us and we missed the flight"
    assert run(text, "en").intent != "praise"


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese "mais" is "more", not the French "but": nothing follows it to carry a verdict
        "entrega da @ParceloEats em 15 minutos e tudo quentinho, impossível pedir mais",
        "a técnica da @NimbusMobile trocou o modem num sábado, nada a reclamar, quero mais atendimentos assim",
    ],
)
def test_portuguese_more_is_no_but(text: str) -> None:
    assert run(text, "pt").intent == "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # controls: the real adversatives still hand the verdict to the failing clause after them
        ("o suporte foi ótimo, mas a fatura veio errada de novo", "pt"),
        ("le livreur était adorable mais la pizza est arrivée froide", "fr"),
    ],
)
def test_but_before_a_failure_is_no_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise"
