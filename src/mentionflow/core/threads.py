"""Threads: whether an author's mention without a reply link goes on their open case or raises a
new problem. Used by dedup's follow-up test (``Deduper._open_followup``).

A customer's case history (dedup's ``history`` store) keeps, per mention, what it was about: its
content stems, brand names left out, each counted as its cross-language concept where it has one
(``similarity.INCIDENT_CONCEPTS``). A later mention that shares none of them, comes more than the
follow-up's "close" window later, asks or complains about something concrete of another category,
and neither chases, thanks nor says a fix, is another problem ("lost my card" at noon, "how do I
open a savings pot?" at half past one): a case of its own. A chaser ("3 hours, nothing"), details
("order 4471") and the same problem in other words share a word, a signal, or come soon after.
"""

from __future__ import annotations

import re
from itertools import filterfalse
from operator import itemgetter
from typing import Any, Final

from mentionflow.core import similarity
from mentionflow.core.dedup_text import brand_stems

MAX_TOPIC_STEMS: Final = 16  # stems remembered per mention (the history is a changelogged table)
# Below these a mention says too little to tell its topic ("??", "answer me", "any news").
MIN_NEW_STEMS: Final = 4
MIN_CASE_STEMS: Final = 3
# ... and a threat to leave ("vou cancelar e mudar de operadora" after the third outage): about the case.
KEEPS_THE_CASE: Final = frozenset({"waiting", "thanks", "resolved", "churn"})
_CONCEPT: Final = similarity.INCIDENT_CONCEPTS.get
# Words that point back to what was said ("still", "again", "also", "update"): never a new topic.
_BACK_REFERENCE_RE: Final = re.compile(
    r"(?i)\b(?:still|update|again|also|too|as well|same|todav[ií]a|sigue|sigo|otra vez|de nuevo|tambi[eé]n|"
    r"adem[aá]s|toujours|encore|aussi|de nouveau|pareil|immer noch|noch|wieder|nochmal|auch|dazu|ancora|"
    r"di nuovo|anche|pure|inoltre|ainda|continua|de novo|outra vez|tamb[eé]m|al[eé]m disso)\b"
)
_NOW_RE: Final = re.compile(r"(?i)\b(?:now|adesso|ora|ahora|maintenant|jetzt|agora)\b")
_ADDITIVE: Final = frozenset(
    "also too pure anche aussi auch además ademas también tambien também tambem inoltre dazu".split()  # noqa: SIM905
)
# Asking how to do something ("how do I...", "¿cómo...?", "wie kann ich..."): a request of its own.
_HOW_TO_RE: Final = re.compile(
    r"(?i)\b(?:how (?:do|can|could|should|would) (?:i|we|you)|how to|c[oó]mo (?:puedo|hago|se)|cómo|"
    r"comment (?:je|on|puis|faire|fait|peut)|wie (?:kann|könnte|mache|soll|ändere|geht|richte|aktiviere)|"
    r"come (?:posso|faccio|si|cambio|attivo)|como (?:posso|fa[cç]o|se|eu|altero|mudo|ativo))\b"
)


OWN_MARK: Final = 1  # marks a ``seen`` entry of the brand's own post (its 5th field)
# The category a history entry keeps for a sales lead (the purchase signal opened it, no complaint).
LEAD_MARK: Final = "lead"
_PROBLEMS: Final = frozenset({"billing", "outage", "delivery", "defect", "account", "delay"})


def topic_of(stems: list[str], brand: str | None) -> tuple[str, ...]:
    """What a mention is about, for the history: its distinct content stems (as concepts), in
    text order, without the brand's own name, at most ``MAX_TOPIC_STEMS``."""
    names = brand_stems(brand) if brand else frozenset()
    kept = list(filterfalse(names.__contains__, stems)) if names else stems
    out = dict.fromkeys(map(_CONCEPT, kept, kept))
    return tuple(out)[:MAX_TOPIC_STEMS]


def case_topic(entries: Any, case_id: str) -> set[str]:
    """Every stem the author's mentions of ``case_id`` were about (entries from before topics
    were kept have none)."""
    found: set[str] = set()
    for entry in entries:
        if entry[1] == case_id and len(entry) > 4 and entry[4]:
            found.update(entry[4])
    return found


def history_before(entries: Any, now: float) -> list[Any]:
    """The history entries a mention at event time ``now`` had behind it, oldest first. After a
    restart a backlog reaches dedup reordered (it crossed the raw topic's partitions): an entry
    from the mention's future was not there live, so it is neither "the case this follows up"
    nor a complaint it retells (tests/unit/test_dedup_reordered_backlog.py). The memory counts
    (repeat complainer) still count every case in the window around it."""
    return sorted((e for e in entries if e[0] <= now), key=itemgetter(0))  # stable: ties keep their order


def is_new_problem(analysis: Any, text: str, topic: tuple[str, ...], entries: Any, last: Any, late: bool) -> bool:
    """Whether a mention ``late`` after the author's case ``last`` (a history entry) is clearly
    another problem: a how-to question, or a complaint of another concrete category, that shares
    no word with the case and points back at nothing."""
    a = analysis
    if not late or not KEEPS_THE_CASE.isdisjoint(a.signals) or len(topic) < MIN_NEW_STEMS:
        return False
    if a.intent == "complaint":
        # "cold sushi", then "you charged my subscription twice": another kind of problem. One
        # of no category, or of the case's, may be more of the same problem in other words.
        if a.category in (None, "other") or a.category == last[3]:
            return False
    elif a.intent != "question" or _HOW_TO_RE.search(text) is None:
        return False  # "when will the refund come?" asks about the open case
    # "still", "again", "update" point back; "also" / "pure" / "aussi" before a complaint of another
    # category adds a problem ("e adesso pure la fibra è morta" after a roaming bill).
    found = _BACK_REFERENCE_RE.search(text)
    if found and (
        a.intent != "complaint"
        or found.group(0).lower() not in _ADDITIVE
        # "also the drinks were missing, paid for three" adds to that order; "and NOW the fibre is
        # dead too" tells a new trouble.
        or _NOW_RE.search(text) is None
    ):
        return False
    known = case_topic(entries, last[1])
    return len(known) >= MIN_CASE_STEMS and known.isdisjoint(topic)


def is_fix_of(analysis: Any, topic: tuple[str, ...], entries: Any, last: Any) -> bool:
    """Whether a mention says the author's case ``last`` is fixed: a fix stated (not only thanks),
    about what the case was about (a shared stem)."""
    if "resolved" not in analysis.signals or analysis.intent not in ("praise", "other"):
        return False
    return not case_topic(entries, last[1]).isdisjoint(topic)


def points_back(text: str, topic: tuple[str, ...], entries: Any, last: Any) -> bool:
    """Whether a mention refers to the author's case ``last``: a word that points back ("also",
    "still", "again") or a content stem the case's mentions used."""
    return _BACK_REFERENCE_RE.search(text) is not None or not case_topic(entries, last[1]).isdisjoint(topic)


_MIN_SUBJECT_STEM = 4  # "je", "là", "me": pronouns and particles share no subject


def asks_about_the_case(text: str, topic: tuple[str, ...], entries: Any, last: Any) -> bool:
    """Whether a complaint after the author's question ``last`` is about what was asked: a word
    that points back, or a content stem of four letters or more that the case's mentions used
    ("roaming" in "42€ de roaming ... podem verificar?" and "cobram roaming ilegal")."""
    if _BACK_REFERENCE_RE.search(text) is not None:
        return True
    shared = case_topic(entries, last[1]).intersection(topic)
    return any(len(stem) >= _MIN_SUBJECT_STEM and not stem.startswith("=") for stem in shared)


def history_category(analysis: Any, intent: str, category: str | None) -> str | None:
    """The category a history entry keeps: a sales lead's is ``LEAD_MARK``, so that the author's
    complaint after it is told apart from the lead (``another_matter``)."""
    if "purchase" in analysis.signals and intent not in ("complaint", "rant") and category in (None, "other"):
        return LEAD_MARK
    return category


def another_matter(analysis: Any, last: Any) -> bool:
    """Whether a mention is a matter of its own beside the author's open case ``last``: a lead
    ("vorrei aggiungere 3 linee business") after a complaint goes to sales; a concrete problem
    ("the fibre at our cafe is down since 9am") after asking for a quote goes to care. Chasing the
    quote ("still waiting for that quote") follows the lead up."""
    case_intent, case_category = last[2], last[3]
    if "purchase" in analysis.signals:
        return case_intent in ("complaint", "rant")
    return (
        case_category == LEAD_MARK
        and analysis.intent in ("complaint", "rant")
        and analysis.category in _PROBLEMS
        and "waiting" not in analysis.signals
    )
