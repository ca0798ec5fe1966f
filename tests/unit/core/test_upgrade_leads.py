"""A customer who wants more (an upgrade, a bigger plan, more lines) is a sales lead in six
languages; a complaint about an upgrade that failed, a past upgrade, a refusal and an ordinary
question are not (`core.upgrades`, `core.leads`)."""

from __future__ import annotations

import pytest

from mentionflow.core.leads import calm_lead, prospect_lead, with_lead
from mentionflow.core.text import normalise
from mentionflow.core.upgrades import wants_more

WANTS_MORE = [
    "@TelcoX ich würde meinen Vertrag gern upgraden, was kostet das?",
    "@TelcoX Ich möchte auf den höheren Tarif wechseln, geht das online?",
    "@TelcoX Wir brauchen zwei weitere SIM-Karten für die Firma",
    "@TelcoX Können wir fünf zusätzliche Leitungen dazubuchen?",
    "@TelcoX quisiera ampliar mi tarifa a 50 GB",
    "@TelcoX queremos contratar tres líneas más para la oficina",
    "@TelcoX me gustaría cambiarme a un plan superior",
    "@TelcoX je voudrais upgrader mon forfait",
    "@TelcoX nous voudrions ajouter deux lignes supplémentaires",
    "@TelcoX j'aimerais passer au forfait supérieur",
    "@TelcoX je souhaite monter en gamme",
    "@TelcoX vorrei fare l'upgrade del mio abbonamento",
    "@TelcoX vorremmo attivare altre 4 linee per i colleghi",
    "@TelcoX voglio passare a un piano superiore",
    "@TelcoX queria fazer um upgrade ao meu plano",
    "@TelcoX gostaríamos de contratar mais três linhas",
    "@TelcoX quero mudar para o plano maior",
    "@TelcoX can I upgrade to the unlimited bundle mid-contract?",
    "@TelcoX we'd like to add 4 more lines for new hires",
    "@TelcoX looking to switch up to a bigger package",
]
NOT_MORE = [
    "@TelcoX I tried to upgrade my plan yesterday and the payment failed twice",
    "@TelcoX I upgraded last month and now I'm paying double",
    "@TelcoX the upgrade you pushed broke my phone",
    "@TelcoX why was I charged for 2 extra lines I never asked for?",
    "@TelcoX I need you to remove the 2 extra lines from my bill",
    "@TelcoX Ich wollte upgraden, aber die App zeigt nur Fehler",
    "@TelcoX seit dem Upgrade auf den größeren Tarif habe ich kein Netz mehr",
    "@TelcoX no puedo ampliar mi plan, la web da error",
    "@TelcoX me habéis cobrado dos líneas más que no pedí",
    "@TelcoX j'ai voulu passer à l'offre supérieure et depuis plus de réseau",
    "@TelcoX ho fatto l'upgrade e da allora internet non funziona",
    "@TelcoX ho 3 linee con voi e nessuna funziona da ieri",
    "@TelcoX fiz upgrade do plano e agora cobram-me duas vezes",
    "@TelcoX não consigo fazer upgrade, a app dá erro",
    "@TelcoX how do I check my data balance?",
    "@TelcoX I like the upgrade, thanks",
]


def toks(text: str) -> tuple[str, ...]:
    return normalise(text).tokens


@pytest.mark.parametrize("text", WANTS_MORE)
def test_wanting_more_is_an_upgrade_lead(text: str) -> None:
    assert wants_more(toks(text))
    assert prospect_lead(toks(text)) is not None


@pytest.mark.parametrize("text", NOT_MORE)
def test_a_failed_past_or_refused_upgrade_or_a_question_is_no_lead(text: str) -> None:
    assert not wants_more(toks(text))


def test_an_upgrade_wish_in_a_failure_complaint_is_no_lead() -> None:
    t = toks("@TelcoX I want to upgrade my plan but the checkout keeps failing with an error")
    assert with_lead([], t, "complaint", "negative", -0.3) == ([], None)
    calm = toks("@TelcoX ich möchte auf den größeren Tarif wechseln, was kostet das?")
    assert with_lead([], calm, "complaint", "negative", -0.2) == (["purchase"], "upgrade")


def test_a_signalled_lead_keeps_its_family_for_calm_reading() -> None:
    # "linee aziendali" is a major word; a calm quote request about them is no major problem.
    t = toks("@TelcoX vorremmo passare a voi con 6 linee aziendali, vorrei un preventivo")
    signals, family = with_lead(["purchase"], t, "complaint", "neutral", -0.1)
    assert signals == ["purchase"] and family == "quote"
    assert calm_lead(family, "neutral", t)
