""" "que" is written as often in Spanish and Portuguese as in French: it is no French function word
(core/lang.py lists none of the words most Romance languages share). Short posts of 5-12 words
with "que" in them keep their own language."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language, language_evidence
from mentionflow.core.text import normalise


def test_que_is_evidence_for_no_language() -> None:
    tokens = normalise("espero que llegue pronto").tokens
    assert "fr" not in language_evidence(tokens, "espero que llegue pronto")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dudo que el técnico llegue antes de la cena", "es"),
        ("Ojalá que vuelva la cobertura esta noche", "es"),
        ("Me dijeron que el reembolso tarda una semana", "es"),
        ("Es increíble que sigamos sin internet en casa", "es"),
        ("Já é a terceira vez que me cobram a mais", "pt"),
        ("Disseram que o técnico vem na segunda", "pt"),
        ("Ainda bem que o chat respondeu rápido", "pt"),
        ("Acho que o meu pedido se perdeu outra vez", "pt"),
        ("On m'a dit que le technicien passe lundi", "fr"),
        ("Je crois que ma commande est encore perdue", "fr"),
        ("Mi hanno detto che il tecnico viene lunedì", "it"),
        ("Spero che mi rimborsiate presto", "it"),
    ],
)
def test_short_posts_with_que_keep_their_language(text: str, code: str) -> None:
    assert detect_language(text).code == code, text
