"""Money sent to a relative who is not one, in en, es, fr, de, it and pt: a scam told without the word.

"mio papà ha l'Alzheimer e da una settimana fa bonifici a un 'nipote' che non esiste", "my gran keeps
sending money to a 'grandson' she's never met", "mi padre le hace transferencias a un supuesto
sobrino", "ma mère a fait des virements à un soi-disant petit-fils", "Opa hat einem angeblichen Enkel
3000 € überwiesen", "o meu avô fez transferências para um neto que não existe": the grandchild scam
(Enkeltrick, "falso nipote") told by a relative. A kinship word marked as false (in quotes, after
"so-called / supposed / fake", or followed by "who doesn't exist") and money moved in the same text
make it a fraud however calmly it is told. A real relative paid ("I sent money to my nephew") has no
such mark. `statement_kind` (core/harm_statements.py) reaches it after one set test on ANCHORS.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_lexicon import words
from mentionflow.core.harm_senses import MONEY_MOVED

__all__ = ["ANCHORS", "fake_relative_paid"]

_KIN: Final = frozenset(
    words(
        "nephew niece grandson granddaughter grandchild cousin "
        "sobrino sobrina nieto nieta "  # (not "primo"/"prima": Italian "first", "before")
        "neveu nièce niece fils fille cousin cousine "
        "neffe nichte enkel enkelin enkelsohn cousine "
        "nipote nipotino cugino cugina "
        "sobrinho neto neta"
    )
)
# Money moved: a transfer, a payment, money sent.
_MONEY: Final = MONEY_MOVED | frozenset(
    words(
        "transfer transfers transferred transferring wired money sending sent paid "
        "transferencias dinero enviado pagado virements argent versé envoyé überwiesen geld geschickt "
        "bonifica soldi pagato mandato transferências transferencias dinheiro enviou pagou"
    )
)
_FAKE_BEFORE: Final = frozenset(
    words(
        "supposed socalled called fake alleged supuesto supuesta falso falsa disant prétendu prétendue "
        "faux fausse angeblich angeblichen angeblicher angeblichem falschen falscher vermeintlichen finto "
        "finta presunto presunta falso suposto suposta"
    )
)
# "who doesn't exist", "que no existe", "qui n'existe pas", "den es nicht gibt", "che non esiste",
# "que não existe".
_NOT_EXIST: Final = re.compile(
    r"\b(?:doesnt exist|does not exist|didnt exist|no existe|nexiste pas|nexiste|existiert nicht|"
    r"es nicht gibt|gar nicht gibt|non esiste|non esistente|inesistente|inexistente|não existe|nao existe)\b"
)
_QUOTES: Final = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e"
_QUOTED_KIN: Final = re.compile(rf"[{_QUOTES}]\s?([^\W\d_]+(?:-[^\W\d_]+)?)\s?[{_QUOTES}]")
ANCHORS: Final = _KIN


# French "petit-fils", "petite-fille" come as two tokens: the mark goes before "petit".
_PETIT: Final = frozenset(words("petit petite"))


def _marked_false(tokens: tuple[str, ...], i: int, clean: str) -> bool:
    j = i - 1 if i and tokens[i - 1] in _PETIT else i
    if j and tokens[j - 1] in _FAKE_BEFORE:  # "un soi-disant petit-fils": "soi", "disant", "petit", "fils"
        return True
    if _NOT_EXIST.search(" ".join(tokens[i + 1 : i + 7])):
        return True
    return any(m.group(1).lower().replace("-", "") == tokens[i] for m in _QUOTED_KIN.finditer(clean))


def fake_relative_paid(tokens: tuple[str, ...], clean: str) -> bool:
    """Money moved to a relative marked as false (see the module doc)."""
    if _KIN.isdisjoint(tokens) or _MONEY.isdisjoint(tokens):
        return False
    return any(t in _KIN and _marked_false(tokens, i, clean) for i, t in enumerate(tokens))
