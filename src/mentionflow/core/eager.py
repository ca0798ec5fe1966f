"""Eagerness said as a "can't": "can't wait to try it", "sin poder esperar a probarlo", "je ne
peux pas attendre de tester", "kann es kaum erwarten", "non vedo l'ora di", "mal posso esperar",
and a smile that cannot be held back ("sans pouvoir m'empêcher de sourire", "não consigo parar de
sorrir"), in en es fr de it pt. The small models read the negated "can" as a failure; the text
is excitement. Only when the rest of the text, without the phrase, is no complaint either ("can't
stop laughing at how bad your app is" stays one), and never a wait that ran out ("no puedo
esperar más", "can't wait any longer": no verb after the wait).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mentionflow.core.sentiment import TextAnalysis
from mentionflow.core.text import NormalisedText, normalise

_APOS: Final = "['\u2019 ]?"
# A wait that cannot be borne *for something to come*: a wait word then "to/a/de/di/zu" + a verb.
_WAIT: Final = (
    r"(?:can ?n?[o']?t|cannot) wait to\b"
    r"|(?:no puedo|sin poder) esperar a\b|no veo la hora de\b"
    rf"|(?:ne peux pas|ne peux plus|sans pouvoir) attendre (?:de|d{_APOS})"
    r"|(?:(?:ich )?(?:kann|können|konnte)(?: es)? )?(?:kaum|nicht) erwarten\b"
    rf"|non vedo l{_APOS}ora di\b|non posso aspettare di\b|senza poter aspettare di\b"
    r"|mal posso esperar\b|não vejo a hora de\b|nao vejo a hora de\b|(?:não|nao) posso esperar para\b"
)
_HOLD_BACK: Final = (
    rf"(?:can ?n?[o']?t|cannot|couldn ?[o']?t|could not) stop|m{_APOS}empêcher de|(?:parar|dejar) de"
    r"|smettere di|aufhören zu|(?:para|deixar) de"
)
_SMILE: Final = (
    r"smiling|laughing|grinning|sonreír|sonreir|reír|reir|sourire|rire|sorridere|ridere|lachen|grinsen"
    r"|lächeln|sorrir|rir"
)
_EAGER_RE: Final = re.compile(
    rf"(?:{_WAIT})|(?:(?:{_HOLD_BACK})\s+(?:{_SMILE})\b)",
    re.IGNORECASE,
)

# A stem of every wait or hold-back word above: a cheap gate before the regex.
_STEMS: Final = (
    "wait",
    "esper",
    "attend",
    "erwart",
    "ora di",
    "aspett",
    "hora de",
    "stop",
    "empêcher",
    "parar",
    "dejar",
    "smett",
    "aufhör",
    "deixar",
)


def eager_not_complaint(norm: NormalisedText, part: Callable[[NormalisedText], TextAnalysis]) -> bool:
    """True when a complaint's text says eagerness or a held-back smile, and the text without
    that phrase names no problem (``part``: the analysis of a part of the text). A rest read as
    mere venting ("que llegue el viernes, qué ilusión": the small models misread short texts)
    names none; one read as a complaint about something ("... at how bad your app is") does."""
    low = norm.clean.lower()
    if not any(map(low.__contains__, _STEMS)):  # the regex costs ~20 us a complaint; most name none of these
        return False
    match = _EAGER_RE.search(low)
    if match is None:
        return False
    rest = (low[: match.start()] + " " + low[match.end() :]).strip()
    if not rest:
        return True
    again = part(normalise(rest))
    return again.intent != "complaint" or "venting" in again.cues
