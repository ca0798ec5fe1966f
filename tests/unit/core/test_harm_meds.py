"""A named medicine that is the wrong one or another person's is a health risk in every supported
language (core/harm_meds.py); the same drug name merely missing, charged or asked about is a
grocery complaint or a question, not harm. Singular medicine words count like their plurals."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise

SWAPPED = [
    ("en", "@ParceloHelp the pharmacy bag had someone else's antibiotics in it instead of my ibuprofen"),
    ("es", "@ParceloHelp me trajeron el ibuprofeno de otro cliente en lugar de mi jarabe, mi padre casi lo toma"),
    ("fr", "@ParceloHelp on m'a livré l'aspirine d'une autre personne à la place de mes courses"),
    ("de", "@ParceloHelp in meiner Lieferung war ein fremdes Antibiotikum statt meinem Hustensaft"),
    ("it", "@ParceloHelp al posto del mio sciroppo c'era il paracetamolo di un altro cliente"),
    ("pt", "@ParceloHelp veio a aspirina de outra pessoa no lugar do meu xarope, minha mãe quase tomou"),
    ("es", "@ParceloHelp en la bolsa venía un medicamento de otra persona, no es mío"),
]

NOT_HARM = [
    ("en", "@ParceloHelp the paracetamol was missing from my order again"),
    ("es", "@ParceloHelp otra vez faltaba el ibuprofeno en el pedido"),
    ("fr", "@ParceloHelp il manquait l'aspirine dans ma commande"),
    ("de", "@ParceloHelp Paracetamol fehlt schon wieder in der Lieferung"),
    ("it", "@ParceloEats avete il paracetamolo su Parcelo Market?"),
    ("pt", "@ParceloHelp cobraram duas vezes o ibuprofeno"),
]


@pytest.mark.parametrize(("lang", "text"), SWAPPED)
def test_a_wrong_or_someone_elses_medicine_is_a_health_risk(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind in ("health", "vulnerable_person")


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_a_drug_name_alone_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang, brand_known=True).kind is None
