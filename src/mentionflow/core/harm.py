"""Harm and safety signal (interface; the trained multilingual model replaces this lexicon)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from mentionflow.core.text import NormalisedText

HARM_KINDS: Final = ("health", "physical_safety", "vulnerable_person", "data_exposure", "fraud", "self_harm")


@dataclass(frozen=True, slots=True)
class HarmSignal:
    kind: str | None  # None = no harm; else one of HARM_KINDS
    severity: str | None  # "severe" | "elevated" (None when kind is None)
    score: float  # 0..1
    cues: tuple[str, ...]


NO_HARM: Final = HarmSignal(None, None, 0.0, ())

_PATTERNS: Final = (
    ("self_harm", "severe", r"\b(kill myself|end it all|cant go on|can't go on|suicid\w*|self.?harm)\b"),
    ("health", "severe", r"\b(allergic reaction|anaphyla\w*|epi.?pen|food poisoning|hospital\w*|a&e|ambulance)\b"),
    ("health", "elevated", r"\b(?:glass|metal|plastic|a (?:hair|bone|screw|nail)) in (?:my|the|our)\b|\bnut allergy\b"),
    ("physical_safety", "severe", r"\b(caught fire|on fire|smoke in|burn(?:t|ed) my|explod\w*|nearly hit|injur\w*)\b"),
    (
        "data_exposure",
        "elevated",
        r"\b(someone else'?s (?:account|details|data|transactions)|data breach|another customer'?s)\b",
    ),
    (
        "fraud",
        "elevated",
        r"\b(fraudulent (?:payment|transaction)s?|been scammed|scammed me|account (?:was )?hacked|stolen card)\b",
    ),
    ("vulnerable_person", "elevated", r"\b(pendant alarm|insulin|wheelchair|my (?:elderly|disabled))\b"),
)
_COMPILED: Final = tuple((kind, severity, re.compile(p, re.IGNORECASE)) for kind, severity, p in _PATTERNS)


def detect_harm(norm: NormalisedText, lang: str | None) -> HarmSignal:
    text = norm.clean
    for kind, severity, pattern in _COMPILED:
        if pattern.search(text):
            return HarmSignal(kind, severity, 0.9, (kind,))
    return NO_HARM
