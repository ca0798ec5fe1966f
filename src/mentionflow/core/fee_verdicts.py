"""A verdict on a price is a billing complaint (used by `core.sentiment`): "£15 for a bag, what a
rip-off", "daylight robbery", "9 € por cambiar el billete, un timo", "50 € de frais, c'est du vol",
"20 € Gebühr, reine Abzocke", "40 € di canone, è un furto", "12 € de taxa, uma roubalheira",
"cobrar 5 € por la factura en papel es abusivo". The words are the keyword file's
(`data/categories.yaml`: `price_verdicts`, said beside a sum or a `prices` word); the mention then
carries a billing complaint label in place of the verdict word's own labels, so "scam" or
"estafa" said of a fee adds no "major" (a grumble, not a fraud; other cues still can).

Not a verdict on the brand's price: a real fraud or theft (a stranger, a PIN, a scam text or
call, the police, a charge disowned: "got a scam text asking for my PIN", "recibí un SMS de
estafa"), a negated verdict ("not a rip-off", "kein Wucher", "não é um roubo") or another
company's price ("die Konkurrenz ist Abzocke", "competitors charge £40, a rip-off").
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.keywords import CategoryConfig, word_set
from mentionflow.core.text import NormalisedText

__all__ = ["FEE_CUE", "REAL_FRAUD_SIGNS", "names_a_sum", "with_fee_verdict"]

FEE_CUE: Final = "fee_verdict"
_VERDICT, _PRICED, _PRICE = "price_verdict", "price_verdict_priced", "price"
# What replaces the verdict's labels: a billing complaint about a failure (the price), counted
# twice for billing like a phrase ("£15 for a bag": billing, not the bag's delivery).
_FEE_LABELS: Final = (("billing", "complaint", "failure"), ("billing",))
# A sum of money: "£15", "9€", "R$ 12", "15 Euro", "12 reais", "20 quid".
_SUM: Final = re.compile(
    r"[€£$]\s?\d|\d[\d.,]*\s?(?:[€£$]|(?:euros?|eur|reais|pounds?|quid|bucks|dollars?|francs?)\b)",
    re.IGNORECASE,
)
# Signs of a real fraud or theft rather than a verdict: someone else, a credential, a scam
# approach (a text, a call, a link), a theft reported, money gone, a charge disowned.
REAL_FRAUD_SIGNS: Final = word_set(
    "someone somebody stranger strangers hacked hacker hackers phishing pin otp tan tans password passcode "
    "took taken gone weg text texts "
    "sms email emails mail message messages link call pretending fake impersonating police "
    "thief thieves stolen stole robbed unauthorised unauthorized never didnt havent "
    "alguien desconocido hackeado hackearon contraseña mensaje correo enlace llamada policía policia ladrón "
    "ladrones robado robada robaron denuncia nunca "
    "quelquun inconnu piraté pirate motdepasse lien appel police voleur voleurs volé volée plainte jamais "
    "jemand fremder gehackt passwort nachricht anruf polizei dieb diebe gestohlen anzeige nie "
    "qualcuno sconosciuto hackerato messaggio chiamata polizia ladro ladri rubato rubata rubati denuncia mai "
    "alguém alguem desconhecido hackeado senha mensagem ligação ligacao polícia ladrão ladrao roubado "
    "roubada roubaram boletim whatsapp"
)
# Another company's price: a competitor named as such.
_ELSEWHERE: Final = word_set(
    "competitor competitors competition konkurrenz konkurrent konkurrenten mitbewerber concurrence concurrent "
    "concurrents competencia competidores concorrenza concorrenti concorrência concorrencia concorrentes"
)
# A negator just before the verdict ("not a rip-off", "no es un timo", "pas du vol", "kein Wucher").
_NEGATORS: Final = word_set(
    "not no isnt wasnt aint nothing nicht kein keine keinen pas non nao não nem ni nada niente nulla"
)
_NEGATION_SPAN = 3


def names_a_sum(clean: str) -> bool:
    """Whether ``clean`` (the cleaned text) names a sum of money ("£15", "9 €", "15 Euro")."""
    return _SUM.search(clean) is not None


def _phrase_labels(cats: CategoryConfig, words: tuple[str, ...]) -> tuple[str, ...] | None:
    if len(words) == 1:
        return cats.labels_of(words[0])
    if len(words) == 2:
        return cats.bigrams.get((words[0], words[1]))
    return cats.trigrams.get((words[0], words[1], words[2]))


def _verdicts(toks: tuple[str, ...], cats: CategoryConfig) -> list[tuple[int, int, tuple[str, ...]]]:
    """The verdict words or phrases: (first word, number of words, labels), longest first."""
    found = []
    for i in range(len(toks)):
        for n in (3, 2, 1):
            lab = _phrase_labels(cats, toks[i : i + n]) if i + n <= len(toks) else None
            if lab is not None and _verdict(lab):
                found.append((i, n, lab))
                break
    return found


def _verdict(lab: tuple[str, ...]) -> bool:
    return _VERDICT in lab or _PRICED in lab


def with_fee_verdict(
    norm: NormalisedText, labels: list[tuple[str, ...]], cats: CategoryConfig, cues: list[str]
) -> list[tuple[str, ...]]:
    """``labels`` (the mention's keyword-file labels) with a verdict on a price read as a billing
    complaint: the verdict's labels out (its words' "major" too: "un robo"), the fee labels in,
    and the "fee_verdict" cue added to ``cues``. Unchanged when there is no verdict, a fraud or
    theft word with no price beside it, or a sign that it is a real fraud, a negated verdict or
    another company's price."""
    if not any(map(_verdict, labels)):
        return labels
    toks = norm.tokens
    tokset = frozenset(toks)
    if not REAL_FRAUD_SIGNS.isdisjoint(tokset) or not _ELSEWHERE.isdisjoint(tokset):
        return labels
    priced = any(_PRICE in lab for lab in labels) or names_a_sum(norm.clean)
    said = [
        (i, n)
        for i, n, lab in _verdicts(toks, cats)
        if (priced or _VERDICT in lab) and _NEGATORS.isdisjoint(toks[max(0, i - _NEGATION_SPAN) : i])
    ]
    if not said:
        return labels
    cues.append(FEE_CUE)
    kept = [lab for lab in labels if not _verdict(lab)]
    for word in {toks[j] for i, n in said for j in range(i, i + n)}:
        own = cats.labels_of(word)  # "robo" of "un robo" is a major word alone: not here
        if own is not None and own in kept:
            kept.remove(own)
            if rest := tuple(x for x in own if x != "major"):
                kept.append(rest)
    return kept + list(_FEE_LABELS)
