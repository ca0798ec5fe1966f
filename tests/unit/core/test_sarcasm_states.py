"""Sarcasm still read as praise (session 17, s17-thanks).

A failure after a "but" that follows faint praise, thanked ("the line held all day but my bill
doubled, thanks"); a sarcastic set phrase ("never fails to disappoint"); a slow clap beside a thing
still on its way for weeks ("Paket seit 3 Wochen unterwegs 👏"), and not beside a service newly
had ("depuis 3 jours j'ai la fibre 👏"): core/clap_states.py, the keyword file.
"""

from __future__ import annotations

import pytest

from mentionflow.core.clap_states import service_newly_had, stuck_for_days
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


FAILURE_AFTER_FAINT_PRAISE = [
    ("en", "@Nimbus the line held up all evening but my bill doubled this month, thanks"),
    ("en", "@Nimbus no dropouts since Monday but the price went up again, cheers"),
    ("es", "@Nimbus la fibra va bien pero la factura se duplicó este mes, gracias"),
    ("fr", "@Nimbus la box marche mais la facture a doublé ce mois-ci, merci"),
    ("de", "@Nimbus Netz läuft, aber die Rechnung hat sich verdoppelt, danke"),
    ("it", "@Nimbus la linea regge ma la bolletta è raddoppiata, grazie"),
    ("pt", "@Nimbus a net está ok mas a conta dobrou este mês, obrigado"),
]


@pytest.mark.parametrize(("code", "text"), FAILURE_AFTER_FAINT_PRAISE)
def test_failure_after_a_but_closed_by_thanks_is_a_complaint(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (a.intent, a.cues)


SINCERE_CONTRAST = [
    ("en", "@Nimbus the bill went up a little but the speed doubled, thanks"),
    ("en", "@Nimbus my download speed doubled after the upgrade, thanks!"),
]


@pytest.mark.parametrize(("code", "text"), SINCERE_CONTRAST)
def test_praise_after_the_but_stays_praise(code: str, text: str) -> None:
    assert run(text, code).intent == "praise"


SARCASTIC_SET_PHRASES = [
    ("en", "@Nimbus your app never fails to disappoint, thanks"),
    ("es", "@Nimbus vuestra app nunca deja de decepcionar, gracias"),
    ("fr", "@Nimbus votre appli ne manque jamais de décevoir, merci"),
    ("it", "@Nimbus la vostra app non manca mai di deludere, grazie"),
    ("pt", "@Nimbus o vosso app nunca deixa de decepcionar, obrigado"),
]


@pytest.mark.parametrize(("code", "text"), SARCASTIC_SET_PHRASES)
def test_a_sarcastic_set_phrase_is_no_praise(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (a.intent, a.cues)
    assert "irony" in a.cues


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "@Nimbus your support team never fails to impress, thanks"), ("es", "@Nimbus nunca decepciona, gracias")],
)
def test_sincere_never_disappoints_stays_praise(code: str, text: str) -> None:
    assert run(text, code).intent == "praise"


def test_not_praise_as_always() -> None:
    assert run("@Nimbus toujours aussi nul, merci", "fr").intent != "praise"
    assert run("@Nimbus como siempre, genial 🙄", "es").intent != "praise"


CLAP_BESIDE_A_STUCK_THING = [
    ("de", "Bestellung seit 2 Wochen unterwegs 👏"),
    ("en", "my order has been in transit for 3 weeks 👏"),
    ("es", "el paquete en camino desde hace 12 días 👏"),
    ("it", "pacco in transito da 3 settimane 👏"),
]


@pytest.mark.parametrize(("code", "text"), CLAP_BESIDE_A_STUCK_THING)
def test_a_slow_clap_beside_a_thing_stuck_for_weeks_is_a_complaint(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (a.intent, a.cues)


def test_a_clap_beside_a_service_newly_had_is_praise() -> None:
    b = run("depuis 4 jours j'ai la fibre 👏", "fr")
    assert b.intent == "praise", (b.intent, b.severity, b.cues)
    assert b.severity is None


def test_clap_state_readers() -> None:
    assert stuck_for_days("paket seit 3 wochen unterwegs", frozenset({"unterwegs"}), True)
    assert not stuck_for_days("paket unterwegs, kommt morgen", frozenset({"unterwegs"}), False)
    assert service_newly_had(("depuis", "3", "jours", "jai", "la", "fibre"))
    assert not service_newly_had(("depuis", "3", "jours", "je", "nai", "plus", "la", "fibre"))
    assert not service_newly_had(("i", "have", "no", "signal"))
