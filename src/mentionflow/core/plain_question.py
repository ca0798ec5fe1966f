"""A plain question in es/fr/de/it/pt is not a negative mention.

The per-language sentiment models were trained on general tweets (politics, news), where
function words and place names carry weight ("on", "son", "le", "bruxelles" lean negative in
French) and questions are often rhetorical. A customer's plain question to a brand ("on peut
choisir son siège ?") then reads negative, and a question that "reads negative" from a big
account is routed as a complaint. When the question names nothing wrong (no failure, complaint,
insult or major word of the keyword file, no negative emoji, no unmet, waiting or irony cue)
its model margin is no evidence: the label is neutral and the score its valence alone. (Only
once the intent is read as a question: moving the label before the intent rules turned real
complaints put as questions into questions.) A question the rules read as a minor complaint on
that margin becomes a question only when it also asks as an information request does (announced
as a question, or asking a product's scope, content or price) and is one question, with no
fault category, nothing owed and no negation in it (``plain_asked``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from mentionflow.core.intent import FAILURE, Intent, Severity
from mentionflow.core.keywords import Category

Decided = tuple[Intent, Severity | None, Category | None]  # intent, severity, category

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


# Asked after something owed or late ("où est mon colis ?", "¿cuándo llega mi pedido?", "wann kommt
# mein Paket?", "ainda não chegou?"): a problem put as a question, not a plain one.
_OWED: Final = frozenset(
    {"où", "dónde", "donde", "wo", "dove", "onde", "cadê", "cade", "quand", "cuándo", "wann", "quando"}
    | {"encore", "toujours", "todavía", "todavia", "aún", "noch", "immer", "ancora", "ainda", "still"}
)
# Categories whose words name a thing gone wrong, not a product asked about.
_FAULTS: Final = ("outage", "defect", "delay")
# A negation ("sin nómina", "não avisaram ninguém", "aucun repas"): something expected did not happen.
# (Not "no": Portuguese "in the", "no meu tarifário".)
_NEGATED: Final = frozenset(
    {"não", "nao", "pas", "plus", "nicht", "kein", "keine", "keinen", "non", "sin", "sem", "nunca", "jamais"}
    | {"ninguém", "ninguem", "nadie", "personne", "nessuno", "niemand", "mai", "nie", "rien", "nada", "niente"}
    | {"aucun", "aucune", "ningún", "ninguna", "tampoco", "nemmeno", "nenhum", "nenhuma", "nichts", "ne"}
)
# What marks a question as a request for information, not a grievance put as a question: an
# announced question ("petite question :", "kurze Frage:", "dúvida:"), or what it asks is the
# product's scope ("marche aussi en Belgique", "liefert ihr auch nach"), what it includes
# ("¿está incluido el roaming?") or how much ("c'est combien de kilos ?").
_OPENERS: Final = frozenset(
    {"question", "pregunta", "duda", "frage", "domanda", "dubbio", "pergunta", "dúvida", "duvida", "doute"}
)
_ASKING: Final = frozenset(
    {"aussi", "también", "tambien", "auch", "anche", "também", "tambem", "inclus", "incluse", "incluido", "incluida"}
    | {"incluidos", "incluidas", "inklusive", "enthalten", "inbegriffen", "incluso", "inclusa", "compreso", "compresa"}
    | {"incluído", "incluída", "combien", "cuánto", "cuánta", "cuántos", "cuántas", "wieviel", "viel", "viele"}
    | {"quanto", "quanta", "quanti", "quante", "quantos", "quantas"}
)
# One question and nothing else: no sentence before or after it, no "?!" or "??" of indignation.
_ONE_QUESTION: Final = re.compile(r"^[^.!?…]*[?]\s*$")


def plain_asked(
    decided: Decided,
    clean: str,
    tokens: tuple[str, ...],
    label: str,
    tally: tuple[dict[str, int], int, int, int],
    negative_symbols: float,
    cues: list[str],
) -> Decided | None:
    """The (intent, severity, category) of a plain question read negative on the model margin
    alone, or None when the label stands. Read as a question, it stays one; read as a minor
    complaint, it becomes one when it is a single question announced as one or asking the scope,
    content or price of a product, and names nothing wrong, no fault category, nothing owed and
    no negation ("est-ce que le forfait marche aussi en Belgique ?", "liefert ihr auch nach Potsdam?").
    A grievance put as a question ("c'est une blague ?", "quelqu'un va me répondre ?") stays."""
    intent, severity, _ = decided
    if intent not in ("question", "complaint") or severity == "major":
        return None
    if not plain_question(clean, tokens, label, tally[2], negative_symbols, cues):
        return None
    if intent == "question":
        return decided
    counts = tally[0]
    if any(counts.get(c) for c in _FAULTS) or not (_OWED.isdisjoint(tokens) and _NEGATED.isdisjoint(tokens)):
        return None
    if _OPENERS.isdisjoint(tokens[:3]) and _ASKING.isdisjoint(tokens):
        return None
    if _ONE_QUESTION.match(clean.replace("\u00bf", "")) is None:
        return None
    return "question", None, None
