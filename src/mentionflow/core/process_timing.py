"""A question about how long a process the customer started takes is a question, not a complaint.

"requested a refund for my cancelled flight on Monday, how long does it usually take to come back
to my card?", "I've sent the return back, when should I expect the money?", "¿cuánto tarda el
reembolso? lo pedí ayer": the customer did what was asked (a refund, a claim, a return) and asks
when the outcome arrives. The cancellation or fault that led there is history, not the question;
an FAQ answers it (care tier 1, self-service). Not when the wait is already told as too long
("still", "yet", "been 3 weeks", "haven't received", "todavía", "toujours pas", "immer noch"):
that is a complaint about the wait.
"""

from __future__ import annotations

import re
from typing import Final

# The customer started it: requested, applied, submitted, filed, sent back (en, es, fr, de, it, pt).
_STARTED: Final = re.compile(
    r"\b(?:requested|request(?:ed)? for|applied for|submitted|filed|claimed|put in (?:for|a claim)|asked for|"
    r"sent (?:\w+ ){0,2}back|returned|posted (?:\w+ ){0,2}back|"
    r"ped[ií] (?:el|un|mi) reembolso|solicit[eé] (?:el|un|mi) reembolso|devolv[ií]|"
    r"demandé (?:le|un|mon) remboursement|renvoyé|retourné|"
    r"erstattung beantragt|zurückgeschickt|"
    r"chiesto (?:il|un) rimborso|richiesto (?:il|un) rimborso|restituito|rispedito|"
    r"pedi (?:o|um) reembolso|solicitei (?:o|um) reembolso|devolvi)\b",
    re.IGNORECASE,
)
_OUTCOME: Final = re.compile(
    r"\b(?:refunds?|money|reimbursement|compensation|claim|return|credit|voucher|chargeback|"
    r"reembolso|dinero|remboursement|argent|erstattung|geld|rimborso|soldi|reembolso|dinheiro)\b",
    re.IGNORECASE,
)
# How long / when: the timing asked about.
_TIMING: Final = re.compile(
    r"(?:how long (?:does|do|will|would|should|can) (?:it|they|this|that|refunds?|the refund)\b|"
    r"how many (?:days|weeks|working days|business days)|when (?:will|should|can|do) (?:i|we) "
    r"(?:expect|get|receive|see)|"
    r"cu[aá]nto tarda|cu[aá]ntos d[ií]as|combien de temps|dans combien de|wie lange dauert|"
    r"quanto tempo (?:ci vuole|serve|demora|leva)|quanti giorni|quantos dias)",
    re.IGNORECASE,
)
# ... unless the wait is already told as too long.
_WAITED_TOO_LONG: Final = re.compile(
    r"\b(?:still|yet|already|been \d+|over a (?:week|month)|weeks? ago|months? ago|haven'?t|have not|"
    r"not (?:received|arrived|seen)|no sign|nothing yet|todav[ií]a|a[uú]n no|toujours pas|"
    r"immer noch|noch nicht|ancora|ainda)\b",
    re.IGNORECASE,
)


def process_timing_question(clean: str) -> bool:
    """A question how long a refund, claim or return the writer started takes, no wait told."""
    return (
        "?" in clean
        and _TIMING.search(clean) is not None
        and _STARTED.search(clean) is not None
        and _OUTCOME.search(clean) is not None
        and _WAITED_TOO_LONG.search(clean) is None
    )
