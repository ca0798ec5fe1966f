"""Thanks said with a laugh for a harm nobody handled: sarcasm, not praise of the handling.

"lol cheers @ParceloEats the chicken was pink inside 😂 been on the loo all night", "jaja gracias,
el pollo crudo y toda la noche vomitando", "mdr merci pour l'intoxication", "haha danke, Durchfall
inklusive", "ahah grazie, pollo crudo e notte in bagno", "kkkk valeu, frango cru e a noite toda no
banheiro": the thanks are for the harm itself, so the case is a safety case, not praise to amplify.
Praise of how a harm was handled names who handled it or what was put right ("haha my son fainted
but your crew were heroes", "lol food poisoning but you refunded in minutes, thanks"): that stays
praise. Read by `core.analysis_overrides.read_mention` (override 7) only on praise with harm found.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words
from mentionflow.core.text import NormalisedText

__all__ = ["laughed_off_harm"]

_LAUGH_EMOJI: Final = frozenset(("\U0001f602", "\U0001f923", "\U0001f605"))  # 😂 🤣 😅
_LAUGH_WORDS: Final = frozenset(
    words("lol lmao lmfao haha hahaha jaja jajaja jeje mdr ptdr hihi ahah ahahah ahahah kkk kkkk rsrs")
)
# Who handled it, or what was put right: then the thanks may be sincere.
_HANDLED: Final = frozenset(
    words(
        "crew staff team rider driver courier nurse nurses paramedic paramedics agent agents manager pilot "
        "steward stewardess attendant attendants support refund refunded replaced sorted fixed resolved "
        "tripulación personal equipo repartidor azafata reembolso reembolsado resuelto solucionado "
        "équipage personnel équipe livreur hôtesse remboursé remboursement réglé résolu "
        "besatzung personal team fahrer erstattet erstattung gelöst "
        "equipaggio personale squadra fattorino hostess rimborsato rimborso risolto "
        "tripulação equipe pessoal estafeta entregador motorista reembolsado reembolso resolvido"
    )
)


def laughed_off_harm(norm: NormalisedText) -> bool:
    """A laugh (an emoji or "lol") and nobody named as handling the harm, nor anything put right."""
    toks = frozenset(norm.tokens)
    laugh = not _LAUGH_EMOJI.isdisjoint(norm.emojis) or not _LAUGH_WORDS.isdisjoint(toks)
    return laugh and _HANDLED.isdisjoint(toks)
