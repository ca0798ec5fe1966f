"""Heat at someone else, praise for the brand after the "but".

"les politiques sont des guignols mais vous, livraison parfaite 😍", "mein Chef ist ein Idiot,
aber eure Pizza rettet meinen Tag", "politicians are useless idiots but your pizza saved my day":
the insult (or swear word) sits in the clause before the contrast, aimed at a boss, at
politicians, and the clause after it praises the brand. The insult is general negativity not
addressed to the brand; it does not make the praise a rant (core/intent.py)."""

from __future__ import annotations

from mentionflow.core.features import word_bigrams
from mentionflow.core.keywords import CategoryConfig
from mentionflow.core.text import NormalisedText

_HEAT = frozenset(("insult", "profanity"))
# The heat is at the brand when the clause before the "but" speaks to it ("siete una barzelletta,
# ma ...", "you lot are clowns but ..."): then it is no one else's.
_SECOND_PERSON = frozenset(
    {"you", "your", "youre", "yours", "u", "ur", "yall", "ya", "vous", "votre", "vos", "tu", "ton", "ta", "tes"}
    | {"êtes", "etes", "vosotros", "vuestro", "vuestra", "vuestros", "ustedes", "sois", "ihr", "euch", "euer"}
    | {"eure", "seid", "du", "dein", "deine", "voi", "vostro", "vostra", "siete", "sei", "vocês", "voces", "você"}
    | {"voce", "vosso", "vossa"}
)


def heat_only_before_contrast(norm: NormalisedText, cats: CategoryConfig, but: frozenset[str]) -> bool:
    """Whether a contrast word is present, the clause before the last one speaks to no "you", and
    no insult or swear word (prefix entries included: "idiot*") follows it."""
    toks = norm.tokens
    at = [i for i, tok in enumerate(toks) if tok in but]
    if not at:
        return False
    if not _SECOND_PERSON.isdisjoint(toks[: at[-1]]):
        return False
    tail = toks[at[-1] + 1 :]
    labels = cats.token_labels(frozenset(tail))
    labels += [cats.bigrams[b] for b in cats.bigrams.keys() & word_bigrams(tail)]
    labels += [lab for tri in zip(tail, tail[1:], tail[2:]) if (lab := cats.trigrams.get(tri))]  # noqa: B905
    return all(_HEAT.isdisjoint(lab) for lab in labels)
