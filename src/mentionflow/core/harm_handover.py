"""Card details or a code handed to an impostor, in en, es, fr, de, it and pt: a fraud, and a severe one.

* **Read out to a caller**: "a man rang from the bank and I read him the numbers off my card", "me
  llamó un señor y le dicté el código", "un homme m'a appelé et je lui ai lu le code", "ein Mann hat
  angerufen und ich habe ihm die TAN durchgegeben", "mi ha chiamato un signore e gli ho dettato il
  codice", "ligou um senhor e eu ditei-lhe o código". Nobody says "scam" yet (the writer often asks
  whether it was wrong), but a stranger on the phone now holds the card or the one-time code: severe.
  The customer's own call to the brand is no impostor ("I called your helpline and read them the
  code"): a stranger must have made the call.
* **A secret given, and money gone**: "I sent my PIN ... now £640 gone", "di el código y me
  quitaron 900 €", "600 € disparus": the loss has happened, so a told fraud is severe
  (`severe_loss`, applied in core.harm only to a fraud already told).

Read on the plain tokens (apostrophes dropped, "li-lhe" split).
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["READ_OUT_ANCHORS", "SECRET_LOSS_ANCHORS", "read_out_to_caller", "secret_and_money_gone", "severe_loss"]

# Spoken hand-over verbs: "read", "told", "dicté", "leí", "vorgelesen", "durchgegeben", "dettato", "ditei".
READ_OUT_ANCHORS: Final = frozenset(
    words(
        "read told dictated recited "
        "leí dicté dije deletreé "
        "lu dicté dictée donné récité "
        "vorgelesen durchgegeben diktiert gesagt genannt "
        "letto dettato detto "
        "li ditei disse lido ditado"
    )
)
# "read" and "told" are everyday verbs: only with the person told after them ("read him", "told her").
_NEEDS_LISTENER: Final = frozenset(words("read told dije genannt gesagt detto disse li"))
_LISTENER: Final = frozenset(words("him her them out le lui ihm ihr ihnen gli lhe"))
# A stranger who rang: "a young man", "someone", "un señor", "quelqu'un", "jemand", "qualcuno", "alguém".
_STRANGER: Final = frozenset(
    words(
        "man woman guy lady bloke someone somebody caller gentleman "
        "señor señora hombre alguien chico mujer "
        "homme monsieur femme dame quelquun "
        "mann herr frau dame jemand "
        "signore signora uomo qualcuno ragazzo donna "
        "senhor senhora homem alguém alguem rapaz mulher"
    )
)
_RANG: Final = frozenset(
    words(
        "ring rang rung phoned called calling call phone "
        "llamó llamada llamaron teléfono "
        "appelé appelée appel téléphone téléphoné "
        "angerufen anruf anrief rief telefon "
        "chiamato chiamata telefonato telefono "
        "ligou ligação telefonou telefone"
    )
)
# What was read out: a code, a PIN, card numbers or details.
_SECRET: Final = frozenset(
    words(
        "pin code codes otp cvv cvc password passcode numbers number digits details "
        "código codigo clave contraseña números numeros datos "
        "numéro numéros numeros données "
        "tan pin nummer nummern kartennummer daten passwort "
        "codice numeri dati "
        "senha números dados"
    )
)
_CARD: Final = frozenset(
    words("card tarjeta carte karte kreditkarte carta cartão cartao pin code código codice otp tan senha cvv")
)
_WINDOW: Final = 6


def read_out_to_caller(toks: tuple[str, ...]) -> bool:
    """A stranger rang and the writer read or dictated a card's numbers or a code to them."""
    if _RANG.isdisjoint(toks) or _STRANGER.isdisjoint(toks) or _CARD.isdisjoint(toks):
        return False
    for i, t in enumerate(toks):
        if t not in READ_OUT_ANCHORS:
            continue
        after = toks[i + 1 : i + 1 + _WINDOW]
        if t in _NEEDS_LISTENER and _LISTENER.isdisjoint(toks[i + 1 : i + 3]) and _LISTENER.isdisjoint(toks[i - 1 : i]):
            continue
        if not _SECRET.isdisjoint(after) or not _SECRET.isdisjoint(toks[max(0, i - 3) : i]):
            return True
    return False


# Money gone: "640 gone", "900 € disappeared", "me quitaron 500", "600 € disparus", "500 € weg".
_GONE: Final = frozenset(
    words(
        "gone vanished disappeared missing drained emptied stolen taken "
        "desaparecieron desapareció quitaron robaron sacaron volaron perdí "
        "disparu disparus disparue volé volés prélevé prélevés partis "
        "weg verschwunden abgebucht abgehoben geklaut gestohlen "
        "spariti sparito sparita rubati prelevati tolto tolti "
        "sumiu sumiram desapareceram roubaram levaram tiraram"
    )
)
_LOSS_WINDOW: Final = 3


def severe_loss(toks: tuple[str, ...]) -> bool:
    """An amount named as gone right beside a loss word: a told fraud whose loss has happened."""
    for i, t in enumerate(toks):
        if t in _GONE:
            near = toks[max(0, i - _LOSS_WINDOW) : i + _LOSS_WINDOW + 1]
            if any(w[:1].isdigit() for w in near):
                return True
    return False


# -- a secret named, and money gone ----------------------------------------------------------------

# A one-time code, a PIN or a password, named in the text: what a fake helper asks for.
_CODES: Final = frozenset(
    words(
        "pin pins code codes otp cvv cvc password passcode passcodes "
        "código codigo códigos clave contraseña "
        "passe "
        "tan tans passwort kartendaten "
        "codice codici "
        "senha token"
    )
)
# Disappearance, not a debit: "640 gone", "2.300€ weg", "1 200 € partis", "levaram 2.000 €"; "£40 taken
# twice at the till" or "abgebucht" is a charge, and a charge is billing.
_VANISHED: Final = frozenset(
    words(
        "gone vanished disappeared drained emptied stolen "
        "desaparecieron desapareció quitaron robaron volaron "
        "disparu disparus disparue partis envolés volés "
        "weg verschwunden geklaut gestohlen "
        "spariti sparito sparita rubati tolto tolti "
        "sumiu sumiram desapareceram roubaram levaram"
    )
)
# A discount or gift code is shopping: "the promo code didn't apply and 20 € gone anyway".
_PROMO: Final = frozenset(
    words(
        "promo discount voucher coupon gift referral descuento cupón cupon regalo réduction bon cadeau "
        "gutschein rabatt gutscheincode sconto buono coupon desconto cupão cupom vale"
    )
)
SECRET_LOSS_ANCHORS: Final = _CODES


def secret_and_money_gone(toks: tuple[str, ...]) -> bool:
    """A code or PIN named, and an amount said to be gone beside a word of disappearance: "er hat die
    TAN durchgegeben, jetzt sind 2.300€ weg", "elle a donné son code ... 1 200 € partis". However the
    code left (read out, typed into a link, sent to a "help" account: every verb a new blind set
    finds), money gone after a secret is a fraud that has happened."""
    if _CODES.isdisjoint(toks) or _VANISHED.isdisjoint(toks) or not _PROMO.isdisjoint(toks):
        return False
    for i, t in enumerate(toks):
        if t in _VANISHED:
            near = toks[max(0, i - _LOSS_WINDOW) : i + _LOSS_WINDOW + 1]
            if any(w[:1].isdigit() for w in near):
                return True
    return False
