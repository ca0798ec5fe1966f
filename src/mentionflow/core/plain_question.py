"""A plain question in es/fr/de/it/pt is not a negative mention.

The per-language sentiment models were trained on general tweets (politics, news), where
function words and place names carry weight ("on", "son", "le", "bruxelles" lean negative in
French) and questions are often rhetorical. A customer's plain question to a brand ("on peut
choisir son siège ?") then reads negative, and a question that "reads negative" from a big
account is routed as a complaint. When the question names nothing wrong (no failure, complaint,
insult or major word of the keyword file, no negative emoji, no unmet, waiting or irony cue)
its model margin is no evidence: the label is neutral and the score its valence alone. (Only
once the intent is read as a question: moving the label before the intent rules turned real
complaints put as questions into questions.)
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.intent import FAILURE

# Keyword-file flags (intent.py): major 1, insult 4, complaint 8, and failure.
_WRONG: Final = 1 | 4 | 8 | FAILURE
# "Why ..." asks for an account of something done ("porque é que me cobraram...?"), and a sum of
# money in a question is usually a charge disputed: neither is a plain question.
_WHY: Final = frozenset(
    {"why", "pourquoi", "warum", "wieso", "weshalb", "perché", "perche", "porque", "porquê", "porqué", "pq"}
)
_MONEY: Final = frozenset({"€", "$", "£", "eur", "euro", "euros", "euri", "reais", "pounds", "dollars"})
_NEGATIVE_CUES: Final = frozenset(
    {"unmet", "long_wait", "on_hold", "still_waiting", "cancelled", "never_again", "sarcasm", "irony", "profanity"}
)


def plain_question(
    clean: str, tokens: tuple[str, ...], label: str, flags: int, negative_symbols: float, cues: list[str]
) -> bool:
    """Whether a negative label rests on the model margin alone, on a question naming nothing wrong."""
    return (
        label == "negative"
        and ("?" in clean or "\u00bf" in clean)
        and _WHY.isdisjoint(tokens)
        and not ("por" in tokens and _por_que(tokens))
        and _MONEY.isdisjoint(tokens)
        and not any(c in clean for c in "€$£")
        and not flags & _WRONG
        and negative_symbols == 0.0
        and _NEGATIVE_CUES.isdisjoint(cues)
    )


def _por_que(tokens: tuple[str, ...]) -> bool:
    """Spanish "por qué" (why), two words."""
    return any(a == "por" and b in ("qué", "que") for a, b in pairwise(tokens))
