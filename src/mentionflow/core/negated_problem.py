""" "Never a problem": a negated problem noun is the absence of problems, not an unmet expectation.

The sentiment analyser reads a negator beside a problem word in es/fr/de/it/pt as an unmet
expectation ("sin señal", "n'a pas été renouvelé"), which turns praise round into a complaint.
When what is negated is the problem itself ("mai un problema", "nunca un problema", "jamais de
souci", "nie ein Problem", "nunca tive problemas", "non ho mai avuto problemi") the text says the
service never failed: a fan's track record. Only when every negator is of this kind; "mai avuto
problemi fino a ieri, ora niente rete" still negates the network.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.only_one import only_one_spared

# Problem nouns (a failure in general, not a named service thing such as signal or refund).
_PROBLEMS: Final = frozenset(
    {"problema", "problemas", "problemi", "problème", "problèmes", "probleme", "problemes", "problem"}
    | {"souci", "soucis", "ärger", "intoppo", "intoppi", "disservizio", "disservizi", "queja", "quejas"}
    | {"falla", "fallas", "fallo", "fallos", "falha", "falhas", "panne", "pannes", "störung", "störungen"}
    | {"ausfall", "ausfälle", "inconveniente", "inconvenientes", "reclamação", "reclamações", "lamentela"}
)
# Words that may stand between the negator and the noun: articles, "a single", "had"/"have".
_BETWEEN: Final = frozenset(
    {"un", "una", "uno", "um", "uma", "une", "ein", "eine", "einen", "einziges", "einzige", "einzigen"}
    | {"de", "d", "di", "del", "solo", "sola", "seul", "seule", "só", "nem", "ni", "nemmeno", "neanche"}
    | {"avuto", "tenido", "tive", "tido", "eu", "gehabt", "ho", "he", "hai", "ha", "hemos", "abbiamo"}
    | {"avons", "ai", "hatte", "hatten", "habe", "haben", "tengo", "tenho", "noch", "encore", "ancora"}
    | {"todavía", "ainda", "mai", "nunca", "jamais", "nie", "non", "no", "não", "pas", "mehr", "un", "hubo"}
    | {"houve", "ci", "cè", "stato", "stata", "sido", "été", "gab", "es", "y", "il", "le", "la", "o", "a"}
)
_GAP: Final = 4


def only_problems_negated(toks: tuple[str, ...], negators: frozenset[str]) -> bool:
    """Every negator in ``toks`` negates a problem noun ("mai un problema"), with only articles,
    auxiliaries or other negators between (at most four words); at least one negator. Also "the
    only app that doesn't make me want to ..." (only_one.py): the nuisance is what is negated."""
    if only_one_spared(" ".join(toks)):
        return True
    found = False
    last = len(toks)
    for i, tok in enumerate(toks):
        if tok not in negators:
            continue
        for j in range(i + 1, min(i + 1 + _GAP, last)):
            word = toks[j]
            if word in _PROBLEMS:
                break
            if word not in _BETWEEN and word not in negators:
                return False
        else:
            return False
        found = True
    return found
