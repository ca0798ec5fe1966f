"""Thanks or joy for a failure the brand caused is sarcasm, never praise (core/thanks_failure.py).

"gracias por perder mi maleta otra vez, genial", "danke für die doppelte Abbuchung, sehr nett",
"so happy you charged me twice 🥰" would be thanked in public if read as praise. Thanks for a fix
("gracias por encontrar mi maleta", "danke für die schnelle Erstattung") stays praise.
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.core.thanks_failure import thanks_for_a_failure


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


THANKS_FOR_A_FAILURE = [
    ("en", "@SkyLarkAir thank you so much for losing my suitcase on the way home, top work"),
    ("en", "so glad @Brightbank billed me twice for the same coffee 🥰"),
    ("en", "cheers @SkyLarkAir for cancelling my flight the night before, great stuff"),
    ("es", "@SkyLarkAir muchas gracias por cancelar el vuelo a última hora, qué detalle"),
    ("es", "@Brightbank gracias por cobrarme dos veces la misma compra, genial"),
    ("es", "@SkyLarkAir gracias por retrasar el vuelo tres horas, sois lo más"),
    ("fr", "@SkyLarkAir merci d'avoir perdu ma valise, vraiment super"),
    ("fr", "@Brightbank merci pour le double prélèvement ce mois-ci, trop sympa"),
    ("fr", "@SkyLarkAir trop contente, vol annulé encore une fois"),
    ("de", "@SkyLarkAir danke für den gestrichenen Flug, wirklich klasse"),
    ("de", "@SkyLarkAir vielen Dank für den verlorenen Koffer, echt toll"),
    ("de", "@Brightbank danke für die doppelte Belastung, super Service"),
    ("it", "@SkyLarkAir grazie per aver perso la mia valigia, bravi"),
    ("it", "@Brightbank grazie per il doppio addebito, gentilissimi"),
    ("it", "@SkyLarkAir grazie mille per il volo cancellato, fantastici"),
    ("pt", "@SkyLarkAir obrigada por cancelar o meu voo sem aviso, top"),
    ("pt", "@Brightbank obrigado por me cobrar duas vezes, maravilha"),
    ("pt", "@SkyLarkAir que surpresa, a mala perdeu-se outra vez. obrigado"),
]


@pytest.mark.parametrize(("code", "text"), THANKS_FOR_A_FAILURE)
def test_thanks_for_a_failure_is_not_praise(code: str, text: str) -> None:
    assert thanks_for_a_failure(normalise(text).clean.lower()), text
    a = run(text, code)
    assert a.intent != "praise", (a.intent, a.cues)


SINCERE_THANKS = [
    ("en", "@SkyLarkAir thanks for finding my lost bag so quickly, legends"),
    ("en", "@SkyLarkAir thanks for not losing my bag this time 😄"),
    ("en", "@SkyLarkAir thanks for rebooking me after the delay, brilliant crew"),
    ("es", "@SkyLarkAir gracias por encontrar mi maleta, sois geniales"),
    ("es", "@Brightbank gracias por devolverme el cobro doble tan rápido"),
    ("fr", "@SkyLarkAir merci d'avoir retrouvé ma valise perdue, super équipe"),
    ("de", "@Brightbank danke für die schnelle Erstattung, super"),
    ("de", "@Brightbank danke für die Hilfe bei der doppelten Abbuchung, top"),
    ("it", "@SkyLarkAir grazie per aver ritrovato la mia valigia, bravissimi"),
    ("pt", "@Brightbank obrigado pelo reembolso da cobrança dupla, muito rápido"),
]


@pytest.mark.parametrize(("code", "text"), SINCERE_THANKS)
def test_thanks_for_a_fix_stays_sincere(code: str, text: str) -> None:
    assert not thanks_for_a_failure(normalise(text).clean.lower()), text


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "@SkyLarkAir gracias por encontrar mi maleta"),
        ("de", "@Brightbank danke für die schnelle Erstattung"),
        ("en", "@SkyLarkAir thanks for finding my lost bag so quickly, legends"),
    ],
)
def test_sincere_thanks_stays_praise(code: str, text: str) -> None:
    assert run(text, code).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank thank you for cancelling my old card and posting the new one",
        "@Nimbus gracias por cancelar mi suscripción tan rápido",
        "@Nimbus merci d'avoir annulé mon abonnement sans frais",
        "@Nimbus danke für die schnelle Kündigung, Vertrag storniert",
        "@Nimbus grazie per aver cancellato il vecchio contratto",
        "@Nimbus obrigado por cancelar o plano antigo sem complicação",
    ],
)
def test_thanks_for_a_requested_cancellation_is_no_failure(text: str) -> None:
    assert not thanks_for_a_failure(normalise(text).clean.lower())
