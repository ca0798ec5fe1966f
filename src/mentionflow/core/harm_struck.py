"""A person struck, knocked over or run over by someone, and the driver who fled, in en/es/fr/de/it/pt.

Read by core/harm_persons.py's `something_happened`: "a rider threw my son off his scooter",
"le han atropellado y se dio a la fuga", "il a percuté ma fille", "hat meinen Sohn umgefahren",
"l'ha travolta ed è scappato", "atirou o meu filho da trotinete abaixo. Fugiu." say that something
happened to the child named, not only who was there. Bare "hit" is everyday ("my son hit level 50",
"hit the limit"), so only "hit by" and "hit and run" count.
"""

from __future__ import annotations

from itertools import pairwise

from mentionflow.core.harm_lexicon import words

__all__ = ["STRUCK", "struck"]

STRUCK = frozenset(
    words(
        "struck shoved rammed fled "
        "atropelló atropellaron arrolló arrollado arrollada arrollaron derribó derribado derribada empujó "
        "empujado empujada empujaron huyó fuga "
        "percuté percutée heurté heurtée bousculé bousculée poussée enfui enfuie "
        "umgefahren überfahren umgestoßen umgerissen geschubst gerammt fahrerflucht geflüchtet geflohen "
        "travolto travolta travolti urtato urtata buttato buttata spintonato spintonata scappato scappata "
        "fuggito fuggita "
        "atropelou atropelaram atirou atiraram atirado atirada derrubou derrubaram derrubado derrubada "
        "empurrou empurraram empurrado empurrada abalroou embateu fugiu"
    )
)
_STRUCK_PAIRS = frozenset(
    [
        ("hit", "by"),
        ("hit", "and"),
        ("ran", "over"),
        ("run", "over"),
        ("drove", "off"),
        ("sped", "off"),
        ("drove", "into"),
        ("knocked", "off"),
        ("knocked", "over"),
    ]
)


def struck(tokens: tuple[str, ...]) -> bool:
    """Someone was struck, knocked over or run over, or the one who did it fled."""
    return not STRUCK.isdisjoint(tokens) or not _STRUCK_PAIRS.isdisjoint(pairwise(tokens))
