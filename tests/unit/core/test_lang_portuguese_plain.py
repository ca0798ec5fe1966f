"""Short informal Portuguese without accents is Portuguese, and the other five stay themselves.

lid.176 reads accent-free Brazilian chat ("nao chegou ate agora") as Spanish or Galician; its
function words written without accents and Portuguese spelling (-cao, -nh-, -lh-, -aram, -iu) say
which it is. Sentences written for these tests (see also tests/data/lang_short_informal.tsv and
scripts/lang_confusion.py).
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language, language_evidence
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "nenhum email de confirmacao ate agora",  # was en
        "as informacoes do site estao erradas",  # was und
        "estao de brincadeira comigo ne",  # was und
        "ja liguei tres vezes e nada resolvido",  # was es
        "cade o reembolso que voces prometeram",
        "entao vou ficar sem luz ate amanha",
        "vcs sao uma piada, nenhuma resposta",
        "blz, mas o tecnico nao veio ate agora",
        "tambem estou sem sinal desde cedo",
        "a minha encomenda ainda nao chegou",
        "o pacote sumiu e ninguem explica",
        "cobraram a mais na fatura desse mes",
    ],
)
def test_accent_free_portuguese_is_portuguese(text: str) -> None:
    assert detect_language(text).code == "pt"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Spanish chat with q/xq/tb, and Spanish words Portuguese shares ("nada", "hora").
        ("q verguenza, llevo una semana sin internet", "es"),
        ("xq me cobraron dos veces la factura", "es"),
        ("tb me cancelaron el vuelo sin avisar", "es"),
        ("ya llame tres veces y nada", "es"),
        ("me cortaron la linea sin aviso", "es"),
        ("si, ya me llego el paquete", "es"),
        ("ma commande n'est toujours pas arrivée", "fr"),
        ("je veux mon bonheur et mon remboursement", "fr"),
        ("bitte die frist einhalten, danke", "de"),
        ("ja, das paket ist immer noch nicht da", "de"),
        ("nn riesco ad accedere al mio account", "it"),
        ("si è bloccata di nuovo la app", "it"),
        ("I ate lunch at the gate, still no update", "en"),
        ("my flight to Delhi was cancelled again", "en"),
    ],
)
def test_the_other_languages_stay_themselves(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    "word", ["ligacao", "informacoes", "atenção", "minha", "senha", "trabalho", "cancelaram", "sumiu"]
)
def test_portuguese_spelling_is_evidence(word: str) -> None:
    assert language_evidence((word,), word).get("pt", 0.0) >= 1.0


@pytest.mark.parametrize(
    "word", ["delhi", "heroes", "shoes", "enhance", "unhappy", "bonheur", "malheureusement", "caiu", "piu", "ciao"]
)
def test_lookalikes_are_no_portuguese_spelling(word: str) -> None:
    assert "pt" not in language_evidence((word,), word)


def test_shared_chat_words_count_for_both() -> None:
    # "q" is Spanish and Portuguese chat, "ja" German and Portuguese, "ate" English too, "si"
    # Spanish and Italian: each counts half, so none tips a post alone.
    for word, langs in (("q", {"es", "pt"}), ("ja", {"de", "pt"}), ("ate", {"en", "pt"}), ("si", {"es", "it"})):
        ev = language_evidence(normalise(word).tokens, word)
        assert set(ev) == langs and all(v == 0.5 for v in ev.values())
