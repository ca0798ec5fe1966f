"""Self-harm hint "no point (in) going on" (going on with life, not with a thing), and a lawyer's
academic title ("Rechtsanwalt Dr. Brandt") that is no doctor; tree nuts named as a group and
breathing badly ("respira male") in five languages; money moved without the holder's knowledge or consent."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import _states_self_harm, detect_harm
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank took £40 in fees, that was our food money. i honestly don't see the point in going on anymore",
        "@Brightbank I just don't see the point in going on like this",
        "@NimbusHelp can't see any reason to go on. sorry",
    ],
)
def test_no_point_going_on_is_a_self_harm_hint(text: str) -> None:
    signal = detect_harm(normalise(text), "en")
    assert (signal.kind, signal.severity) == ("self_harm", "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp no reason to go on waiting, I'm switching to another provider",
        "@SkyLarkAir there's no point in going on the trip now, the flight is cancelled",
        "@Brightbank no point carrying on with this chat, the bot keeps looping",
    ],
)
def test_going_on_with_a_thing_is_no_self_harm_statement(text: str) -> None:
    # (The harm model may still weigh such despair words; the stated phrase must not fire.)
    assert not _states_self_harm(normalise(text).tokens)


@pytest.mark.parametrize(
    "text",
    [
        "Namens unseres Mandanten fordern wir die Erstattung binnen 14 Tagen. Rechtsanwalt Dr. Brandt",
        "En nombre de nuestro cliente exigimos el reembolso en 14 días. Abogado Dr. Ruiz",
        "Per conto del nostro cliente chiediamo il rimborso entro 14 giorni. Avvocato Dr. Rossi",
    ],
)
def test_a_lawyers_academic_title_is_no_doctor(text: str) -> None:
    assert detect_harm(normalise(text), None).kind is None


def test_a_doctor_helping_is_still_medical_care() -> None:
    # Negative twin: "Dr." after anything but a lawyer's title is a doctor.
    signal = detect_harm(normalise("@SkyLarkHelp my dad collapsed at the gate, Dr. Patel is helping him"), "en")
    assert signal.kind is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@ParceloHelp mia figlia ha mangiato il dolce senza frutta a guscio e respira male, arriva il 118", "it"),
        ("@ParceloHelp mi hija comió la tarta sin frutos secos y respira mal, viene la ambulancia", "es"),
        ("@ParceloHelp ma fille a mangé le gâteau sans fruits à coque et respire mal, le SAMU arrive", "fr"),
    ],
)
def test_a_child_breathing_badly_after_a_nut_free_order_is_severe(text: str, lang: str) -> None:
    signal = detect_harm(normalise(text), lang)
    assert (signal.kind, signal.severity) == ("health", "severe")


def test_asking_for_a_nut_free_dessert_is_no_harm() -> None:
    # Negative twin: the nut group named in a question, nobody ill.
    assert detect_harm(normalise("@ParceloHelp avete dolci senza frutta a guscio?"), "it").kind is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@BrightbankCare a mi abuela le han hecho un bizum de 1.500€ sin que ella sepa. Tiene 88 años", "es"),
        ("@Brightbank someone moved £300 out of my account without my consent", "en"),
        ("@Brightbank on a fait un virement de 900€ depuis mon compte à mon insu", "fr"),
        ("@Brightbank jemand hat ohne mein Wissen 900€ von meinem Konto überwiesen", "de"),
        ("@Brightbank hanno fatto un bonifico di 900€ a mia insaputa", "it"),
        ("@Brightbank fizeram um pix de 900 reais sem o meu consentimento", "pt"),
    ],
)
def test_money_moved_without_the_holders_knowledge_is_fraud(text: str, lang: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "fraud"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@Brightbank que yo sepa no he cambiado nada de la cuenta, ¿por qué sube la cuota?", "es"),
        ("@Brightbank to my knowledge the fee was removed last year, is that right?", "en"),
        ("@Brightbank do meu conhecimento a tarifa foi retirada, certo?", "pt"),
    ],
)
def test_as_far_as_i_know_is_no_fraud(text: str, lang: str) -> None:
    # Negative twins: "as far as I know" in three languages.
    assert detect_harm(normalise(text), lang).kind != "fraud"
