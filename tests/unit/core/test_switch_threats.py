"""A churn threat said in the first person, the present standing for the future ("se não resolvem,
cancelo e mudo de operadora", "je change d'opérateur", "ich wechsle den Anbieter", "cambio
gestore"), is churn in every supported language (data/signals.yaml); a switch towards the brand,
a plan change or a problem report is not."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def _signals(text: str) -> list[str]:
    return detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp ou voltam a ligar a fibra até sexta ou troco de operador",
        "@Brightbank mais uma taxa destas e mudo de banco",
        "@NimbusHelp se continuar assim cancelo o contrato e pronto",
        "@NimbusHelp como no me lo solucionéis hoy, voy a cambiar de operadora",
        "@Brightbank otra comisión así y cancelo mi contrato",
        "@NimbusHelp encore une coupure et je change d'opérateur",
        "@Brightbank franchement je vais changer de banque",
        "@NimbusHelp noch ein Ausfall diese Woche und ich wechsle den Anbieter",
        "@Brightbank wenn das so weitergeht, muss ich wohl die Bank wechseln",
        "@NimbusHelp se non risolvete entro lunedì cambio gestore",
        "@Brightbank sto per cambiare banca, ultima possibilità",
        "@NimbusHelp one more outage and I switch providers",
    ],
)
def test_a_switch_threat_in_the_first_person_is_churn(text: str) -> None:
    assert "churn" in _signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp quero mudar de plano para o de 50GB",  # a plan changed, the provider kept
        "@NimbusHelp troquei de telemóvel e o eSIM não passou",  # a new phone: a problem report
        "@NimbusHelp je change de forfait le mois prochain, c'est possible ?",
        "@NimbusHelp ich wechsle den Tarif, geht das online?",
        "@NimbusHelp cambio piano a fine mese, come faccio?",
        "@NimbusHelp my router keeps dropping, what settings do I change?",
    ],
)
def test_a_plan_change_or_a_problem_is_no_churn(text: str) -> None:
    assert "churn" not in _signals(text)
