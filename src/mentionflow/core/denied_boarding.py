"""Denied boarding that leaves people stranded is a major complaint.

"overbooked again, bumped with my 2 kids at 11pm", "sobreventa y nos dejan sin hotel", "surbooking,
bloqués à l'aéroport avec deux enfants", "Flug überbucht, gestrandet bis morgen", "overbooking, siamo
rimasti a terra di notte", "overbooking e ficámos sem hotel": passengers refused a seat and left with
nowhere to go are stranded (the contract's major complaint, care-escalations). The denied-boarding word
alone is not ("overbooked but they upgraded me", "is the 6pm overbooked?", "bumped up to business",
"bumped my head"): a stranding context must stand in the same sentence (left behind, stuck, no
hotel or flight, no rebooking, late at night, children along), as core/tarmac_hold.py asks of hours
on the tarmac.
"""

from __future__ import annotations

import re
from typing import Final

# Refused a seat: overbooked, bumped (not "bumped up", "bumped into", "bumped my head"), offloaded.
_DENIED = (
    r"(?:overbook(?:ed|ing)?|over-booked|bumped(?!\s+(?:up|into|in|my|his|her|its|their|our|the|a|an|it|heads?)\b)"
    r"|off-?loaded|denied boarding|sobreventa|sobrevenda|surbooking|surréservation|surbooké|surbookés?"
    r"|überbucht|überbuchung|sovraprenotat[oaie]|sovraprenotazione|refus d.embarquement|refusés? à l.embarquement"
    r"|(?:denegaron|denegado|negaron) el embarque|embarque negado|negaram o embarque|imbarco negato"
    r"|negato l.imbarco|boarding verweigert)"
)
_KIDS = (
    r"(?:kids|children|child|baby|toddler|infant|niños|niñas|hijos|hijas|bebé|enfants|bébé|kindern|kinder|baby"
    r"|bambini|bambina|bambino|figli|neonato|filhos|filhas|crianças|criança|bebê)"
)
# Left with nowhere to go: behind, stuck, no hotel or flight, late at night, children along.
_STRANDED = (
    r"(?:left (?:behind|at the|us|me|stranded)|stranded|stuck|no (?:hotel|flight|rebooking|seat|way home|other flight)"
    r"|not rebooked|next flight (?:is )?(?:tomorrow|on)|overnight|at night|middle of the night|midnight"
    r"|(?:1[01]|9)\s*(?:pm|p\.m\.)|(?:1[0-2]|[1-4])\s*am\b|(?:2[1-3]|0[0-4])[:.h]\d\d|(?:2[1-3]|0[0-4])h\b"
    rf"|with (?:my|our|\d|two|three|a|the|\w+ (?:little|small|young)) (?:\w+ )?{_KIDS}"
    r"|tirad[oa]s|atrapad[oa]s|varad[oa]s|sin (?:hotel|vuelo|alternativa|asiento)|de madrugada|medianoche"
    rf"|con (?:mis|nuestros|dos|tres|\d|un|una) (?:\w+ )?{_KIDS}|hasta mañana|en tierra"
    r"|bloqués|bloquées|coincés|coincées|sans (?:hôtel|hotel|vol|solution)|en pleine nuit|minuit|jusqu.à demain"
    rf"|avec (?:mes|nos|deux|trois|\d|un|une) (?:\w+ )?{_KIDS}"
    r"|gestrandet|sitzen fest|festsitzen|festgesessen|kein(?:e|en)? (?:hotel|flug|ersatzflug)|ohne (?:hotel|flug)"
    rf"|mitternacht|nachts|mitten in der nacht|bis morgen|mit (?:meinen|unseren|zwei|drei|\d|einem) (?:\w+ )?{_KIDS}"
    r"|bloccati|bloccata|bloccato|abbandonati|senza (?:hotel|volo|alternativa)|a terra|di notte|mezzanotte"
    rf"|fino a domani|con (?:i miei|i nostri|due|tre|\d) (?:\w+ )?{_KIDS}"
    r"|presos|retidos|abandonados|sem (?:hotel|voo|alternativa)|meia-noite|até amanhã|em terra"
    rf"|com (?:os meus|os nossos|dois|duas|três|\d) (?:\w+ )?{_KIDS})"
)
_SENTENCE: Final = r"[^.!?\n]{0,80}?"
_RE: Final = re.compile(
    rf"(?<!\w){_DENIED}(?!\w){_SENTENCE}(?<!\w){_STRANDED}(?!\w)|(?<!\w){_STRANDED}(?!\w){_SENTENCE}(?<!\w){_DENIED}(?!\w)"
)
_ANCHORS: Final = (
    "overbook",
    "over-book",
    "bumped",
    "offload",
    "off-load",
    "denied",
    "sobrevent",
    "sobrevend",
    "surbook",
    "surréserv",
    "überbuch",
    "sovraprenot",
    "embarque",
    "imbarco",
    "embarquement",
    "verweigert",
)


def stranded_by_denied_boarding(low: str) -> bool:
    """A denied-boarding word and a stranding context in one sentence (``low``: lower-cased text)."""
    return any(map(low.__contains__, _ANCHORS)) and _RE.search(low) is not None
