"""Thanks for help given or a fix made by DM ("obrigada pela ajuda por DM", "all sorted via DM")
close the case as a positive follow-up: the DM names where the case was handled. Details handed
over by DM ("sent you a DM with my ref") keep the case going (cases._hands_over; s20-arrirony)."""

from __future__ import annotations

import pytest

from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def _followup_update(first: str, second: str) -> str:
    author = {"id": "c8", "handle": "customer_eight", "followers": 120, "verified": False}
    scenario = {
        "id": "helpdm",
        "mentions": [
            {"id": "m1", "at": 0, "author": author, "text": first},
            {"id": "m2", "at": 9000, "author": author, "text": second},
        ],
    }
    run = run_scenario(core_factory_from_settings(), scenario)
    return str(next(c for c in run["cases"].values() if "helpdm/m2" in c["mention_ids"])["update"])


_STUCK = {
    "en": "@Brightbank my transfer of £300 to my landlord is stuck as pending since yesterday",
    "es": "@Brightbank mi transferencia de 300€ al casero lleva pendiente desde ayer",
    "fr": "@Brightbank mon virement de 300€ au propriétaire est bloqué en attente depuis hier",
    "de": "@Brightbank meine Überweisung von 300€ an den Vermieter hängt seit gestern",
    "it": "@Brightbank il mio bonifico di 300€ al padrone di casa è bloccato da ieri",
    "pt": "@Brightbank a minha transferência de 300€ para o senhorio está pendente desde ontem",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Brightbank it's through now, thanks for the help over DM, you were brilliant"),
        ("en", "@Brightbank all sorted via DM, money arrived, thank you so much"),
        ("es", "@Brightbank ya ha llegado, gracias por la ayuda por MD, sois geniales"),
        ("fr", "@Brightbank c'est arrivé, merci pour l'aide en MP, super équipe"),
        ("de", "@Brightbank ist angekommen, danke für die Hilfe per DM, super Team"),
        ("it", "@Brightbank è arrivato, grazie per l'aiuto in privato, bravissimi"),
        ("pt", "@Brightbank já chegou, obrigado pela ajuda por DM, impecáveis"),
    ],
)
def test_thanks_for_help_given_by_dm_is_a_positive_followup(lang: str, text: str) -> None:
    assert _followup_update(_STUCK[lang], text) == "positive_followup", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@Brightbank sent you a DM with my account ref, thanks"),
        ("es", "@Brightbank os he mandado un MD con la referencia, gracias"),
        ("fr", "@Brightbank je vous ai envoyé un MP avec la référence, merci"),
        ("pt", "@Brightbank mandei DM com os dados da transferência, obrigada"),
    ],
)
def test_details_handed_over_by_dm_keep_the_case_going(lang: str, text: str) -> None:
    assert _followup_update(_STUCK[lang], text) != "positive_followup", text
