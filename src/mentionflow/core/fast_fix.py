""" "Rebooked me in 4 minutes flat": a fix done in minutes is praise, in six languages.

A fix verb with a span of minutes or seconds after it ("refunded within 10 minutes", "me
reubicaron en 5 minutos", "en 3 minutes c'était réglé", "in 2 Minuten umgebucht", "risolto in
5 minuti", "resolveram em 4 minutos") reports the speed of the help; the English model reads
the fix words (rebook, refund) as the trouble that needs them. The caller checks that nothing
stays open (a wait, an unmet expectation, sarcasm) and that no "but" turns it round.
"""

from __future__ import annotations

import re
from typing import Final

_FIX: Final = (
    r"(?:rebooked|refunded|fixed|sorted|resolved|replaced|reconnected|restored|unblocked|reissued|rerouted"
    r"|reubicaron|reembolsaron|reembolsado|solucionaron|solucionado|arreglaron|arreglado|resolvieron|resuelto"
    r"|remboursé|réglé|résolu|réparé|replacé|rebooké|umgebucht|erstattet|gelöst|repariert|behoben"
    r"|rimborsato|risolto|riprotetto|sistemato|sistemata|reembolsaram|resolveram|resolvido|remarcaram|remarcado)"
)
_SPAN: Final = (
    r"(?:in|within|under|en|em|entro|innerhalb|moins de|menos de)\s+(?:just\s+|only\s+|about\s+|like\s+|nur\s+|solo\s+|"
    r"só\s+|apenas\s+|seulement\s+)?(?:\d+|a|one|two|three|four|five|ten|few|un|une|uno|una|um|uma|cinco|cinq)\s+"
    r"(?:minutes?|mins?|seconds?|secs?|minutos?|minuten?|minuti|segundos?|secondes?|sekunden?|secondi)\b"
)
# A promise ("said it would be fixed in 5 minutes") is no fix.
_PROMISED: Final = re.compile(
    r"\b(?:would|will|should|supposed|promised|said|gonna|going|meant|expected|dijeron|prometieron|sollte|soll"
    r"|devait|doveva|deveria|disseram|promis|versprochen)\b(?:\s+\S+){0,3}\s*$"
)
# A "but" after the fix turns it round ("refunded in 2 minutes but charged again the next day").
_CONTRAST_AFTER: Final = re.compile(r"\b(?:but|however|though|pero|mais|aber|doch|ma|però|mas|porém)\b")
_FAST_FIX_RE: Final = re.compile(rf"\b{_FIX}\b(?:\s+\S+){{0,6}}?\s+{_SPAN}|\b{_SPAN}(?:\s+\S+){{0,4}}?\s+{_FIX}\b")


# Cues of something still open or of a wait: beside them a fix "in 5 minutes" is a promise or a jibe.
_OPEN: Final = frozenset({"on_hold", "still_waiting", "never_again", "unmet", "long_wait", "waited", "sarcasm"})


def fast_fix(tokens: tuple[str, ...], cues: list[str]) -> bool:
    """Whether ``tokens`` name a fix done in minutes or seconds, with nothing left open (``cues``)."""
    if not _OPEN.isdisjoint(cues):
        return False
    text = " ".join(tokens)
    if not ("min" in text or "sec" in text or "seg" in text or "sek" in text):
        return False
    found = _FAST_FIX_RE.search(text)
    return (
        found is not None
        and _PROMISED.search(text[: found.start()]) is None
        and _CONTRAST_AFTER.search(text, found.end()) is None
    )
