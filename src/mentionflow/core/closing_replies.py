"""Replies that close a care thread rather than complain (used by `core.sentiment`).

The complaint definition (Preotiuc-Pietro et al. 2019; docs/quality.md "Complaint labels") counts
a state of affairs that breaches the writer's expectation. Two kinds of short reply carry none,
though the sentiment model reads them as negative and the rules then call them a minor complaint:

* a bare answer to the agent's question: "No I have not", "Nope, I don't think so", "non merci",
  "nein, danke", "não": a "no" and nothing but pronouns, auxiliaries, thanks ("No reply?",
  "no, still waiting", "no my concerns were not addressed", "no wonder it's filthy" tell of something:
  complaints);
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
# What may follow the "no" in a bare answer: pronouns, auxiliaries, a negator echoing the question,
# "I don't think so", "not that I know of", thanks, "it's fine" (en es fr de it pt). Any other word
# tells of something ("no my concerns were not addressed", "no wonder the cabin is filthy",
# "nope I gave up"), and "not yet" is a wait: not a bare answer.
_ANSWER_WORDS: Final = _w(
    "i im ive id me it its this that we you they he she have has had havent hasnt do does did dont doesnt "
    "didnt am is are was were isnt arent wasnt werent can cant could couldnt will wont would not think so "
    "know of sure thanks thank thx ty cheers worries problem need all good fine ok okay sir mate "
    "gracias vale está esta bien todo eso creo merci ça ca cest bon va tout je pense pas danke passt alles "
    "gut ist schon das glaube nicht grazie lo stesso va bene tutto ok credo obrigado obrigada tudo bem acho que"
)
# A fix confirmed: the thing works now / again, or the writer (or someone) fixed it.
_FIXED: Final = re.compile(
    r"\b(?:"
    r"(?:it'?s|it is|its|all|seems to be|seems like it'?s|everything'?s|everything is)\s+(?:ok\s+)?working"
    r"(?:\s+fine)?\s+(?:now|again)"
    r"|seems?\s+to\s+(?:be\s+)?work(?:ing)?|(?:it'?s|it\s+is)\s+working\s+(?:this\s+(?:morning|afternoon|evening)|today)"
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
# Every branch of _FIXED holds one of these (lower case): a text without any skips the regex.
# The long s and the dotless i match "s" and "i" under IGNORECASE: a text with either always runs it.
_FOLDS_ODDLY: Final = frozenset("\u017f\u0131")
_FIXED_WORDS: Final = (
    "work", "fixed", "sorted", "solved", "doing", "normal", "funciona", "arreglado", "solucionado",
    "resuelto", "arreglé", "solucioné", "resolví", "marche", "fonctionne", "réglé", "résolu", "réparé",
    "wieder", "behoben", "gelöst", "erledigt", "funziona", "risolto", "resolvi",
)  # fmt: skip
# Negators that undo the fix just before it ("not working again", "no funciona de nuevo").
_NEGATED_BEFORE: Final = re.compile(
    r"\b(?:not|n't|never|no|nothing|nicht|pas|non|não|nao)\s+(?:\w+\s+)?$|n't\s+$|nt\s+$", re.IGNORECASE
)
# A contrast or something still wrong after the fix: the thread is not closed.
_STILL_WRONG: Final = _w(
    "but however though until except only still again not crashes crashing broken "
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
        and _ANSWER_WORDS.issuperset(tokens[1:])
    )


def _fix_confirmed(tokens: Sequence[str], clean: str) -> bool:
    if "?" in clean or len(tokens) > _FIX_MAX_TOKENS:
        return False
    low = clean.lower().replace("\u2019", "'")
    if _FOLDS_ODDLY.isdisjoint(low) and not any(map(low.__contains__, _FIXED_WORDS)):
        return False
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
