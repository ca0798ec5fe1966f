"""German "works" verbs negated at the end of the clause: a failure said with words between.

German moves "nicht" to the end of the clause: "die Karte ging heute bei Edeka nicht", "die App
lädt seit gestern nicht mehr", "Überweisung klappt schon wieder nicht". The keyword file's
phrases ("geht nicht", "funktioniert nicht") need the two words side by side; this finds them
a few words apart, within one clause. Not a question opening with the verb ("Geht das nicht
einfacher?"), nor "es geht nicht um ..." (it is not about) or "geht mir nicht gut" (unwell).
"""

from __future__ import annotations

import re

# The verb (works, worked, loads, starts, opens, goes through), words of the same clause (no
# punctuation, at most four), then "nicht" not followed by what makes it no failure.
_SPLIT = re.compile(
    r"\b(?:geht|ging|gingen|funktioniert|funktionierte|funktionieren|klappt|klappte|klappen|"
    r"läuft|lief|lädt|lud|startet|öffnet|reagiert|reagierte)\b"
    r"(?:\s+[^\s.,;:!?]+){1,4}?\s+nicht\b(?!\s+(?:um|ums|darum|gut|besser|anders|so|nur|bloß)\b)",
    re.IGNORECASE,
)
# "@Brand Geht das nicht per App?": handles (normalised to "<user>") before the verb open the text.
_LEADING_HANDLES = re.compile(r"(?:\s*<user>\s*)+$")
_ANCHORS = frozenset(
    [
        "geht",
        "ging",
        "gingen",
        "funktioniert",
        "funktionierte",
        "funktionieren",
        "klappt",
        "klappte",
        "klappen",
        "läuft",
        "lief",
        "lädt",
        "lud",
        "startet",
        "öffnet",
        "reagiert",
        "reagierte",
    ]
)


def split_failure(tokens: frozenset[str], clean: str) -> bool:
    """A German "works" verb negated a few words later in the same clause, not opening a question."""
    if "nicht" not in tokens or _ANCHORS.isdisjoint(tokens):
        return False
    for m in _SPLIT.finditer(clean):
        before = _LEADING_HANDLES.sub("", clean[: m.start()]).rstrip()
        if before and before[-1] not in ".!?:":
            return True  # the verb follows a word (its subject): a statement
    return False
