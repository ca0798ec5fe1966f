"""A question put without a question mark, in en/es/fr/de/it/pt (read by core/harm.py and
core/harm_frames.py).

"does the wheelchair count as luggage", "¿cuenta la silla de ruedas como equipaje", "est-ce que le
fauteuil compte comme bagage", "zählt der Rollstuhl als Gepäck": a short single clause that opens
the way a question does (an auxiliary or modal before its subject, "est-ce que", "se puede", a
verb of counting first) is a question as much as one with "?". A report with a question tacked on
("is anyone going to help, my dad fell and is bleeding") has more than one clause and stays a report.
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words

__all__ = ["asked", "counts_as"]

# An English auxiliary or modal before its subject: "does the", "can my", "is it".
_AUX = frozenset(words("do does did can could may is are will should"))
_SUBJECTS = frozenset(words("i we you it the my our your a an this that these those"))
_OPENERS = frozenset(
    [
        ("se", "puede"),
        ("es", "posible"),
        ("hay", "que"),
        ("est", "ce"),
        ("puis", "je"),
        ("peut", "on"),
        ("dois", "je"),
        ("faut", "il"),
        ("kann", "ich"),
        ("darf", "ich"),
        ("muss", "ich"),
        ("können", "wir"),
        ("dürfen", "wir"),
        ("gibt", "es"),
        ("si", "può"),
        ("si", "puo"),
        ("è", "possibile"),
        ("é", "possível"),
        ("dá", "para"),
    ]
)
_OPENER_WORDS = frozenset(words("puedo podemos posso possiamo"))
# "cuenta ... como", "compte comme", "zählt ... als", "conta come/como": does a thing count as one.
_COUNT_VERBS = frozenset(words("cuenta cuentan compte comptent zählt zählen gilt gelten conta contano contam"))
_AS = frozenset(words("como comme als come"))
_CLAUSE_BREAKS = frozenset(",.;:!\n")
_MAX_TOKENS = 16


def counts_as(tokens: tuple[str, ...]) -> bool:
    """Opens with a verb of counting and an "as" follows: "zählt der Rollstuhl als Gepäck"."""
    return bool(tokens) and tokens[0] in _COUNT_VERBS and not _AS.isdisjoint(tokens[2:7])


def asked(tokens: tuple[str, ...], clean: str) -> bool:
    """A question: a "?" (or "¿"), or a short single clause opened as a question."""
    if "?" in clean or "¿" in clean:
        return True
    if len(tokens) < 3 or len(tokens) > _MAX_TOKENS or not _CLAUSE_BREAKS.isdisjoint(clean):
        return False
    return (
        (tokens[0] in _AUX and tokens[1] in _SUBJECTS)
        or tuple(tokens[:2]) in _OPENERS
        or tokens[0] in _OPENER_WORDS
        or counts_as(tokens)
    )
