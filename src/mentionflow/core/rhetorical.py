"""Question marks that ask nothing, in six languages (used by `core.intent`): an emphasis word
said with a "?" ("and honestly?? best flight this year", "sinceramente? increíble", "ehrlich?
bester Service") and a "who else ...?" that rallies fans ("who else loves the new lounge?",
"¿quién más está enamorado de...?", "qui d'autre adore ... ?"). Such a "?" is the writer's tone,
not a question for an agent: the rest of the text decides (praise, or a complaint: "who else has
no signal right now?")."""

from __future__ import annotations

import re
from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Emphasis words (not tags like "right?", "no?", "oder?", which do ask for a confirmation).
_EMPHASIS: Final = _words(
    "honestly seriously srsly really tbh sinceramente honestamente serio sério franchement sérieux "
    "sérieusement vraiment ehrlich ernsthaft echt wirklich davvero onestamente seriamente realmente"
)
# What may stand just before a detached emphasis word: nothing, a comma or a conjunction (or the
# preposition of "en serio?", "a sério?").
_JOINS: Final = _words("and but so y pero et mais und aber e ma mas en a")
# Openings of a "who else ...?" that rallies others.
_WHO_ELSE: Final = (
    ("who", "else"),
    ("anyone", "else"),
    ("quién", "más"),
    ("quien", "más"),
    ("quien", "mas"),
    ("alguien", "más"),
    ("qui", "dautre"),
    ("qui", "d"),
    ("wer", "noch"),
    ("wer", "außer"),
    ("chi", "altro"),
    ("chi", "altri"),
    ("chi", "come"),
    ("quem", "mais"),
    ("alguém", "mais"),
)
_ASKED: Final = re.compile(r"([^.!?¿\n]*)\?+")
_WORD: Final = re.compile(r"[^\W_]+")
_ADDRESS: Final = re.compile(r"^(?:\s*(?:[@#]\w+|<user>|<hashtag>|<url>))+")  # what a mention opens with


def _rhetorical(segment: str) -> bool:
    segment = _ADDRESS.sub("", segment)
    words = _WORD.findall(segment.lower().replace("'", "").replace("\u2019", ""))
    if not words:
        return True  # a bare "??" after an exclamation
    if words[-1] in _EMPHASIS:
        rest = segment.rstrip()[: -len(words[-1])].rstrip()
        return len(words) == 1 or rest.endswith((",", "-", "\u2014", "\u2026", ":")) or words[-2] in _JOINS
    return tuple(words[:2]) in _WHO_ELSE


def only_rhetorical(clean: str) -> bool:
    """Whether every question in ``clean`` (the cleaned text) is an emphasis word or a rallying
    "who else ...?" (False when there is no "?" at all)."""
    found = False
    for match in _ASKED.finditer(clean):
        found = True
        if not _rhetorical(match.group(1)):
            return False
    return found
