"""A journalist's own customer problem is care work, not a press enquiry.

The press signal (data/signals.yaml) is raised by a job title alone ("journalist", "giornalista")
as well as by what an enquiry says (asking for a comment, "our readers", "for an article"). A
journalist complaining about their own broadband ("I'm a journalist and my fibre has been down
for three days") names the job, asks nothing and speaks of their own service: a customer, for
care. Only then is the signal dropped; any enquiry wording or question keeps it.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.signals import SignalLexicon
from mentionflow.core.text import NormalisedText

# Job titles that raise "press" on their own (a newsroom, "redazione", is never a private person).
PRESS_ROLES: Final = frozenset(
    {"journalist", "journalists", "reporter", "reporters", "journaliste", "journalistes", "periodista"}
    | {"periodistas", "giornalista", "giornalisti", "jornalista", "jornalistas", "journalistin", "reporterin"}
    | {"redakteur", "redakteurin", "redactor", "redactora", "rédacteur", "rédactrice", "redacteur", "redactrice"}
    | {"redattore", "redattrice", "redator", "redatora"}
)
# The writer's own things: first-person singular possessives, every supported language.
_MINE: Final = frozenset(
    {"my", "mi", "mis", "mon", "ma", "mes", "mein", "meine", "meinen", "meinem", "meiner", "meins"}
    | {"mio", "mia", "miei", "mie", "meu", "minha", "meus", "minhas"}
)
# Intents that name the writer's problem; a question ("journalist here: is the outage national?")
# stays an enquiry.
_PROBLEM_INTENTS: Final = frozenset(("complaint", "rant"))


def own_problem_not_press(norm: NormalisedText, signals: list[str], intent: str, lexicon: SignalLexicon) -> list[str]:
    """``signals`` without "press" when a journalist's title is its only evidence and the mention
    complains about the writer's own service."""
    if "press" not in signals or intent not in _PROBLEM_INTENTS:
        return signals
    tokens = norm.tokens
    if _MINE.isdisjoint(tokens) or PRESS_ROLES.isdisjoint(tokens) or "?" in norm.clean:
        return signals  # a journalist asking anything ("is the outage in my area national?") enquires
    if "press" in lexicon.detect(tuple(t for t in tokens if t not in PRESS_ROLES)):
        return signals  # an enquiry besides the title: "for an article", "a comment", "our readers"
    return [s for s in signals if s != "press"]


def press_about_others(norm: NormalisedText) -> bool:
    """A press enquiry about a harm to others ("a statement on the alleged leak of customers'
    data"): nothing of the writer's own, whatever intent the leak's words suggest. A journalist
    whose own card was emptied ("journalist here, my account was drained") is a victim first."""
    return _MINE.isdisjoint(norm.tokens)
