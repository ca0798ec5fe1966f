"""A rhetorical question about what the customer pays for is a complaint, not a question.

"rider filmed eating customers' fries at a red light 🍟😂 is this what the 'service fee' is for??",
"is this what I pay £60 a month for?", "¿para esto pago?", "c'est pour ça que je paie ?", "dafür
zahle ich?", "è per questo che pago?", "é para isto que eu pago?". Nobody wants the answer: the
question is the verdict on a fee or a service, whatever laugh sits beside it.
"""

from __future__ import annotations

import re
from typing import Final

_PAID_FOR: Final = re.compile(
    # "... for?" closing the question: what the money is for is the point, not what it buys next
    r"\bis (?:this|that) what\b[^?.!\n]{0,60}?(?:\bpay|\bpaid|\bfees?\b|\bcharg|[£€$])[^?.!\n]{0,40}?\bfor\s*\?|"
    r"\bpara (?:esto|eso) (?:pago|pagamos|pagáis|paga)\b|"
    r"\bc'?est pour (?:ça|cela) que (?:je|on|nous) pa(?:ie|yons)\b|"
    r"\bdafür (?:zahle|zahlen|bezahle|bezahlen) (?:ich|wir)\b|"
    r"\bè per questo che (?:pago|paghiamo)\b|"
    r"\bé para (?:isto|isso) que (?:eu )?(?:pago|pagamos)\b",
    re.IGNORECASE,
)


def paid_for_question(clean: str) -> bool:
    """ "Is this what I pay for?" in six languages."""
    return "?" in clean and _PAID_FOR.search(clean) is not None
