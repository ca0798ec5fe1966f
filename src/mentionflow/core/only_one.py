""" "The only bank app that doesn't make me want to throw my phone": praise by exclusion.

"The only X that doesn't <bother>" singles the brand out as the one spared a common nuisance;
the negator negates the nuisance, not the brand ("la única app que no me da ganas de tirar el
móvil", "la seule appli qui ne me donne pas envie de ...", "die einzige App, die mich nicht
nervt", "l'unica app che non mi fa impazzire", "a única app que não me irrita"). Only with a
nuisance after the negator: "the only thing that doesn't work is the app" names a failure.
"""

from __future__ import annotations

import re
from typing import Final

_ONLY: Final = r"(?:the only|única|unica|seule|seul|einzige|einzigen|einziges|unico|único|lunica|lunico)"
# Nuisances a customer is spared (the verb phrase after the negator), per language.
_NUISANCE: Final = (
    r"(?:make(?:s)? me (?:want|wanna|feel like|cry|scream|angry|mad|rage)|drive(?:s)? me|annoy|frustrate|irritate"
    r"|stress(?:es)? me|give(?:s)? me (?:a headache|grief|anxiety)|rip(?:s)? me off|let(?:s)? me down|charge(?:s)? me"
    r"|me da(?:n)? ganas|me hace(?:n)? (?:querer|sufrir|llorar|perder)|me saca(?:n)? de quicio|me desespera|me cobr\w*"
    r"|me decepciona|me donne(?:nt)? (?:pas )?envie|me rend(?:ent)? (?:pas )?(?:fou|folle|dingue|chèvre)"
    r"|m[' ]?énerve|me déçoit|me facture|nervt|ärgert|aufregt|zur verzweiflung|wahnsinnig|enttäuscht"
    r"|mi fa(?:nno)? (?:venire voglia|impazzire|arrabbiare|innervosire|perdere)|mi delude|mi fa venir"
    r"|me dá(?:o)? vontade|me faz(?:em)? (?:querer|passar|perder)|me irrita|me tira(?:m)? do sério|me desilude)"
)
_NEG: Final = r"(?:doesn'?t|does not|don'?t|do not|never|won'?t|didn'?t|no|não|nao|ne|n'|nicht|non|mai|nunca)"
_SPARED_RE: Final = re.compile(
    rf"\b{_ONLY}\b(?:\s+\S+){{0,5}}?\s+(?:that|which|who|que|qui|die|der|das|che|quem)\s+"
    rf"(?:\S+\s+){{0,2}}?{_NEG}\s+(?:\S+\s+){{0,2}}?{_NUISANCE}"
)


def only_one_spared(text: str) -> bool:
    """Whether ``text`` (lower-case words) praises by exclusion: "the only X that doesn't <nuisance>"."""
    return ("only" in text or "unic" in text or "únic" in text or "seul" in text or "einzig" in text) and (
        _SPARED_RE.search(text) is not None
    )
