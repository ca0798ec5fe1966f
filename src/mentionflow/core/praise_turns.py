"""Praise beside a failure: what turns it round, and what keeps it sincere (used by `core.sentiment`).

* **Love of the moment it went wrong** ("love it when my card gets declined at the till", "bag in
  Bari, me in Munich. love that for me", "me encanta cuando", "j'adore quand", "ich liebe es, wenn",
  "adoro quando"): beside a failure named in the text it is sarcasm, as sure as an eye-roll. Beside
  nothing failed ("love it when the crew remember my name") it is praise: the caller only asks
  where a failure is named.
* **Surprise feigned at a failure** ("oh what a surprise, cancelled again", "quelle surprise", "qué
  sorpresa", "was für eine Überraschung", "che sorpresa", "que surpresa"): a failure the writer saw
  coming, said as a surprise, is the sarcasm itself; a heart beside it ("Merci pour tout ❤️") does
  not make it heartfelt. The caller only asks where a failure is named and no fix is.
* **A contrast** ("delayed, but the crew were amazing", "pero", "aber"): the praise is for
  something else, sincere. "ma" only in Italian (French "ma" is "my"); never Portuguese "mais"
  ("cabelo no hambúrguer, mais proteína" is "more protein"; the Portuguese "but" is "mas").
* **A person praised after the contrast** ("delayed, but the crew looked after us so well, much
  appreciated", "en retard mais le livreur a prévenu, très gentil"): the praise is for the brand's
  people, sincere (core/kind_turn.py); not beside an eye-roll or a deadpan verdict, the caller asks.
* **A contrast word that exclaims** ("ma che bravi", "pero qué detalle", "mais quel service", "mas que
  orgulho"): "ma/pero/mais/mas" before an exclamative "che/qué/quel/que" opens an exclamation, not a
  turn to something else; unless a person is praised after it ("ritardo, ma che hostess gentili").
* **Congratulations** ("congrats", "enhorabuena", "félicitations", "Glückwunsch", "complimenti",
  "parabéns"): said on an achievement. Beside a failure and no contrast, the achievement is the
  failure ("congrats, new record: 2 hours for a cold pizza"): mock congratulations, sarcasm.
* **Could not be better** ("más rápido imposible", "mais rápido impossível", "plus rapide,
  impossible", "più veloce impossibile", "more helpful impossible"): a comparative before
  "impossible" is praise, and so is "impossível pedir mais" (could not ask for more); the
  "impossible" in them is no failure ("imposible pagar" is one).
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.intent import ALL_CONTRAST
from mentionflow.core.keywords import CategoryConfig
from mentionflow.core.kind_turn import person_after_contrast

__all__ = [
    "contrasted",
    "feigned_surprise",
    "kind_after_contrast",
    "loves_when",
    "said_contrast",
    "without_better_impossible",
]

_LOVE_WHEN: Final = (
    r"(?:i\s+|gotta\s+|just\s+)?love\s+(?:it\s+)?when",
    r"love\s+that\s+for\s+(?:me|us)",
    r"me\s+encanta\s+cuando",
    r"j'?adore\s+quand",
    r"(?:ich\s+)?liebe\s+es,?\s+wenn",
    r"(?:adoro|amo)\s+quando",
)
_LOVE_WHEN_RE: Final = re.compile(rf"\b(?:{'|'.join(_LOVE_WHEN)})\b")


def loves_when(low: str) -> bool:
    """ "love it when ..." or "love that for me" in ``low`` (lower-cased clean text)."""
    return _LOVE_WHEN_RE.search(low) is not None


_SURPRISE_RE: Final = re.compile(
    r"\b(?:what an? (?:big |huge )?surprise|surprise,? surprise|quelle surprise|surprise surprise"
    r"|qu[ée] sorpresa|menuda sorpresa|vaya sorpresa|was für eine überraschung|welch eine überraschung"
    r"|überraschung,? überraschung|che sorpresa|ma che sorpresa|que surpresa|qu[ea] surpresa)\b"
)


def feigned_surprise(low: str) -> bool:
    """ "what a surprise", "quelle surprise", "was für eine Überraschung" in ``low`` (lower-cased
    clean text): beside a failure, surprise at what the writer expected."""
    return _SURPRISE_RE.search(low) is not None


def contrasted(tokset: frozenset[str], code: str | None) -> bool:
    """A contrast word in ``tokset`` that is one in language ``code``."""
    found = ALL_CONTRAST.intersection(tokset) - ({"mais"} if code == "pt" else set())
    return bool(found) and (found != {"ma"} or code == "it")


# Exclamative words right after a contrast word ("ma che", "pero qué", "mais quelle", "mas que"):
# the exclamation, not a turn. English "but what a crew" stays a contrast (it turns, as a rule).
_EXCLAIMS: Final = frozenset(
    {"che", "quanto", "quanta", "quanti", "quante", "qué", "cuánto", "cuánta", "menudo", "menuda"}
    | {"quel", "quelle", "quels", "quelles", "que", "quão"}
)
_OPENS_EXCLAIM: Final = frozenset((w,) for w in _EXCLAIMS)


def said_contrast(toks: tuple[str, ...], tokset: frozenset[str], code: str | None) -> bool:
    """`contrasted`, less a contrast word that only opens an exclamation ("👏👏 ma che bravi",
    "pero qué detallazo") with none of the brand's people praised after it."""
    if not contrasted(tokset, code):
        return False
    turns = {w for i, w in enumerate(toks) if w in ALL_CONTRAST and toks[i + 1 : i + 2] not in _OPENS_EXCLAIM}
    if not contrasted(frozenset(turns), code):
        return person_after_contrast(toks, ALL_CONTRAST & tokset)
    return True


def kind_after_contrast(toks: tuple[str, ...], tokset: frozenset[str], code: str | None) -> bool:
    """One of the brand's people names the clause after a contrast word of language ``code``."""
    if not contrasted(tokset, code):
        return False
    but = ALL_CONTRAST - ({"mais"} if code == "pt" else set()) - (set() if code == "it" else {"ma"})
    return person_after_contrast(toks, frozenset(but))


_IMPOSSIBLE: Final = frozenset({"impossible", "imposible", "impossível", "impossivel", "impossibile"})
_IMPOSSIBLE_ALT: Final = "(?:impossible|imposible|impossível|impossivel|impossibile)"
_BETTER_IMPOSSIBLE_RE: Final = re.compile(
    rf"\b(?:more|más|mas|mais|plus|più|piu)\s+[^\W\d_]+\s*[,.!…]*\s*{_IMPOSSIBLE_ALT}"
    r"(?=\s*(?:$|[^\w\s]))"  # closing its clause: "más caro, imposible pagar" is a failure
    # ... or asking for more: "impossível pedir mais", "imposible pedir más", "impossibile chiedere di più"
    rf"|\b{_IMPOSSIBLE_ALT}\s+(?:de\s+|d)?(?:pedir|demander|chiedere|ask\s+for)\s+(?:mais|más|mieux|di\s+più|more|better)\b"
)


def without_better_impossible(
    labels: list[tuple[str, ...]], tokset: frozenset[str], low: str, cats: CategoryConfig
) -> list[tuple[str, ...]]:
    """``labels`` less the failure label of "impossible" where it closes a comparative ("más
    rápido imposible"): could not be better. ``low``: lower-cased clean text."""
    said = _IMPOSSIBLE & tokset
    if not said or _BETTER_IMPOSSIBLE_RE.search(low) is None:
        return labels
    out = list(labels)
    for lab in cats.token_labels(said):
        if lab in out:
            out.remove(lab)
    return out
