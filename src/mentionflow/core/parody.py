"""A post that labels itself parody or satire, in en, es, fr, de, it and pt (used by `analysis_overrides`).

"SkyLark Air: now charging for oxygen masks. Breathe responsibly (parody)", "#satire", "cuenta
parodia", "compte parodique", "Satire!", "account parodia", "perfil de paródia": a parody account's
joke about the brand. Its harm words ("oxygen masks", "crash") describe no event and no person: no
harm, never the safety team. Only the label itself ("parody", "satire" and their forms), which a
real report of harm does not carry; a joke without it is read as any other post.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.text import NormalisedText

__all__ = ["self_declared_parody"]

_LABELS: Final = frozenset(
    (
        "parody", "satire", "satirical", "spoof",
        "parodia", "sátira", "satira", "satírico", "satírica", "paródico", "paródica",
        "parodie", "parodique", "satirique",
        "satirisch", "persiflage",
        "satirico", "satirica", "parodistico",
        "paródia", "satírico",
    )
)  # fmt: skip


def self_declared_parody(norm: NormalisedText) -> bool:
    """Whether the post calls itself parody or satire, as a word or a hashtag."""
    return not _LABELS.isdisjoint(norm.tokens) or any(h.lower().lstrip("#") in _LABELS for h in norm.hashtags)
