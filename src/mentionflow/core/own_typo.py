"""A customer asking to correct their own typo is a request for an agent, not a complaint.

"need 2 change a name typo on my ticket (Jaz not Jazz 🙃) asap", "hice una errata en mi nombre,
¿podéis cambiarlo?", "faute de frappe dans mon nom sur le billet", "Tippfehler in meinem Namen",
"errore di battitura nel mio nome", "erro de digitação no meu nome": the writer's own slip, an
eye-roll at themselves; nothing the brand did wrong (unless the text blames it: "you misspelled").
"""

from __future__ import annotations

import re
from typing import Final

_TYPO: Final = re.compile(
    r"\b(?:typo|misspel+ed|misspelt|spelt wrong|spelled wrong|wrong spelling|errata|error tipográfico|"
    r"faute de frappe|coquille|tippfehler|schreibfehler|errore di battitura|refuso|erro de digitação|"
    r"erro de digitacao)\b",
)
_CHANGE: Final = re.compile(
    r"\b(?:change|fix|correct|update|amend|cambiar|cambiarlo|corregir|corregirlo|changer|corriger|modifier|"
    r"ändern|korrigieren|berichtigen|cambiare|correggere|modificare|mudar|corrigir|alterar)\b",
)
_BLAMED: Final = re.compile(
    r"\b(?:you|your|ustedes|vuestro|vous|votre|ihr|euer|eure|voi|vostro|vocês)\b[^.!?\n]{0,20}"
    r"\b(?:misspel|typo|spelt|spelled|errata|faute|tippfehler|errore|erro)",
)


# Asked for ("need 2 change", "can you fix", "¿podéis cambiarlo?"), not refused ("no way to fix it").
_ASKED: Final = re.compile(
    r"\b(?:need|needs|want|can you|could you|please|pls|plz|would like|necesito|podéis|podrían|puedes|"
    r"pouvez|pourriez|pourrais|brauche|könnt|können sie|könnten|potete|potreste|puoi|podem|poderiam|preciso)\b",
)
_REFUSED: Final = re.compile(r"\b(?:no way|no option|can'?t|cannot|won'?t|impossible|unable)\b")


def own_typo_request(low: str) -> bool:
    """A request to correct the writer's own typo (``low``: the clean text, lower-cased)."""
    return (
        _TYPO.search(low) is not None
        and _CHANGE.search(low) is not None
        and _ASKED.search(low) is not None
        and _BLAMED.search(low) is None
        and _REFUSED.search(low) is None
    )
