"""Thanks for a fix is gratitude; thanks for a failure stays sarcasm (session 16, s16-falsealarm).

The irony cues turned "thanks for <failure>" round whatever was thanked, so sincere thanks for a
quick fix of an outage ("thanks for fixing the outage so quickly, back online in an hour") read as
sarcasm and became a major complaint. The thing thanked decides (core/fix_thanks.py).
"""

from __future__ import annotations

import pytest

from mentionflow.core.fix_thanks import thanked_fix
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


THANKS_FOR_A_FIX = [
    ("en", "Thanks @NimbusHelp for sorting the broadband outage so fast, all good now"),
    ("en", "thank you @NimbusHelp for repairing the broken router within a day"),
    ("en", "cheers @NimbusHelp for getting us back online after the blackout so quickly!"),
    ("en", "Thanks @NimbusHelp for restoring the signal after the outage in under an hour"),
    ("es", "Gracias @NimbusHelp por arreglar la avería de la fibra tan rápido"),
    ("es", "gracias @NimbusHelp por solucionar la caída en una hora"),
    ("fr", "Merci @NimbusHelp d'avoir réparé la panne de la box si vite"),
    ("de", "Danke @NimbusHelp fürs schnelle Beheben der Störung heute Morgen"),
    ("de", "Danke @NimbusHelp, dass ihr den Ausfall so schnell behoben habt"),
    ("it", "Grazie @NimbusHelp per aver risolto il guasto della fibra in mezz'ora"),
    ("pt", "Obrigado @NimbusHelp por resolverem a falha da internet tão rápido"),
    ("en", "thanks @NimbusHelp for fixing the outage in our street so fast, thanks again!"),
    ("fr", "merci @NimbusHelp d'avoir rétabli la fibre après la panne en une heure, encore merci"),
]


@pytest.mark.parametrize(("code", "text"), THANKS_FOR_A_FIX)
def test_thanks_for_a_fix_is_praise_not_sarcasm(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "praise", (a.intent, a.cues)
    assert "irony" not in a.cues


THANKS_FOR_A_FAILURE = [
    ("en", "thanks @NimbusHelp for the six hour outage on a work day, really appreciated"),
    ("en", "Thanks @NimbusHelp for fixing nothing, still no broadband after 3 days 🙄"),
    ("en", "thanks @NimbusHelp for taking 5 days to fix a simple outage"),
    ("en", "thanks @NimbusHelp for 'fixing' the line, dead again an hour later"),
    # the fix undone or denied after it
    ("en", "thanks @NimbusHelp for fixing the broadband outage so quickly... NOT"),
    ("en", "thanks @NimbusHelp for sorting my bill, now I'm charged twice for the same month"),
    ("de", "danke @NimbusHelp fürs Beheben der Störung, jetzt geht gar nichts mehr"),
    ("es", "gracias @NimbusHelp por la caída de toda la tarde, genial"),
    ("es", "gracias @NimbusHelp por no arreglar nada, seguimos sin internet"),
    ("fr", "merci @NimbusHelp pour la panne de 5 heures, top"),
    ("de", "danke @NimbusHelp für den Ausfall am ganzen Nachmittag, super"),
    ("it", "grazie @NimbusHelp per il disservizio di tutta la sera, bravi"),
    # Portuguese outage words ("falha", "avaria") name the failure thanked
    ("pt", "obrigado @NimbusHelp pela falha de 6 horas na rede, excelente"),
    ("pt", "obrigada @NimbusHelp pela avaria de três dias, fantástico"),
]


@pytest.mark.parametrize(("code", "text"), THANKS_FOR_A_FAILURE)
def test_thanks_for_a_failure_stays_a_complaint(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (a.intent, a.cues)


@pytest.mark.parametrize(
    "text",
    [
        "thanks for fixing nothing",
        "thanks for not fixing it",
        "thanks for taking a week to fix it",
        "thanks for fixing it 🙄",
        "thanks for fixing it, still down",
        "gracias por arreglarlo, pero sigue sin funcionar",
        "gracias por no arreglar nada",
        "when will you fix the outage",  # no thanks
        "thanks for the fixture list",  # not a fix verb
    ],
)
def test_what_is_no_thanked_fix(text: str) -> None:
    n = normalise(text)
    assert not thanked_fix(n.tokens, frozenset(n.tokens))


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp faltam duas sobremesas no meu pedido e paguei tudo",  # "faltam": missing
        "@NimbusHelp falha na rede em Coimbra desde as 7h, nada funciona",
    ],
)
def test_portuguese_failures_are_named(text: str) -> None:
    # "no" in Portuguese is "in the" ("no meu pedido"), never the negation that made these complaints.
    assert run(text, "pt").intent == "complaint"


# Asking for the fix is no thanks for one: French "merci de + infinitive", thanks in advance.
# (CI, 2026-12-06: "mon colis n'est jamais arrivé. Merci de me rembourser rapidement." read as praise.)
REQUESTED_FIX = [
    "Ma box est en panne depuis lundi. Merci de la réparer rapidement.",
    "Colis jamais reçu, merci de me rembourser au plus vite",
    "Facture fausse, merci de corriger avant le prélèvement",
    "thanks in advance for fixing the double charge on my bill",
    "gracias de antemano por solucionar el cobro duplicado",
    "danke im Voraus fürs Erstatten der doppelten Abbuchung",
]
# Thanks for a fix done stay thanks: a past infinitive, and "de" that is not French's request.
DONE_FIX = [
    "Merci de m'avoir remboursé si vite après la panne",
    "merci de nous avoir dépanné en une heure malgré la panne, top",
    "gracias de verdad por resolver la avería tan rápido",
]


@pytest.mark.parametrize("text", REQUESTED_FIX)
def test_a_requested_fix_is_no_thanks_for_one(text: str) -> None:
    norm = normalise(text)
    assert not thanked_fix(norm.tokens, frozenset(norm.tokens))


@pytest.mark.parametrize("text", DONE_FIX)
def test_thanks_for_a_fix_done_still_count(text: str) -> None:
    norm = normalise(text)
    assert thanked_fix(norm.tokens, frozenset(norm.tokens))


# More than one word between "merci de" and the fix ("merci de bien vouloir", "merci de nous le"):
# still a request (polite_requests.thanks_as_request is the one test of it).
LONGER_REQUESTS = [
    "Box en panne depuis samedi, merci de bien vouloir rembourser les jours perdus",
    "Double prélèvement ce mois-ci, merci de bien vouloir corriger",
    "Commande jamais livrée, merci de nous le rembourser sans attendre",
]


@pytest.mark.parametrize("text", LONGER_REQUESTS)
def test_a_request_with_more_words_is_no_thanks_for_a_fix(text: str) -> None:
    norm = normalise(text)
    assert not thanked_fix(norm.tokens, frozenset(norm.tokens))


def test_past_infinitive_after_pronoun_stays_thanks() -> None:
    norm = normalise("merci de l'avoir réparé en une heure après la panne")
    assert thanked_fix(norm.tokens, frozenset(norm.tokens))
