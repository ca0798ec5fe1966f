"""Praise wrapped round a wait, a cancellation or missing information is sarcasm; the same praise
beside a fast fix, or with nothing gone wrong, stays praise (session 13: `irony_cues.wait_span`,
the "no info" failure phrases, "love how @Brand cancels ...", apostrophes inside scare quotes)."""

from __future__ import annotations

import pytest

from mentionflow.core.irony_cues import carried_elsewhere, charge_thanks, scare_quoted, sincere_marker, wait_span
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci pour les 3h d'attente au guichet", True),
        ("2h30 d'attente", True),
        ("4 stunden wartezeit an der hotline", True),
        ("dos horas de espera en el mostrador", True),
        ("3 ore di attesa al check-in", True),
        ("duas horas à espera do técnico", True),
        # a span that is speed or a stay, not a wait
        ("livré en 2h, top", False),
        ("3 jours à lisbonne, parfait", False),
        ("entrega em 2 horas, excelente", False),
        ("6 stunden in barcelona, traumhaft", False),
    ],
)
def test_wait_span(text: str, expected: bool) -> None:
    assert wait_span(text) is expected


# (sarcastic, sincere twin) with their language.
WAIT_TWINS = [
    (
        "Merci @NimbusHelp pour ces 3h d'attente en boutique, vraiment top le service 👍",
        "Merci @NimbusHelp, réglé en 10 minutes en boutique, vraiment top le service 👍",
        "fr",
    ),
    (
        "Danke @Brightbank für 2 Stunden Wartezeit in der Filiale, echt spitze 👍",
        "Danke @Brightbank, in 10 Minuten war alles erledigt, echt spitze 👍",
        "de",
    ),
    (
        "Gracias @ParceloEats por las 2 horas de espera, servicio de diez 👍",
        "Gracias @ParceloEats, el pedido llegó en 20 minutos, servicio de diez 👍",
        "es",
    ),
    (
        "Grazie @SkyLarkAir per le 4 ore di attesa al gate, servizio top 👍",
        "Grazie @SkyLarkAir, imbarco veloce e volo puntuale, servizio top 👍",
        "it",
    ),
]


@pytest.mark.parametrize(("sarcastic", "sincere", "code"), WAIT_TWINS)
def test_praise_of_a_named_wait_is_sarcasm(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert "irony" in a.cues and a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert "irony" not in b.cues and b.intent == "praise", b


@pytest.mark.parametrize(
    ("sarcastic", "sincere", "code"),
    [
        (
            "Vielen Dank @SkyLarkAir, toll! 5 Stunden am Gate, keine Info. Bravo 👏",
            "Vielen Dank @SkyLarkAir, toll! Pünktlich gelandet, Koffer als Erster da. Bravo 👏",
            "de",
        ),
        (
            "Obrigado @SkyLarkAir, maravilha! Voo atrasado e sem informação nenhuma. Parabéns 👏",
            "Obrigado @SkyLarkAir, maravilha! Voo a horas e tripulação simpática. Parabéns 👏",
            "pt",
        ),
    ],
)
def test_a_slow_clap_beside_no_information_is_sarcasm(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert b.intent == "praise", b


def test_love_how_the_brand_cancels_is_sarcasm_love_how_it_rebooks_is_not() -> None:
    a = run("Love how @SkyLarkAir cancels my flight the night before. Stellar. 👏", "en")
    assert "sarcasm" in a.cues and a.intent != "praise", a
    b = run("Love how @SkyLarkAir rebooked me within minutes of the storm. Stellar crew.", "en")
    assert "sarcasm" not in b.cues and b.intent == "praise", b


def test_an_apostrophe_inside_scare_quotes() -> None:
    assert scare_quoted(normalise("thanks for the 'it's sorted' email, still no signal"))
    assert not scare_quoted(normalise("it's sorted and it's working again, thanks"))


def test_a_quoted_fix_that_did_not_happen_is_sarcasm_a_real_fix_is_thanks() -> None:
    a = run("@NimbusHelp thanks for the 'it's resolved' message, internet still down. great job 👏", "en")
    assert a.intent in ("complaint", "rant"), a
    b = run("@NimbusHelp thanks, it's resolved and internet is back. great job 👏", "en")
    assert b.intent == "praise", b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("genuinely sorted in 5 mins, no sarcasm, legends", True),
        ("not being sarcastic, the crew were great", True),
        ("sin ironía ninguna: un 10", True),
        ("sem ironia nenhuma, nota 10", True),
        ("sans aucune ironie, top", True),
        ("ganz ohne ironie: danke", True),
        ("senza ironia, bravi", True),
        # a sarcasm tag, or "sarcasm" named as what it is
        ("thanks for the delay #sarcasm", False),
        ("great, another delay. sarcasm intended", False),
        ("no joke, they were brilliant", False),
    ],
)
def test_sincere_marker(text: str, expected: bool) -> None:
    assert sincere_marker(text) is expected


def test_praise_said_not_to_be_sarcasm_is_praise_not_a_negated_compliment() -> None:
    a = run("honestly @Brightbank unblocked my card in 10 mins on chat, no sarcasm, total legends 🙌", "en")
    assert a.intent == "praise" and "irony" not in a.cues, a
    # the same "no" before the praise itself negates it
    b = run("@Brightbank unblocked my card after 3 days on chat, no legends there 🙄", "en")
    assert b.intent != "praise", b


@pytest.mark.parametrize(
    ("sincere", "code"),
    [
        ("Sin ironía: @ParceloEats me trajo el pedido en 15 minutos bajo la lluvia, un crack 💚", "es"),
        ("Ohne Ironie: @SkyLarkAir hat mich nach der Annullierung in 5 Minuten umgebucht. Danke!", "de"),
    ],
)
def test_no_irony_said_keeps_the_praise(sincere: str, code: str) -> None:
    a = run(sincere, code)
    assert "irony" not in a.cues and a.intent == "praise", a


@pytest.mark.parametrize(
    ("text", "churn"),
    [
        ("A rede da @NimbusMobile aguentou o concerto todo, os meus amigos de outras operadoras sem rede 😎", False),
        ("La red de @NimbusMobile aguantó todo el festival y mis amigos de otras compañías sin nada 😎", False),
        ("@NimbusMobile worked all weekend in the hills while my friends on other networks had no bars", False),
        ("@NimbusMobile ich bin weg, ab Montag bei einem anderen Anbieter", True),
        ("@NimbusMobile vou mudar para outra operadora, chega", True),
    ],
)
def test_other_providers_as_a_comparison_are_no_churn(text: str, churn: bool) -> None:
    assert ("churn" in detect_signals(normalise(text))) is churn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("grazie mille <user> per la bolletta da 200€ di roaming", True),
        ("obrigadíssimo <user> por me cobrarem 35€ de roaming", True),
        ("thanks <user> for charging me £40 for roaming in france", True),
        ("merci <user> pour la facture de 180€ ce mois-ci", True),
        ("danke <user> für die gebühr von 25€", True),
        ("gracias por cobrarme 30€ de comisión", True),
        # a refund, a waived fee, a discount, or no sum at all
        ("thanks for refunding the 35€ charge so fast", False),
        ("thanks for waiving the £25 fee!", False),
        ("gracias por devolverme los 30€", False),
        ("merci pour le remboursement de 50€", False),
        ("thanks for the bill explanation", False),
    ],
)
def test_charge_thanks(text: str, expected: bool) -> None:
    assert charge_thanks(text) is expected


@pytest.mark.parametrize(
    ("sarcastic", "sincere", "code"),
    [
        (
            "Grazie @NimbusHelp per l'addebito di 60€ sul conto, bravissimi 😍",
            "Grazie @NimbusHelp per il rimborso di 60€ sul conto, bravissimi 😍",
            "it",
        ),
        (
            "Obrigado @NimbusHelp pela fatura de 90€ este mês, vocês são demais 😂",
            "Obrigado @NimbusHelp pelo reembolso de 90€ este mês, vocês são demais 😍",
            "pt",
        ),
        (
            "Thanks @NimbusHelp for the £45 roaming charge on my 'unlimited' plan, amazing 😍",
            "Thanks @NimbusHelp for refunding the £45 roaming charge so quickly, amazing 😍",
            "en",
        ),
    ],
)
def test_thanks_for_a_charge_is_sarcasm_thanks_for_a_refund_is_not(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert b.intent == "praise", b


@pytest.mark.parametrize(
    ("sarcastic", "sincere", "code"),
    [
        (
            "@SkyLarkAir thanks for the 4 hour delay, really appreciated",
            "@SkyLarkAir thanks for the update on the delay, really appreciated",
            "en",
        ),
        (
            "Gracias @SkyLarkAir por cancelar mi vuelo a las 3 de la mañana, sois los mejores 👏",
            "Gracias @SkyLarkAir por cancelar mi pedido tan rápido como pedí, sois los mejores 👏",
            "es",
        ),
        (
            "Merci @SkyLarkAir d'avoir annulé mon vol la veille au soir, vous êtes les meilleurs",
            "Merci @SkyLarkAir d'avoir changé mon siège la veille au soir, vous êtes les meilleurs",
            "fr",
        ),
    ],
)
def test_thanks_for_a_delay_or_a_cancelled_flight_is_sarcasm(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert b.intent == "praise", b


@pytest.mark.parametrize(
    ("sincere", "sarcastic", "code"),
    [
        (
            "Danke @SkyLarkAir, trotz Verspätung super Crew und ständige Infos. Top!",
            "Danke @SkyLarkAir, 3 Stunden Verspätung und keine Infos. Top 👏",
            "de",
        ),
        (
            "Merci @SkyLarkAir, malgré le retard équipage au top et infos régulières. Bravo !",
            "Merci @SkyLarkAir, 3 heures de retard et aucune info. Bravo 👏",
            "fr",
        ),
    ],
)
def test_praise_despite_a_failure_is_sincere(sincere: str, sarcastic: str, code: str) -> None:
    a = run(sincere, code)
    assert "irony" not in a.cues and a.intent == "praise", a
    b = run(sarcastic, code)
    assert b.intent in ("complaint", "rant"), b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("great to see my bag enjoying its own holiday in madrid while i'm in lisbon", True),
        ("mi maleta se fue a roma y yo a lisboa. genios", True),
        ("mein rollstuhl ist in palma geblieben, ich bin in köln.", True),
        ("ma valise est partie à nice et moi à lyon. bravo", True),
        ("la mia valigia è a londra e io a milano. complimenti", True),
        ("a minha mala foi para paris e eu em lisboa. parabéns", True),
        # the bag and its owner in the same place, or no owner elsewhere
        ("my bag and i both arrived in lisbon on time, thanks", False),
        ("la maleta llegó a lisboa y yo también, gracias", False),
        ("mein koffer kam in berlin an, ich bin so froh", False),
    ],
)
def test_carried_elsewhere(text: str, expected: bool) -> None:
    assert carried_elsewhere(text) is expected


@pytest.mark.parametrize(
    ("sarcastic", "sincere", "code"),
    [
        (
            "Excelente @SkyLarkAir, mi maleta se fue a Roma y yo a Lisboa. Genios 👏",
            "Excelente @SkyLarkAir, mi maleta y yo llegamos juntos a Lisboa. Genios 👏",
            "es",
        ),
        (
            "@SkyLarkAir great to see my bag enjoying its own holiday in Madrid while I'm in Lisbon 👏",
            "@SkyLarkAir great to see my bag first off the belt in Lisbon 👏",
            "en",
        ),
    ],
)
def test_praise_of_a_bag_sent_elsewhere_is_sarcasm(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert b.intent == "praise", b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 hours sat on the tarmac", True),
        ("4 hours at the gate and counting", True),
        ("2 hours for my order lol", True),
        ("6 horas en la pista sin agua", True),
        ("6 heures sur le tarmac", True),
        ("6 stunden am flughafen zürich", True),
        ("6 ore sulla pista", True),
        ("6 horas na pista", True),
        # a flight's length, a lounge, the speed of a fix
        ("6 hours on the plane flew by", False),
        ("3 hours in the lounge", False),
        ("refund in 4 days", False),
        ("delivered in 2 hours", False),
    ],
)
def test_a_span_at_a_waiting_place_is_a_wait(text: str, expected: bool) -> None:
    assert wait_span(text) is expected


@pytest.mark.parametrize(
    ("joke", "sincere", "code"),
    [
        (
            "best airline ever @SkyLarkAir, 4 hours at the gate and counting lol",
            "best airline ever @SkyLarkAir, landed 20 mins early and bags were out in 5 lol",
            "en",
        ),
        (
            "La mejor aerolínea del mundo @SkyLarkAir 🏆 6 horas en la pista sin agua jaja",
            "La mejor aerolínea del mundo @SkyLarkAir 🏆 llegamos 20 minutos antes jaja",
            "es",
        ),
        (
            "A melhor companhia do mundo @SkyLarkAir 🏆 6 horas na pista sem água kkk",
            "A melhor companhia do mundo @SkyLarkAir 🏆 chegámos 20 minutos adiantados kkk",
            "pt",
        ),
    ],
)
def test_a_superlative_beside_a_wait_at_the_gate_is_a_complaint(joke: str, sincere: str, code: str) -> None:
    a = run(joke, code)
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert b.intent == "praise", b
