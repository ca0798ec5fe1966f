"""Thanks for help after a mishap, and a helper's wait (session 17, s17-thanks).

"Stolen" or "lost" beside thanks read as a major complaint, though the thing thanked was the
brand's protective act (a card blocked, an account frozen) after the theft: core/fix_thanks.py
counts it as the fix of the mishap. "The courier waited 10 minutes for me" got a still_waiting cue
and read as an ironic complaint, though the wait was the helper's, for the customer:
core/helper_wait.py.
"""

from __future__ import annotations

import pytest

from mentionflow.core.helper_wait import helper_wait_words, helper_waited
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


THANKS_AFTER_A_MISHAP = [
    ("en", "thank you @PayWave for blocking my debit card within minutes after my wallet got stolen"),
    ("en", "thanks @PayWave for freezing the account so fast when I lost my phone on the bus"),
    ("en", "cheers @PayWave for locking my card straight away after the fraud alert, the fraud was stopped"),
    ("es", "gracias @PayWave por bloquear mi tarjeta en dos minutos cuando me robaron la cartera"),
    ("fr", "merci @PayWave d'avoir bloqué mon compte tout de suite après le vol de mon sac"),
    ("de", "danke @PayWave, dass ihr meine Karte nach dem Diebstahl so schnell gesperrt habt"),
    ("it", "grazie @PayWave per aver bloccato il conto in pochi minuti dopo il furto del portafoglio"),
    ("pt", "obrigada @PayWave por bloquearem a minha conta logo depois do roubo do telemóvel"),
]


@pytest.mark.parametrize(("code", "text"), THANKS_AFTER_A_MISHAP)
def test_thanks_for_a_protective_act_after_a_mishap_is_praise(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "praise", (a.intent, a.severity, a.cues)
    assert a.severity is None


MISHAP_STILL_A_COMPLAINT = [
    # thanks for nothing, sarcasm, the protective act undone or mocked
    ("en", "thanks for nothing @PayWave, my wallet was stolen and you blocked nothing"),
    ("en", "my card got stolen and nobody picks up the phone, thanks a lot @PayWave"),
    ("en", "thanks @PayWave for blocking my card after it was stolen... now I can't even buy bread 🙄"),
    # no mishap: a block thanked alone is sarcasm
    ("en", "thanks @PayWave for blocking my account for no reason, third time this month"),
    ("es", "gracias @PayWave por bloquear mi cuenta sin motivo, genial"),
]


@pytest.mark.parametrize(("code", "text"), MISHAP_STILL_A_COMPLAINT)
def test_mocked_or_bare_block_stays_a_complaint(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (a.intent, a.cues)


HELPER_WAITED = [
    ("en", "the delivery driver waited 15 minutes for me to get back from the shop, what a hero"),
    ("en", "our engineer kindly waited for us till we got home, legend"),
    ("es", "el repartidor esperó 10 minutos a que llegara del trabajo, un crack"),
    ("fr", "le livreur a attendu 20 minutes que je rentre du travail, adorable"),
    ("de", "der Zusteller hat extra 10 Minuten auf mich gewartet, total nett"),
    ("it", "il fattorino ha aspettato 10 minuti che tornassi dal lavoro, gentilissimo"),
    ("pt", "o entregador esperou 15 minutos eu chegar do trabalho, top demais"),
    # The errand's words hold an elision ("l'hôpital"): this one once raised KeyError('l').
    ("fr", "bravo à mon chauffeur qui a attendu avec moi devant l'hôpital après mon contrôle, tellement gentil"),
]


@pytest.mark.parametrize(("code", "text"), HELPER_WAITED)
def test_a_helpers_wait_for_the_customer_is_praise(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "praise", (a.intent, a.cues)
    assert "still_waiting" not in a.cues
    assert "irony" not in a.cues


CUSTOMER_WAITED = [
    ("en", "I waited 50 minutes for the driver to turn up, what a star"),
    ("en", "waited 3 hours for the engineer, legend"),
    ("en", "still waiting for the courier, amazing service"),
]


@pytest.mark.parametrize(("code", "text"), CUSTOMER_WAITED)
def test_the_customers_own_wait_stays_ironic(code: str, text: str) -> None:
    a = run(text, code)
    assert a.intent == "complaint", (a.intent, a.cues)


def test_helper_wait_words_are_the_texts_own_tokens() -> None:
    """The regex splits an elision the tokenizer keeps whole; only real tokens come back."""
    text = "le livreur a attendu que je sorte de l'hôpital, merci"
    norm = normalise(text)
    words = helper_wait_words(norm.clean.lower(), frozenset(norm.tokens))
    assert words, "the helper's wait is read"
    assert words <= frozenset(norm.tokens)


def test_helper_waited_reads_who_waited_for_whom() -> None:
    assert helper_waited("the courier waited 10 minutes for me", frozenset({"courier", "waited"}))
    assert not helper_waited("i waited 10 minutes for the courier", frozenset({"courier", "waited"}))
    assert not helper_waited("the courier is late", frozenset({"courier", "late"}))
