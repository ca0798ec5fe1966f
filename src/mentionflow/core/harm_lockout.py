"""A message that says the account is locked and sends the customer to a link, in en/es/fr/de/it/pt.

"got an email saying my account is locked, asking me to log in through a link", "me llegó un correo
diciendo que mi cuenta está bloqueada y que entre por un enlace", "Mail bekommen, mein Konto sei
gesperrt, ich soll mich über einen Link anmelden": the classic phishing lure, told as something that
happened. It names no PIN or code (core/harm_risks.py reads those), so each word alone is everyday.

Read as: a message received, a reporting word ("saying", "diciendo", "disant", "sei", "dice",
"a dizer") soon after it, a locked or suspended account after that, and a link anywhere. A message
the customer asked for ("I requested a password reset and the link in the email doesn't work") is
the service working, however badly: never a lure.
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words

MESSAGES = frozenset(
    words(
        "sms text txt email mail emails mails message messages whatsapp correo mensaje courriel mel "
        "nachricht messaggio mensagem unemail unmail emailmail"
    )
)
_SAYS = frozenset(
    words(
        "saying says said claiming claims stating telling "
        "diciendo dice decía decia dijo diciéndome avisando indicando "
        "disant dit indiquant affirmant prétendant "
        "sagt sagte sei wäre angeblich behauptet behauptete "
        "dicendo diceva avvisando "
        "dizendo diz dizia dizer avisando"
    )
)
_LOCKED = frozenset(
    words(
        "locked blocked suspended frozen disabled deactivated restricted compromised "
        "bloqueada bloqueado suspendida suspendido desactivada restringida "
        "bloqué bloquée suspendu suspendue désactivé désactivée "
        "gesperrt blockiert deaktiviert eingeschränkt "
        "bloccato bloccata sospeso sospesa disattivato disattivata "
        "suspensa suspenso desativada desativado"
    )
)
_LINKS = frozenset(words("link links enlace enlaces lien liens collegamento ligação url"))
# The customer asked for the message: a reset or a sign-up they started.
_ASKED_FOR = frozenset(
    words(
        "asked requested request ordered signed "
        "pedí solicité solicitado pedido "
        "demandé demandée "
        "angefordert beantragt "
        "richiesto chiesto "
        "pedi solicitei"
    )
)
_SAYS_WINDOW = 4
_LOCKED_WINDOW = 8


def lockout_lure(toks: tuple[str, ...]) -> bool:
    """A message told as received that said the account is locked, with a link to follow."""
    if _LINKS.isdisjoint(toks) or _LOCKED.isdisjoint(toks) or not _ASKED_FOR.isdisjoint(toks):
        return False
    for i, t in enumerate(toks):
        if t not in MESSAGES:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _SAYS_WINDOW)):
            if toks[j] in _SAYS and not _LOCKED.isdisjoint(toks[j + 1 : j + 1 + _LOCKED_WINDOW]):
                return True
    return False
