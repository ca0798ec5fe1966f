"""A letter from counsel: a lawyer writing for a client ("on behalf of my client", "in qualità di legale
del sig. D.", "im Namen meines Mandanten"), not the person harmed writing as it happens.

Why: the harm such a letter names (a rider run over on 3/11, a passenger injured last month) is told
after the fact and second-hand, and the letter asks for legal's answer; the contract sends lawyer
threats and lawsuits to legal, and the rules send a harm that is not happening now, raised with a lawyer,
there too (rules.yaml, legal-over-harm). So the harm counsel reports is elevated, never severe: it is
still harm on the case, but legal owns the reply. Self-harm is never lowered (core.analysis_overrides).
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.text import NormalisedText

__all__ = ["writes_for_a_client"]

# Lowercased and apostrophe-free as `normalise` writes the tokens ("en tant quavocat"), with the accents
# of each language; whole-word matches. Each says the writer acts for someone else as their lawyer.
_COUNSEL: Final = (
    # en
    "on behalf of my client",
    "on behalf of our client",
    "acting for my client",
    "acting for our client",
    "solicitors for",
    "as counsel for",
    "as legal counsel",
    # es
    "en representación de mi cliente",
    "en nombre de mi cliente",
    "en nombre y representación",
    "como abogado de",
    "como abogada de",
    "mi representado",
    "mi representada",
    # fr
    "au nom de mon client",
    "au nom de ma cliente",
    "pour le compte de mon client",
    "pour le compte de ma cliente",
    "en qualité de conseil",
    "en tant quavocat",
    "en tant quavocate",
    # de
    "im namen meines mandanten",
    "im namen meiner mandantin",
    "im auftrag meines mandanten",
    "im auftrag meiner mandantin",
    "namens und im auftrag",
    # it
    "in qualità di legale",
    "per conto del mio assistito",
    "per conto della mia assistita",
    "per conto del mio cliente",
    "in nome e per conto",
    # pt
    "em nome do meu cliente",
    "em nome da minha cliente",
    "em representação do meu cliente",
    "na qualidade de advogado",
    "na qualidade de advogada",
    "como advogado de",
    "como advogada de",
)
_COUNSEL_RE: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, _COUNSEL)) + r")\b")


def writes_for_a_client(norm: NormalisedText) -> bool:
    """Whether the text is written by counsel for a client (see the module docstring)."""
    return _COUNSEL_RE.search(" ".join(norm.tokens)) is not None
