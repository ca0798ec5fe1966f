"""A fake "help" account that got money, a code or a remote-control app, in en, es, fr, de, it and pt.

"an account called 'Brightbank Refunds' got my brother to install an app, money is moving out", "una
cuenta 'Brightbank Soporte' le pidió el código a mi abuelo", "un compte « Brightbank Assistance » a
contacté ma mère ... 1 200 €", "ein Account 'BrightbankHiIfe' hat meinem Opa geschrieben ... TAN",
"un profilo 'Brightbank Assistenza' ha scritto a mia nonna", "uma conta 'Brightbank Apoio' mandou
mensagem à minha avó". Nobody writes "scam": the writer names the account in quotes, as they saw it,
and says what it got. Three parts must meet: a quoted name that reads as a help desk (a help, support,
refund or prize word, or a look-alike spelling of one), an approach (an account, a DM, a message),
and what was taken (money, savings, a code, an app installed). The quoted name must carry the brand
the mention is addressed to (the first six letters of an @handle): "the 'help' page says transfer the
money" quotes a page, not an account. A quoted help name alone ("is
'Brightbank Help' you?") or an approach that got nothing is not one (`impostor_account` in
core.harm_risks reads the question). `fake_help_took()` is called by `core.harm_risks.risk_statement`.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["FAKE_HELP_ANCHORS", "fake_help_took"]

# Help-desk words inside a quoted account name; "hiife", "heip", "he1p" are the look-alike spellings.
_HELP_NAME: Final = re.compile(
    r"(?i)(help|h[e3][il1I]p|hi[il1]fe|desk|support|care|service|refund|assist|soporte|ayuda|atenci[oó]n|"
    r"reembols|aide|rembours|hilfe|kundendienst|kundenservice|erstattung|gewinnspiel|giveaway|sorteo|concours|"
    r"concorso|sorteio|assistenza|supporto|rimbors|apoio|ajuda|suporte|atendimento)"
)
_OPEN_Q = "'\"\u2018\u201c\u00ab\u201e"
_CLOSE_Q = "'\"\u2019\u201d\u00bb\u201c\u2018"
_QUOTED: Final = re.compile(rf"[{_OPEN_Q}]\s?([^{_OPEN_Q}{_CLOSE_Q}\n]{{3,40}}?)\s?[{_CLOSE_Q}]")
# The approach: an account or profile, a private message.
_APPROACH: Final = frozenset(
    words(
        "account profile page dm dms dmd messaged texted wrote contacted message "
        "cuenta perfil página privado md escribió escribieron contactó mensaje "
        "compte profil page mp écrit contacté contactée message "
        "account konto profil seite dm pn geschrieben schrieb kontaktiert nachricht "
        "account profilo pagina privato scritto contattato contattata messaggio "
        "conta perfil página privado escreveu contactou contatou mensagem"
    )
)
# What it took: money or savings, a code or PIN, or a remote-control app installed.
_TAKEN: Final = frozenset(
    words(
        "money savings cash funds pin code otp password transfer transferred "
        "dinero ahorros código clave contraseña transferencia transferir "
        "argent économies code virement virements "
        "geld ersparnisse tan pin code überweisung überwiesen "
        "soldi risparmi codice bonifico bonifici "
        "dinheiro poupanças código senha transferência transferências "
        "install installed installing download downloaded anydesk teamviewer "
        "instalar instaló instalado descargar descargó installer installé installée télécharger téléchargé "
        "installieren installiert herunterladen heruntergeladen installare installato installata scaricare "
        "scaricato baixar baixou instalou descarregar descarregou"
    )
)

# The writer's own message to an account ("I DMd 'BrightbankCare' about my transfer", "j'ai écrit à",
# "ich habe ... geschrieben", "ho scritto", "escribí", "escrevi"): the writer wrote, nobody approached them.
_I: Final = frozenset(words("i we ive weve jai ai avons ich habe hab haben ho abbiamo"))
_I_WROTE: Final = frozenset(words("escribí escribi escribimos contacté escrevi escrevemos contactei scrissi"))

FAKE_HELP_ANCHORS: Final = _APPROACH


_WROTE: Final = frozenset(
    words(
        "dm dmd messaged texted wrote contacted escribió contactó écrit contacté contactée geschrieben schrieb "
        "kontaktiert scritto contattato contattata escreveu contactou contatou"
    )
)


def _writer_wrote(toks: tuple[str, ...]) -> bool:
    return not _I_WROTE.isdisjoint(toks) or any(
        t in _WROTE and not _I.isdisjoint(toks[max(0, i - 3) : i]) for i, t in enumerate(toks)
    )


_BRAND_PREFIX: Final = 6


def fake_help_took(toks: tuple[str, ...], clean: str, handles: tuple[str, ...]) -> bool:
    """A quoted help-desk name that carries the addressed brand, an approach, and money, a code or an app
    it got (see the module doc)."""
    if _APPROACH.isdisjoint(toks) or _writer_wrote(toks):
        return False
    if _TAKEN.isdisjoint(toks) and not any(t[:1].isdigit() and len(t) >= 3 for t in toks):
        return False  # a sum, not "2 days": at least three characters ("500", "1.200", "2k£" ...)
    real = {h.lower() for h in handles if len(h) >= _BRAND_PREFIX and h.lower() != "user"}
    brands = {h[:_BRAND_PREFIX] for h in real}
    for m in _QUOTED.finditer(clean):
        name = m.group(1)
        if name.lower().replace(" ", "").lstrip("@") in real:
            continue  # the brand's own account, quoted: "I wrote to 'ParceloHelp'"
        if any(b in name.lower() for b in brands) and _HELP_NAME.search(name) is not None:
            return True
    return False
