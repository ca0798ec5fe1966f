""" "No point going on" (core.harm_despair): despair that life has lost its sense is a self-harm
statement in every supported language; going on WITH a plan, a bank or a payment is not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_despair import no_point_going_on
from mentionflow.core.text import normalise

STATEMENTS = [
    ("en", "@Brightbank they took the house today. honestly I see no reason to keep going."),
    ("es", "@BrightbankCare me embargaron todo y mi pareja se fue. Ya no le encuentro sentido a seguir."),
    ("es", "@NimbusHelp sin trabajo y sin casa, no tiene ningún sentido seguir viviendo"),
    ("fr", "@Brightbank saisie sur salaire, plus de logement. Je ne vois plus aucun sens à continuer."),
    ("fr", "@NimbusHelp tout est parti, je ne vois plus l'intérêt de continuer"),
    ("de", "@Brightbank Wohnung gekündigt, Konto leer. Ich sehe keinen Sinn mehr weiterzumachen. Tschüss."),
    ("de", "@NimbusHelp alles verloren, kein Grund mehr zu leben"),
    ("it", "@Brightbank sfrattato, conto pignorato. Non ha più senso andare avanti."),
    ("it", "@NimbusHelp ho perso tutto, non vedo più nessun motivo per vivere"),
    ("pt", "@Brightbank perdi o emprego e a casa. Não vejo mais sentido em continuar."),
    ("pt", "@NimbusHelp nada mais importa, não faz sentido continuar vivendo"),
]

# Going on with a contract, a payment or the brand: a grumble or a churn threat. (English "no
# point" is also a despair phrase the harm model weighs on its own, so it has no row here.)
NOT_STATEMENTS = [
    ("es", "@BrightbankCare no tiene sentido seguir pagando comisiones por esta cuenta"),
    ("es", "@NimbusHelp no tiene sentido seguir con vosotros, me paso a otra compañía"),
    ("fr", "@Brightbank aucun intérêt de continuer avec vous, je clôture mon compte"),
    ("de", "@NimbusHelp es hat keinen Sinn mehr, mit euch weiterzumachen, ich kündige"),
    ("de", "@NimbusHelp keinen Sinn mehr weiterzumachen mit diesem Tarif"),
    ("it", "@Brightbank non ha senso andare avanti con questo conto"),
    ("it", "@NimbusHelp non ha senso continuare a pagare per questo servizio"),
    ("pt", "@Brightbank não faz sentido continuar com vocês, vou mudar de banco"),
    ("pt", "@NimbusHelp não faz sentido continuar pagando por isso"),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_no_point_going_on_is_a_severe_self_harm_statement(lang: str, text: str) -> None:
    norm = normalise(text)
    assert no_point_going_on(norm.tokens), text
    signal = detect_harm(norm, lang, brand_known=True)
    assert (signal.kind, signal.severity) == ("self_harm", "severe"), signal


@pytest.mark.parametrize(("lang", "text"), NOT_STATEMENTS)
def test_going_on_with_something_is_no_statement(lang: str, text: str) -> None:
    norm = normalise(text)
    assert not no_point_going_on(norm.tokens), text
    assert detect_harm(norm, lang, brand_known=True).kind is None
