"""The writer's own "so-called", in en, es, fr, de, it and pt: an impostor named as one (for `harm_statements`).

"einem angeblichen 'Brightbank Support' ihre TAN gegeben", "un supuesta agente del banco", "un
soi-disant conseiller", "un sedicente operatore", "um suposto funcionário", "a so-called advisor":
the writer says the caller only claimed the role. Beside a code or a PIN handed over it is the
impostor context that makes the hand-over a fraud, as "fake" or "pretending" does. Not Spanish
"supuesto" ("por supuesto" is "of course") nor English "supposed" ("I was supposed to get a code").
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["SO_CALLED"]

SO_CALLED: Final = frozenset(
    words(
        "supposedly disant supuesta supuestos supuestas presunto presunta soidisant prétendu prétendue prétendus "
        "angeblich angeblichen angeblicher angebliche angebliches vermeintlich vermeintlichen vermeintlicher "
        "vermeintliche falschen falscher sedicente sedicenti presunto presunta suposto suposta supostos"
    )
)
