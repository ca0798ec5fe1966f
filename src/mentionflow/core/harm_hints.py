"""A self-harm hint: despair told without a self-harm word, in en, es, fr, de, it and pt.

"honestly I don't see the point of any of it anymore", "ya nada tiene sentido", "plus rien n'a de
sens", "nichts hat mehr einen Sinn", "niente ha più senso", "nada mais faz sentido": nothing at all
(not a fee, not an app) has sense any more. That alone is a hint the safety team must own.
"Not sure how much longer I can do this", "no puedo más", "je n'en peux plus", "ich kann nicht
mehr", "non ce la faccio più", "não aguento mais" are also what an exasperated customer says of a
queue: only two of them together (or one beside a nothing-has-sense line) make a hint.
core/harm_despair.py reads this beside "no point going on"; core.harm treats it as a first-person
self-harm statement. Read on the harm tokens (lower case, no punctuation, elisions glued: "na").
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["HINT_ANCHORS", "despair_hinted"]

# Nothing has sense any more: the object is everything, never a thing of the service.
_NOTHING_MATTERS: Final = re.compile(
    "|".join(
        (
            # "don't see the point of any of it anymore", "what's the point of anything any more".
            r"\bpoint (?:of|in|to) (?:any of it|anything|it all|all of it|any of this|all of this|all this)"
            r"(?: \w+){0,2}? (?:anymore|any more)\b",
            r"\b(?:no|the|any) point (?:of |in )?(?:still )?(?:living|being alive|being here)\b"
            r"(?! (?:at|in|on|for|with|waiting|if|when|until|till)\b)",
            r"\bnothing (?:matters|makes sense) (?:anymore|any more)\b",
            r"\bya nada tiene sentido\b|\bnada tiene sentido ya\b|\bya nada me importa\b",
            r"\bplus rien na (?:de |aucun )?sens\b|\bplus rien na dimportance\b",
            r"\bnichts hat (?:\w+ )?mehr (?:einen )?sinn\b|\bnichts macht mehr sinn\b",
            r"\b(?:niente|nulla) ha più (?:alcun )?senso\b|\bnon ha più senso niente\b",
            r"\bnada (?:mais faz|faz mais) sentido\b|\bjá nada faz sentido\b",
            # No sense seen in anything at all: "no le veo sentido a nada", "je ne vois plus de sens
            # à rien", "sehe in nichts mehr einen Sinn", "non vedo più senso in niente", "não vejo
            # sentido em nada" (the object is nothing at all, never a fee or an app).
            r"\bno (?:le )?(?:veo|encuentro) (?:ya )?(?:ningún |ningun )?sentido a nada\b(?! (?:de|del|en|con)\b)",
            r"\b(?:vois|trouve) (?:plus|pas) (?:de |le |aucun )?sens (?:à|a) rien\b(?! (?:de|du|des|dans|avec)\b)",
            r"\b(?:sehe|finde) (?:in|an) nichts (?:\w+ )?mehr (?:einen |irgendeinen )?sinn\b",
            r"\b(?:vedo|trovo) (?:più )?(?:alcun |il )?senso (?:in|a) (?:niente|nulla)\b(?! (?:di|del|della|in|con)\b)",
            r"\b(?:vejo|encontro) (?:mais )?(?:nenhum |o )?sentido em nada\b(?! (?:do|da|de|dos|das|com)\b)",
            # Thinking of ending it, with nothing (no contract, no partner) it ends with: "thinking
            # about ending it all", "pensando en acabar con todo", "je pense à en finir", "denk dran,
            # einfach Schluss zu machen", "penso di farla finita", "pensando em acabar com tudo".
            r"\b(?:thinking|think|thought) (?:about|of) (?:just )?ending (?:it|it all|everything|things|my life)\b"
            r"(?! (?:with|for|on|off)\b)",
            r"\b(?:pensando|pienso|pensado|pensar) en (?:acabar|terminar) con (?:todo|mi vida)\b",
            r"\b(?:pense|pensé|penser|songe) (?:à|a) en finir\b(?! avec (?!tout|la vie))",
            r"\b(?:denk|denke|dachte|denken|überlege|überleg|ueberlege) (?:\w+ ){0,4}?(?:dran|daran|drüber|darüber) "
            r"(?:\w+ ){0,2}?schluss zu machen\b(?! mit (?!allem|dem leben))",
            r"\bmit (?:allem|dem leben) schluss (?:zu )?machen\b",
            r"\b(?:penso|pensando|pensato|pensare) (?:di|a) farla finita\b(?! con (?!tutto|la vita))",
            r"\b(?:pensando|penso|pensei|pensar) em (?:acabar com tudo|acabar com a minha vida|dar um fim em tudo)\b",
        )
    )
)
# Worn out past going on: a hint only twice over (see the module doc).
_CANT_GO_ON: Final = re.compile(
    "|".join(
        (
            r"\bhow (?:much )?longer i can (?:do this|do it|take (?:this|it)|keep going|go on|cope|hold on)\b",
            r"\bi (?:cant|can not|cannot) (?:do this|take (?:this|it)|cope) (?:anymore|any more)\b",
            r"\bno puedo más\b|\bno puedo mas\b|\bcuánto (?:tiempo )?más (?:voy a )?aguantar\b",
            r"\bnen peux plus\b|\bcombien de temps (?:encore )?je (?:vais )?tenir\b",
            r"\bich kann nicht mehr\b|\bwie lange ich (?:das )?noch (?:durchhalte|aushalte|schaffe)\b",
            r"\bnon ce la faccio più\b|\bper quanto (?:ancora )?(?:reggo|resisto|ce la faccio)\b",
            r"\bnão aguento mais\b|\bnao aguento mais\b|\bquanto tempo (?:mais )?(?:vou )?aguentar\b",
        )
    )
)
# The gate: one of these words must be among the tokens before the patterns are tried.
HINT_ANCHORS: Final = frozenset(
    words(
        "point nothing nada rien nichts niente nulla longer cant cannot puedo peux kann faccio aguento "
        "aguentar tenir aushalte durchhalte reggo resisto sentido sens sinn senso ending acabar terminar "
        "finir schluss finita"
    )
)


def despair_hinted(tokens: tuple[str, ...]) -> bool:
    """Whether the tokens hint at self-harm without a self-harm word (see the module doc)."""
    if HINT_ANCHORS.isdisjoint(tokens):
        return False
    text = " ".join(tokens)
    if _NOTHING_MATTERS.search(text):
        return True
    return len(_CANT_GO_ON.findall(text)) >= 2
