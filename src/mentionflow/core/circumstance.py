"""A failure named only as the circumstance of praised help, not as what is praised.

"shoutout to the rider who carried my shopping up 5 flights because the lift was broken 🥹",
"el rider me esperó 10 minutos bajo la lluvia porque el portero no funcionaba, unos cracks",
"il m'a aidé parce que l'ascenseur était en panne, merci": the broken thing is why the help
was needed; in "thanks for the updates during the outage", "merci au personnel qui nous a trouvé
un vol après l'annulation" the failure is the occasion of the help. Praise beside a failure is
what irony turns round ("thanks for the 4 hour delay"), but here every failure word sits inside a
clause of cause ("because", "porque", "parce que", "weil", "perché") or a phrase of time or
concession, and the rest of the text names none: the praise is sincere.

Not when the main clause names a failure too ("great, missed my connection because the gate
changed"): that failure is the customer's, and the praise is sarcasm. Sure signs of sarcasm
(eye-roll emoji, slow clap, scare quotes, irony markers) are the caller's to check first.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.features import NEGATIVE_EVENTS, TIME_GIVEN_RE, word_bigrams
from mentionflow.core.intent import FAILURE, tally_labels
from mentionflow.core.irony_acts import wanted_stop
from mentionflow.core.irony_cues import HEARTFELT_EMOJI, IRONY_EMOJI
from mentionflow.core.lookups import LABELS, PHRASE, TokenLookups
from mentionflow.core.text import tokenise

# Conjunctions that open a clause of cause, per language (not "as"/"since"/"da"/"car"/"como":
# too often something else, "da" is "from" in Italian and "como" is "how"/"like").
_CAUSE_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("because", "cause", "cos", "coz", "cuz", "bc"),
    "es": ("porque", "ya que", "puesto que", "dado que"),
    "pt": ("porque", "pois", "já que", "visto que"),
    "fr": ("parce que", "parce qu", "puisque", "puisqu", "vu que"),
    "de": ("weil",),
    "it": ("perché", "perchè", "poiché", "poichè", "siccome", "dato che", "visto che"),
}
_HEADS = sorted({h for hs in _CAUSE_HEADS.values() for h in hs}, key=len, reverse=True)
# The clause runs to the next punctuation mark, emoji or "but"-like turn; "'" is elided in
# "parce qu'il" so it is a word character here.
# ... or a clause of time that names a state, not an event ("when the lift was broken", "cuando
# el ascensor estaba roto", "als der Aufzug kaputt war"): the past state is the circumstance.
_STATE_HEADS: Final = (
    r"when (?:the|my|our|their|his|her) [\w ]{1,25}? (?:was|were|had been)",
    r"cuando (?:el|la|los|las|mi|mis) [\w ]{1,25}? (?:estaba|estaban)",
    r"quand (?:le |la |les |l'|mon |ma |mes )[\w ]{1,25}? (?:était|étaient)",
    r"als (?:der|die|das|mein|meine|unser|unsere) [\w ]{1,25}? (?:war|waren)",
    r"quando (?:il |lo |la |l'|i |le |il mio |la mia )[\w ]{1,25}? (?:era|erano)",
    r"quando (?:o|a|os|as|meu|minha) [\w ]{1,25}? (?:estava|estavam)",
)
_CLAUSE_RE: Final = re.compile(
    r"(?:\b(?:"
    + "|".join(map(re.escape, _HEADS))
    + r")\b|\b(?:"
    + "|".join(_STATE_HEADS)
    + r")\b)[^.,;:!?\n\u2600-\u27bf\U0001f000-\U0001faff]*"
)
# ... or a phrase of time or concession around the failure's noun ("during the outage", "after the
# cancellation", "despite the delay", "durante la avería", "après l'annulation", "malgré le retard",
# "während der Störung", "nach der Annullierung", "trotz Verspätung", "dopo il disservizio",
# "nonostante il ritardo", "depois do cancelamento", "apesar do atraso"): the help or the gesture
# praised came with the failure, which is its occasion. Time heads take an article ("after 3 hours
# on hold" is a wait, not an occasion); concessive heads need none. Two words of noun phrase at most.
_ART = (
    r"(?:(?:the|this|that|its|your|la|el|los|las|le|les|der|die|dem|den|des|il|lo|i|gli|del|della|dello|dei"
    r"|do|da|dos|das)\s+|l['\u2019]\s*)"
)
# Portuguese "o", "a", "os", "as" only after a Portuguese head: English "after a cancelled flight" is
# an event told, no shared occasion ("sleeping on the floor ... after a cancelled flight" is sarcasm).
_PT_HEADS: Final = r"durante|depois de|após|apesar de"
_TIME_HEADS: Final = (
    r"during|after|durante|tras|después de|despues de|pendant|après|apres|während|nach|dopo|depois de|depois|após"
)
_CONCESSIVE_HEADS: Final = r"despite|in spite of|a pesar de|malgré|malgre|trotz|nonostante|apesar de|apesar"
_ADJUNCT_RE: Final = re.compile(
    rf"\b(?:(?:{_TIME_HEADS})\s+{_ART}|(?:{_PT_HEADS})\s+(?:o|a|os|as)\s+|(?:{_CONCESSIVE_HEADS})\s+{_ART}?)"
    r"[\w\u2019']+(?:\s+[\w\u2019']+)?"
)
# Labels that name a failure (a category word alone, "delivery", does not).
_FAILURE_PARTS: Final = ("failure", "defect", "outage")


def _failure_in(text: str, lookups: TokenLookups) -> bool:
    toks = tokenise(text)
    if not toks:
        return False
    if not NEGATIVE_EVENTS.isdisjoint(toks):
        return True
    labels = [lab for lab in map(LABELS, lookups.tokens(toks)) if lab is not None]
    labels += [lab for lab in map(PHRASE, lookups.bigram_infos(word_bigrams(tuple(toks)))) if lab is not None]
    if tally_labels(labels)[2] & FAILURE:
        return True
    return any(map(is_failure_label, labels))


def failure_only_as_cause(low: str, lookups: TokenLookups) -> bool:
    """Every failure in ``low`` (lower-cased clean text) lies in a clause of cause, and one does; or
    the failure word is the stop thanked ("thanks for blocking my card after it was stolen", irony_acts.py)."""
    rest = wanted_stop(low)
    if rest is not None and not _failure_in(rest, lookups):
        return True
    clauses = _CLAUSE_RE.findall(low) + _ADJUNCT_RE.findall(low)
    if not any(_failure_in(c, lookups) for c in clauses):
        return False
    return not _failure_in(_ADJUNCT_RE.sub(" . ", _CLAUSE_RE.sub(" . ", low)), lookups)


def outside_cause(low: str) -> str:
    """``low`` without its clauses of cause and phrases of time or concession ("perché mio papà non
    cammina bene": the customer's circumstance, not the brand's failure)."""
    return _ADJUNCT_RE.sub(" . ", _CLAUSE_RE.sub(" . ", low))


def is_failure_label(lab: tuple[str, ...]) -> bool:
    """A keyword-file label that names a failure (what a clause of cause holds)."""
    return any(part in lab for part in _FAILURE_PARTS)


def time_given(clean: str, tokset: frozenset[str]) -> bool:
    """A helper's time, thanked with a heart ("Lisa stayed on the phone with my dad for an hour
    ... ❤️"): the hour is what the helper gave, not a wait to turn the praise round; the English
    irony model reads the duration words alone as a complaint. Never beside an eye-roll."""
    return (
        not HEARTFELT_EMOJI.isdisjoint(tokset)
        and IRONY_EMOJI.isdisjoint(tokset)
        and TIME_GIVEN_RE.search(clean) is not None
    )
