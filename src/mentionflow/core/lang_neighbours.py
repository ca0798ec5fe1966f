"""Marks of Catalan and Galician, the unsupported neighbours lid.176 confuses short Spanish with.

A short Spanish care post ("el router no va", "la web no va") is often a valid Catalan string
too, and lid.176 then ranks Catalan first (ca 0.88): the post is flagged unsupported and loses its
Spanish judgement. For a brand's Spanish-speaking audience Spanish is far likelier, unless the post
carries something only Catalan (or Galician) writes. `lang._model_guess` uses these marks both
ways: with none, a short post's Catalan reading counts as a Spanish one; with one, Catalan keeps
the model's probability (no prior against it) so that real Catalan stays flagged.

Words listed are ones Spanish, Portuguese, Italian, French and English do not write as words in
tweets (left out for that reason: "aquí", "però", "sempre", "meu" (pt), "mai", "ja", "cap",
"tot", "comanda" (it), and for Galician "ainda", "conta", "agora", "quero" (pt), which a Portuguese
post has as evidence of its own). "res" is kept: Spanish "res" (cattle) is not a care word.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["neighbour_marks", "spanish_letters_only"]

_CA_WORDS = (
    "meva meves teva teves seva seves avui perquè perque què gràcies gracies molt molta molts moltes "
    "encara res també tambe amb aquest aquesta aquests aquestes això aixo aquell aquella doncs "
    "tinc tens tenim teniu estic estem estàs sóc puc podeu pots vull voleu heu vaig vam vau "
    "ningú nosaltres vosaltres vostè gaire gens setmana ahir demà malament arribat rebut cobrat "
    "està són és els dels pels pel dahir daquest daquesta lajuda mhan mheu tampoc feina trucada "
    "trucar servei connexió línia targeta"
)
_CATALAN_WORDS = frozenset(_CA_WORDS.split())
# Two-word marks whose words are each shared ("el meu": Portuguese "meu", "hi ha": English "hi").
_CATALAN_PAIRS = frozenset({("el", "meu"), ("la", "meva"), ("el", "teu"), ("els", "meus"), ("hi", "ha"), ("no", "hi")})
_GL_WORDS = (
    "non teño tes ten temos moi moita moito moitas moitos grazas aínda ainda dende onte hoxe "
    "miña miñas coa coas ninguén servizo tarxeta xa podo"
)
_GALICIAN_WORDS = frozenset(_GL_WORDS.split())
# Catalan spelling: -ció (Spanish -ción), "ny" before a vowel inside a word ("companyia",
# "senyal"), the "l·l" of "col·lecció".
_CATALAN_SPELLING = re.compile(r"(?<=\w)ció$|(?<=\w)ny[aeiouàèéíòóú]")
# Letters Spanish does not write.
_NOT_SPANISH_LETTERS = frozenset("àèòïçãõâêô·")


def neighbour_marks(tokens: tuple[str, ...], body: str) -> tuple[int, int]:
    """Distinct marks of Catalan (words, word pairs, spelling) and of Galician (words) in a post.
    Galician's only block the Spanish reading: a Galician post is not Catalan either."""
    n = len(_CATALAN_WORDS.intersection(tokens))
    if "·" in body:
        n += 1
    n += sum(1 for pair in pairwise(tokens) if pair in _CATALAN_PAIRS)
    if any(("ny" in t or t.endswith("ció")) and _CATALAN_SPELLING.search(t) for t in tokens):
        n += 1
    return n, len(_GALICIAN_WORDS.intersection(tokens))


def spanish_letters_only(body: str) -> bool:
    """No letter Spanish does not write (grave accents, ç, ·, Portuguese tildes)."""
    return body.isascii() or _NOT_SPANISH_LETTERS.isdisjoint(body)
