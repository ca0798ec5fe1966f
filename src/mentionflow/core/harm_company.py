"""When a context word of the harm lexicon names being by oneself, and when it names company.

"alone", "own" and "by herself" feed the `alone` group (a child or a disabled traveller left by
themselves): "my 8 year old is alone at the gate", "on her own", "in his own row", "by herself".
They say the opposite when someone is with the person: "traveling alone with our 2 young kids",
"alone w/ a toddler" is a parent travelling without the other parent, the children are with them;
"bring my own" is no one at all.
German "Kind" is a child, not "so kind" (the context group is skipped for that one token).

`accompanied_children`: in English, children named first as the writer's company ("travelling with
3 kids", "lost luggage with an infant and a 4 year old", "w/ a toddler") are who is there; with
nothing that happened to them (core/harm_persons.py) the mention is an inconvenience.
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["accompanied_children", "context_sense"]

_ON_OWN = frozenset(words("on by row seat"))  # "on her own", "by himself on his own", "in his own row"
# "alone with two kids", "alone w/our kids", "alone with my 3 year old": in company.
_WITH = frozenset(words("with w"))
_ALONE_EN = frozenset(words("alone"))
_SELF = frozenset(words("herself himself themselves themself"))


def context_sense(tokens: tuple[str, ...], i: int, lang: str | None) -> bool:
    """Whether the context word at i keeps its harm-lexicon sense here."""
    t = tokens[i]
    if t == "kind":
        return lang != "de"
    if t == "own":
        return not _ON_OWN.isdisjoint(tokens[i - 2 : i + 2])
    if t in _SELF:
        return i > 0 and tokens[i - 1] == "by"  # "at the gate by herself", not "hurt herself"
    if t in _ALONE_EN and lang == "en":
        return i + 1 >= len(tokens) or tokens[i + 1] not in _WITH
    return True


_CHILDREN = frozenset(LEXICON["child"])


def accompanied_children(tokens: tuple[str, ...]) -> bool:
    """The first child named comes right after "with" / "w/" (up to two words between: "with our
    two toddlers"): the children are with the writer."""
    first = next((i for i, t in enumerate(tokens) if t in _CHILDREN), None)
    return first is not None and not _WITH.isdisjoint(tokens[max(0, first - 3) : first])
