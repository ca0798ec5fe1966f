"""Replies that close a care thread rather than complain (used by `core.sentiment`).

The complaint definition (Preotiuc-Pietro et al. 2019; docs/quality.md "Complaint labels") counts
a state of affairs that breaches the writer's expectation. Two kinds of short reply carry none,
though the sentiment model reads them as negative and the rules then call them a minor complaint:

* a bare answer to the agent's question: "No I have not", "Nope, same order number", "non merci",
  "nein, danke", "não": a "no" and a few words, no problem named, no wait, no question of its own
  ("No reply?" asks about a wait: a complaint);
* a fix confirmed: "seems to be working now", "it's not doing it anymore", "I fixed it",
  "ya funciona", "ça remarche", "geht jetzt wieder", "ora funziona", "já voltou a funcionar".
  Not when a contrast or something still wrong follows ("working now but the app still crashes",
  "works again until it sleeps"), nor when the fix is negated or asked about ("is it working now?"),
  nor in a longer text that goes on to tell of trouble.

Both are decided on the rule complaint before the complaint model is consulted, and the model may
not promote them again (the cue is unscored): the hand labels call them "not a complaint".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

__all__ = ["BARE_ANSWER", "FIX_CONFIRMED", "closing_reply"]

BARE_ANSWER: Final = "bare_answer"
FIX_CONFIRMED: Final = "fix_confirmed"


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The answer "no" (en es fr de it pt), as `normalise` emits it.
_NO: Final = frozenset(["no", "nope", "nah", "non", "nein", "não", "nao", "nö"])
_BARE_MAX_TOKENS = 8  # an answer and a few words; longer, it tells of something
# Words that turn a "no" into a complaint: still / again / a wait / no answer / a plea or a verdict.
_BARE_BLOCK: Final = _w(
    "still again anymore yet keeps keep kept every always constantly reply replied response answer answered "
    "wait waiting waited help refund nobody noone never worse worst broken ridiculous useless joke "
    "todavía todavia aún aun sigue siempre respuesta nadie nunca ayuda "
    "toujours encore chaque réponse reponse personne jamais aide "
    "immer noch wieder ständig antwort niemand nie hilfe "
    "ancora sempre risposta nessuno mai aiuto "
    "ainda sempre resposta ninguém ninguem nunca ajuda"
)
# A fix confirmed: the thing works now / again, or the writer (or someone) fixed it.
_FIXED: Final = re.compile(
    r"\b(?:"
    r"(?:it'?s|it is|its|all|seems to be|seems like it'?s|everything'?s|everything is)\s+(?:ok\s+)?working"
    r"(?:\s+fine)?\s+(?:now|again)"
    r"|works?\s+(?:fine\s+)?(?:now|again)|(?:now|again)\s+it\s+works|started working again"
    r"|(?:i|we|that|which|this|it)\s+(?:\w+\s+)?(?:fixed|sorted|solved|resolved)\s+it"
    r"|(?:it'?s|it is|all|that'?s)\s+(?:now\s+)?(?:fixed|sorted|resolved)(?:\s+now)?"
    r"|(?:not|isn'?t|isnt)\s+doing\s+(?:it|that)\s+any\s*more|back\s+to\s+normal\s+now"
    r"|ya\s+funciona|funciona\s+(?:de\s+nuevo|otra\s+vez)|volvió\s+a\s+funcionar|ya\s+(?:está|esta)\s+"
    r"(?:arreglado|solucionado|resuelto)|lo\s+(?:arreglé|solucioné|resolví)"
    r"|ça\s+(?:re)?marche\s+(?:maintenant|à\s+nouveau|de\s+nouveau)|ça\s+remarche|ça\s+fonctionne\s+"
    r"(?:maintenant|à\s+nouveau|de\s+nouveau)|c'est\s+(?:réglé|résolu|réparé)|j'ai\s+(?:réglé|résolu)"
    r"|funktioniert\s+(?:jetzt\s+)?wieder|geht\s+(?:jetzt\s+)?wieder|(?:ist|hat\s+sich)\s+(?:jetzt\s+)?"
    r"(?:behoben|gelöst|erledigt)"
    r"|(?:ora|adesso)\s+funziona|funziona\s+di\s+nuovo|è\s+tornato\s+a\s+funzionare|(?:ho|è)\s+risolto"
    r"|(?:já|agora)\s+funciona|voltou\s+a\s+funcionar|(?:foi|está|esta)\s+resolvido|resolvi"
    r")\b",
    re.IGNORECASE,
)
# Negators that undo the fix just before it ("not working again", "no funciona de nuevo").
_NEGATED_BEFORE: Final = re.compile(
    r"\b(?:not|n't|never|no|nicht|pas|non|não|nao)\s+(?:\w+\s+)?$|n't\s+$|nt\s+$", re.IGNORECASE
)
# A contrast or something still wrong after the fix: the thread is not closed.
_STILL_WRONG: Final = _w(
    "but however though until except only still again crashes crashing broken "
    "pero todavía todavia aún aun sigue excepto hasta "
    "mais encore sauf jusqu toujours "
    "aber doch noch bis außer immer "
    "ma però pero ancora tranne finché "
    "mas porém porem ainda exceto até"
)
_FIX_MAX_TOKENS = 30  # a long text after a fix tells of trouble again


def _bare_answer(tokens: Sequence[str], clean: str, named_problem: bool) -> bool:
    return (
        bool(tokens)
        and tokens[0] in _NO
        and len(tokens) <= _BARE_MAX_TOKENS
        and not named_problem
        and "?" not in clean
        and _BARE_BLOCK.isdisjoint(tokens)
    )


def _fix_confirmed(tokens: Sequence[str], clean: str) -> bool:
    if "?" in clean or len(tokens) > _FIX_MAX_TOKENS:
        return False
    low = clean.lower().replace("\u2019", "'")
    m = _FIXED.search(low)
    if m is None or _NEGATED_BEFORE.search(low[: m.start()]):
        return False
    after = re.findall(r"\w+", low[m.end() :])
    # "working again" holds "again": only what follows the fix may say it is still wrong
    return _STILL_WRONG.isdisjoint(after)


def closing_reply(
    intent: str, severity: str | None, tokens: Sequence[str], clean: str, named_problem: bool, cues: Iterable[str]
) -> str | None:
    """`BARE_ANSWER` or `FIX_CONFIRMED` where a minor rule complaint is one of these replies, else None.
    Never a rant, a major complaint, nor one resting on sarcasm or irony ("oh great, working again
    for five whole minutes")."""
    if intent != "complaint" or severity != "minor":
        return None
    if not {"sarcasm", "irony", "fee_verdict", "wished_fix"}.isdisjoint(cues):
        return None
    if _bare_answer(tokens, clean, named_problem):
        return BARE_ANSWER
    if _fix_confirmed(tokens, clean):
        return FIX_CONFIRMED
    return None
