"""A churn phrase negated is loyalty, not a threat to leave.

"não vou mudar de operadora, vocês são os melhores", "no pienso cambiarme de compañía", "je ne vais
pas résilier", "ich kündige nicht", "non cambio operatore", "I'm not cancelling my account", "never
leaving Nimbus": a negator before the phrase, with only pronouns, auxiliaries and verbs of intent
between ("no PIENSO cambiarme", "não VOU mudar", "je ne VAIS pas résilier"), or German "nicht"
right after the verb, cancels it. A condition keeps it ("if this isn't fixed I'm switching",
"si no lo arreglan me cambio de compañía", "unless you fix it I'm leaving", "sonst kündige ich"):
that is the threat. So do phrases about staying, whose negation is the churn ("no reason to stay").
"""

from __future__ import annotations

from typing import Final

_NEGATORS: Final = frozenset(
    {"not", "never", "dont", "wont", "arent", "aint", "nope", "no", "nunca", "jamás", "jamas", "ne", "n", "pas"}
    | {"jamais", "nicht", "nie", "niemals", "keinesfalls", "non", "mai", "não", "nao", "nem", "tampoco"}
)
# What may stand between the negator and the churn phrase: pronouns, auxiliaries, verbs of intent.
_BETWEEN: Final = frozenset(
    {"i", "im", "am", "we", "were", "will", "would", "be", "going", "gonna", "to", "ever", "planning", "plan"}
    | {"thinking", "of", "about", "want", "wanna", "intend", "me", "us", "you", "really", "even", "definitely"}
    | {"me", "nos", "voy", "vamos", "a", "pienso", "pensamos", "quiero", "queremos", "tengo", "de", "lo", "os"}
    | {"je", "vais", "veux", "compte", "vous", "on", "va", "nous", "allons", "pas", "jamais", "ai", "l"}
    | {"ich", "werde", "wir", "werden", "will", "wollen", "euch", "hab", "habe", "vor", "zu", "sicher", "den", "die"}
    | {"io", "ho", "intenzione", "di", "voglio", "vogliamo", "penso", "mi", "ci", "vi"}
    | {"eu", "vou", "quero", "pretendo", "em", "tenho", "intenção", "intencao", "pensar", "lhes"}
)
# A condition or its alternative anywhere: the churn is a threat ("if", "unless", "otherwise", "sonst").
_CONDITIONS: Final = frozenset(
    {"if", "unless", "otherwise", "else", "until", "si", "sino", "salvo", "sinon", "wenn", "falls", "sonst"}
    | {"außer", "ausser", "se", "senão", "senao", "altrimenti", "finché", "finche", "hasta", "jusquà", "até"}
)
# After the German verb: "ich kündige nicht", "wir wechseln nie".
_AFTER: Final = frozenset({"nicht", "nie", "niemals"})
_ANSWERED: Final = frozenset({"i", "im", "we", "were", "ive", "weve"})
_REACH: Final = 4  # words before the phrase that may hold the negator
_STAYING: Final = frozenset({"stay", "staying", "quedarme", "rester", "bleiben", "restare", "ficar"})


def negated_churn(tokens: tuple[str, ...], spans: list[tuple[int, int]]) -> bool:
    """Whether every churn phrase at ``spans`` ((start, length) in ``tokens``) is negated, and the
    text names no condition."""
    if not spans or not _CONDITIONS.isdisjoint(tokens):
        return False
    return all(_negated(tokens, start, length) for start, length in spans)


def _negated(tokens: tuple[str, ...], start: int, length: int) -> bool:
    phrase = tokens[start : start + length]
    if not _STAYING.isdisjoint(phrase) or phrase[0] in _NEGATORS:
        return False  # "no reason to stay"; "never using you again" is its own negation
    after = start + length
    if after < len(tokens) and tokens[after] in _AFTER:
        return True
    for j in range(start - 1, max(-1, start - 1 - _REACH), -1):
        tok = tokens[j]
        if tok in _NEGATORS:
            # English "no" before "I"/"we" answers, it does not negate ("no, I'm leaving").
            return not (tok == "no" and tokens[j + 1] in _ANSWERED)
        if tok not in _BETWEEN:
            return False
    return False
